"""`kenesh proposals [--recurring] [--store DIR] [--format table|csv|json]`.

Without --recurring: every proposal (queries/proposals.rq). With --recurring: one line per recurring theme — its
label, how many events and documents, first and last seen, languages, cities and regions, who proposed — built
from queries/recurring_proposals.rq, so the table says exactly what the named query says.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable
from typing import Any

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register `proposals` on the `kenesh` command's subparsers."""
    p = subparsers.add_parser("proposals", help="list proposals, or with --recurring the proposals that recur")
    p.add_argument("--recurring", action="store_true",
                   help="one line per recurring theme: events, first and last seen, places, who proposed")
    p.add_argument("--store", metavar="DIR", help="store folder (default: $KENESH_STORE or ./kenesh-data)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    return p


def _dates(values: Iterable[str | None]) -> tuple[str | None, str | None]:
    """First and last date; full dates win over day-and-month ones (--MM-DD), which cannot be ordered by year."""
    vals = sorted({v for v in values if v})
    full = [v for v in vals if _FULL_DATE.match(v)]
    pick = full or vals
    return (pick[0], pick[-1]) if pick else (None, None)


def _join(values: Iterable[str | None]) -> str:
    return "; ".join(sorted({v.strip() for v in values if v and v.strip()}))


def summarise(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of recurring_proposals.rq -> one dict per theme, most events first, then by label."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["cluster"], []).append(row)
    out = []
    for theme, members in groups.items():
        first, last = _dates(r.get("date") for r in members)
        regions = [part for r in members for part in (r.get("regions") or "").split("; ")]
        out.append({
            "theme": next((r["label"] for r in members if r.get("label")), None) or members[0]["text"],
            "events": len({r["event"] for r in members}),
            "documents": len({r["source"] for r in members}),
            "proposals": len({r["proposal"] for r in members}),
            "first_seen": first,
            "last_seen": last,
            "languages": _join(r.get("lang") for r in members),
            "cities": _join(r.get("city") for r in members),
            "regions": _join(regions),
            "proposed_by": _join(r.get("proposer_name") for r in members),
            "iri": theme,
        })
    out.sort(key=lambda t: (-t["events"], -t["documents"], str(t["theme"]), t["iri"]))
    return out


def run(args: argparse.Namespace) -> int:
    """Print proposals or recurring themes from the store; errors are KeneshErrors (exit 2) for the caller."""
    from kenesh.query import Result, load_query, run_query
    from kenesh.store import open_store

    with open_store(args.store, read_only=True) as store:
        if args.recurring:
            from kenesh.recur import recurring

            themes = recurring(store)
            columns = ["theme", "events", "documents", "first_seen", "last_seen", "languages", "cities", "regions",
                       "proposed_by", "iri"]
            if args.format == "table":
                columns = columns[:-1]
            result = Result(columns, [{c: t[c] for c in columns} for t in themes])
        else:
            result = run_query(load_query("proposals").text, store=store)
    print(result.format(args.format))
    return 0


__all__ = ["add_parser", "run", "summarise"]
