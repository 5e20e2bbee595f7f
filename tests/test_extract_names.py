"""People: names in ru / ky / en, their role, post and organisation (case tables written for these tests)."""

from __future__ import annotations

import pytest

from kenesh.extract import extract_text
from kenesh.extract.names import normalize_name


def _people(rec: dict) -> dict[str, tuple[str, dict]]:
    out = {}
    for role in ("moderators", "speakers", "other_persons"):
        for p in rec.get(role, []):
            out[p["name"]] = (role, p)
    return out


# (lang, text, name, role, expected fields)
CASES = [
    # ---- Russian
    ("ru", "Модератор: Сыдыкова Айгерим Бакытовна, директор ОФ «Ырыс», кандидат экономических наук.\n\n"
           "Сыдыкова А.Б. отметила, что центр работает с 2019 года.",
     "Сыдыкова Айгерим Бакытовна", "moderators",
     {"post": "директор", "org": "ОФ «Ырыс»", "other": ["кандидат экономических наук"],
      "variants": ["Сыдыкова А.Б."]}),
    ("ru", "По словам руководителя отдела социальной защиты Бишкекской мэрии Азамата Жумабаева, очередь на пособия "
           "сократилась вдвое.",
     "Азамата Жумабаева", "speakers",
     {"normalized": "Азамат Жумабаев", "post": "руководителя отдела социальной защиты", "org": "Бишкекской мэрии"}),
    ("ru", "Советник председателя Государственной службы миграции Т.А. Сатаров рассказал о новых правилах. "
           "Сатаров Т.А. также ответил на вопросы.",
     "Т.А. Сатаров", "speakers",
     {"post": "Советник председателя", "org": "Государственной службы миграции", "variants": ["Сатаров Т.А."]}),
    ("ru", "С приветственным словом выступили Бекмуратова Назгуль, специалист по социальной работе ОО «Мээрим», и "
           "Кадыров Нурбек Асанович, главный специалист Нарынского областного управления Социального фонда.",
     "Кадыров Нурбек Асанович", "speakers",
     {"post": "главный специалист", "org": "Нарынского областного управления Социального фонда"}),
    ("ru", "На встрече выступила заместитель министра здравоохранения Кыргызской Республики Динара Сейтказиева.",
     "Динара Сейтказиева", "speakers",
     {"post": "заместитель министра здравоохранения Кыргызской Республики", "org": None}),
    ("ru", "Встреча прошла с участием вице-премьера Дамиры Ниязалиевой. Ниязалиева напомнила о программе.",
     "Дамиры Ниязалиевой", "speakers", {"normalized": "Дамира Ниязалиева", "variants": ["Ниязалиева"]}),
    ("ru", "Председатель комитета Гульмира Искакова предложила пригласить министра. Искакова подчеркнула важность "
           "вопроса.",
     "Гульмира Искакова", "speakers", {"post": "Председатель комитета", "org": None, "variants": ["Искакова"]}),
    ("ru", "Комитет рассмотрел кандидатуру Алмаза Токоева на должность посла.",
     "Алмаза Токоева", "other_persons", {}),
    ("ru", "На заседании выступил Мартин Шульце, эксперт Фонда Эберта.",
     "Мартин Шульце", "speakers", {"post": "эксперт", "org": "Фонда Эберта"}),
    ("ru", "Эксперт Виктор Литвиненко отметил рост числа обращений.",
     "Виктор Литвиненко", "speakers", {"post": "Эксперт"}),
    # a city in the genitive right before the name is not a given name
    ("ru", "«Очереди растут», — сказал председатель маслихата города Шымкента Нурлан Абдрахманов.",
     "Нурлан Абдрахманов", "speakers", {}),
    ("ru", "Заведующая детским садом № 5 города Кербен Айнура Сатыбалдиева рассказала о нехватке мест.",
     "Айнура Сатыбалдиева", "speakers", {}),
    ("ru", "Модерировал обсуждение юрист Айбек Осмонов.", "Айбек Осмонов", "moderators", {"post": "юрист"}),
    ("ru", "Как рассказал в беседе с журналистами директор центра занятости Нурлан Абдрахманов, вакансий стало больше.",
     "Нурлан Абдрахманов", "speakers", {"post": "директор", "org": "центра занятости"}),
    ("ru", "Об этом сообщил депутатам заместитель директора Государственной службы миграции Нурлан Абдрахманов.",
     "Нурлан Абдрахманов", "speakers", {"post": "заместитель директора", "org": "Государственной службы миграции"}),
    # local councils are organisations
    ("ru", "«Жилья не хватает», — заявил депутат маслихата Туркестанской области Нурлан Абдрахманов.",
     "Нурлан Абдрахманов", "speakers", {"post": "депутат", "org": "маслихата Туркестанской области"}),
    ("en", "Aibek Sultanov, a deputy of the Samarkand regional Kengash, said that quotas would grow.",
     "Aibek Sultanov", "speakers", {"post": "deputy", "org": "Samarkand regional Kengash"}),
    ("ru", "Экономист Марал Аннаева рассказала о пенсиях сезонных работников.",
     "Марал Аннаева", "speakers", {"post": "Экономист"}),
    # a noun in -ей before an abbreviation stays in the post complement
    ("ru", "Консультант по правам детей ПРООН Айнура Сатыбалдиева представила обзор.",
     "Айнура Сатыбалдиева", "speakers", {"post": "Консультант по правам детей", "org": "ПРООН"}),
    ("ru", "На собрании присутствовал депутат Жогорку Кенеша Алмазбек Турдукулов.",
     "Алмазбек Турдукулов", "other_persons", {}),
    # ---- Kyrgyz
    ("ky", "Жыйынды Ош шаардык кеңешинин депутаты Бакыт Токтогулов алып барды.",
     "Бакыт Токтогулов", "moderators", {"post": "депутаты", "org": "Ош шаардык кеңешинин"}),
    ("ky", "Эл аралык эмгек уюмунун улуттук координатору Айдай Мамбетова сөз сүйлөдү.",
     "Айдай Мамбетова", "speakers", {"post": "улуттук координатору", "org": "Эл аралык эмгек уюмунун"}),
    ("ky", "Жолугушууда Нурлан Сагынбаев сөз алды. Сагынбаевдин айтымында, быйыл мигранттар көбөйгөн. "
           "Катышуучулар Сагынбаевге суроолорун беришти.",
     "Нурлан Сагынбаев", "speakers", {"variants": ["Сагынбаевдин", "Сагынбаевге"]}),
    ("ky", "Талкууну Нурлан Сагынбаев алып барды.", "Нурлан Сагынбаев", "moderators", {}),
    ("ky", "Бул тууралуу Ош шаардык мэриясынын башчысы Нурлан Сагынбаев маалымдады.",
     "Нурлан Сагынбаев", "speakers", {"post": "башчысы", "org": "Ош шаардык мэриясынын"}),
    # a territory before a genitive post ("районунун акиминин орун басары") is the organisation
    ("ky", "Ноокат районунун акиминин орун басары Айбек Жусупов сөз сүйлөдү.",
     "Айбек Жусупов", "speakers", {"post": "акиминин орун басары", "org": "Ноокат районунун"}),
    ("ky", "Эмгек министринин орун басары Айбек Жусупов сөз сүйлөдү.",
     "Айбек Жусупов", "speakers", {"post": "Эмгек министринин орун басары", "org": None}),
    ("ky", "Жолугушууда Түркмөнстандын элчилигинин кеңешчиси Сердар Гурбанов сөз сүйлөдү.",
     "Сердар Гурбанов", "speakers", {"post": "кеңешчиси"}),
    ("ky", "Жыйынга Кербен шаарынын мэри Алмазбек Турдукулов катышты.",
     "Алмазбек Турдукулов", "other_persons", {}),
    ("ky", "Иш-чарага Ош облусунун акими Жаныбек Калыков да катышты.",
     "Жаныбек Калыков", "other_persons", {}),
    ("ky", "Андан кийин сөз Социалдык фонддун Талас облустук башкармалыгынын башчысы Гүлнара Осмонова берилди.",
     "Гүлнара Осмонова", "speakers",
     {"post": "башчысы", "org": "Социалдык фонддун Талас облустук башкармалыгынын"}),
    ("ky", "«Ар бир айылда юрист болушу керек», - деди Тилек Сатыбалды уулу.",
     "Тилек Сатыбалды уулу", "speakers", {"post": None}),
    ("ky", "Модератор: Асел Жумабек кызы, «Келечек» коомдук фондунун жетекчиси.",
     "Асел Жумабек кызы", "moderators", {"post": "жетекчиси", "org": "«Келечек» коомдук фондунун"}),
    # ---- English
    ("en", "The meeting was moderated by Gulnara Abdieva, director of the Legal Clinic \"Adilet\".",
     "Gulnara Abdieva", "moderators", {"post": "director", "org": "Legal Clinic \"Adilet\""}),
    ("en", "Nurymbetov B.B., head of the Department of Migration Policy of the Ministry of Labour, said the rules "
           "would change.",
     "Nurymbetov B.B.", "speakers",
     {"post": "head of the Department of Migration Policy", "org": "Ministry of Labour"}),
    ("en", "\"We need more inspectors,\" said Deputy Asel Kadyrova.",
     "Asel Kadyrova", "speakers", {"post": "Deputy"}),
    ("en", "Timur Osmonov, a senior researcher at the American University of Central Asia, presented the survey.",
     "Timur Osmonov", "speakers", {"post": "senior researcher", "org": "American University of Central Asia"}),
    # post with its organisation inside it, right before the name: the whole phrase is the post
    ("en", "Closing the session, First Deputy Minister of Labour and Migration Aibek Sultanov thanked the donors.",
     "Aibek Sultanov", "speakers", {"post": "First Deputy Minister of Labour and Migration", "org": None}),
    ("en", "Speaking at the forum, deputy akim of Osh region Bakyt Toktogulov said the quota would grow.",
     "Bakyt Toktogulov", "speakers", {"post": "deputy akim of Osh region", "org": None}),
    # post before the name, organisation after it
    ("en", "Economist Aigul Sadykova of \"Insan Leilek\" told reporters that prices had doubled.",
     "Aigul Sadykova", "speakers", {"post": "Economist", "org": "\"Insan Leilek\""}),
    ("en", "Researcher Timur Bakirov from the Central Asia Migration Centre said that most returnees were men.",
     "Timur Bakirov", "speakers", {"post": "Researcher", "org": "Central Asia Migration Centre"}),
    # "The <post>, Name, said"
    ("en", "The deputy khokim of Fergana region, Aibek Sultanov, told participants that quotas would grow.",
     "Aibek Sultanov", "speakers", {"post": "deputy khokim of Fergana region", "org": None}),
    ("en", "Uzbekistan's consul in Almaty, Aibek Sultanov, said the consulate would open on Saturdays.",
     "Aibek Sultanov", "speakers", {"post": "consul in Almaty", "org": None}),
    ("en", "Aipery Sadykova, a lawyer with \"Tynchtyk\", said most returnees do not know their rights.",
     "Aipery Sadykova", "speakers", {"post": "lawyer", "org": "\"Tynchtyk\""}),
    ("en", "According to the head of the Civil Registry Office, Aibek Sultanov, fees have doubled.",
     "Aibek Sultanov", "speakers", {"post": "head of the Civil Registry Office", "org": None}),
    ("en", "\"Wages have fallen,\" said labour market analyst Aibek Sultanov.",
     "Aibek Sultanov", "speakers", {"post": "labour market analyst"}),
    # an organisation abbreviation before the post
    ("en", "Aigul Sadykova, IOM Chief of Mission, said the survey would be repeated.",
     "Aigul Sadykova", "speakers", {"post": "IOM Chief of Mission", "org": None}),
    # an organisation without a post
    ("en", "Timur Bakirov of the Association of Private Employment Agencies called for a licence register.",
     "Timur Bakirov", "speakers", {"post": None, "org": "Association of Private Employment Agencies"}),
    # an unknown Latin name with a post in apposition
    ("en", "Johanna Virtanen, IOM consultant, said the survey would be repeated in May.",
     "Johanna Virtanen", "speakers", {"post": "IOM consultant"}),
    # Turkmen and international given names (lexicon)
    ("en", "Serdar Gurbanov, deputy head of the labour department, said the quota would grow.",
     "Serdar Gurbanov", "speakers", {}),
    ("en", "Maral Berdiyeva, head of the pensions unit, said most traders pay nothing.",
     "Maral Berdiyeva", "speakers", {"post": "head"}),
    ("en", "Ingrid Karlsson, ILO Senior Specialist, said that the scheme works in two regions.",
     "Ingrid Karlsson", "speakers", {}),
    ("en", "The committee considered the candidacy of Almaz Tokoev for the post of ambassador.",
     "Almaz Tokoev", "other_persons", {}),
    ("en", "Ermek Toktosun uulu, chairman of the Association of Employment Agencies, spoke next. Toktosun uulu "
           "proposed a licence register.",
     "Ermek Toktosun uulu", "speakers",
     {"post": "chairman", "org": "Association of Employment Agencies", "variants": ["Toktosun uulu"]}),
    # sub-unit convention: the unit goes with the post when its parent body follows, the parent is the org
    ("en", "Aida Suleimenova, head of the pensions department of the ministry, said the rules would change.",
     "Aida Suleimenova", "speakers", {"post": "head of the pensions department", "org": "ministry"}),
    ("en", "Rustam Yuldashev, head of the Termez regional branch of the agency, said that 300 people applied.",
     "Rustam Yuldashev", "speakers", {"post": "head of the Termez regional branch", "org": "agency"}),
    ("en", "Rustam Yuldashev, head of the regional branch, said that 300 people applied.",
     "Rustam Yuldashev", "speakers", {"post": "head", "org": "regional branch"}),
    ("ky", "Жыйынды шаардык кеңештин билим берүү боюнча туруктуу комиссиясынын төрагасы Айбек Осмонов алып барды.",
     "Айбек Осмонов", "moderators",
     {"post": "билим берүү боюнча туруктуу комиссиясынын төрагасы", "org": "шаардык кеңештин"}),
    ("ky", "Тышкы иштер министрлигинин Казакстандагы өкүлчүлүгүнүн башчысы Нурлан Бакиев сөз сүйлөдү.",
     "Нурлан Бакиев", "speakers",
     {"post": "башчысы", "org": "Тышкы иштер министрлигинин Казакстандагы өкүлчүлүгүнүн"}),
    ("ky", "Токмок шаардык мэриясынын жаштар бөлүмүнүн башчысы Айгерим Сатыбалдиева сөз сүйлөдү.",
     "Айгерим Сатыбалдиева", "speakers", {"post": "жаштар бөлүмүнүн башчысы", "org": "Токмок шаардык мэриясынын"}),
    ("ru", "Руководитель управления занятости акимата Карагандинской области Алия Серикова сообщила, что очередь "
           "выросла.",
     "Алия Серикова", "speakers", {"post": "Руководитель управления занятости", "org": "акимата Карагандинской области"}),
    ("ru", "По словам руководителя управления занятости города Караганды Алии Сериковой, очередь выросла.",
     "Алии Сериковой", "speakers", {"post": "руководителя", "org": "управления занятости города Караганды"}),
    ("ky", "Чүй облусунун мигранттарды колдоо борборунун адиси Азамат Эшматов сөз сүйлөдү.",
     "Азамат Эшматов", "speakers", {"post": "адиси", "org": "Чүй облусунун мигранттарды колдоо борборунун"}),
    ("ky", "Баяндамалар:\n1. «Айыл чарбасындагы сезондук жумуш» — Токмок шаардык мэриясынын жаштар бөлүмүнүн "
           "башчысы Айгерим Сатыбалдиева.\n2. «Жаштар жана миграция» — Чүй облустук жумуштуулук борборунун адиси "
           "Бекжан Токоев.",
     "Бекжан Токоев", "speakers", {"post": "адиси", "org": "Чүй облустук жумуштуулук борборунун"}),
    ("ky", "1. «Айыл чарбасындагы сезондук жумуш» — Токмок шаардык мэриясынын жаштар бөлүмүнүн башчысы Айгерим "
           "Сатыбалдиева.",
     "Айгерим Сатыбалдиева", "speakers", {"post": "жаштар бөлүмүнүн башчысы", "org": "Токмок шаардык мэриясынын"}),
    # an international body's office in a city stays in the organisation
    ("en", "Nilufar Rahimova, a programme officer at the International Organization for Migration in Khujand, "
           "presented the findings.",
     "Nilufar Rahimova", "speakers",
     {"post": "programme officer", "org": "International Organization for Migration in Khujand"}),
    # an organisation in brackets after a name
    ("ru", "Слово взяла Айнура Токтогулова (ОФ «Мээрим»), которая предложила открыть кризисные центры.",
     "Айнура Токтогулова", "speakers", {"post": None, "org": "ОФ «Мээрим»"}),
    ("en", "Aibek Osmonov (IOM Kyrgyzstan) proposed to open two more centres.",
     "Aibek Osmonov", "speakers", {"post": None, "org": "IOM Kyrgyzstan"}),
    ("ky", "Айбек Осмонов («Мекен» коомдук бирикмеси) кризистик борборлорду ачууну сунуштады.",
     "Айбек Осмонов", "speakers", {"post": None, "org": "«Мекен» коомдук бирикмеси"}),
    ("en", "Aibek Osmonov (Osh) said the rules were unclear.", "Aibek Osmonov", "speakers", {"org": None}),
    # "of ORG" with a quoted name
    ("en", "Aibek Osmonov of the Public Foundation \"Egl\" said the rules were unclear.",
     "Aibek Osmonov", "speakers", {"org": "Public Foundation \"Egl\""}),
    # a dash-separated speakers' list entry: no separator at the start of the organisation
    ("ru", "Выступили:\n– Асель Нуралиева – директор – Нарынский филиал ОАО «Айыл Банк»;\n– Бекболот Жумаев – "
           "юрист – ОО «Адилет».",
     "Асель Нуралиева", "speakers", {"post": "директор", "org": "Нарынский филиал ОАО «Айыл Банк»"}),
    # an unlisted abbreviation inside the unit's name stays with the unit; the parent body is the organisation
    ("ru", "Начальник Управления по делам ЛОВЗ Министерства труда Кыргызской Республики Кулира Кубатова сообщила, "
           "что нужны данные.",
     "Кулира Кубатова", "speakers",
     {"post": "Начальник Управления по делам ЛОВЗ", "org": "Министерства труда Кыргызской Республики"}),
    # "Y's X": the possessor is the organisation
    ("en", "Aibek Osmonov, the Social Fund's regional director, said the rules were unclear.",
     "Aibek Osmonov", "speakers", {"post": "regional director", "org": "Social Fund"}),
    ("en", "Aibek Osmonov, the ministry's chief specialist, said the rules were unclear.",
     "Aibek Osmonov", "speakers", {"post": "chief specialist", "org": "ministry"}),
    ("en", "On Monday the Social Fund's regional director Aibek Osmonov said the rules were unclear.",
     "Aibek Osmonov", "speakers", {"post": "regional director", "org": "Social Fund"}),
    # "Y алдындагы X" / "X under Y" / "X при Y": the whole body is the organisation, a unit goes to the post
    ("ky", "Эмгек министрлигинин алдындагы Миграция борборунун укуктук бөлүмүнүн башчысы Айбек Осмонов сөз сүйлөдү.",
     "Айбек Осмонов", "speakers",
     {"post": "укуктук бөлүмүнүн башчысы", "org": "Эмгек министрлигинин алдындагы Миграция борборунун"}),
    ("ru", "Начальник юридического отдела Центра занятости при Министерстве труда Айбек Осмонов сообщил, что нужны "
           "данные.",
     "Айбек Осмонов", "speakers",
     {"post": "Начальник юридического отдела", "org": "Центра занятости при Министерстве труда"}),
    ("en", "Aibek Osmonov, head of the legal department of the Centre for Employment under the Ministry of Labour, "
           "said the rules were unclear.",
     "Aibek Osmonov", "speakers",
     {"post": "head of the legal department", "org": "Centre for Employment under the Ministry of Labour"}),
    # organisation head words: society, school (ky)
    ("en", "Aibek Osmonov, head of the Osh office of the Red Crescent Society, said the rules were unclear.",
     "Aibek Osmonov", "speakers", {"post": "head of the Osh office", "org": "Red Crescent Society"}),
    ("ky", "Айбек Осмонов, №5 мектебинин мугалими, сунуш киргизди.",
     "Айбек Осмонов", "speakers", {"post": "мугалими", "org": "№5 мектебинин"}),
    ("ky", "ЭММнын Бишкектеги кеңсесинин долбоор координатору Айбек Осмонов сөз сүйлөдү.",
     "Айбек Осмонов", "speakers", {"post": "долбоор координатору", "org": "ЭММнын Бишкектеги кеңсесинин"}),
    ("ky", "Акыйкатчынын кеңсесинин адиси Айбек Осмонов сөз сүйлөдү.",
     "Айбек Осмонов", "speakers", {"post": "кеңсесинин адиси", "org": "Акыйкатчынын"}),
    # an anaphoric collegial body alone after the post stays in it; after a unit it is the parent
    ("ru", "Заседание провел заместитель председателя комитета Алмаз Дыйканов.",
     "Алмаз Дыйканов", "moderators", {"post": "заместитель председателя комитета", "org": None}),
    ("ru", "Алмаз Дыйканов, директор департамента социальной защиты министерства, предложил открыть центр.",
     "Алмаз Дыйканов", "speakers", {"post": "директор департамента социальной защиты", "org": "министерства"}),
    ("ru", "Руководитель узбекской национально-культурной автономии Омска Алишер Каримов предложил открыть курсы.",
     "Алишер Каримов", "speakers",
     {"post": "Руководитель", "org": "узбекской национально-культурной автономии Омска"}),
    # a second post after a comma ends the organisation
    ("ru", "Выступили советник Координационного комитета Платформы «Азия», президент ОО «Ресурсный центр» — "
           "Баштовенко С.Н. и другие.",
     "Баштовенко С.Н.", "speakers", {"post": "советник", "org": "Координационного комитета Платформы «Азия»"}),
    # English: a capitalised organisation name right before the post ("ORG post Name")
    ("en", "State Migration Service spokesperson Aibek Osmonov said the rules were unclear.",
     "Aibek Osmonov", "speakers", {"post": "spokesperson", "org": "State Migration Service"}),
    ("en", "On Monday, Social Fund press officer Aibek Osmonov said the rules were unclear.",
     "Aibek Osmonov", "speakers", {"post": "press officer", "org": "Social Fund"}),
    # Russian "Name из ORG" (as English "of / from ORG"); a place after "из" is not an organisation
    ("ru", "Айбек Осмонов из ОФ «Ак Жол» предложил открыть центр.",
     "Айбек Осмонов", "speakers", {"post": None, "org": "ОФ «Ак Жол»"}),
    ("ru", "Айбек Осмонов из Международной организации по миграции предложил открыть центр.",
     "Айбек Осмонов", "speakers", {"post": None, "org": "Международной организации по миграции"}),
    ("ru", "Айбек Осмонов из села Кызыл-Суу предложил открыть центр.", "Айбек Осмонов", "speakers", {"org": None}),
    # a unit's own adjective stays with the unit
    ("ru", "Айбек Осмонов, начальник отдела социальной защиты городского управления Социального фонда, предложил "
           "открыть центр.",
     "Айбек Осмонов", "speakers",
     {"post": "начальник отдела социальной защиты", "org": "городского управления Социального фонда"}),
    # an abbreviation in brackets inside the organisation name
    ("ky", "Эл аралык миграция уюмунун (ЭМУ) долбоор координатору Айбек Осмонов сөз сүйлөдү.",
     "Айбек Осмонов", "speakers", {"post": "долбоор координатору", "org": "Эл аралык миграция уюмунун (ЭМУ)"}),
    # given names no lexicon lists (foreign staff of UN agencies and donors), read from how the sentence treats them
    ("en", "Giulietta Marchetti said the agency would fund a hotline.", "Giulietta Marchetti", "speakers", {}),
    ("en", "The agency would fund a hotline, said Soo-jin Park.", "Soo-jin Park", "speakers", {}),
    ("en", "IOM chief of mission Hendrik Vossberg said the agency would fund a hotline.",
     "Hendrik Vossberg", "speakers", {"post": "chief of mission", "org": "IOM"}),
    ("en", "Akmaral Nurpeisova, head of the social programmes department of the akimat, said that fees must be cut.",
     "Akmaral Nurpeisova", "speakers", {"post": "head of the social programmes department", "org": "akimat"}),
    ("ky", "ЭМУнун Кыргызстандагы өкүлчүлүгүнүн башчысы Хендрик Фоссберг долбоор тууралуу маалымат берди.",
     "Хендрик Фоссберг", "speakers", {"post": "башчысы", "org": "ЭМУнун Кыргызстандагы өкүлчүлүгүнүн"}),
    ("ky", "KOICA уюмунун Бишкектеги өкүлү Пак Чжи Хун Кореядагы жумуш тууралуу айтып берди.",
     "Пак Чжи Хун", "speakers", {"post": "Бишкектеги өкүлү"}),
    # a quoted sentence ending in a capital letter does not make the speaker part of a quoted organisation name
    ("en", '"They have no plan B," said Parviz Sharifzoda, who is head of the returnees department at the Migration '
           'Service.',
     "Parviz Sharifzoda", "speakers", {"post": "head of the returnees department", "org": "Migration Service"}),
    # labelled moderator and list entries with unlisted given names; a title as the post when the entry has no other
    ("en", "Moderator: Dr Gaukhar Seitkali, Associate Professor, Kostanay State University\n\nSpeakers:\n"
           "- Oksana Li, programme analyst, UNDP Kazakhstan\n",
     "Gaukhar Seitkali", "moderators", {"post": "Associate Professor", "org": "Kostanay State University"}),
    ("en", "Moderator: Dr Gaukhar Seitkali, Associate Professor, Kostanay State University\n\nSpeakers:\n"
           "- Oksana Li, programme analyst, UNDP Kazakhstan\n",
     "Oksana Li", "speakers", {"post": "programme analyst", "org": "UNDP Kazakhstan"}),
    ("en", "IOM Tajikistan chief of mission Hendrik Vossberg said the desks would offer legal aid.",
     "Hendrik Vossberg", "speakers", {"post": "chief of mission", "org": "IOM Tajikistan"}),
    ("en", "The ILO national coordinator, Aizhan Kenzhebaeva, recommended creating a portal.",
     "Aizhan Kenzhebaeva", "speakers", {"post": "national coordinator", "org": "ILO"}),
    ("en", "According to Saori Tanaka, First Secretary of the Embassy of Japan in the Kyrgyz Republic, employers are "
           "ready to hire.",
     "Saori Tanaka", "speakers", {"post": "First Secretary", "org": "Embassy of Japan in the Kyrgyz Republic"}),
    ("en", "Opening the session, Aibek Toktorov, the project's chief of party, noted that remittances grow.",
     "Aibek Toktorov", "speakers", {"post": "chief of party", "org": "project"}),
    ("en", "Rector's adviser on international cooperation Nodira Yusupova said the university would add a course.",
     "Nodira Yusupova", "speakers", {"post": "Rector's adviser on international cooperation", "org": None}),
    # list entries: a middle initial, a note on the spelling in brackets, a colon before what the person said; a
    # header after a blank line ends the list item; where a consulate sits is part of its name
    ("en", "Participants:\n- Almaz K. Dzhumabaev (also spelt Jumabaev), consul, Consulate General of the Kyrgyz "
           "Republic in Yekaterinburg: described the backlog;\n- Oksana Li, programme analyst, UNDP Kazakhstan\n\n"
           "Presentations:\n1. \"Who leaves Aralsk?\" (O. Li)\n",
     "Almaz K. Dzhumabaev", "speakers",
     {"post": "consul", "org": "Consulate General of the Kyrgyz Republic in Yekaterinburg"}),
    ("en", "Participants:\n- Almaz K. Dzhumabaev (also spelt Jumabaev), consul, Consulate General of the Kyrgyz "
           "Republic in Yekaterinburg: described the backlog;\n- Oksana Li, programme analyst, UNDP Kazakhstan\n\n"
           "Presentations:\n1. \"Who leaves Aralsk?\" (O. Li)\n",
     "Oksana Li", "speakers", {"post": "programme analyst", "org": "UNDP Kazakhstan"}),
    # a short Korean surname; a bracketed organisation inside a list entry
    ("ru", "Юрист общественного фонда «Мигрант-Ассистанс» Светлана Ли напомнила, что нужно открыть приемные.",
     "Светлана Ли", "speakers", {"post": "Юрист", "org": "общественного фонда «Мигрант-Ассистанс»"}),
    ("en", "Presentations:\n1. Azamat Isakov (UNDP), climate adaptation specialist - presentation \"Glacier melt\";\n",
     "Azamat Isakov", "speakers", {"post": "climate adaptation specialist", "org": "UNDP"}),
    # first names of migrants as the subject of a speech verb; a Kyrgyz honorific; a European name in Cyrillic; a
    # place before the name after "г."; an apostrophe in a surname
    ("ru", "Вернувшийся из Екатеринбурга Нурсултан рассказал, что узнал о запрете только в аэропорту.", "Нурсултан",
     "speakers", {}),
    ("ru", "Рабочий-строитель Улан из Токмока пожаловался, что не получил зарплату.", "Улан", "speakers", {}),
    ("ky", "Ансандагы заводдо иштеген Бекзат эмгек келишими корейче гана жазыларын айтты.", "Бекзат", "speakers", {}),
    ("ky", "Ноокат районунан келген Замира эже да сөз алды.", "Замира эже", "speakers", {}),
    ("ru", "Специалист ЮНИСЕФ по защите детей Марта Линдквист представила исследование.", "Марта Линдквист",
     "speakers", {}),
    ("ru", "Директор средней школы № 3 г. Кок-Жангак Абдыкеримова Зуура Мамасадыковна призвала родителей оформлять "
           "доверенность.",
     "Абдыкеримова Зуура Мамасадыковна", "speakers", {}),
    ("en", "Ms Rachel O'Connor, a caseworker at Focus on Labour Exploitation, explained how workers can report wages.",
     "Rachel O'Connor", "speakers", {}),
    ("en", "Shahnoza, 29, a grant recipient from Rumi district, said she would open a sewing workshop.", "Shahnoza",
     "speakers", {}),
    # a quote after the name and a colon; "посоветовал"; a case form opening a Kyrgyz sentence is no given name;
    # "о назначении пособия" is not an appointment
    ("ky", "Жаңы-Жерде жашаган Гүлмира Токтосун кызы: «Биз үч жылдан бери жөлөкпул ала элекпиз».",
     "Гүлмира Токтосун кызы", "speakers", {}),
    ("ru", "Вернувшийся из графства Кент Акмал Турсунов посоветовал работникам заранее узнать условия.",
     "Акмал Турсунов", "speakers", {}),
    ("ru", "Выступили:\n1. Алыбаев Канат Маратович, заместитель министра труда, — о назначении ежемесячного пособия;\n",
     "Алыбаев Канат Маратович", "speakers", {}),
    # a surname that is also a Russian country stem, in a Kyrgyz text
    ("ky", "БУУнун Өнүктүрүү Программасынын эксперти Элена Росси бюджетте климаттык тобокелдиктерди эске алуу керектигин "
           "белгиледи.",
     "Элена Росси", "speakers", {}),
    # first names of migrants in more shapes
    ("en", '"I still have no contract," Nurlan said.', "Nurlan", "speakers", {}),
    ("en", "Dilshod, a worker from Jizzakh who has come to Zhambyl region for four seasons, asked whether fees would "
           "rise.",
     "Dilshod", "speakers", {}),
    ("en", "Azamat, who has worked at a shipyard in Ulsan for three years, said that young men arrive without "
           "contracts.",
     "Azamat", "speakers", {}),
    ("ru", "Переселенец из Кызылорды Бауыржан поделился опытом: «Работа есть, а школы переполнены».", "Бауыржан",
     "speakers", {}),
    ("ky", "Мейманканада иштеген Жылдыз: «Эмгек келишимибиз түрк тилинде гана», - деди.", "Жылдыз", "speakers", {}),
    ("ky", "Жолугушууга келген Айбек аттуу жигит мурда Кореяда эки жыл иштегенин айтып берди.", "Айбек", "speakers",
     {}),
    # "Слово взяла X": a speaker
    ("ru", "Слово взяла Айнура Бекова-Сыдыкова.", "Айнура Бекова-Сыдыкова", "speakers", {}),
    # a surname that is also a common noun
    ("ru", "Выступила официальный представитель МВД России Ирина Волк. Она отметила, что нужно упростить "
           "регистрацию.",
     "Ирина Волк", "speakers", {"post": "официальный представитель", "org": "МВД России"}),
    # foreign names: natasha's reading kept where the sentence treats it as a person; an apposition then "said"
    ("ru", "Глава миссии МОМ Пьер-Ив Дюпон отметил важность сотрудничества.", "Пьер-Ив Дюпон", "speakers",
     {"post": "Глава миссии", "org": "МОМ"}),
    ("en", "Kim Min-jun, a recruiter in Incheon, said demand for welders was high.", "Kim Min-jun", "speakers",
     {"post": "recruiter"}),
    ("en", "Gulmira, 38, a cleaner from Kara-Balta, said she had not been paid for three months.", "Gulmira",
     "speakers", {}),
    # "The speakers included ...", "сөз алышты": speakers, not attendees
    ("en", "The speakers included Elvira Ibraimova, Nurlan Kasymaliev and Asel Dzhumaeva.", "Nurlan Kasymaliev",
     "speakers", {}),
    ("ky", "Ошондой эле Айзат Мамытова, Нурлан Сыдыков жана Гүлнара Бекова сөз алышты.", "Нурлан Сыдыков",
     "speakers", {}),
    # a migrant quoted by first name only, when the sentence says who she or he is
    ("en", '"We should stop paying middlemen," said Nurbolot, a welder from Kyzyl-Kiya.', "Nurbolot", "speakers", {}),
    ("en", "Aigerim, a 34-year-old nurse from Naryn, said employers must pay on time.", "Aigerim", "speakers", {}),
    ("ru", "«Нам нужен юрист», — сказал мигрант Азамат.", "Азамат", "speakers", {}),
    ("ky", "«Бизге юрист керек», - деди мигрант Азамат.", "Азамат", "speakers", {}),
    # a sentence opening with a first name and an apposition (age, who / whose clause, a noun phrase)
    ("en", "Nurzhan, 31, a welder from Uzgen who did not want his surname used, told reporters that the agency "
           "kept his passport.", "Nurzhan", "speakers", {}),
    ("en", "Gulnoza, whose husband has worked in Perm for six years, said the family has not seen him since 2022.",
     "Gulnoza", "speakers", {}),
    ("en", "Bektur, a returnee from Irkutsk, shared his experience of opening a car repair shop.", "Bektur",
     "speakers", {}),
    # a first name introduced by what the person does, quoted in the next sentence through a pronoun
    ("ru", "Вернувшаяся из Тюмени Жазгуль четыре года работала на складе. «Нужно открыть в районе детский сад», — "
           "сказала она.", "Жазгуль", "speakers", {}),
    ("ru", "Повар Эрлан спросил, как оформить пенсию за годы работы в Казахстане.", "Эрлан", "speakers", {}),
    # a Kyrgyz name with the patronymic first ("Kanybek uulu Syrgak")
    ("en", "Tolon uulu Marat, a student from Talas, said the exam fee is too high.", "Tolon uulu Marat", "speakers",
     {}),
    # a foreign name in Russian with its Latin spelling in brackets
    ("ru", "Советник проекта ГИЗ Хельга Штраух (Helga Strauch) сообщила, что курсы продлятся до мая.", "Хельга Штраух",
     "speakers", {}),
]


