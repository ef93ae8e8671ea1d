"""Event status and attribution: which statement carries an event, and how it is presented.

The rules follow the annotation guide and the gold notes: a speech act is carried by its own
statement and has occurred; an event inside a statement's content is carried by the innermost
statement, its status set by modality first (may/could/possibility -> possible, will/plan ->
planned, not/ruled out -> negated, denied -> denied) and otherwise by the statement's
factuality (asserted -> occurred, claimed/hedged -> claimed). With no statement, "reportedly"
and the like make the event claimed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flashpoint.records import Statement

if TYPE_CHECKING:
    from spacy.tokens import Token

# modal auxiliaries that make an event possible ("may invade", "could deploy")
POSSIBLE_AUX = frozenset({"may", "might", "could", "can", "ca"})
# auxiliaries and verbs announcing the future ("will move", "are going to")
FUTURE_AUX = frozenset({"will", "shall", "would", "'ll", "\u2019ll", "'d", "\u2019d", "wo"})
# governing words whose complement is only possible ("proposals to send", "risk of")
POSSIBLE_WORDS = frozenset(
    {
        "possibility", "possible", "potential", "potentially", "risk", "odds", "chance",
        "proposal", "propose", "ready", "willing", "consider", "prospect", "option",
        "want", "seek", "hope", "contingency", "scenario", "prepared",
    }
)  # fmt: skip
# verbs whose infinitive is only possible ("offered to send"), not their other dependents
OFFER_WORDS = frozenset({"offer", "volunteer"})
# governing words whose complement is planned ("plans to", "commitments of")
PLANNED_WORDS = frozenset(
    {
        "plan", "intend", "intention", "pledge", "promise", "commit", "commitment",
        "announcement", "schedule", "expect", "aim", "future", "upcoming", "soon",
        "prepare", "vow",
    }
)  # fmt: skip
# governing refusals: what they govern did not happen ("ruled out sending troops")
NEGATING_WORDS = frozenset(
    {"rule", "refuse", "reject", "veto", "exclude", "oppose", "foresee", "decline", "refrain"}
)
# words whose infinitive complement only (via xcomp) takes their modality: "is set to
# deploy", "is due to arrive" (planned); "failed to stop" (negated); "is likely to" (possible)
XCOMP_FRAMES = {
    "set": "planned", "due": "planned", "poised": "planned", "about": "planned",
    "scheduled": "planned", "fail": "negated", "failed": "negated", "likely": "possible",
    "unlikely": "possible", "able": "possible", "unable": "negated", "unwilling": "negated",
}  # fmt: skip
# modifiers of a trigger that give it a modality ("a potential incursion", "the planned
# drills", "the alleged attack": the outlet's own distance -> claimed)
MODIFIER_MOODS = {
    "potential": "possible", "possible": "possible", "potentially": "possible",
    "proposed": "possible", "threatened": "possible", "hypothetical": "possible",
    "future": "planned", "planned": "planned", "upcoming": "planned",
    "forthcoming": "planned", "intended": "planned", "alleged": "claimed",
    "suspected": "claimed", "purported": "claimed", "reported": "claimed",
}  # fmt: skip
# nouns of what was said: refusing one denies its content ("rejected accusations that ...")
CLAIM_WORDS = frozenset(
    {"report", "claim", "allegation", "accusation", "charge", "suggestion", "rumour", "rumor",
     "assertion", "speculation"}
)  # fmt: skip
# subjects that say no one did it ("none of the allies sent troops")
NOBODY = frozenset({"none", "nobody", "noone", "neither"})
# verbs whose noun object is announced for the future ("announced drills", "unveiled the gift")
ANNOUNCING_VERBS = frozenset({"announce", "unveil"})
# decisions: what they decide is planned, except acts a decision itself performs (sanctions
# "decided today to impose" are imposed by the decision, dev notes)
DECIDING_VERBS = frozenset({"agree", "decide", "resolve"})
DECISION_TYPES = frozenset({"SANCTION", "AGREE", "REJECT", "ACCUSE", "REQUEST", "SUPPORT"})
# verbs of fear: what they govern may happen ("Kyiv fears that Russia will attack")
FEAR_WORDS = frozenset({"fear", "worry", "dread"})
# inflected forms the lemmatizer gets wrong ("hopes" -> "hop"): their frame word
FORMS = {"hopes": "hope", "hoped": "hope", "hoping": "hope", "plans": "plan", "aims": "aim"}
DENYING_WORDS = frozenset({"deny"})
# subordinators that make a clause hypothetical ("in case Ukraine prepares", "if ...")
CONDITIONAL_MARKS = frozenset({"if", "unless", "case", "event", "whether"})
IF_MARKS = frozenset({"if", "unless"})  # a clause that makes its head conditional
# outlet hedges with no named source: the event is claimed (seed notes, "No speaker")
HEDGES = frozenset(
    {"reportedly", "allegedly", "purportedly", "rumoured", "rumored", "supposedly", "said",
     "apparently", "reputedly", "ostensibly", "seemingly"}
)  # fmt: skip
# verbs of belief in the passive that hedge their infinitive ("is believed to have moved")
HEDGING_PASSIVES = frozenset({"say", "believe", "think", "suspect", "understand", "report"})
# raising verbs that hedge their infinitive ("appears to have sent")
SEEMING_VERBS = frozenset({"appear", "seem"})
# the dependency links along which a governing word still frames the trigger
_FRAME_DEPS = frozenset(
    {"xcomp", "dobj", "pobj", "prep", "pcomp", "acl", "relcl", "compound", "nsubjpass",
     "attr", "appos", "advcl", "nmod", "amod", "conj", "ccomp", "oprd", "dep"}
)  # fmt: skip
_STOP_AT = frozenset({"ccomp", "parataxis"})
# links across which a governing word does not frame ("..., luring migrants")
_LOOSE_DEPS = frozenset({"advcl", "relcl", "appos"})
# speech acts a speaker performs by saying them ("we condemn", "would be seen as a threat")
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})
FACTUALITY_STATUS = {
    "asserted": "occurred",
    "claimed": "claimed",
    "hedged": "claimed",
    "denied": "denied",
}


def _own_modality(token: Token, *, governing: bool = False) -> str | None:
    """Return the modality a token's own auxiliaries, negation and modifiers give it."""
    lemmas = {c.lemma_.lower() for c in token.children if c.dep_ in ("aux", "auxpass")}
    lemmas |= {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    negated = any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in token.children
    )
    if any(c.dep_ == "expl" for c in token.children):  # "there are no troops in ..."
        negated = negated or any(
            g.dep_ == "det" and g.lower_ == "no"
            for c in token.children
            if c.dep_ == "attr"
            for g in c.children
        )
    objects = [c for c in token.children if c.dep_ in ("dobj", "attr")]
    if token.pos_ in ("VERB", "AUX") and any(
        g.dep_ == "det" and g.lower_ == "no" for o in objects for g in o.children
    ):
        negated = True  # "would hold no exercises", "has no plans to"
    if token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubjpass", "nsubj")
        and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in token.children
    ):
        negated = True  # "no NATO troops will be sent"
    if token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(g.dep_ in ("det", "preconj") and g.lower_ == "neither" for g in c.children)
        for c in token.children
    ):
        negated = True  # "neither Latvia nor Lithuania sent troops"
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        negated = True  # "left without signing the deal"
    if token.pos_ in ("VERB", "AUX") and any(
        (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NOBODY)
        or (c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "neg" for g in c.children))
        or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
        for c in token.children
    ):
        negated = True  # "none of the allies sent", "not a single soldier", "no longer keeps"
    if lemmas & {"may", "might", "could"}:
        return "possible"
    if not negated and any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in IF_MARKS for g in c.children)
        for c in token.children
    ):
        return "possible"  # "would attack Ukraine if NATO expanded": conditional on the if-clause
    if any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
        return "possible"  # "any new aggression": a hypothetical act
    if lemmas & {"would", "\u2019d", "'d"} and any(
        g.dep_ == "det" and g.lower_ == "any" for o in objects for g in o.children
    ):
        return "possible"  # "would support any request": conditional on a request
    if any(
        c.dep_ in ("nsubj", "csubj") and c.lemma_.lower() in POSSIBLE_WORDS for c in token.children
    ):
        return "possible"  # "the odds of Warsaw agreeing are slim", parsed as "odds agreeing"
    if negated:
        return "negated"
    if lemmas & POSSIBLE_AUX:
        return "possible"
    if lemmas & FUTURE_AUX and not _conditioned(token, governing):
        return "planned"  # ("will deploy in case of an incursion": possible, below)
    for child in token.children:
        if child.dep_ in ("amod", "advmod", "compound"):
            mood = MODIFIER_MOODS.get(child.lower_) or MODIFIER_MOODS.get(child.lemma_.lower())
            if mood is not None:
                return mood  # "a possible deployment", "the planned drills", "the alleged raid"
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            return "possible"
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and not governing  # "intensifies talks ... in case of a ceasefire": the talks are held
            and token.pos_ in ("VERB", "AUX")  # "talks on guarantees in case of": the topic
            and any(g.lower_ in ("case", "event") for g in child.children)
        ):
            return "possible"
    return None


