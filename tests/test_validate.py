"""The validation stage: report formats, shape names a user can look up, and Datasets with named graphs."""

from __future__ import annotations

import json
import time
from dataclasses import fields
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH

from kenesh.errors import KeneshError
from kenesh.validate import ValidationResult, load_shapes, validate

DATA = Path(__file__).parent / "data" / "shapes"
FULL_DOCUMENT = DATA / "valid" / "full-document.trig"

ID = "https://w3id.org/kenesh/id/"
DOC = URIRef(ID + "source/osh-dialogue-2021-07-08")
EVENT = URIRef(ID + "event/osh-dialogue-2021-07-08")
KN = Namespace("https://w3id.org/kenesh/ontology#")
ROLE = "https://w3id.org/kenesh/vocab/role/"
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PROV = Namespace("http://www.w3.org/ns/prov#")


def full_document() -> Dataset:
    dataset = Dataset()
    dataset.parse(FULL_DOCUMENT, format="trig")
    return dataset


def turtle(name: str) -> Graph:
    graph = Graph()
    graph.parse(DATA / "invalid" / f"{name}.ttl", format="turtle")
    return graph


# --- text ---------------------------------------------------------------------------------------------------------


def test_text_names_the_shape_the_property_and_says_why() -> None:
    report = validate(turtle("event-counts-exceed-total"))
    assert report.to_text() == (
        f"Violation: {ID}event/d — knsh:EventShape (kn:participantCount): "
        "Head-counts do not add up: women (30) + men (16) exceed kn:participantCount (40)."
    )


def test_text_is_one_sorted_line_per_result_and_the_same_every_run() -> None:
    dataset = full_document()
    graph = dataset.graph(DOC)
    graph.remove((URIRef(ID + "person/iskakova-jyldyz"), FOAF.name, None))
    graph.set((URIRef(ID + "participation/osh-dialogue-2021-07-08/1"), KN.role, URIRef(ROLE + "chairman")))
    graph.set((EVENT, KN.menCount, Literal(-1)))
    first = validate(dataset)
    lines = first.to_text().splitlines()
    assert len(lines) == len(first.results) == 3
    assert lines == sorted(lines)
    assert all(line.startswith("Violation: ") for line in lines)
    assert [line.split(" — ")[1].split(":", 2)[:2] for line in lines] == [
        ["knsh", "EventShape (kn"],
        ["knsh", "ParticipationShape (kn"],
        ["knsh", "PersonShape (foaf"],
    ]
    assert validate(dataset).to_text() == first.to_text()


def test_text_is_empty_when_the_graph_conforms() -> None:
    report = validate(full_document())
    assert report.conforms
    assert report.to_text() == ""
    assert report.to_json() == "[]"


def test_blank_property_shapes_resolve_to_their_node_shape() -> None:
    (result,) = validate(turtle("person-without-name")).results
    assert result == ValidationResult(
        focus=ID + "person/asanov-bakyt",
        shape="knsh:PersonShape",
        path="foaf:name",
        value=None,
        message="A person needs at least one foaf:name, each non-empty and tagged @ru, @ky or @en.",
        severity="Violation",
        constraint="sh:MinCountConstraintComponent",
    )


def test_a_shape_nested_in_a_value_shape_still_names_the_outer_shape() -> None:
    (result,) = validate(turtle("presentation-by-place")).results
    assert (result.shape, result.path, result.constraint) == (
        "knsh:PresentationShape",
        "kn:presentedBy",
        "sh:NodeConstraintComponent",
    )
    assert result.value == ID + "place/osh"


@pytest.mark.parametrize(
    "name, value",
    [
        ("event-bad-date", '"2021-13-45"^^xsd:date'),
        ("event-negative-count", '"-3"^^xsd:integer'),
        ("person-empty-name", '""@ru'),
        ("participation-unknown-role", "knrole:chairman"),
    ],
)
def test_values_are_shown_in_turtle_notation(name: str, value: str) -> None:
    (result,) = validate(turtle(name)).results
    assert result.value == value


# --- Turtle and JSON ----------------------------------------------------------------------------------------------


