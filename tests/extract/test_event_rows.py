"""Events from lexicon rows added at the end of the third session (new sentences of our own):
troops heading back, readiness, refused entry, confinement, the blame laid on someone, hurt.
Run through the whole extractor, as a user's report would be."""

from __future__ import annotations

from typing import Any

import pytest

from flashpoint.config import Settings
from flashpoint.pipeline import Extractor
from flashpoint.records import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Settings(data_dirs=()))


def _events(extractor: Extractor, text: str) -> set[tuple[Any, ...]]:
    (record,) = extractor([Document.from_text(text, file="probe.txt", published="2021-11-10")])
    return {(e.type, e.mode, e.source, e.target, e.status) for e in record.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The armoured units are heading back to their garrisons, Belarus's army said.",
         ("RETREAT", "withdraw", "BLR-MIL", None, "occurred")),
        ("Russian troops moved back from the frontier on Friday.",
         ("RETREAT", "withdraw", "RUS-MIL", None, "occurred")),
        ("Latvia placed its army units on combat readiness.",
         ("MOBILIZE", "troops", "LVA-MIL", None, "occurred")),
        ("Lithuania refused entry to four Belarusian reporters.",
         ("COERCE", "restrict", "LTU-GOV", "BLR-MED", "occurred")),
        ("The refugees are confined to a fenced camp, the Lithuanian border guard said.",
         ("COERCE", "arrest", "LTU-COP", "UNK-REF", "occurred")),
        ("The Belarusian foreign ministry pinned the blame on Lithuania.",
         ("ACCUSE", "allege", "BLR-GOV", "LTU", "occurred")),
    ],
    ids=["heading-back", "moved-back", "combat-readiness", "refused-entry", "confined",
         "pinned-the-blame"],
)  # fmt: skip
def test_new_rows_give_their_event(
    extractor: Extractor, text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _events(extractor, text)


def test_refusing_to_act_is_still_a_rejection(extractor: Extractor) -> None:
    found = _events(extractor, "Estonia refused to sign the joint statement.")
    assert ("REJECT", None, "EST-GOV", None, "occurred") in found
    assert not any(e[0] == "COERCE" for e in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nine people were taken into custody near the crossing, Lithuanian police said.",
         "LTU-COP"),
        ("Four Afghans were placed in detention, the Polish Border Guard said.", "POL-COP"),
    ],
    ids=["taken-into-custody", "placed-in-detention"],
)  # fmt: skip
def test_an_agentless_custody_is_the_reporting_agencys(
    extractor: Extractor, text: str, source: str
) -> None:
    found = {e for e in _events(extractor, text) if e[0] == "COERCE"}
    assert {(e[1], e[2], e[4]) for e in found} == {("arrest", source, "occurred")}


def test_a_detention_noun_with_no_clause_of_its_own_gets_no_home_police(
    extractor: Extractor,
) -> None:
    found = _events(extractor, "The detention of the activists was condemned by the council.")
    assert not any(e[0] == "COERCE" and e[2] and e[2].endswith("-COP") for e in found)


def test_whom_an_agentless_custody_holds_is_its_target(extractor: Extractor) -> None:
    text = "Twelve migrants were taken into custody, Latvian police said."
    found = {e for e in _events(extractor, text) if e[0] == "COERCE"}
    assert found == {("COERCE", "arrest", "LVA-COP", "UNK-REF", "occurred")}