def _conditioned(token: Token, governing: bool) -> bool:
    """Whether a verb holds a condition of its own ("in case of an incursion", "in case
    Ukraine prepares ...")."""
    for child in token.children:
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and not governing
            and any(g.lower_ in ("case", "event") for g in child.children)
        ):
            return True
    return False


def _purpose_of_done(token: Token) -> bool:
    """Whether a "can" clause is the purpose of a decision taken ("agreed to broaden the
    framework so that we can target ..."): what the decision enables is decided with it."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("so", "that")
                                         for c in token.children):  # fmt: skip
        return False
    lemmas = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if not lemmas & {"can", "ca"}:
        return False
    head = token.head
    for _ in range(3):
        if _done(head):
            return True
        if head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            return False
        head = head.head
    return False


def _done(token: Token) -> bool:
    """Whether a verb is told as done: past tense or perfect ("has dispatched")."""
    if token.tag_ == "VBD":
        return True
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children
    )


def _frame_word(token: Token, via: str = "") -> str | None:
    """Return the modality a governing word gives what it governs, from its lemma (`via`:
    the link from the governed word; some words frame only their infinitive)."""
    lemma = FORMS.get(token.lower_, token.lemma_.lower())
    if token.lower_ == "prepared" and not any(c.lemma_ == "have" for c in token.children):
        return "possible"  # "is prepared to send troops": ready, not planned (dev notes)
    if via == "xcomp" and (lemma in XCOMP_FRAMES or token.lower_ in XCOMP_FRAMES):
        return XCOMP_FRAMES.get(lemma) or XCOMP_FRAMES[token.lower_]
    if lemma in DENYING_WORDS:
        return "denied"
    if lemma in NEGATING_WORDS:
        return "negated"
    if lemma in POSSIBLE_WORDS:
        return "possible"
    if lemma in PLANNED_WORDS:
        return "planned"
    if lemma == "go" and any(c.dep_ == "xcomp" for c in token.children):
        return "planned"
    return None


def _object_frame(verb: Token, infinitive: Token) -> str | None:
    """The frame of a plan noun the parse left as the verb's object, with the infinitive
    after it hung on the verb ("welcomed announcements from allies to supply tanks")."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.i < infinitive.i and child.pos_ == "NOUN":
            frame = _frame_word(child)
            if frame in ("planned", "possible"):
                return frame
    return None


