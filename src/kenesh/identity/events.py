"""Which documents report the same event: a report and its translation, two write-ups of one round table.

Evidence, all of which must hold: the same date (day and month; the year too when both give it), the same city
(same place IRI after folding, or one side silent), and something only the same meeting shares — at least two of
the same people (after person resolution), or one person and the same head-count. A date and a city alone are not
enough: two events can take place in Osh on one day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kenesh.identity.people import Decision


@dataclass
class EventFacts:
    iri: str
    date: str | None = None
    city: str | None = None
    total: int | None = None
    people: set[str] = field(default_factory=set)  # canonical person IRIs


def _same_day(a: str, b: str) -> bool:
    """'2021-07-08' ~ '--07-08' ~ '2021-07-08'; two different years never match."""
    if a[-5:] != b[-5:]:
        return False
    return a.startswith("--") or b.startswith("--") or a[:4] == b[:4]


def resolve_events(events: list[EventFacts]) -> tuple[dict[str, str], list[Decision]]:
    blocks: dict[str, list[EventFacts]] = defaultdict(list)
    for e in events:
        if e.date and len(e.date) >= 7:
            blocks[e.date[-5:]].append(e)
    parent = {e.iri: e.iri for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    decisions: list[Decision] = []
    for block in blocks.values():
        block.sort(key=lambda e: e.iri)
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if not _same_day(a.date or "", b.date or ""):
                    continue
                if a.city and b.city and a.city != b.city:
                    decisions.append(Decision(a.iri, b.iri, "kept apart", 0.0, "same day, different cities"))
                    continue
                shared = a.people & b.people
                same_count = a.total is not None and a.total == b.total
                if len(shared) >= 2 or (shared and same_count):
                    reason = f"same day {a.date[-5:]}, same city, {len(shared)} same people" + (
                        f", same head-count {a.total}" if same_count else "")
                    decisions.append(Decision(a.iri, b.iri, "merged", 1.0 if len(shared) >= 2 else 0.8, reason))
                    ra, rb = find(a.iri), find(b.iri)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
                else:
                    decisions.append(Decision(a.iri, b.iri, "kept apart", 0.3,
                                              f"same day and city but {len(shared)} shared people"
                                              + (" and the same head-count" if same_count else "")))
    canonical = {e.iri: find(e.iri) for e in events}
    return canonical, decisions


__all__ = ["EventFacts", "resolve_events"]
