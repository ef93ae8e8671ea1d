"""Quotations: where the quote marks of a text open and close.

The finder works on the raw text, before any parse, so it never fails on odd input:
straight and curly double quotes, quotes that run over sentences and paragraphs, and
unbalanced marks. An opening mark never closed runs to the end of its paragraph, unless
the next paragraph carries the quotation on (it opens with a quote mark, as news style
does for multi-paragraph quotes, or its first mark is a closing one).

Curly single quotes (British style) count outside double quotes, when they open at a
word start and close within the paragraph; a closing single mark followed by a letter is
an apostrophe (as in "Poland's"), never a closing mark. Straight single quotes are
apostrophes far too often to be read as quotation marks.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OPENERS = "“„«"  # unambiguous opening double quotes
CLOSERS = "”»"  # unambiguous closing double quotes
STRAIGHT = '"'
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
QUOTE_MARKS = OPENERS + CLOSERS + STRAIGHT
_BEFORE_OPEN = " \t\n([{\u2014\u2013-/:"  # a straight quote after these opens
_AFTER_CLOSE = " \t\n,.;:!?)]}\u2014\u2013-…"  # a straight quote before these closes
_PARAGRAPH = re.compile(r"\n")
# dropped from the end of a quotation: a comma belongs to the framing sentence (seed NOTES)
_TRAILING_FRAMING = " \t\n,"


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: its marks at [start, end) and its words at [content_start, content_end)."""

    start: int  # the opening mark
    end: int  # just after the closing mark, or the end of the paragraph when never closed
    content_start: int
    content_end: int
    closed: bool

    def contains(self, start: int, end: int) -> bool:
        """Return whether characters [start, end) lie inside the quoted words."""
        return self.content_start <= start and end <= self.content_end


def _role(text: str, i: int, is_open: bool) -> str:
    """Return "open" or "close" for the quote mark at `i`, given whether a quote is open."""
    char = text[i]
    if char in OPENERS:
        return "open"
    if char in CLOSERS:
        return "close"
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    opens = before in _BEFORE_OPEN and after not in " \t\n"
    closes = after in _AFTER_CLOSE and before not in " \t\n"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if is_open else "open"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the [start, end) of every non-blank line of `text`."""
    spans = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _marks(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i] in QUOTE_MARKS]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in _TRAILING_FRAMING:
        end -= 1
    return start, end


def _continues(text: str, paragraph: tuple[int, int]) -> bool:
    """Return whether an unclosed quotation goes on into `paragraph`."""
    marks = _marks(text, *paragraph)
    if not marks:
        return False
    first = marks[0]
    if not text[paragraph[0] : first].strip():
        return True  # a new paragraph opening with a quote mark continues the quotation
    return _role(text, first, is_open=True) == "close"


def find_quotes(text: str) -> list[Quote]:
    """Return every double-quoted passage of `text`, in text order."""
    quotes: list[Quote] = []
    paragraphs = _paragraphs(text)
    open_at: int | None = None
    index = 0
    while index < len(paragraphs):
        par_start, par_end = paragraphs[index]
        marks = _marks(text, par_start, par_end)
        carried = open_at is not None and open_at < par_start
        for position, i in enumerate(marks):
            role = _role(text, i, open_at is not None)
            if carried and position == 0 and not text[par_start:i].strip():
                carried = False
                continue  # the opening mark of a continued paragraph
            carried = False
            if role == "open":
                if open_at is not None:  # re-opened without a close: end the first one here
                    quotes.append(_quote(text, open_at, i, closed=False))
                open_at = i
            elif open_at is not None:
                quotes.append(_quote(text, open_at, i + 1, closed=True))
                open_at = None
            # a closing mark with nothing open is a stray: ignored
        if open_at is not None:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if following is None or not _continues(text, following):
                quotes.append(_quote(text, open_at, par_end, closed=False))
                open_at = None
        index += 1
    quotes = [q for q in quotes if q.content_end > q.content_start]  # "" quotes nothing
    if SINGLE_OPEN in text:
        quotes = sorted(quotes + _single_quotes(text, quotes), key=lambda q: q.start)
    return quotes


def _single_quotes(text: str, doubles: list[Quote]) -> list[Quote]:
    """Return the curly single-quoted passages that lie outside every double quotation."""
    found: list[Quote] = []
    for par_start, par_end in _paragraphs(text):
        open_at: int | None = None
        for i in range(par_start, par_end):
            char = text[i]
            if any(q.start <= i < q.end for q in doubles):
                open_at = None if open_at is not None and open_at < i else open_at
                continue
            before = text[i - 1] if i > 0 else "\n"
            after = text[i + 1] if i + 1 < len(text) else "\n"
            if char == SINGLE_OPEN and before in _BEFORE_OPEN and after not in " \t\n":
                open_at = i
            elif (
                char == SINGLE_CLOSE
                and open_at is not None
                and not after.isalnum()
                and before not in " \t\n"
            ):
                quote = _quote(text, open_at, i + 1, closed=True)
                if quote.content_end > quote.content_start:
                    found.append(quote)
                open_at = None
    return found


def _quote(text: str, start: int, end: int, *, closed: bool) -> Quote:
    inner_end = end - 1 if closed else end
    content_start, content_end = _trimmed(text, start + 1, inner_end)
    if not closed:
        content_end = max(content_end, content_start)
    return Quote(
        start=start,
        end=end,
        content_start=content_start,
        content_end=content_end,
        closed=closed,
    )


# ---------------------------------------------------------------------------
# quotations against the parse: which cue a quotation hangs on, what kind a content is


class QuotedText(Protocol):
    """A parsed document with its quotations: what the attachment helpers read."""

    doc: Doc
    text: str
    quotes: list[Quote]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Return the character span of tokens first..last (inclusive)."""
        ...


