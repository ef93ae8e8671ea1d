"""Quantities: whose forces a count is, from the clause it hangs in (new sentences of our own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from flashpoint.extract import Resources
from flashpoint.extract.actors import find_actors
from flashpoint.extract.quantities import extract_quantities
from flashpoint.extract.statements import extract_statements
from flashpoint.records import Quantity

if TYPE_CHECKING:
    from spacy.language import Language


def quantities_of(nlp: Language, resources: Resources, text: str) -> dict[str, Quantity]:
    doc = nlp(text)
    actors = find_actors(doc, resources.actors, published="2022-01-20", outlet="Probe Wire")
    statements = extract_statements(doc, actors=actors, cues=resources.cues)
    found = extract_quantities(doc, units=resources.units, actors=actors, statements=statements)
    return {q.text: q for q in found}


OWNERS = [
    ("Britain has flown 1,500 anti-tank launchers to Kyiv.", "1,500 anti-tank launchers", "GBR"),
    (
        "Belarus's army announced exercises involving 4,000 troops near Brest.",
        "4,000 troops",
        "BLR",
    ),
    (
        "Lithuania accused Minsk of gathering 300 vehicles near the frontier.",
        "300 vehicles",
        "BLR",
    ),
    ("Russia has moved 60 tanks and 14 howitzers toward Kharkiv.", "14 howitzers", "RUS"),
    (
        "Russia fired 25 drones at Odesa overnight. Air defence units downed 22 drones.",
        "22 drones",
        "RUS",
    ),
    ("Estonia plans to send 120 soldiers to Latvia next month.", "120 soldiers", "EST"),
]


@pytest.mark.parametrize(("text", "phrase", "entity"), OWNERS, ids=[o[1] for o in OWNERS])
def test_owner_from_the_acting_party(
    nlp: Language, resources: Resources, text: str, phrase: str, entity: str
) -> None:
    quantity = quantities_of(nlp, resources, text)[phrase]
    assert quantity.of is not None and quantity.of.split("-")[0] == entity


NOT_THE_SUBJECTS = [
    # the speaker of a clause is not the owner of the forces the clause counts
    ("Latvian officials said 80,000 troops were massed near the border.", "80,000 troops"),
    # shooting down counts the other side's drones
    ("Polish air defences shot down 12 drones over the weekend.", "12 drones"),
    # several parties together: an aggregate
    ("Poland and Lithuania have sent 9,000 soldiers to the border.", "9,000 soldiers"),
]


@pytest.mark.parametrize(("text", "phrase"), NOT_THE_SUBJECTS, ids=[n[1] for n in NOT_THE_SUBJECTS])
def test_no_owner_from_other_subjects(
    nlp: Language, resources: Resources, text: str, phrase: str
) -> None:
    quantity = quantities_of(nlp, resources, text)[phrase]
    assert quantity.of is not None and quantity.of.startswith("UNK")


def test_owner_of_forces_in_an_accusation(nlp: Language, resources: Resources) -> None:
    text = "He accused the alliance of keeping 6,000 troops in Romania."
    assert quantities_of(nlp, resources, text)["6,000 troops"].of == "NATO"


def test_owner_of_a_blocked_transfer(nlp: Language, resources: Resources) -> None:
    text = "Berlin continues to block Latvia from handing 12 old howitzers to Kyiv."
    assert quantities_of(nlp, resources, text)["12 old howitzers"].of == "LVA-MIL"


def test_origin_is_not_the_owner(nlp: Language, resources: Resources) -> None:
    text = "Finland will hand 20 howitzers of Soviet origin to Ukraine."
    assert quantities_of(nlp, resources, text)["20 howitzers"].of == "FIN-MIL"


RELATIVE_OWNERS = [
    (
        "Russia keeps shelling the port, with more than 60 drones launched on Sunday alone.",
        "more than 60 drones",
        "RUS-MIL",
    ),
    (
        "Compare that with Norway, whose planes have flown 900 anti-tank weapons to Poland.",
        "900 anti-tank weapons",
        "NOR-MIL",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "of"), RELATIVE_OWNERS, ids=["with", "whose"])
def test_owner_through_participles_and_relatives(
    nlp: Language, resources: Resources, text: str, phrase: str, of: str
) -> None:
    assert quantities_of(nlp, resources, text)[phrase].of == of


def test_instrument_of_an_attack_is_the_attackers(nlp: Language, resources: Resources) -> None:
    text = "Russia continues to attack the grid, with 80 drones launched overnight."
    assert quantities_of(nlp, resources, text)["80 drones"].of == "RUS-MIL"


def test_announced_counts_are_the_announcers(nlp: Language, resources: Resources) -> None:
    text = "Belarus's army announced snap drills involving 8,000 troops near Grodno."
    quantity = quantities_of(nlp, resources, text)["8,000 troops"]
    assert (quantity.of, quantity.claimed_by) == ("BLR-MIL", "BLR-MIL")
