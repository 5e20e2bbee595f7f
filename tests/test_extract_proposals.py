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
    ("ru", "— Учить его нужно до выезда, а не после, — сказал эксперт Асанов Бакыт.", []),
    ("ru", "Мигрантам предложили открыть фонд\n\nВ Бишкеке прошла встреча. Участники обсудили пенсии.", []),
    # ---- Kyrgyz
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
    # ---- English
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
    ("en", "They called on the ministry to publish the fees; to open a hotline; and to train inspectors.",
     ["publish the fees", "open a hotline", "train inspectors"]),
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
