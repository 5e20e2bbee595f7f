"""Similarity of proposals: paraphrases and translations link, proposals that only share a topic word do not,
and the link rule reaches precision >= 0.90 and recall >= 0.80 on the labelled pairs (tests/data/proposal_pairs.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kenesh.recur.normalise import normalise
from kenesh.recur.similarity import Weights, similarity

PAIRS = Path(__file__).parent / "data" / "proposal_pairs.tsv"
UNITE = "объединение структур миграции и занятости в одно ведомство"


def _pairs() -> list[tuple[bool, str, str, str, str]]:
    out = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        label, _group, la, ta, lb, tb, *_ = line.split("\t")
        assert label in ("same", "different")
        out.append((label == "same", la, ta, lb, tb))
    return out


@pytest.fixture(scope="module")
def weights() -> Weights:
    texts = {(t, l) for _, la, ta, lb, tb in _pairs() for t, l in ((ta, la), (tb, lb))}
    return Weights(normalise(t, l) for t, l in sorted(texts))


def _match(a: str, la: str, b: str, lb: str, weights: Weights):  # noqa: ANN202
    return similarity(normalise(a, la), normalise(b, lb), weights)


def test_paraphrase_of_a_single_body_links(weights: Weights) -> None:
    m = _match("нужен орган, который объединил бы вопросы миграции, труда и занятости", "ru", UNITE, "ru", weights)
    assert m.linked, m.reason()
    assert "merge" in m.reason() and "body" in m.reason()


@pytest.mark.parametrize("other, lang", [
    ("проведение анализа по внутренней и внешней миграции", "ru"),
    ("создание отдельной миграционной службы в городе Ош", "ru"),
    ("ежегодно публиковать данные о числе мигрантов", "ru"),
    ("Mobile migrants need information about migration", "en"),
])
def test_a_shared_topic_word_does_not_link(other: str, lang: str, weights: Weights) -> None:
    m = _match(UNITE, "ru", other, lang, weights)
    assert not m.linked, m.reason()


def test_translation_links_and_is_explained(weights: Weights) -> None:
    m = _match("открыть центры реинтеграции для вернувшихся трудовых мигрантов в каждой области", "ru",
               "Ар бир облуста кайтып келген мигранттар үчүн реинтеграция борборлорун ачуу керек", "ky", weights)
    assert m.linked
    reason = m.reason()
    assert reason.startswith("shared key terms: reintegration (")
    assert "центры / борборлорун" in reason and reason.endswith("ru-ky")
    assert 0 < m.score <= 1


def test_similarity_is_symmetric(weights: Weights) -> None:
    a, b = normalise(UNITE, "ru"), normalise("Combining the structure of migration and occupation to one institution", "en")
    assert similarity(a, b, weights).score == similarity(b, a, weights).score


def test_rare_terms_weigh_more_than_common_ones() -> None:
    docs = [normalise(t, "en") for t in ["reintegration centres", "migration data", "migration courses",
                                         "migration offices", "migration law"]]
    w = Weights(docs)
    terms = {t.key: t for d in docs for t in d.terms}
    assert w(terms["c:reintegration"]) > w(terms["c:migration"])


def test_labelled_set_is_large_and_mixed() -> None:
    pairs = _pairs()
    assert len(pairs) >= 150
    assert sum(same for same, *_ in pairs) >= 60 and sum(not same for same, *_ in pairs) >= 60
    cross = sum(1 for _, la, _, lb, _ in pairs if la != lb)
    assert cross >= 100
    assert {la for _, la, *_ in pairs} == {"ru", "ky", "en"}


def test_precision_and_recall_on_labelled_pairs(weights: Weights) -> None:
    tp = fp = fn = 0
    for same, la, ta, lb, tb in _pairs():
        linked = _match(ta, la, tb, lb, weights).linked
        tp += linked and same
        fp += linked and not same
        fn += same and not linked
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.90, f"precision {precision:.3f}"
    assert recall >= 0.80, f"recall {recall:.3f}"
