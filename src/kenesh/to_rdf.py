"""Record -> RDF: one document's named graph, exactly as docs/model.md specifies.

The graph holds what the document says and nothing else (mentions as written, with language tags, provenance and
text spans), so that re-loading the document replaces its graph without touching any other. People, organisations,
places and posts get document-independent IRIs from name keys (kenesh.iri); identity decisions that need the whole
store live in the identity graph, not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS, TIME

from kenesh import paths
from kenesh.iri import Minter, doc_key, fold, label_key, name_key
from kenesh.namespace import EVENT_TYPE, KN, OA, ROLE, SCHEMA

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL_DATE = re.compile(r"^--\d{2}-\d{2}$")
_DISTRICT = re.compile(r"(район|району|district|аймагы)", re.I)
_REGION = re.compile(r"(област|облус|region|oblast|долин|өрөөн|valley|asia|азия)", re.I)

_MEDIA_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html", ".htm": "text/html",
                ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".pdf": "application/pdf"}


@lru_cache(maxsize=1)
def _event_type_cues() -> tuple[tuple[str, URIRef], ...]:
    """(folded cue, concept) pairs from the labels of ontology/event-types.ttl, longest cue first.

    Preferred, alternative and hidden (inflected) labels all count, so a title classifies in any case form.
    """
    g = Graph().parse(paths.ONTOLOGY / "event-types.ttl")
    ns = str(EVENT_TYPE)
    cues = {(fold(str(label)), URIRef(concept))
            for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
            for concept, label in g.subject_objects(prop) if str(concept).startswith(ns)}
    return tuple(sorted((c for c in cues if c[0]), key=lambda c: (-len(c[0]), c[0], str(c[1]))))


def event_type(*texts: str | None) -> URIRef | None:
    """Classify an event by the first cue word found in its title or topic (e.g. 'круглый стол' -> round-table)."""
    hay = " " + " ".join(fold(t) for t in texts if t) + " "
    for cue, concept in _event_type_cues():
        if f" {cue} " in hay or (len(cue) > 6 and cue in hay):
            return concept
    return None


def date_literal(value: str) -> Literal:
    """Full dates as xsd:date, day-and-month as xsd:gMonthDay; anything else kept as an (ill-typed) xsd:date for SHACL to report."""
    if _PARTIAL_DATE.match(value):
        return Literal(value, datatype=XSD.gMonthDay)
    return Literal(value, datatype=XSD.date)


class _DocumentGraph:
    """Builds the named graph of one record; one instance per record."""

    def __init__(self, record: dict[str, Any], mint: Minter) -> None:
        self.r = record
        self.mint = mint
        self.lang = str(record.get("lang") or "")
        self.src = mint.source(record["source"])
        self.doc = self.src.rsplit("/", 1)[1]
        self.g = _Triples()  # a plain set: rdflib's Memory store costs ~30 µs a triple, too much at 100k documents
        self.spans: dict[str, Any] = record.get("spans") or {}

    # -- helpers ------------------------------------------------------------------------------------------------
    def text(self, value: str) -> Literal:
        return Literal(value, lang=self.lang) if self.lang else Literal(value)

    def derived(self, node: URIRef) -> None:
        self.g.add((node, PROV.wasDerivedFrom, self.src))

    def evidence(self, node: URIRef, path: str) -> None:
        """Attach the text span of a record path (if the record carries one) as a Web Annotation selector."""
        span = self.spans.get(path)
        if not (isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span)):
            return
        res = self.mint.iri("span", self.doc, path.replace("/", "-"))
        pos = URIRef(res + "/pos")
        g = self.g
        g.add((node, KN.evidence, res))
        g.add((res, RDF.type, OA.SpecificResource))
        g.add((res, OA.hasSource, self.src))
        g.add((res, OA.hasSelector, pos))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(span[0], datatype=XSD.integer)))
        g.add((pos, OA.end, Literal(span[1], datatype=XSD.integer)))
        exact = resolve_path(self.r, path)
        if isinstance(exact, str) and exact:
            quote = URIRef(res + "/quote")
            g.add((res, OA.hasSelector, quote))
            g.add((quote, RDF.type, OA.TextQuoteSelector))
            g.add((quote, OA.exact, Literal(exact)))

    def org(self, label: str | None) -> URIRef | None:
        if not label or not label.strip():
            return None
        node = self.mint.org(label)
        self.g.add((node, RDF.type, ORG.Organization))
        self.g.add((node, RDFS.label, self.text(label.strip())))
        self.derived(node)
        return node

    def place(self, label: str | None, cls: URIRef) -> URIRef | None:
        if not label or not label.strip():
            return None
        node = self.mint.place(label)
        self.g.add((node, RDF.type, cls))
        self.g.add((node, RDFS.label, self.text(label.strip())))
        self.derived(node)
        return node

    # -- parts of the record ------------------------------------------------------------------------------------
    def source(self) -> None:
        g, r = self.g, self.r
        g.add((self.src, RDF.type, KN.SourceDocument))
        g.add((self.src, DCTERMS.title, Literal(str(r["source"]))))
        if r.get("sha256"):
            g.add((self.src, KN.sha256, Literal(str(r["sha256"]))))
        if self.lang:
            g.add((self.src, DCTERMS.language, Literal(self.lang, datatype=XSD.language)))
        suffix = "." + str(r["source"]).rsplit(".", 1)[-1].lower() if "." in str(r["source"]) else ""
        if suffix in _MEDIA_TYPES:
            g.add((self.src, DCTERMS["format"], Literal(_MEDIA_TYPES[suffix])))
        g.add((self.src, KN.describes, self.event))

    def event_facts(self) -> None:
        g, ev, e = self.g, self.event, self.r.get("event") or {}
        g.add((ev, RDF.type, KN.Event))
        self.derived(ev)
        if e.get("title"):
            g.add((ev, SCHEMA.name, self.text(e["title"])))
            self.evidence(ev, "event/title")
        if e.get("topic"):
            g.add((ev, KN.topic, self.text(e["topic"])))
            self.evidence(ev, "event/topic")
        etype = event_type(e.get("title"), e.get("topic"))
        if etype is not None:
            g.add((ev, KN.eventType, etype))
        if e.get("date"):
            g.add((ev, SCHEMA.startDate, date_literal(str(e["date"]))))
            self.evidence(ev, "event/date")
        city = self.place(e.get("city"), KN.City)
        if city is not None:
            g.add((ev, KN.city, city))
            self.evidence(ev, "event/city")
        if e.get("venue"):
            venue = self.mint.venue(e["venue"], e.get("city"))
            g.add((venue, RDF.type, KN.Venue))
            g.add((venue, RDFS.label, self.text(e["venue"])))
            if city is not None:
                g.add((venue, SCHEMA.containedInPlace, city))
            self.derived(venue)
            g.add((ev, SCHEMA.location, venue))
            self.evidence(ev, "event/venue")
        for i, label in enumerate(e.get("organizers") or []):
            node = self.org(label)
            if node is not None:
                g.add((ev, SCHEMA.organizer, node))
                self.evidence(ev, f"event/organizers/{i}")
        counts = self.r.get("participants") or {}
        for key, prop in (("total", KN.participantCount), ("women", KN.womenCount), ("men", KN.menCount)):
            if counts.get(key) is not None:
                g.add((ev, prop, Literal(int(counts[key]), datatype=XSD.integer)))
                self.evidence(ev, f"participants/{key}")
        for i, label in enumerate(self.r.get("regions") or []):
            cls = KN.District if _DISTRICT.search(label) else KN.Region
            node = self.place(label, cls)
            if node is not None:
                g.add((ev, KN.region, node))
                self.evidence(ev, f"regions/{i}")

    def people(self) -> dict[str, URIRef]:
        """Participations, people, posts and memberships; returns surface form -> person IRI for proposals_by."""
        g, ev = self.g, self.event
        date = (self.r.get("event") or {}).get("date")
        by_name: dict[str, URIRef] = {}
        n = 0
        for group, default_role in (("moderators", "moderator"), ("speakers", "speaker")):
            for i, p in enumerate(self.r.get(group) or []):
                n += 1
                path = f"{group}/{i}"
                name = str(p.get("name") or "").strip()
                nominative = str(p.get("normalized") or name).strip()
                person = person_iri(self.mint, nominative, self.r["source"], n)
                g.add((person, RDF.type, FOAF.Person))
                if nominative:
                    g.add((person, FOAF.name, self.text(nominative)))
                for variant in [name] + list(p.get("variants") or []):
                    if variant and variant != nominative:
                        g.add((person, SKOS.altLabel, self.text(variant)))
                self.derived(person)
                for form in [name, nominative] + list(p.get("variants") or []):
                    if form:
                        by_name.setdefault(form, person)

                part = self.mint.iri("participation", self.doc, n)
                g.add((part, RDF.type, KN.Participation))
                g.add((part, KN.event, ev))
                g.add((part, KN.participant, person))
                # unknown roles stay in the graph (outside the vocabulary) for SHACL to report
                g.add((part, KN.role, URIRef(ROLE._NS + label_key(str(p.get("role") or default_role)))))
                if name:
                    g.add((part, KN.nameAsWritten, self.text(name)))
                self.derived(part)
                self.evidence(part, f"{path}/name")
                org = self.org(p.get("org"))
                if org is not None:
                    g.add((part, KN.organization, org))
                    self.evidence(part, f"{path}/org")
                behalf = self.org(p.get("on_behalf_of"))
                if behalf is not None:
                    g.add((part, KN.onBehalfOf, behalf))
                area = p.get("area")
                if area:
                    node = self.place(area, KN.District if _DISTRICT.search(area) else
                                      KN.Region if _REGION.search(area) else KN.Place)
                    g.add((part, KN.area, node))
                for title in p.get("other") or []:
                    if title:
                        g.add((part, KN.otherTitle, self.text(title)))
                post_label = str(p.get("post") or "").strip()
                post = self.post(post_label, p.get("org"), org)
                if post is not None:
                    g.add((part, KN.heldPost, post))
                    g.add((part, KN.postLabel, self.text(post_label)))
                    self.evidence(part, f"{path}/post")
                if org is not None:  # W3C ORG: a membership is always in an organisation
                    self.membership(n, part, person, org, post, post_label, date)
        return by_name

    def post(self, label: str, org_label: str | None, org: URIRef | None) -> URIRef | None:
        if not label:
            return None
        post = self.mint.post(label, org_label)
        self.g.add((post, RDF.type, ORG.Post))
        self.g.add((post, RDFS.label, self.text(label)))
        if org is not None:
            self.g.add((post, ORG.postIn, org))
        self.derived(post)
        return post

    def membership(self, n: int, part: URIRef, person: URIRef, org: URIRef, post: URIRef | None,
                   post_label: str, date: str | None) -> None:
        """A dated org:Membership attested by this event (the post as it was then)."""
        g = self.g
        mem = self.mint.iri("membership", self.doc, n)
        g.add((part, KN.membership, mem))
        g.add((mem, RDF.type, ORG.Membership))
        g.add((mem, ORG.member, person))
        g.add((mem, ORG.organization, org))
        g.add((mem, KN.attestedAt, self.event))
        self.derived(mem)
        if post is not None:
            g.add((mem, KN.post, post))
            g.add((mem, KN.postLabel, self.text(post_label)))
        if date:
            g.add((mem, KN.attestedOn, date_literal(str(date))))
            if _FULL_DATE.match(str(date)):
                during = URIRef(mem + "/during")
                instant = self.mint.instant(str(date))
                g.add((mem, ORG.memberDuring, during))
                g.add((during, RDF.type, TIME.Interval))
                g.add((during, TIME.hasBeginning, instant))
                g.add((during, TIME.hasEnd, instant))
                g.add((instant, RDF.type, TIME.Instant))
                g.add((instant, TIME.inXSDDate, Literal(str(date), datatype=XSD.date)))

    def texts(self, by_name: dict[str, URIRef]) -> None:
        g, ev = self.g, self.event
        proposers = self.r.get("proposals_by") or []
        for i, text in enumerate(self.r.get("proposals") or []):
            node = self.mint.iri("proposal", self.doc, i + 1)
            g.add((node, RDF.type, KN.Proposal))
            g.add((node, SCHEMA.text, self.text(text)))
            g.add((node, KN.event, ev))
            g.add((node, KN.ordinal, Literal(i + 1, datatype=XSD.integer)))
            who = proposers[i] if i < len(proposers) else None
            if who and who in by_name:
                g.add((node, KN.proposedBy, by_name[who]))
            self.derived(node)
            self.evidence(node, f"proposals/{i}")
        for i, text in enumerate(self.r.get("issues_raised") or []):
            node = self.mint.iri("issue", self.doc, i + 1)
            g.add((node, RDF.type, KN.Issue))
            g.add((node, SCHEMA.text, self.text(text)))
            g.add((node, KN.event, ev))
            g.add((node, KN.ordinal, Literal(i + 1, datatype=XSD.integer)))
            self.derived(node)
            self.evidence(node, f"issues_raised/{i}")
        for i, pres in enumerate(self.r.get("presentations") or []):
            node = self.mint.iri("presentation", self.doc, i + 1)
            g.add((node, RDF.type, KN.Presentation))
            g.add((node, SCHEMA.name, self.text(pres["title"])))
            g.add((node, KN.event, ev))
            g.add((node, KN.ordinal, Literal(i + 1, datatype=XSD.integer)))
            by = pres.get("by")
            if by:
                g.add((node, KN.presenterLabel, self.text(by)))
                g.add((node, KN.presentedBy, by_name.get(by) or self.org(by)))
            self.derived(node)
            self.evidence(node, f"presentations/{i}/title")

    def build(self) -> "_Triples":
        self.event = self.mint.iri("event", self.doc)
        self.source()
        self.event_facts()
        by_name = self.people()
        self.texts(by_name)
        return self.g


def person_iri(mint: Minter, name: str, source: str, n: int = 0) -> URIRef:
    """The IRI of a person *as one document names them*: person/{name key}--{document}.

    Two documents may name two namesakes alike, and one person differently; only the identity stage, which sees the
    whole store, can tell. So the document graph never shares a person node with another document: the identity
    graph links every such IRI (owl:sameAs) to the person's canonical IRI, person/{name key of the fullest name},
    which is what queries and partners see. Unnamed people get one IRI per participation.
    """
    if name_key(name) == "x":
        return mint.iri("person", f"unnamed-{doc_key(source)}-{n}")
    return mint.person(name, source)


def resolve_path(record: Any, path: str) -> Any:
    """The value at a record path such as 'speakers/1/name' (None if absent): the quote a span points at."""
    node = record
    for step in path.split("/"):
        if isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        elif isinstance(node, dict) and step in node:
            node = node[step]
        else:
            return None
    return node


def record_triples(record: dict[str, Any], base: str | None = None,
                   mint: Minter | None = None) -> tuple[URIRef, set[tuple[Any, Any, Any]]]:
    """The graph IRI and the triples of one checked record, as a plain set (the fast path used by build)."""
    doc = _DocumentGraph(record, mint or Minter(base))
    return doc.src, doc.build()


def record_to_graph(record: dict[str, Any], base: str | None = None, mint: Minter | None = None) -> Graph:
    """The named graph (identifier = source document IRI) of one checked record, as an rdflib Graph."""
    name, triples = record_triples(record, base, mint)
    graph = Graph(identifier=name)
    for triple in triples:
        graph.add(triple)
    return graph


def to_ntriples(triples: Iterable[tuple[Any, Any, Any]]) -> str:
    """N-Triples for our own terms (IRIs we minted, literals from records), sorted so output is reproducible."""
    return "\n".join(sorted(f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in triples)) + "\n"


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt(term: Any) -> str:
    if isinstance(term, Literal):
        body = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype and str(term.datatype) != str(XSD.string):
            return f"{body}^^<{term.datatype}>"
        return body
    return f"<{term}>"


class _Triples(set):  # type: ignore[type-arg]
    """A set of triples with rdflib's `add` spelling, so the builder reads like graph code."""

    def add(self, triple: tuple[Any, Any, Any]) -> None:  # type: ignore[override]
        super().add(triple)


__all__ = ["record_to_graph", "record_triples", "to_ntriples", "event_type", "date_literal"]
