"""The recurrence graph in a store: model triples, deterministic IRIs, recurring_proposals, the CLI, the seeds."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kenesh import paths
from kenesh.namespace import KN, RECURRENCE_GRAPH
from kenesh.query import load_query, run_query
from kenesh.recur import build_recurrence, recurring, recurring_rows
from kenesh.recur.cli import add_parser, run
from kenesh.recur.topics import SCHEME
from kenesh.store import GraphStore
from kenesh.to_rdf import record_to_graph

SHARED = Path(paths.HOME).parent / "shared"
ID = "https://w3id.org/kenesh/id/"


def _record(source: str, lang: str, city: str, date: str, proposals: list[str], by: list[str | None]) -> dict:
    people = sorted({b for b in by if b})
    return {"source": source, "lang": lang,
            "event": {"title": f"Round table in {city}", "topic": None, "date": date, "city": city, "venue": None,
                      "organizers": []},
            "moderators": [], "speakers": [{"name": n, "post": None, "org": None} for n in people],
            "presentations": [], "issues_raised": [], "proposals": proposals, "proposals_by": by,
            "participants": {"total": None, "women": None, "men": None}, "regions": []}


RECORDS = [
    _record("osh_ru.txt", "ru", "Ош", "2024-04-18",
            ["открыть центры реинтеграции для вернувшихся трудовых мигрантов в каждой области",
             "Комиссия за перевод из любой страны не должна превышать одного процента",
             "проведение анализа по внутренней и внешней миграции"],
            ["Талант Асанбеков", None, None]),
    _record("batken_ky.txt", "ky", "Баткен", "2024-11-14",
            ["Ар бир облуста кайтып келген мигранттар үчүн реинтеграция борборлорун ачуу керек",
             "Акча которууларга алынуучу комиссия бир пайыздан ашпашы керек"],
            ["Айгүл Бекова", None]),
    _record("tashkent_en.txt", "en", "Tashkent", "2025-05-15",
            ["Open reintegration centres for returning migrants in every region",
             "set up a single authorised body for external labour migration"],
            ["Talant Asanbekov", None]),
]


@pytest.fixture()
def store() -> GraphStore:
    st = GraphStore()
    for record in RECORDS:
        st.replace_graph(record_to_graph(record))
    return st


def test_graph_follows_the_model(store: GraphStore) -> None:
    g = build_recurrence(store)
    assert g.identifier == RECURRENCE_GRAPH
    links = sorted(g.subjects(RDF.type, KN.ProposalLink))
    themes = sorted(g.subjects(RDF.type, KN.RecurringTheme))
    assert len(links) == 4 and len(themes) == 2  # reintegration centres: 3 pairwise links; fee cap: 1
    for link in links:
        assert str(link).startswith(ID + "link/")
        assert len(set(g.objects(link, KN.linkedProposal))) == 2
        (score,) = g.objects(link, KN.score)
        assert str(score.datatype) == "http://www.w3.org/2001/XMLSchema#decimal" and 0 < float(score) <= 1
        (reason,) = g.objects(link, KN.reason)
        assert str(reason).startswith("shared key terms: ")
    for theme in themes:
        assert str(theme).startswith(ID + "theme/")
        assert any(l.language == "en" for l in g.objects(theme, SKOS.prefLabel))
        assert len(set(g.objects(theme, KN.themeMember))) >= 2
    subjects = set(g.objects(None, DCTERMS.subject))
    assert subjects and all(str(s).startswith(SCHEME) for s in subjects)
    assert URIRef(SCHEME + "returnees-reintegration") in subjects
    # the graph is in the store, in its own named graph
    assert str(RECURRENCE_GRAPH) in store.graphs()


def test_rebuild_gives_the_same_graph(store: GraphStore) -> None:
    first = build_recurrence(store).serialize(format="nt", encoding="utf-8")
    again = build_recurrence(store).serialize(format="nt", encoding="utf-8")
    assert sorted(first.splitlines()) == sorted(again.splitlines())
    assert len(store.graphs()) == len(RECORDS) + 1


def test_theme_iri_and_labels(store: GraphStore) -> None:
    g = build_recurrence(store)
    theme = URIRef(ID + "theme/batken_ky.txt-1")  # the smallest member IRI names the theme
    assert (theme, RDF.type, KN.RecurringTheme) in g
    labels = {l.language: str(l) for l in g.objects(theme, SKOS.prefLabel)}
    assert labels["en"] == "Open reintegration centres for returning migrants in every region"
    assert set(labels) == {"en", "ru", "ky"}
    fee = {l.language: str(l) for l in g.objects(URIRef(ID + "theme/batken_ky.txt-2"), SKOS.prefLabel)}
    assert fee["en"] == "exceed, percent, commission, remittance"  # no English member: shared key terms


def test_recurring_proposals_query(store: GraphStore) -> None:
    build_recurrence(store)
    rows = recurring_rows(store)
    assert {r["text"] for r in rows} >= {"Open reintegration centres for returning migrants in every region",
                                         "Акча которууларга алынуучу комиссия бир пайыздан ашпашы керек"}
    assert set(rows[0]) >= {"cluster", "label", "proposal", "text", "lang", "event", "date", "city", "source"}
    assert not any("анализа" in r["text"] for r in rows)
    centres = [r for r in rows if r["cluster"].endswith("theme/batken_ky.txt-1")]
    assert sorted(r["lang"] for r in centres) == ["en", "ky", "ru"]
    assert sorted(r["city"] for r in centres) == ["Tashkent", "Баткен", "Ош"]
    assert len(recurring_rows(store, language="en")) == 1
    assert {r["cluster"] for r in recurring_rows(store, contains="комисси")} == {ID + "theme/batken_ky.txt-2"}


def test_recurring_query_names_every_graph(store: GraphStore) -> None:
    """The query gives the same rows when the default graph is not the union of the named graphs."""
    build_recurrence(store)
    text = load_query("recurring_proposals").text
    union = run_query(text, store=store).rows
    plain = list(store.raw.query(text, use_default_graph_as_union=False))
    assert len(plain) == len(union) > 0


def test_recurring_summary(store: GraphStore) -> None:
    build_recurrence(store)
    themes = recurring(store)
    top = themes[0]
    assert top["events"] == 3 and top["documents"] == 3
    assert top["first_seen"] == "2024-04-18" and top["last_seen"] == "2025-05-15"
    assert top["languages"] == "en; ky; ru"
    assert "Талант Асанбеков" in top["proposed_by"] and "Talant Asanbekov" in top["proposed_by"]


def test_cli_prints_the_recurring_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "store"
    with GraphStore(folder) as st:
        for record in RECORDS:
            st.replace_graph(record_to_graph(record))
        build_recurrence(st)
    parser = argparse.ArgumentParser(prog="kenesh")
    add_parser(parser.add_subparsers(dest="command"))
    assert run(parser.parse_args(["proposals", "--recurring", "--store", str(folder)])) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:5] == ["theme", "events", "documents", "first_seen", "last_seen"]
    assert "Open reintegration centres" in out and "(2 rows)" in out
    assert run(parser.parse_args(["proposals", "--recurring", "--store", str(folder), "--format", "json"])) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["events"] == 3 and data[0]["iri"].startswith(ID + "theme/")
    assert run(parser.parse_args(["proposals", "--store", str(folder), "--format", "csv"])) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1 + sum(len(r["proposals"]) for r in RECORDS)


def test_seed_osh_report_and_its_translation_link_pairwise() -> None:
    gold = SHARED / "gold"
    files = sorted(gold.glob("000_*.json")) + sorted(gold.glob("001_*.json"))
    if len(files) != 2:
        pytest.skip("../shared/gold (seeds 000 and 001) not present")
    ru, en = (json.loads(f.read_text(encoding="utf-8")) for f in files)
    st = GraphStore()
    for record in (ru, en):
        st.replace_graph(record_to_graph(record))
    g = build_recurrence(st)
    pairs = set()
    for link in g.subjects(RDF.type, KN.ProposalLink):
        a, b = sorted(str(p) for p in g.objects(link, KN.linkedProposal))
        pairs.add((a.rsplit("/", 1)[1], b.rsplit("/", 1)[1]))
    n = len(ru["proposals"])
    assert n == len(en["proposals"]) == 4
    assert pairs == {(str(i), str(i)) for i in range(1, n + 1)}, pairs
