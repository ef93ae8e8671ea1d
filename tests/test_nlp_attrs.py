"""The indexed attribute ruler gives the annotations spaCy's own gives, token for token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.nlp import load_nlp
from flashpoint.nlp_attrs import IndexedMatch, index_attribute_ruler

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"

ODD_TEXTS = [
    "I'm gonna tell you: let's go, y'all. There's nothin' here, there're two of us.",
    "Gotta run!\n\n  \t  The   ministry   said\n so.  LET'S SEE, GONNA?",
    "It was n't them; they have n't said it's ours. Who's there? What'd he say?",
    "\u201cNuthin\u2019,\u201d she said — and 1,200 troops, 3-4 tanks, 10 km away were seen.",
    "",
    " ",
]


@pytest.fixture(scope="module")
def pipelines() -> tuple[object, object]:
    plain = load_nlp("en_core_web_sm", indexed_rules=False)
    indexed = load_nlp("en_core_web_sm")
    return plain, indexed


def _texts() -> list[str]:
    texts = list(ODD_TEXTS)
    dev = SHARED / "dev.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.read_text("utf-8").splitlines()]
    texts += [p.read_text("utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    return texts


def _annotations(doc: object) -> list[tuple[str, str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]  # type: ignore[attr-defined]


def test_the_english_ruler_is_indexed(pipelines: tuple[object, object]) -> None:
    plain, indexed = pipelines
    ruler = indexed.get_pipe("attribute_ruler")  # type: ignore[attr-defined]
    assert isinstance(ruler.match, IndexedMatch)
    assert not isinstance(plain.get_pipe("attribute_ruler").match, IndexedMatch)  # type: ignore[attr-defined]


def test_matches_and_annotations_are_spacys(pipelines: tuple[object, object]) -> None:
    plain, indexed = pipelines
    ruler = plain.get_pipe("attribute_ruler")  # type: ignore[attr-defined]
    lookup = IndexedMatch(ruler)
    assert lookup.supported
    texts = _texts()
    parsed = list(plain.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))  # type: ignore[attr-defined]
    for doc in parsed:
        assert lookup(doc) == sorted(set(ruler.match(doc)))
    for a, b in zip(plain.pipe(texts), indexed.pipe(texts), strict=True):  # type: ignore[attr-defined]
        assert _annotations(a) == _annotations(b)


def test_unsupported_patterns_keep_spacys_matcher() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}]], {"LEMMA": "x"})
    before = ruler.match
    assert not index_attribute_ruler(ruler)
    assert ruler.match == before


def test_a_blank_ruler_with_lookups_matches_like_spacy() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["kyiv", "kiev"]}}]], {"LEMMA": "Kyiv"})
    ruler.add([[{"LOWER": {"REGEX": "^minsk"}}, {"LOWER": "border"}]], {"LEMMA": "m"}, index=1)
    ruler.add([[{"IS_SPACE": True}]], {"LEMMA": "_"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the", "a"]}}, {"LOWER": "guard"}]], {"LEMMA": "g"}, index=-1)
    texts = ["Kiev and Kyiv, the Minsk-border  guard near MINSKY border guard.", "a guard"]
    expected = [_lemmas(nlp(t)) for t in texts]
    assert index_attribute_ruler(ruler)
    assert [_lemmas(nlp(t)) for t in texts] == expected
    assert expected[0][0] == "Kyiv"


def _lemmas(doc: object) -> list[str]:
    return [t.lemma_ for t in doc]  # type: ignore[attr-defined]
