"""Parameters are bound as escaped RDF terms in a VALUES block of the outer WHERE, never pasted as text."""

import pytest
from rdflib.plugins.sparql import prepareQuery

from kenesh.errors import InputError
from kenesh.query import bind_values, list_queries, load_query, term_for

QUERY = """# demo
PREFIX ex: <http://example.org/where#>   # a WHERE { in a comment and an IRI must not be used
SELECT ?s WHERE { ?s ex:p "WHERE {" . { SELECT ?s WHERE { ?s ?p ?o } } }"""


def test_values_go_into_the_outer_where() -> None:
    bound = bind_values(QUERY, {"who": "x"})
    head, tail = bound.split("VALUES", 1)
    assert head.rstrip().endswith("SELECT ?s WHERE {")
    assert '(?who) { ("x") }' in tail
    prepareQuery(bound)  # still valid SPARQL


@pytest.mark.parametrize("value", ['"} } DROP ALL ; #', "Robert'); DELETE", "a\\\"b", "новая\nстрока"])
def test_hostile_values_stay_one_literal(value: str) -> None:
    bound = bind_values(QUERY, {"who": value})
    parsed = prepareQuery(bound)
    # the only VALUES row holds exactly the given string
    from rdflib.plugins.sparql.algebra import traverse

    found = []
    traverse(parsed.algebra, lambda node: found.extend(getattr(node, "res", []) or []) if getattr(node, "name", "") == "values" else None)
    assert [str(row[next(iter(row))]) for row in found] == [value]


def test_terms_are_typed() -> None:
    assert term_for("https://w3id.org/kenesh/id/person/x") == "<https://w3id.org/kenesh/id/person/x>"
    assert term_for("42").startswith('"42"^^')
    assert term_for("Ош") == '"Ош"'


def test_unknown_and_missing_parameters_are_usage_errors() -> None:
    q = load_query("person_timeline")
    with pytest.raises(InputError, match="needs --param who"):
        q.bind({})
    with pytest.raises(InputError, match="no parameter 'nope'"):
        q.bind({"who": "x", "nope": "y"})
    with pytest.raises(InputError, match="no query named"):
        load_query("no_such_query")


def test_every_named_query_parses_with_and_without_parameters() -> None:
    queries = list_queries()
    names = {q.name for q in queries}
    assert {"who_spoke_where", "person_timeline", "events", "proposals", "organisations", "gender_balance"} <= names
    for q in queries:
        assert q.description, q.name
        prepareQuery(q.bind({p.name: "x" for p in q.params if p.required}))
        prepareQuery(q.bind({p.name: "x" for p in q.params}))
