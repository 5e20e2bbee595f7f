"""Record -> named graph, against a graph written by hand, plus the properties every document graph must have."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import FOAF, RDF

from kenesh.namespace import KN, SCHEMA
from kenesh.records import check_record, read_records
from kenesh.to_rdf import event_type, record_to_graph

HERE = Path(__file__).parent / "data" / "to_rdf"
SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def small() -> dict:
    return check_record(json.loads((HERE / "small.json").read_text(encoding="utf-8")))


HAND_WRITTEN = sorted(HERE.glob("*.trig"))


def test_hand_written_graphs_were_found() -> None:
    assert len(HAND_WRITTEN) >= 3


@pytest.mark.parametrize("trig", HAND_WRITTEN, ids=lambda p: p.stem)
def test_record_gives_the_hand_written_graph(trig: Path) -> None:
    """Each tests/data/to_rdf/X.trig was written by hand from X.json and docs/model.md, not by this code."""
    record = check_record(json.loads(trig.with_suffix(".json").read_text(encoding="utf-8")))
    graph = record_to_graph(record)
    ds = Dataset()
    ds.parse(trig, format="trig")
    expected = ds.graph(graph.identifier)
    assert len(expected) > 100
    _, only_code, only_expected = graph_diff(to_isomorphic(graph), to_isomorphic(expected))
    assert not only_code and not only_expected, (sorted(only_code)[:8], sorted(only_expected)[:8])


def test_same_input_same_graph() -> None:
    a = record_to_graph(small()).serialize(format="nt")
    b = record_to_graph(small()).serialize(format="nt")
    assert sorted(a.splitlines()) == sorted(b.splitlines())


def test_person_iris_are_name_keys_scoped_to_the_document() -> None:
    """The same name key in both documents (scripts folded); the document scope leaves identity to the store."""
    one = small()
    other = copy.deepcopy(one)
    other["source"] = "another.txt"
    other["lang"] = "ru"
    other["moderators"] = []
    other["speakers"] = [{"name": "Осмоналиев Бектур", "post": None, "org": None}]
    people = [set(record_to_graph(r).subjects(RDF.type, FOAF.Person)) for r in (one, other)]
    assert URIRef("https://w3id.org/kenesh/id/person/bektur-osmonaliev--talas_round_table.txt") in people[0]
    assert people[1] == {URIRef("https://w3id.org/kenesh/id/person/bektur-osmonaliev--another.txt")}


def test_graph_is_named_by_source_and_base_is_configurable() -> None:
    graph = record_to_graph(small(), base="http://example.org/kg/")
    assert str(graph.identifier) == "http://example.org/kg/source/talas_round_table.txt"
    assert all(not str(s).startswith("https://w3id.org/kenesh/id/") for s in graph.subjects())


def test_normalized_name_is_the_persons_name_and_the_written_form_stays_on_the_participation() -> None:
    r = small()
    r["lang"] = "ru"
    r["moderators"] = []  # the moderator is the same person, written in Latin
    r["speakers"] = [{"name": "Айзады Нургазиевой", "normalized": "Айзада Нургазиева", "post": None, "org": None}]
    g = record_to_graph(r)
    person = URIRef("https://w3id.org/kenesh/id/person/aizada-nurgazieva--talas_round_table.txt")
    assert set(g.objects(person, FOAF.name)) == {Literal("Айзада Нургазиева", lang="ru")}
    assert Literal("Айзады Нургазиевой", lang="ru") in set(g.objects(None, KN.nameAsWritten))


def test_partial_dates_and_unknown_roles_are_kept_for_shacl_to_judge() -> None:
    r = small()
    r["event"]["date"] = "--03-18"
    r["speakers"][0]["role"] = "chairman"
    g = record_to_graph(r)
    date = g.value(URIRef("https://w3id.org/kenesh/id/event/talas_round_table.txt"), SCHEMA.startDate)
    assert date.datatype == URIRef("http://www.w3.org/2001/XMLSchema#gMonthDay")
    assert URIRef("https://w3id.org/kenesh/vocab/role/chairman") in set(g.objects(None, KN.role))


@pytest.mark.parametrize("title, expected", [
    ("Круглый стол по вопросам трудовой миграции", "round-table"),
    ("«Баткен облусунун келечеги» темасындагы ачык маектешүү аянтчасы", "dialogue-platform"),
    ("International conference on migrant workers", "conference"),
    ("Заседание комитета по социальной политике", "committee-hearing"),
    ("Something else entirely", None),
])
def test_event_type_from_title(title: str, expected: str | None) -> None:
    got = event_type(title)
    assert (got.rsplit("/", 1)[1] if got else None) == expected


@pytest.mark.skipif(not SHARED_GOLD.is_dir(), reason="../shared/gold not present")
@pytest.mark.parametrize("path", sorted(SHARED_GOLD.glob("*.json")) or [None], ids=lambda p: p.name if p else "none")
def test_shared_gold_records_become_complete_graphs(path: Path | None) -> None:
    assert path is not None, "no gold records found"
    record = next(read_records(path))
    g = record_to_graph(record)
    texts = {str(o) for o in g.objects()}
    for person in record["moderators"] + record["speakers"]:
        assert person["name"] in texts
    for proposal in record["proposals"]:
        assert proposal in texts
    assert len(set(g.subjects(RDF.type, KN.Participation))) == len(record["moderators"]) + len(record["speakers"])
    assert len(set(g.subjects(RDF.type, KN.Proposal))) == len(record["proposals"])
    # every literal that carries text has the document's language
    for s, p, o in g:
        if p in (FOAF.name, SCHEMA.text, KN.postLabel):
            assert o.language == record["lang"]
    assert isomorphic(g, record_to_graph(next(read_records(path))))
