"""Analyst review is stored beside the machine's items, never over them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from flashpoint.errors import StoreError
from flashpoint.records import DateInfo, Speaker
from flashpoint.store import Filters
from flashpoint.store.sql import SqlStore

from .builders import event, make_record, quantity, statement

RECORD = make_record(
    "A report to review.",
    file="review.txt",
    published="2021-11-10",
    events=(
        event("e1", "ASSAULT", "BLR-MIL", "POL", start="2021-11-09"),
        event("e2", "AID", "POL", None),
    ),
    statements=(statement("s1", "POL-GOV"),),
    quantities=(quantity("q1", "migrants", None),),
)
DOC = RECORD.document.id


@pytest.fixture
def filled(store: SqlStore) -> SqlStore:
    store.add_records([RECORD], extractor="t")
    return store


def test_corrections_are_kept_apart_from_the_machine_record(filled: SqlStore) -> None:
    filled.save_correction(
        DOC, "e1", "correct", {"type": "COERCE", "date.start": "2021-11-08"}, by="ana"
    )
    filled.save_correction(DOC, "e2", "reject", {}, by="ana")
    filled.save_correction(DOC, "s1", "correct", {"speaker": {"actor": "POL-MIL"}}, by="ben")
    filled.save_correction(DOC, "q1", "confirm", {}, by="ben")
    assert filled.get_record(DOC) == RECORD  # the machine's version is untouched
    corrected = filled.get_record(DOC, corrected=True)
    (e1,) = corrected.events
    assert e1 == replace(
        RECORD.events[0], type="COERCE", date=DateInfo("2021-11-08", "2021-11-09", "that day")
    )
    assert corrected.statements[0].speaker == Speaker(name=None, actor="POL-MIL")
    assert corrected.quantities == RECORD.quantities
    assert [r.item.id for r in filled.query_events()] == ["e1", "e2"]  # tables keep both


def test_rows_carry_the_latest_correction(filled: SqlStore) -> None:
    filled.save_correction(DOC, "e1", "correct", {"type": "COERCE"}, by="ana")
    filled.save_correction(DOC, "e1", "correct", {"status": "claimed"}, by="ben")
    rows = {r.item.id: r for r in filled.query_events()}
    correction = rows["e1"].correction
    assert correction["action"] == "correct"
    assert correction["changes"] == {"status": "claimed"}
    assert correction["by"] == "ben"
    assert correction["at"]
    assert rows["e2"].correction is None
    assert rows["e1"].item == RECORD.events[0]
    # the latest review stands alone: only its changes apply
    (e1, _) = filled.get_record(DOC, corrected=True).events
    assert (e1.type, e1.status) == ("ASSAULT", "claimed")
    (stmt,) = filled.query_statements(Filters(document=DOC))
    assert stmt.correction is None


def test_a_confirm_after_a_reject_restores_the_item(filled: SqlStore) -> None:
    filled.save_correction(DOC, "e2", "reject", {}, by="ana")
    assert [e.id for e in filled.get_record(DOC, corrected=True).events] == ["e1"]
    filled.save_correction(DOC, "e2", "confirm", {}, by="ben")
    assert filled.get_record(DOC, corrected=True).events == RECORD.events


def test_iter_records_can_give_the_corrected_view(filled: SqlStore) -> None:
    filled.save_correction(DOC, "q1", "correct", {"low": 120, "high": 150}, by="ana")
    (record,) = filled.iter_records(corrected=True)
    assert (record.quantities[0].low, record.quantities[0].high) == (120, 150)
    (machine,) = filled.iter_records()
    assert machine == RECORD


def test_bad_corrections_are_refused(filled: SqlStore) -> None:
    with pytest.raises(StoreError, match="not a review action"):
        filled.save_correction(DOC, "e1", "delete", {}, by="ana")
    with pytest.raises(StoreError, match="no such item"):
        filled.save_correction(DOC, "e9", "reject", {}, by="ana")
    with pytest.raises(StoreError, match="no such item"):
        filled.save_correction("0" * 16, "e1", "reject", {}, by="ana")
    with pytest.raises(StoreError, match="not an item kind"):
        filled.save_correction(DOC, "e1", "reject", {}, by="ana", item_kind="document")
    with pytest.raises(StoreError, match="no such item"):
        filled.save_correction(DOC, "e1", "reject", {}, by="ana", item_kind="quantity")
    assert filled.query_events()[0].correction is None


def test_hostile_correction_values_are_stored_as_data(filled: SqlStore) -> None:
    hostile = "'); DROP TABLE corrections; --"
    filled.save_correction(DOC, "e1", "correct", {"mode": hostile}, by=hostile)
    row = filled.query_events()[0]
    assert row.correction["by"] == hostile
    assert filled.get_record(DOC, corrected=True).events[0].mode == hostile
