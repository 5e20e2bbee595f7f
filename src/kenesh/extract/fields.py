"""Event facts: labelled fields of structured reports, datelines and event sentences of news items.

Order of evidence, most explicit first: a labelled field ("Дата и место проведения:", "Иш-чаранын күнү, жери:",
"Date and venue:"), then a dateline ("Бишкек, 12 марта 2024 года.", "BISHKEK, Nov 21 —"), then the first sentence
that says an event took place ("... прошла встреча", "... жолугушуу болду", "met in Almaty"). A page's publication
line is boilerplate and never the event date; a relative date ("кечээ", "yesterday") gives null.
"""

from __future__ import annotations

import re
from functools import cache
from dataclasses import dataclass

from kenesh.extract import lexicon, morph
from kenesh.extract.dates import RELATIVE, Date, find_dates
from kenesh.extract.places import Place, find_cities, find_countries, find_regions, find_villages
from kenesh.extract.segment import Doc

Span = tuple[int, int]
_EVENT_VERB = re.compile(
    r"(?:прош(?:ел|ла|ло|ли)|состоял\w*|провел\w*|пров[её]л|организова\w*|заслушал\w*|собрал\w*|обсудил\w*|"
    r"открыл\w*|стартовал\w*|өттү|өтүп|болду|болуп\s+өттү|уюштурду|талкууланды|өткөрүлдү|ачылды|өткөрдү|карады|"
    r"жолугушту|жолугушушту|талкуулады|талкуулашты|чогулду|"
    r"\bheld\b|took\s+place|\bmet\b|convened|gathered|hosted|organi[sz]ed|brought\s+together|opened|considered|"
    r"carried\s+out|conducted|посетил\w*|побывал\w*)",
    re.I)


@dataclass
class Field:
    name: str
    start: int  # value start (after the label)
    end: int


def labelled(doc: Doc) -> dict[str, Field]:
    """First block per label: the value after "Label:"."""
    out: dict[str, Field] = {}
    for b in doc.blocks:
        if b.label and b.label not in out:
            colon = doc.clean.find(":", b.start, b.end)
            s = colon + 1
            while s < b.end and doc.clean[s] in " \n*":
                s += 1
            out[b.label] = Field(b.label, s, b.end)
    return out


def _body_blocks(doc: Doc) -> list[int]:
    return [i for i, b in enumerate(doc.blocks) if b.label is None]


