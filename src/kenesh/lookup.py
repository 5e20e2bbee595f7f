"""Places and organisations: link a surface form to the gazetteer and the authority file in data/.

    lookup_place("в Ошской области")            -> place/osh-region        (kn:Region, KG-O)
    lookup_place("Баткендеги")                  -> place/batken            (the town)
    lookup_place("Ош")                          -> place/osh               (the city, not the region)
    lookup_org("ГСМ при Правительстве КР")      -> org/state-migration-service-kg
    lookup_org("Жогорку Кеңештин")              -> org/jogorku-kenesh
    lookup_org("мэрия г. Ош")                   -> org/osh-city-hall       (the city hall, not the city)

Matching is by words, not by whole strings. A label or a query is cut into words; each word is reduced to a key:
Russian adjectives to their stem ("Ошской" -> "ошск"), other Russian words to their lemma (pymorphy3), then folded to
the Latin skeleton of `kenesh.iri.fold`, so that Cyrillic and Latin spellings meet ("Джалал-Абад", "Jalal-Abad").
A query word that is not a key of any label loses case endings until it is one (Kyrgyz case and possessive suffixes
"-дагы", "-нын", "-га", "-сы", …, Russian endings): "Баткендеги" -> "баткен", "министрлигинин" -> "министрлиги".
Function words ("в", "г.", "при", "of", "the", "шаары", "жана", …) do not count.

Places compare the words in order plus the kind that the text states (область / облусу / region, район / district,
г. / шаары / city): "Ош" is the city, "Ош облусу" the region. Organisations compare the set of words, after dropping
what may be present or absent ("Кыргызской Республики", "КР", "of the Kyrgyz Republic", "при Правительстве",
legal forms such as "ОО", "Public Foundation"); "X при Y", "Y's X" and "Y алдындагы X" also match when Y is another
name of X's parent ("Общественный совет при Минтруда").

Precision first: a form that fits no entry, or more than one, gives None. The files are read once per process, when
first needed; every lookup is cached.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType

from kenesh.iri import fold
from kenesh.paths import DATA

__all__ = [
    "GAZETTEER",
    "AUTHORITY",
    "Place",
    "Org",
    "Gazetteer",
    "Authority",
    "gazetteer",
    "authority",
    "lookup_place",
    "lookup_places",
    "lookup_org",
    "place_kind_guess",
]

GAZETTEER: Path = DATA / "gazetteer.ttl"
AUTHORITY: Path = DATA / "organisations.ttl"

_KN = "https://w3id.org/kenesh/ontology#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_ORG = "http://www.w3.org/ns/org#"
_SCHEMA = "https://schema.org/"
_DCT = "http://purl.org/dc/terms/"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass(frozen=True)
class Place:
    """A gazetteer entry. `kind` is the local name of its kn: class (Country, Region, District, City)."""

    iri: str
    kind: str
    labels: Mapping[str, str] = field(compare=False, hash=False, repr=False)  # skos:prefLabel by language
    notation: str | None = None  # ISO 3166 code
    parents: tuple[str, ...] = ()  # schema:containedInPlace

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or next(iter(self.labels.values()), self.iri)


@dataclass(frozen=True)
class Org:
    """An authority-file entry. `kind` is the local name of its kn: subclass of org:Organization."""

    iri: str
    kind: str
    labels: Mapping[str, str] = field(compare=False, hash=False, repr=False)  # skos:prefLabel by language
    parents: tuple[str, ...] = ()  # org:subOrganizationOf
    linked: tuple[str, ...] = ()  # org:linkedTo (the body a public council oversees)
    replaces: tuple[str, ...] = ()  # dct:replaces (predecessors)
    scope_note: str | None = field(default=None, compare=False, repr=False)

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or next(iter(self.labels.values()), self.iri)


# ---------------------------------------------------------------------------------------------------------- words

_V = "аеёиоуыэюяөү"
# Kyrgyz case, possessive and plural suffixes (all vowel-harmony variants), and those that follow a vowel only
# (after a possessive: облус-у-нда, министрлиг-и-нин).
_KY_SUFFIXES = (
    "дагы деги догу дөгү тагы теги тогу төгү дан ден дон дөн тан тен тон төн дын дин дун дүн тын тин тун түн "
    "да де до дө та те то тө га ге го гө ка ке ко кө ды ди ду дү ты ти ту тү "
    "лар лер лор лөр дар дер дор дөр тар тер тор төр"
).split()
_KY_AFTER_VOWEL = frozenset(
    "ндагы ндеги ндогу ндөгү нда нде ндо ндө ндан нден ндон ндөн нан нен нон нөн нын нин нун нүн "
    "на не но нө ны ни ну нү сы си су сү".split())
_RU_ENDINGS = ("ами ями ах ях ов ев ей ой ом ем ам ям ую юю ая яя ое ее ые ие ый ий ого его ому ему ым им ых их "
               "ью").split()
_SINGLE = list("аяуюеиыоөү")
_SUFFIX_SET = frozenset(_KY_SUFFIXES) | _KY_AFTER_VOWEL | frozenset(_RU_ENDINGS) | frozenset(_SINGLE)
_LONGEST = max(map(len, _SUFFIX_SET))
# what may follow an abbreviation: "ЭМУнун", "GIZдин", "ЭМУ-га", "АКШнын"
_ABBR_SUFFIXES = frozenset(_KY_SUFFIXES) | _KY_AFTER_VOWEL | {"н", "ын", "ин", "ун", "үн", "ы", "и", "у", "ү"}
_RU_ADJ = re.compile(r"(.+?[сц]к)(ая|яя|ой|ую|ою|ий|ый|ого|ому|им|ом|ое|ые|ие|их|ими|ым|ыми|ей)")
_FEMININE = frozenset({"ая", "ой", "ую", "ою"})
_MASCULINE = frozenset({"ий", "ого", "ому", "ом"})
_KY_LETTERS = re.compile(r"[өүң]")
_CYRILLIC = re.compile(r"[а-яё]")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ABBR_SUFFIX = re.compile(r"([A-ZА-ЯЁӨҮҢ]{2,})([a-zа-яёөүң]{1,6})")
_QUOTES = re.compile(r"[«»“”„\"‘`]")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b|(?<=s)['’](?=\s|$)")


def _morph():
    from kenesh.extract.morph import analyzer

    return analyzer()


@lru_cache(maxsize=1 << 16)
def _lemma(word: str) -> str | None:
    """pymorphy3's lemma of a Russian dictionary word; None for a word pymorphy3 only guesses at."""
    parses = _morph().parse(word)
    return parses[0].normal_form if parses and parses[0].is_known else None


