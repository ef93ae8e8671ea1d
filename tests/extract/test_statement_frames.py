"""Statement frames: colon attributions, "cited by" chains, closing frames, unproven claims,
members of a named organisation. New sentences of our own, none from a corpus."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from flashpoint.extract import Resources
from flashpoint.extract.actors import find_actors
from flashpoint.extract.statements import extract_statements
from flashpoint.records import Statement

if TYPE_CHECKING:
    from spacy.language import Language


def brief(nlp: Language, resources: Resources, text: str) -> list[tuple[str | None, ...]]:
    doc = nlp(text)
    actors = find_actors(doc, resources.actors, published="2021-11-15", outlet="Probe Wire")
    found: list[Statement] = extract_statements(doc, actors=actors, cues=resources.cues)
    return [(s.speaker.actor, s.speaker.name, s.cue, s.factuality, s.content) for s in found]


FRAMES = [
    (
        "Lithuania's interior minister spoke to MPs on Friday.\n\n"
        'Landsbergis: "The regime in Minsk uses people as weapons."',
        [("LTU-GOV", "Gabrielius Landsbergis", ":", "asserted",
          "The regime in Minsk uses people as weapons.")],
    ),
    (
        "Lukashenko said Lithuanian guards had beaten two women, without providing evidence.",
        [("BLR-GOV", "Alexander Lukashenko", "said", "claimed",
          "Lithuanian guards had beaten two women")],
    ),
    (
        "Minsk claimed, without offering any proof, that the drones had come from Poland.",
        [("BLR-GOV", None, "claimed", "claimed", "the drones had come from Poland")],
    ),
    (
        "According to the Lithuanian border guard, cited by the BNS news agency, 75 people "
        "were turned back on Monday.",
        [
            ("LTU-COP", None, "According to", "claimed", "75 people were turned back on Monday"),
            ("UNK-MED", "BNS", "cited", "asserted", "75 people were turned back on Monday"),
        ],
    ),
    (
        "The Latvian State Border Guard said that 41 people had tried to cross, according "
        "to the LETA agency.",
        [
            ("LVA-MED", "LETA", "according to", "claimed",
             "The Latvian State Border Guard said that 41 people had tried to cross"),
            ("LVA-COP", None, "said", "claimed", "41 people had tried to cross"),
        ],
    ),
    (
        "Medics from the Kuznica Aid Network reached the camp at dawn.\n\n"
        '"Two of the children had fever," said the network\'s Olga Wiśniewska.',
        [("POL-CVL", "Olga Wiśniewska", "said", "asserted", "Two of the children had fever")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRAMES, ids=[e[0][2] for _, e in FRAMES])
def test_frames(
    nlp: Language, resources: Resources, text: str, expected: list[tuple[str | None, ...]]
) -> None:
    assert brief(nlp, resources, text) == expected


def test_transcript_label_is_the_outlets_voice(nlp: Language, resources: Resources) -> None:
    text = 'MR SMITH: "Good afternoon," and welcome to the briefing.'
    assert brief(nlp, resources, text) == []


def test_next_cue_run_into_a_clause_is_its_own_statement(
    nlp: Language, resources: Resources
) -> None:
    text = (
        "The Latvian State Border Guard said its officers had not used force and branded the "
        'Belarusian report "pure invention".'
    )
    assert [(s[2], s[4]) for s in brief(nlp, resources, text)] == [
        ("said", "its officers had not used force"),
        ("branded", 'the Belarusian report "pure invention"'),
    ]


def test_bare_object_of_blame_is_no_statement(nlp: Language, resources: Resources) -> None:
    assert brief(nlp, resources, "Vilnius blamed Minsk.") == []
    found = brief(nlp, resources, "Vilnius blamed Minsk for the surge in crossings.")
    assert [s[4] for s in found] == ["Minsk for the surge in crossings"]


MORE_FRAMES = [
    (
        "Moscow says no troops near Kharkiv\n\nThe Kremlin spoke on Friday.",
        [("RUS-GOV", None, "says", "asserted", "no troops near Kharkiv")],
    ),
    (
        "The Lithuanian defence minister said on Monday the drills would end in March.",
        [("LTU-GOV", "Arvydas Anušauskas", "said", "asserted", "the drills would end in March")],
    ),
    (
        "The patrols, Lithuanian border guard chief Rustamas Liubajevas told reporters, would "
        "continue all winter.",
        [("LTU-COP", "Rustamas Liubajevas", "told", "asserted",
          "The patrols, Lithuanian border guard chief Rustamas Liubajevas told reporters, "
          "would continue all winter")],
    ),
    (
        "It was reported by the state news agency BelTA that 900 people had reached Grodno.",
        [("BLR-MED", "Belta", "reported", "asserted", "900 people had reached Grodno")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MORE_FRAMES, ids=[e[0][2] for _, e in MORE_FRAMES])
def test_more_frames(
    nlp: Language, resources: Resources, text: str, expected: list[tuple[str | None, ...]]
) -> None:
    assert brief(nlp, resources, text) == expected


def test_passive_accusation_is_aimed_at_its_subject(nlp: Language, resources: Resources) -> None:
    doc = nlp("Vilnius was accused by Minsk of pushing migrants back into the forest.")
    actors = find_actors(doc, resources.actors, published="2021-11-15", outlet="Probe Wire")
    found = extract_statements(doc, actors=actors, cues=resources.cues)
    assert [(s.speaker.actor, s.target) for s in found] == [("BLR-GOV", "LTU")]


def test_parenthetical_before_that_is_not_content(nlp: Language, resources: Resources) -> None:
    text = "The Latvian defence ministry said, citing radar data, that two drones had crossed."
    assert [s[4] for s in brief(nlp, resources, text)] == ["two drones had crossed"]


ACCORDING = [
    # the report's own officials: neutral sourcing
    (
        "RIGA, Oct 2 (Probe Wire) - According to the Latvian interior ministry, 70 people were "
        "turned back on Sunday.",
        "asserted",
    ),
    # the other side's account in a datelined report: the outlet keeps its distance
    (
        "RIGA, Oct 2 (Probe Wire) - According to the Belarusian border committee, Latvian guards "
        "beat two men.",
        "claimed",
    ),
    # a dateline with the agency in brackets and no comma
    (
        "TARTU (Probe Agency) \u2013 According to the Russian embassy, the drones were Estonian.",
        "claimed",
    ),
]


@pytest.mark.parametrize(("text", "factuality"), ACCORDING, ids=["own", "other", "bracket"])
def test_according_to_by_side(
    nlp: Language, resources: Resources, text: str, factuality: str
) -> None:
    found = [s for s in brief(nlp, resources, text) if s[2] == "According to"]
    assert [s[3] for s in found] == [factuality]


def test_as_x_said_yesterday(nlp: Language, resources: Resources) -> None:
    text = "As the Estonian prime minister said yesterday, Estonia will not be blackmailed."
    assert [s[4] for s in brief(nlp, resources, text)] == ["Estonia will not be blackmailed"]
