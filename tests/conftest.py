"""Shared fixtures: paths to the repo's and ../shared's data, and records built from the hand-made small record."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kenesh.records import check_record

TESTS = Path(__file__).parent
SHARED = TESTS.parents[1] / "shared"


@pytest.fixture
def small_record() -> dict:
    """A fresh copy of tests/data/to_rdf/small.json (one round table in Talas, English)."""
    return check_record(json.loads((TESTS / "data" / "to_rdf" / "small.json").read_text(encoding="utf-8")))


@pytest.fixture
def shared_gold() -> Path:
    path = SHARED / "gold"
    if not path.is_dir():
        pytest.skip("../shared/gold not present")
    return path


def variant(record: dict, **changes: object) -> dict:
    """A deep copy of `record` with top-level keys replaced."""
    out = copy.deepcopy(record)
    out.update(changes)
    return out
