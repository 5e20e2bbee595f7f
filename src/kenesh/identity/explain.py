"""`kenesh explain IRI|NAME`: what the identity stage merged into one node, on what evidence, and which close
candidates it kept apart and why. All of it is read back from the store with named queries, so the explanation is
exactly what the graph holds."""

from __future__ import annotations

from typing import Any

from kenesh.errors import InputError
from kenesh.iri import Minter
from kenesh.query import format_result, run_named


def resolve_target(store: Any, target: str) -> list[str]:
    """Canonical IRIs for an IRI, a path under the id base (person/…), or a part of a name."""
    base = Minter().base
    if target.startswith(("http://", "https://")) or \
            ("/" in target and target.split("/", 1)[0] in {"person", "event", "org", "place"}):
        iri = target if target.startswith(("http://", "https://")) else base + target
        if "/person/" not in iri and "/event/" not in iri or not _known(store, iri):
            raise InputError(f"{iri} is not a person or event in the store")
        return [iri]
    rows = run_named("identity_lookup", {"text": target}, store=store).rows
    found = sorted({r["canonical"] for r in rows if "/person/" in r["canonical"] or "/event/" in r["canonical"]})
    if not found:
        raise InputError(f"nothing in the store is named like {target!r}")
    return found


def _known(store: Any, iri: str) -> bool:
    """The IRI is used by some graph of the store (a document's or the identity graph)."""
    from kenesh.query import run_query

    if any(c in iri for c in "<>\"{} \n"):
        return False
    res = run_query(f"SELECT ?p WHERE {{ GRAPH ?g {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }} }} LIMIT 1",
                    store=store)
    return bool(res.rows)


def explain(store: Any, target: str, width: int = 60) -> str:
    """A readable account of each matching identity."""
    parts: list[str] = []
    for iri in resolve_target(store, target):
        members = run_named("identity_members", {"node": iri}, store=store)
        decisions = run_named("identity_decisions", {"node": iri}, store=store)
        canonical = members.rows[0]["canonical"] if members.rows else iri
        keys = sorted({r["member"] for r in members.rows})
        parts.append(f"{canonical}\n  {len(keys)} key(s) merged: " + ", ".join(k.rsplit('/', 1)[-1] for k in keys))
        names = run_named("identity_names", {"node": iri}, store=store).rows
        if names:
            parts.append("  names: " + "; ".join(f"{r['name']} @{r['language'] or '?'}" for r in names))
        mentions = [r for r in members.rows if r.get("mention")]
        parts.append(f"  mentions ({len(mentions)}):")
        members.rows = mentions
        members.columns = ["date", "written", "post", "org", "source"]
        parts.append(_indent(format_result(members, "table", width)))
        merged = [r for r in decisions.rows if r["outcome"] == "merged"]
        apart = [r for r in decisions.rows if r["outcome"] != "merged"]
        decisions.columns = ["a", "b", "score", "reason"]
        for title, rows in (("merged on", merged), ("kept apart", apart)):
            decisions.rows = rows
            parts.append(f"  {title} ({len(rows)}):")
            if rows:
                parts.append(_indent(format_result(decisions, "table", width * 2)))
    return "\n".join(parts)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


__all__ = ["explain", "resolve_target"]
