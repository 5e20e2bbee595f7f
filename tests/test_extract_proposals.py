"""Proposals: lists, reported speech, modal predicates; framing verbs removed, modals kept (case tables)."""

from __future__ import annotations

import pytest

from kenesh.extract import extract_text

CASES = [
    # ---- Russian
    ("ru", "Рекомендации:\n1. создать фонд поддержки семей мигрантов;\n2. открыть курсы русского языка в каждом районе.",
     ["создать фонд поддержки семей мигрантов", "открыть курсы русского языка в каждом районе"]),
    ("ru", "По итогам встречи участники рекомендовали: открыть горячую линию; расширить сеть центров занятости; "
           "упростить выдачу справок.",
     ["открыть горячую линию", "расширить сеть центров занятости", "упростить выдачу справок"]),
    ("ru", "Эксперт Нурлан Асанов предложил ввести бесплатные юридические консультации для мигрантов.",
     ["ввести бесплатные юридические консультации для мигрантов"]),
    ("ru", "Депутат Айгерим Сыдыкова отметила рост жалоб.\n\n— Необходимо открыть консультационный центр в каждом "
           "районе, — сказала Сыдыкова.",
     ["Необходимо открыть консультационный центр в каждом районе"]),
    ("ru", "Директор центра Бакыт Осмонов попросил акимиат выделить помещение для занятий.",
     ["выделить помещение для занятий"]),
    ("ru", "По итогам обсуждения комитет решил направить законопроект на доработку.",
     ["направить законопроект на доработку"]),
    ("ru", "Юрист Айбек Осмонов выступил с инициативой создать реестр недобросовестных работодателей.",
     ["создать реестр недобросовестных работодателей"]),
    ("ru", "Эксперт Нурлан Асанов рассказал о проблеме. По его мнению, консульствам следует продлить часы приема.",
     ["консульствам следует продлить часы приема"]),
    # a task keeps who must carry it out (as the dev gold keeps "поручить Социальному фонду ..."); a request does not
    ("ru", "Аким Бакыт Осмонов поручил отделу образования до 15 мая составить списки детей мигрантов.",
     ["отделу образования до 15 мая составить списки детей мигрантов"]),
    ("ru", "Аким Бакыт Осмонов попросил отдел образования составить списки детей мигрантов.",
     ["составить списки детей мигрантов"]),
    # two framing verbs in coordinated clauses give two proposals
    ("ru", "Комитет поручил Министерству труда до 1 мая представить план переобучения, а также рекомендовал "
           "Министерству финансов предусмотреть средства на программу.",
     ["Министерству труда до 1 мая представить план переобучения",
      "Министерству финансов предусмотреть средства на программу"]),
    # a relative clause about a place is not part of the proposal
    ("ru", "Депутат Нурлан Асанов попросил открыть консульский пункт в Тюмени, куда, по его словам, переехали "
           "тысячи мигрантов.",
     ["открыть консульский пункт в Тюмени"]),
    # a modal with an adverbial before the infinitive
    ("ru", "Эксперт Нурлан Асанов считает, что программы должны в равной мере охватывать сельских женщин.",
     ["программы должны в равной мере охватывать сельских женщин"]),
    ("ru", "«Призываю мэрию выделить помещение для курсов», — заявил депутат Нурлан Асанов.",
     ["выделить помещение для курсов"]),
    ("ru", "Юрист Айбек Осмонов предложил открыть приемную для мигрантов, когда у них выходной.",
     ["открыть приемную для мигрантов"]),
    ("ru", "Депутат Нурлан Асанов возразил: сначала нужно провести проверку всех агентств.",
     ["сначала нужно провести проверку всех агентств"]),
    ("ru", "Эксперт Нурлан Асанов настаивает на том, чтобы справки выдавали в электронном виде.",
     ["справки выдавали в электронном виде"]),
    ("ru", "Стороны договорились создать рабочую группу, обмениваться списками мигрантов и провести встречу в Баткене.",
     ["создать рабочую группу", "обмениваться списками мигрантов", "провести встречу в Баткене"]),
    ("ru", "— Учить его нужно до выезда, а не после, — сказал эксперт Асанов Бакыт.", []),
    ("ru", "Мигрантам предложили открыть фонд\n\nВ Бишкеке прошла встреча. Участники обсудили пенсии.", []),
    # two infinitives joined by ", а также" are two proposals
    ("ru", "Депутат Нурлан Асанов предложил открыть в Нарыне центр переподготовки, а также выделить гранты "
           "вернувшимся мигрантам.",
     ["открыть в Нарыне центр переподготовки", "выделить гранты вернувшимся мигрантам"]),
    # a reason clause before "поэтому" is not part of the proposal
    ("ru", "Эксперт Айбек Осмонов отметил, что пособие назначают только по месту прописки, поэтому семьям "
           "мигрантов нужно разрешить подавать документы онлайн.",
     ["семьям мигрантов нужно разрешить подавать документы онлайн"]),
    # an instruction in the speaker's own words keeps its addressee
    ("ru", "«Поручаю отделу соцзащиты до 1 июня проверить все семьи мигрантов в районе», — сказал аким Бакыт "
           "Осмонов.",
     ["отделу соцзащиты до 1 июня проверить все семьи мигрантов в районе"]),
    # a request with a long addressee
    ("ru", "«Мы просим Государственную службу миграции при Министерстве внутренних дел открыть приемную в Кызыл-Кие», "
           "— сказал Нурлан Асанов.",
     ["открыть приемную в Кызыл-Кие"]),
    # "stressed the need to"
    ("ru", "Депутат Айгерим Сыдыкова подчеркнула необходимость создания единой базы вакансий.",
     ["создания единой базы вакансий"]),
    # an earlier occasion is not this event's proposal
    ("ru", "Ранее министр Айгерим Сыдыкова поручила подготовить закон о мигрантах. На встрече эксперт Нурлан Асанов "
           "предложил открыть курсы.",
     ["открыть курсы"]),
    # coordinated actions are one proposal each, unless the second acts on what the first made
    ("ru", "Юрист Айбек Осмонов предложил перевести памятки на узбекский язык и разрешить детям мигрантов посещать "
           "кружки бесплатно.",
     ["перевести памятки на узбекский язык", "разрешить детям мигрантов посещать кружки бесплатно"]),
    ("ru", "Юрист Айбек Осмонов предложил создать реестр агентств и обновлять его каждый месяц.",
     ["создать реестр агентств и обновлять его каждый месяц"]),
    # a colon after a disagreement introduces an objection, not a list of proposals
    ("ru", "Депутат Нурлан Асанов не согласился с предложением: по его мнению, новые штрафы ударят по малому бизнесу.",
     []),
    ("ru", "По итогам встречи мигранты обратились к консулу с просьбами:\n— продлить часы приема;\n— открыть пункт "
           "выдачи паспортов в Кургане.",
     ["продлить часы приема", "открыть пункт выдачи паспортов в Кургане"]),
    # ---- Kyrgyz
    ("ky", "Жыйындын жыйынтыгында мигранттарды каттоону жеңилдетүү, айыл өкмөттөрүндө кеңеш берүү пунктун ачуу "
           "жана жаштарга акысыз курстарды уюштуруу сунушталды.",
     ["мигранттарды каттоону жеңилдетүү", "айыл өкмөттөрүндө кеңеш берүү пунктун ачуу",
      "жаштарга акысыз курстарды уюштуруу"]),
    ("ky", "Эксперт Айдай Мамбетова мигранттардын балдары үчүн жайкы лагерь ачуу тууралуу демилгесин айтып берди.",
     ["мигранттардын балдары үчүн жайкы лагерь ачуу"]),
    ("ky", "Ал консулдук каттоону онлайн жүргүзүүнү суранды.", ["консулдук каттоону онлайн жүргүзүүнү"]),
    # handing over a thing is no task
    ("ky", "Аким Бакыт Осмонов катышуучуларга дипломдорду тапшырды.", []),
    # a reason clause with a finite verb before the modal is not part of the proposal
    ("ky", "Депутат Айдай Мамбетова маалымкат алуу үчүн борборго эки жолу барууга туура келди, маалымкаттарды онлайн "
           "берүү керек деп билдирди.",
     ["маалымкаттарды онлайн берүү керек"]),
    # the need reported before a colon, then the quote: two proposals
    ("ky", "Депутат Айдай Мамбетова мыйзамды өзгөртүү зарыл экенин белгиледи: «Мигранттар үчүн пенсиялык "
           "төгүмдөрдүн тарифин төмөндөтүү керек».",
     ["мыйзамды өзгөртүү зарыл", "Мигранттар үчүн пенсиялык төгүмдөрдүн тарифин төмөндөтүү керек"]),
    ("ky", "«Ар бир районго юрист бөлүү керек», - деди Тилек Сатыбалды уулу.", ["Ар бир районго юрист бөлүү керек"]),
    ("ky", "Эксперт Айдай Мамбетова сөз сүйлөдү. Ал мигранттар үчүн ысык линия ачууну сунуштады.",
     ["мигранттар үчүн ысык линия ачууну"]),
    ("ky", "Түшкөн сунуштар:\n1. ар бир айылда кеңеш берүүчү пункт ачуу;\n2. мигранттардын балдарына стипендия "
           "берүү зарыл.",
     ["ар бир айылда кеңеш берүүчү пункт ачуу", "мигранттардын балдарына стипендия берүү зарыл"]),
    ("ky", "Жыйынтыгында катышуучулар жаштарга гранттарды берүүнү, окуу борборлорун ачууну жана "
           "ишкерлерди колдоону сунушташты.",
     ["жаштарга гранттарды берүүнү", "окуу борборлорун ачууну", "ишкерлерди колдоону"]),
    ("ky", "Ошондуктан консулдуктардын иш убактысын узартуу зарыл, - деп белгиледи Нурбек Асанов.",
     ["консулдуктардын иш убактысын узартуу зарыл"]),
    ("ky", "Эксперт Айдай Мамбетова мигранттар үчүн кеңеш берүү борборун ачуу тууралуу сунуш киргизди.",
     ["мигранттар үчүн кеңеш берүү борборун ачуу"]),
    ("ky", "Юрист Айдай Мамбетова сөз сүйлөдү. Анын пикиринде, айыл өкмөттөрү мигранттарды каттоого алышы тийиш.",
     ["айыл өкмөттөрү мигранттарды каттоого алышы тийиш"]),
    ("ky", "Эксперт Айдай Мамбетова сунушка макул экенин айтып, мектептер психолог менен камсыз болушу зарыл деп "
           "кошумчалады.",
     ["мектептер психолог менен камсыз болушу зарыл"]),
    ("ky", "«Ата-энеси чет өлкөдө жүргөн балдар күнү бою көчөдө жалгыз калышат. Айыл балдар үчүн кружокторго муктаж», - деди Нурбек Асанов.",
     ["Айыл балдар үчүн кружокторго муктаж"]),
    ("ky", "Нурбек Асановдун пикиринде, ар бир айылда юридикалык кеңеш берүү зарыл.",
     ["ар бир айылда юридикалык кеңеш берүү зарыл"]),
    ("ky", "Нурбек Асанов ар бир айылда мигранттар үчүн кеңеш берүүчү пункт ачуу керектигин айтты.",
     ["ар бир айылда мигранттар үчүн кеңеш берүүчү пункт ачуу керектигин"]),
    ("ky", "«Бирок ар бир мектепке психолог берүү зарыл», - деди Нурбек Асанов.",
     ["ар бир мектепке психолог берүү зарыл"]),
    ("ky", "Тараптар биргелешкен ысык линия ачууга жана кийинки жолугушууну Баткенде өткөрүүгө макулдашты.",
     ["биргелешкен ысык линия ачууга", "кийинки жолугушууну Баткенде өткөрүүгө"]),
    # two modal clauses in one Kyrgyz sentence
    ("ky", "«Ар бир мектепте психолог иштеши керек, ошондой эле айыл өкмөттөрү мигранттардын балдарынын тизмесин "
           "жүргүзүшү зарыл», – деди депутат Айдай Мамбетова.",
     ["Ар бир мектепте психолог иштеши керек", "айыл өкмөттөрү мигранттардын балдарынын тизмесин жүргүзүшү зарыл"]),
    # requests of a group, the addressee in the ablative
    ("ky", "Жолугушуунун аягында мекендештер депутаттардан жекшембилик мектеп ачууну жана акысыз курстарды "
           "уюштурууну суранышты.",
     ["жекшембилик мектеп ачууну", "акысыз курстарды уюштурууну"]),
    # a rule in force is no proposal
    ("ky", "Консул Азамат Усенов Россиянын мыйзамы боюнча ар бир мигрант жети күндүн ичинде катталышы керек экенин "
           "эскертти.", []),
    ("ru", "Консул Азамат Усенов напомнил, что по закону работодатель должен уведомить миграционную службу.", []),
    # questions and announcements of a list are no proposals; a reminder of a rule in force neither
    ("ru", "Мигрант Бакыт Осмонов спросил: «Кто должен платить за лечение, если работодатель не платит взносы?»", []),
    ("ru", "«Мигранты должны встать на учет в течение семи дней», — напомнила консул Айгерим Сыдыкова.", []),
    ("ru", "По итогам совещания аким Бакыт Осмонов поручил:\n1) отделу образования до 1 мая составить списки детей;"
           "\n2) центру занятости открыть курсы.",
     ["отделу образования до 1 мая составить списки детей", "центру занятости открыть курсы"]),
    # ---- English
    ("en", "What should change? Dana Ospanova said workers must be paid on time.", ["workers must be paid on time"]),
    ("en", "Applicants must now submit their documents online, he reminded the audience.", []),
    ("en", "The union called for a licensing scheme for recruiters, run jointly by the two governments.",
     ["a licensing scheme for recruiters, run jointly by the two governments"]),
    ("en", "Under current rules, he noted, agencies must hold a licence and may not charge workers any fee.", []),
    ("en", "The workers signed a letter asking the ministry to raise the quota and to translate the contract into "
           "Uzbek.",
     ["raise the quota", "translate the contract into Uzbek"]),
    ("en", "The union called for a cap on recruitment fees, a public list of licensed agencies and contracts in the "
           "worker's language.",
     ["a cap on recruitment fees", "a public list of licensed agencies", "contracts in the worker's language"]),
    ("en", "Participants recommended extending the consular hours, hiring two more lawyers and publishing the "
           "rules in Uzbek and Tajik.",
     ["extending the consular hours", "hiring two more lawyers", "publishing the rules in Uzbek and Tajik"]),
    ("en", "Dana Ospanova said employers should pay the visa fee and cover the flight home.",
     ["employers should pay the visa fee", "cover the flight home"]),
    ("en", "Dana Ospanova asked the embassy to extend its hours, to open a desk in Incheon and to cut the fee for "
           "lost passports.",
     ["extend its hours", "open a desk in Incheon", "cut the fee for lost passports"]),
    ("en", "The way forward, she said, is to train teachers in every district.", ["train teachers in every district"]),
    ("en", "Dana Ospanova said it is time to let workers change employers.", ["it is time to let workers change employers"]),
    ('en', '"We need a contract, a day off and a doctor," said Dana Ospanova.',
     ["a contract, a day off and a doctor"]),
    ("en", "Lawyer Dana Ospanova urged migrants to keep copies of their contracts and recommended that the consulate "
           "open a hotline.",
     ["keep copies of their contracts", "the consulate open a hotline"]),
    ("en", "Nurlan Asanov called for a register of recruiters and proposed that employers pay the visa fees.",
     ["a register of recruiters", "employers pay the visa fees"]),
    ("en", "Agencies must publish their fees, she said, adding that the ministry needs to check them every year.",
     ["Agencies must publish their fees", "the ministry needs to check them every year"]),
    ("en", "At the close of the meeting, participants agreed on the need to open a legal aid desk in Naryn.",
     ["open a legal aid desk in Naryn"]),
    ("en", "The ministry wants employers who hire migrants to pay into the pension fund, he added.",
     ["employers who hire migrants to pay into the pension fund"]),
    # a passive "asked" is no request
    ("en", '"Migrants who are asked for a bribe should call the hotline at once," he said.',
     ["Migrants who are asked for a bribe should call the hotline at once"]),
    ('en', '"We propose a simple rule: every recruiter must hold a licence," said Dana Ospanova, a lawyer.',
     ["every recruiter must hold a licence"]),
    ("en", "He proposed that the government open a migrant centre in Osh.",
     ["the government open a migrant centre in Osh"]),
    ("en", "Recommendations:\n• Create a hotline for migrants;\n• Train consular staff.",
     ["Create a hotline for migrants", "Train consular staff"]),
    ("en", "Participants agreed on the following priorities: expanding legal channels, improving data exchange, "
           "and strengthening consular support.",
     ["expanding legal channels", "improving data exchange", "strengthening consular support"]),
    ("en", "\"Every district must have a legal aid office,\" said Aibek Usenov, a lawyer.",
     ["Every district must have a legal aid office"]),
    ("en", "\"A nurse trained in Osh should not have to pass the exam again,\" she said.", []),
    ("en", "The committee decided to postpone the vote until autumn.", ["postpone the vote until autumn"]),
    ("en", "Aibek Usenov urged the ministry to publish the list of licensed agencies.",
     ["publish the list of licensed agencies"]),
    ("en", "Employers should pay for the medical check of foreign workers, Usenov said, adding that costs were high.",
     ["Employers should pay for the medical check of foreign workers"]),
    ("en", "Aibek Usenov said employers should pay for medical checks, adding that many workers cannot afford them.",
     ["employers should pay for medical checks"]),
    ("en", "Aibek Usenov said the centre needs to hire a second lawyer in Osh, where the queue is longest.",
     ["the centre needs to hire a second lawyer in Osh"]),
    ("en", "The committee decided:\n(a) to take note of the minister's report;\n(b) to hold a second hearing in May.",
     ["take note of the minister's report", "hold a second hearing in May"]),
    ("en", "Aibek Usenov, who heads the Osh legal clinic, said employers must pay for medical checks.",
     ["employers must pay for medical checks"]),
    ("en", "The committee decided:\n(a) to take note of the report;\n(b) to hold a hearing in Osh;\n(c) to invite the "
           "minister in June.\n\n(c) 2025 Kabar. All rights reserved.",
     ["take note of the report", "hold a hearing in Osh", "invite the minister in June"]),
    ("en", "The sides agreed to set up a joint working group, exchange data on returnees every month and hold "
           "the next meeting in Batken.",
     ["set up a joint working group", "exchange data on returnees every month", "hold the next meeting in Batken"]),
    ("en", "The sides agreed to improve access to clinics, schools and courts.",
     ["improve access to clinics, schools and courts"]),
    ("en", "Aibek Usenov spoke about delays. In his view, consulates should open on Saturdays.",
     ["consulates should open on Saturdays"]),
    ("en", "They called on the ministry to publish the fees; to open a hotline; and to train inspectors.",
     ["publish the fees", "open a hotline", "train inspectors"]),
    # "that" clauses joined by "and that"; a counted list after a colon; a consequence clause; "She said"
    ("en", "Dana Akhmetova proposed that the agency publish a list of vacancies, and that embassies check every "
           "invitation.",
     ["the agency publish a list of vacancies", "embassies check every invitation"]),
    ("en", "The sides agreed on three steps: a hotline for workers, printed leaflets in Uzbek, and monthly checks of "
           "housing.",
     ["a hotline for workers", "printed leaflets in Uzbek", "monthly checks of housing"]),
    ("en", "Returnees from the villages need the same help, so the centre should have mobile teams.",
     ["the centre should have mobile teams"]),
    ("en", "Dana Akhmetova spoke about delays. She said the ministry must open an online queue.",
     ["the ministry must open an online queue"]),
    ("ky", "«Жаштарды кармап калуу үчүн шаарда IT-хаб ачышыбыз керек», - деди Айзада Бекова.",
     ["Жаштарды кармап калуу үчүн шаарда IT-хаб ачышыбыз керек"]),
    # a demand in the speaker's own words; a modal before a colon list; "called for A and for B"
    ("ru", "«Нам нужен юрист, который говорит по-кыргызски», — сказал мигрант Азамат.",
     ["Нам нужен юрист, который говорит по-кыргызски"]),
    ("ky", "«Бизге кыргызча сүйлөгөн юрист керек», - деди мигрант Азамат.", ["Бизге кыргызча сүйлөгөн юрист керек"]),
    ("ru", "Эксперт Нурлан Асанов считает, что государству необходимо: создать реестр агентств; ввести лицензии; "
           "публиковать отчеты.",
     ["создать реестр агентств", "ввести лицензии", "публиковать отчеты"]),
    ("en", "Dana Akhmetova called for the creation of a regional fund and for stricter control over recruiters.",
     ["the creation of a regional fund", "stricter control over recruiters"]),
    # a collective subject with "said"; two "that" clauses; an attribution after a comma; a reported need (ky)
    ("en", "Participants said microcredit for returning women must be available without a guarantor and that a "
           "hotline for women migrants should work in Tajik and Russian.",
     ["microcredit for returning women must be available without a guarantor",
      "a hotline for women migrants should work in Tajik and Russian"]),
    ("ru", "Стороны договорились расширить организованный набор рабочих, сообщили на форуме в Алматы.",
     ["расширить организованный набор рабочих"]),
    ("ky", "Айзада Бекова майып болуп калган мигранттарга өзүнчө колдоо программасы керектигин айтты.",
     ["майып болуп калган мигранттарга өзүнчө колдоо программасы керектигин"]),
    # a decision's own verb stays ("decided to recommend"), "and to" joins two decisions; a Kyrgyz task
    ("en", "The committee decided to recommend Aibek Osmonov for appointment and to ask the agency to report by "
           "1 March.",
     ["recommend Aibek Osmonov for appointment", "ask the agency to report by 1 March"]),
    ("ky", "Талкуунун жыйынтыгы боюнча комитет Билим берүү жана илим министрлигине бир айдын ичинде иш-чаралар "
           "планын даярдоону тапшырды.",
     ["Билим берүү жана илим министрлигине бир айдын ичинде иш-чаралар планын даярдоону"]),
    # «стоит», «выступил за то, чтобы», an opinion frame inside a quote, direct speech without an opening dash
    ("ru", "По мнению эксперта Нурлана Асанова, государству стоит пересмотреть систему квот.",
     ["государству стоит пересмотреть систему квот"]),
    ("ru", "Депутат Нурлан Асанов выступил за то, чтобы открыть представительство Соцфонда в Москве.",
     ["открыть представительство Соцфонда в Москве"]),
    ("ru", "«Считаю, что нужно вернуть бесплатные курсы русского языка», — добавил Нурлан Асанов.",
     ["нужно вернуть бесплатные курсы русского языка"]),
    ("ru", "Мы хотим, чтобы взносы можно было платить через приложение, — сказала Айгуль Бекова.",
     ["взносы можно было платить через приложение"]),
    ("ru", "Министерство планирует в следующем году открыть еще три центра.", []),
    # Kyrgyz: "Биз ..." and "X-нын айтымында," before the proposal
    ("ky", "\"Биз ар бир айылда консультациялык пункт ачууну сунуштайбыз\", - деди Айгүл Бекова.",
     ["ар бир айылда консультациялык пункт ачууну"]),
    ("ky", "Айгүл Бекованын айтымында, пенсиялык топтоолорду эсептөө тартибин жөнөкөйлөтүү абзел.",
     ["пенсиялык топтоолорду эсептөө тартибин жөнөкөйлөтүү абзел"]),
    # a comment clause after a comma is not part of the proposal
    ("ru", "«Надо брать с собой теплую одежду, там постоянно дождь», — посоветовал Акмал Турсунов.",
     ["Надо брать с собой теплую одежду"]),
    # a quote of several sentences: one proposal per sentence with a modal
    ("ky", "«Мигранттар өз укуктарын билиши керек. Ар бир кармоо видеого тартылышы тийиш», — деди Айгүл Бекова.",
     ["Мигранттар өз укуктарын билиши керек", "Ар бир кармоо видеого тартылышы тийиш"]),
    ("ru", "«Консульство должно работать по субботам. Также нужно открыть горячую линию», — сказал Нурлан Асанов.",
     ["Консульство должно работать по субботам", "нужно открыть горячую линию"]),
    # a Kyrgyz decision: the deciding body is left out
    ("ky", "Кеңешменин жыйынтыгында райондук мамлекеттик администрация жайкы лагерди каржылоо үчүн жергиликтүү "
           "бюджеттен каражат бөлүү чечимин кабыл алды.",
     ["жайкы лагерди каржылоо үчүн жергиликтүү бюджеттен каражат бөлүү"]),
    # a wire dateline opening the sentence and "officials and experts said" after the proposal are left out
    ("en", "Registration online\n\nALMATY, March 3 (Reuters) - Kazakhstan should let foreign workers register online "
           "within 30 days, officials and experts said at a round table in Almaty on Tuesday.",
     ["Kazakhstan should let foreign workers register online within 30 days"]),
    # proposals named as nouns: "выступил с предложением о ...", "поддержали идею ...", "прозвучало предложение",
    # "демилгесин көтөрдү", "сунушун айтты"; an anaphoric "поддержал идею и ..." is none
    ("ru", "Депутат Нурлан Асанов выступил с предложением о создании единого реестра мигрантов.",
     ["создании единого реестра мигрантов"]),
    ("ru", "Участники поддержали идею введения электронного патента.", ["введения электронного патента"]),
    ("ru", "Прозвучало предложение увеличить квоты для сезонных работников.",
     ["увеличить квоты для сезонных работников"]),
    ("ru", "Аким Нурлан Асанов поддержал идею и отметил, что в районе много мигрантов.", []),
    ("ky", "Айгүл Бекова мигранттар үчүн бирдиктүү реестр түзүү демилгесин көтөрдү.",
     ["мигранттар үчүн бирдиктүү реестр түзүү"]),
    ("ky", "Нурлан Асанов бирдиктүү реестр түзүү сунушун айтты.", ["бирдиктүү реестр түзүү"]),
    # English: passive requests, "let's", "The recommendations include", "According to X,", "needed to"
    ("en", "The ministry was asked to prepare a draft law by June.", ["prepare a draft law by June"]),
    ("en", '"Let\'s make the registration free," Osmonov said.', ["make the registration free"]),
    ("en", "The recommendations include setting up a hotline, training inspectors and publishing the fees.",
     ["setting up a hotline", "training inspectors", "publishing the fees"]),
    ("en", "According to the final statement, governments must ratify the convention.",
     ["governments must ratify the convention"]),
    ("en", "Osmonov said the state needed to invest in language training.",
     ["the state needed to invest in language training"]),
    # "считает целесообразным", "В числе предложений —"
    ("ru", "Нурлан Асанов также считает целесообразным открыть филиал центра в Оше.", ["открыть филиал центра в Оше"]),
    ("ru", "В числе предложений — создание единой базы вакансий и бесплатные курсы русского языка.",
     ["создание единой базы вакансий и бесплатные курсы русского языка"]),
    # Kyrgyz: "... зарылдыгына токтолду" (dwelt on the need for ...)
    ("ky", "Айгүл Бекова мигранттардын балдары үчүн бекер курстарды ачуунун зарылдыгына токтолду.",
     ["мигранттардын балдары үчүн бекер курстарды ачуунун зарылдыгына"]),
    # "a call to", "Among the recommendations were"
    ("en", "The workshop ended with a call to expand pre-departure training to all regions.",
     ["expand pre-departure training to all regions"]),
    ("en", "The government plans to open three more centres next year.", []),
    # commitments and procedural closings are not proposals
    ("en", "The agency is ready to offer free courses to returnees. The recommendations will be sent to the Ministry.",
     []),
    ("ru", "Министерство готово открыть еще два центра. Рекомендации будут направлены в Кабинет министров.", []),
    # the apposition after the speaker's name is not part of the proposal
    ("en", 'According to Dana Akhmetova, a lawyer with the NGO "Zhanaru", employers must register contracts.',
     ["employers must register contracts"]),
    ("ky", "Айзада Бекова, Социалдык фонддун адиси, пенсиялык топтоолорду кайра эсептөө керек деп билдирди.",
     ["пенсиялык топтоолорду кайра эсептөө керек"]),
    # Kyrgyz: the quotative "деп" and a gerund clause before the proposal are left out
    ("ky", "Айзада Бекова ар бир райондо кеңеш берүү борборун ачуу зарыл деп сунуштады.",
     ["ар бир райондо кеңеш берүү борборун ачуу зарыл"]),
    ("ky", "Жыйында Айзада Бекова сөз алып, мигранттардын балдарына колдоо көрсөтүү зарыл экенин белгиледи.",
     ["мигранттардын балдарына колдоо көрсөтүү зарыл"]),
]


