"""Tell the language of a report: Russian, Kyrgyz or English.

Off-the-shelf identifiers have no Kyrgyz (lingua says Kazakh or Mongolian), and Kyrgyz is written in Cyrillic like
Russian. Script decides English; among Cyrillic texts the Kyrgyz letters ң ө ү and frequent Kyrgyz words and
suffixes decide, counted per word so that Russian terms mixed into a Kyrgyz text (names of ministries, "Модератор")
do not tip the balance, and a Kyrgyz name inside a Russian text (Айгүл, Төлөн) does not either.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_KY_LETTERS = set("ңөүҢӨҮ")
# frequent Kyrgyz function words and word endings that Russian does not have
_KY_WORDS = frozenset("""
жана менен үчүн боюнча болуп болду деп деди деген экенин керек зарыл тийиш ошондой эле бул ал алар анын
биз сиз мен эмес жок бар дагы менен кийин мурда чейин аркылуу тууралуу жөнүндө катары бирок анткени ошондуктан
сунуштады билдирди белгиледи айтты өттү уюштурду катышты жылы жылдын күнү шаары облусу району айылы
""".split())
_KY_SUFFIX = re.compile(r"(нын|нин|нун|дын|дин|дун|тын|тин|тун|ларды|лерди|дары|дери|ларга|лерге|лардын|"
                        r"лердин|ынын|инин|сында|синде|сынын|синин|ууга|ган|ген|гон|кан|кен|кон|уу|оо)$")
_RU_WORDS = frozenset("""
и в во не на что с со как по из за от для это был была были его ее её она он они при также который которая
которые года году г проведения участников предложения
""".split())


def detect(text: str) -> str:
    """Return "ru", "ky" or "en" for a document (defaults to "ru" for Cyrillic with no Kyrgyz evidence)."""
    words = _WORD.findall(text[:20000])
    if not words:
        return "en"
    latin = cyr = 0
    for w in words:
        c = w[0]
        if "a" <= c.lower() <= "z":
            latin += 1
        elif "\u0400" <= c <= "\u04ff":
            cyr += 1
    if latin > cyr:
        return "en"
    ky = ru = 0.0
    for w in words:
        lw = w.lower()
        if not ("\u0400" <= lw[0] <= "\u04ff"):
            continue
        if _KY_LETTERS & set(lw):
            ky += 1.0
        elif lw in _KY_WORDS:
            ky += 1.0
        elif lw in _RU_WORDS:
            ru += 1.0
        elif len(lw) > 4 and _KY_SUFFIX.search(lw):
            ky += 0.3
    # Russian texts have many short function words; Kyrgyz has none of them
    need = max(1.0, min(3.0, len(words) / 20))
    return "ky" if ky >= need and ky > ru * 1.2 else "ru"


__all__ = ["detect"]
