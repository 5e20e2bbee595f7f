"""Places: cities (gazetteer + "X айылында" / "village of X"), regions (by pattern: "Ошской области",
"Кара-Суу районуна", "Batken region", coordinated phrases kept as one span; macro-regions from the gazetteer) and
countries (kept apart: countries are not regions).

Regions are found by their shape, not only by the gazetteer, so districts and oblasts of other countries of the region
("Согдийской области", "Sughd region") work without a lexicon entry; cities need the gazetteer (or a settlement word
next to them), because a capitalised word alone does not say it is a city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kenesh.extract import lexicon


@dataclass
class Place:
    text: str
    start: int
    end: int
    kind: str  # city | village | region | macro | country
    name: str  # base form in the document's language


_RU_END = "(?:а|у|е|ом|ой|ою|ы|и|я|ю|ем|ей)?"
_KY_END = ("(?:да|де|та|те|до|дө|то|тө|дагы|деги|тагы|теги|догу|дөгү|тогу|төгү|га|ге|ка|ке|го|гө|ко|кө|нын|нин|нун|"
           "нүн|дын|дин|дун|дүн|тын|тин|тун|түн|дан|ден|тан|тен|дон|дөн|тон|төн|нан|нен|ны|ни|ну|нү|ды|ди|ду|дү|"
           "ты|ти|ту|тү|на|не|ыа|сы|су)?")
_REGION_WORD = r"(?:област\w*|район\w*|регион\w*|облус\w*|аймаг\w*|region\b|regions\b|oblast\b|province\b|district\b)"
_NOT_REGION_ADJ = re.compile(r"(?:облустук|райондук|аймактык|regional)", re.I)

_RU_ADJ = r"[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]*)?(?:ск|цк)(?:ая|ой|ую|ом|ого|ий|их|им|ими|ие)"
_REGION_RU = re.compile(rf"(?<![\w-])(?:{_RU_ADJ}\s*(?:,\s*|\s+и\s+))*{_RU_ADJ}\s+(?:област(?!н)\w*|район(?!н)\w*)")
_KY_NAME = r"[А-ЯӨҮҢЁ][\wөүң]*(?:-[А-ЯӨҮҢЁ][\wөүң]*)?"
_REGION_KY = re.compile(rf"(?<![\w-])(?:{_KY_NAME}\s+жана\s+)*{_KY_NAME}\s+(?:облус|район|аймаг)[\wөүң]*")
_REGION_EN = re.compile(r"(?<![\w'-])(?:[A-Z][\w]*(?:-[A-Z][\w]*)?(?:,\s+|\s+and\s+))*([A-Z][\w]*(?:-[A-Z][\w]*)?)\s+"
                        r"(?:region|oblast|province|district|velayat|welayat|viloyat|Region|Oblast|Province|District|"
                        r"Velayat|Welayat|Viloyat)s?(?![\w-])")
_EN_NOT_NAME = frozenset({"the", "south", "north", "east", "west", "central", "southern", "northern", "eastern",
                          "western", "each", "every", "this", "that", "whole", "entire", "our", "their", "its", "border",
                          "same", "one", "a", "an"})
_VILLAGE = re.compile(r"(?:(?<![\w-])([А-ЯӨҮҢЁ][\wөүң-]+)\s+(?:айылында|айылы|шаарында|шаары|шаарчасында|кыштагында)"
                      r"(?![\w])|(?:в\s+)?(?:с\.|село|селе|пос\.|посёлке|поселке|г\.|городе)\s*([А-ЯЁ][\w-]+)|"
                      r"(?:the\s+)?(?:village|town|city)\s+of\s+([A-Z][\w-]+)|([A-Z][\w-]+)\s+city\b)")


def _loose(name: str) -> str:
    """Regex for a multi-word Russian name in any case ("Центральная Азия" -> "Центральной Азии")."""
    parts = []
    for w in name.split():
        parts.append(re.escape(w[:-2]) + r"\w{0,4}" if len(w) > 4 else re.escape(w) + r"\w{0,3}")
    return r"\s+".join(parts)


@cache
def _city_regex(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    alts = []
    base: dict[str, str] = {}
    for row in lexicon.places():
        if row["kind"] != "city":
            continue
        names = row["names"]  # type: ignore[index]
        canon = names[lang][0] if lang in names else names["ru"][0]  # type: ignore[index]
        for lg in ("ru", "ky", "en"):
            for n in names[lg]:  # type: ignore[index]
                base[n.lower()] = canon
                if lg == "en":
                    alts.append(re.escape(n) + r"(?:['’]s)?")
                elif n.endswith(("а", "я")):
                    alts.append(re.escape(n[:-1]) + r"(?:а|ы|е|у|ой|ою|и|я|ю|ей|" + _KY_END[3:-2] + r")?")
                    alts.append(re.escape(n) + _KY_END)
                else:
                    alts.append(re.escape(n) + r"(?:" + _RU_END[3:-2] + "|" + _KY_END[3:-2] + r")?")
    alts.sort(key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(" + "|".join(alts) + r")(?![\w-])", re.I)
    return rx, base


def _canonical_city(surface: str, lang: str) -> str:
    _, base = _city_regex(lang)
    s = re.sub(r"['’]s$", "", surface)
    low = s.lower()
    for n in sorted(base, key=len, reverse=True):
        if low.startswith(n[:-1] if n.endswith(("а", "я")) and len(n) > 3 else n):
            if low == n or len(low) - len(n) <= 4:
                return base[n]
    return s


def find_cities(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Place]:
    rx, _ = _city_regex(lang)
    end = len(text) if end is None else end
    out = []
    for m in rx.finditer(text, start, end):
        w = m.group(1)
        if not w[:1].isupper():
            continue
        after = text[m.end():m.end() + 30]
        if re.match(r"\s*(?:-|\s)?" + _REGION_WORD, after, re.I) or re.match(r"\s+(?:облустук|райондук|regional|oblast)",
                                                                            after, re.I):
            continue
        if re.match(r"(?:ск|цк)", text[m.end():m.end() + 2]):
            continue
        out.append(Place(w, m.start(1), m.end(1), "city", _canonical_city(w, lang)))
    return out


def find_villages(text: str, start: int = 0, end: int | None = None) -> list[Place]:
    end = len(text) if end is None else end
    out = []
    for m in _VILLAGE.finditer(text, start, end):
        for g in range(1, 5):
            if m.group(g):
                w = m.group(g)
                if w.lower() in ("the", "a"):
                    continue
                out.append(Place(w, m.start(g), m.end(g), "village", w))
                break
    return out


def _macro_regex(lang: str) -> re.Pattern[str]:
    alts = []
    for row in lexicon.places():
        if row["kind"] != "macro":
            continue
        for lg in ("ru", "ky", "en"):
            for n in row["names"][lg]:  # type: ignore[index]
                alts.append(re.escape(n) if lg == "en" else _loose(n))
    return re.compile(r"(?<![\w-])(" + "|".join(alts) + r")(?![\w-])", re.I)


def find_regions(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Sub-national regions and macro-regions, coordinated phrases as one span, in text order."""
    end = len(text) if end is None else end
    out: list[Place] = []
    if lang == "ru" or lang == "ky":
        for rx in (_REGION_RU, _REGION_KY):
            for m in rx.finditer(text, start, end):
                if _NOT_REGION_ADJ.search(m.group(0).split()[-1]):
                    continue
                first = m.group(0).split()[0]
                if rx is _REGION_KY and first.lower() in _KY_NOT_NAME:
                    continue
                if rx is _REGION_KY and _looks_like_person(first, lang):
                    continue
                if _in_quoted_name(text, m.start()):
                    continue
                out.append(Place(m.group(0), m.start(), m.end(), "region", _region_name(m.group(0))))
    if lang == "en":
        for m in _REGION_EN.finditer(text, start, end):
            if m.group(1).lower() in _EN_NOT_NAME:
                continue
            if re.match(r"\s+(?:police|office|officers?|officials?|council|administration|authorit\w*|court|hospital|"
                        r"cent(?:re|er)|department|level|akim|governor|head|branch|prosecutor|election|budget)\b",
                        text[m.end():m.end() + 16], re.I):
                continue  # "district police officers": an attribute, not a place
            a = m.start()
            while "," in text[a:m.end()] and re.search(r"(?i)\b(?:region|district|oblast|province)\s*$", m.group(0)) and \
                    not re.search(r"\band\b", text[a:m.end()]):
                head = text[a:text.index(",", a)]
                if not find_cities(head, lang):
                    break
                # "Cholpon-Ata, Issyk-Kul region": a town, then its region
                a = text.index(",", a) + 1
                while text[a] == " ":
                    a += 1
            out.append(Place(text[a:m.end()], a, m.end(), "region", text[a:m.end()]))
    for m in _macro_regex(lang).finditer(text, start, end):
        if not m.group(0)[:1].isupper():
            continue
        if lang == "en" and re.match(r"(?:n|an)\b", text[m.end():m.end() + 3]):
            continue
        if _in_quoted_name(text, m.start()):
            continue
        out.append(Place(m.group(0), m.start(), m.end(), "macro", m.group(0)))
    # "southern regions", "северные и восточные регионы", "түштүк аймактар": macro-regions by compass direction
    for m in _COMPASS_REGIONS.get(lang, _COMPASS_REGIONS["en"]).finditer(text, start, end):
        out.append(Place(m.group(0), m.start(), m.end(), "macro", m.group(0)))
    out.sort(key=lambda p: (p.start, -(p.end - p.start)))
    res: list[Place] = []
    for p in out:
        if res and p.start < res[-1].end:
            continue
        res.append(p)
    return res


