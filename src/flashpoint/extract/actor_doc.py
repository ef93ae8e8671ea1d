"""The parts of a parsed Doc the actor rules read many times, read once per document.

spaCy builds a new Token object on every `doc[i]`, walks to the sentence's edges on every
`token.sent`, and rebuilds every noun chunk on every `doc.noun_chunks`: at about seventy
candidate phrases per report those costs were most of `find_actors`. Each function here gives
the same answer as the spaCy call it replaces.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from flashpoint.extract.actor_words import SPONSOR_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the dependency labels of spaCy's English noun chunks (spacy/lang/en/syntax_iterators.py)
_NP_LABELS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr",
              "ROOT")  # fmt: skip
# every text holding a "pro-" or "-backed" word matches this (and a few more do)
_MAYBE_PRO = re.compile(r"pro\s*-|-\s*(?:" + "|".join(sorted(SPONSOR_WORDS)) + ")", re.IGNORECASE)
_QUOTE_CHARS = re.compile('[\u201c\u201d"\n]')
_NEWLINE = re.compile("\n")


def noun_chunks(doc: Doc, tokens: list[Token]) -> list[tuple[int, int, int]]:
    """`doc.noun_chunks` as (start, end, root) triples, built from `tokens` (= list(doc))."""
    from spacy.lang.en.syntax_iterators import noun_chunks as english
    from spacy.symbols import NOUN, PRON, PROPN

    if getattr(doc, "noun_chunks_iterator", None) is not english:  # another language: ask spaCy
        return [(c.start, c.end, c.root.i) for c in doc.noun_chunks]
    if not tokens:
        return []
    strings = doc.vocab.strings
    np_deps = {strings.add(label) for label in _NP_LABELS}
    conj = strings.add("conj")
    nominal = {NOUN, PROPN, PRON}
    out: list[tuple[int, int, int]] = []
    prev_end = -1
    for word in tokens:
        if word.pos not in nominal:
            continue
        left = word.left_edge.i
        if left <= prev_end:
            continue
        dep = word.dep
        if dep not in np_deps:
            if dep != conj:
                continue
            head = word.head
            while head.dep == conj and head.head.i < head.i:
                head = head.head
            if head.dep not in np_deps:
                continue
        prev_end = word.i
        out.append((left, word.i + 1, _chunk_root(doc, tokens, left, word.i + 1)))
    return out


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """`doc.sents` as (start, end) pairs."""
    if "sents" in doc.user_hooks or not len(doc):
        return [(s.start, s.end) for s in doc.sents]
    flags = doc.to_array("SENT_START")
    starts = [0, *(int(i) + 1 for i in (flags[1:] == 1).nonzero()[0])]
    return list(zip(starts, [*starts[1:], len(doc)], strict=True))


def _chunk_root(doc: Doc, tokens: list[Token], start: int, end: int) -> int:
    """`doc[start:end].root.i` for a noun chunk: its last word, unless another word of it
    hangs outside it (a non-projective parse), when spaCy's own rule decides."""
    for i in range(start, end - 1):
        head = tokens[i].head.i
        if head == i or not start <= head < end:
            return doc[start:end].root.i
    return end - 1


def line_numbers(starts: list[int], text: str) -> list[int]:
    """Per token: its line, counting lines as the tokens holding a newline end them."""
    ends = _tokens_at(_NEWLINE, starts, text)
    lines: list[int] = []
    for number, i in enumerate(ends):
        lines.extend([number] * (i + 1 - len(lines)))
    lines.extend([len(ends)] * (len(starts) - len(lines)))
    return lines


def _tokens_at(chars: re.Pattern[str], starts: list[int], text: str) -> list[int]:
    """The tokens holding a character `chars` matches, in order, each once."""
    found: list[int] = []
    for hit in chars.finditer(text):
        i = bisect.bisect_right(starts, hit.start()) - 1
        if i >= 0 and (not found or found[-1] != i):
            found.append(i)
    return found


def maybe_pro(text: str) -> bool:
    """False when no word of `text` can be 'pro-Russian' or 'Kremlin-backed'."""
    return _MAYBE_PRO.search(text) is not None


def quote_table(tokens: list[Token], starts: list[int], text: str) -> list[bool]:
    """Per token: inside quotation marks? (a paragraph break closes any quotation).
    `starts` are the tokens' first characters."""
    marks = _tokens_at(_QUOTE_CHARS, starts, text)
    table: list[bool] = []
    inside = False
    for i in marks:
        table.extend([inside] * (i - len(table)))
        tok = tokens[i]
        if tok.text == "\u201c":
            inside = True
        elif tok.text == "\u201d" or (tok.is_space and "\n" in tok.text):
            inside = False
        elif tok.text == '"':
            inside = not inside
        table.append(inside)
    table.extend([inside] * (len(tokens) - len(table)))
    return table
