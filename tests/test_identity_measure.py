"""Pairwise precision and recall of person merges on labelled data: the hand-made cluster set
(tests/data/identity/people.json) and the cross-document links (`cross_refs`) of the gold records.
Targets from the identity issue: precision >= 0.99, recall >= 0.95."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kenesh.identity.measure import Mention, evaluate

TESTS = Path(__file__).parent
GOLD_DIRS = [TESTS / "data" / "gold", TESTS.parents[1] / "shared" / "dev" / "gold"]


def labelled_set() -> list[Mention]:
    data = json.loads((TESTS / "data" / "identity" / "people.json").read_text(encoding="utf-8"))
    return [Mention(c["id"], m["name"], m["source"], tuple(m.get("variants") or ()), m.get("org"), m.get("city"))
            for c in data["clusters"] for m in c["mentions"]]


def gold_mentions() -> list[Mention]:
    """People of gold records; those linked by person cross_refs share a truth label."""
    records = {p.stem: json.loads(p.read_text(encoding="utf-8"))
               for d in GOLD_DIRS if d.is_dir() for p in sorted(d.glob("*.json"))}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for stem, r in records.items():
        for ref in r.get("cross_refs") or []:
            if ref.get("kind") == "person" and ref["file"] in records:
                a, b = find(f"{stem}#{ref['here']}"), find(f"{ref['file']}#{ref['there']}")
                parent[max(a, b)] = min(a, b)
    out = []
    for stem, r in records.items():
        for p in r["moderators"] + r["speakers"]:
            out.append(Mention(find(f"{stem}#{p['name']}"), p.get("normalized") or p["name"], r["source"],
                               tuple(p.get("variants") or ()), p.get("org"), r["event"].get("city")))
    return out


def test_gold_cross_references_are_resolved() -> None:
    mentions = gold_mentions()
    assert len(mentions) > 100
    scores, decisions, impure = evaluate(mentions)
    assert scores.true_pairs >= 20
    assert not impure, impure
    assert scores.precision >= 0.99 and scores.recall >= 0.95, scores


def test_labelled_clusters_meet_the_targets() -> None:
    path = TESTS / "data" / "identity" / "people.json"
    if not path.exists():
        pytest.fail("tests/data/identity/people.json is missing")
    mentions = labelled_set()
    assert len(mentions) >= 300
    scores, _, impure = evaluate(mentions)
    assert scores.precision >= 0.99, (scores, list(impure.values())[:3])
    assert scores.recall >= 0.95, scores
