"""The ontology files, their Python mirror (kenesh.namespace) and the contract (docs/model.md) agree.

Quality checks are SPARQL queries over the ontology, as Brick does: each returns the offending terms, so a failure
names what to fix. Each query is also run once on a deliberately broken graph, to show that it can fail.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib import namespace as rdfns
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS

from kenesh import paths
from kenesh.namespace import (
    EVENT_TYPE,
    IDENTITY_GRAPH,
    KN,
    OA,
    ONTOLOGY_GRAPH,
    ONTOLOGY_IRI,
    PREFIXES,
    RECURRENCE_GRAPH,
    ROLE,
    SCHEMA,
    terms,
)

LANGS = ("ru", "ky", "en")
KN_NS = str(KN._NS)
VANN = Namespace("http://purl.org/vocab/vann/")
TURTLE_FILES = ("kenesh.ttl", "roles.ttl", "event-types.ttl")
DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, SKOS.ConceptScheme)
# (file, scheme, Python mirror) for each concept scheme
SCHEMES = (
    ("roles.ttl", KN.RoleScheme, ROLE),
    ("event-types.ttl", KN.EventTypeScheme, EVENT_TYPE),
)
ID = Namespace("https://w3id.org/kenesh/id/")


# ---------------------------------------------------------------------------------------------------------------
# helpers and fixtures


def parse(*names: str) -> Graph:
    graph = Graph()
    for name in names:
        graph.parse(paths.ONTOLOGY / name, format="turtle")
    return graph


@pytest.fixture(scope="module")
def kenesh() -> Graph:
    return parse("kenesh.ttl")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    """Everything under ontology/ that is Turtle: what `kenesh build` loads into the ontology graph."""
    return parse(*TURTLE_FILES)


@pytest.fixture(scope="module")
def context() -> dict:
    return json.loads((paths.ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))


def declared_kn_terms(graph: Graph) -> set[URIRef]:
    return {
        s
        for t in DECLARATION_TYPES
        for s in graph.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(KN_NS)
    }


def model_md_terms(heading: str, until: str, prefix: str = "kn") -> list[str]:
    """The `prefix:Name` terms docs/model.md lists between `heading` and `until` (in the 'Ontology terms' part)."""
    text = (paths.HOME / "docs" / "model.md").read_text(encoding="utf-8")
    section = text[text.index("## Ontology terms") :]
    part = section[section.index(heading) : section.index(until)]
    names = re.findall(rf"`{prefix}:([\w-]+)`", part)
    assert names, f"no {prefix}: terms found under {heading!r} in docs/model.md"
    return names


def rows(graph: Graph, query: str) -> list[tuple]:
    return sorted(tuple(map(str, row)) for row in graph.query(query, initNs={"kn": KN._NS, "owl": OWL, "rdfs": RDFS, "skos": SKOS}))


# ---------------------------------------------------------------------------------------------------------------
# the files parse


@pytest.mark.parametrize("name", TURTLE_FILES)
def test_turtle_parses_in_rdflib_and_oxigraph(name: str) -> None:
    graph = parse(name)
    quads = list(ox.parse(path=str(paths.ONTOLOGY / name), format=ox.RdfFormat.TURTLE))
    assert len(graph) > 50
    assert len(quads) == len(graph)


def test_ontology_header(kenesh: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in kenesh
    assert kenesh.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix) == Literal("kn")
    assert kenesh.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri) == Literal(KN_NS)
    # one version, the package's: the ontology must not drift from the code that writes it
    assert kenesh.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal(importlib.metadata.version("kenesh"))
    assert {t.language for t in kenesh.objects(ONTOLOGY_IRI, DCTERMS.title)} == set(LANGS)
    assert {t.language for t in kenesh.objects(ONTOLOGY_IRI, DCTERMS.description)} == set(LANGS)
    assert kenesh.value(ONTOLOGY_IRI, DCTERMS.license) is not None
    assert kenesh.value(ONTOLOGY_IRI, DCTERMS.creator) is not None


# ---------------------------------------------------------------------------------------------------------------
# KN (Python) <-> Turtle <-> docs/model.md


def test_kn_mirror_matches_declared_terms(ontology: Graph) -> None:
    declared = declared_kn_terms(ontology)
    mirrored = terms(KN)
    assert not declared - mirrored, f"declared in ontology/ but missing from KN: {sorted(declared - mirrored)}"
    assert not mirrored - declared, f"in KN but declared nowhere in ontology/: {sorted(mirrored - declared)}"


def test_kenesh_ttl_declares_all_but_the_schemes(kenesh: Graph) -> None:
    schemes = {scheme for _, scheme, _ in SCHEMES}
    assert declared_kn_terms(kenesh) == terms(KN) - schemes


def test_every_kn_iri_used_is_declared(ontology: Graph) -> None:
    """A typo in a range or superclass (kn:Evnt) mints an undeclared term; catch it."""
    declared = declared_kn_terms(ontology)
    used = {n for triple in ontology for n in triple if isinstance(n, URIRef) and str(n).startswith(KN_NS)}
    assert used - declared == set()


@pytest.mark.parametrize(
    ("heading", "until", "rdf_type"),
    [
        ("Classes:", "People are", OWL.Class),
        ("Object properties:", "Datatype properties:", OWL.ObjectProperty),
        ("Datatype properties:", "Concept schemes:", OWL.DatatypeProperty),
    ],
)
def test_model_md_terms_are_declared_with_their_kind(kenesh: Graph, heading: str, until: str, rdf_type: URIRef) -> None:
    names = model_md_terms(heading, until)
    missing = [n for n in names if (URIRef(KN_NS + n), RDF.type, rdf_type) not in kenesh]
    assert missing == []


def test_kenesh_ttl_declares_nothing_beyond_model_md(kenesh: Graph) -> None:
    listed = {
        URIRef(KN_NS + n)
        for heading, until in [
            ("Classes:", "People are"),
            ("Object properties:", "Datatype properties:"),
            ("Datatype properties:", "Concept schemes:"),
        ]
        for n in model_md_terms(heading, until)
    }
    assert declared_kn_terms(kenesh) - listed == set()


@pytest.mark.parametrize("name", ["Event", "participantCount", "RoleScheme", "EventTypeScheme"])
def test_kn_terms_resolve(name: str) -> None:
    assert getattr(KN, name) == URIRef(KN_NS + name)
    assert KN[name] == URIRef(KN_NS + name)


@pytest.mark.parametrize(
    ("namespace", "name"),
    [
        (KN, "Evnt"),
        (KN, "participantcount"),  # wrong case
        (KN, "participationCount"),
        (ROLE, "moderater"),
        (ROLE, "organizer"),  # the role is spelt "organiser"
        (EVENT_TYPE, "round_table"),  # the local name has a hyphen
        (EVENT_TYPE, "roundTable"),
    ],
)
def test_misspelt_term_raises(namespace: type[rdfns.DefinedNamespace], name: str) -> None:
    with pytest.raises(AttributeError):
        getattr(namespace, name)
    with pytest.raises(AttributeError):
        namespace[name]


def test_hyphenated_event_types_resolve_by_item() -> None:
    assert EVENT_TYPE["round-table"] == URIRef("https://w3id.org/kenesh/vocab/event-type/round-table")
    assert EVENT_TYPE["round-table"] in terms(EVENT_TYPE)


def test_graph_iris_follow_model_md() -> None:
    text = (paths.HOME / "docs" / "model.md").read_text(encoding="utf-8")
    for graph in (ONTOLOGY_GRAPH, IDENTITY_GRAPH, RECURRENCE_GRAPH):
        assert f"`{graph}`" in text


# ---------------------------------------------------------------------------------------------------------------
# labels and definitions (SPARQL, Brick-style)

MISSING_TERM_TEXT = """
SELECT ?term ?property ?lang WHERE {
    VALUES ?type { owl:Class owl:ObjectProperty owl:DatatypeProperty skos:ConceptScheme }
    VALUES ?property { rdfs:label skos:definition }
    VALUES ?lang { "ru" "ky" "en" }
    ?term a ?type .
    FILTER (STRSTARTS(STR(?term), STR(kn:)))
    FILTER NOT EXISTS { ?term ?property ?text . FILTER (LANG(?text) = ?lang) }
}
"""

MISSING_CONCEPT_TEXT = """
SELECT ?concept ?property ?lang WHERE {
    VALUES ?property { skos:prefLabel skos:definition }
    VALUES ?lang { "ru" "ky" "en" }
    ?concept a skos:Concept .
    FILTER NOT EXISTS { ?concept ?property ?text . FILTER (LANG(?text) = ?lang) }
}
"""

SEVERAL_TEXTS_IN_ONE_LANGUAGE = """
SELECT DISTINCT ?term ?property ?lang WHERE {
    VALUES ?property { rdfs:label skos:prefLabel skos:definition }
    ?term ?property ?a , ?b .
    BIND (LANG(?a) AS ?lang)
    FILTER (?lang = LANG(?b) && STR(?a) < STR(?b))
}
"""

CONCEPT_WITHOUT_SCHEME = """
SELECT ?concept WHERE {
    ?concept a skos:Concept .
    FILTER NOT EXISTS { ?concept skos:inScheme ?scheme . ?scheme a skos:ConceptScheme . }
}
"""


def test_every_kn_term_has_label_and_definition_in_each_language(ontology: Graph) -> None:
    assert rows(ontology, MISSING_TERM_TEXT) == []


def test_every_concept_has_pref_label_and_definition_in_each_language(ontology: Graph) -> None:
    assert rows(ontology, MISSING_CONCEPT_TEXT) == []


def test_at_most_one_label_and_definition_per_language(ontology: Graph) -> None:
    assert rows(ontology, SEVERAL_TEXTS_IN_ONE_LANGUAGE) == []


def test_every_concept_belongs_to_a_scheme(ontology: Graph) -> None:
    assert rows(ontology, CONCEPT_WITHOUT_SCHEME) == []


def test_quality_queries_can_fail() -> None:
    """The four queries above report a broken graph, so their empty results on the real one mean something."""
    broken = Graph()
    term, concept, scheme = URIRef(KN_NS + "Broken"), URIRef("https://example.org/c"), URIRef("https://example.org/s")
    broken.add((term, RDF.type, OWL.Class))
    for lang in ("ru", "en"):  # no Kyrgyz
        broken.add((term, RDFS.label, Literal("x", lang=lang)))
        broken.add((term, SKOS.definition, Literal("x", lang=lang)))
    broken.add((term, RDFS.label, Literal("y", lang="ru")))  # a second Russian label
    broken.add((concept, RDF.type, SKOS.Concept))
    broken.add((concept, SKOS.prefLabel, Literal("c", lang="en")))
    broken.add((concept, SKOS.inScheme, scheme))  # a scheme nobody declared
    assert rows(broken, MISSING_TERM_TEXT) == [
        (str(term), str(RDFS.label), "ky"),
        (str(term), str(SKOS.definition), "ky"),
    ]
    assert len(rows(broken, MISSING_CONCEPT_TEXT)) == 5
    assert rows(broken, SEVERAL_TEXTS_IN_ONE_LANGUAGE) == [(str(term), str(RDFS.label), "ru")]
    assert rows(broken, CONCEPT_WITHOUT_SCHEME) == [(str(concept),)]


KYRGYZ_LETTERS = re.compile("[өүңӨҮҢ]")
KYRGYZ_WORDS = {"жана", "же", "менен", "боюнча", "үчүн", "бир", "адам"}


def test_russian_and_kyrgyz_texts_are_cyrillic_and_kyrgyz_is_not_russian(ontology: Graph) -> None:
    """Catches Russian text tagged @ky (and English tagged @ru or @ky) — the likeliest copy-paste slip."""
    bad = []
    for prop in (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.definition):
        for subject, text in ontology.subject_objects(prop):
            if text.language in ("ru", "ky") and not re.search("[а-яё]", text, re.IGNORECASE):
                bad.append((subject, text))
            if text.language == "ru" and KYRGYZ_LETTERS.search(text):
                bad.append((subject, text))
            if (
                prop == SKOS.definition
                and text.language == "ky"
                and not KYRGYZ_LETTERS.search(text)
                and not set(re.findall(r"[\w-]+", text.lower())) & KYRGYZ_WORDS
            ):
                bad.append((subject, text))
    assert bad == []


def test_ru_and_ky_definitions_differ(ontology: Graph) -> None:
    same = []
    for subject in set(ontology.subjects(SKOS.definition, None)):
        by_lang = {t.language: str(t) for t in ontology.objects(subject, SKOS.definition)}
        if by_lang.get("ru") == by_lang.get("ky"):
            same.append(subject)
    assert same == []


# ---------------------------------------------------------------------------------------------------------------
# domains and ranges


def test_every_property_has_a_range(kenesh: Graph) -> None:
    properties = set(kenesh.subjects(RDF.type, OWL.ObjectProperty)) | set(kenesh.subjects(RDF.type, OWL.DatatypeProperty))
    assert properties
    assert [p for p in properties if kenesh.value(p, RDFS.range) is None] == []


def test_datatype_ranges_are_datatypes(kenesh: Graph) -> None:
    for prop in kenesh.subjects(RDF.type, OWL.DatatypeProperty):
        for rng in kenesh.objects(prop, RDFS.range):
            assert str(rng).startswith(str(rdfns.XSD)) or rng == RDF.langString or (
                isinstance(rng, BNode) and (rng, RDF.type, RDFS.Datatype) in kenesh
            ), (prop, rng)


@pytest.mark.parametrize("name", ["participantCount", "womenCount", "menCount", "ordinal"])
def test_counts_are_plain_integers(kenesh: Graph, name: str) -> None:
    """xsd:integer, not nonNegativeInteger: a negative count must stay well-typed so SHACL can report it."""
    assert set(kenesh.objects(KN[name], RDFS.range)) == {rdfns.XSD.integer}


def test_attested_on_allows_dates_without_year(kenesh: Graph) -> None:
    union = kenesh.value(kenesh.value(KN.attestedOn, RDFS.range), OWL.unionOf)
    assert set(kenesh.items(union)) == {rdfns.XSD.date, rdfns.XSD.gMonthDay}


@pytest.mark.parametrize(
    ("term", "superterm"),
    [
        (KN.SourceDocument, FOAF.Document),
        (KN.SourceDocument, PROV.Entity),
        (KN.Event, SCHEMA.Event),
        (KN.Event, PROV.Activity),
        (KN.Participation, PROV.Association),
        (KN.Proposal, PROV.Entity),
        (KN.Place, SCHEMA.Place),
        (KN.Venue, KN.Place),
        (KN.City, KN.Place),
        (KN.Region, KN.Place),
        (KN.District, KN.Place),
        (KN.Country, KN.Place),
        *[
            (KN[name], ORG.Organization)
            for name in (
                "StateBody", "Parliament", "LocalGovernment", "PublicCouncil", "NGO",
                "InternationalOrganization", "Project", "Media", "AcademicInstitution",
            )
        ],
    ],
)
def test_classes_refine_reused_vocabularies(kenesh: Graph, term: URIRef, superterm: URIRef) -> None:
    """Direct rdfs:subClassOf, as docs/model.md states: SPARQL without inference must see it."""
    assert (term, RDFS.subClassOf, superterm) in kenesh


def test_no_foreign_term_is_redeclared(kenesh: Graph) -> None:
    """We add axioms to reused classes at most; we never type or label them (docs/model.md)."""
    foreign = {s for s in kenesh.subjects() if isinstance(s, URIRef) and not str(s).startswith(KN_NS)}
    foreign.discard(ONTOLOGY_IRI)
    for subject in foreign:
        assert set(kenesh.predicates(subject)) <= {RDFS.subClassOf}, subject


# ---------------------------------------------------------------------------------------------------------------
# concept schemes <-> ROLE / EVENT_TYPE


@pytest.mark.parametrize(("name", "scheme", "mirror"), SCHEMES)
def test_scheme_mirror_matches_turtle(name: str, scheme: URIRef, mirror: type[rdfns.DefinedNamespace]) -> None:
    graph = parse(name)
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert concepts == terms(mirror)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    for concept in concepts:
        assert str(concept).startswith(str(mirror._NS))
        assert (concept, SKOS.inScheme, scheme) in graph
        assert (concept, SKOS.topConceptOf, scheme) in graph
    assert set(graph.objects(scheme, SKOS.hasTopConcept)) == concepts


@pytest.mark.parametrize(("prefix", "mirror"), [("knrole", ROLE), ("knevt", EVENT_TYPE)])
def test_scheme_concepts_follow_model_md(prefix: str, mirror: type[rdfns.DefinedNamespace]) -> None:
    listed = model_md_terms("Concept schemes:", "Every term and concept", prefix=prefix)
    assert {URIRef(str(mirror._NS) + n) for n in listed} == terms(mirror)


def test_role_names_cover_record_defaults() -> None:
    """The loader defaults moderators to `moderator` and speakers to `speaker` (docs/model.md)."""
    assert {ROLE.moderator, ROLE.speaker} <= terms(ROLE)


@pytest.fixture(scope="module")
def event_types() -> Graph:
    return parse("event-types.ttl")


def test_every_event_type_has_alt_labels_in_each_language(event_types: Graph) -> None:
    for concept in terms(EVENT_TYPE):
        langs = {label.language for label in event_types.objects(concept, SKOS.altLabel)}
        assert langs == set(LANGS), concept


def test_matching_labels_are_lower_case_and_trimmed(event_types: Graph) -> None:
    for prop in (SKOS.altLabel, SKOS.hiddenLabel):
        for label in event_types.objects(None, prop):
            assert str(label) == str(label).lower().strip(), label
            assert "  " not in label and label.language in LANGS, label


def test_no_matching_label_points_to_two_event_types(event_types: Graph) -> None:
    """A title word must classify one way: the lower-cased label strings of two concepts never overlap."""
    owner: dict[tuple[str, str], URIRef] = {}
    clashes = []
    for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for concept, label in event_types.subject_objects(prop):
            if (concept, RDF.type, SKOS.Concept) not in event_types:
                continue
            key = (str(label).lower(), label.language)
            if owner.setdefault(key, concept) != concept:
                clashes.append((key, owner[key], concept))
    assert clashes == []


@pytest.mark.parametrize(
    ("title", "lang", "expected"),
    [
        ("Круглый стол «Социальная защита семей трудовых мигрантов»", "ru", "round-table"),
        ("Открытая диалоговая площадка по Ошской области", "ru", "dialogue-platform"),
        ("Заседание Комитета Жогорку Кенеша по социальной политике", "ru", "committee-hearing"),
        ("Заседание общественного совета при Министерстве труда", "ru", "public-council-meeting"),
        ("Встреча с жителями Иссык-Кульской области", "ru", "meeting"),
        ("«Эмгек мигранттарынын укуктары» аттуу коомдук форум", "ky", "forum"),
        ("«Нарын облусу» темасындагы АЧЫК МАЕКТЕШҮҮ АЯНТЧАСЫ", "ky", "dialogue-platform"),
        ("«Реинтеграция» темасында тегерек үстөл", "ky", "round-table"),
        ("Жарандар менен жолугушуу", "ky", "meeting"),
        ("Regional consultation on labour migration", "en", "consultation"),
        ('Regional Conference "Coming Home"', "en", "conference"),
        ("Sitting of the Committee on Social Policy of the Jogorku Kenesh", "en", "committee-hearing"),
    ],
)
def test_alt_labels_classify_dev_titles(event_types: Graph, title: str, lang: str, expected: str) -> None:
    """The longest label of the title's language found in the lower-cased title names the type."""
    found = [
        (len(label), concept)
        for prop in (SKOS.altLabel, SKOS.hiddenLabel)
        for concept, label in event_types.subject_objects(prop)
        if label.language == lang and re.search(rf"(?<!\w){re.escape(str(label))}(?!\w)", title.lower())
    ]
    assert found, title
    assert max(found)[1] == EVENT_TYPE[expected]


