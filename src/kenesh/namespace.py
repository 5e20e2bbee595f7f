"""Kenesh's RDF namespaces as Python names.

The ontology files in ontology/ are the source of truth (see docs/model.md); this module mirrors them so that code
writes ``KN.participantCount`` instead of a string. The mirrors are closed (``_fail = True``, as in
rdflib/namespace/_ORG.py): a misspelt term raises ``AttributeError`` at the line that misspells it instead of
minting a term nobody declared. tests/test_ontology.py checks that each mirror and its Turtle file agree both ways.

Reused vocabularies come from rdflib where it has them (ORG, FOAF, PROV, SKOS, DCTERMS, TIME, OWL, RDFS, XSD);
the two it lacks, W3C Web Annotation and schema.org over https, are plain ``Namespace`` constants here.
"""

from __future__ import annotations

import inspect

from rdflib import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = [
    "KN",
    "ROLE",
    "EVENT_TYPE",
    "OA",
    "SCHEMA",
    "PREFIXES",
    "ONTOLOGY_IRI",
    "ONTOLOGY_GRAPH",
    "IDENTITY_GRAPH",
    "RECURRENCE_GRAPH",
    "AUTHORITY_GRAPH",
    "REFERENCE_GRAPHS",
    "terms",
]


class KN(DefinedNamespace):
    """Kenesh ontology terms (ontology/kenesh.ttl) and the two concept schemes (roles.ttl, event-types.ttl)."""

    _NS = Namespace("https://w3id.org/kenesh/ontology#")
    _fail = True

    # Classes: documents and events
    SourceDocument: URIRef  # a report or news item, one input file; also the IRI of its named graph
    Event: URIRef  # a civic-dialogue event as one source document describes it
    Participation: URIRef  # one person taking part in one event in one role (Popolo Membership at an event)
    Presentation: URIRef  # a talk or presentation given at an event
    Issue: URIRef  # a problem raised at an event
    Proposal: URIRef  # a recommendation or proposal made at an event

    # Classes: places
    Place: URIRef  # a place named in a report, kind unknown or one of the subclasses below
    Country: URIRef  # a sovereign state
    Region: URIRef  # a first-level division (oblast)
    District: URIRef  # a second-level division (raion)
    City: URIRef  # a city, town or village
    Venue: URIRef  # the building or premises where an event is held

    # Classes: organisation types (all subclasses of org:Organization)
    StateBody: URIRef  # a ministry, state agency or service, or a territorial office of one
    Parliament: URIRef  # a national legislature or one of its committees
    LocalGovernment: URIRef  # a local kenesh, aiyl okmotu or city hall
    PublicCouncil: URIRef  # a public council attached to a state body
    NGO: URIRef  # a non-governmental, non-profit organisation
    InternationalOrganization: URIRef  # an intergovernmental organisation or international agency
    Project: URIRef  # a donor-funded project or programme acting as organiser or employer
    Media: URIRef  # a news agency, newspaper, broadcaster, online outlet or blog
    AcademicInstitution: URIRef  # a university, research institute or other academic institution

    # Classes: derived graphs (identity, recurrence)
    IdentityDecision: URIRef  # a decision to merge two nodes or keep them apart, with score and reason
    RecurringTheme: URIRef  # a cluster of proposals that say the same thing
    ProposalLink: URIRef  # a scored, explained similarity link between two proposals

    # Object properties
    describes: URIRef  # source document -> the event it reports on
    eventType: URIRef  # event -> concept of EventTypeScheme
    city: URIRef  # event -> city where it took place
    region: URIRef  # event -> region it is about or held for
    event: URIRef  # participation / proposal / issue / presentation -> event
    participant: URIRef  # participation -> person
    role: URIRef  # participation -> concept of RoleScheme
    heldPost: URIRef  # participation -> org:Post held at the time of the event
    organization: URIRef  # participation -> organisation at the time of the event
    onBehalfOf: URIRef  # participation -> organisation the person represented, if not their own
    area: URIRef  # participation -> territory the person represents or comes from
    membership: URIRef  # participation -> org:Membership it attests
    post: URIRef  # org:Membership -> org:Post
    attestedAt: URIRef  # org:Membership -> event that attests it
    proposedBy: URIRef  # proposal -> person or organisation
    presentedBy: URIRef  # presentation -> person or organisation
    evidence: URIRef  # any node -> oa:SpecificResource, the text span that supports it
    concerns: URIRef  # identity decision -> a node it compares
    themeMember: URIRef  # recurring theme -> proposal
    linkedProposal: URIRef  # proposal link -> one of the two proposals it links

    # Datatype properties
    sha256: URIRef  # source document -> hex SHA-256 of its bytes
    topic: URIRef  # event -> topic as quoted (language-tagged)
    participantCount: URIRef  # event -> xsd:integer
    womenCount: URIRef  # event -> xsd:integer
    menCount: URIRef  # event -> xsd:integer
    nameAsWritten: URIRef  # participation -> the name as written (language-tagged)
    postLabel: URIRef  # participation / membership -> the post as written (language-tagged)
    otherTitle: URIRef  # participation -> degree, rank or honorific as written
    presenterLabel: URIRef  # presentation -> the presenter as written
    attestedOn: URIRef  # org:Membership -> xsd:date or xsd:gMonthDay of the attesting event
    ordinal: URIRef  # proposal / issue / presentation -> 1-based position in the text (xsd:integer)
    score: URIRef  # identity decision / proposal link -> similarity in [0, 1] (xsd:decimal)
    reason: URIRef  # identity decision / proposal link -> the evidence in words
    outcome: URIRef  # identity decision -> "merged" or "kept apart"

    # Concept schemes
    RoleScheme: URIRef  # participation roles (ontology/roles.ttl)
    EventTypeScheme: URIRef  # event types (ontology/event-types.ttl)


