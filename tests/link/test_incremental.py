"""Incremental linking (`link_store(store, rebuild=False)`) equals a rebuild, batch by batch,
and reads only what the new documents can reach: on the in-memory store, SQLite and
PostgreSQL. The idf sample is shrunk to 3 documents so that small corpora take the
incremental path (a new document inside the sample makes it rebuild)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flashpoint.link import link_store
from flashpoint.records import Event, Record

from ..store.conftest import BACKENDS, pg_database, pg_url  # noqa: F401  (fixtures)
from .conftest import FILLER, FakeStore, event, quantity, report

SAMPLE = 3

RAIL = (
    "Railway workers in the port city walked out over unpaid wages, halting freight trains "
    "and leaving grain wagons stranded at the terminal for a third day."
)
MIXED = f"{FILLER['border']} {FILLER['summit']}"


def _assault(day: str) -> list[Event]:
    return [event("e1", "ASSAULT", "BLR-MIL", "POL-MIL", day=day)]


def batches() -> list[list[Record]]:
    """Five ingest runs: near in time, far in time, undated, a move, a merge."""
    return [
        [  # the first run is linked as a rebuild: every document is in the idf sample
            report("b1", "Polish outlet", published="2021-11-10", events=_assault("2021-11-09"),
                   quantities=[quantity("q1", 4_000, 4_000, unit="migrants", of="UNK-REF")]),
            report("b2", "Wire", published="2021-11-12", near_duplicate_of="b1",
                   events=_assault("2021-11-09")),
            report("s1", "Summit paper", topic="summit", published="2021-11-11",
                   events=[event("e1", "CONSULT", "FIN", "EST", day="2021-11-11")]),
            report("u1", "Outlet U", published=None, text=f"{RAIL} {FILLER['border']}",
                   events=[event("e1", "MOBILIZE", "POL-MIL", "BLR")]),
        ],
        [  # close in time: joins the border story and its cluster, numbers conflict
            report("b3", "Belarusian outlet", published="2021-11-14",
                   events=[event("e1", "ASSAULT", "POL-COP", "UNK-REF", day="2021-11-09")],
                   quantities=[quantity("q1", 7_000, 7_000, unit="migrants", of="UNK-REF")]),
            report("b4", "Reposter", published="2021-11-15", near_duplicate_of="b2",
                   events=_assault("2021-11-09")),
        ],
        [  # far in time: a story of its own, nothing old is relinked
            report("k1", "Kyiv outlet", topic="ukraine", published="2022-03-01",
                   events=[event("e1", "ASSAULT", "RUS-MIL", "UKR", day="2022-03-01")]),
            report("k2", "Other outlet", topic="ukraine", published="2022-03-03",
                   events=[event("e1", "ASSAULT", "RUS", "UKR-CVL", day="2022-03-01")]),
        ],
        [  # undated, joins the Ukraine story; and a rail report that pulls u1 to it
            report("u2", "Outlet V", topic="ukraine", published=None,
                   events=[event("e1", "ASSAULT", "RUS-MIL", "UKR")]),
            report("r1", "Port news", published="2023-05-02", text=f"{RAIL} Unions met.",
                   events=[event("e1", "PROTEST", "UKR-LAB", "UKR-GOV", day="2023-05-01")]),
        ],
        [  # one report about both the border and the summit merges their stories
            report("m1", "Digest", published="2021-11-13", text=MIXED,
                   events=[event("e1", "CONSULT", "FIN", "EST", day="2021-11-11")]),
        ],
    ]  # fmt: skip


class _Sql:
    """A SqlStore with the FakeStore's add and snapshot."""

    def __init__(self, url: str) -> None:
        from flashpoint.store.sql import SqlStore

        self.store = SqlStore(url)

    def add(self, record: Record) -> None:
        self.store.add_records([record], extractor="test")

    def snapshot(self) -> dict[str, Any]:
        return {
            r.document.id: (
                r.story,
                [(e.id, e.cluster, e.sources, e.corroboration) for e in r.events],
                [(q.id, q.conflicts_with) for q in r.quantities],
            )
            for r in sorted(self.store.iter_records(), key=lambda r: r.document.id)
        }


