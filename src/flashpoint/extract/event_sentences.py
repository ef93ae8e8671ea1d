"""Sentences for events: the parser's sentences, split again at line breaks.

A headline or a short line without a full stop runs into the next sentence in the parse;
the evidence of an event is one sentence, so such lines are split off. A line break inside
a phrase ("US Defense Secretary\n\nLloyd Austin") does not split.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

HEADLINE_WORDS = 12  # a line this short that ends without a stop is a headline


def sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, split again at line breaks (a headline runs into its text)."""
    out: list[Span] = []
    text = doc_text(doc)
    for sent in doc.sents:
        start = sent.start
        if "\n" not in text[sent.start_char : sent.end_char]:
            out.append(sent)  # no line break inside: nothing to split (the common case)
            continue
        for token in sent:
            if token.is_space and "\n" in token.text and not continues(token):
                if token.i > start:
                    out.append(doc[start : token.i])
                start = token.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return [trim(span) for span in out if any(not t.is_space for t in span)]


def continues(newline: Token) -> bool:
    """Whether a phrase runs on over a line break ("US Defense Secretary\n\nLloyd Austin"),
    rather than a headline or short line ending there."""
    if newline.i == 0:
        return False
    text = doc_text(newline.doc)
    line = text[text.rfind("\n", 0, newline.idx) + 1 : newline.idx]
    # more chunks with a letter or digit than a headline has words: more words, no need to
    # count the line's tokens
    chunks = sum(1 for chunk in line.split() if any(c.isalnum() for c in chunk))
    if chunks <= HEADLINE_WORDS and not _long_line(newline):
        return False
    before = newline.doc[newline.i - 1]
    return before.head.i > newline.i and before.dep_ in (
        "compound",
        "amod",
        "det",
        "nummod",
        "poss",
    )


def _long_line(newline: Token) -> bool:
    """Whether the line ending at `newline` has more words than a headline (token count)."""
    line_start = newline.i - 1
    while line_start > 0 and "\n" not in newline.doc[line_start - 1].text:
        line_start -= 1
    words = [t for t in newline.doc[line_start : newline.i] if not t.is_space and not t.is_punct]
    return len(words) > HEADLINE_WORDS


def trim(span: Span) -> Span:
    start, end = span.start, span.end
    while span.doc[start].is_space:
        start += 1
    while span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]


__all__ = ["HEADLINE_WORDS", "continues", "sentences", "trim"]
