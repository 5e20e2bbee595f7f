"""The embedded store: per-document named graphs, replaced atomically and alone; persistence; read-only access."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from conftest import variant
from kenesh.errors import InputError
from kenesh.store import GraphStore
from kenesh.to_rdf import record_to_graph


def graph_triples(store: GraphStore, name: str) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in store.quads(name)}


def test_reloading_a_document_replaces_its_graph_and_nothing_else(small_record: dict) -> None:
    store = GraphStore()
    a = record_to_graph(small_record)
    b = record_to_graph(variant(small_record, source="other.txt"))
    store.replace_graph(a)
    store.replace_graph(b)
    before_b = graph_triples(store, str(b.identifier))

    changed = variant(small_record, proposals=["a different proposal"], proposals_by=[])
    store.replace_graph(record_to_graph(changed))

    after_a = graph_triples(store, str(a.identifier))
    assert any("a different proposal" in o for _, _, o in after_a)
    assert not any("open a reintegration centre" in o for _, _, o in after_a)
    assert graph_triples(store, str(b.identifier)) == before_b
    # the other document's own mention of the shared person is untouched
    person = "<https://w3id.org/kenesh/id/person/bektur-osmonaliev--other.txt>"
    assert any(s == person for s, _, _ in graph_triples(store, str(b.identifier)))


def test_a_failed_write_leaves_the_old_graph(small_record: dict) -> None:
    store = GraphStore()
    good = record_to_graph(small_record)
    store.replace_graph(good)
    before = graph_triples(store, str(good.identifier))
    broken = Graph(identifier=good.identifier)
    broken.add((URIRef("http://example.org/a b"), URIRef("http://example.org/p"), URIRef("http://example.org/o")))
    with pytest.raises(Exception):
        store.replace_graph(broken)
    assert graph_triples(store, str(good.identifier)) == before


def test_store_persists_and_opens_read_only_while_open_for_writing(tmp_path, small_record: dict) -> None:
    path = tmp_path / "store"
    with GraphStore(path) as store:
        store.replace_graph(record_to_graph(small_record))
        reader = GraphStore(path, read_only=True)
        assert len(reader) == len(store) > 0
    with GraphStore(path, read_only=True) as again:
        assert "https://w3id.org/kenesh/id/source/talas_round_table.txt" in again.graphs()


def test_missing_store_is_a_clear_input_error(tmp_path) -> None:
    with pytest.raises(InputError, match="no Kenesh store"):
        GraphStore(tmp_path / "nowhere", read_only=True)


def test_second_writer_is_refused_with_one_line(tmp_path) -> None:
    path = tmp_path / "store"
    first = GraphStore(path)
    with pytest.raises(InputError, match="in use by another process"):
        GraphStore(path)
    first.close()


def test_union_query_and_bad_sparql(small_record: dict) -> None:
    store = GraphStore()
    store.replace_graph(record_to_graph(small_record))
    rows = list(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> }"))
    assert int(rows[0]["n"].value) == 2
    with pytest.raises(InputError, match="SPARQL syntax error"):
        store.query("SELECT WHERE {")
