"""Conflicting numbers: same unit, same actor, same story and period, ranges apart."""

from __future__ import annotations

import pytest

from flashpoint.link import disputes, link_records
from flashpoint.records import Quantity

from .conftest import quantity, report


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        (quantity("q1", 90_000, 90_000, approx=True), quantity("q1", 100_000, 100_000), True),
        (quantity("q1", 90_000, 90_000, approx=True), quantity("q1", 95_000, 95_000), False),
        (quantity("q1", 2_000, 9_000), quantity("q1", 10_000, 10_000), True),
        (quantity("q1", 10, None, unit="dead"), quantity("q1", 5, 5, unit="dead"), True),
        (quantity("q1", 10, None, unit="dead"), quantity("q1", 500, 500, unit="dead"), False),
        (quantity("q1", 2_000, 2_000, unit="soldiers"), quantity("q1", 8_000, 8_000), True),
        (quantity("q1", 2_000, 2_000), quantity("q1", 8_000, 8_000, of="BLR-MIL"), False),
        (quantity("q1", 2_000, 2_000), quantity("q1", 8_000, 8_000, unit="tanks"), False),
        (quantity("q1", 100_000, 100_000, of="RUS"), quantity("q1", 175_000, 175_000), True),
        (quantity("q1", None, None), quantity("q1", 5, 5), False),
    ],
    ids=[
        "approx-below", "approx-covers", "several-thousand", "at-least-above", "at-least-ok",
        "soldiers-are-troops", "other-actor", "other-unit", "entity-level", "no-number",
    ],
)  # fmt: skip
def test_numbers_conflict_beyond_their_ranges(
    first: Quantity, second: Quantity, conflict: bool
) -> None:
    links = link_records(
        [
            report("n1", "Outlet A", quantities=[first]),
            report("n2", "Outlet B", quantities=[second]),
        ]
    )
    expected = ("n2:q1",) if conflict else None
    assert links.conflicts.get(("n1", "q1")) == expected


def test_numbers_of_one_report_or_far_apart_in_time_do_not_conflict() -> None:
    links = link_records(
        [
            report("a", "Outlet A", quantities=[
                quantity("q1", 4, 4, unit="dead"), quantity("q2", 3, 3, unit="dead")
            ]),
            report("b", "Outlet B", published="2021-12-30", quantities=[
                quantity("q1", 40, 40, unit="dead")
            ]),
        ]
    )  # fmt: skip
    assert links.conflicts == {}


def test_disputes_list_conflicting_numbers_claimant_by_claimant() -> None:
    records = [
        report("u", "Ukrainian outlet", quantities=[
            quantity("q1", 90_000, 90_000, approx=True, claimed_by="UKR-GOV")
        ]),
        report("r", "Russian outlet", quantities=[
            quantity("q2", 10_000, 10_000, claimed_by="RUS-GOV")
        ]),
        report("w", "Wire", quantities=[quantity("q1", 92_000, 92_000, claimed_by="USA-GOV")]),
    ]  # fmt: skip
    links = link_records(records)
    assert links.conflicts[("r", "q2")] == ("u:q1", "w:q1")
    (conflict,) = disputes(records, links=links).numbers
    assert (conflict.unit, conflict.of) == ("troops", "RUS")
    assert [c.claimed_by for c in conflict.claims] == ["RUS-GOV", "UKR-GOV", "USA-GOV"]
