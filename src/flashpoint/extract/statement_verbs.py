"""Statements cued by a reporting verb: its speaker, its content and its factuality."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING

from flashpoint.extract.attribution import (
    as_clause_content,
    clause_after_recipient,
    clip_to_paragraph,
    inverted_content,
    object_content,
    paragraph_of,
    resolve_speaker,
    same_paragraph,
    subject_of,
    subtree_range,
    that_clause,
    what_x_says,
)
from flashpoint.extract.doc_index import sent_of
from flashpoint.extract.quotes import QUOTE_MARKS, Quote, quote_after, quote_before
from flashpoint.extract.statement_cues import Cue
from flashpoint.extract.statement_speakers import (
    POSSESSIVE_PRONOUNS,
    Context,
    Found,
    Voice,
    appositive_name,
    dateline_span,
    in_dateline,
    is_evidence,
    member_of_named,
    role_noun,
    speaker_for,
    unnamed_media,
)
from flashpoint.records import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# a complement clause is content
_CLAUSE_TYPES = ("clause", "recipient", "any", "act", "evidence", "claim")
_INFINITIVE_TYPES = ("any", "act")  # "pledged [to help]": an infinitive is the content
REFUSED = "denied"  # "would not accept": the content is a refusal (seed NOTES)
_DISTANCED = "claimed"  # "what Warsaw says are ...": the outlet keeps its distance (seed NOTES)
PARENTHETICAL = (",", "\u2014", "\u2013")
_SUBJECT_GAP = 10  # tokens of a speaker phrase the parser left without a subject link
# a speech verb under these reports nothing: "declined to say how many", "failed to explain"
_WITHHOLDING = frozenset({"decline", "refuse", "fail", "avoid", "without"})
_CONTRAST_WORDS = frozenset({"yet", "but", "while", "although", "though", "whereas"})
_NO_SPEAKER = frozenset({"no", "none", "nobody", "neither", "nor"})  # "no official has said"
# infinitives that make a refusal a refusal to talk ("declined to comment"), no statement
_TALK_VERBS = frozenset({"comment", "speak", "talk", "elaborate", "discuss", "answer", "specify"})


def _verb_factuality(ctx: Context, verb: Token, cue: Cue, span: tuple[int, int]) -> str:
    """Return how the outlet presents a verb-cued statement."""
    if what_x_says(verb):
        return _DISTANCED
    if verb.dep_ == "xcomp":
        for _, passive, complement in passive_heads(ctx):
            if complement == verb:
                return passive.factuality  # "Wallace is said to have warned ...": hedged
    for child in verb.children:
        hedge = ctx.cues.hedge(child.lower_) if child.dep_ == "advmod" else None
        if hedge is not None:
            return hedge.factuality  # "reportedly told", "allegedly said"
    if cue.factuality == "asserted" and refuses(ctx, span):
        return REFUSED
    return cue.factuality


def refuses(ctx: Context, span: tuple[int, int]) -> bool:
    """Return whether a content is a refusal: "it would not accept ..." (seed NOTES)."""
    content = ctx.doc.char_span(*span, alignment_mode="expand")
    if content is None:
        return False
    root = content.root
    negated = any(c.dep_ == "neg" for c in root.children)
    return negated and ctx.cues.first("refusal", root.lemma_.lower()) is not None


def _outlet_voice(ctx: Context, subject: Token) -> bool:
    """Return whether a first-person subject speaks for the outlet (not inside a quotation)."""
    if subject.pos_ != "PRON" or subject.lower_ not in ("i", "we"):
        return False
    return not any(q.content_start <= subject.idx < q.content_end for q in ctx.quotes)


def _paragraph_subject(ctx: Context, verb: Token) -> Token | None:
    """Return the head of the phrase opening the verb's paragraph: its subject, as written."""
    start, _ = paragraph_of(ctx, verb.idx)
    opening = ctx.doc.char_span(start, verb.idx, alignment_mode="expand")
    if opening is None:
        return None
    for token in opening:
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            while (
                token.head.i < verb.i
                and token.head.pos_ in ("PROPN", "NOUN")
                and (token.head.i > token.i and same_paragraph(ctx, token.head, verb))
            ):
                token = token.head
            return token
    return None


