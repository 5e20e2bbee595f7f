"""Post / organisation splitting: general shapes (own sentences, not taken from any report)."""

from __future__ import annotations

import pytest

from kenesh.extract import extract_text


def _people(rec: dict) -> dict[str, tuple]:
    return {p["name"]: (p["post"], p["org"])
            for k in ("moderators", "speakers", "other_persons") for p in rec.get(k) or []}


# (lang, text, name, post, org)
CASES = [
    # a short bracketed note inside the phrase before the name does not cut the phrase
    ("ru", "Представитель Аппарата Акыйкатчы (Омбудсмена) Кыргызской Республики Нурия Алиева отметила, что "
           "нужно открыть приемные в районах.",
     "Нурия Алиева", "Представитель", "Аппарата Акыйкатчы (Омбудсмена) Кыргызской Республики"),
    ("ru", "Директор ОФ «Ынтымак» (г. Нарын) Бакыт Осмонов рассказал, что нужно открыть приемные в районах.",
     "Бакыт Осмонов", "Директор", "ОФ «Ынтымак»"),
    ("en", 'Nigora Alieva, coordinator of the NGO "Umid" (Namangan), said that shelters must be opened.',
     "Nigora Alieva", "coordinator", 'NGO "Umid"'),
    # Russian adjectives before a post head that are not listed modifiers
    ("ru", "Тимур Асанов, старший научный сотрудник Института социологии НАН КР, заявил, что нужно открыть "
           "приемные в районах.",
     "Тимур Асанов", "старший научный сотрудник", "Института социологии НАН КР"),
    ("ru", "Социальный работник Тимур Асанов заявил, что нужно открыть приемные в районах.",
     "Тимур Асанов", "Социальный работник", None),
    # English: a post after an article with unlisted noun modifiers; "committee chairman"; "for the"
    ("en", "The seminar was led by Saule Omarova, an independent gender-policy consultant.",
     "Saule Omarova", "independent gender-policy consultant", None),
    ("en", "The sitting was chaired by commission chairman Daniyar Toktogulov. He proposed that the fees be cut.",
     "Daniyar Toktogulov", "commission chairman", None),
    ("en", "Daniyar Toktogulov, a lawyer for the Adilet Legal Clinic, said that fees must be cut.",
     "Daniyar Toktogulov", "lawyer", "Adilet Legal Clinic"),
    # English: "by the X's post, Name." / "by the post of Y, Name, who ..."
    ("en", "The session was opened by the council's chairman, Rustam Yusupov. He proposed that the fees be cut.",
     "Rustam Yusupov", "chairman", None),
    ("en", "The meeting was opened by the director of the Migration Centre, Rustam Yusupov, who said that fees "
           "must be cut.",
     "Rustam Yusupov", "director of the Migration Centre", None),
    # Kyrgyz: sub-unit with the post, parent body as the organisation
    ("ky", "Нарын шаардык мэриясынын социалдык өнүктүрүү башкармалыгынын башчысы Бакыт Осмонов пенсияны "
           "көбөйтүү керек деп билдирди.",
     "Бакыт Осмонов", "социалдык өнүктүрүү башкармалыгынын башчысы", "Нарын шаардык мэриясынын"),
    ("ky", "Министрликтин Социалдык коргоо департаментинин директорунун орун басары Бакыт Осмонов пенсияны "
           "көбөйтүү керек деп билдирди.",
     "Бакыт Осмонов", "Социалдык коргоо департаментинин директорунун орун басары", "Министрликтин"),
    # Kyrgyz: a body before a post in the genitive is the organisation; the mayor in the genitive is a post
    ("ky", "Министрлер Кабинетине караштуу Миграция кызматынын төрагасынын орун басары Бакыт Осмонов пенсияны "
           "көбөйтүү керек деп билдирди.",
     "Бакыт Осмонов", "төрагасынын орун басары", "Министрлер Кабинетине караштуу Миграция кызматынын"),
    ("ky", "Токмок шаарынын мэринин орун басары Бакыт Осмонов пенсияны көбөйтүү керек деп билдирди.",
     "Бакыт Осмонов", "мэринин орун басары", "Токмок шаарынын"),
    # Kyrgyz: a "боюнча" topic phrase goes with the post; a locative adverbial is not part of the organisation
    ("ky", "ЮНИСЕФтин балдарды коргоо боюнча адиси Бакыт Осмонов пенсияны көбөйтүү керек деп билдирди.",
     "Бакыт Осмонов", "балдарды коргоо боюнча адиси", "ЮНИСЕФтин"),
    ("ky", "Жыйында КР Эмгек министрлигинин адиси Бакыт Осмонов сөз сүйлөдү. Ал пенсияны көбөйтүү керек деп "
           "билдирди.",
     "Бакыт Осмонов", "адиси", "КР Эмгек министрлигинин"),
    # a possessive post before the post ("the ombudsman's representative"); a trailing place goes to `area`
    ("en", "The ombudsman's representative, Malika Rahimova, said that fees must be cut.",
     "Malika Rahimova", "ombudsman's representative", None),
    ("en", "Malika Rahimova, the minister's adviser in Sughd region, said that fees must be cut.",
     "Malika Rahimova", "minister's adviser", None),
    # capitalised noun modifiers of a capitalised post; an abbreviation before the post is the organisation
    ("en", "Speaking at the forum, Health Minister Malika Rahimova said that fees must be cut.",
     "Malika Rahimova", "Health Minister", None),
    ("en", "According to UNICEF Child Protection Officer Malika Rahimova, fees must be cut.",
     "Malika Rahimova", "Child Protection Officer", "UNICEF"),
    ("ru", "Об этом сообщил пресс-секретарь Социального фонда Эмиль Жапаров.",
     "Эмиль Жапаров", "пресс-секретарь", "Социального фонда"),
    # English: a unit of a city hall goes with the post, the city hall is the organisation
    ("en", "Timur Asanov, head of the social development department of the Naryn city hall, said that fees must be "
           "cut.",
     "Timur Asanov", "head of the social development department", "Naryn city hall"),
    # a dative object before the genitive chain is not part of the organisation; an initial inside the name is
    ("ky", "Жыйынга И. Арабаев атындагы Кыргыз мамлекеттик университетинин доценти Айбек Осмонов катышты. Ал "
           "пенсияны көбөйтүү керек деп билдирди.",
     "Айбек Осмонов", "доценти", "И. Арабаев атындагы Кыргыз мамлекеттик университетинин"),
    # a post written as a verb: in Russian the unit it governs stays in the post and the body after it is the
    # organisation; English writers give no post for "who heads", only the body
    ("ru", "Нурия Алиева, возглавляющая сектор трудоустройства в Министерстве труда Кыргызской Республики, "
           "заявила, что нужно открыть приемные в районах.",
     "Нурия Алиева", "возглавляющая сектор трудоустройства", "Министерстве труда Кыргызской Республики"),
    ("ru", "Бакыт Осмонов, возглавляющий Государственное агентство занятости, предложил открыть курсы.",
     "Бакыт Осмонов", "возглавляющий", "Государственное агентство занятости"),
    ("en", "Dana Akhmetova, who heads the legal aid unit of the Karaganda Bar Association, said fees must be cut.",
     "Dana Akhmetova", None, "Karaganda Bar Association"),
    ("en", "Dana Akhmetova, who leads the Karaganda Bar Association, said fees must be cut.",
     "Dana Akhmetova", None, "Karaganda Bar Association"),
    # Kyrgyz: "басма сөз катчысы" (press secretary); a post "as which" the person speaks ("... катары сүйлөгөн")
    ("ky", "Социалдык фонддун басма сөз катчысы Айзада Бекова пенсияны көбөйтүү керек деп билдирди.",
     "Айзада Бекова", "басма сөз катчысы", "Социалдык фонддун"),
    ("ky", "Талас облустук жумуштуулук башкармалыгынын адиси катары сүйлөгөн Айзада Бекова пенсияны көбөйтүү керек "
           "деп эсептейт.",
     "Айзада Бекова", "адиси", "Талас облустук жумуштуулук башкармалыгынын"),
    # English: an organisation with a comma list in its name; "of the <Country>" continues it
    ("en", "Aibek Osmonov of the Ministry of Health, Labour and Welfare of the Republic of Kazakhstan said that "
           "fees must be cut.",
     "Aibek Osmonov", None, "Ministry of Health, Labour and Welfare of the Republic of Kazakhstan"),
    ("en", "Adviser to the Minister of Health, Labour and Welfare Dana Akhmetova said that fees must be cut.",
     "Dana Akhmetova", "Adviser to the Minister of Health, Labour and Welfare", None),
    # English: a post before the name closed off by commas after another clause; where a body is based is no part
    # of its name; the possessor of a multi-word post is the organisation
    ("en", "The city will open a shelter next year, the mayor of Taraz, Bolat Omarov, said on Monday.",
     "Bolat Omarov", "mayor of Taraz", None),
    ("en", "Dana Akhmetova, a lawyer with the Almaty-based NGO Zhanaru, said that fees must be cut.",
     "Dana Akhmetova", "lawyer", "NGO Zhanaru"),
    ("en", "ILO's head of office in Uzbekistan Johan Berglund said that fees must be cut.",
     "Johan Berglund", "head of office in Uzbekistan", "ILO"),
    # Kyrgyz: a committee of a named parent goes with the post; "иш менен камсыз кылуу" inside a ministry's name
    ("ky", "Жогорку Кеңештин социалдык саясат боюнча комитетинин төрагасы Гүлшат Асылбаева мыйзамды колдоо керек "
           "деди.",
     "Гүлшат Асылбаева", "социалдык саясат боюнча комитетинин төрагасы", "Жогорку Кеңештин"),
    ("ky", "Тажикстандын Эмгек, миграция жана калкты иш менен камсыз кылуу министрлигинин өкүлү Фаррух Назаров "
           "пенсияны көбөйтүү керек деди.",
     "Фаррух Назаров", "өкүлү", "Тажикстандын Эмгек, миграция жана калкты иш менен камсыз кылуу министрлигинин"),
    # Kyrgyz: a place-named topic with "боюнча", a dative inside a topic, a participle inside a body's name
    ("ky", "ЭЭУнун Борбордук Азия боюнча улуттук координатору Гүлмира Асанова пенсияны көбөйтүү керек деди.",
     "Гүлмира Асанова", "Борбордук Азия боюнча улуттук координатору", "ЭЭУнун"),
    ("ky", "БУУӨПтүн климатка ыңгайлашуу боюнча улуттук адиси Сезим Осмонова пенсияны көбөйтүү керек деди.",
     "Сезим Осмонова", "климатка ыңгайлашуу боюнча улуттук адиси", "БУУӨПтүн"),
    ("ky", "Нарын облустук ден соолугу чектелген адамдардын коомунун төрагасынын орун басары Таалай Орозбеков "
           "пенсияны көбөйтүү керек деди.",
     "Таалай Орозбеков", "төрагасынын орун басары", "Нарын облустук ден соолугу чектелген адамдардын коомунун"),
    # English: a name of a body ending in a word of its own
    ("en", "Jyldyz Abylova, country director of HelpAge International, said that fees must be cut.",
     "Jyldyz Abylova", "country director", "HelpAge International"),
    # English: a lower-case service of a named body is the post's unit; a clause after a body's name is not part
    # of it; "X-based" before a post
    ("en", "Aizada Temirbekova, deputy director of the consular service at the Ministry of Foreign Affairs, said "
           "fees must go.",
     "Aizada Temirbekova", "deputy director of the consular service", "Ministry of Foreign Affairs"),
    ("en", "Aliya Nurpeisova, an official at the Kazakh Labour Ministry responsible for migration policy, said fees "
           "must go.",
     "Aliya Nurpeisova", "official", "Kazakh Labour Ministry"),
    ("en", "Tomas Petrauskas, a Vilnius-based recruitment expert, said that fees must go.",
     "Tomas Petrauskas", "Vilnius-based recruitment expert", None),
    ("en", "IOM's Farrukh Sharipov said women were more vulnerable. He said fees must go.",
     "Farrukh Sharipov", None, "IOM"),
    # English: a surname alone with an unmistakable apposition
    ("en", "\"Nobody meets her,\" Manzura Rahimova told reporters. Rahimova, who coordinates the Khujand office of "
           "the NGO Ghamkhori, said fees must go.",
     "Manzura Rahimova", None, "NGO Ghamkhori"),
    # English: a two-letter middle initial; Kazakh -uly patronymics; the post before the name beats a "who" clause;
    # a capitalised post of a post; an anaphoric possessor with the body named after; a comma before the next piece
    ("en", '"Agencies must not charge fees," said Sherzod Kh. Yusupov, first deputy director of the Agency for '
           'External Labour Migration.',
     "Sherzod Kh. Yusupov", "first deputy director", "Agency for External Labour Migration"),
    ("en", "Nurlan Serikuly Abenov, director of the Department of Employment of Turkistan Region, said that jobs are "
           "scarce.",
     "Nurlan Serikuly Abenov", "director", "Department of Employment of Turkistan Region"),
    ("en", "Counsellor Azamat Toktomushev, who heads the consular section, said that fees must be banned.",
     "Azamat Toktomushev", "Counsellor", None),
    ("en", "The visit was led by Aizada Bakirova, the Ombudsman's representative in Batken region. She said fees "
           "must go.",
     "Aizada Bakirova", "Ombudsman's representative", None),
    ("en", 'Mavluda Rahimova, the programme\'s coordinator at the NGO "Zanon va Jomea", said fees must go.',
     "Mavluda Rahimova", "programme's coordinator", 'NGO "Zanon va Jomea"'),
    ("en", "Chair: Prof. Elena V. Kuznetsova, Head of the Department of Sociology, Ural Federal University\n\nFees "
           "must go.",
     "Elena V. Kuznetsova", "Head of the Department of Sociology", "Ural Federal University"),
    # Russian: an academic title before its body is the post
    ("ru", "Профессор Таджикского национального университета Гулнора Рахимова отметила, что нужно открыть приемные.",
     "Гулнора Рахимова", "Профессор", "Таджикского национального университета"),
    # Kyrgyz: a loanword in -ика inside a body's name; an acting post; an attaché; a title before the name
    ("ky", "Ош шаарынын мэриясынын экономика башкармалыгынын башчысы Дилшод Юлдашев пенсияны көбөйтүү керек деди.",
     "Дилшод Юлдашев", "экономика башкармалыгынын башчысы", "Ош шаарынын мэриясынын"),
    ("ky", "Сокулук айыл өкмөтүнүн башчысынын милдетин аткаруучу Кубат Асылбеков пенсияны көбөйтүү керек деди.",
     "Кубат Асылбеков", "башчысынын милдетин аткаруучу", "Сокулук айыл өкмөтүнүн"),
    ("ky", "Элчиликтин миграция маселелери боюнча атташеси Тилек Жусупбеков пенсияны көбөйтүү керек деди.",
     "Тилек Жусупбеков", "миграция маселелери боюнча атташеси", "Элчиликтин"),
    # the other spelling of a name in brackets is the same person; a title before a dash is not the person's;
    # an occupation is no post; a relative clause ends the body's name; "Consul General"
    ("ru", "Региональный координатор МОМ в Узбекистане Ахмед Аль-Хашими (Ahmed Al-Hashimi) рассказал об опыте.",
     "Ахмед Аль-Хашими", "Региональный координатор", "МОМ в Узбекистане"),
    ("en", "Presentations:\n1. \"Women in labour migration: survey results\" — Feruza Karimova, Associate "
           "Professor, Urgench State University.\n",
     "Feruza Karimova", "Associate Professor", "Urgench State University"),
    ("en", "Speakers:\n- GIZ Programme \"Migration and Development\" – Senior Adviser – Nodira Usmonova;\n",
     "Nodira Usmonova", "Senior Adviser", 'GIZ Programme "Migration and Development"'),
    ("en", "Gulnora Mirzoeva, who runs a sewing workshop in Vahdat, said loans must be cheaper.",
     "Gulnora Mirzoeva", None, None),
    ("en", "Kim Min-jun, a researcher at the Korea Labor Institute who attended the meeting, said demand grows.",
     "Kim Min-jun", "researcher", "Korea Labor Institute"),
    ("en", "TARAZ — The Consul General of Uzbekistan in Almaty, Sh.B. Rakhimov, and officials held a dialogue.",
     "Sh.B. Rakhimov", "Consul General of Uzbekistan in Almaty", None),
    # English: a topic after the post ("for social affairs", "on Labour Migration"); an abbreviation with a country
    # before the post; an organisation-type word as a modifier of the post
    ("en", "Deputy hokim of Samarkand region for social affairs Rustam Ergashev said that fees must go.",
     "Rustam Ergashev", "Deputy hokim of Samarkand region for social affairs", None),
    ("en", "ILO Senior Specialist on Labour Migration Anna Kowalska said that the draft should ban fees.",
     "Anna Kowalska", "Senior Specialist on Labour Migration", "ILO"),
    ("en", "The team was led by Azamat Tokonov, legal programme manager of the foundation. He said fees must go.",
     "Azamat Tokonov", "legal programme manager of the foundation", None),
    # a surname after an honorific with its apposition
    ("ru", "Г-н Петров, представитель МОМ, отметил, что нужно открыть центр. Иван Петров работает в МОМ с 2020 года.",
     "Иван Петров", "представитель", "МОМ"),
    # English: bodies written before the post in several shapes
    ("en", "UNICEF Kyrgyzstan social policy officer Meerim Alieva presented the study. She said fees must go.",
     "Meerim Alieva", "social policy officer", "UNICEF Kyrgyzstan"),
    ("en", "UN Women Country Representative Ulrika Lindqvist said fees must go.",
     "Ulrika Lindqvist", "Country Representative", "UN Women"),
    ("en", "The U.S. Agency for International Development (USAID) representative Michael Grant said fees must go.",
     "Michael Grant", "representative", "Agency for International Development (USAID)"),
    ("en", "Zhyldyz Musaeva, a senior protection associate with UNHCR in Bishkek, said that fees must go.",
     "Zhyldyz Musaeva", "senior protection associate", "UNHCR"),
    # English: hyphenated vice- posts; words that open a clause before a post are not part of it
    ("en", "Vice-mayor of Taraz Aibek Tashiev said the city must open a shelter.",
     "Aibek Tashiev", "Vice-mayor of Taraz", None),
    ("en", "Officials of the Ministry of Labour, including deputy minister Aida Usenova, said new centres must open.",
     "Aida Usenova", "deputy minister", None),
    # Russian: the territory of a mayor / akim is the organisation (as the dev gold's "Кара-Суу районунун | акими");
    # a complement after it stays in the post
    ("ru", "Мэр Узгена Нурлан Бакиров предложил открыть центр.", "Нурлан Бакиров", "Мэр", "Узгена"),
    ("ru", "Аким Сузакского района Тилек Мамытов предложил открыть центр.", "Тилек Мамытов", "Аким",
     "Сузакского района"),
    ("ru", "Нурлан Бакиров, мэр города Таш-Кумыр, предложил открыть центр.", "Нурлан Бакиров", "мэр",
     "города Таш-Кумыр"),
    ("ru", "Нурлан Бакиров, вице-мэр г. Токмок по социальным вопросам, предложил открыть центр.", "Нурлан Бакиров",
     "вице-мэр г. Токмок по социальным вопросам", "г. Токмок"),
    # Russian: a post after the verb, closed off by a comma before the name
    ("ru", "С докладом выступил начальник управления пенсий Социального фонда, Тимур Асанов. Он предложил "
           "открыть курсы.",
     "Тимур Асанов", "начальник управления пенсий", "Социального фонда"),
    # what follows the post says more of the person: a relative clause, a second apposition, where she comes from
    ("en", "Aizada Tokoeva, a nurse who worked in Tyumen for five years, said clinics must hire more staff.",
     "Aizada Tokoeva", "nurse", None),
    ("en", "Bakyt Osmonov, chairman of the Kyrgyz Diaspora Association and a court interpreter, said fees must fall.",
     "Bakyt Osmonov", "chairman", "Kyrgyz Diaspora Association"),
    ("en", "Nurlan Asanov, first secretary of the embassy responsible for consular affairs, said forms must be "
           "simpler.", "Nurlan Asanov", "first secretary of the embassy", None),
    ("ru", "Айгерим Сыдыкова, эксперт из Казахстана, отметила, что нужно упростить регистрацию.",
     "Айгерим Сыдыкова", "эксперт", None),
    ("en", "Timur Asanov, labour attaché at the Embassy of the Kyrgyz Republic in Ankara, said workers must keep "
           "contracts.", "Timur Asanov", "labour attaché", "Embassy of the Kyrgyz Republic in Ankara"),
]


