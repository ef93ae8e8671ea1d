"""Statements cued by everything but a reporting verb.

"according to X", "X's announcement that ...", "X was quoted as saying by Y", "In her words,
...", "official figures show", "are said to have ...", a headline "Warsaw: ...", a quotation
signed with a dash, and quotations that go on after an attributed one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from flashpoint.extract.attribution import (
    clause_range,
    clip_to_paragraph,
    inverted_content,
    resolve_speaker,
    same_paragraph,
    speaker_from,
    subtree_range,
)
from flashpoint.extract.doc_index import sent_of
from flashpoint.extract.quotes import QUOTE_MARKS, STRIP, Quote
from flashpoint.extract.statement_speakers import (
    Context,
    Found,
    earlier_speaker,
    evidence_owner,
    home_country,
    is_evidence,
    speaker_for,
)
from flashpoint.extract.statement_verbs import (
    PARENTHETICAL,
    REFUSED,
    passive_heads,
    quoted_as_saying,
    refuses,
)
from flashpoint.records import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.extract.actors import ActorMention

UNNAMED_MEDIA = "UNK-MED"  # "according to media reports": an outlet of unknown country (dev NOTES)
_MAX_HEADLINE_LINES = 3  # the title block of a report
_HEADLINE = re.compile(r"^([^:\n]{2,40}):\s+(\S[^\n]*?)\s*$")
_DASH_AFTER = re.compile(r"\s*([\u2013\u2014])\s*(?=[A-Z])")
# the rest of an attribution sentence, up to where the next quotation opens
# "Kaminski: "...": a name and a colon right before a quotation, at the start of its line
_COLON_PREFIX = re.compile(r"(?:^|\n)[ \t]*([^\n:\"\u201c\u201d]{2,80}?)[ \t]*:[ \t]*$")
_MAX_PREFIX_TOKENS = 8
_ATTRIBUTION_END = re.compile(r"[^.!?\n\"\u201c\u201d]{0,120}[.!?]\s*$")


def according_candidates(ctx: Context, found: list[Found]) -> Iterator[Found]:
    for token in ctx.tokens_for(ctx.cues.heads("prep")):
        matched = ctx.cues.match(token, "prep")
        if matched is None:
            continue
        cue, cue_tokens = matched
        objects = [c for c in cue_tokens[-1].children if c.dep_ == "pobj"]
        if not objects:
            continue
        source = objects[0]
        evidence = evidence_owner(ctx, source, found) if is_evidence(ctx, source) else None
        mention: ActorMention | None = None
        speaker: Speaker | None = None
        if evidence is not None:  # "according to the Border Guard's figures", "official data"
            mention, speaker = evidence
        else:
            mention = resolve_speaker(ctx.doc, source, ctx.actors) or earlier_speaker(
                source, found, ctx.cues
            )
            speaker = speaker_from(mention) if mention is not None else None
        if speaker is None and ctx.cues.first("unnamed", source.lemma_.lower()) is not None:
            speaker = Speaker(name=None, actor=UNNAMED_MEDIA)
        if speaker is None:  # "according to medical staff at X hospital", "to residents"
            voice = speaker_for(ctx, source, found)
            if voice is not None:
                mention, speaker = voice
        if speaker is None:
            continue
        factuality = cue.factuality
        neutral = ctx.cues.first("source", source.lemma_.lower())
        if neutral is not None:
            factuality = neutral.factuality
        elif factuality == "claimed" and _own_side(ctx, speaker, found):
            factuality = "asserted"  # the report's own officials or professionals: sourcing
        bounds = clip_to_paragraph(ctx, token, sent_of(token).start, sent_of(token).end - 1)
        if bounds is None:
            continue
        sent_first, sent_last = bounds
        while sent_last > sent_first and (
            ctx.doc[sent_last].is_punct or ctx.doc[sent_last].is_space
        ):
            sent_last -= 1
        phrase_first, phrase_last = token.left_edge.i, token.right_edge.i
        citing = _cited_by(ctx, phrase_last, sent_last)
        if citing is not None:
            phrase_last = citing[1]  # "According to X, cited by Y, ...": the content after Y
        if phrase_first <= sent_first + 1:
            first, last = phrase_last + 1, sent_last
        elif phrase_last >= sent_last:
            first, last = sent_first, phrase_first - 1
        else:
            first, last = sent_first, sent_last  # "X, according to Y, has ...": the sentence
        if first > last:
            continue
        cue_span = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1]))
        span = ctx.span(first, last)
        quote = _whole_quote(ctx, span)  # `"We are ready," according to X.`: the quoted words
        medium = speaker_for(ctx, citing[0], found) if citing is not None else None
        if citing is not None and medium is not None and quote is None:
            cited = citing[2]
            yield Found(  # the medium citing the source is a statement too (nested attribution)
                mention=medium[0],
                speaker=medium[1],
                cue=cited.text,
                cue_span=(cited.idx, cited.idx + len(cited)),
                content_span=span,
                factuality="asserted",
                subject=citing[0],
            )
        yield Found(
            mention=mention,
            speaker=speaker,
            cue=ctx.text[cue_span[0] : cue_span[1]],
            cue_span=cue_span,
            content_span=span if quote is None else (quote.content_start, quote.content_end),
            factuality=factuality,
            subject=source,
            quote=quote,
        )


_OWN_SECTORS = frozenset({"GOV", "MIL", "COP", "CVL"})
_MIN_OWN_SPEAKERS = 2


def _own_side(ctx: Context, speaker: Speaker, found: list[Found]) -> bool:
    """Return whether "according to X" cites the report's own side (dev and held-out notes:
    neutral sourcing, `asserted`), not the other party or unnamed media (`claimed`).

    The own side is the dateline's country, else the country most speakers belong to.
    """
    entity, _, sector = (speaker.actor or "").partition("-")
    if sector not in _OWN_SECTORS or entity == "UNK" or len(entity) != 3:
        return False
    home = home_country(ctx)
    if home is None:
        counts: dict[str, int] = {}
        for item in found:
            own = (item.speaker.actor or "").partition("-")[0]
            if len(own) == 3 and own != "UNK":
                counts[own] = counts.get(own, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if (
            ranked
            and ranked[0][1] >= _MIN_OWN_SPEAKERS
            and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        ):
            home = ranked[0][0]
    return home == entity


_CITING = frozenset({"cited", "quoted"})


def _cited_by(ctx: Context, after: int, last: int) -> tuple[Token, int, Token] | None:
    """Return (the medium's head, the closing comma, "cited") of ", cited by Y," after a source."""
    doc = ctx.doc
    if after + 3 > last or doc[after + 1].text != "," or doc[after + 2].lower_ not in _CITING:
        return None
    if doc[after + 3].lower_ != "by":
        return None
    close = next((i for i in range(after + 4, last + 1) if doc[i].text == ","), None)
    if close is None or close == after + 4:
        return None
    medium = doc[after + 4 : close]
    return medium.root, close, doc[after + 2]


def _whole_quote(ctx: Context, span: tuple[int, int]) -> Quote | None:
    """Return the quotation that is all of a content span but framing punctuation."""
    for quote in ctx.quotes:
        if span[0] <= quote.start and quote.end <= span[1]:
            rest = ctx.text[span[0] : quote.start] + ctx.text[quote.end : span[1]]
            return quote if not rest.strip(STRIP) else None
    return None


def noun_candidates(ctx: Context) -> Iterator[Found]:
    for noun in ctx.tokens_for(ctx.cues.heads("noun")):
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        cue = ctx.cues.first("noun", noun.lemma_.lower())
        if cue is None:
            continue
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp", "relcl", "appos")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        owners = [c for c in noun.children if c.dep_ == "poss" and same_paragraph(ctx, c, noun)]
        owner = owners[-1] if owners else None  # the possessor next to the noun
        if clause is None or owner is None:
            continue
        mention = resolve_speaker(ctx.doc, owner, ctx.actors)
        if mention is None:
            continue
        yield Found(
            mention=mention,
            speaker=speaker_from(mention),
            cue=noun.text,
            cue_span=(noun.idx, noun.idx + len(noun)),
            content_span=ctx.span(*subtree_range(clause)),
            factuality=cue.factuality,
            subject=owner,
        )


def _quoting_medium(ctx: Context, verb: Token, found: list[Found]) -> Iterator[Found]:
    """Yield the medium of "Lukashenko, quoted by BelTA, said ...": the person's content."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    medium = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if medium is None or verb.dep_ != "acl":
        return
    person = [f for f in found if f.subject is not None and f.subject.i == verb.head.i]
    voice = speaker_for(ctx, medium, found) if person else None
    if voice is None:
        return
    for item in person:
        yield dataclasses.replace(
            item,
            mention=voice[0],
            speaker=voice[1],
            cue=verb.text,
            cue_span=(verb.idx, verb.idx + len(verb)),
            subject=medium,
            parent=None,
        )


def quoted_candidates(ctx: Context, found: list[Found]) -> Iterator[Found]:
    """Yield the person and the medium of "X was quoted as saying by Y" (two statements)."""
    for verb in ctx.tokens_for(("quote",)):
        if verb.lemma_ != "quote" or verb.pos_ != "VERB":
            continue
        if verb.tag_ == "VBN" and verb.dep_ == "acl":
            yield from _quoting_medium(ctx, verb, found)
            continue
        pair = quoted_as_saying(verb)
        if pair is None:
            continue
        quoted, saying = pair
        person = next((c for c in quoted.children if c.dep_ == "nsubjpass"), None)
        by = [
            g
            for head in (quoted, saying)
            for c in head.children
            if c.dep_ in ("agent", "prep") and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if person is None:
            continue
        clauses = [c for c in saying.children if c.dep_ == "ccomp"]
        if clauses:
            first, last = subtree_range(clauses[0])
            span: tuple[int, int] | None = ctx.span(first, last)
        else:
            span = inverted_content(ctx, quoted, person)
        if span is None:
            continue
        auxiliary = next(c for c in quoted.children if c.dep_ == "auxpass")
        voices = [(person, auxiliary.idx, saying.idx + len(saying))]
        voices += [(medium, quoted.idx, quoted.idx + len(quoted)) for medium in by[:1]]
        for subject, cue_start, cue_end in voices:
            voice = speaker_for(ctx, subject, found)
            if voice is None:
                continue
            yield Found(
                mention=voice[0],
                speaker=voice[1],
                cue=ctx.text[cue_start:cue_end],
                cue_span=(cue_start, cue_end),
                content_span=span,
                factuality="asserted",
                subject=subject,
            )


def in_words_candidates(ctx: Context, found: list[Found]) -> Iterator[Found]:
    """Yield "In her words, ..." and "In the words of X, ...": the rest of the sentence."""
    for words in ctx.tokens_for(("words",)):
        if words.lower_ != "words" or words.head.lower_ != "in" or words.dep_ != "pobj":
            continue
        owner = next((c for c in words.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in words.children if c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if owner is None:
            continue
        voice = speaker_for(ctx, owner, found)
        phrase_end = max(words.right_edge.i, owner.right_edge.i) + 1
        sentence = clip_to_paragraph(ctx, words, sent_of(words).start, sent_of(words).end - 1)
        if voice is None or sentence is None or phrase_end > sentence[1]:
            continue
        first = phrase_end + (ctx.doc[phrase_end].text == ",")
        last = sentence[1]
        while last > first and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
            last -= 1
        if first > last:
            continue
        cue_start = words.head.idx
        cue_end = ctx.doc[phrase_end - 1].idx + len(ctx.doc[phrase_end - 1])
        yield Found(
            mention=voice[0],
            speaker=voice[1],
            cue=ctx.text[cue_start:cue_end],
            cue_span=(cue_start, cue_end),
            content_span=ctx.span(first, last),
            factuality="asserted",
            subject=owner,
        )


_EVIDENCE_VERBS = frozenset({"show", "shows", "suggest", "suggests", "indicate", "indicates"})


def misparsed_evidence(ctx: Context, found: list[Found]) -> Iterator[Found]:
    """Yield "..., official figures show." where the parser took "show" for a noun."""
    for token in ctx.tokens_for(_EVIDENCE_VERBS):
        if token.lower_ not in _EVIDENCE_VERBS or token.pos_ in ("VERB", "AUX") or token.i == 0:
            continue
        noun = ctx.doc[token.i - 1]
        after = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
        if not is_evidence(ctx, noun) or (after is not None and after.text not in ".;!?"):
            continue
        voice = evidence_owner(ctx, noun, found) or evidence_owner(ctx, token, found)
        if voice is None:
            continue
        first = noun.i
        sent_start = sent_of(token).start
        while first > sent_start and ctx.doc[first - 1].text not in PARENTHETICAL:
            first -= 1
        start = clip_to_paragraph(ctx, token, sent_start, first - 2)
        if start is None or first - 1 <= sent_start:
            continue
        yield Found(
            mention=voice[0],
            speaker=voice[1],
            cue=token.text,
            cue_span=(token.idx, token.idx + len(token)),
            content_span=ctx.span(*start),
            factuality="asserted",
            subject=noun,
        )


def passive_candidates(ctx: Context, found: list[Found]) -> Iterator[Found]:
    for verb, cue, complement in passive_heads(ctx):
        if ctx.cues.match(complement, "verb") is not None:
            continue  # "is said to have warned that ...": the warning is the statement
        earlier = [f for f in found if f.cue_span[1] <= verb.idx and not f.dropped]
        if not earlier:
            continue  # no source in sight: the events stage treats it as the outlet's hedge
        source = max(earlier, key=lambda f: f.cue_span[1])
        if len(list(ctx.doc.char_span(source.cue_span[0], verb.idx, "expand") or ())) > 60:
            continue  # the last attribution is too far back to carry over
        tokens = [t for t in complement.subtree if not (t.dep_ == "aux" and t.i <= complement.i)]
        start, end = clause_range(tokens) or (complement.i, complement.i)
        yield Found(
            mention=source.mention,
            speaker=source.speaker,
            cue=ctx.text[verb.idx : complement.idx].strip() or verb.text,
            cue_span=(verb.idx, verb.idx + len(verb)),
            content_span=ctx.span(start, end),
            factuality=cue.factuality,
        )


def headline_candidates(ctx: Context) -> Iterator[Found]:
    cue = ctx.cues.first("headline", ":")
    if cue is None:
        return
    offset = 0
    lines = 0
    for line in ctx.text.splitlines(keepends=True):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        offset += len(line)
        if not stripped:
            continue
        lines += 1
        if lines > _MAX_HEADLINE_LINES:
            return
        match = _HEADLINE.match(stripped.lstrip("#").strip())
        if match is None or len(match.group(1).split()) > 4 or match.group(2)[0] in QUOTE_MARKS:
            continue
        if _speaker_label(match.group(1)):
            continue  # "HIGH REPRESENTATIVE BORRELL: ..." opens a transcript turn, no headline
        if _imperative(ctx, start + line.lstrip().find(match.group(2))):
            continue  # "Latvia: End secret detentions": a demand addressed to X, not X's claim
        head_start = ctx.text.find(match.group(1), start)
        head_end = head_start + len(match.group(1))
        mentions = ctx.actors.within(head_start, head_end)
        if len(mentions) != 1 or mentions[0].end - mentions[0].start < head_end - head_start - 4:
            continue  # the part before the colon must be the actor alone ("Warsaw:")
        content_start = ctx.text.find(match.group(2), head_end)
        yield Found(
            mention=mentions[0],
            speaker=speaker_from(mentions[0]),
            cue=":",
            cue_span=(head_end, head_end + 1),
            content_span=(content_start, content_start + len(match.group(2))),
            factuality=cue.factuality,
        )


# verbs a campaign headline opens with as a demand ("Latvia: End secret detentions"); the
# parser often tags them as nouns in a title
_DEMAND_VERBS = frozenset(
    {
        "end", "stop", "free", "release", "halt", "let", "allow", "open", "close", "investigate",
        "protect", "respect", "lift", "save", "help", "act", "ban", "drop", "return", "scrap",
        "suspend", "abolish", "withdraw",
    }
)  # fmt: skip


def _imperative(ctx: Context, start: int) -> bool:
    """Return whether the text at `start` opens with a bare verb ("End ...", "Stop ...")."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    first = span[0]
    return (first.tag_ == "VB" and first.pos_ == "VERB") or first.lower_ in _DEMAND_VERBS


def _speaker_label(head: str) -> bool:
    """Return whether "NAME:" is a transcript speaker label (capitals, more than one word)."""
    words = head.split()
    return len(words) > 1 and all(w.isupper() for w in words if w.isalpha())


def dash_candidates(ctx: Context) -> Iterator[Found]:
    for quote in ctx.quotes:
        match = _DASH_AFTER.match(ctx.text, quote.end)
        if match is None:
            continue
        cue = ctx.cues.first("dash", match.group(1))
        name = ctx.doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if cue is None or name is None:
            continue
        mention = resolve_speaker(ctx.doc, name.root, ctx.actors)
        if mention is None:
            continue
        yield Found(
            mention=mention,
            speaker=speaker_from(mention),
            cue=match.group(1),
            cue_span=(match.start(1), match.end(1)),
            content_span=(quote.content_start, quote.content_end),
            factuality=cue.factuality,
            quote=quote,
        )


def continuations(ctx: Context, found: list[Found]) -> Iterator[Found]:
    """Yield quotations that go on right after an attributed one, as their own statements."""
    used = {f.quote.start for f in found if f.quote is not None}
    for quote in ctx.quotes:
        if quote.start in used:
            continue
        for earlier in found:
            if earlier.quote is None or earlier.dropped or earlier.cue_span[1] > quote.start:
                continue
            if earlier.quote.end > earlier.cue_span[0]:
                continue  # the quotation came after its cue: `X said: "..."`, nothing goes on
            if _ATTRIBUTION_END.match(ctx.text, earlier.cue_span[1], quote.start):
                span = (quote.content_start, quote.content_end)
                factuality = earlier.factuality
                if factuality == REFUSED and not refuses(ctx, span):
                    factuality = "asserted"  # the refusal was the first quotation's
                yield dataclasses.replace(
                    earlier, content_span=span, quote=quote, factuality=factuality
                )
                used.add(quote.start)
                break


def colon_candidates(ctx: Context, found: list[Found]) -> Iterator[Found]:
    """Yield `Polish Interior Minister Name: "..."`: a speaker and a colon opening a quotation.

    A transcript's speaker label in capitals ("MR PRICE: ...") is the outlet's own voice, and
    a label without a quotation is not a statement; in the first line (a headline) the
    attribution is the headline cue's (claimed, seed "Warsaw: ...").
    """
    used = {f.quote.start for f in found if f.quote is not None}
    for quote in ctx.quotes:
        if quote.start in used:
            continue
        line_start = ctx.text.rfind("\n", 0, quote.start) + 1
        match = _COLON_PREFIX.search(ctx.text, max(0, line_start - 1), quote.start)
        if match is None or _speaker_label(match.group(1)):
            continue
        phrase = ctx.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if phrase is None or not 0 < len(phrase) <= _MAX_PREFIX_TOKENS:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in phrase) or not phrase[-1].text[:1].isupper():
            continue
        voice = speaker_for(ctx, phrase.root, found)
        if voice is None:
            continue
        headline = not ctx.text[:line_start].strip()
        cue = ctx.cues.first("headline", ":") if headline else None
        colon = ctx.text.index(":", match.end(1))
        yield Found(
            mention=voice[0],
            speaker=voice[1],
            cue=":",
            cue_span=(colon, colon + 1),
            content_span=(quote.content_start, quote.content_end),
            factuality=cue.factuality if cue is not None else "asserted",
            subject=phrase.root,
            quote=quote,
        )