def _grants(verb: Token, obj: Token | None) -> bool:
    """Return whether "deny/refuse X to Y" hands something to a recipient."""
    heads = [verb] if obj is None else [verb, obj]
    return any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
        for head in heads
        for c in head.children
    )


def _bare_referent(ctx: Context, content: tuple[int, int], obj: Token | None) -> bool:
    """Return whether a denied object only names something said: "denied the report"."""
    if obj is None or ctx.cues.first("referent", obj.lemma_.lower()) is None:
        return False
    if content != subtree_range(obj):
        return False  # "dismissed the report as fiction": the content says more
    if any(t.text in QUOTE_MARKS or (t.dep_ == "prep" and t.lower_ == "as") for t in obj.subtree):
        return False  # a quotation, or "dismissed the report as fiction": more than a name
    # "denied the reports that ...": a that-clause says what was reported
    return not any(
        c.dep_ in ("acl", "ccomp", "appos") and any(m.lower_ == "that" for m in c.children)
        for c in obj.children
    )


_CLAIM_PREPS = frozenset({"as", "of", "for", "over", "about"})  # "dismissed X as Y"


def _names_only(ctx: Context, verb: Token, content: tuple[int, int], obj: Token | None) -> bool:
    """Return whether the object of a denial or condemnation only names something.

    "Minsk rejected the account", "condemned the American reinforcements", "dismissed the
    idea of guarantees that exclude Moscow": a bare noun phrase says nothing of its own
    (an event only, annotation notes). An "as" or "of" complement ("dismissed the report
    as fiction", "accused X of ..."), a clause ("rejected claims that ..."), a gerund or a
    quotation inside the object is content.
    """
    if obj is None or obj.dep_ != "dobj":
        return False
    if any(c.dep_ == "prep" and c.lower_ in _CLAIM_PREPS for c in verb.children if c.i > obj.i):
        return False
    if any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children if c.i > verb.i):
        return False
    tokens = ctx.doc[content[0] : content[1] + 1]
    if any(t.text in QUOTE_MARKS for t in tokens):
        return False
    if any(t.dep_ == "prep" and t.lower_ == "as" for t in tokens):
        return False  # "dismissed the reports as hysteria"
    relative = {
        d.i for t in tokens if t.dep_ == "relcl" or _reduced_relative(t) for d in t.subtree
    }  # "the idea of guarantees that exclude Moscow": a relative clause names, says nothing
    return not any(t.pos_ in ("VERB", "AUX") and t.i not in relative for t in tokens)


_SHOWING = frozenset({"provide", "offer", "give", "cite", "present", "produce", "show", "supply"})
_PROOF = frozenset({"evidence", "proof", "detail", "substantiation", "source", "example"})


def _unproven(ctx: Context, verb: Token, span: tuple[int, int]) -> int | None:
    """Return where ", without providing evidence" starts, when the cue or its content has it.

    "said, without providing evidence, that ..." / "said X had happened, without offering
    proof": the outlet keeps its distance (claimed); the phrase is not part of the content.
    Returns the character where the phrase starts (the content ends before it), or the
    content's end when the phrase sits outside the content.
    """
    sentence = sent_of(verb)
    for prep in sentence:
        if prep.lower_ == "without" and prep.dep_ == "prep":
            showing = [c for c in prep.children if c.lemma_.lower() in _SHOWING]
            proof = [
                g for c in showing for g in c.children
                if g.dep_ == "dobj" and g.lemma_.lower() in _PROOF
            ]  # fmt: skip
            if not proof or not (verb in prep.ancestors or _under(prep, span)):
                continue
            start = prep.idx
            if prep.i > 0 and ctx.doc[prep.i - 1].text == ",":
                start = ctx.doc[prep.i - 1].idx
            return start if span[0] < start < span[1] else span[1]
    return None


def _under(token: Token, span: tuple[int, int]) -> bool:
    return span[0] <= token.idx < span[1]


