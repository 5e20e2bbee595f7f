"""The topic scheme (data/topics.ttl) and topic assignment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import SKOS

from kenesh.recur.normalise import normalise
from kenesh.recur.topics import SCHEME, labels, scheme, signals, topics

GOLD = Path(__file__).parent / "data" / "gold"
REQUIRED = ["institutions", "labour-employment", "returnees-reintegration", "remittances", "education-training",
            "children-families", "border-regional-development", "social-protection-pensions",
            "documents-registration", "statistics-analysis", "information-media", "investment", "security-defence",
            "inter-ethnic-relations", "health", "legal-aid-rights", "pre-departure-preparation",
            "recruitment-agencies"]


def _concepts() -> list[URIRef]:
    return sorted(c for c in scheme().subjects(RDF.type, SKOS.Concept))


def test_scheme_has_the_required_concepts() -> None:
    g = scheme()
    assert (URIRef(SCHEME), RDF.type, SKOS.ConceptScheme) in g
    have = {str(c)[len(SCHEME):] for c in _concepts()}
    assert set(REQUIRED) <= have
    for c in _concepts():
        assert (c, SKOS.inScheme, URIRef(SCHEME)) in g
        assert str(c).startswith(SCHEME)


@pytest.mark.parametrize("prop", [SKOS.prefLabel, SKOS.definition, SKOS.hiddenLabel])
def test_every_concept_speaks_three_languages(prop: URIRef) -> None:
    g = scheme()
    for c in _concepts():
        langs = {o.language for o in g.objects(c, prop)}
        assert {"ru", "ky", "en"} <= langs, f"{c} {prop} has only {sorted(langs)}"


def test_every_signal_term_has_key_terms() -> None:
    g = scheme()
    for c, label in g.subject_objects(SKOS.hiddenLabel):
        assert normalise(str(label), label.language).keys, f"{c}: signal {label!r} normalises to nothing"
    assert len(signals()) >= 150


@pytest.mark.parametrize("text, lang, topic", [
    ("открыть центры реинтеграции для вернувшихся трудовых мигрантов в каждой области", "ru", "returnees-reintegration"),
    ("Ар бир облуста кайтып келген мигранттар үчүн реинтеграция борборлорун ачуу керек", "ky", "returnees-reintegration"),
    ("The commission on a transfer from any country must not exceed one percent", "en", "remittances"),
    ("объединение структур миграции и занятости в одно ведомство", "ru", "institutions"),
    ("объединение структур миграции и занятости в одно ведомство", "ru", "labour-employment"),
    ("free pre-departure courses in every district", "en", "pre-departure-preparation"),
    ("free pre-departure courses in every district", "en", "education-training"),
    ("усиление границ в южном регионе", "ru", "border-regional-development"),
    ("Кыргыз Республикасынын Коргоо министрлигинин бөлүктөрүнүн бир бөлүгүн Баткенге которуу зарыл", "ky",
     "security-defence"),
    ("проведение анализа по внутренней и внешней миграции", "ru", "statistics-analysis"),
    ("Жумушка орноштуруучу жеке агенттиктерге лицензия берүүнүн талаптарын катаалдатуу керек", "ky",
     "recruitment-agencies"),
    ("упростить оформление временной опеки для бабушек и дедушек", "ru", "children-families"),
    ("children of labour migrants be covered by compulsory health insurance", "en", "health"),
    ("provide free legal aid to deported migrants", "en", "legal-aid-rights"),
    ("укреплять толерантность и межэтнические отношения в приграничных селах", "ru", "inter-ethnic-relations"),
])
def test_topics_of_a_proposal(text: str, lang: str, topic: str) -> None:
    assert SCHEME + topic in topics(normalise(text, lang))


def test_a_topic_word_alone_gives_no_topic() -> None:
    assert topics(normalise("миграция", "ru")) == []


def test_most_test_gold_proposals_get_a_topic() -> None:
    files = sorted(GOLD.glob("t*.json"))
    if not files:
        pytest.skip("tests/data/gold/t*.json not present")
    props = [(p, json.loads(f.read_text(encoding="utf-8"))["lang"]) for f in files
             for p in json.loads(f.read_text(encoding="utf-8")).get("proposals") or []]
    with_topic = sum(1 for text, lang in props if topics(normalise(text, lang)))
    assert with_topic >= 0.85 * len(props), f"{with_topic} of {len(props)}"


def test_labels() -> None:
    assert labels("en")[SCHEME + "remittances"] == "Remittances"
    assert labels("ky")[SCHEME + "remittances"] == "Акча которуулар"
