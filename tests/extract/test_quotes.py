"""The quote finder: marks opened and closed, over sentences, paragraphs and bad input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashpoint.extract.quotes import find_quotes


def _contents(text: str) -> list[str]:
    return [text[q.content_start : q.content_end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The ferry will sail," she said.', ["The ferry will sail"]),
        ("“The ferry will sail,” she said.", ["The ferry will sail"]),
        ('He said: "Nothing moved tonight."', ["Nothing moved tonight."]),
        ('They want "calm" and "order".', ["calm", "order"]),
        ("“One. Two. Three.” Then silence.", ["One. Two. Three."]),
        ("He said “we are 'fully' ready” again.", ["we are 'fully' ready"]),
        ('He said "we will see\n\nThe next day came.', ["we will see"]),
        ("“First part\n\n“second part.”", ["First part\n\n“second part."]),
        ("“the first line of\n\nthe second line.”", ["the first line of\n\nthe second line."]),
        ("A stray” closer and “an open one", ["an open one"]),
        ("No quotes at all.", []),
        ('Ends with an open mark "', []),
        ("«Nous restons», dit-il.", ["Nous restons"]),
        ("\u2018We hold,\u2019 she said. \u2018Always.\u2019", ["We hold", "Always."]),
        ("Minsk\u2019s guards\u2019 huts stood empty.", []),
        ("The \u201890s were calm.", []),
    ],
    ids=[
        "straight-comma-dropped",
        "curly",
        "colon-introduced",
        "two-fragments",
        "multi-sentence",
        "single-quotes-nested",
        "unclosed-to-paragraph-end",
        "paragraph-continuation",
        "closed-in-next-paragraph",
        "stray-closer-ignored",
        "none",
        "lone-mark",
        "guillemets",
        "curly-single-british",
        "apostrophes-are-not-quotes",
        "unclosed-single-ignored",
    ],
)
def test_find_quotes(text: str, expected: list[str]) -> None:
    assert _contents(text) == expected


def test_unclosed_quote_is_marked_open() -> None:
    (quote,) = find_quotes('She warned: "the gates stay shut')
    assert not quote.closed
    assert quote.end == len('She warned: "the gates stay shut')


def test_closed_quote_spans_its_marks() -> None:
    text = 'x "abc" y'
    (quote,) = find_quotes(text)
    assert (quote.start, quote.end) == (2, 7)
    assert quote.contains(3, 6)
    assert not quote.contains(1, 6)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,:\n\"“”«»'-\u2013")), max_size=80) | st.text())
def test_quotes_never_fail_and_stay_inside(text: str) -> None:
    for quote in find_quotes(text):
        assert 0 <= quote.start <= quote.content_start <= quote.content_end <= quote.end
        assert quote.end <= len(text)
