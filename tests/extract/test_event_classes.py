"""Events: verb and noun classes per PLOVER type, and general argument constructions.

New sentences of my own (not from any corpus). The fixtures and the small actor stand-in
come from `test_events`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract import test_events as base
from tests.extract.test_events import _events, _summary


@pytest.fixture(scope="module")
def nlp() -> Any:
    from flashpoint.nlp import load_nlp

    return load_nlp("en_core_web_sm")


@pytest.fixture(scope="module")
def lexicon() -> Any:
    from flashpoint.extract.events import load_event_lexicon

    return load_event_lexicon()


@pytest.fixture(scope="module", autouse=True)
def _gazetteer() -> None:
    from flashpoint.extract.places import load_gazetteer

    base._GAZETTEER[:] = [load_gazetteer()]


# ---------------------------------------------------------------------------
# people forced across a border; plans by someone; deception as the means of a purpose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polish guards drove them back to the Belarusian side at night.",
         {("COERCE", "deport", "POL-COP", "UNK-REF", "occurred")}),
        ("Latvian soldiers carried the migrants across the frontier.",
         {("COERCE", "deport", "LVA-MIL", "UNK-REF", "occurred")}),
        ("Lithuanian guards escorted the family to the Belarusian side.",
         {("COERCE", "deport", "LTU-COP", "UNK-REF", "occurred")}),
        ("Estonian guards marched the refugees back towards Russia.",
         {("COERCE", "deport", "EST-COP", "UNK-REF", "occurred")}),
        ("Polish soldiers forced the family back across the border.",
         {("COERCE", "deport", "POL-MIL", "UNK-REF", "occurred")}),
        ("Belarus drove the migrants to the Latvian border.",
         {("COERCE", None, "BLR-GOV", "LVA", "occurred")}),
    ],
    ids=["drove-back-to-the-side", "carried-across-the-frontier", "escorted-to-the-side",
         "marched-back", "forced-back-across", "drove-to-a-border-is-not-a-pushback"],
)  # fmt: skip
def test_people_forced_across_a_border(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected


def test_pronoun_in_a_pushback_is_the_people_named_before(nlp: Any, lexicon: Any) -> None:
    text = "Twelve refugees reached the fence. Polish guards then took them back."
    found = _summary(_events(nlp, lexicon, text))
    assert found == {("COERCE", "deport", "POL-COP", "UNK-REF", "occurred")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials described a plot by Moscow to weaken Latvia by spreading false information.",
         {("COERCE", "misinformation", "RUS-GOV", "LVA-GOV", "occurred")}),
        ("Russia's attempt to isolate Lithuania by feeding fake news to its voters failed.",
         {("COERCE", "misinformation", "RUS-GOV", "LTU-GOV", "occurred")}),
        ("Belarusian officials lied to the refugees about the border.",
         {("COERCE", "misinformation", "BLR-GOV", "UNK-REF", "occurred")}),
        ("Latvia and Estonia condemned a scheme by Minsk to unsettle their economies by "
         "falsely telling migrants that the border was open.",
         {("ACCUSE", "disapprove", "LVA-GOV", "BLR-GOV", "occurred"),
          ("ACCUSE", "disapprove", "EST-GOV", "BLR-GOV", "occurred"),
          ("COERCE", "misinformation", "BLR-GOV", "EST-GOV", "occurred")}),
    ],
    ids=["plot-by-x-to-weaken-by-spreading", "attempt-of-x-by-feeding-fake-news", "lied-to",
         "their-economies-is-the-last-country"],
)  # fmt: skip
def test_plans_by_someone_and_deception(
    nlp: Any, lexicon: Any, text: str, expected: set[Any]
) -> None:
    assert _summary(_events(nlp, lexicon, text)) == expected