@pytest.mark.parametrize("lang, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_proposals(lang, text, expected):
    rec = extract_text(text, "case.txt", lang=lang)
    assert rec["proposals"] == expected
    assert len(rec["proposals_by"]) == len(rec["proposals"])


def test_proposals_by_names_the_speaker():
    text = ("Депутат Айгерим Сыдыкова выступила на заседании. Она предложила создать реестр агентств.\n\n"
            "По итогам заседания комитет решил запросить информацию у министерства.")
    rec = extract_text(text, "case.txt", lang="ru")
    assert rec["proposals"] == ["создать реестр агентств", "запросить информацию у министерства"]
    assert rec["proposals_by"] == ["Айгерим Сыдыкова", None]


def test_a_headline_below_the_page_menu_is_no_proposal():
    text = ("Home   News   Contact\n\nNews | Regions\n\nForum calls for free legal aid for migrant workers\n\n"
            "Published: 4 June 2025\n\nOSH – Officials, lawyers and migrants met in Osh on Tuesday to discuss legal "
            "aid for workers abroad. Lawyer Dana Ospanova said the state should pay for free legal aid for migrant "
            "workers in Russia and Kazakhstan.\n")
    rec = extract_text(text, "case.txt", lang="en")
    assert rec["proposals"] == ["the state should pay for free legal aid for migrant workers in Russia and Kazakhstan"]


def test_a_wire_lead_stands_only_for_what_the_body_does_not_say():
    restated = ("ALMATY, March 3 (Reuters) - Kazakhstan should let migrants register online, officials said on "
                "Tuesday.\n\nDeputy minister Aigul Serikova said Kazakhstan should let migrants register online "
                "within 30 days of arrival.\n")
    rec = extract_text(restated, "case.txt", lang="en")
    assert rec["proposals"] == ["Kazakhstan should let migrants register online within 30 days of arrival"]
    alone = ("ALMATY, March 3 (Reuters) - Kazakhstan should let migrants register online, officials said on "
             "Tuesday.\n\nDeputy minister Aigul Serikova said the quota for 2026 had not yet been set.\n")
    rec = extract_text(alone, "case.txt", lang="en")
    assert rec["proposals"] == ["Kazakhstan should let migrants register online"]
