"""ActorMention and ActorIndex: the resolved actor mentions of one document, and their lookup."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    token_start: int = -1  # token offsets [token_start, token_end) in the Doc
    token_end: int = -1
    head: int = -1  # token index of the phrase head
    person: bool = False  # a single person (named, titled or a he/she pronoun)
    role: str | None = None  # the office-holder's role on the publication date
    office: str | None = None  # office key of a titled person ("head_of_government")

    @property
    def entity(self) -> str:
        """The part of the code before the dash: 'POL-MIL' -> 'POL'."""
        return self.actor.partition("-")[0]

    @property
    def sector(self) -> str | None:
        """The sector, or None: 'POL-MIL' -> 'MIL', 'NATO' -> None."""
        return self.actor.partition("-")[2] or None

    def as_target(self) -> str:
        """The code as a target is written: entity only for governments ('BLR-GOV' -> 'BLR')."""
        return self.entity if self.sector == "GOV" else self.actor


class ActorIndex:
    """The actor mentions of one document, with lookup by position and by parse."""

    def __init__(
        self,
        mentions: list[ActorMention],
        doc: Doc | None = None,
        *,
        groups: dict[int, list[ActorMention]] | None = None,
        chunks: list[tuple[int, int, int]] | None = None,
        voice: str | None = None,
    ) -> None:
        """`chunks` are the Doc's noun chunks as (start, end, root), when already read;
        `voice` is the actor an official outlet speaks for in its own text ("we" outside
        quotation marks: 'NATO' in a NATO transcript, 'USA-GOV' in a State Department
        briefing), None for media and unknown outlets."""
        self.voice = voice
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._groups = groups or {}  # token of a plural pronoun -> its coordinated antecedents
        self._by_token: dict[int, ActorMention] = {}
        for mention in sorted(self.mentions, key=lambda m: m.end - m.start, reverse=True):
            for i in range(mention.token_start, mention.token_end):
                self._by_token[i] = mention  # shorter (inner) mentions win
        self._chunk_of: dict[int, tuple[int, int]] = {}
        if chunks is None and doc is not None:
            chunks = [(c.start, c.end, c.root.i) for c in doc.noun_chunks]
        for start, end, _ in chunks or ():
            extent = (start, end)
            for i in range(start, end):
                self._chunk_of[i] = extent

    def __iter__(self) -> Iterator[ActorMention]:
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)

    def at(self, i: int) -> ActorMention | None:
        """The mention covering token `i`, if any."""
        return self._by_token.get(i)

    def resolve(self, target: Span | Token) -> ActorMention | None:
        """Return the actor a noun phrase (or its head token) refers to, coreference included."""
        token = _root(target)
        found = self._resolve_token(token)
        if found is not None or token is target:
            return found
        inside = self.within(target.start_char, target.end_char)  # type: ignore[union-attr]
        return inside[0] if inside else None

    def resolve_all(self, target: Span | Token) -> list[ActorMention]:
        """One mention per conjunct: 'Estonia, France and Britain' -> three mentions."""
        token = _root(target)
        if token.i in self._groups:  # "they" / "we" after "Estonia, France and Britain"
            return list(self._groups[token.i])
        found: list[ActorMention] = []
        for conjunct in [token, *token.conjuncts]:
            mention = self._resolve_token(conjunct)
            if mention is not None and mention not in found:
                found.append(mention)
        if not found:
            first = self.resolve(target)
            return [first] if first is not None else []
        return found

    def within(self, start: int, end: int) -> list[ActorMention]:
        """Return the mentions lying inside characters [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def _resolve_token(self, token: Token) -> ActorMention | None:
        direct = self._by_token.get(token.i)
        if direct is not None:
            return self._outer(direct, token)
        chunk = self._chunk_of.get(token.i)
        if chunk is not None:
            inside = [self._by_token[i] for i in range(*chunk) if i in self._by_token]
            if inside:
                return inside[-1]
        seen = {token.i}
        frontier = [token]
        for _ in range(3):
            nxt: list[Token] = []
            for tok in frontier:
                for child in tok.children:
                    if child.i in seen or not _linking_dep(child):
                        continue
                    seen.add(child.i)
                    if child.i in self._by_token:
                        return self._by_token[child.i]
                    nxt.append(child)
            frontier = nxt
        return None

    def _outer(self, mention: ActorMention, token: Token) -> ActorMention:
        """Among nested mentions, the one headed by `token` (else the innermost)."""
        if mention.head == token.i:
            return mention
        for other in self.mentions:
            if other.head == token.i and other.token_start <= token.i < other.token_end:
                return other
        return mention


def _root(target: Span | Token) -> Token:
    from spacy.tokens import Token

    return target if isinstance(target, Token) else target.root


def _linking_dep(token: Token) -> bool:
    if token.dep_ in {"poss", "compound", "amod", "nmod", "appos", "pobj", "agent"}:
        return True
    return token.dep_ == "prep" and token.lower_ in {"of", "for", "from", "by"}