# ---------------------------------------------------------------------------------------------------------------
# JSON-LD context


def test_context_prefixes_match_namespace_module(context: dict) -> None:
    ctx = context["@context"]
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    assert prefixes == PREFIXES
    assert ctx["@version"] == 1.1


def expand(term: str | dict, ctx: dict) -> str:
    iri = term["@id"] if isinstance(term, dict) else term
    prefix, _, local = iri.partition(":")
    return ctx[prefix] + local if prefix in ctx and not local.startswith("//") else iri


def test_context_terms_name_declared_terms(context: dict) -> None:
    ctx = context["@context"]
    kn_terms = {
        name: URIRef(expand(value, ctx))
        for name, value in ctx.items()
        if not name.startswith("@") and name not in PREFIXES and expand(value, ctx).startswith(KN_NS)
    }
    assert set(kn_terms.values()) - terms(KN) == set(), "context names kn: terms the ontology does not declare"
    # short names are the local names, so a reader can guess them
    assert all(URIRef(KN_NS + name) == iri for name, iri in kn_terms.items())


def test_context_covers_every_kn_property_with_the_right_coercion(kenesh: Graph, context: dict) -> None:
    ctx = context["@context"]
    for prop in kenesh.subjects(RDF.type, OWL.ObjectProperty):
        assert ctx[prop.fragment] == {"@id": f"kn:{prop.fragment}", "@type": "@id"}
    for prop in kenesh.subjects(RDF.type, OWL.DatatypeProperty):
        entry = ctx[prop.fragment]
        assert entry["@id"] == f"kn:{prop.fragment}"
        rng = kenesh.value(prop, RDFS.range)
        if rng == rdfns.XSD.integer:
            assert entry["@type"] == "xsd:integer", prop
        else:  # language-tagged or of several types: the value object says which
            assert "@type" not in entry, prop


