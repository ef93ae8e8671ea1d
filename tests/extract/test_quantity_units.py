"""Quantities: units beyond troops and migrants, on new sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from flashpoint.extract.actors import ActorIndex
from flashpoint.extract.quantities import UnitLexicon, extract_quantities, load_unit_lexicon


@pytest.fixture(scope="module")
def units() -> UnitLexicon:
    return load_unit_lexicon()


UNITS = [
    ("Latvia has registered 640 asylum applications since August.", "640 asylum applications",
     "migrants"),
    ("Estonia logged 90 asylum claims at the crossing.", "90 asylum claims", "migrants"),
    ("A column of 35 armoured personnel carriers left Brest.", "35 armoured personnel carriers",
     "vehicles"),
    ("The convoy carried 120 pieces of equipment to the range.", "120 pieces of equipment",
     "vehicles"),
    ("The package includes 800 anti-tank weapons.", "800 anti-tank weapons", "weapons"),
    ("Satellites counted 14 combat aircraft on the apron.", "14 combat aircraft", "aircraft"),
    ("Crews fired 300 artillery shells overnight.", "300 artillery shells", "weapons"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "unit"), UNITS, ids=[u[1] for u in UNITS])
def test_unit(nlp: Any, units: UnitLexicon, text: str, phrase: str, unit: str) -> None:
    found = extract_quantities(nlp(text), units=units, actors=ActorIndex([]), statements=[])
    assert [(q.text, q.unit) for q in found] == [(phrase, unit)]


NOT_QUANTITIES = [
    "The new fence runs for 130 kilometres along the river.",
    "The ministry will spend 400 million euros on the barrier.",
    "Some 40 percent of the applications were rejected.",
    "Leaders of 31 countries met in Paris.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES, ids=[t.split()[1] for t in NOT_QUANTITIES])
def test_not_a_quantity(nlp: Any, units: UnitLexicon, text: str) -> None:
    assert extract_quantities(nlp(text), units=units, actors=ActorIndex([]), statements=[]) == []


MORE_UNITS = [
    ("At least one woman has died in the forest.", "At least one woman", "dead"),
    ("The blast injured 14 workers at the depot.", "14 workers", "injured"),
    ("Berlin pledged Four thousand helmets.", "Four thousand helmets", "other"),
    ("NATO keeps eight battlegroups in the east.", "eight battlegroups", "troops"),
]


@pytest.mark.parametrize(("text", "phrase", "unit"), MORE_UNITS, ids=[u[1] for u in MORE_UNITS])
def test_more_units(nlp: Any, units: UnitLexicon, text: str, phrase: str, unit: str) -> None:
    found = extract_quantities(nlp(text), units=units, actors=ActorIndex([]), statements=[])
    assert [(q.text, q.unit) for q in found] == [(phrase, unit)]


def test_civilians_harmed_belong_to_the_place(nlp: Any, units: UnitLexicon) -> None:
    text = "A drone strike on a warehouse in Kharkiv injured 14 workers."
    found = extract_quantities(nlp(text), units=units, actors=ActorIndex([]), statements=[])
    assert [(q.unit, q.of) for q in found] == [("injured", "UKR-CVL")]
