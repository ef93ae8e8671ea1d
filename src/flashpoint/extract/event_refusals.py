"""Refusals: what a ruling-out, a declining or a denial does to the acts it governs.

The guide codes "ruled out sending troops" as a REJECT (occurred) plus the MOBILIZE
(negated); "has no plans to send" and "declined to send" are refusals too, and a refusal of
the refuser's own forces told as a noun ("ruled out Italian soldiers") negates their
deployment. A denial of a claim ("denied it", "rejected reports that") makes its content
denied, not negated. A refusal with no target refuses toward its complement's target.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from flashpoint.extract.event_arguments import forces_of, is_noun
from flashpoint.extract.event_context import THEATRE, Context, Found
from flashpoint.extract.event_lexicon import Match, in_class
from flashpoint.records import Statement, entity_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs whose infinitive is refused ("has declined to send lethal arms")
REFUSING_VERBS = frozenset({"decline", "refuse", "refrain"})
# verbs of the forces' own motion: not going somewhere is no refusal to send them
MOTION_VERBS = frozenset({"go", "come", "arrive", "travel"})
# what a refusal of a claim refuses ("rejected reports that ...": denied, not negated)
CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "accusation", "suggestion", "rumour"})


def negated_mobilize_rejects(
    found: list[Found], statements: Sequence[Statement] = (), *, own_voice: bool = False
) -> list[Found]:
    """A refusal to send troops is a REJECT too ("has no plans to send troops", guide):
    said by a speaker, or in a transcript speaker's own turn (`own_voice`)."""
    out: list[Found] = []
    speakers = {s.id: entity_of(s.speaker.actor) for s in statements}
    for item in found:
        speaker = speakers.get(item.reported_by)
        if speaker not in (None, "UNK") and speaker != entity_of(item.source):
            continue  # "no NATO troops will be sent," the Polish president said: not Poland's
        # a refusal is a speaker's own side not doing something ("we cannot send troops",
        # "has no plans to meet Zelensky"), not a denied fact ("there is no concentration")
        if item.match.head.lemma_.lower() in MOTION_VERBS:
            continue  # "the units are not going to Ukraine": a fact told, not a refusal (notes)
        refused = item.match.head.pos_ in ("VERB", "AUX") and (
            (item.type == "MOBILIZE" and not none_of_it(item.match.head))
            or (item.type in ("CONSULT", "AID") and planless(item.match.head))
            or (item.type == "AID" and declined(item.match.head))
        )
        if refused and item.status == "negated" and (item.reported_by != "outlet" or own_voice):
            has_reject = any(f.type == "REJECT" and f.sent.start == item.sent.start for f in found)
            if not has_reject:
                source = (entity_of(item.source) or item.source) + "-GOV"
                mode = "meet" if item.type == "CONSULT" else None
                out.append(
                    Found(
                        item.match, "REJECT", mode, source, item.target, "occurred",
                        item.reported_by, item.sent,
                    )
                )  # fmt: skip
    return out


def declined(head: Token) -> bool:
    """Whether an act is the infinitive of a refusal ("has declined to send lethal arms")."""
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in REFUSING_VERBS


def refused_forces(found: list[Found], context: Context) -> list[Found]:
    """A refusal whose object is the refuser's own forces ("ruled out Italian soldiers",
    "refused to commit troops"): the deployment is negated (guide: the
    ruling-out is a REJECT, the sending a MOBILIZE negated). Others' forces ("rejected any
    presence of European troops") are a hypothetical deployment, not coded (notes)."""
    troops = context.classes.get("troops", frozenset())
    out: list[Found] = []
    for item in found:
        head = item.match.head
        if item.type != "REJECT" or is_noun(head) or item.status != "occurred":
            continue
        if any(f.type == "MOBILIZE" and f.sent.start == item.sent.start for f in found):
            continue
        own = entity_of(item.source)
        # "ruled out Italian soldiers"; "refused to commit troops" (an infinitive that is no
        # trigger of its own, with the forces as its object)
        verbs = [head] + [
            c for c in head.children if c.dep_ == "xcomp" and c.i not in context.by_head
        ]
        objects = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
        for child in objects:
            if not in_class(child, troops):
                continue
            if child.i in context.by_head:
                continue  # a trigger of its own ("ruled out a deployment")
            named = {entity_of(m.actor) for m in forces_of(context.actors, child)}
            if named - {own, None, "UNK"}:
                continue
            source = f"{own}-MIL"
            target = item.target or THEATRE
            out.append(
                Found(item.match, "MOBILIZE", "troops", source, target, "negated",
                       item.reported_by, item.sent, head.i)
            )  # fmt: skip
    return out


def none_of_it(head: Token) -> bool:
    """Whether an act is negated only by "no" on its object ("would hold no exercises"):
    a statement that it will not happen, with no ruling-out verb (notes), unless a plan
    is denied ("has no plans to send")."""
    if any(c.dep_ == "neg" for c in head.children) or planless(head):
        return False
    return any(
        g.dep_ == "det" and g.lower_ == "no"
        for c in head.children
        if c.dep_ in ("dobj", "attr")
        for g in c.children
    )


def denial(governor: Match) -> bool:
    """Whether a refusal denies a claim ("denied it", "rejected reports that ...") rather
    than refusing an act ("ruled out sending troops")."""
    head = governor.head
    if head.lemma_.lower() == "deny":
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS for c in head.children)


def planless(head: Token) -> bool:
    """Whether an act is governed by a denied plan ("no plans to", "does not intend to")."""
    token = head
    for _ in range(4):
        if token.dep_ not in ("xcomp", "acl", "dobj", "ccomp") or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in ("plan", "intend", "intention", "foresee", "want"):
            return any(c.dep_ in ("neg", "det") and c.lower_ in ("not", "no", "n't", "never")
                       for c in token.children)  # fmt: skip
    return False


def inherit_targets(found: list[Found]) -> list[Found]:
    """A refusal with no target refuses toward its complement's target ("ruled out sending
    troops to Ukraine" -> REJECT ... -> UKR)."""
    out: list[Found] = []
    for item in found:
        if item.type == "REJECT" and item.target is None:
            inner = [
                f.target
                for f in found
                if f.governor == item.match.head.i
                and f.target is not None
                and f.status == "negated"
            ]
            if inner:
                item = dataclasses.replace(item, target=entity_of(inner[0]))
        out.append(item)
    return out


__all__ = ["denial", "inherit_targets", "negated_mobilize_rejects", "planless", "refused_forces"]
