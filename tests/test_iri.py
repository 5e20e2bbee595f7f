"""Name keys: one key per person across scripts, word orders and transliteration systems; distinct people apart."""

import pytest

from kenesh.iri import Minter, doc_key, fold, label_key, name_key


@pytest.mark.parametrize("a, b", [
    ("Абдыров Толонбек Шакирович", "Толонбек Шакирович Абдыров"),
    ("Абдыров Толонбек Шакирович", "Abdyrov Tolonbek Shakirovich"),
    ("Жапаров Садыр", "Zhaparov Sadyr"),
    ("Жапаров Садыр", "Japarov Sadyr"),
    ("Жапаров Садыр", "Dzhaparov Sadyr"),
    ("Жапаров Садыр", "Žaparov Sadyr"),
    ("Төлөнбек Абдыров", "Tölönbek Abdyrov"),
    ("Үмүт Ногоева", "Umut Nogoeva"),
    ("Эрмек Садыр уулу", "Ermek Sadyr uulu"),
    ("Хасанов Руслан", "Khasanov Ruslan"),
    ("Хасанов Руслан", "Hasanov Ruslan"),
    ("Ерлан Маматов", "Yerlan Mamatov"),
])
def test_same_person_same_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [
    ("Асанов Алмаз", "Асанбаев Алмаз"),
    ("Искакова Жылдыз", "Искаков Жылдыз"),   # women's surnames stay female
    ("Осмонов Бакыт", "Осмонов Нурлан"),
])
def test_different_people_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_fold_is_ascii_and_lower() -> None:
    folded = fold("Государственная служба миграции при Правительстве КР — «ГСМ»")
    assert folded.isascii() and folded == folded.lower()
    assert folded.startswith("gosudarstvenaia slujba migratsi")  # doubled letters collapse


def test_long_labels_are_cut_but_stay_unique() -> None:
    a = label_key("Министерство труда, социального обеспечения и миграции Кыргызской Республики " * 3)
    b = label_key("Министерство труда, социального обеспечения и миграции Кыргызской Республики " * 4)
    assert len(a) <= 80 and len(b) <= 80 and a != b


def test_doc_key_keeps_plain_names_and_hashes_others() -> None:
    assert doc_key("dir/000_abc.txt") == "000_abc.txt"
    odd = doc_key("Отчёт круглый стол.docx")
    assert odd.isascii() and odd != doc_key("Отчёт круглый стол 2.docx")


def test_minter_base_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert str(Minter().person("Абдыров Т.")).startswith("https://w3id.org/kenesh/id/person/")
    assert str(Minter("http://example.org/x").org("ГСМ")) == "http://example.org/x/org/gsm"
    monkeypatch.setenv("KENESH_BASE", "http://example.org/env/")
    assert str(Minter().place("Ош")) == "http://example.org/env/place/osh"