def test_turtle_is_the_w3c_report() -> None:
    report = validate(turtle("participation-without-event"))
    graph = Graph().parse(data=report.to_turtle(), format="turtle")
    (node,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(node, SH.conforms) == Literal(False)
    assert len(list(graph.objects(node, SH.result))) == len(report.results) == 1
    assert "sh:ValidationReport" in report.to_turtle()


def test_json_is_a_list_of_result_objects() -> None:
    report = validate(turtle("person-empty-name"))
    data = json.loads(report.to_json())
    assert isinstance(data, list) and len(data) == 1
    assert set(data[0]) == {f.name for f in fields(ValidationResult)}
    assert data == report.to_dicts()
    assert data[0]["shape"] == "knsh:PersonShape"
    assert '"\\"\\"@ru"' in report.to_json()


def test_json_keeps_cyrillic_readable() -> None:
    graph = turtle("event-title-without-language")
    text = validate(graph).to_json()
    assert "Диалоговая площадка" in text


# --- Datasets and named graphs --------------------------------------------------------------------------------------


def test_a_violation_inside_a_named_graph_is_found() -> None:
    dataset = full_document()
    dataset.graph(DOC).set((EVENT, KN.menCount, Literal(-5)))
    report = validate(dataset)
    assert not report.conforms
    assert [(r.focus, r.shape, r.path) for r in report.results] == [(str(EVENT), "knsh:EventShape", "kn:menCount")]


def test_the_sparql_head_count_check_sees_named_graphs() -> None:
    dataset = full_document()
    graph = dataset.graph(DOC)
    graph.set((EVENT, KN.womenCount, Literal(30)))
    (result,) = validate(dataset).results
    assert (result.shape, result.constraint, result.value) == (
        "knsh:EventShape",
        "knsh:HeadCountsAddUp",
        '"40"^^xsd:integer',
    )


def test_named_graphs_are_validated_as_one_union() -> None:
    """A participation in one graph may point to a person typed in another: only the union conforms."""
    dataset = full_document()
    person = URIRef(ID + "person/iskakova-jyldyz")
    document = dataset.graph(DOC)
    other = dataset.graph(URIRef(ID + "source/people"))
    for triple in list(document.triples((person, None, None))):
        document.remove(triple)
        other.add(triple)
    assert validate(dataset).conforms
    alone = validate(document)
    assert not alone.conforms
    assert ("knsh:ParticipationShape", "kn:participant") in {(r.shape, r.path) for r in alone.results}


def test_validation_leaves_the_dataset_as_it_was() -> None:
    dataset = full_document()
    before = sorted(dataset.quads((None, None, None, None)))
    assert dataset.default_union is False
    validate(dataset)
    assert dataset.default_union is False
    assert sorted(dataset.quads((None, None, None, None))) == before


def test_two_documents_in_one_dataset_conform() -> None:
    dataset = full_document()
    dataset.parse(DATA / "valid" / "membership.ttl", format="turtle", publicID=ID + "source/osh-consultation")
    assert len(list(dataset.graphs())) >= 2
    assert validate(dataset).conforms


# --- shapes loading and inputs ---------------------------------------------------------------------------------------


def test_shapes_are_loaded_once_per_process() -> None:
    assert load_shapes() is load_shapes()
    assert (URIRef("https://w3id.org/kenesh/shapes#PersonShape"), RDF.type, SH.NodeShape) in load_shapes()


def test_shapes_can_come_from_another_folder(tmp_path: Path) -> None:
    (tmp_path / "thing.ttl").write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:test:ThingShape> a sh:NodeShape ; sh:targetClass <urn:test:Thing> ;
            sh:property [ sh:path <urn:test:name> ; sh:minCount 1 ] .
        """,
        encoding="utf-8",
    )
    data = Graph()
    data.add((URIRef("urn:test:a"), RDF.type, URIRef("urn:test:Thing")))
    (result,) = validate(data, load_shapes(tmp_path)).results
    assert (result.shape, result.path) == ("urn:test:ThingShape", "urn:test:name")


def test_an_empty_shapes_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KeneshError, match="no SHACL shapes"):
        load_shapes(tmp_path)


def test_a_broken_shapes_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.ttl").write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KeneshError, match="broken.ttl"):
        load_shapes(tmp_path)


def test_validate_needs_an_rdflib_graph() -> None:
    with pytest.raises(TypeError):
        validate("not a graph")  # type: ignore[arg-type]


def test_a_document_validates_quickly() -> None:
    """A loose guard, 10x the ~20-30 ms measured: catches a shape that makes per-document validation slow."""
    dataset = full_document()
    validate(dataset)
    start = time.perf_counter()
    for _ in range(10):
        validate(dataset)
    assert (time.perf_counter() - start) / 10 < 0.25


@pytest.mark.parametrize("store", ["default", "SimpleMemory"])
def test_a_plain_graph_is_validated_whatever_its_store(store: str) -> None:
    graph = Graph(store=store)
    for s, p, o, _ in full_document().quads((None, None, None, None)):
        graph.add((s, p, o))
    assert validate(graph).conforms
    graph.remove((EVENT, PROV.wasDerivedFrom, None))
    assert [(r.shape, r.path) for r in validate(graph).results] == [("knsh:EventShape", "prov:wasDerivedFrom")]


# --- the store round trip -------------------------------------------------------------------------------------------


def test_a_document_still_conforms_after_a_round_trip_through_oxigraph() -> None:
    """Oxigraph rewrites integer subtypes to xsd:integer and keeps other literals as written: the shapes must
    accept what the store gives back, so store-wide validation agrees with per-document validation."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(FULL_DOCUMENT), format=ox.RdfFormat.TRIG)
    dataset = Dataset()
    dataset.parse(data=ox.serialize(store, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    everything = (None, None, None, None)
    assert len(list(dataset.quads(everything))) == len(list(full_document().quads(everything))) > 150
    assert validate(dataset).conforms


def test_an_oxigraph_backed_dataset_is_validated_as_a_union() -> None:
    dataset = Dataset(store="Oxigraph")
    dataset.parse(FULL_DOCUMENT, format="ox-trig")
    assert validate(dataset).conforms
    dataset.graph(DOC).set((EVENT, KN.womenCount, Literal(30)))
    assert [r.constraint for r in validate(dataset).results] == ["knsh:HeadCountsAddUp"]
