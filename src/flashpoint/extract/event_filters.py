"""What is not an event of its own: settings, back references, descriptions, questions.

A trigger word reports no new act when it only sets the scene ("after the meeting", "as
he attended talks"), points back ("the accusation", "such a deployment" is handled by the
events stage), describes a class of things ("a campaign involving ...", "any troops
deployed", "those detained"), names a generic doer ("those who facilitate ..."), or is
left an open question ("has not said how many soldiers it would send"). A sentence that
asks a question reports nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.extract.event_arguments import ACT_NOUNS
from flashpoint.extract.event_lexicon import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# speech act types whose source falls back on the speaker of the statement they cue
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
# prepositions that name where a setting happened, not what the sentence reports
# ("after a meeting with", "during talks", "in response to the sanctions")
SETTING_PREPS = frozenset(
    {"after", "during", "before", "following", "amid", "amidst", "since", "despite", "ahead",
     "prior", "until", "throughout"}
)  # fmt: skip
SETTING_MARKS = frozenset({"as", "while", "when", "after", "before", "since", "until"})
SETTING_FRAMES = frozenset(
    {"response", "addition", "retaliation", "wake", "sideline", "spite", "part", "light",
     "report", "rumour", "rumor", "remark", "comment"}
)  # fmt: skip
# verbs that only order events in time: their object is the occasion ("followed the summit")
SEQUENCE_VERBS = frozenset({"follow", "precede", "mark", "overshadow"})
# participles that describe a noun by what it includes ("a campaign involving ...")
MODIFIER_VERBS = frozenset({"involve", "include", "feature", "entail", "comprise"})
GENERIC_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "all"})
QUOTE_MARKS = "\"'\u201d\u2019)"
# verbs whose clause can be an open question ("did not say how many", "asked whether")
ASKING_VERBS = frozenset(
    {"say", "explain", "know", "ask", "disclose", "reveal", "specify", "tell", "confirm",
     "decide", "wonder", "clarify", "indicate"}
)  # fmt: skip


def is_setting(head: Token) -> bool:
    """Whether a noun trigger only sets the scene ("after the meeting", "in response to")."""
    if head.dep_ == "compound":
        # "the EU defence minister meeting" names a setting; "sanctions action" is the act
        return head.head.lemma_.lower() not in ACT_NOUNS
    if head.dep_ in ("dobj", "nsubj") and head.head.lemma_.lower() in SEQUENCE_VERBS:
        return True  # "his remarks followed the Paris summit", "the meeting followed talks"
    token = head
    for _ in range(3):
        if token.dep_ != "pobj":
            return False
        prep = token.head
        if prep.lower_ in SETTING_PREPS:
            return True
        if prep.head.lemma_.lower() in SETTING_FRAMES:
            return True
        if prep.head.pos_ in ("NOUN", "PROPN") and prep.head.dep_ == "pobj":
            token = prep.head
            continue
        return False
    return False


def back_reference(head: Token, event_type: str) -> bool:
    """Whether a speech-act noun only points back ("the accusation", "such claims")."""
    if event_type not in SPEECH_TYPES:
        return False
    determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
    arguments = any(c.dep_ in ("poss", "prep", "acl", "relcl", "amod") for c in head.children)
    return bool(determiners & {"the", "this", "these", "that", "those", "such"}) and not arguments


def in_modifier(head: Token) -> bool:
    """Whether a noun trigger is the object of a participle describing another noun."""
    verb = head.head
    if head.dep_ not in ("dobj", "pobj") or verb.i == head.i:
        return False
    if head.dep_ == "pobj":
        verb = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in MODIFIER_VERBS


def topic_participle(head: Token) -> bool:
    """Whether a verb is a subjectless participle framing what its clause says."""
    return (
        head.dep_ == "advcl"
        and head.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "mark") for c in head.children)
    )


def in_setting_clause(head: Token) -> bool:
    """Whether a trigger sits in a temporal clause ("as he attended talks", "after meeting")."""
    token = head
    for _ in range(6):
        if token.dep_ == "advcl":
            # "Tusk said ... as he attended talks": the speaker's own occasion (a pronoun);
            # "as Europe intensifies talks" is news of its own
            marked = any(c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in token.children)
            subject = subject_of(token)
            return marked and subject is not None and subject.pos_ == "PRON"
        if token.dep_ in ("ROOT", "ccomp", "parataxis") or token.head.i == token.i:
            return False
        token = token.head
    return False


def generic(token: Token) -> bool:
    """Whether a noun phrase is a generic pronoun ("those, in Belarus or elsewhere, who")."""
    for _ in range(4):
        if token.lower_ in GENERIC_PRONOUNS and token.pos_ in ("PRON", "DET"):
            return True
        if token.dep_ not in ("pobj", "prep", "conj", "appos") or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX"):
            # "Those, in Belarus or elsewhere, who ... should know": the phrase hangs off
            # the verb whose subject the generic pronoun is
            subject = subject_of(token.head)
            return subject is not None and subject.lower_ in GENERIC_PRONOUNS
        token = token.head
    return False


def question(sent: Span) -> bool:
    """Whether a sentence ends with a question mark (before closing quotes)."""
    for i in range(sent.end - 1, max(sent.start - 1, sent.end - 4), -1):
        text = sent.doc[i].text.strip()
        if text and text not in QUOTE_MARKS:
            return text.endswith("?")
    return False


def described(noun: Token) -> bool:
    """Whether a participle's noun is a hypothetical or pronominal class of things ("any
    Western troops deployed", "those detained"), not a reported act."""
    if noun.pos_ == "PRON":
        return True
    return any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in noun.children)


def indirect_question(head: Token) -> bool:
    """Whether a verb is the open question a speech verb leaves ("declined to say whether
    troops would go", "has not said how many soldiers it would send")."""
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in ASKING_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children):
        return True
    return any(  # "how many soldiers", "how much aid": the number is left open
        t.lower_ == "how" and t.i < head.i and t.head.lower_ in ("many", "much")
        for c in head.children
        if c.dep_ in ("dobj", "advmod", "nsubj", "nsubjpass", "attr")
        for t in c.subtree
    )


__all__ = [
    "ASKING_VERBS",
    "GENERIC_PRONOUNS",
    "SPEECH_TYPES",
    "back_reference",
    "described",
    "generic",
    "in_modifier",
    "in_setting_clause",
    "indirect_question",
    "is_setting",
    "question",
    "topic_participle",
]