class ROLE(DefinedNamespace):
    """Participation roles, the concepts of kn:RoleScheme (ontology/roles.ttl).

    The attribute names are the role names a record may give (record key ``role``).
    """

    _NS = Namespace("https://w3id.org/kenesh/vocab/role/")
    _fail = True

    moderator: URIRef  # chairs the event or a session
    speaker: URIRef  # speaks at the event
    presenter: URIRef  # gives a presentation or report
    organiser: URIRef  # organises or co-organises the event
    attendee: URIRef  # attends and is named, without speaking


class EVENT_TYPE(DefinedNamespace):
    """Event types, the concepts of kn:EventTypeScheme (ontology/event-types.ttl).

    Hyphenated local names are not Python identifiers, so they are listed in ``_extras`` (as rdflib does) and read
    by item: ``EVENT_TYPE["round-table"]``.
    """

    _NS = Namespace("https://w3id.org/kenesh/vocab/event-type/")
    _fail = True
    _extras = [
        "dialogue-platform",
        "round-table",
        "committee-hearing",
        "public-council-meeting",
    ]

    conference: URIRef
    forum: URIRef
    meeting: URIRef
    consultation: URIRef
    seminar: URIRef
    training: URIRef
    other: URIRef  # the type is not told or fits no other type


OA = Namespace("http://www.w3.org/ns/oa#")
"""W3C Web Annotation vocabulary: text spans that evidence a statement (rdflib has no OA namespace)."""

SCHEMA = Namespace("https://schema.org/")
"""schema.org with the https IRIs the model uses (rdflib's SDO is the same, but spelled out here for clarity)."""

PREFIXES: dict[str, str] = {
    "kn": str(KN._NS),
    "knrole": str(ROLE._NS),
    "knevt": str(EVENT_TYPE._NS),
    "org": str(ORG._NS),
    "foaf": str(FOAF._NS),
    "schema": str(SCHEMA),
    "prov": str(PROV._NS),
    "skos": str(SKOS._NS),
    "dct": str(DCTERMS._NS),
    "oa": str(OA),
    "time": str(TIME._NS),
    "owl": str(OWL._NS),
    "rdf": str(RDF._NS),
    "rdfs": str(RDFS._NS),
    "xsd": str(XSD._NS),
}
"""Prefix -> namespace IRI, in one place for Turtle/TriG serialisation (``Graph.bind``) and SPARQL prologues.

The same prefixes are in ontology/context.jsonld; a test keeps the two equal.
"""

ONTOLOGY_IRI = URIRef("https://w3id.org/kenesh/ontology")
"""The owl:Ontology node of ontology/kenesh.ttl (without the ``#`` of the term namespace)."""

ONTOLOGY_GRAPH = URIRef("https://w3id.org/kenesh/graph/ontology")
"""Named graph holding the ontology and vocabularies in the store, so queries can read labels."""

IDENTITY_GRAPH = URIRef("https://w3id.org/kenesh/graph/identity")
"""Named graph of derived identity decisions (owl:sameAs with evidence); recomputed, never hand-edited."""

RECURRENCE_GRAPH = URIRef("https://w3id.org/kenesh/graph/recurrence")
#: The curated reference data (data/organisations.ttl, data/gazetteer.ttl) that the identity stage links to.
AUTHORITY_GRAPH = URIRef("https://w3id.org/kenesh/graph/authority")
#: Graphs of reference data rather than facts from documents: left out of validation and, by default, exports.
REFERENCE_GRAPHS = frozenset({str(URIRef("https://w3id.org/kenesh/graph/ontology")), str(AUTHORITY_GRAPH)})
"""Named graph of derived links between recurring proposals, and their themes."""


def terms(namespace: type[DefinedNamespace]) -> frozenset[URIRef]:
    """Return every term a closed namespace declares: its annotated attributes plus its ``_extras``.

    ``dir()`` on a DefinedNamespace lists only the annotated attributes, so hyphenated terms would be missed;
    this is the complete list the loader and the tests compare with the Turtle files.
    """
    names = set(inspect.get_annotations(namespace)) | set(namespace._extras)
    return frozenset(namespace[name] for name in names)
