"""Attribution: who a reporting cue's speaker is, where its content lies, whom it is about."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from flashpoint.extract.doc_index import sent_of
from flashpoint.extract.quotes import FINITE_TAGS, QuotedText
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
        # the subject nearest the verb: "MINSK, 26 May (Agency) - Name accused ..." has two
        here = token.i
        subjects = sorted(
            (c for c in token.children if c.dep_ in _SUBJECT_DEPS),
            key=lambda c: (c.i > here, abs(c.i - here)),
        )
        for child in subjects[:1]:
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
        if (
            token.dep_ == "dep"
            and token.head.pos_ == "VERB"
            and token.head.i < token.i
            and token.doc[token.i - 1].text == ","
        ):
            token = token.head  # "Putin, asked about the plan, warned ...": parsed under "asked"
            continue
        if (token.dep_ == "pcomp" and token.head.lower_ not in _MEANS_PREPS) or (
            token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX")
        ):
            token = token.head  # "despite proclaiming ...": the subject of the main verb
            continue
        return _reduced_relative_subject(verb)
    return None


def _reduced_relative_subject(verb: Token) -> Token | None:
    """Return X in "technology X described as ..." (a relative clause without "that")."""
    if verb.dep_ not in ("xcomp", "acl", "relcl"):
        return None
    previous = verb.i - 1
    while previous >= 0 and verb.doc[previous].is_punct:
        previous -= 1
    if previous < 0 or verb.doc[previous].pos_ != "PROPN":
        return None
    return verb.doc[previous]


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


# ---------------------------------------------------------------------------
# where the content of a cue lies in the parse

# object complements that belong to the content: accuse X of, dismiss X as, blame X for ...
_OBJECT_PREPS = frozenset({"of", "as", "for", "over", "about", "against"})
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "attr", "acomp"})


def clause_range(tokens: Iterable[Token]) -> tuple[int, int] | None:
    indices = [t.i for t in tokens]
    return (min(indices), max(indices)) if indices else None


def subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i


def object_content(
    verb: Token, cue_tokens: list[Token], content: str
) -> tuple[tuple[int, int], Token | None] | None:
    """Return the token range of an object-type content and its first object token."""
    fixed = {t.i for t in cue_tokens}
    parts: list[Token] = []
    for head in cue_tokens:
        for child in head.children:
            if child.i in fixed or child.i < verb.i:
                continue
            if head != verb and child.dep_ == "pobj":
                parts.append(child)  # "called on [Russia]", "pointed the finger at [Putin]"
            elif (
                child.dep_ in _OBJECT_DEPS
                or (child.dep_ == "dative" and content == "object")
                or (child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS)
            ):
                parts.append(child)
    framed = any(t.lower_ == "as" or t.dep_ == "oprd" for p in parts for t in p.subtree) or (
        sum(p.dep_ == "dobj" for p in parts) >= 2  # "branded the claim "a fantasy""
    )
    told = verb.lemma_.lower() in _DESCRIBING and _tells_acts(parts)
    if content == "as" and not framed and not told:
        return None  # "considers X as ...", "described as ...": not "is considering a plan"
    if not parts:
        return None
    first, last = min(p.left_edge.i for p in parts), max(p.right_edge.i for p in parts)
    if verb.doc[first].dep_ == "prep" and verb.doc[first].head in cue_tokens:
        first += 1  # "warned of [serious consequences]", "described as [a game changer]"
    objects = [p for p in parts if p.dep_ in ("dobj", "pobj", "dative")]
    return (first, last), (objects[0] if objects else None)


_DESCRIBING = frozenset({"describe", "portray", "depict"})


def _tells_acts(parts: list[Token]) -> bool:
    """Return whether a describing verb's object tells acts: "described being driven to the
    border", "described soldiers herding groups to the fence" (a gerund, or one inside)."""
    for part in parts:
        if part.dep_ != "dobj" and part.dep_ != "xcomp":
            continue
        if part.tag_ == "VBG" or any(c.tag_ == "VBG" and c.dep_ == "acl" for c in part.children):
            return True
    return False


def hangs_from(clause: Token, verb: Token) -> bool:
    """Return whether `clause` attaches to `verb` through nouns and prepositions only."""
    token = clause.head
    for _ in range(6):
        if token == verb:
            return True
        if token.pos_ not in ("NOUN", "PROPN", "ADP", "DET", "PRON") or token.head == token:
            return False
        token = token.head
    return False


def that_clause(verb: Token) -> tuple[int, int] | None:
    """Return a that-clause the parser hung elsewhere: "maintained its position that ..."."""
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ != "mark" or token.lower_ != "that":
            continue
        clause = token.head
        if not hangs_from(clause, verb):
            continue  # the that-clause of another verb: ", adding that ..."
        if clause.dep_ in ("acl", "ccomp", "advcl") and clause.i > token.i:
            return token.i + 1, clause.right_edge.i
        if clause.dep_ == "relcl" and clause.i > token.i and _has_own_subject(clause):
            # "said in a readout of the call that the leaders had ...": a that-clause the
            # parser took for a relative clause of "call" (its subject is not "that")
            return token.i + 1, clause.right_edge.i
    return None


