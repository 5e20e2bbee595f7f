"""Store statistics: instances per class, documents per language, triples per source.

The counts are named queries (queries/stats_*.rq), so the same numbers can be asked of a remote endpoint.
"""

from __future__ import annotations

from kenesh.query import Result, run_named
from kenesh.store import GraphStore

SECTIONS = {"classes": "stats_classes", "languages": "stats_languages", "sources": "stats_sources"}


def stats(store: GraphStore) -> dict[str, Result]:
    """One result per section, in a fixed order."""
    return {title: run_named(name, store=store) for title, name in SECTIONS.items()}


__all__ = ["stats", "SECTIONS"]
