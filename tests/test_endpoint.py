"""The named queries against a real SPARQL 1.1 server (oxigraph serve on 127.0.0.1, started and stopped here).

The server keeps its default graph separate from the named graphs (no union), as most triple stores do, so this
also proves the queries name their graphs instead of leaning on the embedded store's union default graph.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import variant
from kenesh.export import export_bytes
from kenesh.query import list_queries, load_query, run_query
from kenesh.store import GraphStore
from kenesh.to_rdf import record_to_graph

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def store() -> GraphStore:
    import json

    base = json.loads((Path(__file__).parent / "data" / "to_rdf" / "small.json").read_text(encoding="utf-8"))
    s = GraphStore()
    s.load_ontology()
    s.replace_graph(record_to_graph(base))
    s.replace_graph(record_to_graph(variant(
        base, source="osh.txt", lang="ru", event={**base["event"], "city": "Ош", "date": "--03-18", "title": "Круглый стол"},
        moderators=[], speakers=[{"name": "Осмоналиев Бектур", "post": "эксперт", "org": "ОО «Мост»"}],
        proposals=["открыть центр реинтеграции"], proposals_by=["Осмоналиев Бектур"], presentations=[])))
    from kenesh.identity import resolve

    resolve(s)
    return s


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory, store: GraphStore) -> Iterator[str]:
    if not Path(OXIGRAPH).exists():
        pytest.skip("oxigraph server not installed (pip install -e '.[test]')")
    folder = tmp_path_factory.mktemp("oxigraph")
    data = folder / "data.nq"
    data.write_bytes(export_bytes(store, "nq", include_ontology=True))
    subprocess.run([OXIGRAPH, "load", "--location", str(folder / "db"), "--file", str(data)], check=True,
                   capture_output=True, timeout=120)
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def normalised(rows: list[dict]) -> list[tuple]:
    return sorted(tuple(sorted((k, str(v)) for k, v in r.items())) for r in rows)


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_named_query_gives_the_same_rows_on_the_server(name: str, store: GraphStore, endpoint: str) -> None:
    query = load_query(name)
    params = {p.name: "Осмоналиев" if p.name == "who" else "" for p in query.params if p.required}
    sparql = query.bind(params)
    local = run_query(sparql, store=store)
    remote = run_query(sparql, endpoint=endpoint)
    assert local.columns == remote.columns
    assert normalised(local.rows) == normalised(remote.rows)
    if name in ("who_spoke_where", "person_timeline", "events", "proposals"):
        assert local.rows, name


def test_cli_against_the_endpoint(endpoint: str) -> None:
    exe = Path(sys.executable).with_name("kenesh")
    proc = subprocess.run([str(exe), "query", "person_timeline", "--endpoint", endpoint, "--param", "who=osmonaliev",
                           "--format", "csv"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.strip().splitlines()) == 3  # header + Latin and Cyrillic sources, one person


def test_endpoint_errors_are_one_line(endpoint: str) -> None:
    exe = Path(sys.executable).with_name("kenesh")
    bad = subprocess.run([str(exe), "query", "events", "--endpoint", "http://127.0.0.1:9/query"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and bad.stderr.startswith("kenesh: ") and bad.stderr.count("\n") == 1
