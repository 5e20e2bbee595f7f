"""Language identification: ru / ky / en, Kyrgyz told from Russian by its letters and words."""

from __future__ import annotations

import pytest

from kenesh.language import detect


@pytest.mark.parametrize("text, lang", [
    ("В Оше прошел круглый стол о защите прав трудовых мигрантов и членов их семей.", "ru"),
    ("Модератор: Асанов Алмаз Бекович, директор Центра занятости. Участники предложили открыть курсы.", "ru"),
    # a Kyrgyz name inside a Russian text does not make it Kyrgyz
    ("На встрече выступила Айгүл Төлөнова, она предложила создать фонд поддержки семей мигрантов.", "ru"),
    ("Ош шаарында эмгек мигранттарынын укуктары боюнча тегерек үстөл өттү.", "ky"),
    # Russian terms mixed into a Kyrgyz text
    ("Модератор: Асанов Алмаз. Министерство труда өкүлү жолугушууда сөз сүйлөдү жана сунуштарын айтты.", "ky"),
    ("Депутат Эрмек Садыр уулу бирдиктүү орган түзүүнү сунуштады.", "ky"),
    # Kyrgyz written without the special letters still has its words and suffixes
    ("Жыйында катышуучулар мигранттардын маселелери боюнча сунуштарын беришти жана аларды талкуулашты деп билдирди.",
     "ky"),
    ("The round table in Osh discussed the rights of labour migrants and their families.", "en"),
    ("Moderator: Asanov Almaz, director. Участники: 20.", "en"),
    ("", "en"),
])
def test_detect(text, lang):
    assert detect(text) == lang
