"""Scored, explained similarity of two proposals: shared key terms weighted by how rare they are.

Why this measure: two proposals say the same thing when they share the *specific* things they ask for
(reintegration + centre + returnee), not when they share the topic word every proposal in the store has
("миграция"). So each key term is weighted by its inverse document frequency over the store's proposals, and the
score is the cosine of the two weighted term sets. A small store cannot estimate rarity well, so the document
frequency is smoothed towards a prior set by the dictionary's frequency class (generic, common, specific): with a
few proposals the prior decides, with thousands the store does. Every link carries the shared terms that made it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kenesh.recur.lexicon import load
from kenesh.recur.normalise import Normalised, Term

# Prior share of proposals that contain a term of each class, and how many pseudo-proposals the prior is worth.
PRIOR_DF = {"g": 0.15, "c": 0.04, "s": 0.01, "u": 0.02, "n": 0.02}
PSEUDO = 50.0
# Words outside the dictionary weigh a little less: they may be unlisted generic verbs, not key terms.
CLASS_FACTOR = {"g": 1.0, "c": 1.0, "s": 1.0, "u": 0.8, "n": 0.8}
THRESHOLD = 0.45  # a link needs at least this score ...
MIN_SHARED = 2  # ... and at least this many shared key terms that are not generic


class Weights:
    """IDF of key terms over a collection of normalised proposals, smoothed towards the dictionary's prior."""

    def __init__(self, docs: Iterable[Normalised] = ()) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0
        self._klass: dict[str, str] = {}
        for d in docs:
            self.add(d)
        self._cache: dict[str, float] = {}

    def add(self, doc: Normalised) -> None:
        self.n += 1
        for t in doc.terms:
            self.df[t.key] += 1
            self._klass.setdefault(t.key, t.klass)
        self._cache = {}

    def __call__(self, term: Term) -> float:
        w = self._cache.get(term.key)
        if w is None:
            prior = PRIOR_DF.get(term.klass, 0.02)
            df = self.df.get(term.key, 0) + PSEUDO * prior
            w = math.log((self.n + PSEUDO) / df) * CLASS_FACTOR.get(term.klass, 1.0)
            w = self._cache[term.key] = max(w, 0.05)
        return w


@dataclass(frozen=True)
class Match:
    """The similarity of two proposals with its evidence: shared terms (with weights) and the terms only one has."""

    score: float
    shared: tuple[tuple[Term, Term, float], ...]
    only_a: tuple[Term, ...]
    only_b: tuple[Term, ...]
    langs: tuple[str, str]

    @property
    def strong_shared(self) -> int:
        """Shared terms that are not generic (a topic word like "migration" does not count)."""
        return sum(1 for a, _, _ in self.shared if a.klass != "g")

    @property
    def linked(self) -> bool:
        return self.score >= THRESHOLD and self.strong_shared >= MIN_SHARED

    def reason(self) -> str:
        """One line a researcher can check: the shared key terms, as written on both sides, heaviest first."""
        lex = load()
        parts = []
        for a, b, w in self.shared:
            name = lex.label(a.concept) if a.concept else a.key[2:]
            seen = a.surface if a.surface == b.surface else f"{a.surface} / {b.surface}"
            parts.append(f"{name} ({seen}; {w:.1f})")
        langs = "-".join(self.langs) if self.langs[0] != self.langs[1] else self.langs[0]
        text = f"shared key terms: {', '.join(parts) or 'none'}"
        unmatched = len(self.only_a) + len(self.only_b)
        return f"{text}; {unmatched} key term(s) not shared; {langs}"


def similarity(a: Normalised, b: Normalised, weights: Weights) -> Match:
    """Cosine of the IDF-weighted key-term sets of `a` and `b`, with the evidence."""
    ka = {t.key: t for t in a.terms}
    kb = {t.key: t for t in b.terms}
    wa = {k: weights(t) for k, t in ka.items()}
    wb = {k: weights(t) for k, t in kb.items()}
    na = math.sqrt(sum(w * w for w in wa.values()))
    nb = math.sqrt(sum(w * w for w in wb.values()))
    common = [k for k in ka if k in kb]
    dot = sum(wa[k] * wb[k] for k in common)
    score = dot / (na * nb) if na and nb else 0.0
    shared = tuple(sorted(((ka[k], kb[k], wa[k]) for k in common), key=lambda x: (-x[2], x[0].key)))
    only_a = tuple(t for k, t in ka.items() if k not in kb)
    only_b = tuple(t for k, t in kb.items() if k not in ka)
    return Match(round(score, 4), shared, only_a, only_b, (a.lang, b.lang))


__all__ = ["Weights", "Match", "similarity", "THRESHOLD", "MIN_SHARED"]
