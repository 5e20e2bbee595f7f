"""Find the post and organisation written next to a person's name.

Three shapes cover the reports: an apposition after the name ("Асанов А., начальник отдела ... Министерства ...",
"X, head of the Centre ..."), a phrase before the name ("председатель общественного совета Айгуль Бекова",
"Deputy Aiperi Junusova", "... жана миграция министрлигинин орун басары Бакыт Нурланов"), and the dash layout of
speaker lists ("заместитель председателя ... — Асанбаев А. Ж."). Russian and English put the post first and the
organisation after it; Kyrgyz puts the organisation first (a genitive chain) and the post last. The split point is an
organisation head word (министерство, служба, кеңеш, Centre, IOM ...); sub-units right after the post head
(департамента ..., кафедрасынын, department) stay in the post. When the only "organisation" is itself a post
("Советник министра ...", "министринин орун басары", "Vice Minister of Labour ...") the whole phrase is the post and
the organisation is null, as in the gold conventions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kenesh.extract import lexicon, morph
from kenesh.extract.segment import Doc, Token
from kenesh.extract.places import find_cities, find_countries

Span = tuple[int, int]

_COUNTRY_ABBR = frozenset({"кр", "рф", "рк", "ру", "kr", "kg", "сша", "кр-нын", "крнын"})
_EN_ARTICLES = frozenset({"a", "an", "the"})
_EN_PREP = frozenset({"of", "at", "with", "from", "in", "under", "for"})
_EN_CLAUSE = frozenset({"that", "said", "says", "who", "which", "told", "is", "was", "were", "are", "has", "have",
                        "had", "will", "would", "spoke", "described", "noted", "asked", "called", "proposed"})
_RU_CLAUSE = frozenset({"что", "который", "которая", "которые", "чтобы", "как", "когда", "где"})
_EN_INNER = frozenset({"of", "the", "for", "and", "on", "&", "region", "district", "city", "oblast", "province",
                       "velayat", "regional", "district's"})
_DASHES = frozenset({"—", "–", "-"})
_TERRITORIAL_POST_RU = re.compile(r"(?:вице-)?(?:мэр|аким|хоким|хаким|градоначальник)\w*$")
# words before a post that never modify it ("including deputy minister X", "its chairman X")
_EN_NOT_MODIFIER = frozenset({"by", "says", "including", "namely", "especially", "as", "like", "its", "their", "his", "her",
                              "our", "also", "both", "then", "now", "former", "later"})
_ADJ_RU = re.compile(r"(?:ого|его|ому|ему|ой|ей|ых|их|ый|ий|ая|яя|ое|ее|ые|ие|ую|юю|ым|им)$")
_KY_STOP_WORDS = frozenset({"менен", "сөз", "сөзү", "кийин", "андан", "ал", "алар", "анын", "бул", "деп", "тууралуу",
                            "жөнүндө", "кезеги", "кезек", "ошондой", "эле", "дагы", "да", "де"})
_KY_STOP_END = re.compile(r"(?:ган|ген|кан|кен|гон|гөн|кон|көн|ды|ди|ду|дү|ты|ти|ту|тү|ны|ни|ну|нү|ып|ип|уп|үп|"
                          r"нда|нде|сында|синде|ында|инде)$")
_KY_ADJ = re.compile(r"(?:лык|лик|лук|лүк|дык|дик|дук|дүк|тык|тик|тук|түк|луу|лүү|дуу|дүү|туу|түү|уучу|үүчү|оочу|өөчү|чу|чү)$")
_KY_ACC = re.compile(r"(?:ны|ни|ну|нү|ды|ди|ду|дү|ты|ти|ту|тү)$")
_KY_TERRITORY = re.compile(r"(?:районунун|облусунун|шаарынын|аймагынын|айылынын|шаардык\s+кеңештин)")
_KY_LOCATIVE_ATTR = re.compile(r"(?:дагы|деги|догу|дөгү|тагы|теги|тогу|төгү)$")
_KY_VERBAL_NOUN = re.compile(r"(?:[^аеыиоөуүэ](?:оо|өө|уу|үү|ээ|оо)|[ыиуү]ш)$")
_KY_GENITIVE = re.compile(r"(?:нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн)$")


@dataclass
class PostInfo:
    post: Span | None = None
    org: Span | None = None
    area: Span | None = None
    other: list[Span] = field(default_factory=list)


@cache
def _sets() -> dict[str, lexicon.WordSet]:
    return {
        "post": lexicon.wordset("posts.txt"),
        "mod": lexicon.wordset("post_modifiers.txt"),
        "org": lexicon.wordset("org_heads.txt"),
        "abbr": lexicon.wordset("org_abbrev.txt"),
        "unit": lexicon.wordset("org_units.txt"),
        "title": lexicon.wordset("titles.txt"),
    }


def is_post(w: str) -> bool:
    return w in _sets()["post"]


def is_org_head(w: str, lang: str) -> bool:
    if w.lower() in _COUNTRY_ABBR:
        return False
    if w in _sets()["abbr"] and (w.isupper() or lang == "en"):
        return True
    if 2 <= len(w) <= 6 and w.isupper() and w.isalpha():
        return True  # an abbreviation: МИД, УВД, ПРООН, GIZ
    if lang == "ky" and re.match(r"[A-ZА-ЯЁӨҮҢ]{2,6}(?:нын|нин|дын|дин|тын|тин|нун|нүн|дун|дүн|тун|түн|га|ге|ка|ке|да|де)$", w):
        return True
    return w in _sets()["org"] or w in ("00",)


@cache
def _verbal() -> dict[str, re.Pattern[str]]:
    pats: dict[str, list[str]] = {}
    for row in lexicon.rows("verbal_posts.tsv"):
        pats.setdefault(row[0], []).append(row[1])
    return {lang: re.compile("(?:" + "|".join(p) + ")", re.I) for lang, p in pats.items()}


def is_verbal_post(w: str, lang: str) -> bool:
    """A verb or participle of heading something ("возглавляющая", "heads", "жетектеген")."""
    rx = _verbal().get(lang)
    return bool(rx and rx.fullmatch(w))


def is_unit(w: str) -> bool:
    return w in _sets()["unit"]


def _oblique_plural_ru(w: str) -> bool:
    """A plural noun in the dative / instrumental / prepositional ("журналистам", "экспертами")."""
    ps = morph.parses(w.lower())
    return bool(ps) and ps[0].tag.number == "plur" and ps[0].tag.case in ("datv", "ablt", "loct")


def _adj_ru(w: str) -> bool:
    """A Russian adjective ending that is not a noun in -ей / -ой ... ("детей", "людей")."""
    return bool(_ADJ_RU.search(w)) and not (w.islower() and morph.is_noun_ru(w))


def _words(tokens: list[Token]) -> list[str]:
    return [t.text for t in tokens]


# ---------------------------------------------------------------------------------------------------------------
# post first (ru, en)


def _post_head(tokens: list[Token], i: int) -> int:
    """Length of a post head (with its leading modifiers) starting at tokens[i]; 0 when there is none."""
    words = _words(tokens)
    n = len(tokens)
    j = i
    # "и.о." / "i.o."
    if j + 3 < n and words[j].lower() == "и" and words[j + 1] == "." and words[j + 2].lower() == "о" and \
            words[j + 3] == ".":
        j += 4
    while j < n and words[j] in _sets()["mod"] and not _sets()["post"].match_multi(words, j):
        j += 1
    k = _sets()["post"].match_multi(words, j) if j < n else 0
    if k == 0:
        # Russian adjectives before the head that are not listed modifiers ("старший научный сотрудник",
        # "социальный работник")
        d = 0
        while d < 2 and j + d < n and re.fullmatch(r"[а-яё-]+(?:ый|ий|ой|ая|яя|ого|его|ей)", words[j + d].lower()):
            d += 1
            kk = _sets()["post"].match_multi(words, j + d) if j + d < n else 0
            if kk:
                return j - i + d + kk
    if k == 0:
        # English noun modifiers: "social policy consultant", "labour lawyer", "Programme Specialist" (also after
        # listed modifiers: "independent social-policy consultant")
        for d in range(1, 4):
            if j + d < n and all(re.fullmatch(r"[A-Za-z-]+", w) and w.lower() not in _EN_PREP | _EN_ARTICLES | _EN_CLAUSE
                                 and (not is_org_head(w, "en") or w.islower()) and
                                 (w.islower() or words[j + d][:1].isupper() or w.endswith("-based"))
                                 for w in words[j:j + d]) and \
                    _sets()["post"].match_multi(words, j + d) and re.fullmatch(r"[A-Za-z-]+", words[j + d]):
                return j - i + d + _sets()["post"].match_multi(words, j + d)
    if k == 0:
        # a modifier that is itself a post ("deputy", "vice")
        if j > i and is_post(words[j - 1]):
            return j - i
        # an academic title in front of the body it belongs to ("Профессор Таджикского национального университета",
        # "доцент кафедры ..."): the title is the post
        if j < n and words[j] in _sets()["title"] and len(words[j]) > 4 and \
                any(is_org_head(w, "ru") or is_org_head(w, "en") or is_unit(w) for w in words[j + 1:j + 6]):
            return j - i + 1
        return 0
    return j + k - i


def parse_post_first(tokens: list[Token], lang: str) -> PostInfo | None:
    """Post then organisation (ru / en): 'заместитель председателя Государственной службы ...'."""
    words = _words(tokens)
    n = len(tokens)
    i = 0
    while i < n and (words[i] in _DASHES or words[i] in ",:(" or (lang == "en" and words[i].lower() in _EN_ARTICLES)):
        i += 1
    start = i
    k = _post_head(tokens, i)
    if k == 0 and lang == "en":
        poss = _en_possessor(tokens, i)
        if poss is not None:
            # "the Social Fund's regional director", "the ministry's chief specialist": Y's X = X of Y
            info = parse_post_first(tokens[poss + 1:], lang)
            if info is not None and info.post is not None and info.org is None:
                info.org = (tokens[i].start, tokens[poss].end - 2)
                return info
            if info is not None and info.post is not None and words[poss][:1].islower():
                # "the programme's coordinator at the NGO ...": the body is named after the post; the anaphoric
                # possessor stays in the post
                info.post = (tokens[i].start, info.post[1])
                return info
    if k == 0 and lang == "en" and i + 1 < n and re.fullmatch(r"[A-Za-z]+['’]s", words[i]) and \
            is_post(words[i][:-2].lower()) and not is_org_head(words[i][:-2].lower(), lang) and \
            _post_head(tokens, i + 1) > 0:
        # "the ombudsman's representative", "the minister's adviser": a post of a post, the phrase is the post
        info = parse_post_first(tokens[i + 1:], lang)
        if info is not None and info.post is not None:
            info.post = (tokens[i].start, info.post[1])
            return info
    if k == 0 and lang == "en" and i + 1 < n and re.fullmatch(r"[A-Z]{2,6}", words[i]) and \
            _post_head(tokens, i + 1) > 0:
        k = 1 + _post_head(tokens, i + 1)  # "UNDP Resident Representative", "IOM Chief of Mission"
    if k == 0:
        return None
    i += k
    # chain of posts: "заместитель председателя", "deputy of chairman", "Советник министра"
    while i < n:
        if is_post(words[i]) and not is_org_head(words[i], lang):
            i += 1
            continue
        if lang == "en" and words[i].lower() == "of" and i + 1 < n:
            j = i + 1
            if j < n and words[j].lower() in _EN_ARTICLES:
                j += 1
            if j < n and is_post(words[j]) and not is_org_head(words[j], lang):
                i = j + 1
                continue
        break
    # units right after the post ("департамента внешней миграции", "the Osh regional department")
    if lang == "en":
        i = _en_units(tokens, i)
    else:
        j = i
        unit_at = None
        while j < n and words[j].islower() and _ADJ_RU.search(words[j]) and not is_unit(words[j]):
            j += 1
        if j < n and is_unit(words[j]) and (j == i or words[j].islower()):
            unit_at = i
            i = j + 1
            while i < n and (not is_org_head(words[i], lang) or _abbr_in_unit(words, i)) and not is_unit(words[i]) and \
                    (words[i].islower() or words[i] == "по" or words[i].isupper() and len(words[i]) <= 5) and \
                    words[i] not in ",;—–":
                if _ADJ_RU.search(words[i]) and any((is_org_head(words[x], lang) and not _abbr_in_unit(words, x)) or
                                                    is_unit(words[x]) for x in range(i + 1, min(n, i + 3))):
                    break
                i += 1
    # complements "по социальным вопросам", "on social issues", "программ"
    if lang == "en":
        if i < n and words[i].lower() == "from" and i + 1 < n and words[i + 1][:1].isupper():
            return PostInfo(post=(tokens[start].start, tokens[i - 1].end))
        while i < n and words[i].lower() in ("on", "for") and i + 1 < n and words[i + 1].islower() and \
                words[i + 1].lower() not in _EN_ARTICLES:
            i += 1
            while i < n and words[i].islower() and words[i].lower() not in _EN_PREP | {"and"}:
                i += 1
    else:
        while i < n:
            w = words[i]
            if is_org_head(w, lang) or is_unit(w) or w in ",;—–«»“”\"()":
                break
            if w[:1].isupper() and not (w == "по" or (w.isupper() and w.lower() not in _COUNTRY_ABBR and
                                                          not is_org_head(w, lang))):
                break
            if _adj_ru(w) and any(is_org_head(x, lang) or is_unit(x) for x in words[i + 1:i + 3]):
                break
            if lang == "ru" and morph.is_verb_ru(w):
                break
            i += 1
    post_end = i
    # organisation: the first head word after the post
    h = None
    for j in range(post_end, n):
        w = words[j]
        if lang == "en" and words[j].lower() in _EN_CLAUSE:
            break
        if lang == "en" and w.lower() in ("with", "of", "from") and j + 1 < n and words[j + 1] in ('"', "“", "«") \
                and j + 2 < n and words[j + 2][:1].isupper():
            h = j + 1  # 'a lawyer with "Adilet"': a quoted name is an organisation
            break
        if is_org_head(w, lang) or is_unit(w) or (lang == "en" and w.lower() == "at" and j + 1 < n):
            h = j + 1 if (lang == "en" and w.lower() == "at") else j
            if lang == "en" and w.lower() == "at" and h < n and words[h].lower() in _EN_ARTICLES:
                h += 1
            break
    if h is None and lang == "ru" and post_end < n and any(_TERRITORIAL_POST_RU.match(w.lower()) for w in words[start:post_end]):
        # "мэр Каракола", "аким Ноокатского района", "вице-мэр г. Ош": the territory is the organisation, as the
        # dev gold writes "Кара-Суу районунун | акими"
        ts = post_end
        while ts > start + 1 and words[ts - 1].lower() in ("г", ".", "города", "город", "с", "села", "района",
                                                           "области"):
            ts -= 1  # "вице-мэр | г. Ош", "мэр | города Балыкчы"
        te = ts
        while te < n and (words[te][:1].isupper() or words[te].lower() in ("г", ".", "города", "села", "района",
                                                                          "области", "-") or _adj_ru(words[te])):
            te += 1  # the place only: "г. Жалал-Абад | по социальным вопросам" leaves the complement out
        te = _trim_end(tokens, ts, te)
        if te > ts and any(w[:1].isupper() for w in words[ts:te]):
            pe = _trim_end(tokens, start, ts)
            if te < n and words[te] == "по":
                # "вице-мэр г. Жалал-Абад по социальным вопросам": the complement belongs to the post, which then
                # spans the territory too (the seeds' gold: post "вице-мэр по социальным вопросам")
                pe = _trim_end(tokens, start, n)
            return PostInfo(post=(tokens[start].start, tokens[pe - 1].end), org=(tokens[ts].start, tokens[te - 1].end))
    if h is None:
        post_end = _trim_end(tokens, start, n)
        if lang != "en" and unit_at is not None and unit_at > start and post_end - unit_at >= 2:
            # a unit with no parent body after it is the organisation ("руководителя | управления занятости ...
            # города Шымкента")
            return PostInfo(post=(tokens[start].start, tokens[_trim_end(tokens, start, unit_at) - 1].end),
                            org=(tokens[unit_at].start, tokens[post_end - 1].end))
        return PostInfo(post=(tokens[start].start, tokens[post_end - 1].end))
    if lang == "en":
        at = next((j for j in range(post_end, h) if words[j].lower() == "at"), None)
        o = at + 1 if at is not None else h
        while at is None and o > post_end and words[o - 1].lower() not in _EN_PREP:
            o -= 1
        post_stop = o - 1 if o > post_end else o
        if o < n and words[o].lower() in _EN_ARTICLES:
            o += 1
        org_tokens_end = _trim_end(tokens, o, n)
        if o < n and words[o][:1].isupper():
            ce = _en_capitalised_name_end(words, o)
            if ce < org_tokens_end and re.fullmatch(r"(?:responsible|which|that|who|where|\w+ing|\w+ed)", words[ce]):
                org_tokens_end = ce  # "the Kazakh Labour Ministry | responsible for migration policy"
        rel = next((k for k in range(o, org_tokens_end) if words[k].lower() in ("who", "which", "whose")), None)
        if rel is not None and rel > o:
            org_tokens_end = _trim_end(tokens, o, rel)  # "... Korea Labor Institute in Sejong | who attended ..."
        # anaphoric "of the committee": keep in the post
        # (after a unit, "of the ministry" names the parent body: "head of the pensions department of the ministry")
        if o == h and org_tokens_end - o == 1 and words[h].islower() and words[o - 1].lower() == "the" and \
                not (post_end > start and is_unit(words[post_end - 1])) and \
                not (o >= 2 and words[o - 2].lower() in ("with", "at", "for")):
            # ("a lawyer with the foundation": the body, named anaphorically, is the organisation)
            end = _trim_end(tokens, start, n)
            return PostInfo(post=(tokens[start].start, tokens[end - 1].end))
        post_stop = max(post_stop, start + 1)
        post_stop = _trim_end(tokens, start, post_stop)
        info = PostInfo(post=(tokens[start].start, tokens[post_stop - 1].end))
        if org_tokens_end > o:
            info.org = (tokens[o].start, tokens[org_tokens_end - 1].end)
            poss = next((k for k in range(o, org_tokens_end - 1) if re.fullmatch(r"[\w-]+['’]s", words[k])), None)
            if poss is not None and is_unit(words[org_tokens_end - 1]) and not is_post(words[poss][:-2].lower()):
                # "head of the Kazakh labour ministry's migration department": the unit goes with the post, the
                # possessor is the organisation
                info.org = (tokens[o].start, tokens[poss].end - 2)
                info.post = (tokens[start].start, tokens[org_tokens_end - 1].end)
        return info
    o = h
    while o > post_end and (_adj_ru(words[o - 1]) or words[o - 1][:1].isupper() or words[o - 1] in "«“\""):
        o -= 1
    if o == start:
        o = h
    post_stop = _trim_end(tokens, start, o)
    # a second post after a comma ("советник Комитета Платформы «...», президент ОО «...»") ends the organisation
    stop = next((j for j in range(o + 1, n - 1) if words[j] == "," and _post_head(tokens, j + 1) > 0), n)
    org_end = _trim_end(tokens, o, stop)
    if lang == "ru" and org_end - o == 1 and words[o].islower() and is_org_head(words[o], lang) and \
            not is_unit(words[o]) and unit_at is None and re.match(r"(?:комитет|комисси|совет|кенеш|коллеги)", words[o]):
        # anaphoric "заместитель председателя комитета", "член совета": the body is part of the post (after a unit
        # it is the parent: "директор Департамента ... | министерства")
        return PostInfo(post=(tokens[start].start, tokens[org_end - 1].end))
    if lang == "ru" and org_end - o >= 2 and words[o].islower() and \
            re.match(r"(?:комитет|комисси|подкомитет|фракци)", words[o]):
        # "председатель комитета по социальной политике Жогорку Кенеша": a committee of a named parent body is the
        # post's unit, the parent is the organisation
        x = next((k for k in range(o + 1, org_end) if words[k][:1].isupper() and
                  (is_org_head(words[k], lang) or words[k].lower() == "жогорку")), None)
        if x is not None:
            return PostInfo(post=(tokens[start].start, tokens[_trim_end(tokens, start, x) - 1].end),
                            org=(tokens[x].start, tokens[org_end - 1].end))
    info = PostInfo(post=(tokens[start].start, tokens[post_stop - 1].end))
    if org_end > o:
        info.org = (tokens[o].start, tokens[org_end - 1].end)
    return info


def parse_verbal_post(tokens: list[Token], lang: str) -> PostInfo | None:
    """ru / en: a post written as a verb ("возглавляющая отдел защиты прав ... в Министерстве ...", "who heads the
    Migration Service Department of the Almaty Police Department"). A sub-unit the verb governs stays in the post and
    the body written after it is the organisation; a body governed directly is the organisation ("who heads the
    Social Fund": post "heads", org "Social Fund")."""
    words = _words(tokens)
    n = len(words)
    i = 0
    while i < n and (words[i] in _DASHES or words[i] in ",:"):
        i += 1
    if lang == "en" and i < n and words[i].lower() == "who":
        i += 1
        if i + 1 < n and (words[i].lower() in ("is", "was") or
                          (words[i].lower() in ("serves", "served", "works", "worked") and words[i + 1].lower() == "as")):
            # "who is head of the department ... at the Migration Service", "who serves as ...": a plain post
            k = i + 1 + (words[i + 1].lower() == "as")
            if k < n and _post_head(tokens, k + (words[k].lower() in _EN_ARTICLES)) > 0:
                return parse_post_first(tokens[k:], lang)
    if lang == "en" and i + 3 < n and words[i].lower() in ("is", "was") and words[i + 1].lower() == "in" and \
            words[i + 2].lower() == "charge" and words[i + 3].lower() == "of":
        # "who is in charge of migration at the Almaty akimat": the body, no post written
        at = next((k for k in range(i + 4, n) if words[k].lower() in ("at", "in") and k + 1 < n), None)
        if at is not None:
            o = at + 1 + (words[at + 1].lower() in _EN_ARTICLES)
            e = _trim_end(tokens, o, n)
            if e > o:
                return PostInfo(org=(tokens[o].start, tokens[e - 1].end))
    if lang == "en" and i + 2 < n and words[i].lower() in ("works", "worked", "volunteers") and \
            words[i + 1].lower() in ("for", "at", "with"):
        # "who works for the Danish Refugee Council in Osh": an organisation, no post
        o = i + 2 + (words[i + 2].lower() in _EN_ARTICLES)
        e = _en_capitalised_name_end(words, o) if o < n else o
        if e > o:
            return PostInfo(org=(tokens[o].start, tokens[e - 1].end))
    if i >= n or not is_verbal_post(words[i], lang):
        return None
    start = i
    i += 1
    if lang == "en" and i < n and words[i].lower() in ("a", "an"):
        return None  # "who runs a sewing workshop": an occupation, not a post
    if lang == "en":
        while i < n and words[i].lower() in _EN_ARTICLES:
            i += 1
    obj = i
    end = _trim_end(tokens, obj, n)
    if obj >= end:
        return None
    unit_seen = False
    for k in range(obj, end):
        w = words[k]
        if is_unit(w):
            unit_seen = True
            continue
        if not unit_seen or k == obj:
            continue
        if lang == "en" and w.lower() in ("of", "at", "in", "under") and k + 1 < end:
            m = k + 1 + (words[k + 1].lower() in _EN_ARTICLES)
            if m < end and words[m][:1].isupper():
                return PostInfo(org=(tokens[m].start, tokens[end - 1].end))
        if lang == "ru" and w.lower() in ("в", "во", "при") and k + 1 < end and words[k + 1][:1].isupper():
            return PostInfo(post=(tokens[start].start, tokens[k - 1].end), org=(tokens[k + 1].start, tokens[end - 1].end))
        if lang == "ru" and w[:1].isupper() and (is_org_head(w, lang) or
                                                 any(is_org_head(x, lang) for x in words[k + 1:min(end, k + 3)])):
            return PostInfo(post=(tokens[start].start, tokens[k - 1].end), org=(tokens[k].start, tokens[end - 1].end))
    if lang == "en":
        # "who heads the Social Fund": English writes no post here, only the body (the verb is not a post)
        return PostInfo(org=(tokens[obj].start, tokens[end - 1].end)) if any(is_org_head(w, lang) for w in
                                                                             words[obj:end]) else None
    if unit_seen:
        return PostInfo(post=(tokens[start].start, tokens[end - 1].end))
    if any(is_org_head(w, lang) for w in words[obj:end]):
        return PostInfo(post=(tokens[start].start, tokens[start].end), org=(tokens[obj].start, tokens[end - 1].end))
    return PostInfo(post=(tokens[start].start, tokens[end - 1].end))


def _en_possessor(tokens: list[Token], i: int) -> int | None:
    """Index of a possessive organisation head ("Fund's", "ministry's", "IOM's") in a short run of name words
    starting at tokens[i] and followed by a post; None otherwise."""
    words = _words(tokens)
    for j in range(i, min(len(words), i + 7)):
        w = words[j]
        m = re.fullmatch(r"([\w-]+)['’]s", w)
        if m:
            base = m.group(1)
            if (is_org_head(base, "en") or is_org_head(base.lower(), "en")) and _post_head(tokens, j + 1) > 0:
                return j
            return None
        if not (w[:1].isupper() or w.lower() in ("of", "for", "and", "on", "the")):
            return None
    return None


def _abbr_in_unit(words: list[str], i: int) -> bool:
    """An unlisted abbreviation inside a unit's name with the parent body still to come ("Управления по развитию
    социальных услуг ЛОВЗ и ПГ Министерства ..."): part of the unit, not an organisation."""
    w = words[i]
    return w.isupper() and i > 0 and not is_unit(words[i - 1]) and w not in _sets()["abbr"] and \
        w.lower() not in _COUNTRY_ABBR and \
        any(x in _sets()["org"] for x in words[i + 1:i + 4])


_EN_LOWER_UNITS = frozenset({"service", "office", "fund", "programme", "program", "directorate", "inspectorate", "centre",
                              "center"})


def _en_units(tokens: list[Token], i: int) -> int:
    """English: 'head of the Osh regional department of the Ministry' keeps the unit in the post when an
    organisation follows it; a unit with nothing after it is the organisation ('Deputy Head of the Batken Regional
    Department of Social Development')."""
    words = _words(tokens)
    n = len(words)
    if i < n and words[i].lower() == "of":
        j = i + 1
        if j < n and words[j].lower() in _EN_ARTICLES:
            j += 1
        k = j
        while k < n and words[k] not in ",;" and words[k].lower() not in _EN_PREP:
            if words[k] in _EN_LOWER_UNITS and k > j and words[k - 1].islower() and k + 2 < n and \
                    words[k + 1].lower() in ("at", "of", "under") and \
                    any(w[:1].isupper() and is_org_head(w, "en") for w in words[k + 2:k + 6]):
                return k + 1  # "deputy director of the consular service at the Ministry of Foreign Affairs"
            if is_unit(words[k]):
                if any(is_org_head(w, "en") and not is_unit(w) for w in words[k + 1:]):
                    return k + 1
                return i
            k += 1
    return i


def _trim_end(tokens: list[Token], start: int, end: int) -> int:
    """Drop trailing punctuation, conjunctions and dashes from tokens[start:end]."""
    while end > start and (tokens[end - 1].text in ",;:—–-(" or
                           tokens[end - 1].text.lower() in ("и", "and", "а", "также", "жана", "or", "the", "of", "в",
                                                            "во", "при", "at", "in")):
        end -= 1
    if end - start >= 4 and tokens[end - 1].text == ")":
        # a trailing bracketed place note ('ОО «...» (г. Кызыл-Кия)', '"Oila va Jamiyat" (Khujand)') is not part
        # of the name; an abbreviation in brackets is ('... по миграции (МОМ)')
        o = next((k for k in range(end - 2, max(start, end - 7), -1) if tokens[k].text == "("), None)
        if o is not None and o > start + 1 and not all(t.text.isupper() for t in tokens[o + 1:end - 1]):
            end = o
            while end > start and tokens[end - 1].text in ",;:—–-":
                end -= 1
    # unbalanced closing quote / bracket
    return end


# ---------------------------------------------------------------------------------------------------------------
# post last (ky)


def parse_post_last(tokens: list[Token]) -> PostInfo | None:
    """Organisation then post (ky): '... министрлигинин Нарын облустук башкармалыгынын башкы адиси'."""
    words = _words(tokens)
    n = len(words)
    while n > 0 and words[n - 1] in ",;:—–-":
        n -= 1
    if n == 0:
        return None
    h = n - 1
    if h >= 1 and f"{words[h - 1]} {words[h]}".lower().startswith("орун басар"):
        h -= 1
    elif h >= 1 and _sets()["post"].match_multi(words, h - 1) == 2 and not is_post(words[h]):
        h -= 1  # "милдетин аткаруучу" (acting), a two-word post
    elif not is_post(words[h]):
        return None
    ps = h
    while ps > 0 and (words[ps - 1] in _sets()["mod"] or (words[ps - 1].islower() and _KY_ADJ.search(words[ps - 1])
                                                          and not _KY_GENITIVE.search(words[ps - 1]) and h - ps < 2)):
        ps -= 1
    if ps >= 1 and _sets()["post"].match_multi(words, ps - 1) >= 2:
        ps -= 1  # a two-word post ("укук коргоочу")
    if ps >= 2 and ps == h and words[ps - 1][:1].isupper() and _KY_LOCATIVE_ATTR.search(words[ps - 1]) and \
            not is_unit(words[h]) and _KY_GENITIVE.search(words[ps - 2]):
        ps -= 1  # "ЮНИСЕФтин | Кыргызстандагы өкүлү": where the representative sits goes with the post
    if ps >= 2 and words[ps - 2].lower() == "басма" and words[ps - 1].lower() == "сөз":
        ps -= 2  # "басма сөз катчысы": the press secretary
    # "балдарды коргоо боюнча адиси": a topic phrase in "боюнча" belongs to the post, not to the organisation
    if ps > 1 and words[ps - 1].lower() == "боюнча":
        b = ps - 1
        while b > 0 and (words[b - 1].islower() or not _KY_GENITIVE.search(words[b - 1]) and
                         words[b - 1][:1].isupper() and b - 1 > 0) and not _KY_GENITIVE.search(words[b - 1]) and \
                words[b - 1] not in ",;:«»“”\"" and ps - 1 - b < 4:
            b -= 1  # "Борбордук Азия боюнча улуттук координатору": the topic may name a place
        if b < ps - 1 and b > 0 and (_KY_GENITIVE.search(words[b - 1]) or words[b - 1] in "»”\""):
            ps = b
    # a unit before the post ("кафедрасынын башчысы") with its own modifiers; a unit named after a place
    # ("Өзгөн райондук бөлүмүнүн") is an organisation in its own right
    if ps > 0 and is_unit(words[ps - 1]):
        u = ps - 1
        while u > 0 and not _KY_GENITIVE.search(words[u - 1]) and words[u - 1] not in ",«»“”\"":
            u -= 1
        # a capitalised place in the locative ("Россиядагы өкүлчүлүгүнүн") only says where the unit is
        # ... and with only a territory before it ("Алматы облусунун ... башкармалыгынын") it is the organisation
        lead = 0
        while lead < u and words[lead] in ",;:—–-":
            lead += 1
        if not any(w[:1].isupper() for w in words[u:ps - 1]) and \
                u > lead and not _KY_TERRITORY.fullmatch(words[u - 1].lower()):
            # (a unit named by a place — "Ош кеңсесинин", "Кыргызстандагы өкүлчүлүгүнүн" — is a branch: it stays in
            # the organisation, as the dev gold keeps "Эл аралык миграция уюмунун Ош кеңсесинин")
            ps = u
    start = 0
    while start < ps and words[start] in ",;:—–-":
        start += 1
    if ps > start and is_post(words[ps - 1]) and _KY_GENITIVE.search(words[ps - 1]) and \
            not is_org_head(words[ps - 1], "ky"):
        if ps - 1 > start and _KY_TERRITORY.fullmatch(words[ps - 2].lower()):
            # "Ноокат районунун акиминин орун басары": the territory is the organisation, the rest the post
            return PostInfo(post=(tokens[ps - 1].start, tokens[n - 1].end),
                            org=(tokens[start].start, tokens[ps - 2].end))
        if ps - 1 > start and is_unit(words[ps - 2]):
            # "Министрликтин Тышкы ... департаментинин директорунун орун басары": the unit goes with the post, the
            # parent body written before it (a genitive organisation head) is the organisation
            u = ps - 2
            while u > start and not _KY_GENITIVE.search(words[u - 1]) and words[u - 1] not in ",«»“”\"":
                u -= 1
            if u > start and is_org_head(words[u - 1], "ky") and _KY_GENITIVE.search(words[u - 1]) and \
                    not _KY_TERRITORY.fullmatch(words[u - 1].lower()):
                return PostInfo(post=(tokens[u].start, tokens[n - 1].end), org=(tokens[start].start, tokens[u - 1].end))
        if ps - 1 > start and is_org_head(words[ps - 2], "ky") and _KY_GENITIVE.search(words[ps - 2]) and \
                not is_post(words[ps - 2]):
            # "... Миграция кызматынын төрагасынын орун басары": the body before the post-in-genitive is the
            # organisation
            return PostInfo(post=(tokens[ps - 1].start, tokens[n - 1].end),
                            org=(tokens[start].start, tokens[ps - 2].end))
        # "министринин орун басары", "өкүлүнүн орун басары": the organisation is a post itself
        return PostInfo(post=(tokens[start].start, tokens[n - 1].end))
    info = PostInfo(post=(tokens[ps].start, tokens[n - 1].end))
    if ps > start and not (ps - start == 1 and words[start][:1].isupper() and _KY_ADJ.search(words[start])):
        # (a lone place adjective, "Москвалык укук коргоочу", says where the person works, not for whom)
        info.org = (tokens[start].start, tokens[ps - 1].end)
    return info


def _ky_object_of_name(w: str, nxt: str, nxt2: str = "") -> bool:
    """An accusative object of a verbal noun inside an organisation name ("жумуштуулукту координациялоо
    башкармалыгы", "мигранттарды колдоо борбору", "жарандарды жумушка орноштуруу борбору")."""
    if not _KY_ACC.search(w) or not nxt.islower():
        return False
    return bool(_KY_VERBAL_NOUN.search(nxt)) or (bool(re.search(r"(?:га|ге|ка|ке|го|гө|ко|кө)$", nxt)) and
                                                 nxt2.islower() and bool(_KY_VERBAL_NOUN.search(nxt2)))


@cache
def _ky_nouns() -> frozenset[str]:
    return frozenset(w.lower() for line in lexicon.rows("ky_nouns.txt") for w in line[0].split())


def ky_prenominal_chunk(tokens: list[Token], name_idx: int, lower: int = 0) -> list[Token]:
    """Kyrgyz: the genitive chain and post right before a name (tokens of one sentence)."""
    words = _words(tokens)
    j = name_idx
    if j >= 3 and words[j - 2].lower() == "катары" and re.search(r"(?:ган|ген|гон|гөн|кан|кен|кон|көн)$",
                                                                 words[j - 1].lower()):
        j -= 2  # "... адиси катары сүйлөгөн Айнура Т.": the post "as which" the person spoke
    if j >= 2 and words[j - 1].lower() in ("доктор", "профессор", "доцент", "академик") and is_post(words[j - 2]):
        j -= 1  # "... адиси доктор Пьер Дюбуа": an academic title between the post and the name
    if j == 0 or not (is_post(words[j - 1]) or (j >= 2 and f"{words[j - 2]} {words[j - 1]}".lower()
                                                .startswith("орун басар")) or
                      (j >= 2 and _sets()["post"].match_multi(words, j - 2) == 2)):
        return []
    k = j - 1
    in_quote = False
    events = [rx for _, rx in lexicon.event_types()]
    while k > lower:
        w = words[k - 1]
        if w == ")" and k - 3 >= lower and words[k - 3] == "(" and words[k - 2].isupper() and not in_quote:
            k -= 3  # an abbreviation in brackets inside the name: "Эл аралык миграция уюмунун (ЭМУ)"
            continue
        if w in "»”":
            in_quote = True
        elif w in "«“":
            in_quote = False
        elif not in_quote:
            if w == "," and k >= 2 and is_post(words[k - 2]):
                break
            if w == "." and k >= 2 and re.fullmatch(r"[А-ЯЁӨҮҢA-Z]", words[k - 2]) and k - 2 >= lower:
                k -= 1  # an initial inside the name ("Ж. Баласагын атындагы ... университетинин")
                continue
            if w.islower() and re.search(r"(?:ган|ген|кан|кен|гон|гөн|кон|көн)$", w) and words[k].islower() and \
                    k >= 2 and words[k - 2].islower() and not is_post(words[k]):
                k -= 1  # "ден соолугу чектелген адамдардын коомунун": a participle inside a body's name
                continue
            if w.islower() and re.search(r"(?:га|ге|ка|ке|го|гө|ко|кө)$", w) and _KY_VERBAL_NOUN.search(words[k]) \
                    and k + 1 < j and words[k + 1].lower() in ("боюнча",):
                k -= 1  # "климатка ыңгайлашуу боюнча адиси": a dative inside a topic phrase
                continue
            if w.lower() in _ky_nouns() or (w.lower() in ("өлкөлөрдө", "өлкөдө") and k >= 2 and
                                             words[k - 2].lower() == "чет"):
                k -= 1  # "жаштар саясаты бөлүмүнүн", "Чет өлкөлөрдө ... борборунун": nouns, not verbs / adverbials
                continue
            if w.lower() == "менен" and k < j and any(_KY_VERBAL_NOUN.search(x.lower()) for x in words[k:min(j, k + 3)]) \
                    and k >= 2 and words[k - 2].islower():
                k -= 1  # "кайрылмандар менен иштөө бөлүмүнүн": "work with ..." inside a unit's name
                continue
            if w.lower() == "сөз" and k >= 2 and words[k - 2].lower() == "басма":
                k -= 1  # "басма сөз катчысы" (press secretary): "сөз" is part of the post here
                continue
            if w in ".:;!?()—–" or w.lower() in _KY_STOP_WORDS or (w.islower() and _KY_STOP_END.search(w) and
                                                                   not is_post(w) and not is_org_head(w, "ky") and
                                                                   not _ky_object_of_name(w, words[k], words[k + 1]
                                                                                          if k + 1 < j else "")):
                break
            if w[:1].isupper() and not w.isupper() and _KY_ACC.search(w) and not is_org_head(w, "ky") and \
                    not _KY_TERRITORY.fullmatch(words[k].lower()):  # "Алматы облусунун" is a place, not an object
                break
            if any(rx.fullmatch(w) for rx in events):
                break
            if len(w) > 5 and re.search(r"[аеыиоөуүэйлрн](?:да|де|до|дө)$", w) and not is_org_head(w, "ky"):
                break  # a locative ("Иш-чарада", "жыйында") is an adverbial, not part of the organisation name
            if len(w) > 4 and re.search(r"(?:га|ге|ка|ке|го|гө|ко|кө)$", w) and not is_org_head(w, "ky") and \
                    not re.search(r"(?:ика|ика|ька)$", w.lower()) and \
                    not words[k].lower().startswith("караш") and \
                    not (k >= 2 and _ky_object_of_name(words[k - 2], w, words[k])):
                break  # a dative object ("Иш-чарага ... катышты"), unless the body is "under" it ("... караштуу")
        k -= 1
        if j - k > 18:
            break
    # drop a leading sentence adverb like "Андан"
    return tokens[k:j]


# ---------------------------------------------------------------------------------------------------------------
# the whole apposition after a name


def _is_continuation(chunk: list[Token], lang: str) -> bool:
    if not chunk:
        return False
    w = chunk[0].text
    if lang == "en":
        if w.lower() == "and" and len(chunk) > 1:
            w = chunk[1].text
        # "Ministry of Labour, Social Security and Migration": the rest of a name cut by a comma ends in "and X";
        # "..., Ural Federal University" is the next piece, not the rest of this one
        return w[:1].isupper() and not is_post(w) and w.lower() not in _EN_CLAUSE and \
            (chunk[0].text.lower() == "and" or any(t.text == "and" for t in chunk[:6]))
    if lang == "ru" and any(morph.is_verb_ru(t.text) for t in chunk if t.text[:1].islower() and len(t.text) > 2):
        return False  # a clause ("девушки из сел чаще уезжают ..."), not the rest of a name
    if lang == "ru" and w[:1].islower() and not is_post(w) and morph.is_genitive_ru(w) and len(chunk) <= 5:
        return True  # "Министерства культуры, информации, спорта и молодежной политики"
    return (w[:1].islower() and bool(re.search(r"(?:ого|его|ой|ей|ых|их|ия|ии|ения|ения|ства|ции|ы|и)$", w))
            and not is_post(w)) or (w[:1].isupper() and lang == "ky")


def _is_other(chunk: list[Token], lang: str) -> bool:
    words = [t.text for t in chunk if t.text not in "—–-"]
    if not words:
        return False
    if lang == "ky":
        return words[-1] in _sets()["title"] or is_post(words[-1])
    i = 0
    while i < len(words) and (words[i].lower() in _EN_ARTICLES or words[i] in _sets()["mod"]):
        i += 1
    return i < len(words) and (words[i] in _sets()["title"] or is_post(words[i]))


def apposition(doc: Doc, tokens: list[Token], after: int, stop_at: set[int]) -> tuple[list[list[Token]], int]:
    """Comma / dash chunks after tokens[after] up to a hard boundary or another name (token index in stop_at)."""
    chunks: list[list[Token]] = []
    cur: list[Token] = []
    i = after
    n = len(tokens)
    while i < n:
        t = tokens[i]
        if t.text == "(" and i + 2 < n and tokens[i + 2].text == ")" and i + 1 not in stop_at:
            cur.extend(tokens[i:i + 3])
            i += 3
            continue
        if i in stop_at or t.text in ";():" or (t.text == "." and i == n - 1):
            break
        gap = doc.clean[tokens[i - 1].end:t.start] if i > after else ""
        if "\n" in gap:
            line = doc.clean[t.start:doc.clean.find("\n", t.start) if "\n" in doc.clean[t.start:] else len(doc.clean)]
            if "\n\n" in gap or len(line.split()) <= 3 and not re.search(r"[,.;:]", line):
                break  # "Resident Representative, UNDP Tajikistan\nPresentations": a heading line ends the apposition
        if cur and doc.lang == "en" and (t.text in ("who", "which", "whose") or t.text == "responsible" or
                                         t.text == "and" and i + 1 < n and tokens[i + 1].text in ("a", "an")):
            # "a teacher who moved to Khorog", "embassy responsible for consular affairs", "chairman of the
            # association and a court interpreter": what follows says more of the person, not of the post
            break
        if cur and doc.lang == "ru" and t.text == "из" and i + 1 < n and \
                (find_countries(tokens[i + 1].text, "ru") or find_cities(tokens[i + 1].text, "ru")):
            break  # "эксперт из Узбекистана": where the person comes from
        if t.text == "," or (t.text in "—–" and cur) or (t.text == "-" and cur and
                                                        tokens[i - 1].end < t.start and i + 1 < n and
                                                        tokens[i + 1].start > t.end):
            if cur:
                chunks.append(cur)
            cur = []
            i += 1
            continue
        cur.append(t)
        i += 1
    if cur:
        chunks.append(cur)
    return chunks, i


def post_after(doc: Doc, tokens: list[Token], name_end_idx: int, stop_at: set[int]) -> PostInfo | None:
    """Post, organisation and other titles in the apposition that follows a name."""
    lang = doc.lang
    if name_end_idx >= len(tokens) or tokens[name_end_idx].text not in (",", "—", "–", "-", "("):
        return None
    chunks, _ = apposition(doc, tokens, name_end_idx + 1, stop_at)
    if not chunks:
        return None
    main = list(chunks[0])
    rest = chunks[1:]
    info = None
    if lang == "ky":
        merged = 0
        while True:
            info = parse_post_last(main)
            if info or not rest or merged >= 3:
                break
            main = main + rest.pop(0)
            merged += 1
    else:
        info = parse_verbal_post(main, lang) or parse_post_first(main, lang)
        while info and rest and _is_continuation(rest[0], lang):
            main = main + [Token(",", main[-1].end, main[-1].end)] + rest.pop(0)
            info = parse_verbal_post(main, lang) or parse_post_first(main, lang)
    if not info:
        return None
    _split_area(doc, info, lang)
    for ch in rest[:4]:
        if not _is_other(ch, lang):
            break
        toks = [t for t in ch if t.text not in "—–-"]
        end = len(toks)
        while end > 0 and toks[end - 1].text in ".,;":
            end -= 1
        if lang == "ky" and end and not (toks[end - 1].text in _sets()["title"] or is_post(toks[end - 1].text)):
            break
        if end:
            info.other.append((toks[0].start, toks[end - 1].end))
    return info


def post_before(doc: Doc, tokens: list[Token], name_idx: int, segment_start: int) -> PostInfo | None:
    """Post (and organisation) written before a name, within tokens[segment_start:name_idx]."""
    lang = doc.lang
    if lang == "ky":
        chunk = ky_prenominal_chunk(tokens, name_idx, segment_start)
        info = parse_post_last(chunk) if chunk else None
        if info:
            _split_area(doc, info, lang)
        return info
    j = name_idx
    while j > segment_start and tokens[j - 1].text in _DASHES:
        j -= 1
    seg = tokens[segment_start:j]
    if not seg:
        return None
    if lang == "en":
        # contiguous post words right before the name ("Deputy Aiperi Junusova", "Vice Minister X")
        k = len(seg)
        while k > 0 and (is_post(seg[k - 1].text) or seg[k - 1].text in _sets()["mod"]) and \
                seg[k - 1].text.lower() not in _EN_ARTICLES:
            k -= 1
        if k == len(seg) and j == name_idx:
            # a multi-word post ending right before the name ("IOM chief of mission Anna Berg")
            k = next((s for s in range(max(0, len(seg) - 6), len(seg)) if _post_head(seg, s) == len(seg) - s),
                     len(seg))
        if k < len(seg) and j == name_idx:
            # lower-case noun modifiers of the post ("child protection officer", "labour migration expert"), when
            # the phrase opens the clause ("..., said labour migration expert X", "UNICEF child protection officer X")
            q = k
            cap = seg[k].text[:1].isupper()  # "Labour Minister X": capitalised noun modifiers of a capitalised post
            while q > 0 and k - q < 3 and (re.fullmatch(r"[a-z][a-z-]+", seg[q - 1].text) or
                                           (cap and re.fullmatch(r"[A-Z][a-z-]+", seg[q - 1].text) and
                                            not is_org_head(seg[q - 1].text, "en"))) and \
                    seg[q - 1].text not in _EN_ARTICLES | _EN_PREP | _EN_CLAUSE | _EN_INNER | _EN_NOT_MODIFIER and \
                    not re.search(r"ed$", seg[q - 1].text):
                q -= 1
            if q < k and (q == 0 or re.fullmatch(r"[A-Z]{2,6}", seg[q - 1].text) or
                          (seg[q - 1].text[:1].isupper() and is_org_head(seg[q - 1].text, "en")) or
                          seg[q - 1].text.lower() in {",", '"', "“", "”", "said", "says", "by", "the", "a", "an"}):
                k = q
            if k >= 1 and k + 1 < len(seg) and seg[k].text == "Women" and seg[k - 1].text == "UN":
                # "UN Women Country Representative X"
                return PostInfo(post=(seg[k + 1].start, seg[-1].end), org=(seg[k - 1].start, seg[k].end))
            lo = k
            while lo > 0 and re.fullmatch(r"[a-z][a-z-]+", seg[lo - 1].text) and k - lo < 3:
                lo -= 1
            if lo >= 2 and re.fullmatch(r"[A-Z][a-z]+", seg[lo - 1].text) and not is_post(seg[lo - 1].text) and \
                    re.fullmatch(r"[A-Z]{2,7}", seg[lo - 2].text) and is_org_head(seg[lo - 2].text, "en"):
                # "UNICEF Kyrgyzstan social policy officer X"
                return PostInfo(post=(seg[lo].start, seg[-1].end), org=(seg[lo - 2].start, seg[lo - 1].end))
            if k >= 3 and seg[k - 1].text == ")" and seg[k - 3].text == "(" and re.fullmatch(r"[A-Z]{2,7}", seg[k - 2].text):
                # "... Agency for International Development (USAID) representative X"
                b = _en_name_start(seg, k - 3)
                if b < k - 3:
                    return PostInfo(post=(seg[k].start, seg[-1].end), org=(seg[b].start, seg[k - 1].end))
            info = PostInfo(post=(seg[k].start, seg[-1].end))
            m = re.fullmatch(r"([\w-]+)['’]s", seg[k - 1].text) if k > 0 else None
            if m and is_post(m.group(1).lower()) and not is_org_head(m.group(1), "en"):
                k -= 1  # "the ombudsman's representative", "the minister's adviser": the post of a post
                info = PostInfo(post=(seg[k].start, seg[-1].end))
            elif m and m.group(1).islower() and k - 1 > 0 and seg[k - 2].text.lower() in _EN_ARTICLES:
                pass  # "the committee's chairman X": an anaphoric body, not a written organisation name
            elif m and (is_org_head(m.group(1), "en") or is_org_head(m.group(1).lower(), "en")):
                # "the Social Fund's regional director X": the possessor is the organisation
                b = _en_name_start(seg, k - 1)
                info.org = (seg[b].start, seg[k - 1].end - 2)
            elif k > 1 and seg[k - 1].text[:1].isupper() and is_org_head(seg[k - 1].text, "en") and \
                    not re.fullmatch(r"[A-Z]{2,6}", seg[k - 1].text):
                # "State Migration Service spokesperson X": a capitalised organisation name right before the post
                b = _en_name_start(seg, k - 1)
                if k - 1 - b >= 1:
                    info.org = (seg[b].start, seg[k - 1].end)
            elif k > 0 and re.fullmatch(r"[A-Z]{2,6}", seg[k - 1].text) and is_org_head(seg[k - 1].text, "en") and \
                    seg[k - 1].text.lower() not in _COUNTRY_ABBR:
                info.org = (seg[k - 1].start, seg[k - 1].end)  # "UNICEF child protection officer X"
            elif k > 1 and re.fullmatch(r"[A-Z]{2,6}", seg[k - 2].text) and is_org_head(seg[k - 2].text, "en") and \
                    re.fullmatch(r"[A-Z][a-z]+", seg[k - 1].text) and not is_post(seg[k - 1].text):
                info.org = (seg[k - 2].start, seg[k - 1].end)  # "IOM Tajikistan chief of mission X"
            return info
        if j == name_idx:
            # a post with its organisation written inside it right before the name ("Deputy Director of the
            # Agency for Labour Migration Aibek X", "deputy khokim of Osh region X"): the whole phrase is the post
            for s in range(len(seg)):
                h = _post_head(seg, s)
                if h == 0:
                    continue
                while s + h < len(seg) and is_post(seg[s + h].text) and not is_org_head(seg[s + h].text, lang):
                    h += 1  # "First Deputy Minister"
                rest = [t.text for t in seg[s + h:]]
                tail = next((q for q in range(len(rest)) if rest[q].lower() in ("for", "on") and q > 0), None)
                if tail is not None and all(re.fullmatch(r"[A-Za-z-]+", w) for w in rest[tail + 1:]) and \
                        len(rest) - tail <= 5:
                    rest = rest[:tail]  # "... of Samarkand region | for social affairs": a topic of the post
                if len(rest) >= 2 and rest[0].lower() == "on" and all(re.fullmatch(r"[A-Za-z-]+", w) for w in rest[1:]):
                    # "Rector's adviser on international cooperation X", "adviser on migration X"
                    b = s - 1 if s > 0 and re.fullmatch(r"[\w-]+['’]s", seg[s - 1].text) and \
                        is_post(seg[s - 1].text[:-2].lower()) else s
                    info = PostInfo(post=(seg[b].start, seg[-1].end))
                    if b > 0 and re.fullmatch(r"[A-Z]{2,7}", seg[b - 1].text) and is_org_head(seg[b - 1].text, lang):
                        info.org = (seg[b - 1].start, seg[b - 1].end)  # "ILO Senior Specialist on ... X"
                    return info
                if len(rest) >= 2 and rest[0].lower() in ("of", "to", "in") and \
                        (rest[-1][:1].isupper() or rest[-1].lower() in _EN_INNER - {"of", "the", "for", "and", "on"} or
                         is_org_head(rest[-1], lang)) and \
                        all(w[:1].isupper() or w.lower() in _EN_INNER or is_unit(w) or
                            (w in (",", "in") and q + 2 < len(rest) and rest[q + 2][:1].isupper())
                            for q, w in enumerate(rest[1:])):
                    info = PostInfo(post=(seg[s].start, seg[-1].end))
                    m = re.fullmatch(r"([\w-]+)['’]s", seg[s - 1].text) if s > 0 else None
                    if m and (is_org_head(m.group(1), "en") or is_org_head(m.group(1).lower(), "en")):
                        # "IOM's chief of mission in Kyrgyzstan Anna Berg": the possessor is the organisation
                        b = _en_name_start(seg, s - 1)
                        info.org = (seg[b].start, seg[s - 1].end - 2)
                    elif s > 0 and re.fullmatch(r"[A-Z]{2,7}", seg[s - 1].text) and is_org_head(seg[s - 1].text, lang) \
                            and seg[s - 1].text.lower() not in _COUNTRY_ABBR:
                        info.org = (seg[s - 1].start, seg[s - 1].end)  # "UNICEF representative in Kyrgyzstan X"
                    return info
            return None
    # ru (and en dash layout): the first post head of the segment, with no clause between it and the name
    for s in range(len(seg)):
        if _post_head(seg, s) == 0:
            continue
        if lang == "ru" and s > 0 and seg[s - 1].text.lower() in ("с", "со", "перед", "между", "для", "к", "у", "от"):
            continue  # "в беседе с журналистами заместитель ...": an object, not the person's post
        if lang == "ru" and _oblique_plural_ru(seg[s].text) and s + 1 < len(seg) and _post_head(seg, s + 1):
            continue  # "сообщила журналистам заместитель ...": the addressee, not the post
        between = [t.text for t in seg[s:]]
        if any(w.lower() in _RU_CLAUSE | _EN_CLAUSE for w in between):
            continue
        if lang == "ru" and any(morph.is_verb_ru(w) for w in between if w[:1].islower() and len(w) > 2):
            continue
        info = parse_post_first(seg[s:], lang)
        if info:
            _split_area(doc, info, lang)
            return info
    return None


_AREA_RU = re.compile(r"\s+в\s+((?:[А-ЯЁ][\w-]+(?:ской|цкой)\s+(?:области|районе|регионе))|(?:г\.\s*|городе\s+)"
                      r"[А-ЯЁ][\w-]+)\s*$")
_AREA_EN = re.compile(r"\s+in\s+(?:the\s+)?(?:city\s+of\s+)?([A-Z][\w-]+(?:\s+(?:region|oblast|province|district|city))?)"
                      r"\s*$")
_AREA_KY = re.compile(r"([А-ЯӨҮҢ][\w-]+\s+(?:облусундагы|районундагы|шаарындагы))")


def org_after_name(doc: Doc, tokens: list[Token], last: int) -> Span | None:
    """English: the organisation written right after a name whose post came before it ('Lawyer X of "Adilet"',
    'Economist X from the Central Asia Institute'): a quoted name, or capitalised words with an organisation head."""
    if doc.lang == "ru" and last < len(tokens) and tokens[last].text.lower() == "из":
        return _org_after_iz(tokens, last + 1)
    if doc.lang != "en" or last >= len(tokens) or tokens[last].text.lower() not in ("of", "from", "at"):
        return None
    words = _words(tokens)
    i = last + 1
    if i < len(words) and words[i].lower() == "the":
        i += 1
    if i >= len(words):
        return None
    start = i
    if words[i] in ('"', "“", "«"):
        close = {'"': '"', "“": "”", "«": "»"}[words[i]]
        j = next((k for k in range(i + 1, min(len(words), i + 12)) if words[k] == close), None)
        if j is None or j == i + 1:
            return None
        return tokens[start].start, tokens[j].end
    j = _en_capitalised_name_end(words, i)
    if j == i or not any(is_org_head(w, "en") for w in words[i:j]):
        return None
    if j < len(words) and words[j] in ('"', "“", "«"):
        # 'of the Public Foundation "Egl"': the quoted name belongs to the organisation
        close = {'"': '"', "“": "”", "«": "»"}[words[j]]
        q = next((k for k in range(j + 1, min(len(words), j + 12)) if words[k] == close), None)
        if q is not None and q > j + 1:
            return tokens[start].start, tokens[q].end
    return tokens[start].start, tokens[j - 1].end


def _en_capitalised_name_end(words: list[str], i: int) -> int:
    """End of an English capitalised name starting at words[i]: capitalised words joined by of / for / and / on /
    the ("Ministry of Foreign Affairs of the Kyrgyz Republic"), and a comma list of capitalised words closed by
    "and" ("Ministry of Labour, Social Security and Migration")."""
    n = len(words)
    j = i
    while j < n:
        w = words[j]
        if w[:1].isupper():
            j += 1
            continue
        if j > i and w.lower() in ("of", "for", "and", "on", "the", "&"):
            k = j + 1
            if k < n and words[k].lower() == "the" and w.lower() != "the":
                k += 1
            if k < n and words[k][:1].isupper():
                j = k
                continue
        if j > i and w == ",":
            # ", Social Security and Migration": capitalised words up to "and" + a capitalised word
            k = j + 1
            while k < n and k < j + 5 and words[k][:1].isupper():
                k += 1
            if k > j + 1 and k + 1 < n and words[k] == "and" and words[k + 1][:1].isupper():
                j = k + 1
                continue
        break
    return j


def org_possessive_before(doc: Doc, tokens: list[Token], first: int) -> Span | None:
    """English "IOM's Farrukh Sharipov said ...": a body in the possessive right before a name, no post."""
    if doc.lang != "en" or first == 0:
        return None
    m = re.fullmatch(r"([\w-]+)['’]s", tokens[first - 1].text)
    if not m or not (is_org_head(m.group(1), "en") or is_org_head(m.group(1).lower(), "en")):
        return None
    b = _en_name_start(tokens, first - 1)
    return tokens[b].start, tokens[first - 1].end - 2


def _org_after_iz(tokens: list[Token], i: int) -> Span | None:
    """Russian 'Айбек Осмонов из ОФ «Ак Жол»', '... из Международной организации по миграции': an organisation
    head (or abbreviation) with its quoted name or its capitalised / genitive words."""
    words = _words(tokens)
    n = len(words)
    j = i
    while j < n and j < i + 3 and words[j][:1].isupper() and not is_org_head(words[j], "ru"):
        j += 1  # "из Международной организации": capitalised adjectives before the head
    if j >= n or not is_org_head(words[j], "ru"):
        return None
    q = next((k for k in range(j + 1, min(n, j + 4)) if words[k] in ("«", "“", '"')), None)
    if q is not None:
        close = {"«": "»", "“": "”", '"': '"'}[words[q]]
        c = next((k for k in range(q + 1, min(n, q + 12)) if words[k] == close), None)
        if c is not None:
            return tokens[i].start, tokens[c].end
    e = j + 1
    while e < n and (words[e][:1].isupper() or words[e] == "по" or
                     (words[e].islower() and _adj_ru(words[e]) and e + 1 < n and not morph.is_verb_ru(words[e])) or
                     (words[e].islower() and e > j + 1 and words[e - 1] == "по" and not morph.is_verb_ru(words[e]))):
        e += 1
    while e > j + 1 and words[e - 1] == "по":
        e -= 1
    return tokens[i].start, tokens[e - 1].end


def org_in_brackets(doc: Doc, tokens: list[Token], last: int) -> Span | None:
    """An organisation in brackets right after a name ('Айнура Токтогулова (ОФ «Мээрим»)', 'Aibek Osmonov (IOM
    Kyrgyzstan)'): a bracket holding an organisation head, an abbreviation or a quoted name, and no post."""
    if last >= len(tokens) or tokens[last].text != "(":
        return None
    words = _words(tokens)
    close = next((k for k in range(last + 1, min(len(words), last + 16)) if words[k] == ")"), None)
    if close is None or close == last + 1:
        return None
    inner = words[last + 1:close]
    if any(w in ",;" for w in inner) or any(is_post(w) for w in inner):
        return None
    if not any(is_org_head(w, doc.lang) or w in ('"', "«", "“") for w in inner):
        return None
    return tokens[last + 1].start, tokens[close - 1].end


def _split_area(doc: Doc, info: PostInfo, lang: str) -> None:
    """Move a trailing place ('в Ошской области', 'in the city of Osh') from the organisation to `area`."""
    if lang == "ky":
        if info.org:
            m = _AREA_KY.match(doc.text, info.org[0], info.org[1])
            if m and m.end() < info.org[1] - 3:
                info.area = (m.start(1), m.end(1))
                rest = m.end()
                while rest < info.org[1] and doc.text[rest] in " \n":
                    rest += 1
                info.org = (rest, info.org[1])
                return
        for span in (info.post, info.org):
            if span:
                m = _AREA_KY.search(doc.text, span[0], span[1])
                if m:
                    info.area = (m.start(1), m.end(1))
                    return
        return
    if not info.org:
        if info.post and lang != "ky":
            # no organisation: a trailing place in the post ("... в Таласской области", "... in Osh region") is the
            # area
            s, e = info.post
            m = (_AREA_EN if lang == "en" else _AREA_RU).search(doc.text[s:e])
            if m and m.start() > 0:
                info.area = (s + m.start(1), s + m.end(1))
                info.post = (s, s + m.start())
        return
    s, e = info.org
    if re.search(r"(?:мэри|mayor|municipal|akimiat|акимиат|муниципал)", doc.text[s:e], re.I):
        return
    if lang == "en" and re.search(r"\b(?:International|United Nations|UN)\b", doc.text[s:e]):
        return  # an international body's office in a city or country: "International Organization for Migration in Osh"
    if re.search(r"(?i)(?:consulat|embass|mission|representation|office|branch|bureau|консульств|посольств|"
                 r"представительств|миссии|миссия|филиал|бюро)", doc.text[s:e]):
        return  # "Consulate General of the Kyrgyz Republic in Yekaterinburg": where it sits is part of its name

    rx = _AREA_EN if lang == "en" else _AREA_RU
    m = rx.search(doc.text[s:e])
    if m and m.start() > 0:
        info.area = (s + m.start(1), s + m.end(1))
        info.org = (s, s + m.start())


def _has_verb(ts: list[Token], lang: str) -> bool:
    for t in ts:
        w = t.text
        if not w[:1].isalpha() or not w[:1].islower():
            continue
        if lang == "ru" and morph.is_verb_ru(w) and "VERB" in morph.tags(w):
            return True
        if lang == "en" and w in _EN_CLAUSE:
            return True
        if lang == "ky" and re.search(r"(?:ды|ди|ду|дү|ты|ти|ту|тү|шты|шти|иптир|ыптыр)$", w) and len(w) > 4 \
                and not is_post(w):
            return True
    return False


_ENTRY_SPLIT = re.compile(r"\s*(?:,|;|:|\s[—–-]\s|\(|\))\s*")


def post_in_entry(doc: Doc, start: int, end: int, name: tuple[int, int]) -> PostInfo | None:
    """A speakers'-list entry in any order ("post, org, name", "org, post, name", "name (org, post)"): classify the
    comma / dash / bracket pieces other than the name into post, organisation and other titles."""
    lang = doc.lang
    text = doc.clean
    pieces: list[tuple[int, int]] = []
    pos = start
    for m in _ENTRY_SPLIT.finditer(text, start, end):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, end))
    toks_of = {}
    for a, b in pieces:
        a2, b2 = a, b
        if a2 <= name[0] < b2 or a2 < name[1] <= b2:
            # the piece holding the name: keep what is written before / after it
            left, right = (a2, name[0]), (name[1], b2)
            # '1. «Title» — org post Name': what stands before a dash on the left is not the person's
            dashes = [t for t in doc.tokens if a2 <= t.start and t.end <= name[0] and t.text in "—–"]
            if dashes:
                left = (dashes[-1].end, name[0])
            for x, y in (left, right):
                ts = [t for t in doc.tokens if x <= t.start and t.end <= y and t.text not in "–—-.;"]
                if ts:
                    toks_of[(x, y)] = ts
            continue
        ts = [t for t in doc.tokens if a2 <= t.start and t.end <= b2 and t.text not in ";"]
        while ts and ts[-1].text in ".;":
            ts.pop()
        if ts:
            toks_of[(a2, b2)] = ts
    dash = max((t.end for t in doc.tokens if start <= t.start and t.end <= name[0] and t.text in "—–"), default=None)
    if dash is not None and re.match(r"\s*(?:[-–—•*]\s*)?(?:\d{1,2}[.)]\s*)?[«\"“]", text[start:dash]):
        # '1. "Women in migration: survey results" — Name, post, org': the title before the dash is not the person's
        toks_of = {k: v for k, v in toks_of.items() if k[0] >= dash or k[1] > name[0]}
    post: PostInfo | None = None
    org_piece = None
    others = []
    merged: dict[tuple[int, int], list[Token]] = {}
    last = None
    for key, ts in toks_of.items():
        # a name cut by a comma continues ("Эмгек, социалдык камсыздоо ..."); a dash or bracket starts a new piece
        if re.fullmatch(r"\d{1,2}", ts[0].text) and len(ts) <= 2:
            continue  # "3." of a numbered list
        if last is not None and _is_continuation(ts, lang) and not any(is_post(t.text) for t in ts[:2]) and \
                not (ts[0].text in _sets()["title"]) and \
                not all(t.text in _sets()["title"] or t.text in "." for t in merged[last]) and \
                "," in text[merged[last][-1].end:ts[0].start]:
            merged[last] = merged[last] + ts
            continue
        merged[key] = ts
        last = key
    toks_of = merged
    for key, ts in list(toks_of.items()):
        if _has_verb(ts, lang):
            for k2 in [k for k in toks_of if k[0] >= key[0]]:
                del toks_of[k2]
            break
    for key, ts in toks_of.items():
        info = parse_post_last(ts) if lang == "ky" else parse_post_first(ts, lang)
        if info and info.post and post is None:
            post = info
            continue
        if _is_other(ts, lang):
            others.append((ts[0].start, ts[-1].end))
            continue
        if len(ts) > 1 and ts[0].text.isdigit() and ts[1].text in ".)":
            continue  # '2. «Title»': a numbered presentation title, not an organisation
        if any(is_org_head(t.text, lang) or t.text in "«“\"" for t in ts) and org_piece is None:
            org_piece = (ts[0].start, ts[-1].end)
    if post is None and others and org_piece is not None:
        # "Dr X, Associate Professor, Y University": with no post, the academic title is what the entry gives
        post = PostInfo(post=others.pop(0))
    if post is None:
        return None
    if post.org is None and org_piece is not None:
        post.org = org_piece
    elif post.org is not None and org_piece is not None and post.post is not None and post.org[0] >= post.post[1] \
            and any(is_unit(w) for w in
                                                                re.findall(r"[\w-]+", doc.clean[post.org[0]:post.org[1]])):
        post.post = (post.post[0], post.org[1]) if post.post else post.org
        post.org = org_piece
    post.other = others[:3]
    _split_area(doc, post, lang)
    return post



def _en_name_start(seg: list, end: int) -> int:
    """Start of the capitalised English organisation name that ends just before index `end` ("State Migration
    Service", "Fund of Social Security"): walk left over capitalised words and joiners, stop at articles and posts."""
    b = end
    while b > 0 and (seg[b - 1].text[:1].isupper() or seg[b - 1].text in _EN_JOINERS) \
            and seg[b - 1].text.lower() not in _EN_ARTICLES and not is_post(seg[b - 1].text):
        b -= 1
    while b < end and seg[b].text in _EN_JOINERS:
        b += 1
    return b


_EN_JOINERS = ("of", "for", "and", "on")

__all__ = ["PostInfo", "org_in_brackets", "org_possessive_before", "post_in_entry", "parse_post_first", "parse_post_last", "post_after", "post_before", "is_post", "is_org_head",
           "apposition"]
