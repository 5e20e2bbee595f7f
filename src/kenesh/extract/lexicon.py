"""Load the lexicons in data/lexicons/ (one concept per file, '#' lines are comments).

Knowledge a domain expert should review (post words, organisation heads, name morphology, cues, gazetteer) lives in
data files, not in code. Each loader reads its file once per process (functools.cache) and returns immutable data.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kenesh import paths


def _path(name: str) -> Path:
    return paths.LEXICONS / name


def _lines(name: str) -> list[str]:
    out = []
    for line in _path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line.rstrip("\n"))
    return out


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a lexicon file, comments and blank lines left out."""
    return _rows(name)


class WordSet:
    """Exact words and prefixes ("word*"), single- and multi-word entries, matched case-insensitively."""

    def __init__(self, entries: list[str]) -> None:
        self.exact: set[str] = set()
        self.prefixes: list[str] = []
        self.multi: list[tuple[str, ...]] = []
        for e in entries:
            e = e.strip().lower()
            if not e:
                continue
            if " " in e:
                self.multi.append(tuple(e.split()))
            elif e.endswith("*"):
                self.prefixes.append(e[:-1])
            else:
                self.exact.add(e)
        self.prefixes.sort(key=len, reverse=True)
        self.multi.sort(key=len, reverse=True)

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        w = word.lower()
        return w in self.exact or any(w.startswith(p) for p in self.prefixes)

    def match_multi(self, words: list[str], i: int) -> int:
        """Length of the longest entry (multi- or single-word) that starts at words[i]; 0 if none."""
        low = [w.lower() for w in words[i:i + 4]]
        for entry in self.multi:
            n = len(entry)
            if len(low) >= n and all(low[k] == entry[k] or (k == n - 1 and low[k].startswith(entry[k]))
                                     for k in range(n)):
                return n
        return 1 if i < len(words) and words[i] in self else 0


@cache
def wordset(name: str) -> WordSet:
    """A list file (one entry a line, several per line when space-free entries are separated by spaces)."""
    entries: list[str] = []
    for line in _lines(name):
        entries.append(line.strip())
    return WordSet(entries)


@cache
def words(name: str) -> frozenset[str]:
    """A file of space-separated words (several a line), as written."""
    out: set[str] = set()
    for line in _lines(name):
        out.update(line.split())
    return frozenset(out)


@cache
def given_names() -> frozenset[str]:
    return frozenset(w.lower() for w in words("given_names.txt"))


@cache
def given_names_folded() -> frozenset[str]:
    """The given names folded across scripts and transliterations (kenesh.iri.fold_name): "Нурболот", "Nurbolot"
    and "Nurbolot" alike, so the Cyrillic list also reads Latin spellings and the other way round."""
    from kenesh.iri import fold_name

    return frozenset(fold_name(w) for w in given_names())


@cache
def name_morphology() -> dict[str, list[re.Pattern[str]]]:
    out: dict[str, list[re.Pattern[str]]] = {}
    for row in _rows("name_morphology.tsv"):
        kind, _script, pattern = row[0], row[1], row[2]
        out.setdefault(kind, []).append(re.compile(pattern, re.I))
    return out


@cache
def case_endings() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for row in _rows("name_case_endings.tsv"):
        out[row[0]] = tuple(sorted(set(row[1].split()), key=len, reverse=True))
    return out


@cache
def cues(name: str) -> dict[tuple[str, str], re.Pattern[str]]:
    """Patterns of a cue file keyed by (kind, lang); several rows of one key are alternatives."""
    acc: dict[tuple[str, str], list[str]] = {}
    for row in _rows(name):
        acc.setdefault((row[0], row[1]), []).append(row[2])
    right = r"(?![\w-])" if name == "proposal_cues.tsv" else ""  # role cues are stems
    return {k: re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in v) + ")" + right, re.I)
            for k, v in acc.items()}


def cue(name: str, kind: str, lang: str) -> re.Pattern[str] | None:
    return cues(name).get((kind, lang))


@cache
def months() -> list[tuple[str, int]]:
    out = []
    for row in _rows("months.tsv"):
        for stem in row[1].split():
            out.append((stem.lower(), int(row[0])))
    out.sort(key=lambda x: len(x[0]), reverse=True)
    return out


@cache
def field_labels() -> list[tuple[str, re.Pattern[str]]]:
    return [(row[0], re.compile(rf"(?:{row[1]})", re.I)) for row in _rows("field_labels.tsv")]


@cache
def boilerplate() -> list[re.Pattern[str]]:
    return [re.compile(line.strip(), re.I) for line in _lines("boilerplate.txt")]


@cache
def event_types() -> list[tuple[str, re.Pattern[str]]]:
    # a left word boundary: "training" is not found inside "retraining"
    return [(row[0], re.compile(r"(?<![\w-])(?:" + row[1] + ")", re.I)) for row in _rows("event_types.tsv")]


@cache
def places() -> list[dict[str, object]]:
    """Gazetteer rows: {"kind", "names": {lang: [spellings]}}."""
    out = []
    for row in _rows("places.tsv"):
        kind, ru, ky, en = row[0], row[1], row[2], row[3]
        out.append({"kind": kind, "names": {"ru": ru.split("|"), "ky": ky.split("|"), "en": en.split("|")}})
    return out


@cache
def countries() -> list[dict[str, object]]:
    out = []
    for row in _rows("countries.tsv"):
        out.append({"key": row[0], "names": {"ru": row[1].split("|"), "ky": row[2].split("|"),
                                             "en": row[3].split("|")}})
    return out


__all__ = ["WordSet", "wordset", "given_names", "name_morphology", "case_endings", "cues", "cue", "months",
           "field_labels", "boilerplate", "event_types", "places", "countries"]