def dateline(doc: Doc) -> tuple[Place | None, Date | None]:
    """'Бишкек, 12 марта 2024 года.' / 'BISHKEK, Nov 21 —' at the start of one of the first body blocks."""
    for bi in _body_blocks(doc)[:4]:
        b = doc.blocks[bi]
        head = doc.clean[b.start:min(b.end, b.start + 80)]
        ds = find_dates(doc.clean, b.start, min(b.end, b.start + 40))
        if ds and ds[0].start - b.start <= 2:
            rest = doc.clean[ds[0].end:min(b.end, ds[0].end + 40)]
            cm = re.match(r"\s*,\s*([A-ZА-ЯЁӨҮ][\w-]+)", rest)
            cs = ds[0].end + cm.start(1) if cm else 0
            cities = find_cities(doc.clean, doc.lang, cs, cs + len(cm.group(1))) if cm else []
            if cm and (b.end - b.start < 60 or (cities and re.match(r"\s*,\s*[A-ZА-ЯЁӨҮ][\w-]+\s*[—–.,]", rest))):
                city = cities[0] if cities else Place(cm.group(1), cs, cs + len(cm.group(1)), "city", cm.group(1))
                return city, ds[0]
        dm = re.match(r"\s*([A-ZА-ЯЁӨҮ][A-ZА-ЯЁӨҮ-]{2,}(?:\s+[A-ZА-ЯЁӨҮ][A-ZА-ЯЁӨҮ-]+)?)(?:\s*,\s*[A-ZА-ЯЁ][\w-]+)?\s*"
                      r"(?:--|—|–)\s", head)
        if dm:
            # "KHUJAND, Tajikistan -- ...", "OSH — ...": a dateline without a date
            cities = find_cities(doc.clean, doc.lang, b.start, b.start + dm.end(1))
            if cities:
                return cities[0], None
            word = dm.group(1)
            if len(word) > 3 and word.lower() not in _media() and not find_countries(word, doc.lang):
                # "LONDON — ...": a dateline names the place even when the gazetteer lacks it
                return Place(word, b.start + dm.start(1), b.start + dm.end(1), "city", word.title()), None
        m = re.match(r"\s*([A-ZА-ЯЁӨҮ][\w-]+(?:\s+[A-ZА-ЯЁӨҮ][\w-]+)?)(?:\s+(?:шаары|г\.|city))?\s*[,(.]\s*(?:[A-ZА-ЯЁ][a-zа-яё]+(?:\s+[A-ZА-ЯЁ][a-zа-яё]+)?,"
                     r"\s*)?", head)
        if not m:
            continue
        dates = find_dates(doc.clean, b.start + m.end(), min(b.end, b.start + m.end() + 40))
        gap = doc.clean[b.start + m.end():dates[0].start] if dates else ""
        # "Балыкчы. В четверг, 4 декабря, ...": a weekday between the place and the date
        if not dates or (len(gap) > 2 and not re.fullmatch(r"(?i)(?:в|во|on)\s+[\w]+,?\s*", gap)):
            continue
        if m.group(0).rstrip().endswith(".") and not (find_cities(doc.clean, doc.lang, b.start, b.start + m.end()) or
                                                     m.group(1).isupper()):
            continue
        cities = find_cities(doc.clean, doc.lang, b.start, b.start + m.end())
        word = m.group(1)
        if cities:
            city = cities[0]
        elif word.lower() in _media():
            city = None  # "Азаттык, 3-июль.": a media name, not a place
        elif word.isupper() and len(word) > 3 or (doc.lang == "ru" and _is_place_ru(word)) or doc.lang != "ru":
            # "TARAZ, 3 March —", "Кара-Кулжа, 2024-жылдын 11-апрели.": a place the gazetteer lacks, written as
            # datelines write places
            city = Place(word, b.start + m.start(1), b.start + m.end(1), "city", word.title() if word.isupper() else word)
        else:
            city = None
        return city, dates[0]
    return None, None


@cache
def _media() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for row in lexicon.rows("media.txt"))


def _is_place_ru(word: str) -> bool:
    return any("Geox" in p.tag.grammemes for p in morph.parses(word)[:2])


def event_sentences(doc: Doc) -> list[int]:
    """Sentences (headline first) that say an event took place."""
    out = []
    ev = [rx for _, rx in lexicon.event_types()]
    for i, s in enumerate(doc.sentences):
        if doc.blocks[s.block].label is not None:
            continue
        txt = doc.clean[s.start:s.end]
        if re.search(r"(?:следующ\w*\s+(?:заседани|встреч|конференц|форум)|next\s+(?:meeting|session|round)|"
                     r"планируется\s+провести|is\s+planned\s+to|will\s+take\s+place|кийинки\s+\w+)", txt, re.I):
            continue
        if _EVENT_VERB.search(txt) or any(rx.search(txt) for rx in ev):
            out.append(i)
    return out


def event_date(doc: Doc, fields: dict[str, Field]) -> Date | None:
    """The event's date. A day and month without a year take the year of the page's publication line when the page
    has one (the text then gives the year; most gold writers read it so), the year before when the day falls after
    the publication day ("30 December" on a page of 3 January); with no year anywhere they stay `--MM-DD`, as the
    dev README writes it."""
    d = _event_date(doc, fields)
    if d is not None and d.year is None:
        pub = publication_date(doc)
        if pub is not None and pub.year and pub.month:
            later = (d.month or 0, d.day or 0) > (pub.month, pub.day or 31)
            return Date(year=pub.year - 1 if later else pub.year, month=d.month, day=d.day, start=d.start, end=d.end)
    return d


