"""Measuring identity: mentions with known people -> keys as the loader mints them -> resolved clusters -> pairwise
precision and recall over mention pairs. Used by the tests (labelled set) and the benchmark (synthetic corpus)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kenesh.identity.people import Decision, PersonKey, resolve_people
from kenesh.iri import Minter
from kenesh.to_rdf import person_iri


@dataclass(frozen=True)
class Mention:
    """One mention of a person in one document, with the person it truly is."""

    truth: str
    name: str
    source: str
    variants: tuple[str, ...] = ()
    org: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def keys_for(mentions: Iterable[Mention], mint: Minter | None = None) -> tuple[dict[str, PersonKey], list[str]]:
    """Group mentions into person keys exactly as the loader mints person IRIs; return keys and each mention's key."""
    mint = mint or Minter()
    keys: dict[str, PersonKey] = {}
    order: list[str] = []
    for m in mentions:
        iri = str(person_iri(mint, m.name, m.source))
        k = keys.setdefault(iri, PersonKey(iri))
        k.names.add(m.name)
        k.variants.update(m.variants)
        k.sources.add(m.source)
        k.mentions.add(f"{m.source}#{m.name}")
        if m.org:
            k.orgs.add(str(mint.org(m.org)))
        if m.city:
            k.cities.add(str(mint.place(m.city)))
        order.append(iri)
    return keys, order


def pairwise(truth: list[str], predicted: list[str]) -> Scores:
    """Pairwise precision/recall of a clustering of the same items, counted through cluster sizes (no n² loop)."""
    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    true_pairs = pairs(Counter(truth))
    predicted_pairs = pairs(Counter(predicted))
    correct = pairs(Counter(zip(truth, predicted)))
    return Scores(correct / predicted_pairs if predicted_pairs else 1.0, correct / true_pairs if true_pairs else 1.0,
                  true_pairs, predicted_pairs, correct)


def evaluate(mentions: list[Mention]) -> tuple[Scores, list[Decision], dict[str, list[Mention]]]:
    """Resolve the mentions and score the clusters; also return the wrongly merged clusters for inspection."""
    keys, order = keys_for(mentions)
    canonical, decisions = resolve_people(keys.values())
    predicted = [canonical[k] for k in order]
    scores = pairwise([m.truth for m in mentions], predicted)
    clusters: dict[str, list[Mention]] = defaultdict(list)
    for m, c in zip(mentions, predicted):
        clusters[c].append(m)
    impure = {c: ms for c, ms in clusters.items() if len({m.truth for m in ms}) > 1}
    return scores, decisions, impure


__all__ = ["Mention", "Scores", "keys_for", "pairwise", "evaluate"]
