"""Statement speakers the actor registry cannot name: datelines, titled strangers, NGOs.

New sentences of our own (none from a corpus), run through the actor index and the
statement rules together, as extraction runs them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from flashpoint.config import Settings
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


# (text, content starts with, speaker actor, speaker name)
SPEAKERS = [
    (
        "TALLINN, Nov 15 (Probe Wire) - Deputy Interior Minister Mart Kask said 30 people had "
        "been turned back at the crossing.",
        "30 people",
        "EST-GOV",
        "Mart Kask",
    ),
    (
        "ŁÓDŹ, Poland, Nov 14 (Probe Wire) - Guards found a car abandoned near the fence.\n\n"
        "A police spokesman, Jan Nowak, said the driver had fled into the forest.",
        "the driver",
        "POL-COP",
        "Jan Nowak",
    ),
    (
        "(Tallinn, 3 May 2022) \u2013 Officers stopped a van carrying 12 people, the minister "
        "told reporters.",
        "Officers stopped",
        "EST-GOV",
        None,
    ),
    (
        "Drones hit a depot overnight\n\nKHARKIV \u2014 A fire broke out at the depot, regional "
        "governor Ivan Petrenko said.",
        "A fire broke out",
        "UKR-GOV",
        "Ivan Petrenko",
    ),
    (
        "Guards have kept 40 families in tents for a month, the Vilnius Human Rights Institute "
        "said on Friday.",
        "Guards have kept",
        "LTU-CVL",
        "Vilnius Human Rights Institute",
    ),
    (
        "WARSAW, Nov 2 (Probe Wire) - The Free Border Action group said its volunteers had "
        "handed out blankets.",
        "its volunteers",
        "POL-CVL",
        "Free Border Action",
    ),
]


@pytest.mark.parametrize(
    ("text", "content", "actor", "name"), SPEAKERS, ids=[s[2] + ":" + s[1] for s in SPEAKERS]
)
def test_speaker_from_context(
    nlp: Language, resources: Resources, text: str, content: str, actor: str, name: str | None
) -> None:
    found = [s for s in statements_of(nlp, resources, text) if s.content.startswith(content)]
    assert found, statements_of(nlp, resources, text)
    assert found[0].speaker.actor == actor
    assert found[0].speaker.name == name


def test_organisation_referred_back(nlp: Language, resources: Resources) -> None:
    text = (
        "The Narva Refugee Support Centre said 15 asylum seekers had been sent back. "
        '"This breaks the law," the Centre said.'
    )
    statements = statements_of(nlp, resources, text)
    assert [s.speaker.name for s in statements] == ["Narva Refugee Support Centre"] * 2
    assert all(s.speaker.actor == "EST-CVL" for s in statements)


def test_city_inside_an_organisations_name_is_not_the_speaker(
    nlp: Language, resources: Resources
) -> None:
    statements = statements_of(
        nlp, resources, "Pushbacks must stop, the Riga Foundation for Human Rights said."
    )
    assert [(s.speaker.actor, s.speaker.name) for s in statements] == [
        ("LVA-CVL", "Riga Foundation for Human Rights")
    ]


# (text, content starts with, speaker actor, speaker name): people and groups as speakers
PEOPLE = [
    (
        "Journalists met 40 migrants in the forest. Nine of them said guards had taken their "
        "phones, and five said they had been beaten.",
        "they had been beaten",
        "UNK-REF",
        None,
    ),
    ("Villagers in Narva say the patrols pass every hour.", "the patrols", "EST-CVL", None),
    (
        "Officials in the Podlasie region said the clinic had run out of beds.",
        "the clinic",
        "POL-GOV",
        None,
    ),
    (
        "Three sources in the Latvian government said the decree was ready.",
        "the decree",
        "LVA-GOV",
        None,
    ),
    (
        "Paramedics from the Baltic Night Rescue group say the families are exhausted.",
        "the families",
        "UNK-CVL",
        "Baltic Night Rescue",
    ),
]


@pytest.mark.parametrize(
    ("text", "content", "actor", "name"), PEOPLE, ids=[s[2] + ":" + s[1] for s in PEOPLE]
)
def test_people_as_speakers(
    nlp: Language, resources: Resources, text: str, content: str, actor: str, name: str | None
) -> None:
    found = [s for s in statements_of(nlp, resources, text) if s.content.startswith(content)]
    assert [(s.speaker.actor, s.speaker.name) for s in found] == [(actor, name)]


def test_which_he_called_is_what_he_called_it(nlp: Language, resources: Resources) -> None:
    text = (
        "Stoltenberg said the drills had drawn 20,000 troops, which he called the largest "
        "exercise in a decade."
    )
    found = {s.cue: s.content for s in statements_of(nlp, resources, text)}
    assert found == {
        "said": "the drills had drawn 20,000 troops",
        "called": "the largest exercise in a decade",
    }


BODIES = [
    (
        "In Tallinn, the state intelligence directorate said two ships had entered the bay.",
        "two ships",
        "EST-GOV",
    ),
    (
        "The Latvian military intelligence directorate said 14 helicopters had landed.",
        "14 helicopters",
        "LVA-MIL",
    ),
    (
        "The charity interviewed 31 people, most of them from Yemen and Sudan. Twelve of them "
        "said guards had taken their phones.",
        "guards had taken",
        "UNK-REF",
    ),
]


@pytest.mark.parametrize(("text", "content", "actor"), BODIES, ids=[b[2] for b in BODIES])
def test_state_bodies_and_groups(
    nlp: Language, resources: Resources, text: str, content: str, actor: str
) -> None:
    found = [s for s in statements_of(nlp, resources, text) if s.content.startswith(content)]
    assert [s.speaker.actor for s in found] == [actor]


def test_police_of_unknown_country_are_the_reports(nlp: Language, resources: Resources) -> None:
    text = (
        "Polish activists said the camp was cold. Polish medics said two children were ill. "
        "According to the Border Guard's figures, 300 attempts to cross were stopped."
    )
    found = statements_of(nlp, resources, text)
    assert [s.speaker.actor for s in found if s.cue == "According to"] == ["POL-COP"]


NAMED_PEOPLE = [
    ('"We walked for nine days," said Karim, a 30-year-old Afghan refugee.', "AFG-REF", "Karim"),
    (
        'VILNIUS, Aug 2 (Probe Wire) - "The guards were polite," said Rasa, a local pensioner.',
        "LTU-CVL",
        "Rasa",
    ),
]


@pytest.mark.parametrize(("text", "actor", "name"), NAMED_PEOPLE, ids=["refugee", "pensioner"])
def test_first_name_with_a_description(
    nlp: Language, resources: Resources, text: str, actor: str, name: str
) -> None:
    found = statements_of(nlp, resources, text)
    assert [(s.speaker.actor, s.speaker.name) for s in found] == [(actor, name)]


def test_a_spokeswoman_is_not_the_minister_named_before(
    nlp: Language, resources: Resources
) -> None:
    text = (
        "Defence Minister Hanno Pevkur visited Narva on Monday. Police detained two men who had "
        "filmed the drones, a spokeswoman said."
    )
    found = [s for s in statements_of(nlp, resources, text) if s.content.startswith("Police")]
    assert [s.speaker.name for s in found] == [None]


def test_sources_close_to_a_government(nlp: Language, resources: Resources) -> None:
    found = statements_of(nlp, resources, "Sources close to the Kremlin said the order was ready.")
    assert [s.speaker.actor for s in found] == ["RUS-GOV"]


def test_unconfirmed_reports_are_unnamed_media(nlp: Language, resources: Resources) -> None:
    found = statements_of(nlp, resources, "Unconfirmed reports said 12 tanks had crossed.")
    assert [(s.speaker.actor, s.factuality) for s in found] == [("UNK-MED", "claimed")]


def test_speaker_nouns_are_data_users_can_extend(tmp_path: Path) -> None:
    from flashpoint.extract.statement_cues import load_cue_lexicon

    shipped = load_cue_lexicon(Settings(data_dirs=()))
    assert shipped.people["eyewitness"] == "CVL"
    assert shipped.organisations["foundation"] == "CVL"
    (tmp_path / "speaker_nouns.csv").write_text(
        "word,kind,sector\nfisherman,people,CVL\nfoundation,organisation,\n", encoding="utf-8"
    )
    extended = load_cue_lexicon(Settings(data_dirs=(tmp_path,)))
    assert extended.people["fisherman"] == "CVL"
    assert "foundation" not in extended.organisations  # an empty sector drops a word


def test_a_bad_speaker_noun_row_names_the_file(tmp_path: Path) -> None:
    from flashpoint.errors import ConfigError
    from flashpoint.extract.statement_cues import load_cue_lexicon

    (tmp_path / "speaker_nouns.csv").write_text(
        "word,kind,sector\nfisherman,crowd,CVL\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"speaker_nouns\.csv: row 2"):
        load_cue_lexicon(Settings(data_dirs=(tmp_path,)))