@lru_cache(maxsize=1 << 16)
def _first_keys(word: str, lang: str | None) -> tuple[str, ...]:
    """The keys a word may stand for before suffix stripping, best first. `word` is lower case."""
    m = _RU_ADJ.fullmatch(word) if _CYRILLIC.search(word) else None
    if m and not _KY_LETTERS.search(word):
        return (fold(m.group(1)),)
    keys = []
    if lang != "ky" and _CYRILLIC.search(word) and not _KY_LETTERS.search(word):
        lemma = _lemma(word)
        if lemma:
            m = _RU_ADJ.fullmatch(lemma)
            keys.append(fold(m.group(1)) if m else fold(lemma))
    keys.append(fold(word))
    return tuple(dict.fromkeys(k for k in keys if k))


def _abbr_key(low: str) -> str:
    """Key of an abbreviation: letter by letter, so that doubled letters stay ("ЭЭУ" is not "EU")."""
    return "".join(fold(c) or c for c in low)


def _strip_once(word: str) -> Iterator[str]:
    for n in range(min(_LONGEST, len(word) - 1), 0, -1):
        s = word[-n:]
        if s not in _SUFFIX_SET:
            continue
        stem = word[:-n]
        if len(stem) < 2 or (n == 1 and len(stem) < 3) or stem.endswith("-"):
            continue
        if s in _KY_AFTER_VOWEL and stem[-1] not in _V:
            continue
        yield stem


