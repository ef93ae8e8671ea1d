"""Statements: quotations, reported speech and attributions, with their factuality.

Every candidate is tied to one cue (one statement per cue). The cues come from the cue
lexicon (data/cues.csv, `load_cue_lexicon`):

- reporting verbs, with the speaker in their subject and the content in an adjacent
  quotation, a complement clause or their object ("accused [Belarus of ...]");
- "according to X", "X's announcement that ...", "are said to have ..." (speaker from the
  statement before), a headline "Warsaw: ..." and a quotation signed with a dash and a name;
- quotations that go on right after an attributed one (`"X," he said. "Y."`: two statements);
- frames: "X was quoted as saying by Y" and "X, quoted by Y, said" (two statements: the
  person and the medium), a parenthetical cue ("The troops, he went on, had ..."), a
  participle inside another cue's content ("rejected reports that ..., calling them ..."),
  "In her words, ...", "As X put it, ...", evidence nouns ("images published by X show",
  "the ministry's figures", "official figures show" -> the dateline country's government),
  and relative replies ("..., which Warsaw denied").

Not statements: the bare object of a denial that only names something said ("Warsaw
denied the report": a REJECT event), a transfer ("promised Riga new funding"), and a
transcript's speaker labels ("HIGH REPRESENTATIVE BORRELL: ..."), the outlet's own voice.

Speakers resolve through the actor index, with fallbacks for what it cannot know here:
"the agency" / "it" after a cited outlet, "The statement said" after "X issued a
statement", joint statements ("Estonia, France and Britain issued ..."), "she" or a
misspelt surname after a quoted person, "he added" after an unnamed role noun ("a
spokesman for the service said"), "the group said" (the last named non-state
organisation), "its chief, Name," (the organisation of "its"), "X did Y, his spokesman
said" (X's office), a speaker phrase the parser left unattached, never a wire dateline,
and an unnamed "the minister" (the dateline country). A statement whose cue sits inside another
statement's content is nested in it (`parent`) and inherits a distancing frame; the same
voice repeating itself there is dropped, or cut off as its own trailing statement.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from flashpoint.extract.attribution import choose_target
from flashpoint.extract.doc_index import doc_sents
from flashpoint.extract.quotes import quote_kind, trim_content
from flashpoint.extract.statement_candidates import (
    according_candidates,
    colon_candidates,
    continuations,
    dash_candidates,
    headline_candidates,
    in_words_candidates,
    misparsed_evidence,
    noun_candidates,
    passive_candidates,
    quoted_candidates,
)
from flashpoint.extract.statement_cues import CUE_FILE, Cue, CueLexicon, load_cue_lexicon
from flashpoint.extract.statement_speakers import Context, Found, dateline_end, home_country
from flashpoint.extract.statement_verbs import verb_candidates
from flashpoint.nlp import doc_text
from flashpoint.records import Statement, entity_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from flashpoint.extract.actors import ActorIndex


_FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
# clauses that close a content and may carry the same speaker's next cue: ", which it
# claimed ...", ", saying ...", "but ruled out ...", ", despite proclaiming ..."
_TRAILING_DEPS = ("relcl", "advcl", "conj", "prep")
_TERMINAL = '.!?"\u201d\u2019)\u2026'  # other final characters: cut off mid-sentence
_MIN_SENTENCES_FOR_CUT = 4  # short snippets often end without a full stop


# ---------------------------------------------------------------------------
# settling


def _same_speaker(a: Found, b: Found) -> bool:
    """Same voice: one actor, and not two different named people or outlets."""
    if a.speaker.actor != b.speaker.actor:
        return False
    return a.speaker.name is None or b.speaker.name is None or a.speaker.name == b.speaker.name


def _settle_nesting(ctx: Context, found: list[Found]) -> None:
    """Nest statements cued inside another's content; drop a speaker repeating himself."""
    for inner in found:
        for index, outer in enumerate(found):
            if outer is inner or outer.dropped or inner.dropped:
                continue
            start, end = outer.content_span
            if not (start <= inner.cue_span[0] and inner.cue_span[1] <= end):
                continue
            if _answers_back(ctx, inner, outer):
                outer.content_span = (start, inner.content_span[1])  # "Y, which Warsaw denied"
                continue
            first_person = (
                inner.subject is not None
                and inner.subject.pos_ == "PRON"
                and inner.subject.lower_ in _FIRST_PERSON
            )
            if first_person and quote_kind(ctx, *inner.cue_span) == "direct":
                inner.dropped = True  # "We condemn ..." inside the speaker's own quotation
            elif _same_speaker(inner, outer):
                cut = _trailing_clause_start(ctx, outer, inner)
                if cut is None:
                    inner.dropped = True
                else:
                    outer.content_span = (start, cut)
            else:
                if inner.parent is None or _narrower(found[inner.parent], outer):
                    inner.parent = index
                if outer.factuality in ("claimed", "hedged") and inner.factuality == "asserted":
                    inner.factuality = outer.factuality


