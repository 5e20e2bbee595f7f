"""Identity: one person, one event across documents, scripts and spellings (docs/model.md, "Derived graphs").

The document graphs keep what each document says; this stage reads them through SPARQL (queries/person_mentions.rq,
queries/event_facts.rq), decides which key IRIs name the same thing, and writes those decisions, with their
evidence, to the identity graph. It is recomputed from the document graphs after every build, so re-loading or
correcting a document can never leave a stale merge behind, and a wrong merge is fixed in one place.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import FOAF, OWL, PROV, SKOS

from kenesh.identity.events import EventFacts, resolve_events
from kenesh.identity.people import Decision, PersonKey, resolve_people
from kenesh.iri import Minter
from kenesh.namespace import IDENTITY_GRAPH, KN
from kenesh.query import run_named


def person_keys(rows: list[dict[str, Any]]) -> dict[str, PersonKey]:
    keys: dict[str, PersonKey] = {}
    for r in rows:
        k = keys.setdefault(r["person"], PersonKey(r["person"]))
        if r.get("name"):
            k.names.add(r["name"])
        for v in (r.get("variants") or "").split("|"):
            if v:
                k.variants.add(v)
        if r.get("written"):
            k.variants.add(r["written"])
        k.sources.add(r["source"])
        k.mentions.add(r["mention"])
        if r.get("org"):
            k.orgs.add(r["org"])
        if r.get("city"):
            k.cities.add(r["city"])
    return keys


def identity_graph(people: dict[str, str], events: dict[str, str], decisions: list[Decision],
                   labels: dict[str, set[tuple[str, str]]], names: dict[str, tuple[str, str]],
                   sources: dict[str, set[str]] | None = None, mint: Minter | None = None) -> Graph:
    """The identity graph: owl:sameAs to canonical IRIs, surface forms on the canonical node, decisions."""
    mint = mint or Minter()
    g = Graph(identifier=URIRef(str(IDENTITY_GRAPH)))
    for mapping in (people, events):
        for key, head in mapping.items():
            if key != head:
                g.add((URIRef(key), OWL.sameAs, URIRef(head)))
    for head in set(people.values()):
        g.add((URIRef(head), RDF.type, FOAF.Person))
    for key, forms in labels.items():
        head = URIRef(people.get(key, key))
        for text, lang in forms:
            g.add((head, SKOS.altLabel, Literal(text, lang=lang or None)))
    for head, (text, lang) in names.items():
        g.add((URIRef(head), FOAF.name, Literal(text, lang=lang or None)))
    for head, docs in (sources or {}).items():
        for doc in docs:  # the canonical person is attested by every document that names them
            g.add((URIRef(head), PROV.wasDerivedFrom, URIRef(doc)))
    for d in decisions:
        if d.a == d.b:
            continue  # a mention weighed against its own cluster's head: nothing to record between two nodes
        # one node per decision: two decisions can concern the same pair (a close call on the names and an
        # ambiguity of a short name), so the outcome and reason are part of the key
        node = mint.iri("decision", hashlib.sha1(f"{d.a} {d.b} {d.outcome} {d.reason}".encode()).hexdigest()[:16])
        g.add((node, RDF.type, KN.IdentityDecision))
        g.add((node, KN.concerns, URIRef(d.a)))
        g.add((node, KN.concerns, URIRef(d.b)))
        g.add((node, KN.outcome, Literal(d.outcome)))
        g.add((node, KN.score, Literal(f"{d.score:.2f}", datatype=XSD.decimal)))
        g.add((node, KN.reason, Literal(d.reason)))
    return g


def link_authorities(store: Any) -> tuple[dict[str, str], list[Decision]]:
    """Organisation and place key IRIs -> their entries in the authority file and gazetteer (data/), by lookup of
    every label the documents write for them. A key whose labels point to two entries is left alone."""
    from kenesh.lookup import lookup_org, lookup_place

    found: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, list[str]] = defaultdict(list)
    for r in run_named("org_mentions", store=store).rows:
        hit = lookup_org(r["label"], r.get("lang") or None)
        labels[r["org"]].append(r["label"])
        if hit is not None:
            found[r["org"]].add(hit.iri)
    for r in run_named("place_mentions", store=store).rows:
        hit = lookup_place(r["label"], r.get("lang") or None)
        labels[r["place"]].append(r["label"])
        if hit is not None:
            found[r["place"]].add(hit.iri)
    mapping: dict[str, str] = {}
    decisions: list[Decision] = []
    for key, hits in sorted(found.items()):
        if len(hits) == 1:
            (target,) = hits
            mapping[key] = target
            if target != key:
                decisions.append(Decision(key, target, "merged", 1.0,
                                          f"'{labels[key][0]}' names this entry of the authority file"))
        else:
            decisions.append(Decision(key, sorted(hits)[0], "kept apart", 0.0,
                                      f"labels {labels[key]} name {len(hits)} different entries"))
    return mapping, decisions


def resolve(store: Any, write: bool = True) -> Graph:
    """Recompute the identity graph from the store's document graphs (and store it unless write=False)."""
    authorities, authority_decisions = link_authorities(store)
    rows = run_named("person_mentions", store=store).rows
    for r in rows:  # compare organisations and cities as the authority files know them (ГСМ = State Migration Service)
        for field in ("org", "city"):
            if r.get(field):
                r[field] = authorities.get(r[field], r[field])
    keys = person_keys(rows)
    people, person_decisions = resolve_people(keys.values())

    labels: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in rows:
        for form in [r.get("name"), r.get("written")] + (r.get("variants") or "").split("|"):
            if form:
                labels[r["person"]].add((form, r.get("lang") or ""))

    facts: dict[str, EventFacts] = {}
    for r in run_named("event_facts", store=store).rows:
        e = facts.setdefault(r["event"], EventFacts(r["event"]))
        e.date = e.date or r.get("date")
        e.city = e.city or (authorities.get(r["city"], r["city"]) if r.get("city") else None)
        e.total = e.total if e.total is not None else r.get("total")
    for r in rows:
        if r["event"] in facts:
            facts[r["event"]].people.add(people.get(r["person"], r["person"]))
    events, event_decisions = resolve_events(sorted(facts.values(), key=lambda e: e.iri))

    # the canonical node's foaf:name: the fullest nominative name of the cluster (in its language)
    names: dict[str, tuple[str, str]] = {}
    for r in sorted(rows, key=lambda r: (-len(r.get("name") or ""), r.get("name") or "", r["person"])):
        head = people.get(r["person"], r["person"])
        if r.get("name") and head not in names:
            names[head] = (r["name"], r.get("lang") or "")
    sources: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        sources[people.get(r["person"], r["person"])].add(r["source"])
    graph = identity_graph(people, events, person_decisions + event_decisions + authority_decisions, labels, names,
                           sources)
    for key, target in authorities.items():
        if key != target:
            graph.add((URIRef(key), OWL.sameAs, URIRef(target)))
    if write:
        store.replace_graph(graph)
    return graph


__all__ = ["resolve", "identity_graph", "person_keys"]
