"""Named SPARQL queries: found by name in queries/, parameters bound safely, run on the store or an endpoint.

Each queries/NAME.rq starts with comment lines: a description, then `# param: NAME required|optional  text`.
Parameters are bound by adding a VALUES block to the outer WHERE group, with each value serialised as an RDF term
by rdflib (which escapes it) — user input is never pasted into query text. The same binding works for the embedded
store and for any SPARQL 1.1 endpoint, so a query means the same thing everywhere.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kenesh import paths
from kenesh.errors import InputError

_PARAM = re.compile(r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s+(required|optional)\s*(.*)$")
_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_IRI = re.compile(r"^(https?|urn|mailto):[^\s<>\"{}|\\^`]+$")
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Param:
    name: str
    required: bool
    help: str


@dataclass(frozen=True)
class NamedQuery:
    """A query file with its description and declared parameters."""

    name: str
    path: Path
    text: str
    description: str
    params: tuple[Param, ...]

    def bind(self, values: dict[str, str] | None = None) -> str:
        """The query text with `values` bound; unknown or missing required parameters are usage errors."""
        values = dict(values or {})
        known = {p.name for p in self.params}
        for key in values:
            if key not in known:
                hint = ", ".join(sorted(known)) or "none"
                raise InputError(f"query {self.name} has no parameter {key!r} (parameters: {hint})")
        for p in self.params:
            if p.required and p.name not in values:
                raise InputError(f"query {self.name} needs --param {p.name}=VALUE ({p.help})")
        return bind_values(self.text, values)


@dataclass
class Result:
    """Rows of a SELECT as plain Python values (str, int, float, bool, None), in column order."""

    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def to_records(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.rows]

    def to_dataframe(self) -> Any:
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns)

    def format(self, fmt: str = "table") -> str:
        return format_result(self, fmt)


def list_queries(folder: Path | None = None) -> list[NamedQuery]:
    return [load_query(p) for p in sorted((folder or paths.QUERIES).glob("*.rq"))]


def load_query(name_or_path: str | Path) -> NamedQuery:
    """A query by name (queries/NAME.rq) or by path to any .rq file."""
    path = Path(name_or_path)
    if not (path.suffix == ".rq" and path.exists()):
        path = paths.QUERIES / f"{name_or_path}.rq"
        if not path.exists():
            names = ", ".join(q.name for q in list_queries())
            raise InputError(f"no query named {name_or_path!r} (known: {names})")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read query {path}: {exc}") from None
    description, params = _header(text)
    return NamedQuery(path.stem, path, text, description, tuple(params))


def _header(text: str) -> tuple[str, list[Param]]:
    desc: list[str] = []
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            params.append(Param(m.group(1), m.group(2) == "required", m.group(3).strip()))
        elif not params:
            desc.append(line.lstrip("#").strip())
    return " ".join(d for d in desc if d), params


def term_for(value: str) -> str:
    """An RDF term in SPARQL syntax for a parameter value: IRIs for IRIs, integers for integers, else a string."""
    if _IRI.match(value):
        return URIRef(value).n3()
    if re.fullmatch(r"-?\d{1,18}", value):
        return Literal(int(value)).n3()
    return Literal(value).n3()


def bind_values(sparql: str, values: dict[str, str]) -> str:
    """Insert `VALUES (?a ?b) { (t1 t2) }` at the start of the outer WHERE group."""
    if not values:
        return sparql
    for key in values:
        if not _VAR.match(key):
            raise InputError(f"bad parameter name {key!r}")
    block = "VALUES (" + " ".join(f"?{k}" for k in values) + ") { (" + " ".join(term_for(v) for v in values.values()) + ") }"
    pos = _outer_where(sparql)
    if pos < 0:
        raise InputError("cannot bind parameters: the query has no WHERE { ... } group")
    return sparql[:pos] + "\n  " + block + "\n" + sparql[pos:]


def _outer_where(sparql: str) -> int:
    """Index just after the '{' of the first WHERE outside comments, strings and IRIs."""
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c == "#":
            j = sparql.find("\n", i)
            i = n if j < 0 else j
        elif c in "\"'":
            j = i + 1
            while j < n and sparql[j] != c:
                j += 2 if sparql[j] == "\\" else 1
            i = j + 1
        elif c == "<" and re.match(r"<[^\s<>]*>", sparql[i:]):
            i = sparql.index(">", i) + 1
        elif sparql[i:i + 5].upper() == "WHERE" and (i == 0 or not sparql[i - 1].isalnum()):
            m = re.compile(r"WHERE\s*\{", re.I).match(sparql, i)
            if m:
                return m.end()
            i += 5
        else:
            i += 1
    return -1


# -- running ----------------------------------------------------------------------------------------------------
def run_query(sparql: str, store: Any = None, endpoint: str | None = None) -> Result:
    """Run a SELECT on a GraphStore or a SPARQL 1.1 endpoint (POST), returning plain Python rows."""
    if endpoint:
        return _run_endpoint(sparql, endpoint)
    if store is None:
        raise InputError("no store or endpoint to query")
    solutions = store.query(sparql)
    if not isinstance(solutions, ox.QuerySolutions):
        raise InputError("only SELECT queries return rows (use ASK/CONSTRUCT through the Python API)")
    columns = [v.value for v in solutions.variables]
    rows = []
    try:
        for sol in solutions:
            rows.append({c: _ox_value(sol[c]) for c in columns})
    except OSError as exc:
        raise InputError(f"query failed: {str(exc).splitlines()[0]}") from None
    return Result(columns, rows)


def _ox_value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _typed(term.value, term.datatype.value if term.datatype else None)
    return term.value


def _typed(value: str, datatype: str | None) -> Any:
    if datatype in (_XSD + "integer", _XSD + "int", _XSD + "long", _XSD + "nonNegativeInteger"):
        try:
            return int(value)
        except ValueError:
            return value
    if datatype in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
        try:
            return float(value)
        except ValueError:
            return value
    if datatype == _XSD + "boolean":
        return value == "true"
    return value


def _run_endpoint(sparql: str, endpoint: str) -> Result:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setQuery(sparql)
    try:
        data = client.queryAndConvert()
    except SPARQLWrapperException as exc:
        raise InputError(f"endpoint {endpoint} refused the query: {str(exc).splitlines()[0]}") from None
    except OSError as exc:
        raise InputError(f"cannot reach endpoint {endpoint}: {exc}") from None
    if not isinstance(data, dict) or "head" not in data:
        raise InputError(f"endpoint {endpoint} did not return SPARQL JSON results")
    columns = list(data["head"].get("vars", []))
    rows = []
    for b in data.get("results", {}).get("bindings", []):
        rows.append({c: (_typed(b[c]["value"], b[c].get("datatype")) if c in b else None) for c in columns})
    return Result(columns, rows)


def run_named(name: str, params: dict[str, str] | None = None, store: Any = None,
              endpoint: str | None = None) -> Result:
    return run_query(load_query(name).bind(params), store=store, endpoint=endpoint)


# -- output -----------------------------------------------------------------------------------------------------
def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def format_result(result: Result, fmt: str = "table", width: int = 60) -> str:
    """table (aligned, long cells cut), csv, tsv or json (a list of objects)."""
    if fmt == "json":
        return json.dumps(result.rows, ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_cell(row[c]) for c in result.columns])
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise InputError(f"unknown output format {fmt!r} (table, csv, tsv, json)")
    cells = [[_short(_compact(_cell(row[c])), width) for c in result.columns] for row in result.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(result.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)


def _compact(text: str) -> str:
    """In tables, instance IRIs under the id base are shown as their path (person/…, event/…)."""
    from kenesh.iri import Minter

    base = Minter().base
    return text[len(base):] if text.startswith(base) else text


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


__all__ = ["NamedQuery", "Param", "Result", "list_queries", "load_query", "bind_values", "run_query",
           "run_named", "format_result", "term_for"]
