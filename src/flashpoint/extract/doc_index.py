"""Where a parsed document's words and sentences are, built once per Doc for the statement
and quantity rules.

spaCy makes a new Token object at every step of `for token in doc`, rebuilds every
sentence on each `doc.sents` and walks the parse to the sentence's edges on each
`token.sent`. The rules asked these questions once per candidate finder or per candidate;
now each is answered once per Doc and kept with it (in `Doc.user_data`, dropped with it).
Callers must treat the returned lists as read-only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_WORDS_KEY = "flashpoint.words"  # Doc.user_data key of the word arrays (tokens_with)
_SENTS_KEY = "flashpoint.sents"  # Doc.user_data key of (sentences, sentence index per token)


class _Words:
    """Where each lower-case text and each lower-case lemma of a document occurs."""

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import LEMMA, LOWER

        array = doc.to_array([LOWER, LEMMA])
        lowers: list[int] = array[:, 0].tolist()
        lemmas: list[int] = array[:, 1].tolist()
        strings = doc.vocab.strings
        texts = {h: strings[h] for h in set(lowers)}  # one look-up per distinct word
        lowered = {h: strings[h].lower() for h in set(lemmas)}
        self.index: dict[str, list[int]] = {}
        for i, (lower, lemma) in enumerate(zip(lowers, lemmas, strict=True)):
            self.index.setdefault(texts[lower], []).append(i)
            if lowered[lemma] != texts[lower]:
                self.index.setdefault(lowered[lemma], []).append(i)
        self.texts = list(texts.values())

    def where(self, words: Iterable[str]) -> list[int]:
        return sorted({i for word in words for i in self.index.get(word, ())})


def _words(doc: Doc) -> _Words:
    words: _Words | None = doc.user_data.get(_WORDS_KEY)
    if words is None:
        words = _Words(doc)
        doc.user_data[_WORDS_KEY] = words
    return words


def lower_texts(doc: Doc) -> list[str]:
    """Return the distinct lower-case token texts of `doc`."""
    return _words(doc).texts


def tokens_with(doc: Doc, words: Iterable[str]) -> list[Token]:
    """Return the tokens whose lower-case text or lemma is one of `words`, in text order.

    A rule that looks for a few words asks for them here rather than passing over
    every token (and still tests its own conditions on what comes back); the test runs
    on the token arrays, without making a Token per word.
    """
    return [doc[i] for i in _words(doc).where(words)]


def _sentence_index(doc: Doc) -> tuple[list[Span], list[int]]:
    cached: tuple[list[Span], list[int]] | None = doc.user_data.get(_SENTS_KEY)
    if cached is None:
        sents = list(doc.sents)
        index = [0] * len(doc)
        for number, sent in enumerate(sents):
            index[sent.start : sent.end] = [number] * (sent.end - sent.start)
        cached = (sents, index)
        doc.user_data[_SENTS_KEY] = cached
    return cached


def doc_sents(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, built once per Doc."""
    return _sentence_index(doc)[0]


def sent_of(token: Token) -> Span:
    """`token.sent`, from the sentences built once per Doc."""
    sents, index = _sentence_index(token.doc)
    return sents[index[token.i]]


__all__ = ["doc_sents", "lower_texts", "sent_of", "tokens_with"]
