"""Find person names in ru / ky / en text and group their mentions into people.

No NER model works offline for Kyrgyz or for Central Asian names in English, and natasha alone misses initials and
Kyrgyz case forms, so names are recognised by rules over runs of capitalised words: each word is classed as given name
(lexicon, pymorphy3 `Name`), surname (morphology: -ов/-ева/-енко/-бек/-zoda ..., pymorphy3 `Surn`), patronymic
(-ович/-овна/-ovich), Kyrgyz patronymic word (уулу / кызы), initials ("А.Ж.", "T.Zh."), or unknown capitalised word;
a run is a name when its classes form a known pattern (S G P, G P S, G S, S G, I S, S I, G F уулу, ...). Case endings
(Бековой, Асанбековдун, Ткаченкого) are stripped before the checks. For Russian, natasha's PER spans add names the
rules miss. Mentions that share a surname key (gender and case folded) and compatible initials are one person;
surname-only mentions ("Бекова", "Асанбековго", "Sadyr uulu") join a person found in full.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from kenesh.extract import lexicon, morph
from kenesh.extract.segment import Doc, Token
from kenesh.iri import fold_name

_FUNCTION = frozenset("""
the a an in on at of for to by with from and or but as during following after before while when where this that
these those it its he she they we our his her their there here today yesterday tomorrow opening closing also both
all some most many participants officials delegates speakers experts representatives members according mr mrs ms
dr prof
в во на с со по для о об от до из за при под над и или но а как что это он она они мы вы его ее её их также
кроме однако тем так там здесь вчера сегодня завтра участники эксперты представители члены спикеры по
ал алар аны анын ага андан аларды биз мен сен бул ошол жана менен үчүн боюнча бирок анткени ошондой ошондуктан андан мындан кийин
мурда кечээ бүгүн эртең катышуучулар эксперттер өкүлдөр мүчөлөр
модератор модераторы moderator chair председательствующий председательствующая алып баруучу
""".split())
_TWO_LETTER_INITIAL = re.compile(r"(?:Zh|Sh|Ch|Kh|Ts|Yu|Ya|Ye|Yo|Dj|Dzh)")
_ADJ_END = re.compile(r"(?:ых|их|ого|его|ому|ему|ой|ая|яя|ое|ее|ые|ие|ый|ий|ским|ской|ского|ская|ную|ную|ным|ing|al|ic)$",
                      re.I)
# уулу / кызы with Kyrgyz case endings ("уулунун", "кызына"), not words that start alike ("Kyzylorda", "Кызыл-Кыя")
_KY_PATR = re.compile(r"(уулу|кызы|uulu|kyzy|kyzi)(?:[нмгдтсл][а-яөүң]{0,5}|n[a-z]{0,5})?$", re.I)


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # "full" (has a given name), "initials", "surname"
    key: str  # surname key: lower case, case ending and gender folded
    given: str  # first letter of the given name or first initial ("" if none)
    sent: int
    base_tokens: list[str] = field(default_factory=list)  # tokens with case endings stripped (normalised form)


@dataclass
class Person:
    mentions: list[Mention]

    @property
    def key(self) -> str:
        return self.mentions[0].key

    def main(self) -> Mention:
        """The first full mention (with a given name), else the first with initials, else the first."""
        for kind in ("full", "initials", "surname"):
            for m in self.mentions:
                if m.kind == kind:
                    return m
        return self.mentions[0]


# ---------------------------------------------------------------------------------------------------------------
# word classes


@cache
def _stop_sets() -> tuple[lexicon.WordSet, ...]:
    return (lexicon.wordset("posts.txt"), lexicon.wordset("org_heads.txt"), lexicon.wordset("post_modifiers.txt"),
            lexicon.wordset("org_abbrev.txt"), lexicon.wordset("titles.txt"), lexicon.wordset("org_units.txt"))


@cache
def _place_words(lang: str = "") -> frozenset[str]:
    """Words of place and country names. For Kyrgyz and English texts the Russian country stems ("Росси" for
    Россия / России) are left out: there they would only hide surnames ("Элена Росси")."""
    words: set[str] = set()
    for row in lexicon.places():
        for names in row["names"].values():  # type: ignore[union-attr]
            for n in names:
                words.update(w.lower() for w in n.split())
    for row in lexicon.countries():
        for lg, names in row["names"].items():  # type: ignore[union-attr]
            if lang in ("ky", "en") and lg == "ru":
                continue
            for n in names:
                words.update(w.lower() for w in n.split())
    return frozenset(words)


def bases(word: str, lang: str) -> list[str]:
    """The word and its forms without one case ending (ru and ky endings; Kyrgyz texts inflect Russian names)."""
    out = [word]
    ends = lexicon.case_endings()
    langs = ("en",) if lang == "en" else ("ru", "ky") if lang == "ru" else ("ky", "ru")
    low = word.lower()
    for lg in langs:
        for e in ends.get(lg, ()):
            if low.endswith(e) and len(word) - len(e) >= 3:
                out.append(word[: -len(e)])
    return out


_WEAK_SURNAME = re.compile(r"(?:ин|ина|ын|ына|ук|юк|ко|in|ina|yn|yna|uk|yuk|ko)$", re.I)


@cache
def _strong_surname() -> list[re.Pattern[str]]:
    """The surname patterns without the short, ambiguous endings."""
    out = []
    for rx in lexicon.name_morphology().get("surname", []):
        alts = re.search(r"\((.*)\)$", rx.pattern)
        if not alts:
            continue
        strong = [a for a in alts.group(1).split("|") if not re.fullmatch(r"(?:ин|ина|ын|ына|ук|юк|ко|in|ina|yn|yna|uk|yuk|ko)", a)]
        out.append(re.compile(rx.pattern[:alts.start()] + "(" + "|".join(strong) + ")", re.I))
    return out


@lru_cache(maxsize=65536)
def word_classes(word: str, lang: str) -> frozenset[str]:
    """Classes of a capitalised word: G given, S surname, P patronymic, W уулу/кызы, C unknown capital, X stop."""
    if _KY_PATR.fullmatch(word):
        return frozenset({"W"})
    if not word[:1].isupper():
        return frozenset()
    if len(word) > 1 and word.isupper() or re.match(r"[A-ZА-ЯЁӨҮҢ]{2,}[a-zа-яёөүң]", word):
        return frozenset({"X"})  # an abbreviation, also with a Kyrgyz case ending ("ЭММнын", "ЮНИСЕФтин")
    low = word.lower()
    if lang == "en" and word in lexicon.words("demonyms.txt"):
        return frozenset({"X"})  # "German", "Roman": adjectives of nationality, never a name
    given = lexicon.given_names()
    morph_rx = lexicon.name_morphology()
    classes: set[str] = set()
    bs = bases(word, lang)
    folded = lexicon.given_names_folded()
    for b in bs:
        bl = b.lower()
        if bl in given or len(bl) >= 4 and ((bl + "а") in given or (bl + "я") in given) or \
                (len(bl) >= 4 and fold_name(b) in folded and not any(b in st for st in _stop_sets())):
            classes.add("G")
        if any(rx.fullmatch(b) for rx in morph_rx.get("patronymic", [])):
            classes.add("P")
        if any(rx.fullmatch(b) for rx in morph_rx.get("surname", [])):
            # in Kyrgyz and English, the short endings (-ин / -ын / -ук / -ко, -in / -uk) are as often case endings
            # and common words ("Республикасынын", "Улуттук", "Within") as surnames: they only make a name
            # candidate (C), not a surname
            if lang != "ru" and _WEAK_SURNAME.search(b) and not any(rx.fullmatch(b) for rx in _strong_surname()):
                classes.add("C")
            else:
                classes.add("S")
    if lang == "ru" and re.fullmatch(r"[А-ЯЁ][а-яё-]+", word):
        t = morph.tags(word)
        if "Name" in t:
            classes.add("G")
        if "Surn" in t:
            classes.add("S")
        if "Patr" in t:
            classes.add("P")
    if "G" in classes and low not in given and (low in _place_words(lang) or any(word in st for st in _stop_sets())):
        # "Алматы", "Мэрия": a place or a body's word itself, though a given name ("Алмат", "Мэри") hides in its stem
        return frozenset({"X"})
    if "G" in classes:
        # a place or organisation word that pymorphy3 guesses as a given name ("Шымкента", "Кенеша") is not a name,
        # unless the given-name lexicon lists it
        if not any(b.lower() in given for b in bs) and \
                (low in _place_words(lang) or any(b.lower() in _place_words(lang) for b in bs)
                 or any(word in s or any(b in s for b in bs[1:]) for s in _stop_sets())):
            return frozenset({"X"})
        return frozenset(classes)
    if low in _FUNCTION or low in _place_words(lang) or any(b.lower() in _place_words(lang) for b in bs):
        return frozenset({"X"})
    if any(word in s or any(b in s for b in bs[1:]) for s in _stop_sets()):
        return frozenset({"X"})
    if re.fullmatch(r"(?i)[^\W\d_]+", word.replace("-", "").replace("'", "").replace("’", "")) is None:
        return frozenset({"X"})
    if "P" in classes or "S" in classes:
        if lang == "ru" and "S" in classes and "P" not in classes and morph.is_common_ru(word) \
                and "Surn" not in morph.tags(word):
            return frozenset({"C0"})
        return frozenset(classes)
    if _ADJ_END.search(word) or len(word) < 3:
        return frozenset({"C0"})  # capitalised but looks like an adjective: only inside strong patterns
    if lang == "ru" and morph.is_common_ru(word):
        return frozenset({"C0"})
    if lang == "ru" and "-" in word and all(morph.is_common_ru(p.capitalize()) for p in word.split("-") if p):
        return frozenset({"C0"})  # "Рабочий-строитель": a compound of common words
    return frozenset({"C"})


# ---------------------------------------------------------------------------------------------------------------
# runs and patterns

_PATTERNS: list[tuple[str, ...]] = [
    ("S", "G", "P"), ("G", "P", "S"), ("C", "P", "S"), ("S", "C", "P"), ("G", "G", "W"), ("G", "C", "W"),
    ("G", "S", "W"), ("C", "C", "W"), ("C", "G", "W"), ("G", "C0", "W"),
    ("C", "W", "G"), ("G", "W", "G"), ("S", "W", "G"), ("G", "W", "C"), ("I", "C", "W"), ("I", "G", "W"), ("G", "I", "S"),
    ("G", "I", "C"), ("G", "C0"),
    ("G", "P"), ("G", "S"), ("S", "G"), ("I", "S"), ("S", "I"), ("I", "C"), ("C", "I"), ("I", "G"), ("G", "C"),
    ("C", "S"), ("S", "S"), ("I", "C0"), ("C0", "I"), ("C0", "S"),
]


@dataclass
class _Item:
    text: str
    start: int
    end: int
    cls: frozenset[str]
    sent_initial: bool


def _items(tokens: list[Token], text: str, lang: str) -> list[_Item | None]:
    """Word and initial items of a sentence; None marks a break (punctuation, lower-case word)."""
    out: list[_Item | None] = []
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        # initials: one capital (or Zh/Sh ...) followed by "." (optionally repeated, spaces allowed)
        if (len(t.text) == 1 and t.text.isupper() or _TWO_LETTER_INITIAL.fullmatch(t.text)) and i + 1 < n \
                and tokens[i + 1].text == "." and tokens[i + 1].start == t.end:
            j = i
            end = t.end
            while j + 1 < n and tokens[j + 1].text == "." and tokens[j + 1].start == tokens[j].end and \
                    (len(tokens[j].text) == 1 and tokens[j].text.isupper() or
                     _TWO_LETTER_INITIAL.fullmatch(tokens[j].text)):
                end = tokens[j + 1].end
                j += 2
                if j < n and tokens[j].start - end > 1:
                    break
                if j >= n or not (len(tokens[j].text) == 1 and tokens[j].text.isupper() or
                                  _TWO_LETTER_INITIAL.fullmatch(tokens[j].text)):
                    break
            out.append(_Item(text[t.start:end], t.start, end, frozenset({"I"}), i == 0))
            i = j if j > i else i + 2
            continue
        if t.is_word:
            cls = word_classes(t.text, lang)
            if lang == "ru" and re.search(r"(?:ск|цк)(?:ого|ой|ий|ая|ом|ому|ую|ое)$", t.text) and \
                    re.match(r"\s+(?:район|област|город|сельск|поселк|айыл|аймак)", text[t.end:t.end + 20]):
                cls = frozenset({"X"})  # "Кара-Бууринского района": a place adjective, not a surname
            if not cls:
                out.append(None)
            else:
                out.append(_Item(t.text, t.start, t.end, cls, i == 0 or tokens[i - 1].text in "«“\"—–-:"))
        else:
            out.append(None)
        i += 1
    return out


def _accept(run: list[_Item], lang: str) -> bool:
    for pat in _PATTERNS:
        if len(pat) != len(run):
            continue
        ok = True
        for cls_needed, it in zip(pat, run):
            if cls_needed == "C":
                if not ({"C", "S", "G"} & it.cls):
                    ok = False
            elif cls_needed == "C0":
                if not ({"C", "C0", "S", "G"} & it.cls):
                    ok = False
            elif cls_needed not in it.cls:
                ok = False
            if not ok:
                break
        if not ok:
            continue
        if pat in (("C", "S"), ("G", "C"), ("S", "S")):
            # weaker patterns: the unknown word must not open the sentence as an ordinary word
            if pat == ("C", "S") and run[0].sent_initial and "C" in run[0].cls and lang != "ru":
                if run[0].text.lower() in _FUNCTION:
                    continue
            if pat == ("S", "S") and not (lang == "ru" and {"G"} & (run[0].cls | run[1].cls)):
                continue
        if pat == ("G", "C0") and not (2 <= len(run[1].text) <= 3 and run[1].text.lower() not in _FUNCTION):
            continue  # "Светлана Ли", "Oksana Li", "Ким Ен": a short (Korean, Chinese) surname
        if pat == ("C0", "S") and (lang == "ru" or run[0].sent_initial and run[0].text.lower() in _FUNCTION):
            continue  # "Akmaral Nurpeisova": a given name that looks like an adjective, before a surname (ky / en)
        return True
    return False


def _quoted_org_name(text: str, pos: int) -> bool:
    """Inside «...» / "..." that names an organisation ('ОФ «Балдарга Жардам»')."""
    line = text.rfind("\n", 0, pos) + 1
    left = text[max(line, pos - 80):pos]
    for o, c in (("«", "»"), ("“", "”"), ('"', '"')):
        k = left.rfind(o)
        if k == -1 or (c in left[k + 1:]):
            continue
        if o == '"' and left.count('"') % 2 == 0:
            continue
        before = left[:k].split()
        if before and (re.fullmatch(r"[A-ZА-ЯЁӨҮҢ]{2,}", before[-1]) or before[-1] in _stop_sets()[1]
                       or before[-1] in _stop_sets()[3]):
            return True
    return False


def _after_settlement(text: str, pos: int) -> bool:
    return bool(re.search(r"(?:\bс\.|\bг\.|\bпос\.|\bсело|\bселе|\bселах|\bгород\w*|\bvillage\s+of|\bcity\s+of)\s*$",
                          text[max(0, pos - 12):pos], re.I))


def _post_apposition(text: str, pos: int) -> bool:
    """English: ", a lawyer", ", IOM consultant", ", head of ..." right after position pos."""
    m = re.match(r",\s+(?:(?:a|an|the)\s+)?((?:[\w-]+\s+){0,2}[\w-]+)", text[pos:pos + 60])
    if not m:
        return False
    posts = _stop_sets()[0]
    words = m.group(1).split()
    return any(w in posts and (w.islower() or k == 0 or words[k - 1].isupper()) for k, w in enumerate(words))


_EN_SPEECH_AFTER = re.compile(
    r"\s*(?:,\s*who\b|['’]s\s|(?:also\s+|further\s+)?(?:said|says|told|noted|added|stressed|"
    r"emphasi[sz]ed|explained|proposed|suggested|recommended|urged|called\s+for|warned|stated|argued|believes|"
    r"pointed\s+out|highlighted|announced|insisted|reminded|agreed|replied|asked|presented|spoke|opened|chaired|"
    r"moderated)\b)")
_EN_SPEECH_BEFORE = re.compile(r"(?:\bsaid|\bsays|\btold|\baccording\s+to|\bnoted|\badded|\bexplained|\bby|\bwith)\s*$",
                               re.I)


_KY_CASE_END = re.compile(r"(?:дагы|дегы|тагы|теги|да|де|та|те|нын|нин|дын|дин|тын|тин|га|ге|ка|ке|ды|ди|ны|ни)$")
_EN_ENTRY_LEAD = re.compile(r"(?:^|\n)\s*(?:(?:[-•*–]|\d{1,2}[.)])\s*|(?:moderator|moderated\s+by|chair|chaired\s+by|"
                            r"facilitator|speakers?|presenters?|rapporteur)\s*:\s*)(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?$",
                            re.I)


def _en_speaker_context(text: str, start: int, end: int) -> bool:
    """English: a run of unknown capitalised words is a person when the sentence treats it as one — a speech verb
    after it ("Nadia Rossi said"), "said" / "according to" before it, a post right before it ("chief of mission Anna
    Berg") or an apposition / bracketed organisation after it. Foreign staff of UN agencies and donors carry given
    names no lexicon lists. Not after "of" / "the" ...: "the Agency for External Labour Migration, who said" is
    the end of a name of a body."""
    if re.search(r"\b(?:of|for|the|and|on|in|to|from|at|a|an)\s*$", text[max(0, start - 6):start], re.I) and \
            not re.search(r"(?i)according\s+to\s*$", text[max(0, start - 16):start]):
        return False
    if _EN_SPEECH_AFTER.match(text, end) or _EN_SPEECH_BEFORE.search(text[max(0, start - 20):start]):
        return True
    if re.match(r",\s*(?:a|an|the)\s+[^.;]{1,90}?,\s*(?:also\s+)?(?:said|says|told|added|noted|stressed|warned|explained|"
                r"presented|recalled|complained|argued|proposed|suggested|urged|called|described|asked)\b",
                text[end:end + 130]):
        return True  # "Kim Min-jun, a recruiter in Incheon, said ..."
    if _EN_ENTRY_LEAD.search(text[max(0, start - 40):start]) and re.match(r"\s*[,(–—-]", text[end:end + 3]):
        return True  # "Moderator: Dr Aliya Seitkali, Associate Professor, ...", "- Oksana Li, programme analyst, ..."
    return _post_apposition(text, end) or _after_post(text, start)


@cache
def _first_name_cue(kind: str, lang: str) -> str:
    """A pattern (as text, to build into larger patterns) from data/lexicons/first_name_cues.tsv."""
    alts = [row[2] for row in lexicon.rows("first_name_cues.tsv") if row[0] == kind and row[1] == lang]
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def _single_name_context(text: str, start: int, end: int, lang: str) -> bool:
    """A given name written alone is a person when the sentence says who she or he is: a migrant quoted by first
    name ("said Bakyt, a construction worker from Osh", «— сказал мигрант Азамат», «мигрант Азамат»)."""
    who = _first_name_cue("who", lang)
    before = text[max(0, start - 40):start]
    after = text[end:end + 60]
    if re.search(rf"(?i)\b{who}\s*$", before):
        return True
    if lang == "en" and re.search(r"[\"”]\s*$", before) and re.match(r"\s+(?:said|says|told|added|explained)\b", after):
        return True  # '"I still have no contract," Nurlan said'
    if lang == "en" and re.search(r"(?:name|named|called),?\s*$", before):
        return True  # "who gave only his first name, Nurlan, told ..."
    if lang == "en" and (start == 0 or re.search(r"[.!?\"”\n]\s*$", before)) and \
            re.match(rf",\s*(?:\d{{2}}\s*,\s*)?(?:who|whose|a|an|the|now|once|\d{{2}}-year-old)\s(?:[^.;!?]|\.(?=\w)){{1,220}}?,"
                     rf"\s*(?:{_first_name_cue('speech', lang)}|shared|described|spoke|noted|warned)\b", text[end:end + 260]):
        # "Azamat, who has worked at a shipyard in Ulsan, said", "Firuza, 34, whose husband ..., told participants",
        # "Malika, a returnee from Yekaterinburg, shared": a sentence opens with a first name and an apposition
        return True
    if lang == "en" and (start == 0 or text[start - 1] == "\n" or re.search(r"[.!?\"”]\s*$", before)) and \
            re.match(rf"(?i),\s*(?:\d{{2}}\s*,\s*)?(?:a|an)\s+(?:\d{{2}}-year-old\s+)?(?:[\w-]+\s+){{0,3}}?{who}\b[^.;]{{0,60}}?,\s*"
                     rf"(?:said|says|told|added|noted)\b", after):
        return True  # "Aigerim, a 34-year-old nurse from Naryn, said ..."
    say = _first_name_cue("say", lang)
    if re.search(rf"(?i)\b{say}\s*$", before) or re.match(rf"\s*{say}\b", after, re.I):
        return bool(re.match(rf"(?i)\s*,\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?{who}\b", after) or
                    re.match(r"(?i)\s*,\s*(?:a|an)?\s*\d{2}-year-old", after) or
                    re.match(r"\s*,\s*\d{2},", after))
    return False


def _single_name_speaks(text: str, end: int, s_end: int, lang: str) -> bool:
    """A speech verb (or a quote) follows in the sentence."""
    after = text[end:s_end]
    return bool(re.search(_first_name_cue("speech", lang), after[:160], re.I) or re.match(r"\s*:\s*[«\"“]", after))


def _single_name_subject(text: str, start: int, end: int, lang: str, s_start: int, s_end: int) -> bool:
    """A first name alone as the subject of a speech verb, introduced by what the person does or where she or he
    comes from ("Вернувшийся из Екатеринбурга Нурсултан рассказал", "Ансандагы заводдо иштеген Бекзат ... айтты",
    "Рабочий-строитель Улан из Токмока пожаловался"): migrants quoted by first name."""
    before = text[s_start:start]
    if not before.strip() or not re.search(r"[а-яёөүңa-z-]\s+$", before):
        return False  # sentence-initial capitals are often ordinary words ("Эркин", "Талант", "Алмаз")
    after = text[end:s_end]
    if re.match(r"\s*(?:[А-ЯЁӨҮҢA-Z])", after):
        return False  # part of a longer capitalised phrase
    if word_is_place(text[start:end]) or re.match(r"\s*(?:velayat|region|district|oblast|province|city|village|"
                                                  r"област|район|шаар|облус|айыл)", after, re.I):
        return False  # "Mary velayat": a place
    if re.match(r"\s*:\s*[«\"“„]", after) or (lang == "ky" and re.match(r"\s+(?:аттуу|деген)\s", after) and
                                                  re.search(_first_name_cue("speech", lang), after, re.I)):
        return True  # "Мейманканада иштеген Жылдыз: «...»", "Айбек аттуу жигит ... айтып"
    m = re.search(_first_name_cue("speech", lang), after[:120], re.I)
    if m:
        return not re.search(r"[«»\"“”]", after[:m.start()])
    return next_sentence_quotes_pronoun(text, s_end, lang)


_PRONOUN_SAYS = {
    "ru": r"[«\"“„][^«»\"“”„]{5,400}[»\"”]\s*,?\s*[—–-]+\s*(?:{speech})\s+(?:он|она)\b|\s*(?:Он|Она)\s+(?:{speech})",
    "ky": r"[«\"“][^«»\"“”]{5,400}[»\"”]\s*,?\s*[—–-]*\s*деди\s+(?:ал|ал киши)\b|\s*Ал\s+[^.]{0,80}(?:{speech})",
    "en": r"[\"“][^\"“”]{5,400}[\"”]\s*,?\s*(?:he|she)\s+(?:{speech})\b|\s*(?:He|She)\s+(?:{speech})\b",
}


def next_sentence_quotes_pronoun(text: str, s_end: int, lang: str) -> bool:
    """The person introduced by first name speaks in the next sentence through a pronoun ("Вернувшийся из Казани
    Бекзат пять лет работал на стройке. «...», — сказал он.")."""
    pattern = _PRONOUN_SAYS.get(lang)
    if not pattern:
        return False
    return bool(re.match(r"\s*(?:" + pattern.replace("{speech}", _first_name_cue("speech", lang)) + ")",
                         text[s_end:s_end + 480]))


def _latin_spelling_follows(text: str, run: list[_Item]) -> bool:
    """Cyrillic capitalised words followed by their Latin spelling in brackets are a (foreign) person's name:
    Russian and Kyrgyz news give it for foreign staff ("Пак Чжи Ын (Park Ji-eun)")."""
    if not all({"C", "S", "C0", "G"} & it.cls and re.fullmatch(r"[А-ЯЁӨҮҢ][а-яёөүң-]+", it.text) for it in run):
        return False
    m = re.match(r"\s*\(([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\)", text[run[-1].end:run[-1].end + 60])
    if not m:
        return False
    a, b = fold_name(run[0].text), fold_name(m.group(1).split()[0])
    return bool(a and b and a[0] == b[0])


def word_is_place(word: str) -> bool:
    return word.lower() in _place_words()


def _in_given_lexicon(word: str) -> bool:
    return word.lower() in lexicon.given_names() or fold_name(word) in lexicon.given_names_folded()


def _before_org_head(text: str, end: int) -> bool:
    """Capitalised words right after `end` that end in an organisation head ("... Kyzylorda University")."""
    m = re.match(r"(?:[ \t]+[A-Z][\w-]+){1,3}", text[end:end + 50])
    if not m:
        return False
    return any(w in _stop_sets()[1] and w not in _stop_sets()[0] for w in m.group(0).split())


def _after_post(text: str, start: int) -> bool:
    """The word right before `start` is a post ("башчысы", "chief of mission", "Ambassador")."""
    before = re.findall(r"[\w’'-]+", text[max(0, start - 30):start])
    if not before or not text[max(0, start - 1):start].isspace() or \
            re.search(r"[,;:.()«»\"“”—–]\s*$", text[max(0, start - 4):start]):
        return False
    posts = _stop_sets()[0]
    w = before[-1]
    return w in posts or w.lower() in posts or w in _stop_sets()[4]


def _eponym(text: str, start: int, end: int) -> bool:
    """A name that an institution is named after ('КНУ им. Ж. Баласагына', 'университет имени ...', 'named after
    ...', 'Ж. Баласагын атындагы'): not a person of the report."""
    return bool(re.search(r"(?:\bим\.|\bимени|\bnamed\s+after)\s*$", text[max(0, start - 14):start], re.I) or
                re.match(r"\s*(?:атындагы|атынан\s+аталган)\b", text[end:end + 24]))


def _gap_ok(text: str, a: _Item, b: _Item) -> bool:
    gap = text[a.end:b.start]
    return gap.strip() == "" and gap.count("\n") <= 1 and len(gap) <= 3


def find_mentions(doc: Doc) -> list[Mention]:
    """All full / initials mentions of people in the document (longest accepted run wins)."""
    text = doc.clean
    found: list[Mention] = []
    unexplained: list[int] = []  # sentences with capitalised runs the rules could not read: NER looks at these
    for si, sent in enumerate(doc.sentences):
        items = _items(sent.tokens, text, doc.lang)
        runs: list[list[_Item]] = []
        cur: list[_Item] = []
        for it in items:
            if it is None or "X" in it.cls:
                if cur:
                    runs.append(cur)
                cur = []
                continue
            if cur and not _gap_ok(text, cur[-1], it):
                runs.append(cur)
                cur = []
            cur.append(it)
        if cur:
            runs.append(cur)
        for run in runs:
            if doc.lang == "ky" and len(run) >= 2 and run[0].sent_initial and "G" not in run[0].cls and \
                    re.search(r"(?:го|гө|га|ге|ка|ке|ко|кө|да|де|та|те|дан|ден|тан|тен|нан|нен)$", run[0].text):
                run = run[1:]  # "Суроого Жусупова ...": a capitalised first word in a case form is no given name
            if len(run) == 2 and run[0].cls == frozenset({"C0"}) and "G" in run[1].cls and run[0].sent_initial and \
                    not _accept(run, doc.lang):
                run = run[1:]  # "Рабочий-строитель Улан ...": a capitalised common word, then a first name
            elif len(run) == 2 and not _accept(run, doc.lang) and "G" in run[1].cls and \
                    _in_given_lexicon(run[1].text) and "G" not in run[0].cls and \
                    (_single_name_speaks(text, run[1].end, sent.end, doc.lang) or
                     _single_name_subject(text, run[1].start, run[1].end, doc.lang, sent.start, sent.end)):
                run = run[1:]  # "Переселенец из Кызылорды Бауыржан поделился ...", "Мигрант Бурулай ..."
            if _after_settlement(text, run[0].start) and len(run) >= 3:
                run = run[1:]  # "школы № 3 г. Кок-Жангак Абдыкеримова Зуура ...": the place, then the name
            if _quoted_org_name(text, run[0].start) or _after_settlement(text, run[0].start) or \
                    _eponym(text, run[0].start, run[-1].end):
                continue
            if doc.lang == "en" and re.match(r"['’]\s+[A-Z]", text[run[-1].end:run[-1].end + 3]):
                continue  # "Migrant Workers' House": a plural possessive in a body's name
            if doc.lang == "en" and _before_org_head(text, run[-1].end):
                continue  # "Korkyt Ata Kyzylorda University", "Aga Khan Foundation": a person the body is named after
            if doc.lang == "en" and re.search(r"\b(?:NGO|NGOs|[Ff]oundation|[Aa]ssociation|[Nn]etwork|[Cc]ompany|[Ff]irm|"
                                              r"[Mm]ovement|[Cc]oalition|[Ii]nitiative|[Gg]roup|[Uu]nion)\s+$",
                                              text[max(0, run[0].start - 14):run[0].start]):
                continue  # "from the NGO Bonuvoni Fardo": the name of a body
            n_before = len(found)
            i = 0
            while i < len(run):
                best = None
                for j in range(min(len(run), i + 4), i, -1):
                    if _accept(run[i:j], doc.lang):
                        best = j
                        break
                if best == i + 2 and i + 3 <= len(run) and ("G" not in run[i].cls or (
                        not _in_given_lexicon(run[i].text) and _in_given_lexicon(run[i + 1].text))) and \
                        "G" in run[i + 1].cls and "P" not in run[i + 2].cls and _accept(run[i + 1:i + 3], doc.lang):
                    i += 1  # "Жыйынды Айбек Усенов": the word before a given name + surname is not part of the name
                    continue
                if best is None and doc.lang == "en" and len(run) - i == 2 and \
                        all("C" in it.cls and len(it.text) >= 3 for it in run[i:]) and \
                        not re.search(r"\b(?:of|for|the|and|on|in|to|from|at)\s*$", text[max(0, run[i].start - 6):run[i].start],
                                      re.I) and \
                        _post_apposition(text, run[i + 1].end):
                    best = i + 2  # "Johanna Virtanen, IOM consultant, said": an unknown name with a post after it
                if best is None and doc.lang == "en" and i == 0 and 2 <= len(run) <= 3 and \
                        all({"C", "S", "C0", "G"} & it.cls and len(it.text) >= 2 for it in run) and \
                        any({"C", "S", "G"} & it.cls for it in run) and \
                        _en_speaker_context(text, run[i].start, run[-1].end):
                    best = len(run)  # "Nadia Rossi said", "said Mehmet Yildiz", "chief of mission Anna Berg"
                if best is None and doc.lang == "ky" and i == 0 and len(run) >= 2 and _after_post(text, run[0].start):
                    # "... өкүлчүлүгүнүн башчысы Марко Бьянки", "... өкүлү Ким Сон Хо Кореядагы ...": a foreign name
                    # right after a post, up to a word with a Kyrgyz case ending
                    k = 0
                    while k < min(3, len(run)) and {"C", "S", "C0", "G"} & run[k].cls and len(run[k].text) >= 2 and \
                            not (k >= 2 and _KY_CASE_END.search(run[k].text)):
                        k += 1
                    if k >= 2:
                        best = k
                if best is None and doc.lang in ("ru", "ky") and i == 0 and 2 <= len(run) <= 3 and \
                        _latin_spelling_follows(text, run):
                    best = len(run)  # "Элеонора Марш (Eleanor Marsh)": a foreign name with its Latin spelling
                honorific = re.match(r"\s+(?:эже|ата|байке|апа|агай|эжеке|таята|тайэне)(?![\w-])", text[run[0].end:]) \
                    if doc.lang == "ky" and len(run) == 1 else None
                if best is None and len(run) == 1 and (
                        honorific and {"C", "G", "S"} & run[0].cls and
                        _single_name_speaks(text, run[0].end + honorific.end(), sent.end, doc.lang) or
                        "G" in run[0].cls and _in_given_lexicon(run[0].text) and
                        (_single_name_context(text, run[0].start, run[0].end, doc.lang) or
                         _single_name_subject(text, run[0].start, run[0].end, doc.lang, sent.start, sent.end))):
                    best = 1  # "said Bakyt, a construction worker", «— сказал мигрант Азамат»: a first name only
                    if honorific:
                        # "Замира эже", "Асанкул ата": the Kyrgyz honorific is part of how the person is named
                        m1 = _make_mention(run[:1], si, doc.lang)
                        m1.end = run[0].end + honorific.end()
                        found.append(m1)
                        i = 1
                        continue
                if best is None:
                    i += 1
                    continue
                found.append(_make_mention(run[i:best], si, doc.lang))
                i = best
            if len(found) == n_before and len(run) >= 2 and (
                    sum(1 for it in run if {"C", "S", "G", "P"} & it.cls) >= 2 or
                    any("G" in it.cls for it in run) and any("C0" in it.cls for it in run)):
                unexplained.append(si)  # ("Ирина Волк": a surname that is also a common noun)
    if doc.lang == "ru" and unexplained:
        found = _add_ner(doc, found, sorted(set(unexplained)))
    found.sort(key=lambda m: m.start)
    return found


def _add_ner(doc: Doc, found: list[Mention], sentences: list[int]) -> list[Mention]:
    """Russian: add natasha PER spans of two or three capitalised words that the rules did not find (NER runs only
    on the sentences whose capitalised words the rules could not explain, which keeps extraction fast)."""
    taken = [(m.start, m.end) for m in found]
    extra = []
    spans = []
    for si in sentences:
        st = doc.sentences[si]
        spans += [(st.start + a, st.start + b) for a, b in morph.ner_persons(doc.clean[st.start:st.end])]
    for s, e in spans:
        if any(not (e <= a or s >= b) for a, b in taken):
            continue
        words = re.findall(r"\S+", doc.clean[s:e])
        if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[А-ЯЁӨҮҢA-Z][\w-]+", w) for w in words):
            continue
        classes = [word_classes(w, doc.lang) for w in words]
        if any("X" in c for c in classes) or classes[0] == frozenset({"C0"}):
            continue  # ("Рабочий-строитель Улан": a common noun before a first name)
        if not any({"G", "S", "P"} & c for c in classes) and not (
                _after_post(doc.clean, s) or re.match(r"\s*,?\s*(?:\w+\s+)?(?:сказал|заявил|отметил|сообщил|рассказал|"
                                                     r"подчеркнул|добавил|предложил|считает|пояснил)", doc.clean[e:e + 30])):
            continue  # a foreign name natasha reads ("Пьер-Ив Дюпон"), kept where the sentence treats it as a person
        si = doc.sentence_at(s)
        items = [_Item(w, 0, 0, c, False) for w, c in zip(words, classes)]
        m = _make_mention(items, si, doc.lang)
        m.start, m.end = s, e
        extra.append(m)
    return found + extra


def surname_key(word: str, lang: str) -> str:
    """Fold a surname to a key: case ending stripped, feminine -а dropped, transliteration variants merged."""
    candidates = bases(word, lang)
    morph_rx = lexicon.name_morphology().get("surname", [])
    base = word
    for b in candidates[1:]:
        if any(rx.fullmatch(b) for rx in morph_rx) and len(b) < len(base):
            base = b
    k = base.lower().replace("ё", "е")
    k = re.sub(r"(ов|ев|ин|ын|ёв|ov|ev|in|yn)а$", r"\1", k)
    k = re.sub(r"(ская|ский|цкая|цкий)$", "ск", k)
    k = re.sub(r"(ova|eva|ina|yna)$", lambda m: m.group(1)[:-1], k)
    k = re.sub(r"(sky|skaya|skiy)$", "sk", k)
    k = unicodedata.normalize("NFKD", k)
    k = "".join(c for c in k if not unicodedata.combining(c))
    for a, b in (("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("ayev", "aev"), ("iyev", "iev"), ("yev", "ev"),
                 ("ye", "e"), ("iy", "i")):
        k = k.replace(a, b)
    return k


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _make_mention(run: list[_Item], si: int, lang: str) -> Mention:
    classes = [it.cls for it in run]
    start, end = run[0].start, run[-1].end
    kinds = set().union(*classes)
    # the surname: a W-name keys on "father уулу"; else the S / unknown word that is not the given name
    key = ""
    given = ""
    widx = next((i for i, c in enumerate(classes) if "W" in c), None)
    if widx is not None and widx >= 1:
        w = run[widx].text.lower()
        w = next((x for x in ("уулу", "кызы", "uulu", "kyzy", "kyzi") if w.startswith(x)), w[:4])
        key = f"{_fold(run[widx - 1].text)} {w}"
        others = [run[i] for i in range(len(run)) if i not in (widx, widx - 1) and "I" not in classes[i]]
        inits = [run[i] for i in range(len(run)) if "I" in classes[i]]
        given = (others[0].text[:1] if others else inits[0].text[:1] if inits else "").lower()
    else:
        sur_idx = None
        if "W" in kinds:
            key = run[0].text.lower()
        elif "I" in kinds:
            sur_idx = next(i for i, c in enumerate(classes) if "I" not in c)
            given = run[[i for i, c in enumerate(classes) if "I" in c][0]].text[:1].lower()
        else:
            # prefer: G P S -> last; S G (P) -> first; G S -> last
            if len(run) >= 2 and "P" in classes[1] and len(run) == 3:
                sur_idx = 2
            elif len(run) == 3 and "P" in classes[2]:
                sur_idx = 0
            elif len(run) == 2 and "P" in classes[1]:
                sur_idx = None
            elif len(run) == 2:
                if "G" in classes[0] and ("S" in classes[1] or "G" not in classes[1]):
                    sur_idx = 1
                elif "S" in classes[0] and "G" in classes[1]:
                    sur_idx = 0
                else:
                    sur_idx = 1
            else:
                sur_idx = len(run) - 1
            if sur_idx is None:
                key = f"{run[0].text.lower()} {run[1].text.lower()}"
                given = run[0].text[:1].lower()
            else:
                others = [run[i] for i in range(len(run)) if i != sur_idx]
                given = others[0].text[:1].lower() if others else ""
        if sur_idx is not None:
            key = surname_key(run[sur_idx].text, lang)
    kind = "initials" if "I" in kinds else "full"
    return Mention(start=start, end=end, kind=kind, key=key, given=given, sent=si,
                   base_tokens=[it.text for it in run])


# ---------------------------------------------------------------------------------------------------------------
# grouping


def _compatible(a: Mention, b: Mention) -> bool:
    if a.key != b.key:
        return False
    if not a.given or not b.given:
        return True
    return _fold_initial(a.given) == _fold_initial(b.given)


def _fold_initial(c: str) -> str:
    table = {"ж": "j", "j": "j", "z": "j", "д": "d", "й": "y", "ё": "е", "э": "е"}
    c = c.lower()
    if "a" <= c <= "z" or c in "jz":
        return table.get(c, c)
    lat = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "j", "з": "z", "и": "i", "к": "k",
           "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
           "х": "h", "ц": "c", "ч": "c", "ш": "s", "ы": "y", "э": "e", "ю": "y", "я": "y", "ө": "o", "ү": "u",
           "ң": "n"}
    return lat.get(c, c)


def _covered(spans: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    """A fast 'is this offset inside one of the spans' test (spans do not overlap)."""
    import bisect

    spans = sorted(spans)
    starts = [a for a, _ in spans]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    return inside


def group(doc: Doc, mentions: list[Mention]) -> list[Person]:
    """Group mentions into people and add surname-only mentions of people found in full."""
    people: list[Person] = []
    prev: tuple[Mention, Person] | None = None
    for m in mentions:
        if prev is not None and re.fullmatch(r"\s*\(\s*", doc.clean[prev[0].end:m.start]) and \
                re.match(r"\s*\)", doc.clean[m.end:m.end + 3]):
            # "Ахмед Аль-Хашими (Ahmed Al-Hashimi)", "Kanybek T. uulu (Tursunaliev K.)": the other spelling in brackets
            prev[1].mentions.append(m)
            continue
        for p in people:
            if any(_compatible(m, x) for x in p.mentions):
                p.mentions.append(m)
                prev = (m, p)
                break
        else:
            people.append(Person([m]))
            prev = (m, people[-1])
    # surname-only mentions
    taken = [(m.start, m.end) for m in mentions]
    inside = _covered(taken)
    keys = {p.key: p for p in people if p.key}
    for t in doc.tokens:
        if not t.is_word or not t.is_cap or inside(t.start):
            continue
        k = surname_key(t.text, doc.lang)
        p = keys.get(k)
        if p is None or " " in k:
            continue
        if "X" in word_classes(t.text, doc.lang):
            continue
        p.mentions.append(Mention(t.start, t.end, "surname", k, "", t.sent, [t.text]))
    # "Садыр уулу" alone
    for p in people:
        if " " in p.key and p.key.split()[1] in ("уулу", "кызы", "uulu", "kyzy"):
            father = p.key.split()[0]
            for m in re.finditer(rf"(?<!\w)({re.escape(father)})\s+({p.key.split()[1]}\w*)", doc.clean, re.I):
                if inside(m.start()):
                    continue
                p.mentions.append(Mention(m.start(), m.end(), "surname", p.key, "", doc.sentence_at(m.start()),
                                          [m.group(1), m.group(2)]))
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
    return people


# ---------------------------------------------------------------------------------------------------------------
# normal form


def normalize_name(tokens: list[str], lang: str) -> str:
    """Nominative form of a name: pymorphy3 inflection for Russian, Kyrgyz suffixes stripped, gender kept."""
    if lang == "ru" and all(re.fullmatch(r"[А-ЯЁ][а-яё-]+", t) for t in tokens) and not \
            any(_KY_PATR.fullmatch(t) for t in tokens):
        return _normalize_ru(tokens)
    out = []
    morph_rx = lexicon.name_morphology()
    given = lexicon.given_names()
    shapes = morph_rx.get("surname", []) + morph_rx.get("patronymic", [])
    for t in tokens:
        if re.fullmatch(r"(?:[^\W\d_]{1,2}\.\s?)+", t):
            out.append(t)
            continue
        if _KY_PATR.fullmatch(t):
            out.append(re.match(r"(уулу|кызы|uulu|kyzy|kyzi)", t, re.I).group(1))  # type: ignore[union-attr]
            continue
        if lang == "en":
            out.append(re.sub(r"['’]s$", "", t))
            continue
        if t.lower() in given or any(rx.fullmatch(t) for rx in shapes):
            out.append(t)
            continue
        best = t
        for b in bases(t, "ky")[1:]:
            if b.lower() in given or any(rx.fullmatch(b) for rx in shapes):
                best = b if len(b) < len(best) else best
        out.append(best)
    return " ".join(out)


def _gender_ok(p, g: str) -> bool:  # type: ignore[no-untyped-def]
    gr = p.tag.grammemes
    return g in gr or "ms-f" in gr or not ({"masc", "femn", "neut"} & gr)


def _normalize_ru(tokens: list[str]) -> str:
    """Inflect an oblique Russian name to the nominative. The case is read from the given name when there is one
    ("Азамата Жумабаева" is genitive and male, "Айгуль Бекова" nominative and female); tokens pymorphy3 does not
    know as names (Kyrgyz given names) are left as written."""
    analyzer = morph.analyzer()
    readings = [[p for p in analyzer.parse(t) if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)] for t in tokens]

    def nominative(ps) -> bool:  # type: ignore[no-untyped-def]
        return any("nomn" in p.tag.grammemes and "plur" not in p.tag.grammemes for p in ps)

    given = next((i for i, ps in enumerate(readings)
                  if any("Name" in p.tag.grammemes and "sing" in p.tag.grammemes for p in ps)
                  and not any("Fixd" in p.tag.grammemes for p in ps)), None)
    judge = given if given is not None else next(
        (i for i, ps in enumerate(readings) if ps and not any("Fixd" in p.tag.grammemes for p in ps)), None)
    if judge is None or nominative(readings[judge]):
        return " ".join(tokens)
    oblique = [p for p in readings[judge] if "nomn" not in p.tag.grammemes]
    cases = [p.tag.case for p in oblique]
    gender = next((p.tag.gender for p in oblique if p.tag.gender), None)
    out = []
    for t, ps in zip(tokens, readings):
        cand = [p for p in ps if p.tag.case in cases and (gender is None or _gender_ok(p, gender))] or \
            [p for p in ps if gender is None or _gender_ok(p, gender)]
        if not cand or "Fixd" in cand[0].tag.grammemes:
            out.append(t)
            continue
        infl = cand[0].inflect({"nomn", "sing"})
        word = infl.word if infl else t
        out.append(word[:1].upper() + word[1:] if t[:1].isupper() else word)
    return " ".join(out)


__all__ = ["Mention", "Person", "find_mentions", "group", "normalize_name", "word_classes", "surname_key", "bases"]
