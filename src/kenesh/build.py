"""Build: inputs (reports and record files, or folders of them) -> records -> named graphs -> the store.

Each document is handled on its own: a bad one is reported in one line and skipped, and every other document's
graph still lands. Each graph is written in one transaction, so the store never holds half a document. Documents
are checked against the SHACL shapes as they arrive (cheap per document); a non-conforming document is still
stored, so that `kenesh validate` can show it, but the build says so and exits 1.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kenesh.errors import InputError
from kenesh.records import RECORD_SUFFIXES, read_records
from kenesh.store import GraphStore
from kenesh.to_rdf import record_to_graph
from kenesh.iri import Minter

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


def build(inputs: Iterable[str | Path], store: GraphStore, validate: bool = True, base: str | None = None,
          progress: bool | None = None, warn: Callable[[str], None] | None = None) -> BuildReport:
    """Load every input into `store`; see the module docstring for what happens to bad documents."""
    from tqdm import tqdm

    warn = warn or (lambda line: print(line, file=sys.stderr))
    report = BuildReport()
    mint = Minter(base)
    files = list(iter_inputs(inputs))
    show = sys.stderr.isatty() if progress is None else progress
    store.load_ontology()
    for path in tqdm(files, desc="build", unit="doc", disable=not show, file=sys.stderr):
        try:
            records = list(records_from(path))
        except InputError as exc:
            report.failed.append((str(path), str(exc)))
            warn(f"kenesh: skipped {exc}")
            continue
        for record in records:
            try:
                graph = record_to_graph(record, mint=mint)
            except (KeyError, TypeError, ValueError) as exc:
                msg = f"{path}: cannot turn record into RDF: {exc}"
                report.failed.append((str(path), msg))
                warn(f"kenesh: skipped {msg}")
                continue
            if validate:
                from kenesh.validate import validate as shacl

                result = shacl(graph)
                if not result.conforms:
                    report.invalid.append((record["source"], len(result.results)))
                    warn(f"kenesh: {record['source']}: {len(result.results)} SHACL violation(s); "
                         "stored anyway, see `kenesh validate`")
            store.replace_graph(graph)
            report.loaded.append(record["source"])
    if report.loaded or report.invalid:
        from kenesh.identity import resolve

        resolve(store)  # identity is derived from all document graphs, so it is recomputed after any change
    store.flush()
    return report


__all__ = ["build", "BuildReport", "iter_inputs", "records_from", "REPORT_SUFFIXES"]
