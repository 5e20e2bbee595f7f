"""Identity over a real store: the done-when checks of the identity issue on the seeds' gold records."""

from __future__ import annotations

from pathlib import Path

import pytest

from kenesh.build import build
from kenesh.identity.explain import explain
from kenesh.query import run_named
from kenesh.store import GraphStore


SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module", params=["gold", "seeds"])
def seeds_store(request: pytest.FixtureRequest) -> GraphStore:
    """The seeds twice: their hand-made gold records, and the reports themselves read by the extractor."""
    folder = SHARED / request.param
    if not folder.is_dir():
        pytest.skip(f"../shared/{request.param} not present")
    store = GraphStore()
    report = build([folder], store, validate=False, warn=lambda _: None)
    assert len(report.loaded) == 5
    return store


def test_the_moderator_is_one_person_at_three_events(seeds_store: GraphStore) -> None:
    rows = run_named("who_spoke_where", {"as_role": "moderator"}, store=seeds_store).rows
    people = {r["person"] for r in rows}
    cities = {r["city"] for r in rows}
    assert len(people) == 1
    assert len(cities & {"Ош", "Osh"}) >= 1 and len(cities & {"Жалал-Абад", "Джалал-Абад"}) == 1 and "Баткен" in cities


def test_the_osh_report_and_its_translation_are_one_event(seeds_store: GraphStore) -> None:
    events = run_named("events", store=seeds_store).rows
    osh = [e for e in events if e["sources"] == 2]
    assert len(osh) == 1 and set(osh[0]["languages"].split(",")) == {"ru", "en"}
    assert len(events) == 4
    # the proposals of both documents hang on that one event
    props = run_named("proposals", store=seeds_store).rows
    assert len({p["event"] for p in props if p["date"] == "--03-18"}) == 1


def test_the_expert_keeps_both_posts_in_the_timeline(seeds_store: GraphStore) -> None:
    rows = run_named("person_timeline", {"who": "Токтоболотов"}, store=seeds_store).rows
    assert len({r["person"] for r in rows}) == 1
    posts = [r["post"] for r in rows]
    assert "заместитель председателя" in posts and "независимый эксперт по вопросам миграции" in posts
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def test_translation_typo_merges_and_explain_says_why(seeds_store: GraphStore) -> None:
    rows = run_named("who_spoke_where", {"who": "Искакова"}, store=seeds_store).rows
    person = {r["person"] for r in rows}
    assert len(person) == 1
    text = explain(seeds_store, "Isakova")
    assert "merged on" in text and "isakova~iskakova" in text and "Isakova Jyldyz @en" in text


def test_rebuilding_keeps_identity_stable(seeds_store: GraphStore) -> None:
    before = sorted(str(q) for q in seeds_store.quads("https://w3id.org/kenesh/graph/identity"))
    from kenesh.identity import resolve

    resolve(seeds_store)
    assert sorted(str(q) for q in seeds_store.quads("https://w3id.org/kenesh/graph/identity")) == before


def test_two_decisions_on_one_pair_are_two_nodes_each_with_one_score_and_reason() -> None:
    from kenesh.identity import identity_graph
    from kenesh.identity.people import Decision
    from kenesh.namespace import KN

    a, b = "https://w3id.org/kenesh/id/person/aibek--d1", "https://w3id.org/kenesh/id/person/aibek-osmonov--d2"
    g = identity_graph({}, {}, [Decision(a, b, "kept apart", 0.5, "Aibek fits both"),
                                Decision(a, b, "kept apart", 0.0, "Aibek fits 8 people")], {}, {})
    nodes = set(g.subjects(KN.reason, None))
    assert len(nodes) == 2
    for n in nodes:
        assert len(list(g.objects(n, KN.score))) == 1 and len(list(g.objects(n, KN.reason))) == 1


def test_explain_refuses_an_iri_that_is_no_person_or_event_in_the_store(seeds_store: GraphStore) -> None:
    from kenesh.errors import InputError
    from kenesh.identity.explain import explain

    for target in ("https://w3id.org/kenesh/id/decision/ffff0000", "https://w3id.org/kenesh/id/person/nobody--x.txt"):
        with pytest.raises(InputError):
            explain(seeds_store, target)