def _small_clause(token: Token) -> bool:
    """Return whether a complement clause is a noun with a participle the parser took for a
    clause ("announced [drills involving 8,000 troops]"): a gerund head without auxiliary."""
    if token.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in token.children)


def _reduced_relative(token: Token) -> bool:
    """Return whether a participle is a reduced relative ("troops deployed to X"), not the
    that-clause of a noun ("claims that its guards had fired")."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBG"):
        return False  # "troops deployed to X", "drills involving 6,000 troops"
    return not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in token.children)


def quoted_as_saying(verb: Token) -> tuple[Token, Token] | None:
    """Return (passive "quoted", "saying") for "X was quoted (by Y) as saying ..."."""
    saying = verb
    if verb.lemma_ == "quote":
        saying = next(
            (g for c in verb.children if c.lower_ == "as" for g in c.children if g.tag_ == "VBG"),
            verb,
        )
    head = saying.head.head if saying.head.lower_ == "as" else saying
    if head.lemma_ != "quote" or saying == head or saying.tag_ != "VBG":
        return None
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return head, saying


def verb_candidates(ctx: Context) -> Iterator[Found]:
    found: list[Found] = []
    for verb in ctx.tokens_for(ctx.cues.heads("verb")):
        misparsed = _noun_for_verb(verb)
        if verb.pos_ not in ("VERB", "AUX") and misparsed is None:
            continue
        matched = ctx.cues.match(verb, "verb")
        if matched is None:
            continue
        cue, cue_tokens = matched
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not say" reports no statement
        if any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children
        ):
            continue  # passives: "are said to" is its own cue; "was reported" has no speaker
        if quoted_as_saying(verb) is not None:
            continue  # "was quoted as saying by X": two statements, see quoted_candidates
        if _withheld(verb) or _refuses_to_talk(ctx, verb, cue):
            continue  # "without saying how many", "declined to comment": nothing said
        subject = misparsed or _enclosing_cue_subject(ctx, verb) or subject_of(verb)
        if subject is None or in_dateline(ctx, subject.idx):
            subject = _bare_subject(ctx, verb)  # "WARSAW, 8 Nov (Wire) - ..., a spokesman said"
        if subject is not None and not same_paragraph(ctx, subject, verb):
            subject = _paragraph_subject(ctx, verb)  # the parser ran a caption into the text
        if subject is None:
            continue
        if _outlet_voice(ctx, subject):
            continue  # "We demand ..." in a government's own release: the outlet speaking
        if _nobody(subject):
            continue  # "not one government has said how many": nobody said it
        voice = _office_of_content_subject(ctx, verb, subject) or speaker_for(ctx, subject, found)
        if voice is None:
            continue
        mention, speaker = voice
        named = appositive_name(subject) if role_noun(ctx.cues, subject) else None
        if speaker.name is None:  # "a spokeswoman for X, Name, said", "medics from X say"
            named = named or member_of_named(ctx, subject, speaker)
            if named is not None:
                speaker = dataclasses.replace(speaker, name=named)
        cue_span = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1]))
        patient = _passive_patient(ctx, verb)
        for span, quote, preferred in _verb_contents(ctx, verb, cue, cue_tokens, subject):
            preferred = preferred or patient
            unproven = _unproven(ctx, verb, span)
            if unproven is not None and quote is None:
                span = (span[0], min(span[1], unproven))
            item = Found(
                mention=mention,
                speaker=speaker,
                cue=ctx.text[cue_span[0] : cue_span[1]],
                cue_span=cue_span,
                content_span=span,
                factuality=_DISTANCED
                if (unproven is not None or unnamed_media(ctx, subject))
                and cue.factuality == "asserted"
                else _verb_factuality(ctx, verb, cue, span),
                preferred_target=preferred,
                subject=subject,
                quote=quote,
            )
            found.append(item)
            yield item


def _passive_patient(ctx: Context, verb: Token) -> str | None:
    """Return whom "Warsaw was accused by Minsk of ..." is aimed at: the passive subject."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    mention = ctx.actors.resolve(patient) if patient is not None else None
    return mention.actor if mention is not None else None