def _event_date(doc: Doc, fields: dict[str, Field]) -> Date | None:
    for key in ("date_place", "date"):
        if key in fields:
            f = fields[key]
            ds = find_dates(doc.clean, f.start, f.end)
            if ds:
                return ds[0]
    _, d = dateline(doc)
    if d is not None:
        lead = _lead_dated(doc, d)
        if lead:
            return lead[1]
        ev = event_sentences(doc)
        first = next((doc.sentences[i] for i in ev if not (doc.headline and doc.sentences[i].start <
                                                           doc.headline[1])), None)
        if first is not None and _YESTERDAY.search(doc.clean[first.start:first.end]):
            return None  # "Bishkek, 19 February – ... held in Bishkek yesterday": a relative date stays null
        return d
    for si in event_sentences(doc)[:4]:
        s = doc.sentences[si]
        ds = find_dates(doc.clean, s.start, s.end)
        if ds:
            return ds[0]
        rel = RELATIVE.search(doc.clean[s.start:s.end])
        if rel:
            # "today" on a page with a publication line: the event is on that day; "yesterday" stays null
            if _TODAY.fullmatch(rel.group(0)):
                return publication_date(doc)
            return None
    return None


def _lead_dated(doc: Doc, d: Date) -> tuple[int, Date] | None:
    """The lead's own date for the event when it differs from the dateline ("BISHKEK, Jan 30 — ... met on January
    28"): then the dateline is the publication line. Returns (sentence index, date)."""
    first_body = next((i for i, x in enumerate(doc.sentences) if x.start >= d.end and doc.blocks[x.block].label is None
                       and not (doc.headline and x.start < doc.headline[1]) and
                       re.match(r"\s*(?:(?:From|On|Since)\s+)?\d{1,2}\b", doc.clean[x.start:x.end])), None)
    order = ([first_body] if first_body is not None else []) + event_sentences(doc)[:2]
    for si in order:
        s = doc.sentences[si]
        if s.start < d.end <= s.end or doc.headline and s.start < doc.headline[1]:
            continue
        ds = [x for x in find_dates(doc.clean, s.start, s.end) if x.start >= d.end]
        if ds and (ds[0].month, ds[0].day) != (d.month, d.day) and not _FUTURE.search(doc.clean[s.start:s.end]):
            return si, ds[0]
    return None


_YESTERDAY = re.compile(r"(?:\bкечээ|\bвчера|\byesterday|\bпозавчера|\bмурдагы\s+күнү)\b", re.I)
_TODAY = re.compile(r"(?:бүгүн|сегодня|today)", re.I)
_FUTURE = re.compile(r"(?:\bwill\b|\bбудет\b|\bпланиру|\bсостоится|\bөтөт\b|\bболот\b|\bнамечен)", re.I)


def publication_date(doc: Doc) -> Date | None:
    """The date of a page's publication line ("14-ноябрь 2024, 10:35 | Көрүүлөр: 412") near the top."""
    limit = min(len(doc.text), 800)
    for m in re.finditer(r"(?m)^.*\d{1,2}:\d{2}.*$", doc.text[:limit]):
        ds = find_dates(doc.text, m.start(), m.end())
        if ds:
            return ds[0]
    # a short source line that ends with a full date ("Press service of the Jogorku Kenesh, 10 December 2025")
    for m in re.finditer(r"(?m)^[^\n]{0,100}$", doc.text[:limit]):
        ds = find_dates(doc.text, m.start(), m.end())
        if ds and ds[-1].year and not doc.text[ds[-1].end:m.end()].strip(" .") and m.end() - m.start() > 12:
            return ds[-1]
    return None


def _first_place(doc: Doc, start: int, end: int, inside_names: bool = True) -> Place | None:
    regions = find_regions(doc.clean, doc.lang, start, end)
    every = [p for p in find_cities(doc.clean, doc.lang, start, end) + find_villages(doc.clean, start, end)
             if not any(r.start <= p.start < r.end for r in regions)]
    cands = [p for p in every if not re.match(r"\s+(?:State\s+|National\s+|Regional\s+|City\s+)?(?:University|"
                                              r"Institute|College|Academy|Hotel|Hospital|Polyclinic|Branch)\b",
                                              doc.clean[p.end:p.end + 40])] or (every if inside_names else [])
    # ("Urgench State University branch, Khiva": a city inside the name of a body gives way to a city of its own)
    if not cands:
        return None
    cands.sort(key=lambda p: (p.start, 0 if p.kind == "city" else 1))
    # prefer a gazetteer city over a settlement pattern at the same place
    return cands[0]


