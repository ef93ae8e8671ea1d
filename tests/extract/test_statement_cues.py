"""Statement cues beyond the common verbs, by factuality, on new sentences of our own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from flashpoint.config import Settings
from flashpoint.extract import Resources, load_resources
from flashpoint.extract.actors import find_actors
from flashpoint.extract.statements import extract_statements
from flashpoint.records import Statement

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    from flashpoint.nlp import load_nlp

    loaded: Language = load_nlp("en_core_web_sm")
    return loaded


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources(Settings(data_dirs=()))


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
        "The Estonian prime minister proposed to hold the talks in Tallinn.",
        "proposed",
        "asserted",
        "to hold the talks in Tallinn",
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
]


@pytest.mark.parametrize("text", NOT_STATEMENTS, ids=[t.split()[1] for t in NOT_STATEMENTS])
def test_no_statement(nlp: Language, resources: Resources, text: str) -> None:
    assert statements_of(nlp, resources, text) == []