def _devoice(stem: str) -> str:
    return stem[:-1] + {"г": "к", "б": "п"}[stem[-1]] if stem[-1:] in ("г", "б") else stem


@lru_cache(maxsize=1 << 16)
def _variants(word: str, restore: bool = True) -> tuple[str, ...]:
    """Forms of a Cyrillic word without its case endings, fewest endings removed first.

    With `restore` (query words), also the forms a stripped stem takes in a label: Russian -а/-я/-ь/-й, Kyrgyz final
    devoicing ("министрлиг" -> "министрлик") and the possessive vowel ("министрлик" -> "министрлиги"). Without it
    (label words), at most one single-vowel ending goes: "комитети" -> "комитет", but not "Киргизия" -> "Киргиз".
    """
    seen: dict[str, int] = {}
    frontier = [(word, 0)]
    for depth in (1, 2, 3):
        nxt = []
        for w, singles in frontier:
            for stem in _strip_once(w):
                single = singles + (len(w) - len(stem) == 1)
                if not restore and single > 1:
                    continue
                forms = [stem, _devoice(stem)]
                if restore:
                    forms += [stem + e for e in ("а", "я", "ь", "й", "о")]
                    if stem[-1] not in _V:
                        voiced = stem[:-1] + {"к": "г", "п": "б"}.get(stem[-1], stem[-1])
                        forms += [v + e for v in {stem, voiced} for e in ("ы", "и", "у", "ү")]
                for f in forms:
                    seen.setdefault(f, depth)
                nxt.append((stem, single))
        frontier = nxt
    return tuple(sorted(seen, key=lambda f: (seen[f], -len(f))))


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _QUOTES.sub(" ", text)
    text = _POSSESSIVE.sub("", text)
    return text.replace("'", "").replace("’", "")


@dataclass
class _Word:
    surface: str  # as written (case kept)
    low: str
    hyphen: bool  # joined to the previous word by a hyphen
    cased: bool = False  # an abbreviation written with a Kyrgyz case suffix ("ЭМУнун")
    abbr: bool = False  # an abbreviation ("МОМ", "ГСМ"): upper case in a text that is not all upper case


def _words(text: str) -> list[_Word]:
    """Words of a label or query: hyphenated names split into parts; an abbreviation's Kyrgyz suffix dropped
    ("ЭМУнун", "GIZдин", "ЭМУ-нун" -> "ЭМУ", "GIZ")."""
    out: list[_Word] = []
    headline = text.isupper() and any(len(m.group(0)) > 6 for m in _WORD.finditer(text))  # "ЮГА КЫРГЫЗСТАНА"
    for m in _WORD.finditer(text):
        w = m.group(0)
        hyphen = m.start() > 0 and text[m.start() - 1] == "-"
        a = _ABBR_SUFFIX.fullmatch(w)
        if a and a.group(2).lower() in _ABBR_SUFFIXES:
            out.append(_Word(a.group(1), a.group(1).lower(), hyphen, cased=True, abbr=True))
        elif hyphen and out and out[-1].abbr and w.lower() in _ABBR_SUFFIXES:
            out[-1].cased = True
        else:
            out.append(_Word(w, w.lower(), hyphen, abbr=not headline and len(w) > 1 and w.isupper()))
    return out