def event_city(doc: Doc, fields: dict[str, Field]) -> Place | None:
    for key in ("date_place", "place"):
        if key in fields:
            f = fields[key]
            p = _first_place(doc, f.start, f.end, inside_names=False)
            if p:
                return p
            # "Venue: Conference hall of ... branch, Khiva": a place the gazetteer lacks, last after a comma
            m = re.search(r",\s*([A-ZА-ЯЁӨҮҢ][\w-]+)\s*[.;]?\s*$", doc.clean[f.start:f.end])
            if m and not re.search(r"(?i)(?:university|hotel|hall|centre|center|office|университет|отел|гостиниц|зал)",
                                   m.group(1)) and not find_countries(m.group(1), doc.lang):
                return Place(m.group(1), f.start + m.start(1), f.start + m.end(1), "city", m.group(1))
    city, d = dateline(doc)
    if city is None and d is None:
        placed = _lead_event_place(doc)
        if placed is not None:
            return placed  # "... hosted a forum in Istaravshan ...", with no dateline
    if city is not None:
        placed = _lead_event_place(doc)
        if placed is not None and placed.name != city.name:
            return placed  # "Jalal-Abad, 3 July. ... took part in a workshop in the village of Suzak"
        lead = _lead_dated(doc, d) if d is not None else None
        if lead:
            # the dateline is the publication line: the place the lead gives for the event, if any
            s = doc.sentences[lead[0]]
            p = _first_place(doc, s.start, s.end)
            if p and p.name != city.name:
                return p
        return city
    if doc.headline is not None and doc.lang != "ky":
        # "В Кулябе молодежи рассказали ...", "... forum in Aktobe": the headline places what the story tells
        for p in find_cities(doc.clean, doc.lang, *doc.headline):
            before = doc.clean[max(doc.headline[0], p.start - 4):p.start]
            if re.search(r"(?i)(?:^|\s)(?:в|во|in)\s+$", before):
                return p
        if doc.lang == "ru":
            p = _geox_ru(doc, *doc.headline)
            if p is not None and re.match(r"\s*(?:[Вв]о?\s+)$", doc.clean[doc.headline[0]:p.start]):
                return p  # "В Кургане мигрантам рассказали ...": a town the gazetteer lacks, opening the headline
    for si in event_sentences(doc)[:5]:
        s = doc.sentences[si]
        p = _first_place(doc, s.start, s.end) or (_geox_ru(doc, s.start, s.end) if doc.lang == "ru" else None)
        if p:
            return p
    return None


_EVENT_IN = {lang: re.compile(rx, re.I) for lang, rx in {
    "en": r"(?:workshop|meeting|forum|round\s*table|roundtable|conference|seminar|training|session|hearing|dialogue|"
          r"consultation|briefing|platform|ceremony|met|gathered|convened|assembled|took\s+place|(?:was|were)\s+held)"
          r"\s+(?:[^\s.;]+\s+){0,12}?(?:in|at)"
          r"(?:\s+the\s+(?:village|town|city|district\s+centre)\s+of)?\s*$",
    "ru": r"(?:(?:встреч\w*|семинар\w*|форум\w*|круглый\s+стол|конференци\w*|заседани\w*|тренинг\w*|слушани\w*|"
          r"диалог\w*)\s+(?:[\w-]+\s+){0,4}?(?:в|во)(?:\s+(?:селе|городе|поселке))?|(?:^|\.\s+|^\s*)[Вв]\s+(?:сел[еу]|"
          r"городе|поселке|районном\s+центре|административном\s+центре|аиле|айыле))\s*$",
}.items()}  # (Kyrgyz names the place after it: _KY_EVENT_PLACE)
_KY_EVENT_PLACE = re.compile(r"\s+(?:шаарында|айылында|шаарчасында|кыштагында)\b", re.I)


