"""Event facts: date, city, venue, title, participant counts, regions and countries (case tables)."""

from __future__ import annotations

import pytest

from kenesh.extract import extract_text
from kenesh.extract.dates import find_dates

EVENT_CASES = [
    ("ru", "Круглый стол «Пенсии мигрантов»\n\nДата и место проведения: 5 июня 2023 года, г. Каракол, "
           "отель «Иссык-Куль».\n\nМодератор: Асанов Алмаз, эксперт.",
     {"date": "2023-06-05", "city": "Каракол", "venue": "отель «Иссык-Куль»", "title": "Круглый стол «Пенсии мигрантов»",
      "topic": "Пенсии мигрантов"}),
    ("ru", "Нарын, 3 февраля 2025 года. Сегодня в Нарыне прошла встреча с семьями мигрантов.",
     {"date": "2025-02-03", "city": "Нарын"}),
    ("ru", "В Токмоке обсудили занятость\n\nВчера в Токмоке прошла встреча с родителями мигрантов.",
     {"date": None, "city": "Токмок"}),
    ("ru", "Дата: 12 ноября\nМесто: г. Ош, зал мэрии\n\nУчастники обсудили пенсии.",
     {"date": "--11-12", "city": "Ош"}),
    # a town the gazetteer lacks: pymorphy3 knows it as a place
    ("ru", "Вчера в Ульяновске прошел прием граждан Кыргызстана.", {"date": None, "city": "Ульяновск"}),
    ("ky", "Иш-чаранын күнү, жери: 2022-жылдын 12-апрели, Талас шаары, «Манас» мейманканасынын жыйындар залы.",
     {"date": "2022-04-12", "city": "Талас", "venue": "«Манас» мейманканасынын жыйындар залы"}),
    ("ky", "Ош, 7-март, 2024-жыл. Ош шаарында эмгек мигранттары менен жолугушуу болду.",
     {"date": "2024-03-07", "city": "Ош"}),
    ("ky", "Кочкор айылында 15-майда жаштар менен жолугушуу өттү.",
     {"date": "--05-15", "city": "Кочкор"}),
    ("en", "Date and place: 3 September 2024, Osh, Hotel Sunrise\n\nModerator: Aibek Usenov, lawyer",
     {"date": "2024-09-03", "city": "Osh", "venue": "Hotel Sunrise"}),
    ("en", "NARYN, Feb 9 — Officials met in Naryn on Friday to discuss seasonal work.",
     {"date": "--02-09", "city": "Naryn"}),
    ("en", "On 18 March 2025 a round table on labour migration was held in Talas.",
     {"date": "2025-03-18", "city": "Talas"}),
]


@pytest.mark.parametrize("lang, text, expected", EVENT_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(EVENT_CASES)])
def test_event(lang, text, expected):
    rec = extract_text(text, "case.txt", lang=lang)
    for k, v in expected.items():
        assert rec["event"].get(k) == v, (k, rec["event"])


COUNT_CASES = [
    ("ru", "Количество участников: 25, из них 15 женщин и 10 мужчин.", (25, 15, 10)),
    ("ru", "В работе площадки приняли участие 40 человек.", (40, None, None)),
    ("ky", "Катышуучулардын саны: 30 (18 аял, 12 эркек).", (30, 18, 12)),
    ("ky", "Катышуучулар: 28, анын ичинен 17 аял, 11 эркек.", (28, 17, 11)),
    ("en", "Totally: 22 participants, among them 12 women and 10 men.", (22, 12, 10)),
    ("en", "The forum brought together 48 participants from four countries.", (48, None, None)),
    ("en", "About 400,000 citizens returned in 2024.", (None, None, None)),
]


@pytest.mark.parametrize("lang, text, counts", COUNT_CASES)
def test_counts(lang, text, counts):
    p = extract_text(text, "case.txt", lang=lang)["participants"]
    assert (p["total"], p["women"], p["men"]) == counts