class _Vocabulary:
    """The keys of all label words, and the query-side reduction of a word to one of them."""

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self._alias: dict[str, str] = {}
        self._words: list[tuple[str, str | None]] = []

    def add(self, word: _Word, lang: str | None) -> None:
        if word.abbr:
            self.keys.add(_abbr_key(word.low))
        else:
            self._words.append((word.low, lang))
            self.keys.add(_first_keys(word.low, lang)[0])

    def close(self) -> None:
        """Map label words that are inflected forms of other label words to those ("кеңештин" -> "кеңеш")."""
        for low, lang in self._words:
            k = _first_keys(low, lang)[0]
            if k in self._alias or not _CYRILLIC.search(low) or _RU_ADJ.fullmatch(low):
                continue
            for v in _variants(low, restore=False):
                kv = self._key_of(v)
                if kv != k and kv in self.keys:
                    self._alias[k] = kv
                    break
        for k in list(self._alias):  # follow chains to the root (stems only shrink: no cycles)
            seen = {k}
            r = self._alias[k]
            while r in self._alias and r not in seen:
                seen.add(r)
                r = self._alias[r]
            self._alias[k] = r
        self._words = []

    @staticmethod
    def _key_of(form: str) -> str:
        m = _RU_ADJ.fullmatch(form)
        return fold(m.group(1)) if m else fold(form)

    def root(self, key: str) -> str:
        return self._alias.get(key, key)

    @lru_cache(maxsize=1 << 16)  # noqa: B019 - one vocabulary per index, kept for the process
    def resolve(self, low: str, lang: str | None, abbr: bool = False) -> tuple[str, int]:
        """(key, number of endings removed) of a query word; unknown words keep their own key.

        Abbreviations ("МОМ", "ЕККУ") are taken as written: their letters are not endings."""
        if abbr:
            return _abbr_key(low), 0
        first = _first_keys(low, lang)
        for k in first:
            if k in self.keys:
                return self.root(k), 0
        if _CYRILLIC.search(low) or _KY_LETTERS.search(low):
            for v in _variants(low):
                k = self._key_of(v)
                if k in self.keys:
                    return self.root(k), 1
        elif low.isascii() and len(low) > 3 and low.endswith("s") and low[:-1] in self.keys:
            return low[:-1], 1
        return first[0], 0


def _adjective_gender(low: str) -> str | None:
    m = _RU_ADJ.fullmatch(low)
    if not m or _KY_LETTERS.search(low):
        return None
    return "region" if m.group(2) in _FEMININE else "district" if m.group(2) in _MASCULINE else None


# -------------------------------------------------------------------------------------------------------- loading

def _read(path: Path) -> tuple[dict[str, dict[str, list]], dict[str, list[tuple[str, str, str]]]]:
    """IRI -> {predicate local name: [values]}, and IRI -> [(kind of label, lang, text)]."""
    import pyoxigraph

    props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    labels: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for t in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE):
        s, p, o = t.subject.value, t.predicate.value, t.object
        if p in (_SKOS + "prefLabel", _SKOS + "altLabel", _SKOS + "hiddenLabel"):
            labels[s].append((p[len(_SKOS):], getattr(o, "language", None) or "", o.value))
        elif p == _RDF_TYPE and o.value.startswith(_KN):
            props[s]["kind"].append(o.value[len(_KN):])
        else:
            props[s][re.split(r"[#/]", p)[-1]].append(o.value)
    return props, labels


def _pref(labels: list[tuple[str, str, str]]) -> Mapping[str, str]:
    return MappingProxyType({lang: text for kind, lang, text in sorted(labels) if kind == "prefLabel"})


# ---------------------------------------------------------------------------------------------------------- places

_PLACE_TYPES = (
    ("region", re.compile(r"(област|облыс|облус|обл$|регион|аймаг|аймак|вилоят|oblast|oblys|region|province|viloyat|"
                          r"krai|край)")),
    ("district", re.compile(r"(район|raion|rayon|district|tuman|туман|аудан|audan)")),
    ("city", re.compile(r"(г$|гор$|город|шаар(?!дык)|ш$|city|town|посел|посёл|пгт$|village|село$|айыл(?!дык)|кыштак|"
                        r"kishlak)")),
)
_COUNTRY_WORDS = re.compile(r"^(стран[аеыу]|өлкө|country|республик|republic)")
_PLACE_STOP = frozenset("в во на из по до от с со к ко у для при около возле the of in at to from near a an".split())
_AND = frozenset({"и", "and", "жана", "&", "а", "также"})
_KIND_OF_TYPE = {"region": "Region", "district": "District", "city": "City"}


def _place_type(low: str) -> str | None:
    for name, rx in _PLACE_TYPES:
        if rx.match(low):
            return name
    return None