def _lead_event_place(doc: Doc) -> Place | None:
    """The place the lead names for the event itself ("a workshop in the village of Suzak", «встреча в Оше»)."""
    rx = _EVENT_IN.get(doc.lang)
    for si in event_sentences(doc)[:2]:
        s = doc.sentences[si]
        if doc.headline and s.start < doc.headline[1]:
            continue
        cands = find_cities(doc.clean, doc.lang, s.start, s.end) + find_villages(doc.clean, s.start, s.end)
        for p in sorted(cands, key=lambda p: p.start):
            if rx is not None and rx.search(doc.clean[max(s.start, p.start - 160):p.start]):
                return p
            if doc.lang == "ky" and _KY_EVENT_PLACE.match(doc.clean, p.end):
                return p  # "... Ансан шаарында ... диалог өткөрдү"
        if doc.lang == "ru":
            m = re.search(r"(?:^|\s)[Вв]\s+(?:сел[еу]|городе|поселке|районном\s+центре|административном\s+центре)\s+"
                          r"([А-ЯЁ][\w-]+)", doc.clean[s.start:s.end])
            if m:
                return Place(m.group(1), s.start + m.start(1), s.start + m.end(1), "village", m.group(1))
        return None
    return None


def _geox_ru(doc: Doc, start: int, end: int) -> Place | None:
    """Russian: "в Кызылорде прошла ..." names a town the gazetteer lacks; pymorphy3 knows it as a place (Geox)."""
    for m in re.finditer(r"(?<![\w-])(?:[Вв]|[Вв]о)\s+([А-ЯЁ][а-яё-]{2,})(?=\s)", doc.clean[start:end]):
        w = m.group(1)
        for p in morph.parses(w):
            gr = p.tag.grammemes
            if "Geox" in gr and "loct" in gr and "Sgtm" in gr or ("Geox" in gr and "loct" in gr and p.score > 0.3):
                if str(p.tag.POS) != "NOUN":
                    continue
                name = p.normal_form
                base = name[:1].upper() + name[1:]

                if find_countries(base, "ru"):
                    break
                return Place(w, start + m.start(1), start + m.end(1), "city", base)
    return None


_VENUE_HEAD = re.compile(r"(?<![\w-])(?:отел\w*|гостиниц\w*|конференц-зал\w*|зал\w*|мейманкана\w*|hotel|hall|room|"
                         r"hukumat|khokimiyat|hokimiyat|akimat|hyakimlik|акимат\w*|хокимият\w*|administration|"
                         r"администраци[ия]|university|hospital|library|museum|theatre|(?:employment|community|"
                         r"resource|training|business)\s+cent(?:re|er)|университет\w*|больниц\w*|библиотек\w*|"
                         r"музе[йяею]\w*|театр\w*|китепкана\w*|эс\s+алуу\s+борбор\w*|санатори\w*|пансионат\w*|"
                         r"резиденци\w*|дом\w*\s+(?:дружбы|правительства))(?![\w-])", re.I)


def event_venue(doc: Doc, fields: dict[str, Field], date: Date | None, city: Place | None) -> Span | None:
    f = fields.get("date_place") or fields.get("place")
    if f is None:
        return _body_venue(doc)
    parts = []
    for m in re.finditer(r"[^,]+", doc.clean[f.start:f.end]):
        parts.append((f.start + m.start(), f.start + m.end()))
    for s, e in parts:
        seg = doc.clean[s:e]
        if not seg.strip():
            continue
        if date and s < date.end and date.start < e:
            continue
        if city and s <= city.start < e and len(seg.split()) <= 3:
            continue
        if find_dates(doc.clean, s, e):
            continue
        s2 = s + len(seg) - len(seg.lstrip())
        e2 = s + len(seg.rstrip().rstrip(".;"))
        m = re.match(r"(?:the|a)\s+", doc.clean[s2:e2], re.I)
        if m:
            s2 += m.end()
        if e2 > s2:
            return (s2, e2)
    return None


