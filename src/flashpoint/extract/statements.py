"""Statements: quotations, reported speech and attributions, with their factuality.

PLACEHOLDER INTERFACE: the statements work replaces the bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.config import Settings
from flashpoint.records import Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from flashpoint.extract.actors import ActorIndex


class CueLexicon:
    """Reporting verbs and attribution cues with their factuality (data file)."""


def load_cue_lexicon(settings: Settings | None = None) -> CueLexicon:
    """Load the shipped cue lexicon, extended by the user's."""
    return CueLexicon()


def extract_statements(doc: Doc, *, actors: ActorIndex, cues: CueLexicon) -> list[Statement]:
    """Return every attributed statement of `doc`, ids s1, s2, ... in text order."""
    return []
