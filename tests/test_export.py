"""Every export format parses back to the same graph (or dataset); output is deterministic and written atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from conftest import variant
from kenesh.export import FORMATS, QUAD_FORMATS, export, export_bytes
from kenesh.store import GraphStore
from kenesh.to_rdf import record_to_graph

RDFLIB_FORMAT = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}


@pytest.fixture
def store(small_record: dict) -> GraphStore:
    s = GraphStore()
    s.load_ontology()
    s.replace_graph(record_to_graph(small_record))
    s.replace_graph(record_to_graph(variant(small_record, source="second.txt", lang="ky")))
    return s


def expected_dataset(store: GraphStore) -> Dataset:
    return store.to_dataset(include_ontology=False)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip(store: GraphStore, fmt: str) -> None:
    data = export_bytes(store, fmt)
    expected = expected_dataset(store)
    if fmt in QUAD_FORMATS:
        back = Dataset()
        back.parse(data=data.decode("utf-8"), format=RDFLIB_FORMAT[fmt])
        names = {str(g.identifier) for g in expected.graphs() if len(g)}
        assert names == {str(g.identifier) for g in back.graphs() if len(g)}
        for name in names:
            assert isomorphic(back.graph(name), expected.graph(name)), name
    else:
        back = Graph().parse(data=data.decode("utf-8"), format=RDFLIB_FORMAT[fmt])
        union = Graph()
        for s, p, o, _ in expected.quads():
            union.add((s, p, o))
        assert len(union) > 200 and isomorphic(back, union)


def test_jsonld_uses_the_shipped_context(store: GraphStore) -> None:
    text = export_bytes(store, "jsonld").decode("utf-8")
    import json

    doc = json.loads(text)
    assert "@context" in doc
    assert "https://w3id.org/kenesh/ontology#participant" not in text  # compacted by the context


def test_output_is_deterministic(small_record: dict) -> None:
    outs = []
    for order in (0, 1):
        s = GraphStore()
        records = [small_record, variant(small_record, source="second.txt")]
        for r in (records if order == 0 else records[::-1]):
            s.replace_graph(record_to_graph(r))
        outs.append({fmt: export_bytes(s, fmt) for fmt in ("ttl", "trig", "nq", "nt")})
    assert outs[0] == outs[1]


def test_export_to_file_is_atomic(tmp_path: Path, store: GraphStore) -> None:
    target = tmp_path / "out" / "graph.ttl"
    export(store, "ttl", target)
    assert target.read_bytes() == export_bytes(store, "ttl")
    assert [p.name for p in target.parent.iterdir()] == ["graph.ttl"]  # no temporary file left behind