def _body_venue(doc: Doc) -> Span | None:
    for si in event_sentences(doc)[:6]:
        s = doc.sentences[si]
        txt = doc.clean[s.start:s.end]
        m = _VENUE_HEAD.search(txt)
        if not m or not _EVENT_VERB.search(txt):
            continue
        if doc.lang == "ky":
            toks = list(re.finditer(r"[\wөүң«»“”\"-]+", txt[:m.end()]))
            k = len(toks) - 1
            while k > 0:
                w = toks[k - 1].group(0)
                if any(rx.fullmatch(w) for _, rx in lexicon.event_types()) or re.search(r"\d", w) or \
                        re.search(r"(?:да|де|та|те|нда|нде|шаарындагы|айылындагы|кыштагындагы)$", w) and \
                        not re.search(r"(?:нын|нин|дын|дин)$", w):
                    break
                k -= 1
            end_rel = m.end()
            while True:  # "театрынын залында", "мейманканасынын конференц-залында": the hall inside the building
                nxt = re.match(r"\s+(?:[\wөүң]+\s+)?([\wөүң-]+)", txt[end_rel:])  # "... жыйындар залында"
                if not (re.search(r"(?:нын|нин|нун|нүн)$", txt[:end_rel]) and nxt and _VENUE_HEAD.fullmatch(nxt.group(1))):
                    break
                end_rel += nxt.end()
            return (s.start + toks[k].start(), s.start + end_rel)
        preps = list(re.finditer(r"(?<![\w-])(?:в|во|на|at|in)\s+", txt[max(0, m.start() - 40):m.start()]))
        if not preps:
            continue
        st = max(0, m.start() - 40) + preps[-1].end()
        gap = txt[st:m.start()].split()
        if len(gap) > 4 or any(w.lower() in ("with", "с", "со", "совместно", "cooperation", "partnership") for w in gap):
            continue  # "in cooperation with the district administration": the head is not the place after "in"
        tail = re.match(r"[^,.;:!?]*", txt[m.start():]).group(0)  # type: ignore[union-attr]
        words = list(re.finditer(r"\S+", tail))
        end_rel = m.start()
        for w in words:
            ww = w.group(0)
            if doc.lang == "ru" and ww[:1].islower() and morph.is_verb_ru(ww.strip("«»\"")):
                break
            if doc.lang == "en" and ww[:1].islower() and (ww in ("was", "were", "is", "on", "to", "for", "brought", "where")
                                                         or ww.endswith("ed")):
                break
            end_rel = m.start() + w.end()
        val = txt[st:end_rel]
        val2 = re.sub(r"^the\s+", "", val)
        st2 = s.start + st + (len(val) - len(val2))
        return (st2, st2 + len(val2.rstrip()))
    return None