def _answers_back(ctx: Context, inner: Found, outer: Found) -> bool:
    """Return whether `inner` is a relative reply to the end of `outer`'s content."""
    if not (outer.content_span[0] <= inner.content_span[0] < inner.content_span[1]):
        return False
    if inner.content_span[1] > inner.cue_span[0] or _same_speaker(inner, outer):
        return False
    cue = ctx.doc.char_span(*inner.cue_span, alignment_mode="expand")
    return cue is not None and cue.root.dep_ == "relcl"


def _narrower(a: Found, b: Found) -> bool:
    return (b.content_span[1] - b.content_span[0]) < (a.content_span[1] - a.content_span[0])


def _trailing_clause_start(ctx: Context, outer: Found, inner: Found) -> int | None:
    """Return where `, which it claimed ...` starts when it closes the outer content."""
    cue = ctx.doc.char_span(*inner.cue_span, alignment_mode="expand")
    if cue is None:
        return None
    clause = cue.root
    while clause.dep_ not in _TRAILING_DEPS and clause.head != clause:
        if clause.head.idx < outer.content_span[0]:
            return None
        clause = clause.head
    if clause.dep_ not in _TRAILING_DEPS:
        return None
    left = clause.left_edge
    if clause.dep_ == "conj":
        joins = [c for c in clause.head.children if c.dep_ == "cc" and c.i < clause.i]
        if not joins:
            return None
        left = joins[-1]  # "... air support [but ruled out] ..."
        return left.idx if left.idx > outer.content_span[0] else None
    if left.i == 0 or ctx.doc[left.i - 1].text != ",":
        return None
    if clause.right_edge.idx + len(clause.right_edge) < outer.content_span[1] - 2:
        return None
    return ctx.doc[left.i - 1].idx


_MIN_HOME_SPEAKERS = 2  # statements of one country that make it the report's own


