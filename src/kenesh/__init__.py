"""Kenesh: reports of civic dialogue in Central Asia -> an RDF knowledge graph.

The pipeline, one module per stage, in order:

    read       report file -> Text (txt, md, html, docx, pdf; encodings)        kenesh.read
    language   Text -> ru | ky | en                                             kenesh.language
    extract    Text -> record (record.schema.json, with character spans)        kenesh.extract
    records    record files (.json/.jsonl) -> checked records                   kenesh.records
    to_rdf     record -> the document's named graph (mentions + provenance)     kenesh.to_rdf
    store      named graphs -> embedded pyoxigraph store on disk                kenesh.store
    build      inputs -> store, one document at a time                          kenesh.build
    identity   store -> identity graph (people, events, orgs, places; evidence) kenesh.identity
    recur      store -> recurrence graph (proposal topics, links, themes)       kenesh.recur
    validate   graph -> SHACL report (shapes/)                                  kenesh.validate
    query      queries/NAME.rq + parameters -> rows (store or endpoint)         kenesh.query
    export     store -> Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML      kenesh.export

`Kenesh` (kenesh.api) wraps the stages for notebooks. Imports are lazy: `import kenesh` loads no models.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "Kenesh": "kenesh.api",
    "record_to_graph": "kenesh.to_rdf",
    "GraphStore": "kenesh.store",
    "build": "kenesh.build",
    "validate": "kenesh.validate",
    "run_named": "kenesh.query",
    "export_bytes": "kenesh.export",
    "extract_file": "kenesh.extract",
    "extract_text": "kenesh.extract",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kenesh' has no attribute {name!r}")