_MAX_GAP_CHARS = 160  # "said in a statement posted on Twitter on Monday: ..." fits
_DASH_INSIDE = re.compile(r"(?<=[.!?…])\s+([\u2013\u2014])\s+(?=[A-Z])")
_CLOSING = QUOTE_MARKS + SINGLE_CLOSE + " "
_QUOTE_ENDS_CLAUSE = re.compile(r"[ \t]*(?:$|\n|[.,;:!?)\u2013\u2014-])")
STRIP = " \t\n,;:.\u2013\u2014-"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# a cue verb with one of these after it has a content of its own, not the quotation before
_OWN_CONTENT = frozenset({"ccomp", "dobj", "xcomp", "attr", "oprd"})
_ADDRESSING = frozenset({"tell", "inform", "assure", "brief"})  # their object is the addressee


def signed_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """Cut a signature ("... law. <dash> Josep Borrell") off the end of unclosed quotations."""
    out = []
    for quote in quotes:
        if not quote.closed:
            inner = text[quote.content_start : quote.content_end]
            found = list(_DASH_INSIDE.finditer(inner))
            if found:
                end = quote.content_start + found[-1].start()
                quote = dataclasses.replace(quote, end=end, content_end=end)
        out.append(quote)
    return out


def trim_content(text: str, start: int, end: int, quotes: list[Quote]) -> tuple[int, int]:
    """Strip framing punctuation and a leading "that" off a content span, keeping quote marks."""
    for _ in range(8):
        before = (start, end)
        while start < end and text[start] in STRIP:
            start += 1
        if text.startswith("that ", start):
            start += 5
        while end > start and text[end - 1] in STRIP:
            end -= 1
        if end > start and text[end - 1] in QUOTE_MARKS:
            opened = any(q.end == end and q.start >= start for q in quotes)
            if not opened:
                end -= 1
        if start < end and text[start] in QUOTE_MARKS:
            closed = any(q.start == start and q.end <= end for q in quotes)
            if not closed:
                start += 1
        if (start, end) == before:
            break
    for quote in quotes:
        if start <= quote.start < end < quote.end and not text[end : quote.end - 1].strip(STRIP):
            end = quote.end  # keep `..."looking at the tools we have."` whole
    return start, end


