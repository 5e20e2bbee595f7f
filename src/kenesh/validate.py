"""Validation stage: check an RDF graph against the SHACL shapes in shapes/.

The shapes are the readable statement of docs/model.md (cardinalities, datatypes, language tags, the role and
event-type vocabularies, provenance, head-counts). This module runs them with pySHACL and turns pySHACL's report
into something a person can act on: one line per problem that names the failing shape (knsh:PersonShape, not a
blank node) and the property, plus the same results as Turtle and JSON for tools.

Validation is per document at ingest (one named graph, a few hundred triples) and over the whole store in bulk,
so it must be cheap: no RDFS inference (the shapes list subclasses explicitly instead), no SHACL-AF, the shapes
parsed once per process, and the one SPARQL constraint parsed once rather than once per focus node.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import BNode, ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, NamespaceManager
from rdflib.plugins.stores.memory import Memory, SimpleMemory
from rdflib.term import Node

from kenesh import paths
from kenesh.errors import KeneshError

#: Prefixes used to print shapes, paths, values and constraints briefly (knsh:PersonShape, foaf:name).
#: Instance IRIs are printed in full: their base is configurable (KENESH_BASE).
PREFIXES: dict[str, str] = {
    "knsh": "https://w3id.org/kenesh/shapes#",
    "kn": "https://w3id.org/kenesh/ontology#",
    "knrole": "https://w3id.org/kenesh/vocab/role/",
    "knevt": "https://w3id.org/kenesh/vocab/event-type/",
    "schema": "https://schema.org/",
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "dct": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "time": "http://www.w3.org/2006/time#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
}

_LOCAL_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")

# Links from a shape to the shapes nested in it: climbing them back from a blank node finds the named shape
# (knsh:EventShape) that a user wrote and can look up.
_NESTING = (SH.property, SH.node, SH["not"], SH.qualifiedValueShape)
_LIST_NESTING = (SH["or"], SH["and"], SH.xone)


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result, in terms a reader of shapes/ recognises.

    `shape` is the named shape that failed (for a blank-node property shape, the node shape that holds it) and
    `path` the property, both prefixed; `focus` is the failing node's IRI, `value` the offending value in
    Turtle notation, `constraint` the constraint component (or the IRI of a named SPARQL constraint).
    """

    focus: str
    shape: str
    path: str | None
    value: str | None
    message: str
    severity: str
    constraint: str

    def sort_key(self) -> tuple[str, ...]:
        """Order of reports: by focus node, then shape, path, constraint, value (None sorts first)."""
        return (self.focus, self.shape, self.path or "", self.constraint, self.value or "", self.message)

    def to_text(self) -> str:
        """One line: "Violation: <focus> — <shape> (<path>): <message>" (no parentheses without a path)."""
        where = f"{self.shape} ({self.path})" if self.path else self.shape
        return f"{self.severity}: {self.focus} — {where}: {self.message}"


@dataclass
class ValidationReport:
    """Outcome of validating one graph: whether it conforms, the results sorted, and pySHACL's report graph."""

    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    report_graph: Graph = field(default_factory=Graph, repr=False)

    def to_text(self) -> str:
        """One line per result, sorted, so that two runs on the same graph print the same text ("" if none)."""
        return "\n".join(sorted(result.to_text() for result in self.results))

    def to_turtle(self) -> str:
        """The W3C SHACL validation report as Turtle, for tools that read sh:ValidationReport."""
        return self.report_graph.serialize(format="turtle")

    def to_dicts(self) -> list[dict[str, Any]]:
        """The results as plain dicts (field name -> value), in the report's sorted order."""
        return [asdict(result) for result in self.results]

    def to_json(self) -> str:
        """The results as a JSON array of objects with the ValidationResult fields."""
        return json.dumps(self.to_dicts(), ensure_ascii=False, indent=2)


def load_shapes(directory: Path | None = None) -> Graph:
    """All shapes/*.ttl merged into one graph, parsed once per process and directory.

    The shapes are split one file per class for review; pySHACL needs them in one graph because shapes refer to
    each other across files (knsh:AnyOrganization, knsh:FullDate). The returned graph is shared: do not modify it.
    """
    return _load_shapes((directory or paths.SHAPES).resolve())


