"""Stories: text similarity within a time window; undated reports join one story."""

from __future__ import annotations

from flashpoint.link import link_records, stories

from .conftest import report


def test_similar_reports_within_the_window_share_a_story() -> None:
    links = link_records(
        [
            report("a", "Outlet A", published="2021-11-10"),
            report("b", "Outlet B", published="2021-11-15"),
            report("c", "Outlet C", topic="summit", published="2021-11-12"),
        ]
    )
    assert links.story_of == {"a": "s-a", "b": "s-a", "c": "s-c"}


def test_the_same_words_months_apart_are_two_stories() -> None:
    links = link_records(
        [
            report("a", "Outlet A", published="2021-09-01"),
            report("b", "Outlet B", published="2021-12-01"),
        ]
    )
    assert links.story_of["a"] != links.story_of["b"]


def test_an_undated_report_joins_its_most_similar_dated_story_only() -> None:
    links = link_records(
        [
            report("early", "Outlet A", published="2021-09-01"),
            report("later", "Outlet B", published="2021-12-01"),
            report("nodate", "Outlet C", published=None),
        ]
    )
    assert links.story_of["nodate"] in {links.story_of["early"], links.story_of["later"]}
    assert links.story_of["early"] != links.story_of["later"]


def test_stories_lists_largest_first_with_outlets_and_dates() -> None:
    records = [
        report("a", "Outlet A", published="2021-11-10", title="Border tension"),
        report("b", "Outlet B", published="2021-11-11"),
        report("c", "Outlet C", topic="summit", published="2021-11-09"),
    ]
    first, second = stories(records)
    assert (first.id, first.documents, first.outlets) == (
        "s-a",
        ("a", "b"),
        ("Outlet A", "Outlet B"),
    )
    assert (first.first, first.last, first.titles) == (
        "2021-11-10",
        "2021-11-11",
        ("Border tension",),
    )
    assert "belarus" in first.terms
    assert second.id == "s-c"


def test_no_records_no_stories() -> None:
    assert link_records([]).stories == ()
