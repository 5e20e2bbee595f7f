"""The SHACL shapes in shapes/: valid examples conform, and each invalid example fails exactly where it says.

Test data lives in tests/data/shapes/{valid,invalid}/. An invalid file states what it breaks in its header:

    # expect: <shape> <path or -> [<constraint> ...]

one line per (shape, path) that must be reported. The test asserts that the reported (shape, path) pairs are
exactly those, and, where constraints are listed, exactly those constraints: a file that fails for another reason
than the one it was written for fails the test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kenesh import paths
from kenesh.validate import load_shapes, validate

DATA = Path(__file__).parent / "data" / "shapes"
VALID = sorted((DATA / "valid").glob("*.ttl")) + sorted((DATA / "valid").glob("*.trig"))
INVALID = sorted((DATA / "invalid").glob("*.ttl"))
FULL_DOCUMENT = DATA / "valid" / "full-document.trig"

KN = Namespace("https://w3id.org/kenesh/ontology#")
KNSH = Namespace("https://w3id.org/kenesh/shapes#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")

# One shape file per class of docs/model.md (time:Interval/Instant live with memberships, selectors with spans).
SHAPE_FILES = {
    "source-document", "event", "person", "organization", "post", "membership", "participation", "proposal",
    "issue", "presentation", "place", "span",
    # derived graphs: identity decisions, proposal links and recurring themes
    "identity-decision", "proposal-link", "recurring-theme",
}

# Cases the validation stage exists for: they must stay in the suite.
REQUIRED_INVALID = {
    "event-negative-count", "event-counts-exceed-total", "event-women-exceed-total", "event-men-exceed-total",
    "person-without-name", "person-empty-name", "participation-unknown-role", "proposal-text-without-language",
    "event-title-without-language", "event-bad-date", "event-date-plain-string", "participation-without-event",
    "event-without-source", "person-without-source", "source-bad-sha256",
}


def load(path: Path) -> Graph:
    """A .ttl file as a Graph, a .trig file as a Dataset (named graph = source document)."""
    if path.suffix == ".trig":
        dataset = rdflib.Dataset()
        dataset.parse(path, format="trig")
        return dataset
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


def expectations(path: Path) -> dict[tuple[str, str | None], set[str]]:
    """(shape, path) -> expected constraints (empty set: any) from the file's `# expect:` lines."""
    expected: dict[tuple[str, str | None], set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            shape, prop, *constraints = line.removeprefix("# expect:").split()
            expected[(shape, None if prop == "-" else prop)] = set(constraints)
    return expected


# --- the suite itself --------------------------------------------------------------------------------------------


def test_the_globs_found_the_cases() -> None:
    assert len(VALID) >= len(SHAPE_FILES) + 1
    assert len(INVALID) >= 50
    assert FULL_DOCUMENT in VALID


def test_required_invalid_cases_are_present() -> None:
    assert REQUIRED_INVALID <= {path.stem for path in INVALID}


def test_one_shape_file_per_class() -> None:
    assert {path.stem for path in paths.SHAPES.glob("*.ttl")} == SHAPE_FILES


def test_every_shape_file_has_a_valid_example() -> None:
    assert {path.stem for path in VALID} >= SHAPE_FILES


def test_every_invalid_file_states_what_it_breaks() -> None:
    missing = [path.name for path in INVALID if not expectations(path)]
    assert not missing


def test_every_targeted_shape_has_an_invalid_case() -> None:
    shapes = load_shapes()
    targeted = {
        f"knsh:{shape.removeprefix(str(KNSH))}"
        for shape in set(shapes.subjects(SH.targetClass, None))
        if isinstance(shape, URIRef)
    }
    tested = {shape for path in INVALID for shape, _ in expectations(path)}
    assert targeted - tested == set()


# --- the examples -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", VALID, ids=lambda path: path.name)
def test_valid_example_conforms(path: Path) -> None:
    report = validate(load(path))
    assert report.results == [], report.to_text()
    assert report.conforms


@pytest.mark.parametrize("path", INVALID, ids=lambda path: path.stem)
def test_invalid_example_fails_where_it_says(path: Path) -> None:
    expected = expectations(path)
    report = validate(load(path))
    assert not report.conforms
    reported: dict[tuple[str, str | None], set[str]] = {}
    for result in report.results:
        reported.setdefault((result.shape, result.path), set()).add(result.constraint)
        assert result.severity == "Violation"
    assert set(reported) == set(expected), report.to_text()
    for where, constraints in expected.items():
        if constraints:
            assert reported[where] == constraints, report.to_text()


FACT_CLASSES = [
    (KN.Event, "knsh:EventShape"),
    (KN.Participation, "knsh:ParticipationShape"),
    (ORG.Membership, "knsh:MembershipShape"),
    (ORG.Post, "knsh:PostShape"),
    (FOAF.Person, "knsh:PersonShape"),
    (ORG.Organization, "knsh:OrganizationShape"),
    (KN.City, "knsh:PlaceShape"),
    (KN.Region, "knsh:PlaceShape"),
    (KN.Venue, "knsh:VenueShape"),
    (KN.Proposal, "knsh:ProposalShape"),
    (KN.Issue, "knsh:IssueShape"),
    (KN.Presentation, "knsh:PresentationShape"),
]


@pytest.mark.parametrize("cls, shape", FACT_CLASSES, ids=lambda value: str(value).split("#")[-1].split("/")[-1])
def test_every_fact_needs_its_source(cls: URIRef, shape: str) -> None:
    dataset = load(FULL_DOCUMENT)
    node = sorted(s for s, _, _, _ in dataset.quads((None, RDF.type, cls, None)))[0]
    dataset.remove((node, PROV.wasDerivedFrom, None, None))
    report = validate(dataset)
    assert [(r.focus, r.shape, r.path) for r in report.results] == [(str(node), shape, "prov:wasDerivedFrom")]


# --- what the engine does for us ---------------------------------------------------------------------------------


def test_engine_flags_ill_typed_dates() -> None:
    """knsh:FullDate relies on pySHACL rejecting ill-typed xsd:date literals (29 February 2021) in sh:datatype."""
    from rdflib.namespace import XSD  # not at module level: pytest probes module globals and XSD warns on that
    shapes = Graph()
    shape = URIRef("urn:test:DateShape")
    shapes.add((shape, RDF.type, SH.NodeShape))
    shapes.add((shape, SH.targetSubjectsOf, URIRef("urn:test:date")))
    prop = rdflib.BNode()
    shapes.add((shape, SH.property, prop))
    shapes.add((prop, SH.path, URIRef("urn:test:date")))
    shapes.add((prop, SH.datatype, XSD.date))
    for lexical, ok in [("2020-02-29", True), ("2021-02-29", False), ("2021-13-45", False), ("21-07-08", False)]:
        data = Graph()
        data.add((URIRef("urn:test:e"), URIRef("urn:test:date"), Literal(lexical, datatype=XSD.date)))
        assert validate(data, shapes).conforms is ok, lexical


def test_shapes_are_well_formed_shacl() -> None:
    import pyshacl

    shapes = Graph()  # pySHACL validates the shapes as data too, which needs a context-aware store
    shapes += load_shapes()
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True, inference="none")
    assert conforms, text