def event_title(doc: Doc) -> tuple[Span | None, str | None]:
    """(span, text): the heading when it names an event, else an event phrase from the body."""
    ev = [rx for _, rx in lexicon.event_types()]
    f = labelled(doc).get("title")  # "Название:", "Аталышы:", "Title:"
    if f is not None:
        e = f.end
        while e > f.start and doc.clean[e - 1] in " \n.;":
            e -= 1
        if e > f.start:
            return (f.start, e), re.sub(r"\s+", " ", doc.clean[f.start:e])
    if doc.blocks:
        b = doc.blocks[0]
        head = doc.clean[b.start:b.end]
        if b.label is None and len(head) < 300:
            for rx in ev:
                m = rx.search(head)
                if m and doc.lang == "en" and re.match(r"\s+(?!is\b|was\b|has\b)[a-z]+(?<!s)s\s", head[m.end():]):
                    break  # a news headline with its verb ("Osh forum backs ..."), not the event's title
                if m and (m.start() < 40 or re.search(r"[«“\"]", head)) and \
                        not re.match(r"\s*(?:MP|Депутат|Deputy)\b", head):
                    a, e = b.start + len(head) - len(head.lstrip()), b.start + len(head.rstrip())
                    return _heading_title(doc, a, e)
    for si in event_sentences(doc)[:6]:
        s = doc.sentences[si]
        if doc.headline and s.start < doc.headline[1]:
            continue
        txt = doc.clean[s.start:s.end]
        for rx in ev:
            m = rx.search(txt)
            if not m:
                continue
            if doc.lang == "ky":
                left = txt[:m.start()]
                q = re.search(r"[«“\"][^«»“”\"]+[»”\"](?:\s+\S+){1,2}\s*$", left)  # "«...» деген темада"
                if q:
                    st = q.start()
                else:
                    toks = list(re.finditer(r"\S+", left))
                    k = len(toks)
                    while k > 0 and not re.search(r"\d|[.,:;]|(?:нда|нде|ында|инде)$", toks[k - 1].group(0)) \
                            and len(toks) - k < 10:
                        k -= 1
                    st = toks[k].start() if k < len(toks) else m.start()
                en = m.end()
            else:
                st = m.start()
                pre = list(re.finditer(r"\S+", txt[:m.start()]))
                k = len(pre)
                while k > 0 and (pre[k - 1].group(0)[:1].isupper() or
                                 re.search(r"(?:al|ая|ый|ий|ой|ное|ные)$", pre[k - 1].group(0))) and \
                        pre[k - 1].group(0).lower() not in ("the", "a", "в", "во", "на", "at", "for", "on", "in",
                                                            "during"):
                    if re.search(r"\d|[.,:]", pre[k - 1].group(0)):
                        break
                    k -= 1
                if k < len(pre):
                    st = pre[k].start()
                rest = txt[m.end():]
                if doc.lang == "en":
                    vm = re.search(r"\s+(?:was|were|is|are|will|has|had|took|brought)\b", rest)
                    rest = rest[:vm.start()] if vm else rest
                # up to a comma outside quotes, plus a clause that still describes the event ("..., посвященная
                # ...", "..., работающими на ...")
                cm = re.match(r"(?:«[^«»]*»|“[^“”]*”|[^,.;—«“])*(?:,\s*(?:посвященн|котор(?!\w*\s+(?:прош|состо|пров|организ|held|took))|[а-яё]+(?:ющ|ящ|ащ|ущ)(?:ими|их|им)\b|"
                              r"dedicated|devoted|on\s+the\s+topic)(?:«[^«»]*»|“[^“”]*”|[^,.;—«“])*)?", rest)
                en = m.end() + (cm.end() if cm else 0)
            t = re.sub(r"\s+", " ", txt[st:en]).strip().rstrip(",")
            if len(t.split()) < 2:
                continue
            return None, t[:1].upper() + t[1:]
    if doc.headline:
        s, e = doc.headline
        return (s, e), re.sub(r"\s+", " ", doc.clean[s:e]).strip()
    return None, None


_REPORT_LEAD = re.compile(r"(?:итоги|results\s+of|outcomes?\s+of|summary\s+of|report\s+on(?:\s+the)?)\s+", re.I)
_REPORT_WORD = re.compile(r"\s+(?:summary\s+report|summary|report)\b\s*:?(?=\s|$)", re.I)
_KY_RESULTS = re.compile(r"(?:нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн)\s+жыйынтыктары\s*$")


def _heading_title(doc: Doc, a: int, e: int) -> tuple[Span | None, str]:
    """A heading as the event title, without the words that name the report rather than the event ("Workshop
    report: ...", "Policy Dialogue Summary ...", "ИТОГИ ...", "... жыйынтыктары") and without a trailing dateline."""
    text = doc.clean
    m = _REPORT_LEAD.match(text, a, e)
    if m and m.end() < e:
        a = m.end()
    ds = [d for d in find_dates(text, a, e) if e - d.end <= 2]
    if ds:
        cut = ds[-1].start
        cm = re.search(r"(?:[,.]?\s+[A-ZА-ЯЁ][\w-]+)?\s*,?\s*$", text[a:cut])
        if cm and cut - (a + cm.start()) < 40 and cm.start() > 10:
            e = a + cm.start()
    km = _KY_RESULTS.search(text, a, e)
    if km:
        e = km.start()  # "тегерек үстөлдүн жыйынтыктары" -> "тегерек үстөл"
    tm = _REPORT_WORD.search(text, a, e)
    if tm and tm.end() >= e - 1:
        e = tm.start()
    span: Span | None = (a, e)
    t = text[a:e]
    if tm and tm.end() < e - 1:
        t = text[a:tm.start()] + " " + text[tm.end():e]
        span = None
    t = re.sub(r"\s+", " ", t).strip().rstrip(",:;")
    return span, t