def _noun_for_verb(token: Token) -> Token | None:
    """Return the speaker of a reporting verb the parser took for a plural noun.

    "Ukraine's military intelligence estimates that ...": "estimates" is parsed as the
    root noun with "intelligence" as its compound and the that-clause under it.
    """
    if token.tag_ != "NNS" or token.dep_ != "ROOT":
        return None
    if not any(c.dep_ == "ccomp" for c in token.children):
        return None
    compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    return compounds[-1] if compounds and compounds[-1].i == token.i - 1 else None


def _withheld(verb: Token) -> bool:
    """Return whether a speech verb is withheld: "without saying", "declined to say"."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True
    head = verb.head
    if verb.dep_ != "xcomp" or head == verb:
        return False
    return head.lemma_.lower() in _WITHHOLDING or _negated(head)  # "did not want to say"


def _refuses_to_talk(ctx: Context, verb: Token, cue: Cue) -> bool:
    """Return whether a refusal cue refuses only to talk: "refused to comment", "to say"."""
    if cue.factuality != REFUSED or cue.content != "act":
        return False
    for child in verb.children:
        if child.dep_ == "xcomp":
            lemma = child.lemma_.lower()
            return lemma in _TALK_VERBS or ctx.cues.match(child, "verb") is not None
    return False


def _nobody(subject: Token) -> bool:
    """Return whether a subject names nobody: "no official", "none of them", "not one"."""
    if subject.lower_ in _NO_SPEAKER:
        return True
    for child in subject.children:
        if child.dep_ == "det" and child.lower_ in _NO_SPEAKER:
            return True
        if child.lower_ == "one" and any(c.dep_ == "neg" for c in child.children):
            return True  # "not one government"
    return False


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _enclosing_cue_subject(ctx: Context, verb: Token) -> Token | None:
    """Return the speaker of a participle cue inside another cue's content.

    "rejected reports that it had ..., calling them ...": the participle after the comma
    speaks with the subject of the reporting verb above it, not with "it".
    """
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text not in PARENTHETICAL:
        return None
    for ancestor in verb.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX") or _negated(ancestor):
            continue
        if ctx.cues.match(ancestor, "verb") is not None:
            return subject_of(ancestor)
    return None


def _office_of_content_subject(ctx: Context, verb: Token, subject: Token) -> Voice | None:
    """Return the office in "Michel spoke with X, his spokesman said": "his" is the content's
    subject (a person), not the last person named."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in POSSESSIVE_PRONOUNS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i), None)
    if clause is None:
        return None
    content_subject = subject_of(clause)
    if content_subject is None or content_subject.pos_ == "PRON":
        return None
    mention = resolve_speaker(ctx.doc, content_subject, ctx.actors)
    if mention is None or not mention.person:
        return None
    return None, Speaker(name=None, actor=mention.actor)


def _relative_antecedent(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """Return the clause a relative cue refers back to.

    "Polish soldiers fired shots, which Warsaw denied" and "..., a claim Warsaw has
    denied": the content is the clause before the comma, up to where its reporting starts.
    """
    if verb.dep_ != "relcl":
        return None
    relative = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("which", "that")), None
    )
    noun = verb.head
    if relative is not None and relative.i < verb.i:
        opening = relative
    elif ctx.cues.first("referent", noun.lemma_.lower()) is not None and noun.i < verb.i:
        opening = noun.left_edge  # "a claim Warsaw has denied"
    else:
        return None
    comma = opening.i - 1
    if comma <= sent_of(verb).start or ctx.doc[comma].text != ",":
        return None
    clause = ctx.doc[comma - 1]
    for ancestor in ctx.doc[comma - 1].ancestors:
        if ancestor.dep_ == "ccomp" and ancestor.i < comma:
            clause = ancestor
            break
    else:
        clause = sent_of(verb).root
    first = max(clause.left_edge.i, sent_of(verb).start)
    if ctx.doc[first].dep_ == "mark":
        first += 1
    if first >= comma - 1:
        return None
    bounds = clip_to_paragraph(ctx, verb, first, comma - 1)
    return None if bounds is None else ctx.span(*bounds)


