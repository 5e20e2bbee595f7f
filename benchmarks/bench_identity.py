"""Benchmark: person resolution on a synthetic corpus of N documents (default 100,000).

Synthetic people (Kyrgyz, Kazakh and Russian-type names, men and women, unique given name + surname pairs) appear
in several documents each, written the ways reports write them: full Cyrillic names in either order, initials
before or after the surname, Latin transliterations in different systems, a missing patronymic, an unnormalised
Kyrgyz case ending. Prints pairwise precision and recall of merges and the time, as one result line.

    python benchmarks/bench_identity.py [--docs 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from kenesh.identity.measure import Mention, evaluate

MALE = ("Азамат Айбек Алмаз Асан Бакыт Бакытбек Бекболот Бектур Жаныбек Жумабек Кайрат Канат Кубанычбек Марат "
        "Медер Нурбек Нурлан Нурсултан Омурбек Руслан Садыр Самат Талант Темирлан Токтосун Улан Урмат Чынгыз Эмил "
        "Эрмек Эрлан Дастан Данияр Тилек Максат Мирлан Таалай Улукбек Жолдошбек Сейтек Орозбек Бакай").split()
FEMALE = ("Айгуль Айжан Айзада Айнура Асель Бермет Гулмира Гулнара Динара Жылдыз Жибек Калыйпа Мээрим Назгуль "
          "Нургуль Салтанат Чолпон Эльмира Элиза Айпери Бурул Толгонай Умут Жаркын Акмарал Венера Зарина").split()
ROOTS = ("Абды Асан Бек Жума Кады Мамат Нур Осмон Сары Токто Тур Усен Эсен Айт Бакы Шамши Кул Орун Сатыбал Жол "
         "Мырза Калы Төлө Акмат Бообек Сулайман Шер Алым Ибрай Карыбек Дөөлөт Ормон Темир Айдар Үсөн Кенже Тажи "
         "Бейше Жусуп Иса Кар Мамбет Мол Ниязы Өмүр Рыс Сагын Таш Уметали Чоро Шаршен Эшмат Анар Бал Дуй Жээн "
         "Кудай Момун Нарын Оско Садык Талып Үмөт Чолпон Шакир Ысак Алым Байыш Бекмур Жантай Кенеш Мукаш").split()
MIDS = ("", "бек", "бай", "алы", "ан", "кул", "мат", "тай", "ыр", "ке", "дин", "жан", "ба", "ра", "ш", "сей", "тур",
        "акун", "нур", "кан", "мырза", "жол", "ат", "ер", "бол", "каны")

LATIN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "з": "z", "и": "i", "к": "k",
         "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
         "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
CHOICES = {"ж": ("zh", "j", "dzh"), "ы": ("y", "i"), "ө": ("o", "ö"), "ү": ("u", "ü"), "ң": ("n", "ng"),
           "х": ("kh", "h"), "й": ("y", "i")}


def translit(text: str, rng: random.Random) -> str:
    system = {k: rng.choice(v) for k, v in CHOICES.items()}
    out = []
    for ch in text:
        low = ch.lower()
        rep = system.get(low, LATIN.get(low, ch))
        out.append(rep.capitalize() if ch.isupper() else rep)
    return "".join(out)


def people(n: int, rng: random.Random) -> list[tuple[str, str, str, bool]]:
    # real surname variety is wide (father's or grandfather's name + -ов/-ев, and much else): tens of thousands
    surnames = sorted({r + m + m2 for r in ROOTS for m in MIDS
                       for m2 in ("", "ал", "ке", "ш", "ар", "ыл", "бек", "ата", "мат", "кул")})
    seen: set[tuple[str, str]] = set()
    out = []
    while len(out) < n:
        female = rng.random() < 0.45
        given = rng.choice(FEMALE if female else MALE)
        base = rng.choice(surnames)
        if base[-1] in "аеиоуыэюяөүй":  # Бектай -> Бектаев, Кады -> Кадыев
            surname = base.rstrip("й") + ("ева" if female else "ев")
        else:
            surname = base + ("ова" if female else "ов")
        if (given, surname) in seen:
            continue
        seen.add((given, surname))
        father = rng.choice(MALE)
        patronymic = father + ("овна" if female else "ович")
        out.append((given, surname, patronymic, female))
    return out


def surface(person: tuple[str, str, str, bool], rng: random.Random) -> str:
    given, surname, patr, _ = person
    style = rng.random()
    if style < 0.30:
        return f"{surname} {given} {patr}"
    if style < 0.50:
        return f"{given} {surname}"
    if style < 0.60:
        return f"{given} {patr} {surname}"
    if style < 0.72:
        return f"{given[0]}.{patr[0]}. {surname}"
    if style < 0.80:
        return f"{surname} {given[0]}.{patr[0]}."
    if style < 0.95:
        return translit(rng.choice([f"{given} {surname}", f"{surname} {given} {patr}"]), rng)
    return f"{given} {surname}" + rng.choice(["дун", "го", "дон"])  # an unnormalised Kyrgyz case form


CITIES = ("Бишкек", "Ош", "Жалал-Абад", "Каракол", "Нарын", "Талас", "Баткен", "Токмок", "Кара-Балта", "Өзгөн",
          "Кызыл-Кыя", "Балыкчы", "Чолпон-Ата", "Кант", "Узген", "Алматы", "Ташкент", "Душанбе", "Москва", "Худжанд")


def corpus(docs: int, seed: int) -> list[Mention]:
    rng = random.Random(seed)
    population = people(max(1000, docs // 3), rng)
    n_orgs = max(200, len(population) // 10)
    jobs = [[rng.randrange(n_orgs)] + ([rng.randrange(n_orgs)] if rng.random() < 0.3 else [])
            for _ in population]  # three in ten change organisation
    home = [rng.choice(CITIES) for _ in population]
    mentions = []
    for d in range(docs):
        city = rng.choice(CITIES)
        for i in rng.sample(range(len(population)), rng.randint(2, 6)):
            org = f"org{rng.choice(jobs[i])}" if rng.random() < 0.8 else None
            where = home[i] if rng.random() < 0.6 else city
            mentions.append(Mention(str(i), surface(population[i], rng), f"doc{d}", org=org, city=where))
    return mentions


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    t0 = time.perf_counter()
    mentions = corpus(args.docs, args.seed)
    t1 = time.perf_counter()
    scores, decisions, impure = evaluate(mentions)
    t2 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"identity: docs={args.docs} mentions={len(mentions)} people={len({m.truth for m in mentions})} "
          f"precision={scores.precision:.4f} recall={scores.recall:.4f} f1={scores.f1:.4f} "
          f"decisions={len(decisions)} generate={t1 - t0:.1f}s resolve={t2 - t1:.1f}s peak_rss={rss:.0f}MB")


if __name__ == "__main__":
    main()