class Gazetteer:
    """The places of data/gazetteer.ttl and an index of their labels by (name words in order, stated kind)."""

    def __init__(self, path: Path = GAZETTEER, hidden: bool = True) -> None:
        props, labels = _read(path)
        self.places: dict[str, Place] = {}
        for iri, ps in props.items():
            if not ps.get("kind"):
                continue
            self.places[iri] = Place(iri=iri, kind=ps["kind"][0], labels=_pref(labels.get(iri, [])),
                                     notation=(ps.get("notation") or [None])[0],
                                     parents=tuple(sorted(ps.get("containedInPlace", []))))
        self.vocab = _Vocabulary()
        entries = [(iri, lang, text) for iri, ls in labels.items() if iri in self.places
                   for kind, lang, text in ls if hidden or kind != "hiddenLabel"]
        for _, lang, text in entries:
            for w in _words(_clean(text)):
                if w.low not in _PLACE_STOP and not _place_type(w.low):
                    self.vocab.add(w, lang)
        self.vocab.close()
        self.index: dict[tuple[str, str | None], set[str]] = defaultdict(set)
        self.joined: dict[tuple[str, str | None], set[str]] = defaultdict(set)
        for iri, lang, text in entries:
            sig = self._signature(text, lang)
            if sig:
                self.index[(" ".join(sig[0]), sig[1])].add(iri)
                self.joined[("".join(sig[0]), sig[1])].add(iri)

    def _signature(self, text: str, lang: str | None) -> tuple[tuple[str, ...], str | None] | None:
        """(keys of the name words in order, kind stated by the text) or None for an empty or coordinated name."""
        names: list[str] = []
        kind = None
        last_low = None
        for w in _words(_clean(text)):
            t = _place_type(w.low)
            if w.low in _AND:
                return None
            if t:
                kind = t
                continue
            if w.low in _PLACE_STOP and not w.surface.isupper():
                continue
            names.append(self.vocab.resolve(w.low, lang, w.abbr)[0])
            last_low = w.low
        if not names:
            return None
        if kind is None and last_low is not None:
            kind = _adjective_gender(last_low)
        return tuple(names), kind

    def _match(self, names: tuple[str, ...], kind: str | None) -> set[str]:
        for table, key in ((self.index, " ".join(names)), (self.joined, "".join(names))):
            if kind:
                found = set(table.get((key, kind), ()))
                found |= {i for i in table.get((key, None), ()) if self.places[i].kind == _KIND_OF_TYPE[kind]}
            else:
                found = set(table.get((key, None), ()))
                if not found:  # the name alone, with the kind not stated: unique among all kinds
                    found = set().union(*(table.get((key, t), set()) for t in _KIND_OF_TYPE))
            if found:
                return found
        return set()

    def ancestors(self, iri: str) -> set[str]:
        out: set[str] = set()
        todo = list(self.places[iri].parents) if iri in self.places else []
        while todo:
            p = todo.pop()
            if p not in out:
                out.add(p)
                if p in self.places:
                    todo.extend(self.places[p].parents)
        return out

    def _country(self, names: tuple[str, ...]) -> str | None:
        found = self._match(names, None)
        if len(found) == 1:
            iri = next(iter(found))
            if self.places[iri].kind == "Country":
                return iri
        return None

    def _lookup_one(self, text: str, lang: str | None) -> str | None:
        sig = self._signature(text, lang)
        if not sig:
            return None
        names, kind = sig
        found = self._match(names, kind)
        if not found:  # a country written next to the name: "Sughd region of Tajikistan", "Тажикстандын Соғд облусу"
            for k in (1, 2):
                splits = ((names[:-k], names[-k:]), (names[k:], names[:k])) if len(names) > k else ()
                for rest, other in splits:
                    country = self._country(other)
                    if country:
                        found = {i for i in self._match(rest, kind) if country in self.ancestors(i)}
                        if found:
                            break
                if found:
                    break
        return next(iter(found)) if len(found) == 1 else None

    @lru_cache(maxsize=1 << 16)  # noqa: B019
    def lookup(self, text: str, lang: str | None = None) -> Place | None:
        text = _clean(text)
        inner = re.findall(r"\(([^()]*)\)", text)
        parts = [p for p in re.split(r"[,;]", re.sub(r"\([^()]*\)", " ", text)) if p.strip()]
        if not parts:
            return None
        iri = self._lookup_one(parts[0], lang)
        if iri is None:
            return None
        for extra in parts[1:] + inner:  # "Kara-Suu district, Osh region", "Fergana (Uzbekistan)": must contain it
            other = self._lookup_one(extra, lang)
            if other is not None and other != iri and other not in self.ancestors(iri):
                return None
        return self.places[iri]

    def lookup_all(self, text: str, lang: str | None = None) -> list[Place]:
        """Every place of a coordinated phrase, the kind word shared: "Чуйской, Ошской и Джалал-Абадской областях"."""
        text = _clean(text)
        parts = [p.strip() for p in re.split(r",|;|\s(?:и|and|жана|&)\s", text) if p.strip()]
        if len(parts) <= 1:
            one = self.lookup(text, lang)
            return [one] if one else []
        tail = [w.surface for w in _words(parts[-1]) if _place_type(w.low)]
        out = []
        for p in parts:
            has_type = any(_place_type(w.low) for w in _words(p))
            found = self.lookup(p if has_type or not tail else p + " " + tail[-1], lang)
            if found and found not in out:
                out.append(found)
        return out


