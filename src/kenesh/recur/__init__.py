"""Which proposals recur: topics, scored links between proposals that say the same thing, and recurring themes.

The pass, one module per step, in order:

    stem       word forms: Russian lemmas (pymorphy3), Kyrgyz stems, English stems        kenesh.recur.stem
    lexicon    the multilingual key-term dictionary, data/lexicons/proposal-terms.tsv     kenesh.recur.lexicon
    normalise  proposal -> lemmas without framing words, and its key terms                kenesh.recur.normalise
    topics     proposal -> concepts of the SKOS scheme data/topics.ttl                    kenesh.recur.topics
    similarity two proposals -> IDF-weighted score with the shared terms as the reason    kenesh.recur.similarity
    cluster    blocking -> links -> components -> average-linkage themes                  kenesh.recur.cluster
    graph      links, themes, topics -> the recurrence graph of docs/model.md             kenesh.recur.graph
    cli        `kenesh proposals [--recurring]`                                           kenesh.recur.cli

Everything runs offline and deterministically: no model is downloaded, output is sorted, IRIs come from content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph

    from kenesh.store import GraphStore


def proposals(store: "GraphStore") -> list[dict[str, Any]]:
    """Every proposal in the store: proposal IRI, text, lang, source (queries/proposal_texts.rq), sorted."""
    from kenesh.query import load_query, run_query

    return run_query(load_query("proposal_texts").text, store=store).rows


def compute(rows: list[dict[str, Any]], base: str | None = None) -> "Graph":
    """The recurrence graph for proposal rows (proposal, text, lang, source); no store needed."""
    from kenesh.recur.cluster import Item, cluster
    from kenesh.recur.graph import recurrence_graph
    from kenesh.recur.normalise import normalise
    from kenesh.recur.similarity import Weights
    from kenesh.recur.topics import topics

    seen: set[str] = set()
    items = []
    for row in sorted(rows, key=lambda r: (str(r["proposal"]), str(r.get("source") or ""))):
        pid = str(row["proposal"])
        if pid in seen or not row.get("text"):
            continue
        seen.add(pid)
        items.append(Item(pid, str(row.get("source") or pid), normalise(str(row["text"]), row.get("lang") or None)))
    weights = Weights(i.norm for i in items)
    links, themes = cluster(items, weights)
    topic_map = {i.id: topics(i.norm) for i in items}
    return recurrence_graph(items, links, themes, topic_map, weights, base)


def build_recurrence(store: "GraphStore", base: str | None = None) -> "Graph":
    """Recompute the recurrence graph from the store's proposals, replace it in the store, and return it."""
    graph = compute(proposals(store), base)
    store.replace_graph(graph)
    return graph


def recurring(store: "GraphStore", **params: str) -> list[dict[str, Any]]:
    """Recurring themes, one dict each (see kenesh.recur.cli.summarise), from queries/recurring_proposals.rq."""
    from kenesh.recur.cli import summarise

    return summarise(recurring_rows(store, **params))


def recurring_rows(store: "GraphStore", **params: str) -> list[dict[str, Any]]:
    """The rows of queries/recurring_proposals.rq: one per proposal in a theme that spans two documents or more."""
    from kenesh.query import load_query, run_query

    return run_query(load_query("recurring_proposals").bind(params), store=store).rows


__all__ = ["build_recurrence", "recurring", "recurring_rows", "proposals", "compute"]