def _decided(token: Token) -> bool:
    """Whether an act is the infinitive of a decision ("agreed to send", "decided to close")."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in DECIDING_VERBS


def _infinitive(token: Token) -> bool:
    """Whether a clause is an infinitive with its own subject ("allow Russia to attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _feared(token: Token) -> bool:
    """Whether a clause is what a verb of fear governs ("officials fear that ...")."""
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in FEAR_WORDS


def _inherits(token: Token) -> bool:
    """Whether a conjunct shares its head's auxiliaries (a bare verb: "will move and build")."""
    if token.dep_ != "conj":
        return True
    return token.tag_ in ("VB", "VBG", "NN", "NNS") and not any(
        (c.dep_ == "aux" and c.lower_ != "to") or c.dep_ == "nsubj" for c in token.children
    )  # "ready to meet and to discuss": the second infinitive is ready too


def modality(head: Token, *, frames: Sequence[int] = ()) -> str | None:
    """Return possible | planned | negated | denied for a trigger, from the words around it.

    `frames` are token indices of governing triggers whose type frames the trigger's status
    (a REJECT trigger negates what it governs, an ACCUSE trigger makes it claimed).
    """
    own = _own_modality(head)
    if own == "possible" and _purpose_of_done(head):
        own = None  # "agreed to broaden sanctions so that we can target ...": decided
    if own in (None, "planned") and _feared(head):
        return "possible"  # "Kyiv fears that Russia will attack"
    if own is not None:
        return own
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass"):
        verb = _own_modality(head.head)  # "an attack could come in January"
        if verb is not None:
            return verb
    done = _done(head)  # "the announcement that it has dispatched troops": done, not planned
    token = head
    for _ in range(8):
        stop = token.dep_ in _STOP_AT and not _infinitive(token)  # "allow Russia to attack"
        if stop or token.dep_ not in _FRAME_DEPS or token.head.i == token.i:
            if token.dep_ in _STOP_AT:
                frame = _frame_word(token.head)
                if frame in ("denied", "negated"):
                    return frame
                if token.head.lemma_.lower() in FEAR_WORDS:
                    return "possible"  # "officials fear that Russia will attack"
            return None
        if not _inherits(token):
            return None
        via, below = token.dep_, token
        token = token.head
        if token.lower_ == "case" and token.dep_ == "pobj" and token.head.lower_ == "in":
            return "possible"  # "in case of an incursion": the incursion may happen
        if via in _LOOSE_DEPS:
            # "began offering visas, luring migrants", "could not be trusted as he continued
            # to delay": an adverbial clause keeps its own modality
            continue
        own = _own_modality(token, governing=True)  # negation first: "has no plans to"
        frame = _frame_word(token, via)
        if (
            via == "xcomp"
            and token.lemma_.lower() == "have"
            and any(c.lower_ == "yet" for c in token.children)
        ):
            frame = "negated"  # "Warsaw has yet to send troops"
        if own == "possible" and frame == "planned":
            frame = "possible"  # "may be preparing an attack"
        if frame is None and via == "xcomp" and token.lemma_.lower() in OFFER_WORDS:
            frame = "possible"  # "offered to send batteries": not yet accepted
        if frame is None and via == "xcomp":
            frame = _object_frame(token, head)  # "welcomed plans to send", parsed off the verb
        if frame is None and via == "dobj" and token.lemma_.lower() in ANNOUNCING_VERBS:
            frame = "planned"  # "the army announced live-fire drills": announced, not yet held
        if frame == "negated" and via == "dobj" and below.lemma_.lower() in CLAIM_WORDS:
            frame = "denied"  # "rejected accusations that it had deployed troops": a claim
        if own == "negated" and frame not in ("denied",):
            return own
        if token.i in frames and frame is None:
            return None
        if frame is not None:
            if done and frame in ("possible", "planned"):
                return None
            return frame
        if own is not None:
            return None if done and own in ("possible", "planned") else own
    return None


def hedged(head: Token) -> bool:
    """Whether the outlet hedges the trigger's clause ("reportedly", "is rumoured to")."""
    token = head
    for _ in range(8):
        for child in token.children:
            if child.dep_ in ("advmod", "auxpass", "aux") and child.lower_ in HEDGES:
                return True
        if token.lower_ in ("rumoured", "rumored", "alleged", "reported"):
            return True
        lemma = token.lemma_.lower()
        if lemma in HEDGING_PASSIVES and any(c.dep_ == "auxpass" for c in token.children):
            return True  # "is said to", "is believed to have moved", "is suspected of"
        if lemma in SEEMING_VERBS and any(c.dep_ == "xcomp" for c in token.children):
            return True  # "appears to have sent"
        if token.dep_ in _STOP_AT or token.dep_ in _LOOSE_DEPS | {"acl"} or token.head.i == token.i:
            return False
        token = token.head
    return False


@dataclass(frozen=True, slots=True)
class Carrier:
    """The statement carrying an event, and whether the trigger is that statement's cue."""

    statement: Statement | None
    is_cue: bool = False


def _is_cue(statement: Statement, start: int, end: int, text: str) -> bool:
    if statement.cue_span is not None:
        return statement.cue_span[0] < end and start < statement.cue_span[1]
    if not statement.cue:
        return False
    word = text[start:end].lower()
    if word not in statement.cue.lower():
        return False
    content_start, content_end = statement.content_span
    return content_start - 80 <= start < content_start or content_end <= start < content_end + 80


def find_carrier(start: int, end: int, statements: Sequence[Statement], text: str) -> Carrier:
    """Return the statement whose cue is the trigger, else the innermost one containing it."""
    for statement in statements:
        if _is_cue(statement, start, end, text):
            return Carrier(statement, True)
    inside = [s for s in statements if s.content_span[0] <= start and end <= s.content_span[1]]
    if not inside:
        return Carrier(None)
    innermost = min(inside, key=lambda s: s.content_span[1] - s.content_span[0])
    return Carrier(innermost)


def decide_status(
    *,
    event_type: str,
    head: Token,
    carrier: Carrier,
    source: str | None,
    frames: Sequence[int] = (),
    claimed_frame: bool = False,
) -> tuple[str, str]:
    """Return (status, reported_by) of an event from its trigger and the statements."""
    statement = carrier.statement
    reported_by = statement.id if statement is not None else "outlet"
    if event_type not in SPEECH_ACT_TYPES and head.lemma_.lower() in PLANNED_WORDS:
        return "planned", reported_by  # "pledged air defence": promised, not yet delivered
    if carrier.is_cue:
        return "occurred", reported_by  # a speech act has occurred, whatever its factuality
    if statement is not None and event_type in SPEECH_ACT_TYPES and source is not None:
        if _own_modality(head) == "possible":
            return "possible", reported_by  # "Berlin would support any request": conditional
        speaker = statement.speaker.actor
        if speaker is not None and speaker.split("-")[0] == source.split("-")[0]:
            return "occurred", reported_by  # the speaker's own speech act ("we condemn")
    if event_type not in SPEECH_ACT_TYPES and head.lemma_.lower() in PLANNED_WORDS:
        return "planned", reported_by  # "commitments of weapons": promised, not yet done
    mood = modality(head, frames=frames)
    if mood is None and _decided(head) and event_type not in DECISION_TYPES:
        mood = "planned"  # "NATO agreed to send more troops": decided, not yet sent
    if statement is None and mood != "negated" and hedged(head):
        return "claimed", reported_by  # "reportedly preparing to": the outlet's hedge (notes)
    if mood is not None:
        return mood, reported_by
    if claimed_frame:
        return "claimed", reported_by  # the content of an accusation (seed notes)
    if statement is not None:
        return FACTUALITY_STATUS.get(statement.factuality, "occurred"), reported_by
    if hedged(head):
        return "claimed", reported_by
    return "occurred", reported_by


__all__ = ["Carrier", "decide_status", "find_carrier", "hedged", "modality"]