@pytest.fixture(params=["memory", *BACKENDS])
def pair(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    """A store of each kind, linked incrementally, and an in-memory one, rebuilt."""
    if request.param == "memory":
        yield FakeStore(), FakeStore()
        return
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'step.db'}"
    else:
        url = str(request.getfixturevalue("pg_url"))
    step = _Sql(url)
    try:
        yield step, FakeStore()
    finally:
        step.store.close()


def _target(store: Any) -> Any:
    return getattr(store, "store", store)


def test_batch_by_batch_incremental_equals_a_rebuild(pair: tuple[Any, Any]) -> None:
    step, once = pair
    runs, snapshots = [], []
    for batch in batches():
        for record in batch:
            step.add(record)
            once.add(record)
        runs.append(link_store(_target(step), rebuild=False, sample=SAMPLE))
        link_store(_target(once), sample=SAMPLE)
        assert step.snapshot() == once.snapshot(), [r.document.id for r in batch]
        snapshots.append(step.snapshot())
    first, close, far, undated, merge = runs
    assert undated.stories == {"s-b1", "s-k1"}  # u1 may move: its story is relinked
    assert merge.stories == {"s-b1", "s-s1", "s-r1"}  # r1's story holds u1, near m1
    assert first.mode == "rebuild"
    assert [r.mode for r in runs[1:]] == ["incremental"] * 4
    # close in time: the border story (b1, b2, u1, b3, b4) is relinked, the summit is not
    assert close.relinked == 5
    # far in time: only the two new reports are compared, read and linked
    assert (far.compared, far.relinked) == (1, 2)  # u1, the one undated report stored
    final = step.snapshot()
    border, ukraine = final["b1"][0], final["k1"][0]
    assert border == final["b3"][0] == final["s1"][0] == final["m1"][0]  # merged by m1
    assert final["u2"][0] == ukraine  # undated, joined by its text
    assert snapshots[0]["u1"][0] == border  # first joined the border story, then
    assert final["u1"][0] == final["r1"][0] == "s-r1"  # moved to its better match
    # the late reports joined the existing cluster, b3 disputes it (reciprocal blame)
    cluster = final["b1"][1][0][1]
    assert final["b3"][1][0][1] == final["b4"][1][0][1] == cluster
    assert final["b1"][1][0][3] == "disputed"
    assert final["b1"][2] == [("q1", ("b3:q1",))]


def test_an_earlier_report_inside_the_idf_sample_makes_a_rebuild() -> None:
    store = FakeStore()
    for batch in batches()[:2]:
        for record in batch:
            store.add(record)
        link_store(store, rebuild=False, sample=SAMPLE)
    store.add(report("b0", "Early outlet", published="2021-11-01"))
    run = link_store(store, rebuild=False, sample=SAMPLE)
    assert (run.mode, run.reason) == ("rebuild", "a new document falls in the idf sample")
    assert store.records["b1"].story == "s-b0"


def test_nothing_new_reads_nothing() -> None:
    store = FakeStore()
    for record in batches()[0]:
        store.add(record)
    link_store(store, rebuild=False, sample=SAMPLE)
    before = len(store.saved)
    assert link_store(store, rebuild=False, sample=SAMPLE).mode == "nothing new"
    assert len(store.saved) == before


def test_only_changed_links_are_saved() -> None:
    store = FakeStore()
    for batch in batches()[:2]:
        for record in batch:
            store.add(record)
        link_store(store, rebuild=False, sample=SAMPLE)
    for record in batches()[2]:
        store.add(record)
    link_store(store, rebuild=False, sample=SAMPLE)
    update = store.saved[-1]
    assert set(update.stories) == {"k1", "k2"}
    assert {doc for doc, _ in update.events} == {"k1", "k2"}