_DATE_ENTS = frozenset({"DATE", "TIME"})
# speech verbs a headline gives a noun phrase instead of a clause ("Kremlin says no plans to")
_HEADLINE_SAYING = frozenset({"say", "claim", "insist", "allege", "suggest", "signal", "confirm"})


def _after_dated_opening(ctx: Context, clause: Token, first: int) -> int:
    """Skip the cue's date the parser hung on the clause: "said [on Wednesday] it had ..."."""
    doc = ctx.doc
    for child in clause.children:
        if child.i != first or child.i >= clause.i:
            continue
        words = list(child.subtree)
        dated = child.ent_type_ in _DATE_ENTS or (
            child.dep_ == "prep" and any(t.ent_type_ in _DATE_ENTS for t in words[1:])
        )
        if not dated or child.dep_ not in ("prep", "npadvmod"):
            return first
        after = words[-1].i + 1
        while after < clause.i and (doc[after].is_punct or doc[after].lower_ == "that"):
            after += 1
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and after <= subjects[0].left_edge.i:
            return after
    return first


def _headline_object(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """Return the rest of a headline after "X says" with a noun phrase in place of a clause:
    "Kremlin says no plans to invade Ukraine" (headline style drops the verb)."""
    line_end = ctx.text.find("\n")
    if line_end < 0 or verb.idx > line_end or verb.lemma_.lower() not in _HEADLINE_SAYING:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.i > verb.i]
    if not objects:
        return None
    first = verb.i + 1  # the parser may run the headline into the lead: the rest of the line
    if ctx.doc[first].lower_ == "that":
        first += 1
    if first >= len(ctx.doc) or ctx.doc[first].idx >= line_end:
        return None
    last = first
    while last + 1 < len(ctx.doc) and ctx.doc[last + 1].idx < line_end:
        last += 1
    while last > first and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
        last -= 1
    return ctx.span(first, last)


def _before_next_cue(ctx: Context, clause: Token, first: int, last: int) -> int:
    """Return where a complement clause ends when the parser ran the speaker's next
    reporting verb into it: "said its staff had not fired [and branded the claim ...]"."""
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i <= first or ctx.cues.match(conj, "verb") is None:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue  # "said X had happened and Y denied it": a subject of its own
        joins = [c for c in clause.children if c.dep_ == "cc" and c.i < conj.i]
        cut = (joins[-1].i if joins else conj.i) - 1
        while cut > first and ctx.doc[cut].is_punct:
            cut -= 1
        return min(last, cut)
    return last


def _what_it_was_called(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """Return the complement of "..., which X called [Y]": what the antecedent is called."""
    if not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        return None
    parts = [
        c for c in verb.children
        if c.i > verb.i and c.dep_ in ("dobj", "oprd", "attr", "prep", "xcomp", "npadvmod")
    ]  # fmt: skip
    if not parts:
        return None
    first = min(p.left_edge.i for p in parts)
    last = max(p.right_edge.i for p in parts)
    bounds = clip_to_paragraph(ctx, verb, first, last)
    return None if bounds is None else ctx.span(*bounds)


def _bare_subject(ctx: Context, verb: Token) -> Token | None:
    """Return the head of "..., a spokesman for the service said." left without a subject
    link, or of "WARSAW, 8 Nov (Wire) - Name said" (the parser's subject is the dateline)."""
    doc = verb.doc
    first = verb.i
    sent_start = sent_of(verb).start
    while first > sent_start and doc[first - 1].text not in PARENTHETICAL:
        first -= 1
    found = _phrase_head(doc, first, verb) if first > sent_start else None
    dateline = dateline_span(ctx)
    if found is None and dateline is not None and doc[sent_start].idx < dateline[2] <= verb.idx:
        opening = doc.char_span(dateline[2], verb.idx, alignment_mode="expand")
        if opening is not None:
            found = _phrase_head(doc, opening.start, verb)
    return found


def _phrase_head(doc: Doc, first: int, verb: Token) -> Token | None:
    """Return the head of the speaker phrase doc[first:verb.i], if it is one."""
    phrase = doc[first : verb.i]
    if not 0 < len(phrase) <= _SUBJECT_GAP:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in phrase):
        return None
    heads = [
        t for t in phrase
        if t.pos_ in ("NOUN", "PROPN", "PRON") and not (first <= t.head.i < verb.i)
    ]  # fmt: skip
    return heads[0] if heads else None


