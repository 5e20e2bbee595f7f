"""Proposals, recommendations, tasks and decisions, each as written, without its framing verb.

Four shapes, in every language: (1) a list after a header ("Внесены предложения:", "Түшкөн сунуштар:",
"Recommendations:"), numbered or bulleted; (2) an inline list after a cue and a colon, split at semicolons, or at
commas when the items are parallel ("expanding ..., allowing ..., and improving ..."); (3) reported speech with a
framing verb, which is left out ("Она предложила ...", "He proposed that ...", "... сунуштады", "комитет решил
..."); (4) a sentence whose own predicate is modal, which is kept ("Нужно дать ...", "... түзүү зарыл", "... should
...") — only when the modal governs an action (infinitive / verbal noun / verb), so "Учить его нужно до выезда" and
"all of us need common rules" are not proposals. Headlines restate proposals and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kenesh.extract import lexicon, morph, posts, roles
from kenesh.extract.names import Person
from kenesh.extract.segment import Doc, Sentence

Span = tuple[int, int]


@dataclass
class Proposal:
    start: int
    end: int
    by: int | None  # index into the people list


_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•*–—·▪●]|[a-zа-я]\)|\((?:\d{1,2}|[a-zа-я]|[ivx]{1,4})\))\s+")
_KY_VNOUN = re.compile(r"(?:уу|үү|оо|өө|ыш|иш|уш|үш|ууга|үүгө|оого|өөгө|уусу|үүсү|оосу|өөсү|ушу|үшү|ышы|иши)$")
_PRONOUN = re.compile(r"^(?:он|она|они|ал|алар|he|she|they)$", re.I)
_REASON = re.compile(r",?\s+(?:анткени|себеби|потому\s+что|так\s+как|поскольку|иначе|в\s+противном\s+случае|because|since|"
                     r"otherwise|or\s+else)\b.*$|,\s+as\s+(?:the|a|an|many|more|most|some|they|it|he|she|we|there)\b.*$|"
                     r",\s+(?:там|ведь|тогда\s+как)\s.*$",
                     re.I | re.S)
_ATTRIB = re.compile(r"(?:[»”\"]\s*)?(?:,\s*)?(?:—|–|-)\s+(?:деп|деди|дейт|сказал|отметил|заявил|подчеркнул|"
                     r"добавил|пояснил|считает|уверен|говорит|\w+л[аи]?\b).*$|[»”\"]\s*,?\s*(?:—|–|-)?\s*\S+.*$",
                     re.I | re.S)


def _cue(kind: str, lang: str) -> re.Pattern[str] | None:
    return lexicon.cue("proposal_cues.tsv", kind, lang)


def _strip(doc: Doc, s: int, e: int) -> Span:
    """Trim markers, quotes, dashes, connectives at the start; punctuation and closing quotes at the end."""
    text = doc.clean
    conn = _cue("connective", doc.lang)
    dl = re.match(r"[A-ZА-ЯЁ][A-ZА-ЯЁ -]{2,}(?:,\s*[\w .]+)?(?:\s*\([^)]{1,30}\))?\s*(?:—|–|-|--)\s+|"
                  r"[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?,\s*(?:\d{1,2}\s+\w+|\w+\.?\s+\d{1,2})(?:,?\s*\d{4})?"
                  r"(?:\s*\([^)]{1,30}\))?\s*(?:—|–|\s-|--)\s+", text[s:e])
    if dl and dl.end() < e - s - 8:
        s += dl.end()  # "ALMATY, March 3 (Reuters) - Kazakhstan should ...": the dateline opens the sentence
    changed = True
    while changed and s < e:
        changed = False
        m = _MARK.match(text[s:e])
        if m:
            s += m.end()
            changed = True
        while s < e and text[s] in " \n—–-«“\"„•,:":
            s += 1
            changed = True
        if doc.lang == "ru":
            m = re.match(r"(?:о|об|обо)\s+(?=\w+(?:ии|ие|нии|ении|ании|ке|ве|не)\b)", text[s:e])
            if m and m.end() < e - s - 8:
                s += m.end()  # "выступил с предложением | о создании реестра": the preposition of the frame
                changed = True
        if doc.lang == "ky":
            # a subject pronoun or a gerund clause before the proposal ("Ал ...", "сөз алып, ...")
            m = re.match(r"(?:(?:Ал|Алар|ал|алар|Биз|биз|Мен|мен)\s+|(?:[\wөүң-]+\s+){0,2}[\wөүң-]+(?:ып|ип|уп|үп)\s*,\s+|"
                         r"(?:[\wөүң-]+(?:нын|нин|дын|дин|тын|тин|нун|нүн|дун|дүн|тун|түн)\s+)?(?:айтымында|пикиринде|"
                         r"оюнча|сөзүнө\s+караганда|билдиришинче)\s*,?\s+)", text[s:e])
            if m and m.end() < e - s - 8:
                s += m.end()
                changed = True
        if conn:
            m = re.match(rf"(?:{conn.pattern})(?:\s*,\s*|\s+)", text[s:e], re.I)
            if m and m.end() < e - s:
                s += m.end()
                changed = True
    if doc.lang == "ky":
        m = re.search(r"\s+деп\s*$", text[s:e])  # the quotative "деп" closes the quoted proposal, not part of it
        if m and m.start() > 8:
            e = s + m.start()
    while e > s and text[e - 1] in " \n.;,:!»”\"":
        if text[e - 1] in "»”\"" and text[s:e].count("«") > text[s:e].count("»") - 1 and text[e - 1] == "»" and \
                text[s:e - 1].count("«") > text[s:e - 1].count("»"):
            break
        e -= 1
    return s, e


def _in_headline(doc: Doc, pos: int) -> bool:
    """In the headline, or in a title-like line above the story's first paragraph (a page's menu and section
    lines come first, the headline after them): headlines restate proposals."""
    if doc.headline is not None and doc.headline[0] <= pos < doc.headline[1]:
        return True
    for b in doc.blocks:
        txt = doc.clean[b.start:b.end].strip()
        if len(txt) >= 150 and re.search(r"[.!?»\"”]$", txt):
            return False  # the body has begun
        if b.start <= pos < b.end:
            return b.label is None and not b.list_item and "\n" not in txt and len(txt) < 200 and \
                not re.search(r"[.!?:;»\"”]$", txt)
    return False


def _people_in(people: list[Person], s: int, e: int) -> list[tuple[int, int]]:
    """(person index, mention start) of mentions inside [s, e), in text order."""
    out = []
    for i, p in enumerate(people):
        for m in p.mentions:
            if s <= m.start < e:
                out.append((i, m.start))
    return sorted(out, key=lambda x: x[1])


def _last_person_before(people: list[Person], pos: int) -> int | None:
    best, best_pos = None, -1
    for i, p in enumerate(people):
        for m in p.mentions:
            if best_pos < m.start < pos:
                best, best_pos = i, m.start
    return best


def _speaker(doc: Doc, people: list[Person], sent: Sentence, cue_start: int) -> int | None:
    before = _people_in(people, sent.start, cue_start)
    if before:
        return before[-1][0]
    after = _people_in(people, cue_start, sent.end)
    block = doc.blocks[sent.block]
    if after:
        return after[0][0]
    rest = _people_in(people, sent.end, block.end)
    if rest and re.search(r"[»”\"]\s*,?\s*[-—–]", doc.clean[sent.start:block.end]):
        return rest[0][0]
    return _last_person_before(people, sent.start)


# ---------------------------------------------------------------------------------------------------------------


def _list_header(doc: Doc, bi: int) -> bool:
    b = doc.blocks[bi]
    txt = doc.clean[b.start:b.end].strip()
    if b.label == "proposals":
        return True
    short_header = len(txt.split()) <= 6 and bi + 1 < len(doc.blocks) and doc.blocks[bi + 1].list_item
    if not txt.endswith(":") and not short_header:
        return False
    for kind in ("header", "frame", "decide", "request"):
        rx = _cue(kind, doc.lang)
        if rx and rx.search(txt):
            return True
    return False


def _split_inline(doc: Doc, s: int, e: int, verbs: bool = False, force: bool = False) -> list[Span]:
    """Split an inline list at semicolons, or at commas when the items start alike (or when the lead counts them:
    "agreed on three steps: a hotline, shared leaflets, and monthly checks")."""
    text = doc.clean[s:e]
    that = list(re.finditer(r",?\s+(?:and|и)\s+(?:that|чтобы|что|for)\s+" + (r"|,?\s+and\s+to\s+(?=[a-z])" if verbs else ""),
                            text))
    if doc.lang != "ky" and that and ";" not in text:
        # "proposed that A publish X, and that B check Y": one proposal per "that" clause
        out, pos = [], 0
        for jm in that:
            out.append((s + pos, s + jm.start()))
            pos = jm.end()
        out.append((s + pos, e))
        return [x for a, b in out if doc.clean[a:b].strip() for x in _split_coordinated(doc, a, b)]
    also = re.search(r",\s*а\s+также\s+", text) if doc.lang == "ru" and ";" not in text else None
    if also:
        w1, w2 = re.match(r"\s*([\w-]+)", text), re.match(r"([\w-]+)", text[also.end():])
        if w1 and w2 and _kind(w1.group(1), "ru") == _kind(w2.group(1), "ru") == "inf":
            # "включить ... в программы кредитования, а также организовать ... курсы": two actions, two proposals
            return [(s, s + also.start()), (s + also.end(), e)]
    if ";" in text:
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^;]+", text)]
    else:
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", text)]
        if doc.lang == "ky":
            # "... түзүүнү жана ... ачууну": "жана" after a verbal noun joins two items; "мектептерге жана үй-бүлөлүк
            # медицина борборлоруна" (two nouns inside one item) does not
            split: list[Span] = []
            for a, b in parts:
                pos = a
                for jm in re.finditer(r"\s+жана\s+", text[a:b]):
                    prev = re.findall(r"[\wөүң-]+", text[pos:a + jm.start()])
                    nxt = re.findall(r"[\wөүң-]+", text[a + jm.end():b])[:3]
                    if prev and prev[0][:1].isupper() and len(prev) <= 3 and any(posts.is_org_head(w, "ky") for w in nxt):
                        continue  # "Билим берүү жана илим министрлигине": a body's name
                    if prev and _kind(prev[-1], "ky") == "vn" and len(prev) >= 2:
                        split.append((pos, a + jm.start()))
                        pos = a + jm.end()
                split.append((pos, b))
            parts = split
        parts = [(a, b) for a, b in parts if text[a:b].strip()]
        if doc.lang != "ky" and len(parts) >= 2:
            # the last item joined by "and" / "и" ("X, Y and Z")
            a, b = parts[-1]
            k0 = re.findall(r"[\w-]+", text[parts[0][0]:parts[0][1]])
            chosen = None
            for jm in re.finditer(r"\s+(?:and|и)\s+(?:to\s+)?", text[a:b]):
                # the "and" that opens an item like the first ("..., opening X and publishing lists in Uzbek and
                # Kyrgyz": not the last "and")
                first = re.match(r"[\w-]+", text[a + jm.end():b])
                if first and k0 and _kind(first.group(0), doc.lang, verbs) == _kind(k0[0], doc.lang, verbs) != "x":
                    chosen = jm
            if chosen is not None:
                parts[-1:] = [(a, a + chosen.start()), (a + chosen.start(), b)]
        heads = [re.findall(r"[\wөүң-]+", text[a:b]) for a, b in parts]
        if doc.lang == "ky":
            keys = [h[-1] if h else "" for h in heads]
        else:
            keys = [h[1] if h and h[0].lower() in ("and", "и", "жана") and len(h) > 1 else (h[0] if h else "")
                    for h in heads]
            keys = [h[h.index(k) + 1] if k.lower() == "to" and h.index(k) + 1 < len(h) else k
                    for h, k in zip(heads, keys)]
        if doc.lang == "ky" and any(len(h) < 2 for h in heads):
            return [(s, e)]  # "Билим берүү жана илим министрлигине ...": a name with "жана", not a list
        if len(parts) < (2 if doc.lang == "ky" else 3) or not (force or _parallel(keys, doc.lang, verbs)):
            return _split_coordinated(doc, s, e)
        if verbs and any(len([w for w in h if w.lower() not in ("and", "to")]) < 2 for h in heads):
            return [(s, e)]  # "improve access to clinics, schools and courts": nouns, not verb phrases
    out = []
    for a, b in parts:
        seg = text[a:b]
        m = re.match(r"\s*(?:(?:and|и|а\s+также|жана|also)\s+)?(?:to\s+)?", seg, re.I)
        a2 = a + (m.end() if m else 0)
        out += _split_coordinated(doc, s + a2, s + b)
    return out


def _split_coordinated(doc: Doc, s: int, e: int) -> list[Span]:
    """One proposal per action when a proposal coordinates several ("перевести памятку ... и разрешить детям ...",
    "guarantee 32 paid hours a week and ban deductions ...", "a labour inspector in Ansan and a shelter for ...").
    Only a conjunction or comma followed by a word of the same kind as the proposal's own first action splits:
    an infinitive in Russian, a verb of data/lexicons/en_action_verbs.txt or an article in English."""
    text = doc.clean[s:e]
    lang = doc.lang
    words = list(re.finditer(r"[\w'-]+", text))
    if len(words) < 5 or lang == "ky":
        return [(s, e)]
    cuts: list[tuple[int, int]] = []
    if lang == "ru":
        if not any("INFN" in morph.tags(w.group(0).lower()) for w in words[:3]):
            return [(s, e)]
        for m in re.finditer(r"(?:,\s*(?:и\s+|а\s+также\s+)?|\s+и\s+)(?=([\w-]+))", text):
            if "INFN" in morph.tags(m.group(1).lower()) and not _inside_brackets(text, m.start()):
                cuts.append((m.start(), m.end()))
    else:
        verbs = lexicon.words("en_action_verbs.txt")
        modal = _cue("modal", "en")
        first = words[0].group(0).lower()
        opens_verb = first in verbs or bool(modal and re.search(rf"^(?:[\w'-]+\s+){{0,6}}?(?:{modal.pattern})\s+(?:\w+\s+)?"
                                                               rf"(?:{'|'.join(sorted(verbs))})\b", text))
        # a list of things is split only after a verb that asks for things ("called for a ban ..., a blacklist ...
        # and contracts ..."); "We need a contract, a day off and ..." is one demand
        opens_article = first in ("a", "an") and bool(re.search(
            r"(?:(?:called|calls|call|pressed|pushed|argued|appealed|asked|lobbied)\s+for|proposed|recommended|suggested|"
            r"demanded|urged|advocated|sought)\s*$", doc.clean[max(0, s - 30):s]))
        for m in re.finditer(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:to\s+)?(?=([\w'-]+))", text):
            nxt = m.group(1).lower()
            if _inside_brackets(text, m.start()):
                continue
            if opens_verb and nxt in verbs or opens_article and nxt in ("a", "an") and " and " in m.group(0) + " ":
                cuts.append((m.start(), m.end()))
        if opens_article and not cuts:
            # "a ban on fees, a public blacklist of agencies and written contracts": a list of three or more things
            commas = [m for m in re.finditer(r",\s+(?=([\w'-]+))", text) if not _inside_brackets(text, m.start())
                      and m.group(1).lower() not in _EN_CLAUSE_WORDS]
            if any(re.fullmatch(r"\w+ed|run|held|made|paid|led|built|set|known|given|taken|based|funded", m.group(1).lower())
                   or m.group(1)[:1].isupper() and re.search(r"[A-Z][\w'-]*$", text[:m.start()]) for m in commas):
                # ", run jointly by the UK and ...": a participle says more of the thing; ", Migration and Employment
                # of Population": the comma is inside a body's name; no list
                commas = []
            last = None
            if commas:
                for last in re.finditer(r"\s+and\s+(?=([\w'-]+))", text[commas[-1].end():]):
                    pass
            if len(commas) >= 1 and last is not None and last.group(1).lower() not in _EN_CLAUSE_WORDS:
                cuts = [(m.start(), m.end()) for m in commas]
                base = commas[-1].end()
                cuts.append((base + last.start(), base + last.end()))
    # "создать базу ... и связать её с ...", "make copies ... and keep them with relatives": the second action acts on
    # what the first made; one proposal
    cuts = [c for c in cuts if len(re.findall(r"\w+", text[:c[0]])) >= 2 and
            not re.match(r"[\w'-]+\s+(?:ее|её|его|их|им|ей|ему|it|them|these|this|those)\b", text[c[1]:], re.I)]
    if not cuts:
        return [(s, e)]
    out, pos = [], 0
    for a, b in cuts:
        out.append((s + pos, s + a))
        pos = b
    out.append((s + pos, e))
    return [(a, b) for a, b in out if len(re.findall(r"\w+", doc.clean[a:b])) >= 2]


_EN_CLAUSE_WORDS = frozenset("""who whose which that where when while including such especially with in for from to of
as at by on so but or and not he she they it we""".split())


def _inside_brackets(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count("(") > before.count(")") or before.count("«") > before.count("»") or before.count('"') % 2 == 1


_EN_NOT_VERB = frozenset("""the a an of in on at for with from by and or but their its his her our this that these those
all each every more most some any other new local regional national""".split())


def _kind(w: str, lang: str, verbs: bool = False) -> str:
    w = w.lower()
    if lang == "en":
        if w.endswith("ing"):
            return "ing"
        # after "agreed to" / "decided to" the items are bare verbs ("set up ..., exchange ... and hold ...")
        return "verb" if verbs and w.isalpha() and w not in _EN_NOT_VERB else "x"
    if lang == "ru":
        if re.search(r"(?:ть|ти|чь)(?:ся|сь)?$", w):
            return "inf"
        if re.search(r"(?:ние|ния|ций|ция|ение|ание)$", w):
            return "noun"
        return "x"
    return "vn" if re.search(r"(?:уу|үү|оо|өө|ыш|иш|уш|үш)(?:ну|нү|ну|ды|ди|га|ге|го|гө)?$|(?:ууну|үүнү|оону|өөнү)$",
                             w) else "x"


def _parallel(firsts: list[str], lang: str, verbs: bool = False) -> bool:
    ks = {_kind(w, lang, verbs) for w in firsts if w}
    return len(ks) == 1 and "x" not in ks


def extract(doc: Doc, people: list[Person]) -> list[Proposal]:
    out: list[Proposal] = []
    taken: list[Span] = []

    def add(s: int, e: int, by: int | None) -> None:
        for p in people:
            for x in p.mentions:
                if s < x.start < e:
                    cm = re.search(r",\s*(?:а|и|но|and|but|while)\s+(?:\S+\s+){0,3}$", doc.clean[s:x.start])
                    if cm:
                        e = s + cm.start()
        if any(x.end <= s and not doc.clean[x.end:s].strip(" ,") for p in people for x in p.mentions):
            s = _skip_apposition(doc, s, e)
        s, e = _strip(doc, s, e)
        if e - s < 8 or len(doc.clean[s:e].split()) < 2:
            return
        if _not_a_proposal(doc, s, e):
            return
        if any(not (e <= a or s >= b) for a, b in taken):
            return
        taken.append((s, e))
        out.append(Proposal(s, e, by))

    # (1) lists after a header
    for bi, b in enumerate(doc.blocks):
        if not _list_header(doc, bi):
            continue
        inline = doc.clean[b.start:b.end]
        colon = inline.find(":")
        if b.label == "proposals" and colon != -1 and inline[colon + 1:].strip():
            for s, e in _split_inline(doc, b.start + colon + 1, b.end):
                add(s, e, None)
            continue
        k = bi + 1
        while k < len(doc.blocks) and doc.blocks[k].list_item:
            add(doc.blocks[k].start, doc.blocks[k].end, None)
            k += 1
    # sentence-level shapes
    leads: list[Proposal] = []
    for sent in doc.sentences:
        if _in_headline(doc, sent.start) or doc.blocks[sent.block].label or \
                roles.earlier_occasion(doc, sent.start, sent.end):
            continue
        if _dateline_lead(doc, sent):
            _sentence(doc, people, sent, lambda a, b, by: leads.append(Proposal(a, b, by)))
            continue
        _sentence(doc, people, sent, add)
    body = [_content_words(doc.clean[p.start:p.end]) for p in out]
    for p in leads:
        # the lead of a wire story restates what the body reports; it stands only for what the body does not say
        words = _content_words(doc.clean[p.start:p.end])
        if not any(len(words & b) >= 0.5 * min(len(words), len(b)) for b in body if b):
            add(p.start, p.end, p.by)
    out.sort(key=lambda p: p.start)
    return out


def _content_words(text: str) -> set[str]:
    """Word stems (first five letters) of the longer words: enough to tell a restatement from another proposal."""
    return {w[:5].lower() for w in re.findall(r"[^\W\d_]{4,}", text)}


_QUESTION_WORD = re.compile(r"(?i)(?:^|\s)(?:кто|что|где|куда|когда|почему|зачем|сколько|who|what|where|when|why|how|"
                            r"which|ким|эмне|эмнени|кайда|качан|кантип|канча)\b")
_COUNTED_THINGS = re.compile(r"(?i)^(?:о|об)?\s*(?:двух|трех|трёх|четырех|пяти|нескольких|two|three|four|five|several)\s+"
                             r"[\w-]+$")


def _not_a_proposal(doc: Doc, s: int, e: int) -> bool:
    """A question ("Кто должен платить ...?", "What should change?", «... эмнени текшериш керек»), or the
    announcement of a list ("о трех вещах"), is no proposal."""
    seg = doc.clean[s:e]
    after = doc.clean[e:e + 3]
    if "?" in seg or after.lstrip(" »”\"").startswith("?"):
        return True
    if _COUNTED_THINGS.match(seg.strip()):
        return True
    if doc.lang == "ky" and re.search(r"(?:^|\s)(?:[Ээ]мне|[Ээ]мнени|[Кк]айда|ким|кимге|[Кк]ачан|[Кк]антип|[Кк]анча)\s", seg) and \
            re.search(r"(?:керек|зарыл|тийиш)\s*$", seg):
        return True  # «Агенттикке акча төлөөдөн мурун эмнени текшериш керек»: an indirect question
    return False


def _skip_apposition(doc: Doc, s: int, e: int) -> int:
    """Start of a proposal that follows a name: past the comma pieces that give the person's post or organisation
    ("According to X, an expert at the foundation "Insan", employers must ...", "Нурлан Асанов, ... башчысы,
    пенсиялык ... керек")."""
    text = doc.clean
    pos = s
    for _ in range(3):
        m = re.match(r"\s*,\s*([^,;:.!?]{2,160}?),\s*", text[pos:e])
        if not m:
            break
        words = re.findall(r"[\w'’-]+", m.group(1))
        if not any(posts.is_post(w) or posts.is_post(w.lower()) or posts.is_org_head(w, doc.lang) for w in words):
            break
        if doc.lang == "ru" and any(morph.is_verb_ru(w) for w in words if w.islower() and len(w) > 3):
            break
        pos += m.end()
    return pos


def _dateline_lead(doc: Doc, sent: Sentence) -> bool:
    """The lead sentence of a wire story ('BISHKEK, 14 May 2025 — ... should ..., X said') restates the story."""
    b = doc.blocks[sent.block]
    if sent.start != b.start:
        return False
    return bool(re.match(r"\s*[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?,\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)[^—–]{0,40}?(?:[—–]|\s-\s)",
                         doc.clean[sent.start:sent.end]))


_CLAUSE_JOIN = re.compile(r"(?:,\s*(?:а\s+также|а|и\s+также|and\s+also|while)|;|,\s*and)\s+", re.I)


def _clauses(doc: Doc, sent: Sentence) -> list[Sentence]:
    """Split a sentence with two framing verbs in coordinated clauses ("комитет поручил X ..., а также
    рекомендовал Y ...", "He proposed A, and she called for B") into one clause per verb."""
    if doc.lang == "ky":
        return [sent]
    txt = doc.clean[sent.start:sent.end]
    hits = []
    for kind in ("frame", "request", "decide"):
        rx = _cue(kind, doc.lang)
        if rx:
            hits += [m.start() for m in rx.finditer(txt)]
    hits.sort()
    if len(hits) < 2:
        return [sent]
    cuts = []
    for a, b in zip(hits, hits[1:]):
        j = None
        for jm in _CLAUSE_JOIN.finditer(txt, a, b):
            j = jm
        if j is None:
            # "urged workers to keep ... and recommended that the embassy ...": "and" right before the next verb
            j = re.search(r"\s+(?:and|и|а\s+также)\s+(?:also\s+|также\s+)?$", txt[a:b])
            if j is not None:
                j = re.search(re.escape(j.group(0)) + "$", txt[:b])
        if j is not None and not _in_quote(doc, sent.start + j.start()):
            cuts.append((j.start(), j.end()))
    if not cuts:
        return [sent]
    out, pos = [], 0
    for cs, ce in cuts:
        out.append(Sentence(sent.start + pos, sent.start + cs, sent.block,
                            [t for t in sent.tokens if sent.start + pos <= t.start and t.end <= sent.start + cs]))
        pos = ce
    out.append(Sentence(sent.start + pos, sent.end, sent.block,
                        [t for t in sent.tokens if sent.start + pos <= t.start]))
    return out


def _sentence(doc: Doc, people: list[Person], sent: Sentence, add) -> None:  # type: ignore[no-untyped-def]
    parts = _clauses(doc, sent)
    if len(parts) > 1:
        for part in parts:
            _sentence_part(doc, people, part, add)
        return
    _sentence_part(doc, people, sent, add)


def _sentence_part(doc: Doc, people: list[Person], sent: Sentence, add) -> None:  # type: ignore[no-untyped-def]
    lang = doc.lang
    s, e = sent.start, sent.end
    txt = doc.clean[s:e]
    # (2) inline list after a cue and a colon
    colon = txt.find(":")
    if colon != -1 and colon < len(txt) - 10:
        pre = txt[:colon]
        modal_lead = (rx := _cue("modal", lang)) is not None and bool(re.search(rf"(?:{rx.pattern})\s*$", pre, re.I))
        objection = re.search(r"(?i)не\s+соглас|возраз|против|disagree|object|oppos|макул\s+эмес|каршы", pre)
        if objection is None and modal_lead or objection is None and any((rx := _cue(k, lang)) and rx.search(pre) for k in ("frame", "decide", "header", "request")):
            by = None
            ppl = _people_in(people, s, s + colon)
            if ppl:
                by = ppl[-1][0]
            counted = bool(re.search(r"(?i)\b(?:two|three|four|five|six|several|following|a\s+few|два|две|три|четыре|пять|"
                                     r"несколько|следующие|следующих|эки|үч|төрт|беш|бир\s+нече|төмөнкү|\d)\b", pre))
            end = _cut_attribution(doc, s + colon + 1, e) if lang != "ky" else e
            for a, b in _split_inline(doc, s + colon + 1, end, force=counted):
                add(a, b, by)
            return
    # (3) framing verbs
    if lang == "ky":
        rx = _cue("frame", "ky")
        m = rx.search(txt) if rx else None
        if m and m.group(0).lower().startswith("тапшыр") and \
                re.search(r"(?<!уу)(?<!үү)(?<!оо)(?<!өө)(?:ны|ни|ну|нү|ды|ди|ду|дү|ты|ти|ту|тү)\s*$", txt[:m.start()]) and \
                not re.search(r"(?:ууну|үүнү|оону|өөнү|ышты|иштi|ушту|үштү|ишти)\s*$", txt[:m.start()]):
            m = None  # "катышуучуларга сертификаттарды тапшырды": handed over a thing, not a task
        if m and m.start() > 0:
            start = s
            ppl = _people_in(people, s, s + m.start())
            by = ppl[-1][0] if ppl else _last_person_before(people, s)
            if ppl:
                p = people[ppl[-1][0]]
                mend = max(x.end for x in p.mentions if s <= x.start < s + m.start())
                start = mend
            for mm in re.finditer(r"(?:^|\s)(?:Ал|Алар|ал)\s|\w+(?:ып|ип|уп|үп|п),\s", txt[:m.start()]):
                start = max(start, s + mm.end())
            conn = _cue("connective", "ky")
            if conn:
                for mm in conn.finditer(txt[:m.start()]):
                    start = max(start, s + mm.end())
            fend = s + m.start()
            tm = re.search(r"\s+(?:тууралуу|жөнүндө)\s*$", doc.clean[start:fend])  # "... түзүү тууралуу сунуш киргизди"
            if tm:
                fend = start + tm.start()
            for a, b in _split_inline(doc, start, fend):
                add(a, b, by)
            return
        dec = _cue("decide", "ky")
        m = dec.search(txt) if dec else None
        if m and m.start() > 0 and not txt[m.end():].strip(" .!\n"):
            # "Тараптар жумушчу топ түзүүгө, ... өткөрүүгө макулдашты": a collective decision, verb last
            start = s
            conn = _cue("connective", "ky")
            if conn:
                for mm in conn.finditer(txt[:m.start()]):
                    start = max(start, s + mm.end())
            subj = re.match(r"\s*(?:[\wөүң-]+\s+){0,3}?(?:администрация|администрациясы|комитет|комиссия|кеңеш|мэрия|"
                            r"министрлик|акимчилик|айыл\s+өкмөтү|тараптар|катышуучулар)\s+", doc.clean[start:s + m.start()])
            if subj:
                start += subj.end()  # "райондук мамлекеттик администрация ... бөлүү чечимин кабыл алды": the subject
            for a, b in _split_inline(doc, start, s + m.start()):
                add(a, b, None)
            return
    else:
        found = [(k, m) for k in ("want", "frame", "request", "decide")
                 if (rx := _cue(k, lang)) is not None and (m := rx.search(txt)) is not None]
        dec = next((m for k, m in found if k == "decide"), None)
        if dec is not None and any(k == "frame" and 0 <= m.start() - dec.end() <= 4 for k, m in found):
            # "The committee decided to recommend X for appointment": the decision's own verb is part of it
            found = [("decide", dec)]
        for kind, m in found:
            if kind == "want" and not _in_quote(doc, s + m.start()):
                continue
            after = txt[m.end():]
            after_s = s + m.end()
            a = re.match(r"\s*(?:,\s*)?(?:что(?:бы)?\s+|that\s+|to\s+)?", after)
            after_s += a.end() if a else 0
            if kind == "want" and lang == "ru" and re.search(r"(?:призыва|прош|прос)\w*$", txt[:m.end()], re.I):
                # "Призываю акимат выделять ...": the addressee is left out, like a request
                toks = list(re.finditer(r"[\w-]+", doc.clean[after_s:e]))[:10]
                inf = next((t for t in toks if "INFN" in morph.tags(t.group(0).lower())), None)
                if inf is not None:
                    after_s += inf.start()
            if kind == "request" and lang == "ru":
                task = "поруч" in m.group(0).lower()
                toks = list(re.finditer(r"[\w-]+", doc.clean[after_s:e]))[:14 if task else 8]
                for t in toks:
                    if "INFN" in morph.tags(t.group(0).lower()):
                        # "попросил мэрию выделить ...": the addressee is left out; "поручил Министерству труда
                        # в месячный срок представить ...": a task keeps who must do it (not a pronoun: "поручил ему")
                        if not task or re.match(r"\s*(?:ему|ей|им|нам|мне|вам)\b", doc.clean[after_s:e], re.I):
                            after_s += t.start()
                        break
                else:
                    continue
            if kind == "request" and lang == "en":
                if re.match(r"\s*(?:about|whether|why|how|if|what|when)\b", after, re.I):
                    continue  # "asked about delays ...": a question, not a request
                if re.search(r"\b(?:are|is|was|were|be|been|being|who|which)\s+$", txt[:m.start()], re.I):
                    continue  # "Workers who are asked for money should ...": a passive, not a request
                mm = re.match(r"\s*(?:the\s+)?(?:[\w',]+\s+){1,10}?to\s+(?=[a-z])", doc.clean[after_s:e])
                if not mm or re.search(r"\b(?:should|must|will|would|can|could|it|them|him|her)\b", mm.group(0)):
                    continue
                after_s += mm.end()
            if kind == "decide" and lang == "en" and not re.search(r"(?:to|that)\s*$", txt[:m.end()]) and \
                    not re.match(r"\s*(?:to|that)\b", after):
                continue
            if kind == "decide" and lang == "ru":
                nxt = re.match(r"\s*([\w-]+)", doc.clean[after_s:e])
                if not nxt or "INFN" not in morph.tags(nxt.group(1).lower()):
                    continue
            by = None if kind == "decide" else _speaker(doc, people, sent, s + m.start())
            end = _cut_attribution(doc, after_s, e)
            verbs = lang == "en" and bool(re.search(r"\bto\s*$", doc.clean[s:after_s]))
            for a, b in _split_inline(doc, after_s, end, verbs):
                add(a, b, by)
            return
    # (4) modal predicates
    _modal(doc, people, sent, add)


def _in_quote(doc: Doc, pos: int) -> bool:
    b = next((bl for bl in doc.blocks if bl.start <= pos < bl.end), None)
    if b is None:
        return False
    si = doc.sentence_at(pos)
    if si >= 0 and re.search(r",\s*[—–]\s*(?:сказал|заявил|отметил|добавил|подчеркнул|пояснил|рассказал|говорит|деди|"
                             r"деп\s)", doc.clean[pos:doc.sentences[si].end]):
        return True  # "Мы хотим, чтобы ..., — сказала X": direct speech without an opening dash
    before = doc.clean[b.start:pos]
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        return True
    if before.count('"') % 2 == 1:
        return True
    return doc.clean[b.start:b.end].lstrip()[:1] in "—–" and not re.search(r",\s*[—–]\s", before)


def _cut_attribution(doc: Doc, s: int, e: int) -> int:
    seg = doc.clean[s:e]
    m = re.search(r"(?:[»”\"]\s*,?\s*[-—–]\s|,\s*[—–]\s|[»”\"]\s*,?\s*(?:said|says|he\s|she\s)|,\"\s|"
                  r",\s*(?:[\w-]+\s+){0,3}?(?:officials|experts|participants|speakers|delegates|activists|lawyers)\s+"
                  r"(?:said|say|says|agreed|noted|warned)\b|"
                  r",\s*(?:[\w-]+\s+){0,3}?(?:officials|experts|participants|speakers|delegates)\b[^,\"”]{0,80}?\s"
                  r"(?:said|say|says|agreed|noted|warned)\b[^,\"”]{0,40}$|"
                  r",\s*(?:he|she|they|[A-Z][\w'’-]+)\s+(?:said|says|added|noted|stressed|explained|told\s+\w+)\b|"
                  r",\s*(?:сообщил[аи]?|заявил[аи]?|отметил[аи]?|рассказал[аи]?|подчеркнул[аи]?|сказал[аи]?|"
                  r"говорится|считают|уверены)\s)", seg)
    if m:
        e = s + m.start()
    seg = doc.clean[s:e]
    m = _REASON.search(seg) or re.search(r",\s*(?:adding|noting|saying|добавив|отметив|подчеркнув),?\s+(?:that|что)\b"
                                         r"|,\s+(?:where|when|which|когда|куда|откуда)\b"
                                         r"|,\s+(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:forum|meeting|round\s*table|"
                                         r"conference|briefing|hearing|seminar|workshop|dialogue|session|consultation|platform|event|summit|congress|"
                                         r"fair|ceremony)\b", seg)
    if m and m.start() > 10:
        e = s + m.start()
    return e


_REASON_BEFORE = {
    "ru": re.compile(r"(?:,\s*(?:поэтому|так\s+что|следовательно|а\s+значит|значит)|;)\s+"),
    "ky": re.compile(r"(?:(?:келди|болду|калды|жатат|жатышат|турат|келет|болот)\s*,|(?:^|,\s*)(?:ошондуктан|ошон\s+үчүн|"
                     r"демек)\s*,?|;)\s+"),
    "en": re.compile(r"(?:,\s*(?:so|but|and\s+so|which\s+is\s+why)|;)\s+"),
}
_INDIRECT = re.compile(r"\b(?:why|whether|how|if|почему|зачем|ли|эмне\s+үчүн|кантип)\b|(?:^|,\s*)(?:кто|где|куда)\b", re.I)
_SAY_THAT = re.compile(r"(?:,\s*(?:что|чтобы)|\s(?:that)|,?\s*деп\s+(?:\w+\s+)?(?:эсептейт|ойлойт|белгиледи|билдирди))\s+",
                       re.I)


def _modal_ok(doc: Doc, txt: str, m: re.Match[str], base: int = 0) -> bool:
    """Whether a modal word in a sentence (txt starts at document offset `base`) opens a proposal."""
    lang = doc.lang
    quoted = _in_quote(doc, base + m.start())
    if lang == "ru":
        if quoted and re.fullmatch(r"нуж(?:ен|на|ны)", m.group(0).lower()):
            return True  # «Нам нужен юрист, который ...»: a demand in the speaker's own words
        nxt = re.findall(r"[\w-]+", txt[m.end():])[:5]
        # the infinitive may follow an adverbial ("должны в равной мере охватывать")
        ok = any("INFN" in morph.tags(w.lower()) for w in nxt[:2]) or \
            any("INFN" in morph.tags(w.lower()) and all(not morph.is_verb_ru(x) for x in nxt[:k])
                for k, w in enumerate(nxt[2:5], 2))
        if re.match(r"\s*,?\s*чтобы\b", txt[m.end():]):
            ok = True
        return ok
    if lang == "ky":
        prev = re.findall(r"[\wөүң-]+", txt[:m.start()])
        if m.group(0).lower() == "муктаж" and prev and re.search(r"(?:га|ге|ка|ке|го|гө|ко|кө)$", prev[-1].lower()):
            return True  # a need statement: "... курстарга муктаж"
        if prev and m.group(0).lower() in ("керектигин", "керектиги", "зарылдыгын", "зарылдыгы", "керектигине",
                                           "зарылдыгына") and prev[-1].islower():
            return True  # "... өзүнчө колдоо программасы керектигин айтты": the need for something, reported
        if quoted and prev and m.group(0).lower() in ("керек", "зарыл") and prev[-1].islower() and \
                not re.search(r"(?:ды|ди|ду|дү|ты|ти|ту|тү|ган|ген|кан|кен)$", prev[-1].lower()):
            return True  # «Бизге кыргызча сүйлөгөн юрист керек»: a demand in the speaker's own words
        return bool(prev) and bool(_KY_VNOUN.search(prev[-1].lower())) or \
            bool(prev) and bool(re.search(r"(?:шы|ши|шу|шү|ышы|иши|шыбыз|шибиз|шубуз|шүбүз|ышыбыз|ишибиз)$",
                                          prev[-1].lower()))
    nxt = re.findall(r"[\w'-]+", txt[m.end():])[:3]
    if not nxt:
        return False
    if nxt[0].lower() == "not":
        return len(nxt) > 1 and nxt[1].lower() not in ("have", "be", "only") and nxt[1].islower()
    if nxt[0].lower() == "be" and len(nxt) > 1 and nxt[1].lower() in ("noted", "said", "mentioned", "stressed"):
        return False
    if nxt[0].lower() == "have" and len(nxt) > 1 and nxt[1].lower() in ("to", "been"):
        return False
    return nxt[0].islower()


def _ky_clause_closes(doc: Doc, start: int, end: int) -> bool:
    """A Kyrgyz modal clause that the text closes right after (no second clause can follow in this sentence)."""
    return not re.search(r"[\wөүң]", doc.clean[end:end + 200].split(".")[0].split("»")[0])


def _modal(doc: Doc, people: list[Person], sent: Sentence, add) -> None:  # type: ignore[no-untyped-def]
    lang = doc.lang
    s, e = sent.start, sent.end
    txt = doc.clean[s:e]
    rx = _cue("modal", lang)
    if rx is None:
        return
    cq = re.search(r":\s*[«\"“]", txt)
    if cq and rx.search(txt[cq.end():]) and any(_modal_ok(doc, txt, mm, s) for mm in rx.finditer(txt, 0, cq.start())):
        # "X ... зарыл экенин белгиледи: «... керек»": the lead's need and the quoted one are two proposals
        for a, b in ((0, cq.start()), (cq.start() + 1, len(txt))):
            _modal(doc, people, Sentence(s + a, s + b, sent.block, [t for t in sent.tokens if s + a <= t.start < s + b]),
                   add)
        return
    adding = re.search(r",\s*(?:adding|noting|saying|stressing)\s+that\s+|,\s*(?:добавив|отметив|подчеркнув),\s*что\s+", txt)
    if adding and rx.search(txt[adding.end():]) and rx.search(txt[:adding.start()]):
        # "Employers must register ..., she said, adding that governments need to share ...": two proposals
        for a, b in ((0, adding.start()), (adding.end(), len(txt))):
            _modal(doc, people, Sentence(s + a, s + b, sent.block, [t for t in sent.tokens if s + a <= t.start < s + b]),
                   add)
        return
    inner = [b.end() for b in re.finditer(r"[.!?]\s+(?=[«\"“]?[А-ЯЁӨҮҢA-Z])", txt)]
    if inner and re.search(r"[«“\"]", txt):
        # «A керек. B тийиш», — деди X: a quote of several sentences kept as one; one proposal per sentence of it
        cuts = [0] + inner + [len(txt)]
        for a, b in zip(cuts, cuts[1:]):
            part = Sentence(s + a, s + b, sent.block, [t for t in sent.tokens if s + a <= t.start < s + b])
            _modal(doc, people, part, add)
        return
    prev_end: int | None = None  # Kyrgyz: the end of the previous modal clause of this sentence
    for m in rx.finditer(txt):
        if prev_end is not None and s + m.start() < prev_end:
            continue
        if not _modal_ok(doc, txt, m, s):
            continue
        clause_start = max(txt.rfind(",", 0, m.start()), txt.rfind(":", 0, m.start()))
        if _INDIRECT.search(txt[max(0, clause_start):m.start()]) and lang != "ky":
            continue
        start = s
        quoted = False
        # inside a quote: start after the opening quote mark of this sentence, if any
        q = max(txt.rfind("«", 0, m.start()), txt.rfind("“", 0, m.start()), txt.rfind('"', 0, m.start()))
        if q != -1 and txt[q] in "«“\"" and txt.count("»", q, m.start()) == 0 and \
                not (txt[q] == '"' and txt.count('"', 0, q) % 2 == 1):
            start = s + q + 1
            quoted = True
        if not quoted:
            # reported: start after the speaker and the verb of saying ("X считает, что ...", "X ... зарыл")
            for i, p in enumerate(people):
                for x in p.mentions:
                    if start <= x.start and x.end <= s + m.start():
                        start = max(start, x.end)
            colon = doc.clean.rfind(":", start, s + m.start())
            if colon != -1:
                start = colon + 1  # "X возразил: сначала нужно ..."
            sm = None
            for sm in _SAY_THAT.finditer(doc.clean, start, s + m.start()):
                pass
            if sm is not None:
                if re.search(r"(?:не\s+(?:знают|знает|понимают|понимает|знали)|do\s+not\s+know|don't\s+know|unaware|"
                             r"билишпейт|билбейт)\s*$", doc.clean[max(s, sm.start() - 30):sm.start()], re.I):
                    continue
                start = sm.end()
            elif lang == "ky":
                gms = list(re.finditer(r"\b(?:айтып|билдирип|белгилеп|кошумчалап|эскертип|түшүндүрүп),\s",
                                       doc.clean[start:s + m.start()]))
                if gms:
                    start += gms[-1].end()  # "... макул экенин айтып, мамлекет ... тийиш"
            elif start > s and lang == "en" and (say := list(re.finditer(
                    r"\b(?:said|says|noted|added|stressed|argued|warned|believes)\b\s*,?\s*", doc.clean[start:s + m.start()]))):
                start += say[-1].end()  # "X, who heads the centre, said the law must change"
            elif start > s and lang != "ky":
                # "X считает необходимым ..." / "X says ...": drop the verb right after the name
                vm = re.match(r"\s*,?\s*(?:\w+\s+){0,1}?(?:считает|считают|говорит|отметил\w*|заявил\w*|says|said|noted|added)"
                              r"\s*,?\s*", doc.clean[start:s + m.start()])
                if vm:
                    start += vm.end()
        # a clause that gives the reason comes first: the proposal starts after its connective ("..., поэтому
        # мигрантам необходимо ...", "... туура келди, документтерди ... керек", "..., so the centre should ...")
        so = None
        if lang in _REASON_BEFORE:
            for so in _REASON_BEFORE[lang].finditer(doc.clean[start:s + m.start()]):
                pass
        if so is not None:
            start += so.end()
        if lang == "en":
            said = re.match(r"\s*(?:he|she|they|we|it|[A-Z][\w'’-]+|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:participants|officials|experts|"
                            r"speakers|delegates|members|activists|lawyers|migrants|organizers|organisers|sides|"
                            r"attendees))\s+(?:said|says|added|noted|believes|believe|think|thinks|argued|agreed|"
                            r"stressed|warned)\s+(?:that\s+)?",
                            doc.clean[start:s + m.start()], re.I)
            if said:
                start += said.end()  # "She said the ministry must ..."
        rule = _cue("rule", lang)
        reminder = _cue("reminder", lang)
        if rule and rule.search(doc.clean[max(s, start - 40):s + m.start()]) or reminder and reminder.search(txt):
            continue  # a rule in force, not a proposal
        if lang == "ky" and prev_end is not None:
            # "... ачылышы керек, ошондой эле айыл өкмөттөрү ... жүргүзүшү зарыл": the next modal clause
            start = max(start, prev_end)
            jm = re.match(r"[\s,;»”\"–—-]*(?:(?:ошондой\s+эле|жана|ал\s+эми|мындан\s+тышкары|андан\s+тышкары)\b[\s,]*)?",
                          doc.clean[start:s + m.start()])
            if jm:
                start += jm.end()
        end = s + m.end() if lang == "ky" else e
        if lang != "ky":
            end = _cut_attribution(doc, start, e)
        else:
            end = _cut_attribution(doc, start, end) if _REASON.search(doc.clean[start:end]) else end
        by = _speaker(doc, people, sent, s + m.start())
        # two modal clauses joined by ", and" / ", а" are two proposals
        seg = doc.clean[start:end]
        parts = [(0, len(seg))]
        if lang != "ky":
            for jm in re.finditer(r",\s+(?:and|а\s+также|а|и)\s+(?:that\s+|что\s+)?|\s+and\s+that\s+|\s+и\s+что\s+", seg):
                if rx.search(seg[jm.end():]) and rx.search(seg[:jm.start()]):
                    parts = [(0, jm.start()), (jm.end(), len(seg))]
                    break
        for a, b in parts:
            for a2, b2 in _split_coordinated(doc, start + a, start + b):
                add(a2, b2, by)
        if lang == "ky" and not _ky_clause_closes(doc, start, end):
            prev_end = end
            continue
        return


__all__ = ["Proposal", "extract"]
