"""The recurrence graph, exactly as docs/model.md ("Derived graphs") fixes it.

    <proposal/d/1> dct:subject <https://w3id.org/kenesh/vocab/topic/…> .
    <link/{hash}> a kn:ProposalLink ; kn:linkedProposal <proposal/d/1>, <proposal/e/3> ;
        kn:score 0.82 ; kn:reason "shared key terms: …" .
    <theme/{key}> a kn:RecurringTheme ; skos:prefLabel "…"@en ; kn:themeMember <proposal/d/1>, <proposal/e/3> .

IRIs are deterministic: a link's hash comes from its two proposal IRIs, a theme's key from its smallest member
(like the identity graph's canonical IRI, stable as other documents come and go). Besides the English label a theme
has a label in each other language of its members (the most central member in that language); the English label
is the most central English member, or the theme's top key terms in English when no member is in English.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kenesh.iri import Minter
from kenesh.namespace import KN, RECURRENCE_GRAPH
from kenesh.recur.cluster import Item, Link, Theme
from kenesh.recur.lexicon import load
from kenesh.recur.similarity import Weights

_PROPOSAL = re.compile(r"/proposal/(.+)$")
LABEL_TERMS = 4  # key terms in a label made of terms


def link_iri(mint: Minter, a: str, b: str) -> URIRef:
    first, second = sorted((a, b))
    return mint.iri("link", hashlib.sha1(f"{first} {second}".encode()).hexdigest()[:16])


def theme_iri(mint: Minter, member_ids: Sequence[str]) -> URIRef:
    """theme/{key}: the smallest member's proposal path ("d03.txt-1"), or a hash for IRIs of another shape."""
    first = min(member_ids)
    m = _PROPOSAL.search(first)
    key = re.sub(r"[^A-Za-z0-9._-]+", "-", m.group(1)).strip("-") if m else ""
    return mint.iri("theme", key or hashlib.sha1(first.encode()).hexdigest()[:16])


def term_label(items: Sequence[Item], members: Sequence[int], weights: Weights) -> str:
    """English label from the key terms most members share, heaviest first: "reintegration, centre, returnee"."""
    lex = load()
    counts: Counter[str] = Counter()
    terms = {}
    for i in members:
        for t in items[i].norm.terms:
            if t.klass != "g":
                counts[t.key] += 1
                terms.setdefault(t.key, t)
    ranked = sorted(counts, key=lambda k: (-counts[k], -weights(terms[k]), k))[:LABEL_TERMS]
    words = [lex.label(terms[k].concept, "en") if terms[k].concept else terms[k].surface for k in ranked]
    return ", ".join(words)


def theme_labels(items: Sequence[Item], theme: Theme, weights: Weights) -> dict[str, str]:
    """Language -> label: the text of the most central member in that language (English: key terms if none)."""
    out: dict[str, str] = {}
    for i in theme.ranked:
        out.setdefault(items[i].norm.lang, items[i].norm.text)
    if "en" not in out:
        out["en"] = term_label(items, theme.members, weights)
    return out


def recurrence_graph(items: Sequence[Item], links: Sequence[Link], themes: Sequence[Theme],
                     topics: dict[str, list[str]], weights: Weights, base: str | None = None) -> Graph:
    """The named graph https://w3id.org/kenesh/graph/recurrence for these links, themes and topics."""
    mint = Minter(base)
    g = Graph(identifier=RECURRENCE_GRAPH)
    g.bind("kn", KN)
    g.bind("skos", SKOS)
    g.bind("dct", DCTERMS)
    for proposal, concepts in topics.items():
        for concept in concepts:
            g.add((URIRef(proposal), DCTERMS.subject, URIRef(concept)))
    for link in links:
        a, b = items[link.a].id, items[link.b].id
        node = link_iri(mint, a, b)
        g.add((node, RDF.type, KN.ProposalLink))
        g.add((node, KN.linkedProposal, URIRef(a)))
        g.add((node, KN.linkedProposal, URIRef(b)))
        g.add((node, KN.score, Literal(Decimal(f"{link.match.score:.2f}"), datatype=XSD.decimal)))
        g.add((node, KN.reason, Literal(link.match.reason())))
    for theme in themes:
        ids = [items[i].id for i in theme.members]
        node = theme_iri(mint, ids)
        g.add((node, RDF.type, KN.RecurringTheme))
        for lang, label in sorted(theme_labels(items, theme, weights).items()):
            g.add((node, SKOS.prefLabel, Literal(label, lang=lang)))
        for pid in ids:
            g.add((node, KN.themeMember, URIRef(pid)))
    return g


__all__ = ["recurrence_graph", "link_iri", "theme_iri", "theme_labels", "term_label"]
