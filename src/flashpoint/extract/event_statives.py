"""Stative control acts: a restriction told as a lasting state ("Journalists remain barred
from the zone", "the crossing stays closed", "the border will remain sealed").

The lexicon's verb rows ("bar", "close", "seal", "block") match a participle only as a
verb; after "remain"/"stay" the parser often tags it an adjective ("barred"). This module
finds those participles, reads the lexicon's verb rows for them, checks their object
conditions against the subject of "remain" (the people or places held), and gives the
events stage a `Match` whose head is the participle. There is no doer in the clause: the
events stage takes the home country's police, as for an agentless passive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.extract.event_lexicon import EventLexicon, Match, in_class

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from flashpoint.extract.event_lexicon import Trigger

# verbs that keep their subject in the state their complement names
STATIVE_VERBS = frozenset({"remain", "stay"})
STATIVE_TYPES = frozenset({"COERCE"})  # lasting restrictions; not attacks or deployments


def _verb_lemmas(token: Token) -> list[str]:
    """Candidate verb lemmas of a participle the parser may have read as an adjective
    ("barred" -> bar, "closed" -> close, "sealed" -> seal)."""
    word = token.lower_
    out = [token.lemma_.lower()]
    if word.endswith("ed"):
        stem = word[:-2]
        out += [stem, word[:-1]]  # "sealed" -> seal, "closed" -> close
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])  # "barred" -> bar
    return list(dict.fromkeys(out))


def stative_subject(head: Token) -> Token | None:
    """The subject held in the state ("Journalists" in "Journalists remain barred", "Five
    activists remain in custody")."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def held_in(match: Match) -> bool:
    """Whether a control noun says where its subject is held ("remain in custody", "are in
    detention"): a state with no doer in the clause, like "remain barred"."""
    head = match.head
    if match.trigger.type not in STATIVE_TYPES or head.dep_ != "pobj" or head.head.lower_ != "in":
        return False
    verb = head.head.head
    return verb.lemma_.lower() in STATIVE_VERBS | {"be"} and stative_subject(head) is not None


def _holds(trigger: Trigger, subject: Token) -> bool:
    """Whether the row's conditions hold with the held subject as its object (rows with
    other kinds of condition are not read this way)."""
    items = [subject, *subject.conjuncts]
    items += [c for t in items for c in t.children if c.dep_ == "compound"]
    for condition in trigger.conditions:
        if condition.key != "obj":
            return False
        if any(in_class(t, condition.words) for t in items) == condition.negated:
            return False
    return True


def is_stative(head: Token) -> bool:
    """Whether a trigger head is the complement of a stative verb ("remain barred")."""
    return head.dep_ in ("acomp", "oprd") and head.head.lemma_.lower() in STATIVE_VERBS


def stative_matches(sent: Span, lexicon: EventLexicon) -> list[Match]:
    """The control acts of a sentence told as states, one per participle."""
    out: list[Match] = []
    for token in sent:
        if not is_stative(token) or token.tag_ not in ("VBN", "JJ"):
            continue
        subject = stative_subject(token)
        if subject is None:
            continue
        for lemma in _verb_lemmas(token):
            rows = [
                t
                for t in lexicon.candidates(lemma)
                if len(t.words) == 1 and t.pos in ("V", "*") and t.type in STATIVE_TYPES
            ]
            trigger = next((t for t in rows if _holds(t, subject)), None)
            if trigger is not None:
                out.append(Match(trigger, token, token.i, token.i + 1))
                break
    return out


__all__ = ["STATIVE_VERBS", "held_in", "is_stative", "stative_matches", "stative_subject"]
