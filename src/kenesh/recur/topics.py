"""Topics of proposals: concepts of the SKOS scheme in data/topics.ttl, assigned by their signal terms.

Why through the key-term dictionary: a topic's signal terms (skos:hiddenLabel, in ru, ky and en) are normalised like
proposals, so each becomes a set of key terms ("financial literacy" -> {c:financial_literacy}); a proposal has the
topic when it has every key term of one signal. An English signal then also finds Russian and Kyrgyz proposals, and
a reviewer changes topics by editing one Turtle file.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from kenesh import paths
from kenesh.recur.normalise import Normalised, normalise

SCHEME = "https://w3id.org/kenesh/vocab/topic/"


def path():  # noqa: ANN201 - a Path
    return paths.DATA / "topics.ttl"


@cache
def scheme() -> Graph:
    """The topic scheme as an rdflib graph (read once per process)."""
    return Graph().parse(path(), format="turtle")


@cache
def signals() -> tuple[tuple[str, frozenset[str]], ...]:
    """(topic IRI, key terms) for every signal term of every topic, sorted; signals with no key term are dropped."""
    out = set()
    g = scheme()
    for concept, label in g.subject_objects(SKOS.hiddenLabel):
        if not str(concept).startswith(SCHEME):
            continue
        keys = normalise(str(label), label.language).keys
        if keys:
            out.add((str(concept), keys))
    return tuple(sorted(out, key=lambda s: (s[0], sorted(s[1]))))


def labels(lang: str = "en") -> dict[str, str]:
    """Topic IRI -> preferred label in `lang`."""
    return {str(c): str(l) for c, l in scheme().subject_objects(SKOS.prefLabel)
            if str(c).startswith(SCHEME) and str(c) != SCHEME and l.language == lang}


def topics(norm: Normalised) -> list[str]:
    """Topic IRIs of one normalised proposal, sorted."""
    keys = norm.keys
    return sorted({topic for topic, need in signals() if need <= keys})


def topic_iri(slug: str) -> URIRef:
    return URIRef(SCHEME + slug)


__all__ = ["SCHEME", "scheme", "signals", "labels", "topics", "topic_iri"]
