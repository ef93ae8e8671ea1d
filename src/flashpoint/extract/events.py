"""Events: PLOVER types and modes, their source and target, status, date and place.

PLACEHOLDER INTERFACE: the events work replaces the bodies.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from flashpoint.config import Settings
from flashpoint.records import Event, Quantity, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from flashpoint.extract.actors import ActorIndex
    from flashpoint.extract.places import Gazetteer


class EventLexicon:
    """Trigger verbs and nouns for each PLOVER type and mode (data file)."""


def load_event_lexicon(settings: Settings | None = None) -> EventLexicon:
    """Load the shipped event lexicon, extended by the user's."""
    return EventLexicon()


def extract_events(
    doc: Doc,
    *,
    lexicon: EventLexicon,
    actors: ActorIndex,
    statements: Sequence[Statement],
    quantities: Sequence[Quantity],
    gazetteer: Gazetteer,
    published: str | None,
) -> list[Event]:
    """Return every PLOVER event of `doc`, ids e1, e2, ... in text order."""
    return []