REGION_CASES = [
    ("ru", "Кампания пройдет в Таласской и Нарынской областях, а также в Кеминском районе. Мигранты едут в Казахстан.",
     ["Таласской и Нарынской областях", "Кеминском районе"], ["Казахстан"]),
    ("ru", "Представители Ошской области и Ошской области снова.", ["Ошской области"], []),
    ("ky", "Кочкор районунда жана Ысык-Көл облусунда жумушсуздук жогору. Көп жаштар Россияга кетишет.",
     ["Кочкор районунда", "Ысык-Көл облусунда"], ["Россияга"]),
    ("en", "Families in the Chui region and in Central Asia, but not the Central Asian states, nor Russia.",
     ["Chui region", "Central Asia"], ["Russia"]),
    ("en", "Participants came from Batken and Osh regions of Kyrgyzstan.", ["Batken and Osh regions"], ["Kyrgyzstan"]),
]


@pytest.mark.parametrize("lang, text, regions, countries", REGION_CASES)
def test_regions_not_countries(lang, text, regions, countries):
    rec = extract_text(text, "case.txt", lang=lang)
    assert rec["regions"] == regions
    assert rec["countries"] == countries


@pytest.mark.parametrize("text, iso", [
    ("18 марта", ["--03-18"]),
    ("12 марта 2024 года", ["2024-03-12"]),
    ("2021-жылдын 08-июль күнү", ["2021-07-08"]),
    ("26-сентябрда", ["--09-26"]),
    ("Nov 21", ["--11-21"]),
    ("March 18, 2024", ["2024-03-18"]),
    ("20.11.2024", ["2024-11-20"]),
    ("on 2021–2030 годы and 2024", []),
    ("they may 5 times", []),
])
def test_find_dates(text, iso):
    assert [d.iso() for d in find_dates(text)] == iso


def test_spans_point_at_the_text():
    text = ("Круглый стол «Права мигрантов»\n\nДата и место проведения: 5 июня 2023 года, г. Каракол, отель «Ак-Кеме».\n\n"
            "Модератор: Сыдыкова Айгерим, директор ОФ «Ырыс».\n\nКоличество участников: 20, из них 12 женщин и 8 мужчин."
            "\n\nРекомендации:\n1. открыть центр в Таласской области;\n2. создать фонд.")
    rec = extract_text(text, "case.txt", lang="ru")
    spans = rec["spans"]
    assert text[slice(*spans["moderators/0/name"])] == "Сыдыкова Айгерим"
    assert text[slice(*spans["moderators/0/post"])] == "директор"
    assert text[slice(*spans["moderators/0/org"])] == "ОФ «Ырыс»"
    assert text[slice(*spans["event/date"])] == "5 июня 2023 года"
    assert text[slice(*spans["event/city"])] == "Каракол"
    assert text[slice(*spans["participants/total"])] == "20"
    assert text[slice(*spans["proposals/0"])] == rec["proposals"][0] == "открыть центр в Таласской области"
    assert text[slice(*spans["proposals/1"])] == "создать фонд"
    assert text[slice(*spans["regions/0"])] == "Таласской области"
    assert len(rec["sha256"]) == 64 and rec["lang"] == "ru"


@pytest.mark.parametrize("text, lang, bases", [
    ("Чуйской, Ошской и Джалал-Абадской областях", "ru", ["Чуйская область", "Ошская область",
                                                         "Джалал-Абадская область"]),
    ("Кеминском районе", "ru", ["Кеминский район"]),
    ("Нарын облусундагы", "ky", ["Нарын облусу"]),
    ("Лейлек жана Кадамжай райондорундагы", "ky", ["Лейлек району", "Кадамжай району"]),
    ("Batken and Osh regions", "en", ["Batken region", "Osh region"]),
    ("Fergana Valley", "en", ["Fergana Valley"]),
])
def test_normalize_region(text, lang, bases):
    from kenesh.extract.normalize import normalize_region

    assert normalize_region(text, lang) == bases


def test_issues_raised():
    text = ("В ходе обсуждения участники подняли вопросы оформления опеки над детьми, долгов семей по кредитам, "
            "взятым на выезд, а также трудностей с поиском работы.")
    rec = extract_text(text, "case.txt", lang="ru")
    assert rec["issues_raised"] == ["оформления опеки над детьми", "долгов семей по кредитам, взятым на выезд",
                                    "трудностей с поиском работы"]
