"""Reading and checking extraction records (data/record.schema.json).

A record is what one report says about one event. Records arrive from `kenesh extract`, from hand-corrected files
(.json holding one record or a list, .jsonl holding one per line) and from partners. The structural check here is
deliberately lenient about *values* (a negative head-count, a malformed date, an unknown language) because those are
facts about the data that SHACL reports with the focus node and shape; it is strict about *shape* (missing keys,
wrong types), which would make the RDF meaningless.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from kenesh import paths
from kenesh.errors import InputError

RECORD_SUFFIXES = frozenset({".json", ".jsonl"})
# Value constraints left to SHACL, so that `kenesh validate` can name the focus node and shape.
_LEFT_TO_SHACL = frozenset({"minimum", "pattern", "enum"})


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    """The record schema without its value constraints (those are SHACL's to report)."""
    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in _LEFT_TO_SHACL}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    schema = strip(json.loads(paths.RECORD_SCHEMA.read_text(encoding="utf-8")))
    return Draft202012Validator(schema)


def check_record(record: Any, where: str = "record") -> dict[str, Any]:
    """Return the record if its structure follows the schema, else raise InputError naming the first problem."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: a record must be a JSON object, got {type(record).__name__}")
    validator = _validator()
    if validator.is_valid(record):
        return record
    errors = list(validator.iter_errors(record))
    if errors:
        err = min(errors, key=lambda e: list(e.absolute_path))
        loc = "/".join(str(p) for p in err.absolute_path) or "(top)"
        raise InputError(f"{where}: malformed record at {loc}: {err.message}")
    return record


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the records of a .json (one record or a list) or .jsonl file, checked."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: record files must be UTF-8 JSON") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not raw.strip():
        raise InputError(f"{path}: empty record file")
    if path.suffix.lower() == ".jsonl":
        for n, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                yield check_record(_parse(line, f"{path}:{n}"), f"{path}:{n}")
        return
    data = _parse(raw, str(path))
    items = data if isinstance(data, list) else [data]
    for n, item in enumerate(items):
        yield check_record(item, str(path) if len(items) == 1 else f"{path}[{n}]")


def _parse(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None


__all__ = ["RECORD_SUFFIXES", "check_record", "read_records"]