_DIR_RU = r"(?:южн|северн|восточн|западн|центральн)(?:ые|ых|ым|ыми)"
_DIR_EN = r"(?:southern|northern|eastern|western|central)"
_DIR_KY = r"(?:түштүк|түндүк|чыгыш|батыш)"
_COMPASS_REGIONS = {
    "ru": re.compile(rf"(?<![\w-]){_DIR_RU}(?:\s*(?:,|и)\s*{_DIR_RU})*\s+(?:регион|област|район)\w*", re.I),
    "en": re.compile(rf"(?<![\w-]){_DIR_EN}(?:\s*(?:,|and)\s*{_DIR_EN})*\s+(?:regions|provinces|districts)\b", re.I),
    "ky": re.compile(rf"(?<![\w-]){_DIR_KY}(?:\s*(?:,|жана)\s*{_DIR_KY})*\s+(?:аймактар|облустар|региондор)\w*", re.I),
}
_KY_NOT_NAME = frozenset({"ал", "ар", "бир", "ошол", "бул", "ушул", "өз", "анын", "башка", "кайсы", "тиги", "ошо"})


def _looks_like_person(word: str, lang: str) -> bool:
    from kenesh.extract.names import word_classes

    return bool({"S", "P"} & word_classes(word, lang)) and word.lower() not in _place_names()