@functools.cache
def _load_shapes(directory: Path) -> Graph:
    files = sorted(directory.glob("*.ttl"))
    if not files:
        raise KeneshError(f"no SHACL shapes (*.ttl) in {directory}")
    # A context-free store: pySHACL looks shapes up tens of thousands of times per validation, and the default
    # store's named-graph bookkeeping made those lookups a sixth of the cost of validating one document.
    graph = Graph(store=SimpleMemory())
    for file in files:
        try:
            graph.parse(file, format="turtle")
        except Exception as error:  # a broken shapes file is a setup error the user must see with its name
            raise KeneshError(f"{file}: cannot read SHACL shapes: {error}") from error
    _bind_prefixes(graph.namespace_manager)
    return graph


def validate(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate `data` against the shapes (default: load_shapes()) and return a readable report.

    `data` is an rdflib Graph, or a Dataset (or ConjunctiveGraph) whose named graphs are validated as one
    union: a document's facts live in its named graph, and a store-wide check must see references across
    graphs. The data is read in place and never changed (only a graph whose store cannot hold named graphs,
    which pySHACL refuses, is copied first).
    """
    import pyshacl  # imported here: it is slow to import and only this stage needs it

    shapes_graph = shapes if shapes is not None else load_shapes()
    conforms, report_graph, _ = pyshacl.validate(
        _read_only_view(data),
        shacl_graph=shapes_graph,
        inference="none",
        advanced=False,
        abort_on_first=False,
        allow_infos=False,
        allow_warnings=False,
    )
    _bind_prefixes(report_graph.namespace_manager)
    results = sorted(_read_results(report_graph, shapes_graph), key=ValidationResult.sort_key)
    return ValidationReport(conforms=bool(conforms), results=results, report_graph=report_graph)


# --- the data graph seen by pySHACL ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _prepared(query: str) -> Any:
    """A SPARQL query parsed once: rdflib re-parses query strings on every call, and pySHACL runs a SPARQL
    constraint once per focus node, which made parsing most of the cost of validating one document."""
    from rdflib.plugins.sparql import prepareQuery  # imported here: the SPARQL grammar takes ~0.1 s to build

    return prepareQuery(query)


class _PreparedQueries:
    """Mixin for the view handed to pySHACL: answer SPARQL strings from the parse cache.

    Only for rdflib's in-memory stores; a store with its own SPARQL engine (oxrdflib) gets the string unchanged.
    pySHACL writes all prefixes into the query text (sh:prefixes), so parsing without the graph's
    namespaces gives the same query.
    """

    store: Any

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str) and isinstance(self.store, (Memory, SimpleMemory)):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)  # type: ignore[misc]


class _DatasetView(_PreparedQueries, Dataset):
    """The union of all graphs of a store (default_union), without copying triples.

    rdflib 7 reads the deprecated Dataset.default_context inside every triples() call of a union Dataset and
    warns each time; answering it directly keeps thousands of warnings (and their cost) out of a validation.
    """

    @property
    def default_context(self) -> Graph:
        return self._default_context

    @default_context.setter
    def default_context(self, value: Graph) -> None:
        self._default_context = value


class _GraphView(_PreparedQueries, Graph):
    """One graph of a store, without copying triples."""


def _read_only_view(data: Graph) -> Graph:
    """A new rdflib object over the caller's store: pySHACL sets default_union on multi-graph inputs, and this
    keeps that (and the query cache) off the caller's own Dataset while it still sees every named graph."""
    if isinstance(data, (Dataset, ConjunctiveGraph)):
        return _DatasetView(store=data.store, default_union=True)
    if isinstance(data, Graph):
        if not data.store.context_aware:  # pySHACL needs a context-aware store: copy (small graphs only do this)
            copy = _GraphView()
            copy += data
            return copy
        return _GraphView(store=data.store, identifier=data.identifier)
    raise TypeError(f"validate() needs an rdflib Graph or Dataset, not {type(data).__name__}")


# --- reading pySHACL's report -----------------------------------------------------------------------------------


def _read_results(report: Graph, shapes: Graph) -> list[ValidationResult]:
    results = []
    for result in report.objects(None, SH.result):
        source_shape = report.value(result, SH.sourceShape)
        source_constraint = report.value(result, SH.sourceConstraint)
        component = report.value(result, SH.sourceConstraintComponent)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        severity = report.value(result, SH.resultSeverity)
        constraint = source_constraint if isinstance(source_constraint, URIRef) else component
        results.append(
            ValidationResult(
                focus=_term(report.value(result, SH.focusNode)) or "",
                shape=_term(_named_shape(shapes, source_shape)) or "",
                path=_path(report, path) if path is not None else None,
                value=_term(value),
                message=_message(report.objects(result, SH.resultMessage)),
                severity=_local_name(severity) if severity is not None else "Violation",
                constraint=_term(constraint) or "",
            )
        )
    return results


def _named_shape(shapes: Graph, shape: Node | None) -> Node | None:
    """The nearest named shape that holds `shape`: a blank property shape -> its node shape's IRI.

    A blank node shared by several parents resolves to the smallest IRI, so the answer is the same every run.
    """
    seen: set[Node] = set()
    frontier = [shape] if shape is not None else []
    while frontier:
        named = sorted(node for node in frontier if isinstance(node, URIRef))
        if named:
            return named[0]
        parents: list[Node] = []
        for node in frontier:
            if node in seen:
                continue
            seen.add(node)
            for link in _NESTING:
                parents.extend(shapes.subjects(link, node))
            for head in _list_heads(shapes, node):
                for link in _LIST_NESTING:
                    parents.extend(shapes.subjects(link, head))
        frontier = [node for node in parents if node not in seen]
    return shape


def _list_heads(graph: Graph, member: Node) -> list[Node]:
    """The first cells of the RDF lists that contain `member` (for shapes inside sh:or / sh:and / sh:xone)."""
    heads = []
    for cell in graph.subjects(RDF.first, member):
        seen = {cell}
        previous = list(graph.subjects(RDF.rest, cell))
        while previous:
            cell = previous[0]
            if cell in seen:
                break
            seen.add(cell)
            previous = list(graph.subjects(RDF.rest, cell))
        heads.append(cell)
    return heads


def _path(graph: Graph, path: Node) -> str:
    """A SHACL property path in SPARQL notation: foaf:name, ^kn:event, kn:city/rdfs:label, (a|b), p*."""
    if isinstance(path, URIRef):
        return _term(path) or str(path)
    if (path, RDF.first, None) in graph:
        return "/".join(_path(graph, step) for step in graph.items(path))
    for predicate, template in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "({})*"),
        (SH.oneOrMorePath, "({})+"),
        (SH.zeroOrOnePath, "({})?"),
    ):
        inner = graph.value(path, predicate)
        if inner is not None:
            return template.format(_path(graph, inner))
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path(graph, step) for step in graph.items(alternatives)) + ")"
    return _term(path) or str(path)


