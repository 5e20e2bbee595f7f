"""Clustering rules: cannot-link within a document, no chains through initials, weak names attach only to one fit."""

from kenesh.identity.people import PersonKey, resolve_people


def key(iri: str, name: str, *sources: str, org: str | None = None, variants: tuple[str, ...] = ()) -> PersonKey:
    return PersonKey(iri, {name}, set(variants), set(sources), {org} if org else set())


def groups(canonical: dict[str, str]) -> set[frozenset[str]]:
    out: dict[str, set[str]] = {}
    for k, head in canonical.items():
        out.setdefault(head, set()).add(k)
    return {frozenset(v) for v in out.values()}


def test_full_names_merge_and_initials_attach_to_the_one_fit() -> None:
    keys = [key("p/1", "Абдыров Толонбек Шакирович", "d1"), key("p/2", "Tolonbek Abdyrov", "d2"),
            key("p/3--d3", "Т. Абдыров", "d3")]
    canonical, decisions = resolve_people(keys)
    assert groups(canonical) == {frozenset({"p/1", "p/2", "p/3--d3"})}
    # the canonical IRI comes from the fullest name, whichever document came first
    assert canonical["p/3--d3"] == "https://w3id.org/kenesh/id/person/abdirov-shakirovich-tolonbek"
    assert all(d.reason for d in decisions)


def test_initials_that_fit_two_people_chain_nobody() -> None:
    keys = [key("p/tolonbek", "Толонбек Абдыров", "d1"), key("p/timur", "Тимур Абдыров", "d2"),
            key("p/t--d3", "Т. Абдыров", "d3")]
    canonical, decisions = resolve_people(keys)
    assert groups(canonical) == {frozenset({"p/tolonbek"}), frozenset({"p/timur"}), frozenset({"p/t--d3"})}
    apart = [d for d in decisions if d.outcome == "kept apart" and "p/t--d3" in (d.a, d.b)]
    assert apart and all("fits 2 people" in d.reason or "fits both" in d.reason for d in apart)


def test_two_participants_of_one_document_are_two_people() -> None:
    keys = [key("p/a", "Бакыт Осмонов", "d1"), key("p/b--d1", "Б. Осмонов", "d1"), key("p/c", "Bakyt Osmonov", "d2")]
    canonical, decisions = resolve_people(keys)
    assert canonical["p/b--d1"] != canonical["p/a"]  # same document, two participants
    assert canonical["p/c"] == canonical["p/a"]
    assert any("different participants of one document" in d.reason for d in decisions)


def test_a_bare_surname_needs_context() -> None:
    alone = [key("p/full", "Дамира Ниязалиева", "d1", org="o/1"), key("p/bare--d2", "Ниязалиева", "d2")]
    assert len(groups(resolve_people(alone)[0])) == 2
    shared = [key("p/full", "Дамира Ниязалиева", "d1", org="o/1"), key("p/bare--d2", "Ниязалиева", "d2", org="o/1")]
    assert len(groups(resolve_people(shared)[0])) == 1


def test_variants_add_a_patronymic_initial() -> None:
    keys = [key("p/aigul", "Айгуль Бекова", "d1", variants=("Бекова А.Т.",)),
            key("p/as--d2", "А.С. Бекова", "d2"), key("p/at--d3", "А.Т. Бекова", "d3")]
    canonical, _ = resolve_people(keys)
    assert canonical["p/at--d3"] == canonical["p/aigul"]
    assert canonical["p/as--d2"] != canonical["p/aigul"]


def test_namesakes_are_told_apart_by_context() -> None:
    keys = [key("p/ulan-k--d1", "Улан Кенешович Бейшеналиев", "d1", org="o/naryn"),
            key("p/ulan-m--d2", "Улан Маратович Бейшеналиев", "d2", org="o/osh"),
            key("p/ulan--d3", "Улан Бейшеналиев", "d3", org="o/osh"),
            key("p/ulan--d4", "Улан Бейшеналиев", "d4", org="o/naryn"),
            key("p/ulan--d5", "Ulan Beishenaliev", "d5")]
    canonical, decisions = resolve_people(keys)
    assert canonical["p/ulan--d3"] == canonical["p/ulan-m--d2"]
    assert canonical["p/ulan--d4"] == canonical["p/ulan-k--d1"]
    assert canonical["p/ulan-k--d1"] != canonical["p/ulan-m--d2"]
    alone = canonical["p/ulan--d5"]
    assert alone not in (canonical["p/ulan-k--d1"], canonical["p/ulan-m--d2"])
    assert any("context tells none apart" in d.reason for d in decisions)
