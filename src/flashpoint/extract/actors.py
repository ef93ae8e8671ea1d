"""Actors: the registry (data files) and every actor mention of a document, resolved to a code.

PLACEHOLDER INTERFACE: the actors work replaces the bodies; the names and signatures below are
what statements, events and quantities call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from flashpoint.config import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor in the text, resolved to a code."""

    start: int  # character offsets in the document text, [start, end)
    end: int
    text: str
    actor: str  # e.g. "POL-GOV", "RUS-MIL", "UNK-REF"
    name: str | None = None  # person or named organisation, e.g. "Igor Konashenkov", "Politico"
    kind: str = "name"  # name | country | demonym | metonym | title | pronoun | group | org


class ActorRegistry:
    """Countries, organisations, office-holders, metonyms: loaded from data files once."""


class ActorIndex:
    """The actor mentions of one document, with lookup by position and by parse."""

    def __init__(self, mentions: list[ActorMention]) -> None:
        self.mentions = mentions

    def resolve(self, target: Span | Token) -> ActorMention | None:
        """Return the actor a noun phrase (or its head token) refers to, coreference included."""
        return None

    def within(self, start: int, end: int) -> list[ActorMention]:
        """Return the mentions lying inside characters [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]


def load_actor_registry(settings: Settings | None = None) -> ActorRegistry:
    """Load the shipped actor data files, extended by the user's."""
    return ActorRegistry()


def find_actors(doc: Doc, registry: ActorRegistry, *, published: str | None) -> ActorIndex:
    """Find and resolve every actor mention of `doc`; office-holders as of `published`."""
    return ActorIndex([])
