"""Proposal normalisation: word forms in three languages, framing words removed, key terms shared across languages."""

from __future__ import annotations

import pytest

from kenesh.recur import lexicon
from kenesh.recur.normalise import guess_lang, normalise
from kenesh.recur.stem import ky_chain, stem_en, stem_ky, token_lang


@pytest.mark.parametrize("word, stem", [
    ("мигранттардын", "мигрант"), ("мигранттарга", "мигрант"), ("борборлорун", "борбор"), ("курстарын", "курс"),
    ("облуста", "облус"), ("өкмөтүндө", "өкмөт"), ("баткендеги", "баткен"), ("түзүүнү", "түзүү"),
    ("уюштурууну", "уюштуруу"), ("мүмкүнчүлүгүн", "мүмкүнчүлүк"), ("пайыздан", "пайыз"), ("мектептерде", "мектеп"),
    ("агенттиктерге", "агенттик"), ("үй-бүлөлөрүндөгү", "үй-бүлө"), ("комиссия", "комиссия"), ("ачуу", "ачуу"),
])
def test_kyrgyz_endings_are_stripped(word: str, stem: str) -> None:
    assert stem_ky(word) == stem


def test_kyrgyz_chain_keeps_each_step() -> None:
    assert ky_chain("борборлорун") == ("борборлорун", "борборлор", "борбор")


@pytest.mark.parametrize("word, stem", [
    ("centres", "centr"), ("centre", "centr"), ("agencies", "agency"), ("licensed", "licens"), ("license", "licens"),
    ("simplified", "simplify"), ("training", "train"), ("returning", "return"), ("children", "child"),
    ("contributions", "contribution"), ("survivor's", "survivor"), ("planning", "plan"),
])
def test_english_stemmer(word: str, stem: str) -> None:
    assert stem_en(word) == stem


@pytest.mark.parametrize("token, doc_lang, lang", [
    ("migrants", "ru", "en"), ("мигрант", "ru", "ru"), ("мигрант", "ky", "ky"), ("үй-бүлөгө", "ru", "ky")])
def test_token_language(token: str, doc_lang: str, lang: str) -> None:
    assert token_lang(token, doc_lang) == lang


@pytest.mark.parametrize("text, lang", [
    ("Open reintegration centres", "en"), ("открыть центры реинтеграции", "ru"),
    ("реинтеграция борборлорун ачуу керек", "ky"),
    ("мигранттарга Социалдык фондго ыктыярдуу камсыздандыруу", "ky")])
def test_guess_lang(text: str, lang: str) -> None:
    assert guess_lang(text) == lang


@pytest.mark.parametrize("text, lang, framing", [
    ("необходимо создать центры реинтеграции", "ru", "необходимо"),
    ("предлагается открыть центры реинтеграции", "ru", "предлагается"),
    ("реинтеграция борборлорун ачуу зарыл", "ky", "зарыл"),
    ("реинтеграция борборлорун ачуу керек", "ky", "керек"),
    ("reintegration centres should be opened", "en", "should"),
    ("we need to open reintegration centres", "en", "need"),
])
def test_framing_words_are_removed(text: str, lang: str, framing: str) -> None:
    norm = normalise(text, lang)
    assert framing not in norm.lemmas
    assert {"c:reintegration", "c:centre"} <= norm.keys
    assert all(t.surface != framing for t in norm.terms)


def test_the_same_proposal_has_the_same_key_terms_in_three_languages() -> None:
    ru = normalise("открыть центры реинтеграции для вернувшихся трудовых мигрантов в каждой области", "ru")
    ky = normalise("Ар бир облуста кайтып келген мигранттар үчүн реинтеграция борборлорун ачуу керек", "ky")
    en = normalise("Open reintegration centres for returning migrants in every region", "en")
    core = {"c:reintegration", "c:centre", "c:returnee", "c:region", "c:establish"}
    assert core <= ru.keys and core <= ky.keys and core <= en.keys


def test_words_outside_the_dictionary_fold_across_scripts() -> None:
    ru = normalise("направлять инвестиции в Лейлек", "ru")
    en = normalise("direct investment to Leilek", "en")
    assert "c:investment" in ru.keys & en.keys
    assert "c:leilek" in ru.keys & en.keys


def test_numbers_are_key_terms_but_years_are_not() -> None:
    norm = normalise("ратифицировать Конвенцию МОТ № 189 до 2025 года", "ru")
    assert "n:189" in norm.keys
    assert not any(k.startswith("n:2025") for k in norm.keys)


def test_digits_glued_to_a_suffix_are_split() -> None:
    assert "n:15" in normalise("Ар бир социалдык кызматкерге 15тен ашпаган кардар", "ky").keys


def test_terms_keep_the_words_as_written() -> None:
    norm = normalise("объединение структур миграции и занятости в одно ведомство", "ru")
    surfaces = {t.key: t.surface for t in norm.terms}
    assert surfaces["c:body"] == "ведомство"
    assert surfaces["c:merge"] == "объединение"


def test_dictionary_parses_and_has_no_conflicts() -> None:
    rows = lexicon.parse(lexicon.path().read_text(encoding="utf-8"))
    assert len(rows) >= 250
    concepts = [r[0] for r in rows]
    assert len(concepts) == len(set(concepts)), "a concept id is used twice"
    for concept, klass, terms in rows:
        if concept not in (lexicon.STOP, lexicon.FRAME):
            assert all(terms[lang] for lang in lexicon.LANGS), f"{concept} lacks a language"
    assert lexicon.load().conflicts == []


def test_dictionary_rejects_a_malformed_line() -> None:
    with pytest.raises(ValueError, match="line 2"):
        lexicon.parse("# header\nbody\tx\tорган\tорган\tbody\n")


def test_normalisation_is_deterministic() -> None:
    a = normalise("Тышкы эмгек миграциясы боюнча бирдиктүү ыйгарым укуктуу орган түзүү зарыл", "ky")
    b = normalise("Тышкы эмгек миграциясы боюнча бирдиктүү ыйгарым укуктуу орган түзүү зарыл", "ky")
    assert a == b
    assert [t.key for t in a.terms] == ["c:external", "c:labour", "c:migration", "c:single", "c:authorised",
                                        "c:body", "c:establish"]
