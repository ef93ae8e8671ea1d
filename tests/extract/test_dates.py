"""Dates: relative and explicit expressions resolved against a fixed publication date."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashpoint.extract.dates import (
    date_mentions,
    find_event_date,
    infer_published,
    is_duration,
    resolve_date,
)
from flashpoint.records import DateInfo

# Tuesday 15 March 2022
PUBLISHED = "2022-03-15"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("yesterday", "2022-03-14", "2022-03-14"),
        ("today", "2022-03-15", "2022-03-15"),
        ("this morning", "2022-03-15", "2022-03-15"),
        ("last night", "2022-03-14", "2022-03-14"),
        ("on Sunday", "2022-03-13", "2022-03-13"),
        ("Tuesday", "2022-03-15", "2022-03-15"),
        ("on Wednesday", "2022-03-09", "2022-03-09"),
        ("last Tuesday", "2022-03-08", "2022-03-08"),
        ("last week", "2022-03-07", "2022-03-13"),
        ("this week", "2022-03-14", "2022-03-15"),
        ("last month", "2022-02-01", "2022-02-28"),
        ("in early February", "2022-02-01", "2022-02-10"),
        ("mid-January", "2022-01-11", "2022-01-20"),
        ("late February", "2022-02-21", "2022-02-28"),
        ("the night of 6-7 March", "2022-03-06", "2022-03-07"),
        ("on Feb. 24.", "2022-02-24", "2022-02-24"),
        ("March 3, 2021", "2021-03-03", "2021-03-03"),
        ("2 December", "2021-12-02", "2021-12-02"),
        ("in 2014", "2014-01-01", "2014-12-31"),
        ("Today, on March 15", "2022-03-15", "2022-03-15"),
        ("over the weekend", "2022-03-12", "2022-03-13"),
    ],
    ids=[
        "yesterday",
        "today",
        "this-morning",
        "last-night",
        "weekday-before",
        "weekday-same-day",
        "weekday-last-week",
        "last-weekday",
        "last-week",
        "this-week",
        "last-month",
        "early-month",
        "mid-month",
        "late-month",
        "night-range",
        "abbreviated-month",
        "full-date",
        "month-before-published-year",
        "year",
        "today-on",
        "weekend",
    ],
)
def test_resolve_date(text, start, end):
    assert resolve_date(text, PUBLISHED) == DateInfo(start, end, text)


@pytest.mark.parametrize(
    "text",
    [
        "earlier this week",
        "recently",
        "so far",
        "at present",
        "in recent months",
        "soon",
        "a few days earlier",
        "since last summer",
        "in the coming days",
    ],
    ids=[
        "earlier-this-week",
        "recently",
        "so-far",
        "at-present",
        "recent-months",
        "soon",
        "a-few-days",
        "since",
        "coming-days",
    ],
)
def test_vague_dates_keep_their_words(text):
    assert resolve_date(text, PUBLISHED) == DateInfo(None, None, text)


@pytest.mark.parametrize("text", ["on Thursday", "yesterday", "last week", "14 June"])
def test_unknown_publication_date_leaves_relative_dates_null(text):
    assert resolve_date(text, None) == DateInfo(None, None, text)


def test_explicit_year_needs_no_publication_date():
    assert resolve_date("5 October 2021", None) == DateInfo(
        "2021-10-05", "2021-10-05", "5 October 2021"
    )


@pytest.mark.parametrize(
    ("sentence", "start", "text"),
    [
        (
            "Belarusian guards stopped the group on Saturday near the river.",
            "2022-03-12",
            "on Saturday",
        ),
        (
            "The convoy crossed during the night of 9-10 March, officials said.",
            "2022-03-09",
            "during the night of 9-10 March",
        ),
        ("The minister spoke to reporters yesterday in Vilnius.", "2022-03-14", "yesterday"),
        ("Some 300 migrants are currently camped at the fence.", "2022-03-15", "currently"),
        ("The government imposed a 90-day curfew.", None, None),
        ("Troops were sent to the border.", None, None),
        ("Protesters recalled the disputed August 2020 vote.", None, None),
        ("The defence ministers will meet in Riga on Friday.", "2022-03-18", "on Friday"),
        ("Kyiv expects to receive the jets in early May.", "2022-05-01", "in early May"),
        ("Shelling hit the town overnight.", "2022-03-14", "overnight"),
    ],
    ids=[
        "weekday",
        "night-of",
        "yesterday",
        "currently",
        "duration-is-not-a-date",
        "no-date",
        "noun-modifier",
        "future-weekday",
        "future-month",
        "overnight",
    ],
)
def test_find_event_date(nlp, sentence, start, text):
    sent = next(iter(nlp(sentence).sents))
    info = find_event_date(sent, PUBLISHED)
    assert (info.start, info.text) == (start, text)


def test_anaphoric_dates_follow_the_earlier_sentence(nlp):
    doc = nlp(
        "Jets flew over the sea on Friday. Two ships were seen the same day. "
        "Officials reported it two days later."
    )
    sents = list(doc.sents)
    assert find_event_date(sents[1], PUBLISHED).start == "2022-03-11"
    assert find_event_date(sents[2], PUBLISHED).start == "2022-03-13"


def test_anchor_picks_the_nearest_expression(nlp):
    sentence = "Warsaw said on Monday that the fence was cut during the night of 2-3 March."
    sent = next(iter(nlp(sentence).sents))
    assert find_event_date(sent, PUBLISHED, anchor=sentence.index("said")).start == "2022-03-14"
    assert find_event_date(sent, PUBLISHED, anchor=sentence.index("cut")).start == "2022-03-02"


def test_date_mentions_are_document_offsets(nlp):
    doc = nlp("Intro sentence here. The drill ended on Sunday.")
    sent = list(doc.sents)[1]
    ((start, end, text),) = date_mentions(sent)
    assert doc.text[start:end] == text == "on Sunday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border tensions rise\n\nJane Doe\n3 March 2022\n\nPolish troops ...", "2022-03-03"),
        ("Headline\nPublished: March 4, 2022 10:15 CET\nBody text.", "2022-03-04"),
        ("Headline\n2022-03-05\nBody.", "2022-03-05"),
        ("Today, on March 19, officials found the body.", None),
        ("The talks on 4 March 2022 ended without a deal.", None),
    ],
    ids=["dateline", "published-label", "iso", "date-in-sentence", "date-in-body"],
)
def test_infer_published(nlp, text, expected):
    assert infer_published(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "duration"),
    [("30-day", True), ("five years", True), ("last year", False), ("2 March", False)],
)
def test_is_duration(text, duration):
    assert is_duration(text) is duration


_DATE_WORDS = st.sampled_from(
    [
        "on",
        "Monday",
        "last",
        "week",
        "the",
        "night",
        "of",
        "1-2",
        "March",
        "2021",
        "early",
        "yesterday",
        "this",
        "morning",
        "Sept.",
        "5.",
        "31",
        "February",
        "-",
        "since",
        "ago",
    ]
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(_DATE_WORDS, min_size=1, max_size=6),
    st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_resolve_date_never_raises(words, published):
    info = resolve_date(" ".join(words), published)
    assert (info.start is None) == (info.end is None)
    if info.start is not None and info.end is not None:
        assert info.start <= info.end


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=40), st.one_of(st.none(), st.just(PUBLISHED), st.just("garbage")))
def test_resolve_date_any_text(text, published):
    resolve_date(text, published)


def _dated(nlp: Any, text: str, word: str) -> DateInfo:
    doc = nlp(text)
    at = text.index(word)
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    sent = span.sent
    return find_event_date(sent, PUBLISHED, anchor=at)


@pytest.mark.parametrize(
    ("text", "word", "start"),
    [
        ("Some 40,000 troops are now based near the frontier.", "based", PUBLISHED),
        ("Two brigades are currently training in the north.", "training", PUBLISHED),
        (
            "Belarusian troops drilled near Brest last week, and we urge Minsk to stop.",
            "urge",
            None,
        ),
        (
            "Belarusian troops drilled near Brest last week, and we urge Minsk to stop.",
            "drilled",
            "2022-03-07",
        ),
        ("The battalions went back to barracks after manoeuvres in February.", "went", None),
        (
            "The battalions went back to barracks on Monday after manoeuvres in February.",
            "went",
            "2022-03-14",
        ),
        ("Troops arrived and set up camp on Sunday.", "arrived", "2022-03-13"),
        ("Now that the talks have failed, troops moved in on Sunday.", "moved", "2022-03-13"),
    ],
    ids=[
        "now",
        "currently",
        "conjunct-clause-own-subject",
        "date-stays-with-its-clause",
        "after-occasion",
        "own-date-beside-occasion",
        "shared-subject-conjuncts",
        "now-that-is-not-a-date",
    ],
)
def test_event_dates_by_clause(nlp, text, word, start):
    assert _dated(nlp, text, word).start == start


@pytest.mark.parametrize(
    ("text", "word", "start"),
    [
        (
            "Kremlin rejects claims of a troop build-up\n\nRussia's foreign ministry on Sunday "
            "dismissed the reports as lies. Minsk said nothing.",
            "rejects",
            "2022-03-13",
        ),
        (
            "Kremlin rejects claims of a troop build-up\n\nRussia's foreign ministry on Sunday "
            "dismissed the reports as lies. Minsk said nothing.",
            "build-up",
            None,
        ),
        (
            "Minister warns of new wave\n\nThe border was quiet.\n\nOn Friday the guards "
            "said more would come.",
            "warns",
            None,
        ),
    ],
    ids=["headline-speech-act", "headline-non-speech", "lead-paragraph-only"],
)
def test_headline_speech_acts_take_the_lead_date(nlp, text, word, start):
    doc = nlp(text)
    at = text.index(word)
    headline = doc.char_span(0, text.index("\n"), alignment_mode="contract")
    assert find_event_date(headline, PUBLISHED, anchor=at).start == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("since the beginning of March", "2022-03-01", PUBLISHED),
        ("since January", "2022-01-01", PUBLISHED),
        ("ever since Sunday", "2022-03-13", PUBLISHED),
        ("the beginning of February", "2022-02-01", "2022-02-10"),
        ("since the spring", None, None),
        ("since then", None, None),
        ("since next month", None, None),
    ],
    ids=[
        "since-beginning-of",
        "since-month",
        "ever-since-weekday",
        "beginning-of",
        "since-season-vague",
        "since-then",
        "since-future",
    ],
)
def test_since_runs_up_to_publication(text, start, end):
    info = resolve_date(text, PUBLISHED)
    assert (info.start, info.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "word", "start"),
    [
        (
            "Lukashenko, who met Putin on Friday, said on Monday that the border would reopen.",
            "said",
            "2022-03-14",
        ),
        (
            "Lukashenko, who met Putin on Friday, said on Monday that the border would reopen.",
            "met",
            "2022-03-11",
        ),
        (
            "The migrants, who arrived last week, were moved to a hangar on Sunday.",
            "moved",
            "2022-03-13",
        ),
        (
            "As the minister told us this morning, guards are still escorting groups to the "
            "fence every night.",
            "escorting",
            PUBLISHED,
        ),
    ],
    ids=[
        "relative-clause-date-is-not-the-main-verbs",
        "relative-clause-own-date",
        "main-verb-after-relative",
        "frequency-falls-back-to-the-occasion",
    ],
)
def test_own_clause_date_first(nlp, text, word, start):
    assert _dated(nlp, text, word).start == start


@pytest.mark.parametrize(
    "phrase",
    [
        "on the night of 3-4 March",
        "in Sept. 12, 2021",
        "in mid-August",
        "in December 2021",
        "just last weekend",
        "on Saturday's evening",
        "this afternoon",
        "in the same 24-hour period",
        "two days later",
        "right now",
        "Overnight",
        "Currently",
    ],
)
def test_every_date_pattern_has_a_hint_word(phrase: str) -> None:
    from flashpoint.extract.dates import _DATE_HINT, _DATE_SEARCH

    assert _DATE_SEARCH.search(phrase)
    assert _DATE_HINT.search(phrase)