@cache
def _place_names() -> frozenset[str]:
    out = set()
    for row in lexicon.places():
        for names in row["names"].values():  # type: ignore[union-attr]
            out.update(n.split()[0].lower() for n in names)
    return frozenset(out)


def _in_quoted_name(text: str, pos: int) -> bool:
    """Inside «...» that names an organisation or project ('Платформы «Центральная Азия ...»')."""
    left = text[max(0, pos - 120):pos]
    o = left.rfind("«")
    if o == -1 or "»" in left[o:]:
        o = left.rfind('"')
        if o == -1 or left.count('"') % 2 == 0:
            return False
    before = left[:o].split()
    if not before:
        return False
    from kenesh.extract.posts import is_org_head

    if is_org_head(before[-1], "ru") and not before[-1].isupper():
        return True
    # an abbreviation before the quote ('ОФ «...»'), but not a word of an all-caps heading ('ДИАЛОГ «... ВАЛЛИ»')
    after = re.findall(r"[^\W\d_]+", re.split(r"[»\"\n]", text[pos:pos + 60])[0])
    caps_line = bool(after) and all(w.isupper() for w in after[:3])
    return before[-1].upper() == before[-1] and not caps_line


def _region_name(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def region_key(p: Place) -> str:
    """Key to drop repeated mentions of one region ("Ошской области" = "Ошская область")."""
    w = re.findall(r"[\wөүң-]+", p.text.lower())
    head = w[0] if w else p.text.lower()
    head = re.sub(r"(?:ская|ской|скую|ском|ского|ский|ских|цкая|цкой|ого)$", "", head)
    return head[:5] + "/" + (w[-1][:3] if w else "")


@cache
def _country_regex(lang: str) -> re.Pattern[str]:
    alts = []
    for row in lexicon.countries():
        for lg in ("ru", "ky", "en"):
            for n in row["names"][lg]:  # type: ignore[index]
                if lg == "en":
                    alts.append(re.escape(n) + r"(?:['’]s)?(?![\w-])")
                elif " " in n:
                    alts.append(_loose(n) + r"(?![\w-])")
                else:
                    alts.append(re.escape(n) + r"[\wөүң]{0,6}(?![\w-])")
    alts.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")")


def find_countries(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Place]:
    end = len(text) if end is None else end
    out = []
    for m in _country_regex(lang).finditer(text, start, end):
        w = m.group(0)
        if lang == "en" and re.match(r"\s+(?:Republic|Federation)", text[m.end():m.end() + 12]) and \
                not w.endswith(("Republic", "Federation")):
            pass
        out.append(Place(w, m.start(), m.end(), "country", w))
    return out


__all__ = ["Place", "find_cities", "find_villages", "find_regions", "find_countries", "region_key"]
