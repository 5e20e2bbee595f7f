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
    # titles: news headlines with a verb give way to the event phrase of the body
    ("en", "Osh forum backs new rules for recruiters\n\nOn 3 June 2025 a regional forum on fair recruitment of "
           "seasonal workers was held in Osh.",
     {"title": "Regional forum on fair recruitment of seasonal workers"}),
    ("ru", "Кербен, 3 июня 2025 года. Сегодня в Кербене прошла встреча с родителями школьников, работающими в "
           "России. Ее организовал отдел образования.",
     {"title": "Встреча с родителями школьников, работающими в России"}),
    ("ru", "Эксперты обсудили права мигрантов\n\nНа конференции «Миграция: право, труд, семья», которая прошла 3 июня в Оше, выступили эксперты.",
     {"title": "Конференции «Миграция: право, труд, семья»"}),
    ("ky", "Таласта мигранттардын үй-бүлөлөрү эске алынды\n\nТалас шаарында 3-июнда «Мигрант жана үй-бүлө: ким жардам берет?» деген темада талкуу болуп өттү.",
     {"title": "«Мигрант жана үй-бүлө: ким жардам берет?» деген темада талкуу"}),
    ("ky", "Нарында 3-июнда мигранттардын балдарынын билим алуусу боюнча кеңешме болуп өттү.",
     {"title": "Мигранттардын балдарынын билим алуусу боюнча кеңешме"}),
    # a heading without the words that name the report and without its dateline
    ("en", "Workshop report: \"Safe return for migrant workers\" Osh, 12.05.2025\n\nThe workshop took place in Osh.",
     {"title": "Workshop \"Safe return for migrant workers\""}),
    ("en", "Round Table \"Pensions for migrants\" Summary report\n\nThe round table took place in Osh.",
     {"title": "Round Table \"Pensions for migrants\""}),
    ("ky", "«Мигрант жана үй-бүлө» тегерек үстөлдүн жыйынтыктары\n\nТегерек үстөл Ош шаарында өттү.",
     {"title": "«Мигрант жана үй-бүлө» тегерек үстөл"}),
    ("ru", "Итоги круглого стола «Пенсии мигрантов»\n\nКруглый стол прошел в Оше.",
     {"title": "круглого стола «Пенсии мигрантов»"}),
    # labelled title and "Күнү жана орду:"
    ("ky", "Тегерек үстөл\n\nАталышы: Улгайган адамдар жана миграция\nКүнү жана орду: 2025-жылдын 3-июну, Нарын "
           "шаары, «Ала-Тоо» мейманканасы\nАлып баруучу: Айбек Осмонов, юрист",
     {"title": "Улгайган адамдар жана миграция", "date": "2025-06-03", "city": "Нарын",
      "venue": "«Ала-Тоо» мейманканасы", "type": "round-table"}),
    ("en", "Workshop report\n\nTitle: Migrant workers and their health\nDate and venue: 3 June 2025, Osh, Hotel Sunrise",
     {"title": "Migrant workers and their health", "date": "2025-06-03", "venue": "Hotel Sunrise"}),
    ("ru", "Круглый стол\n\nНазвание: Пенсии и стаж мигрантов\nВремя и место проведения: 3 июня 2025 года, г. Ош, "
           "гостиница «Ош»",
     {"title": "Пенсии и стаж мигрантов", "date": "2025-06-03", "city": "Ош"}),
    # local government buildings as venues
    ("en", "On 5 May 2025 parents of migrants gathered at the Osh city hokimiyat for a meeting with teachers.",
     {"date": "2025-05-05", "venue": "Osh city hokimiyat"}),
    ("en", "The meeting was held at the district hukumat on 5 May 2025.",
     {"date": "2025-05-05", "venue": "district hukumat"}),
    ("en", "On 12 May 2025 officials met at the Osh regional administration to discuss legal aid.",
     {"date": "2025-05-12", "venue": "Osh regional administration"}),
    ("en", "On 12 May 2025 a meeting was held in cooperation with the local administration and several NGOs.",
     {"date": "2025-05-12", "venue": None}),
    ("ky", "2025-жылдын 5-майында Нарын шаарындагы «Ала-Тоо» мейманканасынын жыйындар залында жолугушуу болуп өттү.",
     {"date": "2025-05-05", "venue": "«Ала-Тоо» мейманканасынын жыйындар залында"}),
    ("ky", "2025-жылдын 5-майында «Ак-Бермет» эс алуу борборунда семинар өттү.",
     {"date": "2025-05-05", "venue": "«Ак-Бермет» эс алуу борборунда"}),
    ("en", "The seminar was held on 5 May 2025 at the Naryn State University.",
     {"date": "2025-05-05", "venue": "Naryn State University"}),
    ("ru", "12 мая 2025 года в акимате Туркестанской области прошла встреча с кандасами.",
     {"date": "2025-05-12", "venue": "акимате Туркестанской области"}),
    # abbreviated months; a dateline word that is no place (a media name) gives no city
    ("ru", "ТЮМЕНЬ, 7 фев — Sputnik. В субботу в Тюмени прошла встреча с мигрантами.",
     {"date": "--02-07", "city": "Тюмень"}),
    ("ky", "Азаттык, 3-июль. Кечээ Москвада мигранттар менен жолугушуу болду.", {"city": "Москва"}),
    # the lead's own date (and place) for the event beat a publication dateline
    ("en", "BISHKEK, Jan 30 - 24.kg news agency. Kyrgyz citizens met with diplomats on January 28 at the Consulate "
           "General in Istanbul.",
     {"date": "--01-28", "city": "Istanbul"}),
    ("en", "OSH, May 3 — A round table on seasonal work took place in Osh today.", {"date": "--05-03", "city": "Osh"}),
    # a source line with a date dates "today"
    ("en", "Press service of the Ministry of Labour, 10 December 2025\n\nThe council today considered the draft law "
           "on recruitment agencies.",
     {"date": "2025-12-10"}),
    # the lead places the event away from the dateline
    ("en", "Families learn to save\n\nJalal-Abad, 3 July 2024. Around 70 women took part on Wednesday in a financial "
           "literacy workshop in the village of Suzak.",
     {"date": "2024-07-03", "city": "Suzak"}),
    # a country between the dateline city and the date; "from 7 to 9 October"; the place the lead gives for the event
    ("en", "Grants for women\n\nBOKHTAR, Tajikistan, 3 December 2024 – Women received small grants at a ceremony "
           "in Bokhtar today.",
     {"date": "2024-12-03", "city": "Bokhtar"}),
    ("en", "Field visit\n\nThe Ombudsman carried out a field visit to Kadamjay district from 7 to 9 October 2025. The "
           "final meeting was held on 9 October.",
     {"date": "2025-10-07"}),
    ("en", "Support for internal migrants\n\nASTANA, 24 April 2025 — The IOM and the akimat held a dialogue platform on "
           "\"Internal Migration and Access to Social Services\" in Turkestan on Thursday.",
     {"date": "2025-04-24", "city": "Turkestan"}),
    ("ru", "Мигрантам предложили курсы\n\nТалас, 3 октября 2024 года. В районном центре Кызыл-Адыр Кара-Бууринского "
           "района прошла встреча с трудовыми мигрантами.",
     {"date": "2024-10-03", "city": "Кызыл-Адыр"}),
    ("ky", "Мигранттар котормо талап кылышууда\n\nСеул, 2024-жылдын 20-октябры. Элчилик Ансан шаарында жарандар менен "
           "ачык диалог өткөрдү.",
     {"date": "2024-10-20", "city": "Ансан"}),
    # a dateline place the gazetteer lacks (a media name is no place); no dateline: the lead's event place; a city
    # inside the name of a body in a venue field
    ("ky", "Диалог аянтчасы\n\nКара-Кулжа, 2024-жылдын 11-апрели. Бүгүн районунун маданият үйүндө диалог аянтчасы "
           "болуп өттү.",
     {"date": "2024-04-11", "city": "Кара-Кулжа"}),
    ("en", "Jobs from remittances\n\nLast Tuesday, UNDP and the Embassy of the Czech Republic in Dushanbe hosted a "
           "forum in Istaravshan on turning remittances into jobs.",
     {"city": "Istaravshan"}),
    ("en", "REPORT\n\nDate: 9 October 2024\nVenue: Conference hall of Urgench State University branch, Khiva",
     {"date": "2024-10-09", "city": "Khiva"}),
    # "March 12-13, 2025"; a dated first sentence under a release line; a day and month without a year take the
    # year of the page's dated line (the text gives it), the year before for a day after the page's; with no year
    # anywhere they stay --MM-DD (dev README); a city inside the name of a body when no other is written
    ("en", "Forum\n\nSAMARKAND — A two-day forum on labour migration opened on March 12-13, 2025 in Samarkand.",
     {"date": "2025-03-12"}),
    ("en", "Bishkek, 7 July 2025\n\nPRESS RELEASE\n\nField visit\n\nFrom 2 to 4 July, a joint team visited Batken "
           "and Isfana.",
     {"date": "2025-07-02"}),
    ("en", "PRESS RELEASE\nPublished: 18 September 2024\n\nBriefing in the south\n\nOn 17 September, UN Women held a "
           "briefing. The briefing took place in the conference hall of Osh State University.",
     {"date": "2024-09-17", "city": "Osh"}),
    ("en", "PRESS RELEASE\nPublished: 3 January 2025\n\nBriefing in the south\n\nOn 30 December, UN Women held a "
           "briefing in Osh.",
     {"date": "2024-12-30"}),
    ("en", "Briefing in the south\n\nOSH, Dec. 30 — UN Women held a briefing in Osh on Monday.",
     {"date": "--12-30"}),
    # a dateline without a date
    ("en", "Women left out\n\nKHUJAND, Tajikistan -- Speakers at a roundtable said last week that jobs are scarce.",
     {"date": None, "city": "Khujand"}),
    # a date range starts on its first day; "yesterday" after a dateline leaves the date open
    ("en", "Workshop report\n\nDates: 22-23 October 2025\nVenue: Hotel Rixos, Almaty", {"date": "2025-10-22"}),
    ("en", "ASTANA, 19 February – Officials agreed at a dialogue platform held in Astana yesterday that fees must go.",
     {"date": None, "city": "Astana"}),
    ("ru", "Балыкчы. В четверг, 4 декабря, заместитель министра труда посетила центр занятости.",
     {"date": "--12-04", "city": "Балыкчы"}),
    # Kyrgyz labels "Иш-чаранын күнү:" / "Өткөн жери:"
    ("ky", "Диалогдук аянтча\n\nИш-чаранын күнү: 2025-жылдын 9-октябры\nӨткөн жери: Баткен шаары, облустук "
           "китепкананын жыйындар залы",
     {"date": "2025-10-09", "city": "Баткен"}),
    ("ky", "Жыйынтык маалымат\n\nӨткөн күнү жана жери: 2025-жылдын 3-марты, Кочкор айылы, маданият үйү",
     {"date": "2025-03-03"}),
    # a Kyrgyz lead whose verb is "карады" / "жолугушту"
    ("ky", "Комитет отчет талап кылды\n\nЖогорку Кеңештин Социалдык саясат боюнча комитети 2025-жылдын 14-октябрында "
           "мигранттардын балдары тууралуу маселени карады.",
     {"date": "2025-10-14"}),
    ("ky", "Талас шаары, 2024-жылдын 5-июну. Бүгүн шаардык китепканада жаштар форуму өттү.",
     {"date": "2024-06-05", "city": "Талас"}),
    # the lead's "met ... in X" under another city's dateline; a dateline town the gazetteer lacks
    ("en", "Workers ask for help\n\nTASHKENT, 3 July 2025 – Officials and returnees met today in Termez, near the "
           "Afghan border, to discuss jobs.",
     {"date": "2025-07-03", "city": "Termez"}),
    ("en", "Seminar told of risks\n\nLEEDS — Farmers and recruiters met at the university on 4 May 2025 for a "
           "seminar on seasonal work.",
     {"city": "Leeds"}),
    ("ru", "В Когалыме мигрантам рассказали о патентах\n\nВчера в актовом зале колледжа прошла встреча с мигрантами "
           "из Таджикистана и Узбекистана.",
     {"city": "Когалым"}),
    ("en", "Venue: conference hall of the Aurora resort, Cholpon-Ata, Issyk-Kul region, Kyrgyzstan\nDate: 5 May 2025",
     {"city": "Cholpon-Ata", "date": "2025-05-05"}),
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
    ("ky", "Жолугушууга 64 адам катышып, алардын 40ы аялдар, 24ү эркектер болду.", (64, 40, 24)),
    ("ky", "Тегерек үстөлгө 27 адам катышты.", (27, None, None)),
    ("ru", "В обсуждении приняли участие 36 человек, из них 20 женщин и 16 мужчин.", (36, 20, 16)),
    ("en", "About 400,000 citizens returned in 2024.", (None, None, None)),
    # numbers in words, approximate numbers, any noun for the people who came
    ("en", "Some forty-five nurses and midwives attended the session in Osh.", (45, None, None)),
    ("en", "More than two dozen farmers came to the meeting in Tokmok.", (24, None, None)),
    ("en", "The training brought together 25 staff members of employment centres.", (25, None, None)),
    ("en", "Nearly a hundred returnees took part in the fair on Saturday.", (100, None, None)),
    ("ru", "На встречу пришли около восьмидесяти соотечественников из Тюмени и Тобольска.", (80, None, None)),
    ("ru", "В форуме приняли участие более ста представителей НКО.", (100, None, None)),
    ("ru", "Количество участников: 32 (женщин – 20, мужчин – 12).", (32, 20, 12)),
    ("ky", "Форумга Чүй жана Талас облустарынан кырктан ашык адам катышты.", (40, None, None)),
    ("ky", "Жолугушууга 70тен ашык мекендеш келди.", (70, None, None)),
    ("en", "Number of workers met: 118 (of whom 40 women)", (118, 40, None)),
    # numbers that count no people
    ("en", "Over 30 days, 15 % of the 200 applicants were refused; the centre attended to 3 districts.", (None, None, None)),
    ("ru", "В 2024 году участники программы получили 500 тысяч сомов.", (None, None, None)),
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
    ("en", "Farmers from Ahal and Balkan velayats of Turkmenistan took part.", ["Ahal and Balkan velayats"],
     ["Turkmenistan"]),
    ("ru", "Многие мигранты из Узбекистана работают на Среднем Урале.", ["Среднем Урале"], ["Узбекистана"]),
    ("ky", "Мигранттардын көбү Орто Уралда курулушта иштешет.", ["Орто Уралда"], []),
    ("en", "Most of them work in the Gulf states, and many come from the southern regions of Kyrgyzstan.",
     ["Gulf states", "southern regions"], ["Kyrgyzstan"]),
    ("ru", "Переселенцев направляют в северные и восточные регионы Казахстана.", ["северные и восточные регионы"],
     ["Казахстана"]),
    ("ky", "Мигранттардын көбү түштүк аймактардан чыгышат.", ["түштүк аймактардан"], []),
    ("en", "CROSS-BORDER FORUM \"MIGRATION IN THE FERGANA VALLEY\"\n\nThe forum took place in Osh.", ["FERGANA VALLEY"], []),
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
