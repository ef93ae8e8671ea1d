"""Property tests: no exception but InputError escapes a parser, and text is kept exactly."""

from __future__ import annotations

import contextlib
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.errors import InputError
from flashpoint.ingest import iter_documents
from flashpoint.ingest.feeds import parse_feed
from flashpoint.ingest.html import decode_html, html_document
from flashpoint.ingest.metadata import Meta, infer_from_text, normalise_published
from flashpoint.ingest.text import decode_bytes
from flashpoint.records import Document

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# text with the characters that matter here: newlines, CR, BOM-like and non-ASCII letters
TEXTS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=300,
)


@FAST
@given(TEXTS)
def test_utf8_round_trips_exactly(text):
    data = text.encode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]  # a leading BOM is dropped, by design
    try:
        assert decode_bytes(data, "x") == text
    except InputError as exc:
        assert not text.strip() and exc.problem == "empty (no text)"


@FAST
@given(TEXTS)
def test_utf16_with_bom_round_trips_exactly(text):
    data = "\ufeff".encode("utf-16-le").join([b"", text.encode("utf-16-le")])
    try:
        assert decode_bytes(data, "x") == text
    except InputError:
        assert not text.strip()


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_input_error(data):
    with contextlib.suppress(InputError):
        decode_bytes(data, "x")


@FAST
@given(TEXTS)
def test_inference_never_fails_and_returns_lines_of_the_text(text):
    meta = infer_from_text(text)
    if meta.published is not None:
        assert normalise_published(meta.published) == meta.published
    for value in (meta.title, meta.author):
        assert value is None or value in text or value.replace(" ", "") in text.replace(" ", "")


@FAST
@given(st.text(max_size=60))
def test_normalise_published_is_none_or_iso(value):
    iso = normalise_published(value)
    assert iso is None or (len(iso) == 10 and iso[4] == "-" and iso[7] == "-")


@FAST
@given(text=TEXTS, noise=st.lists(st.binary(max_size=40), max_size=4))
def test_jsonl_good_lines_survive_any_bad_ones(tmp_path_factory, text, noise):
    folder = tmp_path_factory.mktemp("jsonl")
    path = folder / "mixed.jsonl"
    good = json.dumps({"text": text + "x"}).encode()
    path.write_bytes(b"\n".join([*noise, good, *noise]) + b"\n")
    items = list(iter_documents([str(path)]))
    assert all(isinstance(item, Document | InputError) for item in items)
    documents = [item for item in items if isinstance(item, Document)]
    assert text + "x" in [d.text for d in documents]


@FAST
@given(st.binary(max_size=400))
def test_feed_parser_raises_only_input_errors(data):
    with contextlib.suppress(InputError):
        parse_feed(data, "f.xml")


@FAST
@given(st.text(max_size=400))
def test_html_extraction_raises_only_input_errors(markup):
    try:
        document = html_document(markup, file="x.html", source="x.html", given=Meta())
    except InputError:
        return
    assert document.text.strip()


@FAST
@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "latin-1", "bogus", "shift_jis"]))
def test_html_decoding_raises_only_input_errors(data, charset):
    with contextlib.suppress(InputError):
        decode_html(data, "x.html", header_charset=charset)


@FAST
@given(TEXTS.filter(lambda t: t.strip() and not t.startswith("\ufeff")), st.booleans())
def test_text_file_document_holds_the_file_text_exactly(tmp_path_factory, text, bom):
    path = tmp_path_factory.mktemp("txt") / "r.txt"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    (document,) = list(iter_documents([str(path)]))
    assert isinstance(document, Document)
    assert document.text == text
