"""Statement cues beyond the common verbs, by factuality, on new sentences of our own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from flashpoint.extract import Resources
from flashpoint.extract.actors import find_actors
from flashpoint.extract.statements import extract_statements
from flashpoint.records import Statement

if TYPE_CHECKING:
    from spacy.language import Language


def statements_of(nlp: Language, resources: Resources, text: str) -> list[Statement]:
    doc = nlp(text)
    actors = find_actors(doc, resources.actors, published="2021-11-15", outlet="Probe Wire")
    return extract_statements(doc, actors=actors, cues=resources.cues)


# (text, cue, factuality, content)
CUED = [
    (
        "A Pentagon official briefed reporters that 2,500 paratroopers were on standby.",
        "briefed",
        "asserted",
        "2,500 paratroopers were on standby",
    ),
    (
        "The Belarusian border committee posted on Telegram that a patrol had found a tent.",
        "posted",
        "asserted",
        "a patrol had found a tent",
    ),
    (
        "The Kremlin brushed off suggestions that it was preparing a winter offensive.",
        "brushed off",
        "denied",
        "suggestions that it was preparing a winter offensive",
    ),
    (
        "Lavrov scoffed at reports that Moscow had lost contact with Minsk.",
        "scoffed at",
        "denied",
        "reports that Moscow had lost contact with Minsk",
    ),
    (
        "The Lithuanian foreign minister recounted that the convoy had waited for nine hours.",
        "recounted",
        "asserted",
        "the convoy had waited for nine hours",
    ),
    (
        "Zelensky asked whether Europe would still be united in a year.",
        "asked",
        "asserted",
        "whether Europe would still be united in a year",
    ),
    (
        "Peskov waved away the report as a fabrication.",
        "waved away",
        "denied",
        "the report as a fabrication",
    ),
]


@pytest.mark.parametrize(("text", "cue", "factuality", "content"), CUED, ids=[c[1] for c in CUED])
def test_cued_statement(
    nlp: Language, resources: Resources, text: str, cue: str, factuality: str, content: str
) -> None:
    found = [s for s in statements_of(nlp, resources, text) if s.cue == cue]
    assert [(s.factuality, s.content) for s in found] == [(factuality, content)]


NOT_STATEMENTS = [
    # a denial or dismissal whose object only names something said: a REJECT event only
    "Minsk rejected the version given by the Lithuanian guards.",
    "The Kremlin dismissed the idea of a buffer zone that would exclude Russia.",
    "Warsaw flatly rejected the ultimatum.",
    # "threatened to" is a THREATEN event, "is rumoured to" a hedge without a source
    "Belarusian soldiers threatened to fire on the Polish patrol.",
    # a proposal is a possible event (dev notes), not a statement
    "The Estonian government proposed sending 300 engineers to the border.",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS, ids=[t.split()[1] for t in NOT_STATEMENTS])
def test_no_statement(nlp: Language, resources: Resources, text: str) -> None:
    assert statements_of(nlp, resources, text) == []


MORE_NOT_STATEMENTS = [
    # an announced noun phrase is the event, not a statement (a clause is one)
    "Belarus announced snap drills involving 8,000 troops near Grodno.",
    # a campaign headline's demand is addressed to the country, not said by it
    "Lithuania: Stop the pushbacks now\n\nThe report follows.",
    # the infinitive belongs to the noun: "refused its requests [to visit]"
    "Polish officials refused all of the agency's requests to visit the zone.",
]


@pytest.mark.parametrize(
    "text", MORE_NOT_STATEMENTS, ids=["announced-np", "demand-headline", "requests-to"]
)
def test_more_non_statements(nlp: Language, resources: Resources, text: str) -> None:
    assert statements_of(nlp, resources, text) == []


def test_announced_clause_is_a_statement(nlp: Language, resources: Resources) -> None:
    found = statements_of(nlp, resources, "Belarus announced that 8,000 troops would take part.")
    assert [(s.cue, s.content) for s in found] == [("announced", "8,000 troops would take part")]


def test_according_to_people(nlp: Language, resources: Resources) -> None:
    text = "Two men have died near the fence, according to hospital staff in Grodno."
    found = statements_of(nlp, resources, text)
    assert [(s.speaker.actor, s.content) for s in found] == [
        ("BLR-CVL", "Two men have died near the fence")
    ]
