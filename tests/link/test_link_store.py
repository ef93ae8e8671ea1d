"""link_store: read every record, link, save; incremental linking equals a rebuild."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from flashpoint.link import link_records, link_store, to_update
from flashpoint.records import Record

from .conftest import FakeStore, event, quantity, report


def corpus() -> list[Record]:
    return [
        report("pl1", "Polish outlet", published="2021-11-16", events=[
            event("e1", "ASSAULT", "BLR-MIL", "POL-MIL", day="2021-11-15"),
        ], quantities=[quantity("q1", 4_000, 4_000, unit="migrants", of="UNK-REF")]),
        report("by1", "Belarusian outlet", published="2021-11-16", events=[
            event("e1", "ASSAULT", "POL-COP", "UNK-REF", day="2021-11-15"),
        ], quantities=[quantity("q1", 7_000, 7_000, unit="migrants", of="UNK-REF")]),
        report("wire", "Wire", published="2021-11-17", events=[
            event("e1", "ASSAULT", "BLR-MIL", "POL", day="2021-11-15"),
        ]),
        report("copy", "Reposter", published="2021-11-17", near_duplicate_of="wire", events=[
            event("e1", "ASSAULT", "BLR-MIL", "POL", day="2021-11-15"),
        ]),
        report("early", "Outlet E", published="2021-11-14", events=[
            event("e3", "MOBILIZE", "POL-MIL", "BLR", day="2021-11-14"),
        ]),
        report("sum", "Summit paper", topic="summit", published="2021-11-15", events=[
            event("e1", "CONSULT", "FIN", "EST", day="2021-11-15"),
        ]),
        report("undated", "Outlet U", published=None, events=[
            event("e1", "MOBILIZE", "POL-MIL", "BLR"),
        ]),
    ]  # fmt: skip


def test_incremental_linking_equals_one_rebuild() -> None:
    step = FakeStore()
    for record in corpus():
        step.add(record)
        link_store(step)
    once = FakeStore()
    for record in corpus():
        once.add(record)
    link_store(once)
    assert step.snapshot() == once.snapshot()
    assert len(step.saved) == len(corpus())


def test_an_earlier_document_arriving_late_takes_over_the_ids() -> None:
    store = FakeStore()
    for record in corpus():
        if record.document.id != "early":
            store.add(record)
    link_store(store)
    before = store.records["pl1"].story
    store.add(next(r for r in corpus() if r.document.id == "early"))
    link_store(store)
    assert before == "s-by1"
    assert store.records["pl1"].story == "s-early"


def test_the_saved_update_names_every_document_event_and_quantity() -> None:
    store = FakeStore()
    for record in corpus():
        store.add(record)
    link_store(store)
    update = store.saved[-1]
    assert set(update.stories) == {r.document.id for r in corpus()}
    assert len(update.events) == sum(len(r.events) for r in corpus())
    assert update.conflicts == {("pl1", "q1"): ("by1:q1",), ("by1", "q1"): ("pl1:q1",)}
    cluster, sources, corroboration = update.events[("pl1", "e1")]
    assert update.events[("by1", "e1")][0] == update.events[("wire", "e1")][0] == cluster
    assert sources == ("Belarusian outlet", "Polish outlet", "Reposter", "Wire")
    assert corroboration == "disputed"


def test_stale_links_are_overwritten() -> None:
    store = FakeStore()
    records = corpus()
    for record in records[:2]:
        store.add(record)
    link_store(store)
    before = store.records["pl1"].quantities[0].conflicts_with
    store.records.pop("by1")
    link_store(store)
    assert (before, store.records["pl1"].quantities[0].conflicts_with) == (("by1:q1",), ())


def test_to_update_is_the_link_result() -> None:
    records = corpus()
    links = link_records(records)
    update = to_update(records, links)
    assert update.stories == dict(links.story_of)
    assert {k: v[0] for k, v in update.events.items()} == dict(links.cluster_of)


@settings(max_examples=15, deadline=None)
@given(st.permutations(list(range(len(corpus())))))
def test_links_do_not_depend_on_the_order_records_arrive_in(order: list[int]) -> None:
    records = corpus()
    shuffled = [records[i] for i in order]
    assert to_update(records, link_records(shuffled)) == to_update(records, link_records(records))


def _links_of(store: Any) -> dict[str, Any]:
    return {
        r.document.id: (
            r.story,
            [(e.id, e.cluster, e.sources, e.corroboration) for e in r.events],
            [(q.id, q.conflicts_with) for q in r.quantities],
        )
        for r in store.iter_records()
    }


def test_with_the_sqlite_store_incremental_equals_rebuilt(tmp_path: Path) -> None:
    from flashpoint.store import open_store

    step = open_store(f"sqlite:///{tmp_path / 'step.db'}")
    once = open_store(f"sqlite:///{tmp_path / 'once.db'}")
    try:
        for record in corpus():
            step.add_records([record], extractor="test")
            link_store(step)
        once.add_records(corpus(), extractor="test")
        link_store(once)
        stepwise = _links_of(step)
        assert stepwise == _links_of(once)
        assert stepwise["pl1"][1][0][3] == "disputed"
    finally:
        step.close()
        once.close()


def test_link_store_replaces_every_link_field():
    """Stale clusters must go: link_store asks the store to reset what it does not name."""
    store = FakeStore()
    for record in corpus():
        store.add(record)
    link_store(store)
    assert store.reset is True