def _message(messages: Any) -> str:
    """The English message if there is one, else an untagged one, else the first in sorted order."""
    literals = sorted((m for m in messages if isinstance(m, Literal)), key=lambda m: (m.language or "", str(m)))
    for wanted in ("en", None):
        for literal in literals:
            if literal.language == wanted:
                return str(literal)
    return str(literals[0]) if literals else ""


def _term(term: Node | None) -> str | None:
    """IRIs prefixed where a known prefix fits, literals in Turtle notation ("x"@ru, "1"^^xsd:date)."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        iri = str(term)
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
            if iri.startswith(namespace) and _LOCAL_NAME.match(iri[len(namespace) :]):
                return f"{prefix}:{iri[len(namespace):]}"
        return iri
    if isinstance(term, Literal):
        return term.n3(_namespace_manager())
    if isinstance(term, BNode):
        return term.n3()
    return str(term)


def _local_name(iri: Node) -> str:
    text = str(iri)
    return re.split(r"[#/]", text)[-1] or text


@functools.cache
def _namespace_manager() -> NamespaceManager:
    manager = NamespaceManager(Graph(), bind_namespaces="none")
    _bind_prefixes(manager)
    return manager


def _bind_prefixes(manager: NamespaceManager) -> None:
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace, override=True, replace=True)


__all__ = ["PREFIXES", "ValidationReport", "ValidationResult", "load_shapes", "validate"]
