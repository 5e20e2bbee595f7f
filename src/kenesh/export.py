"""Export the store as linked data for partners: Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML.

Quad formats (TriG, N-Quads, JSON-LD) keep one named graph per source document, so provenance survives the trip;
triple formats (Turtle, N-Triples, RDF/XML) give the union of the graphs. Output is sorted, so the same store always
gives the same bytes, and it is written to a temporary file and renamed, so a failed export never leaves half a file.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kenesh import paths
from kenesh.errors import InputError
from kenesh.namespace import PREFIXES, REFERENCE_GRAPHS
from kenesh.store import GraphStore

FORMATS: dict[str, ox.RdfFormat | None] = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "nt": ox.RdfFormat.N_TRIPLES,
    "xml": ox.RdfFormat.RDF_XML,
    "jsonld": None,  # rdflib, so the shipped @context compacts the output
}
QUAD_FORMATS = frozenset({"trig", "nq", "jsonld"})
CONTEXT_FILE = "context.jsonld"


def export_bytes(store: GraphStore, fmt: str, include_ontology: bool = False) -> bytes:
    """The serialised store in `fmt`."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    quads = [q for q in store.raw
             if include_ontology or getattr(q.graph_name, "value", None) not in REFERENCE_GRAPHS]
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    if fmt == "jsonld":
        return _jsonld(quads)
    rdf_format = FORMATS[fmt]
    assert rdf_format is not None
    if fmt in QUAD_FORMATS:
        data = quads
    else:
        seen: set[ox.Triple] = set()
        data = []
        for q in quads:
            if q.triple not in seen:
                seen.add(q.triple)
                data.append(q.triple)
        data.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = PREFIXES if fmt in ("ttl", "trig", "xml") else None
    return ox.serialize(data, format=rdf_format, prefixes=prefixes) or b""


def _jsonld(quads: list[ox.Quad]) -> bytes:
    from rdflib import Dataset

    ds = Dataset()
    if quads:
        ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    context = json.loads((paths.ONTOLOGY / CONTEXT_FILE).read_text(encoding="utf-8"))
    context = context.get("@context", context)
    return ds.serialize(format="json-ld", context=context, indent=1, sort_keys=True).encode("utf-8")


def write_atomic(data: bytes, target: str | os.PathLike[str]) -> None:
    """Write to a temporary file beside the target, then rename over it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export(store: GraphStore, fmt: str, output: str | os.PathLike[str] | None = None,
           include_ontology: bool = False) -> None:
    """Export to a file (atomically) or to stdout."""
    data = export_bytes(store, fmt, include_ontology)
    if output is None or str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomic(data, output)


__all__ = ["FORMATS", "QUAD_FORMATS", "export", "export_bytes", "write_atomic"]