def place_kind_guess(text: str) -> str | None:
    """"country" | "region" | "district" | "city" from the words of a place name, or None.

    For places the gazetteer lacks: "Кадамжайский район" -> "district", "Сокулук айылы" -> "city".
    """
    words = _words(_clean(text))
    for w in reversed(words):
        t = _place_type(w.low)
        if t:
            return t
    for w in words:
        if _COUNTRY_WORDS.match(w.low):
            return "country"
    if words:
        g = _adjective_gender(words[-1].low)
        if g:
            return g
    found = gazetteer().lookup(text)
    return found.kind.lower() if found else None


# --------------------------------------------------------------------------------------------------- organisations

_ORG_STOP = frozenset(
    "и по при для на за с со о об от у к г гор город городской городская городского городском им имени "
    "of the and for at on under to a an by concerning regarding named after city town "
    "жана боюнча алдындагы караштуу менен үчүн атындагы".split())
_IN = frozenset({"в", "во", "in"})
_LEGAL = frozenset("оо оф ою осоо нпо нко ооо оао зао пф ро ngo gmbh llc ojsc".split())
_SHAAR = re.compile(r"^шаар")
_KY_LOC_ATTR = re.compile(r"(дагы|деги|догу|дөгү|тагы|теги|тогу|төгү)$")


