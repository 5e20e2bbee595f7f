"""The notebook API: one object over one store, returning plain Python and pandas objects.

    >>> from kenesh import Kenesh
    >>> kg = Kenesh()                       # in memory; Kenesh("kenesh-data") for the store on disk
    >>> kg.build("data/examples")
    >>> kg.query("who_spoke_where", who="Осмонов")       # list of dicts
    >>> kg.frame("proposals", lang="ky")                # pandas DataFrame
    >>> kg.recurring()                                  # recurring proposal themes
    >>> print(kg.explain("Осмонов"))                    # why these mentions are one person
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kenesh.build import BuildReport, build
from kenesh.export import export_bytes, write_atomic
from kenesh.query import Result, load_query, run_query
from kenesh.store import GraphStore


class Kenesh:
    """A Kenesh graph: build it, query it by name, validate it, export it."""

    def __init__(self, store: str | os.PathLike[str] | None = None, read_only: bool = False,
                 base: str | None = None) -> None:
        self.store = GraphStore(store, read_only=read_only)
        self.base = base

    def build(self, *inputs: str | os.PathLike[str], validate: bool = True) -> BuildReport:
        """Load reports, record files or folders; bad documents are reported in the result, not raised."""
        return build(inputs, self.store, validate=validate, base=self.base, progress=False, warn=lambda _: None)

    def result(self, query: str, **params: Any) -> Result:
        """A named query (or a .rq path, or SPARQL text starting with PREFIX/SELECT) with bound parameters."""
        values = {k: str(v) for k, v in params.items() if v is not None}
        if "{" in query:  # SPARQL text, not a name or a path
            from kenesh.query import bind_values

            sparql = bind_values(query, values)
        else:
            sparql = load_query(query).bind(values)
        return run_query(sparql, store=self.store)

    def query(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return self.result(query, **params).to_records()

    def frame(self, query: str, **params: Any) -> Any:
        """The result as a pandas DataFrame."""
        return self.result(query, **params).to_dataframe()

    def validate(self) -> Any:
        from kenesh.validate import validate

        return validate(self.store.to_dataset())

    def export(self, fmt: str = "ttl", path: str | os.PathLike[str] | None = None) -> bytes:
        data = export_bytes(self.store, fmt)
        if path is not None:
            write_atomic(data, Path(path))
        return data

    def explain(self, target: str) -> str:
        """Which mentions were merged into the person or event named by `target` (IRI or name), and why."""
        from kenesh.identity.explain import explain

        return explain(self.store, target)

    def recurring(self) -> list[dict[str, Any]]:
        """One dict per recurring proposal theme: label, events, first and last seen, places, who proposed."""
        from kenesh.recur import recurring

        return recurring(self.store)

    def stats(self) -> dict[str, list[dict[str, Any]]]:
        from kenesh.stats import stats

        return {k: v.to_records() for k, v in stats(self.store).items()}

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Kenesh":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Kenesh"]