def _parenthetical(
    ctx: Context, verb: Token, cue_tokens: list[Token], subject: Token, *, recipient: bool = False
) -> bool:
    """Return whether a cue sits between commas inside its content: "X, he went on, had ..."."""
    doc = verb.doc
    first, last = min(subject.left_edge.i, verb.i), cue_tokens[-1].i
    addressee = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    if recipient and addressee and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        last = max(last, addressee[0].right_edge.i)  # ", Kirby told reporters, ..."
    if first == 0 or last + 1 >= len(doc) or first <= sent_of(verb).start:
        return False
    if doc[first - 1].text not in PARENTHETICAL or doc[last + 1].text not in PARENTHETICAL:
        return False
    after = doc[last + 2] if last + 2 < len(doc) else None
    if after is not None and (after.dep_ == "cc" or after.lower_ in _CONTRAST_WORDS):
        return False  # "..., Macron announced, yet not one government has ...": a new clause
    told = recipient and addressee and doc[last + 1].text in PARENTHETICAL
    if not told and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return False
    return verb.dep_ in ("parataxis", "advcl", "conj") or verb.head == verb


def _verb_contents(
    ctx: Context, verb: Token, cue: Cue, cue_tokens: list[Token], subject: Token
) -> Iterator[tuple[tuple[int, int], Quote | None, str | None]]:
    """Yield (content span, whole-content quote, preferred target) for one cue verb."""
    cue_end = cue_tokens[-1].idx + len(cue_tokens[-1])
    after = quote_after(ctx, cue_end)
    before = quote_before(ctx, verb, subject)
    if before is not None and (after is None or before.start != after.start):
        yield (before.content_start, before.content_end), before, None
    if after is not None:
        yield (after.content_start, after.content_end), after, None
    if before is not None or after is not None:
        return
    if _parenthetical(ctx, verb, cue_tokens, subject, recipient=cue.content == "recipient"):
        sentence = clip_to_paragraph(ctx, verb, sent_of(verb).start, sent_of(verb).end - 1)
        if sentence is not None:
            first, last = sentence
            while last > first and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
                last -= 1
            yield ctx.span(first, last), None, None
        return
    if cue.content == "quote":
        return
    # "..., which Warsaw denied": the clause before the comma; not "..., which Warsaw
    # declined" (an offer refused, nothing claimed)
    if cue.content == "as" and verb.dep_ == "relcl":
        named = _what_it_was_called(ctx, verb)
        if named is not None:  # "..., which he called the biggest presence since ...": the name
            yield named, None, None
            return
    antecedent = _relative_antecedent(ctx, verb) if cue.content != "act" else None
    if antecedent is not None:
        yield antecedent, None, None
        return
    framed = as_clause_content(ctx, verb)
    if framed is not None:
        yield framed, None, None
        return
    distanced = what_x_says(verb)
    if distanced is not None:
        yield ctx.span(*distanced), None, None
        return
    preferred: str | None = None
    token_range: tuple[int, int] | None = None
    if cue.content in _CLAUSE_TYPES:
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if not clauses and cue.content in _INFINITIVE_TYPES:
            dobjs = [c.i for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
            clauses = [
                c for c in verb.children
                if c.dep_ == "xcomp" and not any(verb.i < o < c.i for o in dobjs)
            ]  # fmt: skip  # not "refused all of its requests [to visit ...]": the noun's
        if clauses and cue.content == "claim" and _small_clause(clauses[0]):
            return  # "announced [snap drills involving 8,000 troops]": a noun phrase, misparsed
        if clauses and same_paragraph(ctx, verb, clauses[0]):
            first, last = subtree_range(clauses[0])
            if clauses[0].i > verb.i:
                first = max(first, cue_tokens[-1].i + 1)  # "which it claimed [was ...]"
            last = _before_next_cue(ctx, clauses[0], first, last)
            if clauses[0].i > verb.i:
                first = _after_dated_opening(ctx, clauses[0], first)
                marks = [
                    c.i for c in clauses[0].children if c.dep_ == "mark" and c.lower_ == "that"
                ]
                if marks and first < marks[0] and ctx.doc[marks[0] - 1].text == ",":
                    first = marks[0] + 1  # "said, citing intelligence, that ...": after "that"
            token_range = clip_to_paragraph(ctx, verb, first, last)
    inverted_subject = subject.i > verb.i and subject.head == verb and subject.dep_ != "nsubj"
    evidence = cue.content == "evidence" and is_evidence(ctx, subject)
    objects = ("object", "as", "any", "claim")
    if token_range is None and (cue.content in objects or evidence) and not inverted_subject:
        kind = "any" if evidence else "object" if cue.content == "claim" else cue.content
        got = object_content(verb, cue_tokens, kind)
        if got is not None and cue.content == "claim" and _names_only(ctx, verb, *got):
            return  # "Minsk rejected the account", "condemned the attack": an event only
        if got is not None and cue.factuality == "denied" and _grants(verb, got[1]):
            return  # "denied entry to the delegation": a refusal to grant, not a denial
        if got is not None and cue.factuality == "denied" and _bare_referent(ctx, *got):
            return  # "Warsaw denied the report": a REJECT event only (seed NOTES)
        if got is not None and evidence:  # "images show [tanks] [near X]": the rest of the clause
            last = verb.right_edge.i
            while last > got[0][1] and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
                last -= 1
            got = ((got[0][0], max(got[0][1], last)), got[1])
        if got is not None:
            token_range, obj = got
            if obj is not None:
                target = ctx.actors.resolve(obj)
                preferred = target.actor if target is not None else None
    if token_range is None and cue.content in _CLAUSE_TYPES:
        for found in (
            that_clause(verb),
            clause_after_recipient(verb) if cue.content == "recipient" else None,
        ):
            if found is not None and token_range is None:
                token_range = clip_to_paragraph(ctx, verb, *found)
    if token_range is None and cue.content in _CLAUSE_TYPES:
        inverted = inverted_content(ctx, verb, subject)
        if inverted is not None and verb.dep_ in ("ROOT", "ccomp", "parataxis", "conj"):
            yield inverted, None, None
        elif inverted is None and subject.i < verb.i:
            headline = _headline_object(ctx, verb)
            if headline is not None:
                yield headline, None, None
        return
    if token_range is not None:
        token_range = clip_to_paragraph(ctx, verb, *token_range)
    if token_range is not None and subject.i < verb.i:
        first, last = token_range
        if first < subject.left_edge.i <= last:  # the parser hung the speaker in the clause
            last = subject.left_edge.i - 1
            while last > first and ctx.doc[last].is_punct:
                last -= 1
            token_range = (first, last)
    if token_range is not None:
        yield ctx.span(*token_range), None, preferred


def passive_heads(ctx: Context) -> list[tuple[Token, Cue, Token]]:
    """Return (verb, cue, complement) for "are said to have attempted ...", once per document."""
    if ctx.passive is None:
        cues = [c for c in ctx.cues.lookup("passive", "be") if len(c.words) == 3]
        verbs = {c.words[1] for c in cues}
        ctx.passive = []
        for verb in ctx.tokens_for(verbs):
            lemma = verb.lemma_.lower()
            if lemma not in verbs or not any(c.dep_ == "auxpass" for c in verb.children):
                continue
            for cue in cues:
                if lemma != cue.words[1]:
                    continue
                complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
                if complement is not None and any(
                    c.lower_ == cue.words[2] for c in complement.children
                ):
                    ctx.passive.append((verb, cue, complement))
    return ctx.passive
