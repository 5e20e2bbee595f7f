"""The command line, end to end: exit codes 0/1/2, one-line errors, the done-when checks of the core issue."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import variant
from kenesh.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_build_shared_gold_then_validate_and_query(tmp_path, capsys, shared_gold) -> None:
    store = str(tmp_path / "store")
    code, _, err = run(capsys, "build", str(shared_gold), "--store", store)
    assert code == 0, err
    code, out, err = run(capsys, "validate", "--store", store)
    assert code == 0, out + err
    code, out, _ = run(capsys, "query", "who_spoke_where", "--store", store, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == sum(
        len(r["moderators"]) + len(r["speakers"])
        for r in (json.loads(p.read_text(encoding="utf-8")) for p in shared_gold.glob("*.json")))
    assert {"person", "name", "role", "post", "org", "event", "date", "city", "source"} <= set(rows[0])


@pytest.mark.parametrize("change, shape, focus", [
    ({"participants": {"total": -5, "women": None, "men": None}}, "knsh:EventShape", "/event/"),
    ({"speakers": [{"name": "", "post": "expert", "org": None}]}, "knsh:PersonShape", "/person/"),
    ({"speakers": [{"name": "Bektur Osmonaliev", "post": None, "org": None, "role": "chairman"}]},
     "knsh:ParticipationShape", "/participation/"),
])
def test_bad_records_make_validate_exit_1_naming_focus_and_shape(tmp_path, capsys, small_record, change, shape,
                                                                focus) -> None:
    store = str(tmp_path / "store")
    record = variant(small_record, **change)
    record["proposals_by"] = []
    record["presentations"] = []
    write(tmp_path / "bad.json", record)
    code, _, _ = run(capsys, "build", str(tmp_path / "bad.json"), "--store", store)
    assert code == 1  # stored, but flagged
    code, out, _ = run(capsys, "validate", "--store", store)
    assert code == 1
    lines = [line for line in out.splitlines() if shape in line]
    assert lines and any(focus in line for line in lines), out
    code, out, _ = run(capsys, "validate", "--store", store, "--format", "json")
    assert code == 1 and any(shape in json.dumps(r) for r in json.loads(out))


def test_validate_a_file(tmp_path, capsys, small_record) -> None:
    write(tmp_path / "ok.json", small_record)
    assert run(capsys, "validate", str(tmp_path / "ok.json"))[0] == 0
    (tmp_path / "bad.ttl").write_text("@prefix x: <http://x/> . x:a x:b ", encoding="utf-8")
    code, _, err = run(capsys, "validate", str(tmp_path / "bad.ttl"))
    assert code == 2 and err.count("\n") == 1 and "malformed turtle" in err


def test_usage_and_input_errors_exit_2_with_one_line(tmp_path, capsys, small_record) -> None:
    store = str(tmp_path / "store")
    write(tmp_path / "ok.json", small_record)
    assert run(capsys, "build", str(tmp_path / "ok.json"), "--store", store)[0] == 0
    bad_rq = tmp_path / "bad.rq"
    bad_rq.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    cases = [
        ("query", str(bad_rq), "--store", store),
        ("query", "no_such_query", "--store", store),
        ("query", "person_timeline", "--store", store),
        ("query", "who_spoke_where", "--store", store, "--param", "nonsense"),
        ("query", "events", "--store", str(tmp_path / "nowhere")),
        ("build", str(tmp_path / "missing.json"), "--store", str(tmp_path / "s2")),
        ("eval", str(tmp_path / "nope"), str(tmp_path)),
    ]
    for args in cases:
        code, _, err = run(capsys, *args)
        assert code == 2, args
        lines = err.splitlines()
        # one line per problem (build adds its one-line summary)
        assert lines and all(line.startswith("kenesh: ") for line in lines), (args, err)
        assert len(lines) == (2 if args[0] == "build" else 1), (args, err)


def test_query_formats_and_parameters(tmp_path, capsys, small_record) -> None:
    store = str(tmp_path / "store")
    write(tmp_path / "a.json", small_record)
    write(tmp_path / "b.json", variant(small_record, source="b.txt", lang="ru", moderators=[],
                                       speakers=[{"name": "Бектур Осмоналиев", "post": "эксперт", "org": None}],
                                       proposals=[], proposals_by=[], presentations=[]))
    assert run(capsys, "build", str(tmp_path), "--store", store)[0] == 0
    code, out, _ = run(capsys, "query", "person_timeline", "--store", store, "--param", "who=осмоналиев",
                       "--format", "csv")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 3  # header + one row per source: Latin and Cyrillic spellings, one person
    assert len({line.split(",")[0] for line in lines[1:]}) == 1
    code, out, _ = run(capsys, "query", "who_spoke_where", "--store", store, "--param", "as_role=moderator",
                       "--format", "tsv")
    assert out.strip().splitlines()[1].split("\t")[1] == "Aizada Nurgazieva"
    # same day, same city, the same person and head-count: the two documents report one event
    code, out, _ = run(capsys, "query", "events", "--store", store, "--format", "json")
    events = json.loads(out)
    assert len(events) == 1 and events[0]["sources"] == 2 and set(events[0]["languages"].split(",")) == {"en", "ru"}
    assert events[0]["type"].lower() == "round table"


def test_stats_and_queries_list(tmp_path, capsys, small_record) -> None:
    store = str(tmp_path / "store")
    write(tmp_path / "a.json", small_record)
    run(capsys, "build", str(tmp_path / "a.json"), "--store", store)
    code, out, _ = run(capsys, "stats", "--store", store, "--format", "json")
    data = json.loads(out)
    counts = {row["class"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]: row["count"] for row in data["classes"]}
    assert code == 0 and counts["Participation"] == 2 and counts["Person"] == 2 and counts["Event"] == 1
    assert data["languages"] == [{"language": "en", "documents": 1}]
    code, out, _ = run(capsys, "queries")
    assert "person_timeline" in out and "--param who=" in out


def test_console_script_runs(tmp_path) -> None:
    exe = Path(sys.executable).with_name("kenesh")
    proc = subprocess.run([str(exe), "query", "events", "--store", str(tmp_path / "none")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stderr.startswith("kenesh: no Kenesh store")


def test_remove_drops_a_document_and_what_only_it_said(tmp_path, capsys, small_record) -> None:
    store = str(tmp_path / "store")
    write(tmp_path / "a.json", small_record)
    write(tmp_path / "b.json", variant(small_record, source="b.txt", lang="ru", moderators=[],
                                       speakers=[{"name": "Осмоналиев Бектур", "post": "эксперт", "org": None}],
                                       proposals=[], proposals_by=[], presentations=[]))
    assert run(capsys, "build", str(tmp_path), "--store", store)[0] == 0
    assert run(capsys, "remove", "talas_round_table.txt", "--store", store)[0] == 0
    code, out, _ = run(capsys, "query", "who_spoke_where", "--store", store, "--format", "json")
    rows = json.loads(out)
    assert [r["name"] for r in rows] == ["Осмоналиев Бектур"]
    code, out, _ = run(capsys, "query", "identity_lookup", "--param", "text=Nurgazieva", "--store", store,
                       "--format", "json")
    assert json.loads(out) == []  # the identity graph forgot the removed document's moderator
    code, _, err = run(capsys, "remove", "nothing.txt", "--store", store)
    assert code == 2 and "not in the store" in err
