"""Keyset pages (`Filters.after`): page after page equals the whole list, on both databases,
whatever the filters; a cursor of one table is refused by another."""

from __future__ import annotations

from dataclasses import replace

import pytest

from flashpoint.errors import StoreError
from flashpoint.records import Record
from flashpoint.store import Filters, Row
from flashpoint.store.sql import SqlStore

from .builders import event, make_record, quantity, statement


def _feed() -> list[Record]:
    records = []
    for n in range(14):
        pairs = [("POL-GOV", "BLR"), ("BLR-MIL", "POL"), ("RUS", None), ("POL", "UKR")]
        records.append(
            make_record(
                f"Keyset report {n}.",
                file=f"k{n:02d}.txt",
                outlet="Wire" if n % 3 else "Daily",
                # two reports a day, and two undated reports (they sort last)
                published=None if n in (4, 9) else f"2021-11-{n // 2 + 1:02d}",
                events=tuple(
                    event(
                        f"e{i}",
                        "ASSAULT" if i % 2 else "AID",
                        source,
                        target,
                        # many events share a day: the tiebreak must be unique
                        start=None if (n + i) % 4 == 0 else f"2021-10-{(n + i) % 3 + 1:02d}",
                    )
                    for i, (source, target) in enumerate(pairs)
                ),
                statements=(
                    statement("s1", "POL-GOV", target="BLR"),
                    statement("s2", "BLR-GOV", target="POL"),
                ),
                quantities=(
                    quantity("q1", "troops", "POL-MIL", claimed_by="BLR-GOV"),
                    quantity("q2", "migrants", "UNK-REF", claimed_by="POL-COP"),
                ),
            )
        )
    return records


def _keys(rows: list[Row]) -> list[tuple[str, str]]:
    return [(r.document.id, r.item.id) for r in rows]


def _walk(query, base: Filters, size: int) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    after = None
    for _ in range(200):
        rows = query(replace(base, limit=size, after=after))
        seen += _keys(rows)
        if len(rows) < size:
            return seen
        after = rows[-1].cursor
    raise AssertionError("pages never ended")


@pytest.fixture
def fed(store: SqlStore) -> SqlStore:
    store.add_records(_feed(), extractor="t")
    return store


BASES = [
    Filters(),
    Filters(actor="POL"),
    Filters(actor="POL-GOV"),
    Filters(type="AID"),
    Filters(actor="BLR", since="2021-10-02", until="2021-11-30"),
    Filters(outlet="wire", actor="POL"),
]


@pytest.mark.parametrize("base", BASES, ids=["all", "entity", "code", "type", "dated", "outlet"])
@pytest.mark.parametrize("size", [1, 3, 7])
def test_event_pages_walk_the_whole_list_once(fed: SqlStore, base: Filters, size: int) -> None:
    everything = _keys(fed.query_events(base))
    assert everything
    assert _walk(fed.query_events, base, size) == everything


@pytest.mark.parametrize("kind", ["statements", "quantities"])
@pytest.mark.parametrize("base", [Filters(), Filters(actor="POL"), Filters(outlet="daily")])
def test_statement_and_quantity_pages_walk_the_whole_list(
    fed: SqlStore, kind: str, base: Filters
) -> None:
    query = getattr(fed, f"query_{kind}")
    everything = _keys(query(base))
    assert len(everything) >= 4
    assert _walk(query, base, 3) == everything
    # undated reports sort last, in ingestion order
    undated = [r.document.published for r in query(base)]
    assert undated == sorted(undated, key=lambda p: (p is None, p or ""))


def test_a_cursor_with_offset_skips_after_the_cursor(fed: SqlStore) -> None:
    everything = _keys(fed.query_events())
    first = fed.query_events(Filters(limit=5))
    rest = fed.query_events(Filters(limit=4, offset=2, after=first[-1].cursor))
    assert _keys(rest) == everything[7:11]


def test_pages_stay_stable_while_reports_arrive(fed: SqlStore) -> None:
    """A row added before the cursor does not shift the next page (OFFSET would)."""
    page = fed.query_events(Filters(limit=6))
    later = fed.query_events(Filters(limit=6, after=page[-1].cursor))
    fed.add_records(
        [make_record("An early report.", file="early.txt", published="2021-09-01",
                     events=(event("e1", "AID", "POL", "BLR", start="2021-09-01"),))],
        extractor="t",
    )  # fmt: skip
    assert _keys(fed.query_events(Filters(limit=6, after=page[-1].cursor))) == _keys(later)


def test_a_cursor_of_another_table_is_refused(fed: SqlStore) -> None:
    cursor = fed.query_events(Filters(limit=1))[0].cursor
    assert cursor is not None
    with pytest.raises(StoreError, match="not a page cursor of the statement table"):
        fed.query_statements(Filters(after=cursor))
    with pytest.raises(StoreError, match="not a page cursor"):
        fed.query_events(Filters(after="bm90IGEgY3Vyc29y"))
