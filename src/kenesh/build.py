"""Build: inputs (reports and record files, or folders of them) -> records -> named graphs -> the store.

Each document is handled on its own: a bad one is reported in one line and skipped, and every other document's
graph still lands. Each graph is written in one transaction, so the store never holds half a document. Documents
are checked against the SHACL shapes as they arrive (cheap per document); a non-conforming document is still
stored, so that `kenesh validate` can show it, but the build says so and exits 1.

The per-document work (read, extract, to RDF, validate) runs in worker processes with `jobs > 1`; only the writes
to the store happen in the parent, in input order, so the result does not depend on the number of workers.
After the documents, the derived graphs (identity, recurrence) are recomputed from all document graphs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kenesh.errors import InputError
from kenesh.iri import Minter
from kenesh.records import RECORD_SUFFIXES, read_records
from kenesh.store import GraphStore
from kenesh.to_rdf import record_triples, to_ntriples

REPORT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"})


@dataclass
class BuildReport:
    """What a build did: documents stored, inputs that failed (one line each), documents that failed SHACL."""

    loaded: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    invalid: list[tuple[str, int]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 2 if self.failed else 1 if self.invalid else 0


@dataclass
class Outcome:
    """One document's result from a worker: its graph as N-Triples, or the one-line error."""

    path: str
    source: str | None = None
    graph: str | None = None
    ntriples: str | None = None
    violations: int = 0
    error: str | None = None


def iter_inputs(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given; folders walked recursively for reports and record files (not READMEs), in sorted order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                # a folder's README describes the folder; it is not a report
                if child.suffix.lower() in REPORT_SUFFIXES | RECORD_SUFFIXES and child.stem.upper() != "README":
                    yield child
        else:
            yield path


def records_from(path: Path) -> Iterator[dict[str, Any]]:
    """The records of one input: a record file's records, or the record extracted from a report."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        yield from read_records(path)
    elif suffix in REPORT_SUFFIXES:
        from kenesh.extract import extract_file

        yield extract_file(path)
    else:
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'} "
                         f"(reports: {', '.join(sorted(REPORT_SUFFIXES))}; records: .json, .jsonl)")


def process(path: Path, validate: bool = True, base: str | None = None) -> list[Outcome]:
    """All the per-document work for one input file; never raises for bad input."""
    try:
        records = list(records_from(path))
    except InputError as exc:
        return [Outcome(str(path), error=str(exc))]
    except Exception as exc:  # noqa: BLE001 - a bug met on one document must not lose the others' work
        first = str(exc).splitlines()[0] if str(exc) else ""
        return [Outcome(str(path), error=f"{path}: could not be read ({type(exc).__name__}: {first}); please report")]
    out = []
    mint = Minter(base)
    for record in records:
        try:
            name, triples = record_triples(record, mint=mint)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            out.append(Outcome(str(path), error=f"{path}: cannot turn record into RDF: {exc}"))
            continue
        violations = 0
        if validate:
            from rdflib import Graph

            from kenesh.validate import validate as shacl

            graph = Graph(identifier=name)
            for triple in triples:
                graph.add(triple)
            result = shacl(graph)
            violations = 0 if result.conforms else len(result.results)
        out.append(Outcome(str(path), record["source"], str(name), to_ntriples(triples), violations))
    return out


def _process_star(args: tuple[Path, bool, str | None]) -> list[Outcome]:
    return process(*args)


def build(inputs: Iterable[str | Path], store: GraphStore, validate: bool = True, base: str | None = None,
          progress: bool | None = None, warn: Callable[[str], None] | None = None, jobs: int = 1,
          derive: bool = True) -> BuildReport:
    """Load every input into `store`; see the module docstring for what happens to bad documents."""
    from tqdm import tqdm

    warn = warn or (lambda line: print(line, file=sys.stderr))
    report = BuildReport()
    files = list(iter_inputs(inputs))
    show = sys.stderr.isatty() if progress is None else progress
    store.load_ontology()
    store.load_authority()
    tasks = [(path, validate, base) for path in files]
    if jobs > 1 and len(files) > 1:
        import multiprocessing as mp

        pool = mp.get_context("spawn").Pool(jobs)
        results: Iterable[list[Outcome]] = pool.imap(_process_star, tasks, chunksize=8)
    else:
        pool = None
        results = map(_process_star, tasks)
    try:
        for outcomes in tqdm(results, total=len(files), desc="build", unit="doc", disable=not show, file=sys.stderr):
            for o in outcomes:
                if o.error:
                    report.failed.append((o.path, o.error))
                    warn(f"kenesh: skipped {o.error}")
                    continue
                assert o.source and o.graph and o.ntriples is not None
                if o.violations:
                    report.invalid.append((o.source, o.violations))
                    warn(f"kenesh: {o.source}: {o.violations} SHACL violation(s); stored anyway, see `kenesh validate`")
                store.replace_ntriples(o.graph, o.ntriples)
                report.loaded.append(o.source)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    if derive and (report.loaded or report.invalid):
        derive_graphs(store, base=base)
    store.flush()
    return report


def derive_graphs(store: GraphStore, base: str | None = None) -> None:
    """Recompute the graphs derived from all documents: identity, then recurrence (which counts events through
    identity)."""
    from kenesh.identity import resolve
    from kenesh.recur import build_recurrence

    resolve(store)
    build_recurrence(store, base=base)


__all__ = ["build", "BuildReport", "derive_graphs", "iter_inputs", "records_from", "process", "REPORT_SUFFIXES"]