def sample_graph() -> Graph:
    """A small document graph in the shape docs/model.md gives (typed, language-tagged and IRI values)."""
    g = Graph()
    doc, event, part = ID["source/d"], ID["event/d"], ID["participation/d/1"]
    person, span = ID["person/abdyrov-tolonbek"], ID["span/d/moderators-0-name"]
    g.add((doc, RDF.type, KN.SourceDocument))
    g.add((doc, KN.sha256, Literal("ab" * 32)))
    g.add((doc, DCTERMS.language, Literal("ru", datatype=rdfns.XSD.language)))
    g.add((doc, KN.describes, event))
    g.add((event, RDF.type, KN.Event))
    g.add((event, KN.eventType, EVENT_TYPE["dialogue-platform"]))
    g.add((event, SCHEMA.name, Literal("Открытая диалоговая площадка", lang="ru")))
    g.add((event, KN.topic, Literal("Риски и последствия миграции", lang="ru")))
    g.add((event, SCHEMA.startDate, Literal("--03-18", datatype=rdfns.XSD.gMonthDay)))
    g.add((event, KN.participantCount, Literal(40)))
    g.add((event, KN.womenCount, Literal(-1)))  # ill-formed data must survive export to be reported
    g.add((event, KN.city, ID["place/osh"]))
    g.add((part, RDF.type, KN.Participation))
    g.add((part, KN.event, event))
    g.add((part, KN.participant, person))
    g.add((part, KN.role, ROLE.moderator))
    g.add((part, KN.nameAsWritten, Literal("Абдыров Толонбек Шакирович", lang="ru")))
    g.add((part, KN.evidence, span))
    g.add((part, PROV.wasDerivedFrom, doc))
    g.add((ID["proposal/d/1"], KN.ordinal, Literal(1)))
    g.add((span, OA.hasSource, doc))
    g.add((ID["span/d/moderators-0-name/pos"], OA.start, Literal(512, datatype=rdfns.XSD.nonNegativeInteger)))
    return g


