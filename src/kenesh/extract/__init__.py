"""Extraction: report text -> record (schema/record.schema.json) with the span of every item.

Pipeline, one module per stage:
    segment   blocks, sentences, tokens; markdown and site boilerplate blanked (offsets kept)
    names     person names (ru / ky / en rules + natasha for Russian), grouped into people with variants
    posts     post, organisation, area and other titles next to each name
    roles     moderator / speaker / only mentioned
    fields    labelled fields, datelines and event sentences: date, city, venue, title, topic, organisers
    dates, counts, places    dates, participant counts, cities / regions / countries
    proposals lists, reported speech and modal predicates, framing verbs removed
    record    the record and its spans
Models (natasha, pymorphy3) load lazily, once per process; lexicons live in data/lexicons/.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from kenesh.errors import InputError


def extract_text(text: str, source: str, lang: str | None = None, sha256: str | None = None) -> dict[str, Any]:
    """Record for one report given as text; `lang` is detected when not given."""
    from kenesh.extract.record import extract_doc
    from kenesh.language import detect

    if not text or not text.strip():
        raise InputError(f"{source}: empty text")
    if lang is None:
        lang = detect(text)
    if lang not in ("ru", "ky", "en"):
        raise InputError(f"{source}: unsupported language '{lang}' (ru, ky or en)")
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract_doc(text, source, lang, sha256)


def extract_file(path: str | Path) -> dict[str, Any]:
    """Read a report file (.txt, .md, .html, .docx, .pdf) and extract its record."""
    from kenesh.read import read

    t = read(path)
    rec = extract_text(t.text, t.source, sha256=t.sha256)
    rec["media_type"] = t.media_type
    return rec


__all__ = ["extract_text", "extract_file"]