def _has_own_subject(clause: Token) -> bool:
    return any(
        c.dep_ in _SUBJECT_DEPS and c.lower_ not in _RELATIVE_PRONOUNS for c in clause.children
    )


def what_x_says(verb: Token) -> tuple[int, int] | None:
    """Return the complement of "what Warsaw says are [Belarusian soldiers ...]"."""
    if not any(c.lower_ == "what" and c.i < verb.i for c in verb.children):
        return None
    copula = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
    if copula is None or copula.i + 1 >= len(verb.doc):
        return None
    if copula.right_edge.i > copula.i:
        return copula.i + 1, copula.right_edge.i
    noun = verb.doc[copula.i + 1]  # the parser hung the complement elsewhere: take its phrase
    while noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return copula.i + 1, max(noun.right_edge.i, copula.i + 1)


def clause_after_recipient(verb: Token) -> tuple[int, int] | None:
    """Return the clause after "told the paper [the UK government was ...]" left unattached."""
    recipient = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if recipient is None or recipient.i < verb.i:
        return None
    sent = sent_of(verb)
    # the clause is often parsed as a relative clause of the recipient: stop at its noun
    first = recipient.i + 1
    last = sent.end - 1
    while last > first and verb.doc[last].is_punct:
        last -= 1
    rest = verb.doc[first : last + 1]
    if len(rest) < 3 or rest[0].is_punct or rest[0].pos_ in ("CCONJ", "ADP", "SCONJ"):
        return None
    if not any(t.tag_ in FINITE_TAGS for t in rest) or any(t.text in ".;!?" for t in rest):
        return None
    return first, last


def paragraph_of(ctx: QuotedText, idx: int) -> tuple[int, int]:
    """Return the [start, end) of the line holding character `idx`."""
    start = ctx.text.rfind("\n", 0, idx) + 1
    end = ctx.text.find("\n", idx)
    return start, len(ctx.text) if end < 0 else end


def same_paragraph(ctx: QuotedText, a: Token, b: Token) -> bool:
    return paragraph_of(ctx, a.idx) == paragraph_of(ctx, b.idx)


def clip_to_paragraph(
    ctx: QuotedText, verb: Token, first: int, last: int
) -> tuple[int, int] | None:
    """Keep a content inside its cue's paragraph: the parser runs headlines into leads."""
    start, end = paragraph_of(ctx, verb.idx)
    while first <= last and ctx.doc[first].idx < start:
        first += 1
    while last >= first and ctx.doc[last].idx >= end:
        last -= 1
    return (first, last) if first <= last else None


def inverted_content(ctx: QuotedText, verb: Token, subject: Token) -> tuple[int, int] | None:
    """Return the content before `..., Kremlin spokesperson Dmitry Peskov said`."""
    first = min(subject.left_edge.i, verb.i)
    for _ in range(4):  # "..., PM Tusk says": titles the parser left out of the subject
        if first == 0 or ctx.doc[first - 1].pos_ != "PROPN":
            break
        first -= 1
    if first < 2 or ctx.doc[first - 1].text not in (",", "\u2014", "\u2013"):
        return None
    comma = ctx.doc[first - 1]
    clipped = clip_to_paragraph(ctx, verb, sent_of(comma).start, comma.i)
    if clipped is None:
        return None
    start = clipped[0]
    for quote in ctx.quotes:
        if quote.content_start <= verb.idx < quote.content_end:
            opening = ctx.doc.char_span(quote.content_start, verb.idx, alignment_mode="expand")
            start = max(start, opening.start) if opening is not None else start
    if start >= comma.i:
        return None
    if not any(_clause_verb(t) for t in ctx.doc[start : comma.i]):
        return None  # "On Monday, Peskov said nothing": no clause before the comma
    return ctx.span(start, comma.i - 1)


def _clause_verb(token: Token) -> bool:
    """A finite verb, or a past form read as a reduced relative ("600 people crossed")."""
    if token.tag_ in FINITE_TAGS:
        return True
    return token.tag_ == "VBN" and token.dep_ == "acl" and token.head.i < token.i


def as_clause_content(ctx: QuotedText, verb: Token) -> tuple[int, int] | None:
    """Return the clause an "as X said" / "as reported by X" attribution frames."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    head = verb.head
    if head == verb:
        return None
    own = set(range(verb.left_edge.i, verb.right_edge.i + 1))
    rest = [t.i for t in head.subtree if t.i not in own and not t.is_punct]
    doc = verb.doc
    while (
        len(rest) > 1
        and rest[0] == verb.right_edge.i + 1
        and doc[rest[0]].ent_type_ in ("DATE", "TIME")
        and doc[rest[0]].dep_ == "npadvmod"
    ):
        rest = rest[1:]  # "As the minister said yesterday, ...": the date is the saying's
    if not rest:
        return None
    return ctx.span(min(rest), max(rest))


__all__ = [
    "as_clause_content",
    "choose_target",
    "clause_after_recipient",
    "clause_range",
    "clip_to_paragraph",
    "hangs_from",
    "inverted_content",
    "object_content",
    "paragraph_of",
    "resolve_speaker",
    "same_paragraph",
    "speaker_from",
    "subject_of",
    "subtree_range",
    "target_code",
    "that_clause",
    "what_x_says",
]