# a person an institution is named after is not a person of the report
EPONYM_CASES = [
    ("ru", "Айбек Осмонов, доцент КГУ им. И. Арабаева, заявил, что нужно увеличить пенсии.", "Арабаев"),
    ("ky", "И. Арабаев атындагы университеттин доценти Айбек Осмонов пенсияны көбөйтүү керек деп билдирди.",
     "Арабаев"),
    ("en", "Aibek Osmonov, a lecturer at the university named after Ishenaly Arabaev, said that fees must be cut.",
     "Arabaev"),
]


@pytest.mark.parametrize("lang, text, eponym", EPONYM_CASES)
def test_eponym_is_not_a_person(lang, text, eponym):
    people = _people(extract_text(text, "case.txt", lang))
    assert len(people) == 1 and not any(eponym in n for n in people), people


def test_trailing_place_of_a_post_without_organisation_is_the_area():
    text = "Malika Rahimova, the minister's adviser in Sughd region, said that fees must be cut."
    rec = extract_text(text, "case.txt", "en")
    (p,) = rec["speakers"]
    assert p.get("area") == "Sughd region"


@pytest.mark.parametrize("lang, text, name, post, org", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_post_and_org(lang, text, name, post, org):
    people = _people(extract_text(text, "case.txt", lang))
    assert name in people, people
    assert people[name] == (post, org)
    for value in (post, org):
        assert value is None or value in text
