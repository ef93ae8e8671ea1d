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
    tags = doc.to_array(["POS", "DEP"])
    pos = tags[:, 0]
    nominal = ((pos == NOUN) | (pos == PROPN) | (pos == PRON)).nonzero()[0].tolist()
    deps = tags[:, 1].tolist()
    out: list[tuple[int, int, int]] = []
    prev_end = -1
    for i in nominal:  # spaCy's tests, in an order that reads the cheap ones first
        dep = deps[i]
        if dep not in np_deps:
            if dep != conj:
                continue
            head = tokens[i].head
            while head.dep == conj and head.head.i < head.i:
                head = head.head
            if head.dep not in np_deps:
                continue
        left = tokens[i].left_edge.i
        if left <= prev_end:
            continue
        prev_end = i
        out.append((left, i + 1, _chunk_root(doc, tokens, left, i + 1)))
    return out


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """`doc.sents` as (start, end) pairs."""
    return [(s.start, s.end) for s in doc.sents]


def pronouns(doc: Doc) -> list[int]:
    """The tokens whose part of speech is PRON, in order."""
    from spacy.symbols import PRON

    if not len(doc):
        return []
    found: list[int] = (doc.to_array("POS") == PRON).nonzero()[0].tolist()
    return found


def person_entities(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) of `doc.ents` labelled PERSON, in order."""
    return [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"]


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


def line_breaks(tokens: list[Token], starts: list[int], text: str) -> set[int]:
    """The whitespace tokens holding a newline."""
    return {i for i in _tokens_at(_NEWLINE, starts, text) if tokens[i].is_space}


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