def test_context_round_trips_through_rdflib(context: dict, tmp_path: Path) -> None:
    graph = sample_graph()
    out = tmp_path / "d.jsonld"
    out.write_text(graph.serialize(format="json-ld", context=context["@context"]), encoding="utf-8")
    document = json.loads(out.read_text(encoding="utf-8"))
    # the context was applied: short names, not full IRIs
    keys = {k for node in document["@graph"] for k in node}
    assert {"participantCount", "eventType", "nameAsWritten", "role"} <= keys
    assert KN_NS + "participantCount" not in keys
    back = Graph().parse(out, format="json-ld")
    assert isomorphic(back, graph)


def test_context_compacts_in_pyoxigraph_as_in_rdflib(context: dict) -> None:
    """pyoxigraph reads what rdflib writes with the context, to the same triples."""
    graph = sample_graph()
    text = graph.serialize(format="json-ld", context=context["@context"])
    quads = ox.parse(text, format=ox.RdfFormat.JSON_LD)
    nt = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
    assert isomorphic(Graph().parse(data=nt, format="nt"), graph)


def test_hand_written_document_expands_as_intended(context: dict) -> None:
    """A compact document as a person would write it: native numbers, CURIEs, aliases for @id/@type."""
    document = {
        **context,
        "@graph": [
            {
                "id": str(ID["event/d"]),
                "type": "Event",
                "eventType": "knevt:round-table",
                "participantCount": 32,
                "womenCount": "19",
                "name": {"@value": "Круглый стол", "@language": "ru"},
            },
            {"id": str(ID["participation/d/1"]), "role": "knrole:moderator", "event": str(ID["event/d"])},
        ],
    }
    expected = Graph()
    expected.add((ID["event/d"], RDF.type, KN.Event))
    expected.add((ID["event/d"], KN.eventType, EVENT_TYPE["round-table"]))
    expected.add((ID["event/d"], KN.participantCount, Literal("32", datatype=rdfns.XSD.integer)))
    expected.add((ID["event/d"], KN.womenCount, Literal("19", datatype=rdfns.XSD.integer)))
    expected.add((ID["event/d"], SCHEMA.name, Literal("Круглый стол", lang="ru")))
    expected.add((ID["participation/d/1"], KN.role, ROLE.moderator))
    expected.add((ID["participation/d/1"], KN.event, ID["event/d"]))
    text = json.dumps(document, ensure_ascii=False)
    assert isomorphic(Graph().parse(data=text, format="json-ld"), expected)
    nt = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in ox.parse(text, format=ox.RdfFormat.JSON_LD))
    assert isomorphic(Graph().parse(data=nt, format="nt"), expected)