def _kg(*words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


# Kyrgyzstan as a qualifier that may be present or absent, and the word "republic" of any country's name;
# checked on keys, longest first.
_KG_QUALIFIERS = (
    _kg("кыргызск", "республика"), _kg("кыргыз", "республика"), _kg("kyrgyz", "republic"),
    _kg("республика", "кыргызстан"), _kg("киргизск", "республика"), _kg("кр"), _kg("kr"), _kg("кыргызстан"), _kg("киргизия"), _kg("пкр"),
    _kg("республика"), _kg("republic"),  # "of the Republic of Tajikistan" = "of Tajikistan"
)
# "при Правительстве", "under the Cabinet of Ministers", "Өкмөтүнө караштуу": the parent every state body shares.
_GOVERNMENT = (_kg("правительство"), _kg("government"), _kg("кабинет", "министр"), _kg("cabinet", "minister"),
               _kg("министр", "кабинет"), _kg("окмот"))
_LEGAL_PHRASES = (
    _kg("общественный", "объединение"), _kg("общественный", "фонд"), _kg("общественный", "организация"),
    _kg("коомдук", "бирикме"), _kg("коомдук", "фонд"), _kg("public", "foundation"), _kg("public", "association"),
    _kg("public", "organisation"), _kg("public", "organization"), _kg("public", "fund"),
)


def _drop_phrases(keys: list[tuple[str, bool]], phrases: tuple[tuple[str, ...], ...]) -> list[tuple[str, bool]]:
    """Remove every occurrence of the phrases (compared without "in:" marks), longest phrases first."""
    plain = [k.removeprefix("in:") for k, _ in keys]
    if not _PHRASE_STARTS.intersection(plain):
        return keys
    out = list(keys)
    for ph in phrases:
        n = len(ph)
        i = 0
        while i + n <= len(out):
            if tuple(k.removeprefix("in:") for k, _ in out[i:i + n]) == ph:
                del out[i:i + n]
            else:
                i += 1
    return out


_DROPPED = tuple(sorted(_KG_QUALIFIERS + _LEGAL_PHRASES, key=len, reverse=True))
_PHRASE_STARTS = frozenset(ph[0] for ph in _DROPPED)


class Authority:
    """The organisations of data/organisations.ttl and an index of their labels by the set of their words."""

    def __init__(self, path: Path = AUTHORITY, hidden: bool = True) -> None:
        props, labels = _read(path)
        self.orgs: dict[str, Org] = {}
        for iri, ps in props.items():
            kinds = [k for k in ps.get("kind", []) if k != "Organization"]
            if not kinds:
                continue
            self.orgs[iri] = Org(iri=iri, kind=kinds[0], labels=_pref(labels.get(iri, [])),
                                 parents=tuple(sorted(ps.get("subOrganizationOf", []))),
                                 linked=tuple(sorted(ps.get("linkedTo", []))),
                                 replaces=tuple(sorted(ps.get("replaces", []))),
                                 scope_note=(ps.get("scopeNote") or [None])[0])
        entries = [(iri, lang, text) for iri, ls in labels.items() if iri in self.orgs
                   for kind, lang, text in ls if hidden or kind != "hiddenLabel"]
        self.vocab = _Vocabulary()
        for _, lang, text in entries:
            for w in _words(_clean(re.sub(r"[()]", " ", text))):
                if w.low not in _ORG_STOP and w.low not in _IN:
                    self.vocab.add(w, lang)
        self.vocab.close()
        self.index: dict[frozenset[str], set[str]] = defaultdict(set)
        self.plain: dict[frozenset[str], set[str]] = defaultdict(set)
        self.bags: dict[str, list[frozenset[str]]] = defaultdict(list)
        self.children: dict[str, set[str]] = defaultdict(set)
        for iri, lang, text in entries:
            for variant in {re.sub(r"\([^()]*\)", " ", text), re.sub(r"[()]", " ", text)}:
                keys = self._keys(variant, lang)
                if keys:
                    self.index[frozenset(k for k, _ in keys)].add(iri)
                    bag = frozenset(k.removeprefix("in:") for k, _ in keys)
                    self.plain[bag].add(iri)
                    self.bags[iri].append(bag)
        for o in self.orgs.values():
            for p in o.parents + o.linked:
                self.children[p].add(o.iri)
        self.words_of = {iri: frozenset().union(*bags) for iri, bags in self.bags.items()}

    def _keys(self, text: str, lang: str | None) -> list[tuple[str, bool]]:
        """Keys of the words that identify an organisation, in order; "in:" marks a location ("МОМ в Казахстане")."""
        words = _words(_clean(text))
        while words and (words[0].low in _ORG_STOP or words[0].low in _IN):
            words = words[1:]
        seq: list[tuple[str, bool, _Word, int]] = []  # key, in-location, word, 1 if inflected
        inside = False
        for i, w in enumerate(words):
            if w.low in _IN:
                inside = True
                continue
            if w.low in ("при", "under", "of", "for", "by", "on", "at"):
                inside = False
            if w.low in _ORG_STOP or _SHAAR.match(w.low) or w.low in _LEGAL:
                seq.append(("", False, w, 0))  # kept as a boundary for the phrase rules below
                continue
            key, _ = self.vocab.resolve(w.low, lang, w.abbr)
            seq.append((key, inside, w, int(key != fold(w.low))))
        # Kyrgyz location: "Россия Федерациясындагы элчилиги" -> the place words before "-дагы" are a location.
        for i, (key, inside, w, depth) in enumerate(seq):
            if key and i < len(seq) - 1 and _KY_LOC_ATTR.search(w.low) and depth:
                seq[i] = (key, True, w, depth)
                j = i - 1
                while j >= 0 and seq[j][0] and not seq[j][3] and not seq[j][2].cased:
                    if not seq[j][2].surface[:1].isupper():
                        break
                    seq[j] = (seq[j][0], True, seq[j][2], 0)
                    j -= 1
        # "при Правительстве …" / "Өкмөтүнө караштуу": drop; the preposition is the boundary word before it.
        lows = [w.low for _, _, w, _ in seq]
        keep = [True] * len(seq)
        for i in range(len(seq)):
            for ph in _GOVERNMENT:
                n = len(ph)
                if tuple(k for k, _, _, _ in seq[i:i + n]) != ph:
                    continue
                before = lows[i - 1] if i else ""
                after = lows[i + n] if i + n < len(lows) else ""
                if before in ("при", "under") or after in ("караштуу", "алдындагы"):
                    for j in range(i, i + n):
                        keep[j] = False
        marked = [(("in:" if inside else "") + key, inside) for (key, inside, _, _), k in zip(seq, keep) if k and key]
        # Kyrgyzstan qualifiers and legal forms: dropped wherever they stand (also as "in:" locations)
        return _drop_phrases(marked, _DROPPED)

    def _unique(self, table: Mapping[frozenset[str], set[str]], bag: frozenset[str]) -> str | None:
        found = table.get(bag, set())
        return next(iter(found)) if len(found) == 1 else None

    def _exact(self, keys: list[tuple[str, bool]]) -> str | None:
        if not keys:
            return None
        bag = frozenset(k for k, _ in keys)
        found = self.index.get(bag)
        if found:
            return next(iter(found)) if len(found) == 1 else None
        return self._unique(self.plain, frozenset(k.removeprefix("in:") for k in bag))

    def _with_parent(self, keys: list[tuple[str, bool]]) -> str | None:
        """"X при Y", "Y's X", "Y алдындагы X": X among Y's sub-organisations, Y written any way the file knows."""
        plain = [k.removeprefix("in:") for k, _ in keys]
        found: set[str] = set()
        for i in range(1, len(plain)):
            for head, par in ((plain[:i], plain[i:]), (plain[i:], plain[:i])):
                parent = self._exact([(k, False) for k in par])
                if parent is None:
                    continue
                head_bag = frozenset(head)
                allowed = self.words_of.get(parent, frozenset()) | head_bag
                for child in self.children.get(parent, ()):
                    if any(head_bag <= bag and bag <= allowed for bag in self.bags[child]):
                        found.add(child)
        return next(iter(found)) if len(found) == 1 else None

    @lru_cache(maxsize=1 << 16)  # noqa: B019
    def lookup(self, text: str, lang: str | None = None) -> Org | None:
        text = _clean(text)
        tries = [re.sub(r"\([^()]*\)", " ", text), re.sub(r"[()]", " ", text)]
        tries += [t for t in re.findall(r"\(([^()]*)\)", text) if t.strip()]
        for t in dict.fromkeys(tries):
            keys = self._keys(t, lang)
            iri = self._exact(keys) or self._with_parent(keys)
            if iri:
                return self.orgs[iri]
        return None


# ------------------------------------------------------------------------------------------------------ public API

@cache
def gazetteer() -> Gazetteer:
    """The gazetteer of data/gazetteer.ttl, read on first use."""
    return Gazetteer()


@cache
def authority() -> Authority:
    """The authority file data/organisations.ttl, read on first use."""
    return Authority()


def lookup_place(text: str, lang: str | None = None) -> Place | None:
    """The gazetteer place a surface form names ("Ошской области", "Баткендеги", "Jalal-Abad region"), or None."""
    return gazetteer().lookup(text, lang)


def lookup_places(text: str, lang: str | None = None) -> list[Place]:
    """The places of a coordinated phrase ("Batken, Naryn and Talas regions"), in order; unknown ones left out."""
    return gazetteer().lookup_all(text, lang)


def lookup_org(text: str, lang: str | None = None) -> Org | None:
    """The authority-file organisation a surface form names ("ГСМ", "Жогорку Кеңештин", "IOM"), or None."""
    return authority().lookup(text, lang)
