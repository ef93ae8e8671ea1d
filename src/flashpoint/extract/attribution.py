"""Attribution: who a reporting cue's speaker is, and whom the statement is about."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from flashpoint.records import Speaker, entity_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from flashpoint.extract.actors import ActorIndex, ActorMention

# a target keeps its sector only when it is not a state organ (seed NOTES: Peskov vs Politico
# -> USA-MED, but BLR, RUS ... for governments and forces)
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
# "by falsely telling migrants ...": a gerund of means is part of an action, not a report
_MEANS_PREPS = frozenset({"by", "through", "via"})
# people caught up in events are what statements report on, not whom they address
_NOT_TARGETS = frozenset({"REF", "CVL"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# a participle or coordinated verb without a subject of its own shares its head's subject
_INHERITS_SUBJECT = frozenset({"conj", "advcl", "xcomp"})


def subject_of(verb: Token) -> Token | None:
    """Return the token naming who performs `verb`, climbing through shared subjects."""
    token: Token | None = verb
    for _ in range(4):  # conj of an advcl of a conj ... is as deep as reporting gets
        if token is None:
            return None
        for child in token.children if token == verb else ():
            if child.dep_ == "agent":  # "as reported by RMF24" (not "quoted by TASS as saying")
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS:
                if child.lower_ in _RELATIVE_PRONOUNS and token.dep_ == "relcl":
                    return token.head
                return child
        if token.dep_ == "relcl":
            return token.head
        inverted = _inverted_subject(token)
        if inverted is not None:
            return inverted
        if token.dep_ == "conj" and token.head.dep_ == "ccomp" and token.head.head != token:
            # "said Washington could provide air support but ruled out ...": the coordinated
            # verb is parsed into the clause but shares the reporting verb's subject
            reporter = token.head.head
            if any(c.dep_ in _SUBJECT_DEPS for c in reporter.children):
                token = reporter
                continue
        if token.dep_ in _INHERITS_SUBJECT and token.head != token:
            token = token.head
            continue
        if (token.dep_ == "pcomp" and token.head.lower_ not in _MEANS_PREPS) or (
            token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX")
        ):
            token = token.head  # "despite proclaiming ...": the subject of the main verb
            continue
        return None
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """Return X in `"...," warns X.` / `..., says X` (parsed as an object of the verb)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in (",", "\u2014", "\u2013"):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "npadvmod", "attr") and child.i > verb.i:
            after = child.right_edge.i + 1
            if after >= len(doc) or doc[after].is_punct:
                return child
    return None


def resolve_speaker(doc: Doc, token: Token, actors: ActorIndex) -> ActorMention | None:
    """Return the actor `token` (the head of a speaker phrase) refers to."""
    phrase = doc[token.left_edge.i : token.right_edge.i + 1]
    for mention in (actors.resolve(token), actors.resolve(phrase), _best_within(phrase, actors)):
        if mention is not None and _can_speak(mention, token):
            return mention
    return None


def _can_speak(mention: ActorMention, head: Token) -> bool:
    """Reject a demonym that only modifies the subject: "Polish camera footage shows ..."."""
    if mention.kind != "demonym" or head.pos_ == "PRON":
        return True
    return mention.start <= head.idx < mention.end


def _best_within(phrase: Span, actors: ActorIndex) -> ActorMention | None:
    """Return the most specific mention inside a phrase: a named one first."""
    inside = [m for m in actors.within(phrase.start_char, phrase.end_char) if m.kind != "demonym"]
    if not inside:
        return None
    named = [m for m in inside if m.name]
    return (named or inside)[0]


def speaker_from(mention: ActorMention) -> Speaker:
    """Return the statement speaker for a resolved mention."""
    return Speaker(name=mention.name or None, actor=mention.actor)


def target_code(actor: str | None) -> str | None:
    """Return the target code: the ENTITY, with the sector only for non-state actors."""
    if actor is None:
        return None
    entity, _, sector = actor.partition("-")
    if sector and sector not in _STATE_SECTORS:
        return actor
    return entity


def choose_target(
    mentions: list[ActorMention], speaker_actor: str | None, *, preferred: str | None = None
) -> str | None:
    """Return the actor a statement is about: the preferred one, else the most mentioned."""
    speaker_entity = entity_of(speaker_actor)
    if preferred is not None and entity_of(preferred) not in (speaker_entity, "UNK"):
        return target_code(preferred)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for position, mention in enumerate(mentions):
        entity = entity_of(mention.actor)
        if entity is None or entity in (speaker_entity, "UNK") or mention.kind == "pronoun":
            continue
        if mention.actor.partition("-")[2] in _NOT_TARGETS:
            continue
        code = target_code(mention.actor) or entity
        counts[code] += 1
        first.setdefault(code, position)
    if not counts:
        return None
    return min(counts, key=lambda code: (-counts[code], first[code]))


__all__ = ["choose_target", "resolve_speaker", "speaker_from", "subject_of", "target_code"]
