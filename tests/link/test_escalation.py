"""Escalation index: weighted clusters per pair and period, counted once, rises flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.errors import ConfigError, InputError
from flashpoint.link import escalation, escalation_pairs
from flashpoint.link.lexicons import load_weights
from flashpoint.records import PLOVER_TYPES

from .conftest import event, report


def test_every_plover_type_has_a_weight_on_the_documented_scale() -> None:
    weights = load_weights()
    assert set(weights.by_type) == set(PLOVER_TYPES)
    assert (weights.weight("ASSAULT", None), weights.weight("AID", None)) == (-9, 10)
    assert weights.weight("ASSAULT", "heavy-weapons") == -10
    assert min(weights.by_type.values()) == weights.by_type["ASSAULT"]


def test_one_event_reported_by_three_outlets_counts_once() -> None:
    records = [
        report(doc, outlet, events=[event("e1", "ASSAULT", "BLR-MIL", "POL-MIL", day="2021-11-16")])
        for doc, outlet in [("a", "A"), ("b", "B"), ("c", "C")]
    ]
    series = escalation(records, "POL:BLR")
    assert [(p.period, p.score) for p in series.points] == [("2021-11-16", -9.0)]
    assert series.pair == "POL:BLR"


@pytest.mark.parametrize(
    ("status", "score"),
    [("occurred", -7.0), ("claimed", -3.5), ("planned", -3.5), ("possible", -1.75),
     ("denied", 0.0), ("negated", 0.0)],
    ids=["occurred", "claimed", "planned", "possible", "denied", "negated"],
)  # fmt: skip
def test_status_weights_the_event(status: str, score: float) -> None:
    records = [
        report("a", "A", events=[event("e1", "MOBILIZE", "BLR-MIL", "POL", day="2021-11-10",
                                       status=status)])
    ]  # fmt: skip
    (point,) = escalation(records, "BLR:POL").points
    assert point.score == score


def test_undated_events_take_the_publication_date_or_are_left_out() -> None:
    records = [
        report("a", "A", published="2021-11-12", events=[event("e1", "THREATEN", "BLR", "POL")]),
        report("b", "B", published=None, topic="summit", events=[
            event("e1", "ASSAULT", "BLR", "POL")
        ]),
    ]  # fmt: skip
    series = escalation(records, "BLR:POL")
    assert [(p.period, p.score) for p in series.points] == [("2021-11-12", -6.0)]


def test_pairs_are_unordered_unless_asked() -> None:
    records = [
        report("a", "A", events=[
            event("e1", "ACCUSE", "POL-GOV", "BLR-GOV", day="2021-11-10"),
            event("e2", "THREATEN", "BLR-GOV", "POL-GOV", day="2021-11-10"),
        ])
    ]  # fmt: skip
    assert escalation(records, "BLR:POL").points[0].score == -8.0
    assert escalation(records, "POL:BLR", ordered=True).points[0].score == -2.0
    assert escalation_pairs(records) == (("BLR:POL", 2, -8.0),)


def test_a_sharp_rise_is_flagged_and_quiet_days_are_zero() -> None:
    quiet = [
        report(f"q{i}", "A", published=f"2021-11-0{i}", events=[
            event("e1", "ACCUSE", "POL", "BLR", day=f"2021-11-0{i}")
        ])
        for i in (1, 2, 4)
    ]  # fmt: skip
    attack = report("x", "B", published="2021-11-08", topic="ukraine", events=[
        event("e1", "ASSAULT", "BLR-MIL", "POL-MIL", day="2021-11-08"),
        event("e2", "COERCE", "BLR-MIL", "POL", day="2021-11-08", mode="seize"),
    ])  # fmt: skip
    series = escalation([*quiet, attack], "POL:BLR")
    assert [p.period for p in series.points][:4] == [
        "2021-11-01", "2021-11-02", "2021-11-03", "2021-11-04"
    ]  # fmt: skip
    assert series.points[2].score == 0.0
    assert series.rises == ("2021-11-08",)
    weekly = escalation([*quiet, attack], "POL:BLR", period="week")
    assert [p.period for p in weekly.points] == ["2021-W44", "2021-W45"]


@pytest.mark.parametrize("pair", ["POL", "", "POL:"], ids=["one", "empty", "half"])
def test_a_bad_pair_is_named(pair: str) -> None:
    with pytest.raises(InputError, match="write it like POL:BLR"):
        escalation([], pair)


def test_a_user_weights_file_overrides_and_bad_rows_are_named(tmp_path: Path) -> None:
    from flashpoint.config import Settings

    (tmp_path / "plover_weights.csv").write_text("type,mode,weight\nASSAULT,,-8\n")
    settings = Settings(data_dirs=(tmp_path,))
    assert load_weights(settings).weight("ASSAULT", None) == -8
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "plover_weights.csv").write_text("type,mode,weight\nASSALT,,-8\n")
    with pytest.raises(ConfigError, match="unknown PLOVER type 'ASSALT'"):
        load_weights(Settings(data_dirs=(bad,)))