def _home_police(ctx: Context, found: list[Found]) -> None:
    """Give "the Border Guard" / "police" of unknown country the report's own country.

    Police and border guards always belong to a state; with no country word or dateline it
    is the one the report's other speakers mostly belong to (a partisan piece on Poland).
    """
    unknown = [f for f in found if f.speaker.actor == "UNK-COP" and not f.speaker.members]
    if not unknown:
        return
    country = home_country(ctx)
    if country is None:
        counts: dict[str, int] = {}
        for item in found:
            entity = entity_of(item.speaker.actor)
            if entity is not None and len(entity) == 3 and entity != "UNK":
                counts[entity] = counts.get(entity, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if (
            ranked
            and ranked[0][1] >= _MIN_HOME_SPEAKERS
            and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        ):
            country = ranked[0][0]
    if country is None:
        return
    for item in unknown:
        item.speaker = dataclasses.replace(item.speaker, actor=f"{country}-COP")


def _cut_framing_cues(ctx: Context, found: list[Found]) -> None:
    """Cut off a frame that closes a content: "X said that 134 people had tried to cross,
    according to the PAP agency" (the PAP statement frames X's, it is not X's content)."""
    for item in found:
        if item.quote is not None:
            continue
        start, end = item.content_span
        for frame in found:
            if frame is item or not (start < frame.cue_span[0] < end):
                continue
            if frame.cue_span[0] < item.cue_span[1]:
                continue
            if frame.content_span[0] > item.cue_span[0] or frame.content_span[1] < item.cue_span[1]:
                continue  # the frame's content must hold this statement's cue
            cut = frame.cue_span[0]
            while cut > start and ctx.text[cut - 1] in " ,;\u2013\u2014-":
                cut -= 1
            end = cut
        item.content_span = (start, end)


def _unfinished_tail(doc: Doc) -> int:
    """Return where a report cut off mid-sentence stops making sense (else its length)."""
    sentences = doc_sents(doc)
    if len(sentences) < _MIN_SENTENCES_FOR_CUT:
        return len(doc_text(doc))
    last = sentences[-1]
    tail = last.text.rstrip()
    if not tail or tail[-1] in _TERMINAL:
        return len(doc_text(doc))
    paragraph = doc_text(doc).rstrip().rfind("\n") + 1
    return max(last.start_char, paragraph)  # unfinished final sentences are not annotated


def _dedupe(found: list[Found]) -> list[Found]:
    seen: set[tuple[int, int, str | None]] = set()
    out = []
    for item in found:
        key = (item.content_span[0], item.content_span[1], item.speaker.actor)
        if item.dropped or key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out


def extract_statements(doc: Doc, *, actors: ActorIndex, cues: CueLexicon) -> list[Statement]:
    """Return every attributed statement of `doc`, ids s1, s2, ... in text order."""
    ctx = Context(doc, actors, cues)
    found = list(verb_candidates(ctx))
    found += dash_candidates(ctx)
    found += colon_candidates(ctx, found)
    found += continuations(ctx, found)
    found += quoted_candidates(ctx, found)
    found += in_words_candidates(ctx, found)
    found += misparsed_evidence(ctx, found)
    found += according_candidates(ctx, found)
    found += noun_candidates(ctx)
    found += headline_candidates(ctx)
    found += passive_candidates(ctx, found)
    for item in found:
        if item.quote is None:
            start, end = item.content_span
            start = min(dateline_end(ctx.text, start), end)
            item.content_span = trim_content(ctx.text, start, end, ctx.quotes)
    _cut_framing_cues(ctx, found)
    found = [f for f in found if f.content_span[1] - f.content_span[0] >= 3]
    cut_from = _unfinished_tail(doc)
    found = [f for f in found if f.cue_span[0] < cut_from]
    found = _dedupe(found)
    _home_police(ctx, found)
    _settle_nesting(ctx, found)
    order = sorted(
        (f for f in found if not f.dropped),
        key=lambda f: (min(f.content_span[0], f.cue_span[0]), f.content_span[0]),
    )
    ids = {id(item): f"s{number}" for number, item in enumerate(order, start=1)}
    statements: list[Statement] = []
    for item in order:
        start, end = item.content_span
        parent = found[item.parent] if item.parent is not None else None
        target = choose_target(
            actors.within(start, end), item.speaker.actor, preferred=item.preferred_target
        )
        previous = statements[-1] if statements else None
        if (
            target is None
            and item.quote is not None
            and previous is not None
            and previous.speaker == item.speaker
            and previous.kind == "direct"
        ):
            target = previous.target  # a quotation going on about the same actor
        kind = quote_kind(ctx, start, end)
        if kind == "direct" and parent is not None and parent.cue_span[0] < item.cue_span[0]:
            kind = "indirect"  # the quoted words are the citing source's, not this speaker's
        statements.append(
            Statement(
                id=ids[id(item)],
                speaker=item.speaker,
                cue=item.cue,
                kind=kind,
                content=ctx.text[start:end],
                content_span=(start, end),
                factuality=item.factuality,
                target=target,
                cue_span=item.cue_span,
                parent=ids.get(id(parent)) if parent is not None else None,
            )
        )
    return statements


__all__ = ["CUE_FILE", "Cue", "CueLexicon", "extract_statements", "load_cue_lexicon"]