# --- the shapes as documents --------------------------------------------------------------------------------------


def _node_shapes(shapes: Graph) -> set[URIRef]:
    return {s for s in shapes.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}


def test_every_shape_is_named_and_explained() -> None:
    shapes = load_shapes()
    for shape in _node_shapes(shapes):
        assert str(shape).startswith(str(KNSH)), shape
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, RDFS.comment) is not None, shape
    for prop in shapes.objects(None, SH.property):
        assert shapes.value(prop, SH.name) is not None, shapes.value(prop, SH.path)
        assert shapes.value(prop, SH.message) is not None, shapes.value(prop, SH.path)


def test_every_targeted_shape_reports_violations() -> None:
    shapes = load_shapes()
    for shape in set(shapes.subjects(SH.targetClass, None)):
        assert shapes.value(shape, SH.severity) == SH.Violation, shape
        for prop in shapes.objects(shape, SH.property):
            assert shapes.value(prop, SH.severity) == SH.Violation, (shape, shapes.value(prop, SH.path))


def _in_list(shapes: Graph, shape: URIRef, path: URIRef) -> set[str]:
    for prop in shapes.objects(shape, SH.property):
        if shapes.value(prop, SH.path) == path:
            return {str(term) for term in shapes.items(shapes.value(prop, SH["in"]))}
    raise AssertionError(f"no sh:in on {path}")


def _vocabulary_in_model(prefix: str, namespace: str) -> set[str]:
    """The concepts docs/model.md lists under 'Concept schemes' (e.g. knrole:moderator)."""
    model = (paths.HOME / "docs" / "model.md").read_text(encoding="utf-8")
    schemes = model[model.index("Concept schemes") :]
    return {namespace + name for name in re.findall(rf"`{prefix}:([a-z-]+)`", schemes)}


def test_role_and_event_type_lists_match_the_model() -> None:
    shapes = load_shapes()
    roles = _vocabulary_in_model("knrole", "https://w3id.org/kenesh/vocab/role/")
    types = _vocabulary_in_model("knevt", "https://w3id.org/kenesh/vocab/event-type/")
    assert len(roles) == 5 and len(types) == 11
    assert _in_list(shapes, KNSH.ParticipationShape, KN.role) == roles
    assert _in_list(shapes, KNSH.EventShape, KN.eventType) == types
