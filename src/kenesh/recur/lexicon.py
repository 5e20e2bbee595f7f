"""The multilingual key-term dictionary (data/lexicons/proposal-terms.tsv), compiled for matching.

Why a dictionary and not embeddings: nothing may be downloaded at run time, no installed package ships multilingual
sentence embeddings, and a researcher must be able to see why two proposals were linked. Each dictionary concept
("body": орган / мекеме / body, agency) becomes one shared key term across ru, ky and en. Entries are normalised
with the same word forms as texts (kenesh.recur.stem), so they are written once, in dictionary form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kenesh import paths
from kenesh.recur.stem import form as plain_form
from kenesh.recur.stem import ky_chain, stem_ky

LANGS = ("ru", "ky", "en")
STOP, FRAME = "_stop", "_frame"
CLASSES = frozenset({"g", "c", "s", "-"})
_TOKEN = re.compile(r"%|№|[^\W_]+(?:['’][^\W_]+)?(?:-[^\W_]+(?:['’][^\W_]+)?)*")
_KY_PREFIX_MIN = 5
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def path() -> Path:
    return paths.LEXICONS / "proposal-terms.tsv"


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens; hyphenated compounds and digits glued to a suffix ("15тен") are split.

    Splitting compounds makes "чоң ата-чоң энелер" match the dictionary phrases "чоң ата" and "чоң эне"; compounds in
    the dictionary (Джалал-Абад, үй-бүлө) are split the same way and match as phrases.
    """
    text = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    text = _DIGIT_LETTER.sub(" ", text)
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        out.extend(p.replace("’", "'") for p in tok.split("-") if p)
    return out


@dataclass(frozen=True)
class Entry:
    """What a dictionary term stands for: its concept id and frequency class (g, c, s; '-' for stop/frame)."""

    concept: str
    klass: str


class Lexicon:
    """Phrase tables per language, mapping tuples of word forms to concepts, plus labels for explanations."""

    def __init__(self, rows: list[tuple[str, str, dict[str, list[str]]]]) -> None:
        self.ky_vocab: frozenset[str] = frozenset(
            stem_ky(t) for _, _, terms in rows for term in terms.get("ky", []) for t in tokenize(term))
        self.phrases: dict[str, dict[tuple[str, ...], Entry]] = {lang: {} for lang in LANGS}
        self.labels: dict[str, dict[str, str]] = {}
        self.classes: dict[str, str] = {}
        self.conflicts: list[str] = []
        for concept, klass, terms in rows:
            self.classes[concept] = klass
            self.labels[concept] = {lang: ts[0] for lang, ts in terms.items() if ts}
            for lang, ts in terms.items():
                for term in ts:
                    key = tuple(self.form(t, lang) for t in tokenize(term))
                    if not key:
                        continue
                    old = self.phrases[lang].get(key)
                    if old is not None and old.concept != concept:
                        self.conflicts.append(f"{lang} {term!r}: {old.concept} and {concept}")
                        continue
                    self.phrases[lang][key] = Entry(concept, klass)
        self.maxlen = {lang: max((len(k) for k in table), default=1) for lang, table in self.phrases.items()}
        # phrase lengths that start with a given word form, longest first (so matching tries only those)
        starts: dict[str, dict[str, set[int]]] = {lang: {} for lang in LANGS}
        for lang, table in self.phrases.items():
            for k in table:
                starts[lang].setdefault(k[0], set()).add(len(k))
        self.lengths = {lang: {w: tuple(sorted(ns, reverse=True)) for w, ns in d.items()} for lang, d in starts.items()}
        self.ky_prefixes: dict[str, Entry] = {
            k[0]: e for k, e in self.phrases["ky"].items()
            if len(k) == 1 and len(k[0]) >= _KY_PREFIX_MIN and e.concept not in (STOP, FRAME)}

    def form(self, token: str, lang: str) -> str:
        """Word form of a token; a Kyrgyz word takes the longest of its stems that the dictionary knows."""
        if lang == "ky" and not token.isdigit():
            for stem in ky_chain(token):
                if stem in self.ky_vocab:
                    return stem
            return stem_ky(token)
        return plain_form(token, lang)

    def lookup(self, forms: tuple[str, ...], lang: str) -> Entry | None:
        return self.phrases[lang].get(forms)

    def ky_prefix(self, stem: str) -> Entry | None:
        """A Kyrgyz dictionary stem (five letters or more) that begins this word, longest first."""
        for n in range(len(stem) - 1, _KY_PREFIX_MIN - 1, -1):
            entry = self.ky_prefixes.get(stem[:n])
            if entry is not None:
                return entry
        return None

    def label(self, concept: str, lang: str = "en") -> str:
        labels = self.labels.get(concept, {})
        return labels.get(lang) or labels.get("en") or concept


def parse(text: str) -> list[tuple[str, str, dict[str, list[str]]]]:
    """Rows of the TSV: (concept, class, {lang: [terms]}); malformed lines raise ValueError with the line number."""
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) != 5 or cells[1] not in CLASSES:
            raise ValueError(f"proposal-terms.tsv line {n}: want concept, class (g|c|s|-), ru, ky, en")
        concept, klass, *langs = cells
        terms = {lang: [t.strip() for t in cell.split(";") if t.strip()] for lang, cell in zip(LANGS, langs)}
        rows.append((concept.strip(), klass, terms))
    return rows


@cache
def load() -> Lexicon:
    """The dictionary, read and compiled once per process."""
    return Lexicon(parse(path().read_text(encoding="utf-8")))


__all__ = ["Lexicon", "Entry", "load", "parse", "tokenize", "STOP", "FRAME", "LANGS"]
