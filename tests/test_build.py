"""Build: one bad document is reported in one line and skipped; everything else lands."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import variant
from kenesh.build import build, iter_inputs
from kenesh.store import GraphStore


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_bad_inputs_are_skipped_and_good_ones_land(tmp_path: Path, small_record: dict) -> None:
    write(tmp_path / "a.json", small_record)
    write(tmp_path / "b.jsonl.json", [variant(small_record, source="b1.txt"), variant(small_record, source="b2.txt")])
    (tmp_path / "c.jsonl").write_text(json.dumps(variant(small_record, source="c.txt")) + "\n\n", encoding="utf-8")
    (tmp_path / "empty.json").write_text("", encoding="utf-8")
    (tmp_path / "binary.json").write_bytes(b"\x00\xff\xfe\x89PNG")
    (tmp_path / "broken.json").write_text('{"source": "x.txt", ', encoding="utf-8")
    write(tmp_path / "wrong.json", variant(small_record, source="w.txt", speakers="nobody"))
    write(tmp_path / "missing.json", {"source": "m.txt"})
    (tmp_path / "README.md").write_text("# about this folder\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")

    lines: list[str] = []
    store = GraphStore()
    report = build([tmp_path], store, warn=lines.append)

    assert sorted(report.loaded) == ["b1.txt", "b2.txt", "c.txt", "talas_round_table.txt"]
    assert {Path(p).name for p, _ in report.failed} == {"empty.json", "binary.json", "broken.json", "wrong.json",
                                                        "missing.json"}
    assert report.exit_code == 2
    skipped = [line for line in lines if line.startswith("kenesh: skipped")]
    assert len(skipped) == 5 and all("\n" not in line for line in skipped)
    assert any("wrong.json: malformed record at speakers" in line for line in lines)
    assert any("broken.json: invalid JSON" in line for line in lines)
    sources = [g for g in store.graphs() if "/source/" in g]
    assert len(sources) == 4


def test_folders_are_walked_in_order_without_readmes(tmp_path: Path) -> None:
    for name in ("b.txt", "a.json", "README.md", "sub/c.md", "sub/d.csv", ".hidden.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])] == ["a.json", "b.txt", "sub/c.md"]


def test_non_conforming_documents_are_stored_and_flagged(tmp_path: Path, small_record: dict) -> None:
    bad = variant(small_record, source="bad.txt", participants={"total": -3, "women": None, "men": None})
    write(tmp_path / "bad.json", bad)
    write(tmp_path / "good.json", small_record)
    store = GraphStore()
    report = build([tmp_path], store, warn=lambda _: None)
    assert sorted(report.loaded) == ["bad.txt", "talas_round_table.txt"]
    assert [s for s, _ in report.invalid] == ["bad.txt"]
    assert report.exit_code == 1


def test_rebuilding_gives_the_same_store(tmp_path: Path, small_record: dict) -> None:
    write(tmp_path / "a.json", small_record)
    stores = [GraphStore(), GraphStore()]
    for s in stores:
        build([tmp_path], s, warn=lambda _: None)
    build([tmp_path], stores[1], warn=lambda _: None)  # loading again changes nothing
    dumps = [sorted(str(q) for q in s.raw) for s in stores]
    assert dumps[0] == dumps[1]


def test_parallel_build_gives_the_same_store(tmp_path: Path, small_record: dict) -> None:
    for i in range(6):
        write(tmp_path / f"r{i}.json", variant(small_record, source=f"r{i}.txt"))
    (tmp_path / "bad.json").write_text("[", encoding="utf-8")
    serial, parallel = GraphStore(), GraphStore()
    a = build([tmp_path], serial, warn=lambda _: None, jobs=1)
    b = build([tmp_path], parallel, warn=lambda _: None, jobs=2)
    assert a.loaded == b.loaded and len(a.failed) == len(b.failed) == 1
    assert sorted(str(q) for q in serial.raw) == sorted(str(q) for q in parallel.raw)


def test_an_unexpected_failure_on_one_document_spares_the_others(tmp_path: Path, small_record: dict,
                                                                  monkeypatch) -> None:
    import kenesh.extract

    def broken(path):  # a bug in extraction, met on one report only
        raise IndexError("list index out of range")

    monkeypatch.setattr(kenesh.extract, "extract_file", broken)
    (tmp_path / "report.txt").write_text("Round table in Osh.", encoding="utf-8")
    write(tmp_path / "a.json", small_record)
    lines: list[str] = []
    report = build([tmp_path], GraphStore(), warn=lines.append)
    assert report.loaded == ["talas_round_table.txt"]
    assert len(report.failed) == 1 and "IndexError" in report.failed[0][1]
    assert any(line.startswith("kenesh: skipped") and "report.txt" in line for line in lines)


def test_a_corpus_of_news_items_builds_into_a_conforming_graph() -> None:
    """The whole pipeline on 123 news items and reports (tests/data/news*): every document lands and the store,
    derived graphs included, conforms to the shapes (this caught two identity decisions minted on one IRI)."""
    from kenesh import paths
    from kenesh.validate import validate

    folders = sorted((paths.HOME / "tests" / "data").glob("news*/reports"))
    store = GraphStore()
    report = build(folders, store, warn=lambda _: None)
    assert len(report.loaded) >= 100 and not report.failed
    result = validate(store.to_dataset())
    assert result.conforms, result
