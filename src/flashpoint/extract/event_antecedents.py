"""Whose claim or act a refusal or criticism points back to ("Minsk rejected the account",
"Warsaw denied the report", "refuted such allegations", "condemned the attack").

A speech act aimed at a definite noun that names no party is aimed at whoever made the
claim or did the act the noun refers back to: for a claim ("the account", "those
concerns"), the speaker of the latest earlier statement by another party; for an act ("the
attack", "such plans", "the reinforcements"), the doer of the latest earlier event of the
same kind by another party.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flashpoint.records import Statement, entity_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# nouns that stand for what someone said
CLAIM_WORDS = frozenset(
    {"account", "report", "claim", "allegation", "accusation", "charge", "concern", "story",
     "version", "assertion", "suggestion", "idea", "rumour", "rumor", "statement", "remark",
     "comment", "assessment", "warning", "proposal", "offer", "demand", "plan", "request"}
)  # fmt: skip
# determiners that point back ("the account", "such allegations", "those concerns")
BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such"})
# the types a refusal or criticism of a noun is aimed at its maker by
POINTING_TYPES = frozenset({"REJECT", "ACCUSE"})
# nouns of acts and the event types they refer back to ("the attack" -> ASSAULT)
ACT_TYPES = {
    "attack": "ASSAULT", "strike": "ASSAULT", "shelling": "ASSAULT", "assault": "ASSAULT",
    "bombing": "ASSAULT", "deployment": "MOBILIZE", "reinforcement": "MOBILIZE",
    "build-up": "MOBILIZE", "buildup": "MOBILIZE", "drill": "MOBILIZE", "exercise": "MOBILIZE",
    "pushback": "COERCE", "detention": "COERCE", "sanction": "SANCTION", "move": "",
    "step": "",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Earlier:
    """An event found earlier in the document: where, what type, who did it."""

    start: int  # character offset of its trigger
    type: str
    source: str
    lemma: str  # its trigger's head lemma


def pointed_noun(head: Token) -> Token | None:
    """The definite, unowned object a refusal or criticism is aimed at ("rejected the
    account", "condemned such plans"), or None."""
    for child in head.children:
        if child.dep_ != "dobj" or child.pos_ != "NOUN":
            continue
        dets = {c.lower_ for c in child.children if c.dep_ in ("det", "amod", "predet")}
        owned = any(  # a maker or a content of its own ("the idea of Western guarantees")
            c.dep_ in ("poss", "relcl", "acl")
            or (c.dep_ == "prep" and c.lower_ in ("by", "from", "of"))
            for c in child.children
        )
        if dets & BACK_DETERMINERS and not owned:
            return child
    return None


def antecedent(
    noun: Token,
    source: str,
    statements: Sequence[Statement],
    earlier: Sequence[Earlier],
) -> str | None:
    """Who made the claim or did the act `noun` points back to, other than `source`."""
    own = entity_of(source)
    lemma = noun.lemma_.lower()
    at = noun.idx
    if lemma in CLAIM_WORDS:
        before = [
            s for s in statements
            if s.content_span[1] <= at and s.speaker.actor is not None
            and entity_of(s.speaker.actor) not in (own, "UNK", None)
        ]  # fmt: skip
        if before:
            return max(before, key=lambda s: s.content_span[1]).speaker.actor
    if lemma in ACT_TYPES:
        wanted = ACT_TYPES[lemma]
        acts = [
            e for e in earlier
            if e.start < at and entity_of(e.source) not in (own, "UNK", None)
            and (e.type == wanted or e.lemma == lemma or not wanted)
        ]  # fmt: skip
        if acts:  # a criticism of forces' act is aimed at their state ("the attack")
            doer = max(acts, key=lambda e: e.start).source
            entity, _, sector = doer.partition("-")
            return f"{entity}-GOV" if sector in ("MIL", "COP") else doer
    return None


__all__ = ["POINTING_TYPES", "Earlier", "antecedent", "pointed_noun"]