@pytest.mark.parametrize("lang, text, name, role, fields", CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_person(lang, text, name, role, fields):
    rec = extract_text(text, "case.txt", lang=lang)
    people = _people(rec)
    assert name in people, f"{name!r} not in {list(people)}"
    got_role, p = people[name]
    assert got_role == role
    for k, v in fields.items():
        if k == "variants":
            assert set(v) <= set(p.get("variants", [])), p.get("variants")
        elif k == "other":
            assert p.get("other") == v
        else:
            assert p.get(k) == v, (k, p.get(k))


@pytest.mark.parametrize("lang, text", [
    ("ru", "В Бишкеке прошла конференция Международной организации по миграции."),
    ("ru", "Модератор: не назначен. Участники: представители министерств."),
    ("ky", "Кыргыз Республикасынын Эмгек, социалдык камсыздоо жана миграция министрлиги жыйын өткөрдү."),
    ("en", "The Ministry of Labour, Social Security and Migration held a meeting in Osh City Hall."),
    ("en", "Grand Hotel, the venue of the forum, was full. Central Asia, the report said, needs more data."),
    ("en", "The study was run by the Agency for External Labour Migration, which said fees must be cut."),
    ("en", "Officials of the Regional Development Fund said the survey will be repeated."),
    ("en", "Speaking on behalf of the Association of Employment Agencies, its chairman said licences cost too much."),
    ("en", "Bakyt said the meeting was useful. Aigerim agreed."),
    ("ky", "Комитеттин төрагасы суроо берди. Суроого Жусупова ай сайын статистика чогултулбай турганын моюнга алды."),
    ("en", "The deputy hyakim of Mary velayat told participants that farms hire workers for the harvest."),
    ("ky", "Форумду Кыргыз Республикасынын Улуттук банкы уюштурду. ЭММнын Бишкектеги кеңсеси катышты."),
    ("ru", "В районном центре Кызыл-Адыр Кара-Бууринского района прошла встреча с мигрантами."),
    ("en", "Officials from the NGO Bonuvoni Fardo said that in Kulob the problem was even worse."),
    ("ru", "Азамат рассказал о работе. Бакыт согласился."),
    # a place or a body's word whose stem is a given name ("Алмат", "Мэри")
    ("ru", "Мэрия Оша и управление соцзащиты провели совещание в Алматы Улан-Удэ и Астане."),
    ("en", "The German employer and the Korean agency signed the memorandum."),
])
def test_no_false_people(lang, text):
    rec = extract_text(text, "case.txt", lang=lang)
    assert rec["moderators"] == [] and rec["speakers"] == []


def test_person_an_organisation_is_named_after_is_not_a_person():
    rec = extract_text("Moderator: Gaukhar Seitkali, lecturer, Korkyt Ata Kyzylorda University", "case.txt", "en")
    assert [p["name"] for p in rec["moderators"] + rec["speakers"]] == ["Gaukhar Seitkali"]


@pytest.mark.parametrize("lang, tokens, normal", [
    ("ru", ["Айгуль", "Бековой"], "Айгуль Бекова"),
    ("ru", ["Искаковой", "Жылдыз"], "Искакова Жылдыз"),
    ("ru", ["Бакыт", "Нурланов"], "Бакыт Нурланов"),
    ("ru", ["Андрея", "Литвиненко"], "Андрей Литвиненко"),
    ("ky", ["Талант", "Асанбековдун"], "Талант Асанбеков"),
    ("ky", ["Ирина", "Ткаченкого"], "Ирина Ткаченко"),
    ("ky", ["Эрмек", "Садыр", "уулунун"], "Эрмек Садыр уулу"),
    ("en", ["Mamataev's"], "Mamataev"),
])
def test_normalize_name(lang, tokens, normal):
    assert normalize_name(tokens, lang) == normal