def topic_of(doc: Doc, title: str | None) -> tuple[Span | None, str | None]:
    if not title:
        return None, None
    m = re.search(r"[«“\"]\s*([^«»“”\"]{4,})\s*[»”\"]", title)
    if not m:
        return None, None
    t = m.group(1).strip()
    pos = doc.text.find(t)
    return ((pos, pos + len(t)) if pos >= 0 else None), t


_ORG_SPLIT = re.compile(r"\s*(?:,|;|\s+и\s+|\s+and\s+|\s+with\s+the\s+|\s+with\s+|\s+жана\s+)\s*")


def organizers(doc: Doc, fields: dict[str, Field]) -> list[Span]:
    spans: list[Span] = []
    if "organizers" in fields:
        f = fields["organizers"]
        return _split_orgs(doc, f.start, f.end)
    rxs = [
        re.compile(r"(?:организовали|организовал[аи]?|организатор\w*\s+(?:мероприятия\s+)?выступил[аи]?)\s+(.+?)"
                   r"(?:\s+при\s+поддержке|\.?\s*$)", re.I),
        re.compile(r"(?:organi[sz]ed|hosted)\s+by\s+(?:the\s+)?(.+?)(?:,\s+(?:brought|met|gathered|with)|\.?\s*$)", re.I),
        re.compile(r"^\s*[\w-]+(?:ну|нү|ны|ни|ду|дү|ды|ди|ту|тү|ты|ти)\s+(.+?)\s+уюштур(?:ду|ушту|ган)", re.I),
    ]
    for si, s in enumerate(doc.sentences):
        txt = doc.clean[s.start:s.end]
        for rx in rxs:
            m = rx.search(txt)
            if m:
                a, b = s.start + m.start(1), s.start + m.end(1)
                if rx is rxs[2]:
                    return _split_ky_orgs(doc, a, b)
                return _split_orgs(doc, a, b)
    return spans


def _split_orgs(doc: Doc, a: int, b: int) -> list[Span]:
    out = []
    text = doc.clean[a:b]
    pos = 0
    parts = _ORG_SPLIT.split(text)
    for p in parts:
        k = text.find(p, pos)
        if k < 0:
            continue
        pos = k + len(p)
        q = p.strip().rstrip(".").strip()
        q = re.sub(r"^(?:the)\s+", "", q)
        if len(q) < 3 or q.lower() in ("при", "the"):
            continue
        s = a + text.find(q, k)
        out.append((s, s + len(q)))
    # glue pieces that are continuations ("социального обеспечения и миграции" after "Министерство труда")
    glued: list[Span] = []
    for s, e in out:
        t = doc.clean[s:e]
        if glued and (t[:1].islower() or t.split()[0] in ("Social", "Migration")) and not re.match(
                r"(?:мэри|министерств|ministry)", t, re.I):
            glued[-1] = (glued[-1][0], e)
        else:
            glued.append((s, e))
    return glued


def _split_ky_orgs(doc: Doc, a: int, b: int) -> list[Span]:
    """'X Y менен биргеликте': Y starts at the last capitalised word (or quote) after a word that is not genitive."""
    text = doc.clean[a:b]
    m = re.search(r"\s+менен\s+биргеликте\s*$", text)
    if m:
        text = text[:m.start()]
        words = list(re.finditer(r"\S+", text))
        cut = None
        for k in range(1, len(words)):
            w, prev = words[k].group(0), words[k - 1].group(0)
            if (w[:1].isupper() or w[:1] in "«“\"") and not prev.endswith(",") and \
                    not re.search(r"(?:нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн)$", prev):
                cut = k
        if cut is not None:
            return [(a, a + words[cut - 1].end()), (a + words[cut].start(), a + len(text))]
    return [(a, a + len(text.rstrip()))]


__all__ = ["Field", "labelled", "dateline", "event_date", "event_city", "event_venue", "event_title", "topic_of",
           "organizers", "event_sentences"]
