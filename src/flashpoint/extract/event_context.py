"""What the events stage passes between its steps: a found event before its id (`Found`)
and what the events of one document share (`Context`: the other stages' records, the
outlet's voice, the triggers of the sentence being read, the events found so far)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flashpoint.extract.event_antecedents import Earlier
from flashpoint.extract.event_lexicon import Match
from flashpoint.records import Statement

if TYPE_CHECKING:
    from spacy.tokens import Span

    from flashpoint.extract.actors import ActorIndex
    from flashpoint.extract.places import Gazetteer

THEATRE = "?theatre"  # placeholder target until the report's theatre is known


@dataclass(frozen=True, slots=True)
class Found:
    """One event before its id: the trigger, its arguments and its status."""

    match: Match
    type: str
    mode: str | None
    source: str
    target: str | None
    status: str
    reported_by: str
    sent: Span
    governor: int | None = None  # head token of the trigger this one is the complement of
    voiced: bool = False  # the source is the outlet's own "we" (an official text)


@dataclass
class Context:
    """What the events of one document share: the other stages' records and the voice."""

    actors: ActorIndex
    statements: Sequence[Statement]
    by_head: dict[int, Match] = field(default_factory=dict)
    # who "we" is in the outlet's own voice (an official text: "The UK, USA and Canada issued
    # a statement ... We demand"): the last actor subject outside any statement (dev notes)
    voice: list[str] = field(default_factory=list)
    talk_words: frozenset[str] = frozenset()
    gazetteer: Gazetteer | None = None
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    home: str | None = None  # the country most of the report's speakers speak for
    forces: list[str] = field(default_factory=list)  # who moved or struck last (one country)
    statives: set[int] = field(default_factory=set)  # heads of "remain barred" acts
    earlier: list[Earlier] = field(default_factory=list)  # the events found so far
    labelled: bool = False  # the voice is a transcript label's speaker ("NATO SECRETARY ...:")


__all__ = ["THEATRE", "Context", "Found"]
