"""The notebook API returns plain Python and pandas objects over an in-memory graph."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import variant
from kenesh import Kenesh


def test_build_query_frame_validate_export(tmp_path: Path, small_record: dict) -> None:
    (tmp_path / "a.json").write_text(json.dumps(small_record), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(variant(small_record, source="b.txt", lang="ru", speakers=[
        {"name": "Осмоналиев Бектур", "post": "эксперт", "org": None}], proposals=[], proposals_by=[],
        presentations=[])), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with Kenesh() as kg:
        report = kg.build(tmp_path)
        assert sorted(report.loaded) == ["b.txt", "talas_round_table.txt"] and len(report.failed) == 1
        rows = kg.query("person_timeline", who="Осмоналиев")
        assert isinstance(rows, list) and len(rows) == 2 and len({r["person"] for r in rows}) == 1
        frame = kg.frame("who_spoke_where", as_role="moderator")
        assert set(frame["name"]) == {"Aizada Nurgazieva"} and frame["person"].nunique() == 1  # named in both documents
        assert kg.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/kenesh/ontology#Event> } }")[0]["n"] == 2
        assert kg.validate().conforms
        assert b"@prefix kn:" in kg.export("ttl")
        stats = kg.stats()
        assert {r["language"] for r in stats["languages"]} == {"en", "ru"}
        assert "Bektur Osmonaliev" in kg.explain("Osmonaliev")
        assert isinstance(kg.recurring(), list)
