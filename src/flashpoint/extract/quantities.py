"""Quantities: counts of troops, migrants, dead ... and who claims them.

PLACEHOLDER INTERFACE: the quantities work replaces the bodies.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from flashpoint.config import Settings
from flashpoint.records import Quantity, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from flashpoint.extract.actors import ActorIndex


class UnitLexicon:
    """Head nouns that make a number a quantity, with their unit (data file)."""


def load_unit_lexicon(settings: Settings | None = None) -> UnitLexicon:
    """Load the shipped unit lexicon, extended by the user's."""
    return UnitLexicon()


def extract_quantities(
    doc: Doc, *, units: UnitLexicon, actors: ActorIndex, statements: Sequence[Statement]
) -> list[Quantity]:
    """Return every count of people or equipment in `doc`, ids q1, q2, ... in text order."""
    return []