def gap_ok(ctx: QuotedText, start: int, end: int, *, allow_colon_gap: bool) -> bool:
    """Return whether the text between a cue and the quotation after it is only framing."""
    gap = ctx.text[start:end]
    if len(gap) > _MAX_GAP_CHARS or any(m in gap for m in QUOTE_MARKS):
        return False
    stripped = gap.strip()
    if not stripped:
        return True
    if re.search(r"[.!?]\s", gap):
        return False
    if stripped == "that" or stripped.endswith(" that"):
        return True
    if stripped.endswith(","):
        return len(stripped.split()) <= 6 and not has_finite(ctx, start, end)
    return stripped.endswith(":") and (allow_colon_gap or not has_finite(ctx, start, end))


def has_finite(ctx: QuotedText, start: int, end: int) -> bool:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.tag_ in FINITE_TAGS for t in span)


def quote_after(ctx: QuotedText, cue_end: int) -> Quote | None:
    for quote in ctx.quotes:
        if quote.start >= cue_end:
            if not gap_ok(ctx, cue_end, quote.start, allow_colon_gap=False):
                return None
            # `claimed that "senior sources" had told ...`: a fragment, the clause goes on
            words = ctx.text[quote.content_start : quote.end].rstrip(
                QUOTE_MARKS + SINGLE_CLOSE + " "
            )
            if words.endswith(tuple(",.!?\u2026")) or _QUOTE_ENDS_CLAUSE.match(ctx.text, quote.end):
                return quote
            return None
    return None


def quote_before(ctx: QuotedText, verb: Token, subject: Token | None) -> Quote | None:
    """Return the quotation closed just before `"...," Peskov said` / `"...," said Peskov`."""
    start = verb.idx
    if subject is not None and subject.head == verb and subject.i < verb.i:
        between = verb.doc[subject.right_edge.i + 1 : verb.i]
        if any(t.pos_ not in ("ADV", "AUX", "PART") and t.text != "," for t in between):
            return None  # "..." Blinken said at ..., adding that: not next to the quotation
        start = subject.left_edge.idx
    candidates = [q for q in ctx.quotes if q.end <= start]
    if not candidates:
        return None
    quote = candidates[-1]
    gap = ctx.text[quote.end : start]
    if gap.strip(" ,\n\t") or "\n" in gap.strip(" \t,"):
        # tokens between the closing mark and the subject must be adverbs ("also", "then")
        span = ctx.doc.char_span(quote.end, start, alignment_mode="expand")
        if span is None or any(t.pos_ not in ("ADV", "PUNCT") for t in span):
            return None
    if re.search(r"[.!?]\s", gap):
        return None
    words = ctx.text[quote.content_start : quote.end].rstrip(_CLOSING)
    own_content = any(
        c.dep_ in _OWN_CONTENT and c.i > verb.i and not _addressee(verb, c) for c in verb.children
    )
    if own_content and words.endswith((".", "!", "?")):
        return None  # `"... Ukraine." He added that ...`: a new sentence with its own content
    return quote if opens_sentence(ctx, quote) else None


def _addressee(verb: Token, child: Token) -> bool:
    """Return whether `child` is whom the speaker told ("told reporters"), not a content."""
    return child.dep_ == "dobj" and verb.lemma_ in _ADDRESSING and not list(child.children)


def opens_sentence(ctx: QuotedText, quote: Quote) -> bool:
    """Return whether a quotation starts its sentence (not a fragment inside a clause)."""
    before = ctx.text[: quote.start].rstrip()
    if not before or before[-1] in ".!?:\n" or before[-1] in QUOTE_MARKS:
        return True
    tail = before[before.rfind("\n") + 1 :]
    # "Warning, "..."": a short lead-in word or two and a comma
    return before.endswith(",") and len(tail.split()) <= 2


def quote_kind(ctx: QuotedText, start: int, end: int) -> str:
    for quote in ctx.quotes:
        if quote.start <= start and end <= quote.end:
            return "direct"  # the whole content sits inside one quotation (marks and all)
    for quote in ctx.quotes:
        if quote.content_start < end and start < quote.content_end:
            return "mixed"
    return "indirect"


__all__ = [
    "FINITE_TAGS",
    "QUOTE_MARKS",
    "SINGLE_CLOSE",
    "SINGLE_OPEN",
    "STRIP",
    "Quote",
    "QuotedText",
    "find_quotes",
    "gap_ok",
    "has_finite",
    "opens_sentence",
    "quote_after",
    "quote_before",
    "quote_kind",
    "signed_quotes",
    "trim_content",
]
