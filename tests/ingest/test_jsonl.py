"""JSONL and JSON inputs: one document per line or object, bad lines reported by number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import FetchPolicy, Overrides, iter_documents
from flashpoint.records import Document

GOOD = {
    "file": "reports/pl-01.txt",
    "text": "Poland closes a crossing\n\nWarsaw shut the Kuznica crossing on Monday.\n",
    "title": "Poland closes a crossing",
    "outlet": "Example Wire",
    "published": "2021-11-08",
    "url": "https://example.org/pl-01",
    "author": "Ann Lee",
    "extra": {"ignored": True},
}


def _write(tmp_path: Path, lines: list[str], name: str = "day3.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_good_line_keeps_text_and_metadata(tmp_path):
    path = _write(tmp_path, [json.dumps(GOOD)])
    (document,) = list(iter_documents([str(path)]))
    assert isinstance(document, Document)
    assert document.text == GOOD["text"]
    assert document.file == "pl-01.txt"  # base name of the `file` field
    assert document.source == f"{path}#1"
    assert (document.title, document.outlet, document.author) == (
        "Poland closes a crossing",
        "Example Wire",
        "Ann Lee",
    )
    assert (document.published, document.published_source) == ("2021-11-08", "metadata")
    assert document.url == "https://example.org/pl-01"


def test_bad_lines_are_reported_and_good_ones_still_read(tmp_path):
    lines = [
        json.dumps(GOOD),
        '{"text": "broken", "title": "x" "y"}',
        "",
        json.dumps({"title": "no text"}),
        "[1, 2, 3]",
        json.dumps({"text": "   "}),
        json.dumps({"text": 42}),
        json.dumps({"text": "Minsk denies the claim.\n", "published": "tomorrow-ish"}),
        json.dumps({"text": "Minsk denies the claim again.\n"}),
    ]
    path = _write(tmp_path, lines)
    items = list(iter_documents([str(path)]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors == [
        f"{path}:2: not valid JSON (Expecting ',' delimiter)",
        f"{path}:4: field 'text' is missing",
        f"{path}:5: not a JSON object",
        f"{path}:6: field 'text' is empty",
        f"{path}:7: field 'text': input should be a valid string",
        f"{path}:8: published 'tomorrow-ish' is not a date (use YYYY-MM-DD)",
    ]
    documents = [i for i in items if isinstance(i, Document)]
    assert [d.file for d in documents] == ["pl-01.txt", "day3.jsonl#9"]


def test_invalid_utf8_line_names_the_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    items = list(iter_documents([str(path)]))
    assert isinstance(items[0], Document)
    assert str(items[1]) == f"{path}:2: not valid UTF-8 (byte 0xe9 at offset 13); save it as UTF-8"


def test_bom_on_the_first_line_is_dropped(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n")
    (document,) = list(iter_documents([str(path)]))
    assert isinstance(document, Document)


def test_oversized_line_is_skipped_without_holding_it(tmp_path):
    big = json.dumps({"text": "x" * 5_000})
    path = _write(tmp_path, [big, json.dumps(GOOD)])
    items = list(iter_documents([str(path)], policy=FetchPolicy(max_file_bytes=1_000)))
    assert isinstance(items[0], InputError)
    assert items[0].source == f"{path}:1"
    assert items[0].problem.startswith("line is 5 kB, above the 1 kB limit")
    assert isinstance(items[1], Document)


def test_empty_jsonl_is_an_error(tmp_path):
    path = _write(tmp_path, ["", "  "])
    assert [str(i) for i in iter_documents([str(path)])] == [f"{path}: empty (no lines)"]


def test_overrides_win_over_line_metadata(tmp_path):
    path = _write(tmp_path, [json.dumps(GOOD)])
    overrides = Overrides(outlet="Cli Wire", published="5 January 2022")
    (document,) = list(iter_documents([str(path)], overrides=overrides))
    assert isinstance(document, Document)
    assert (document.outlet, document.published, document.title) == (
        "Cli Wire",
        "2022-01-05",
        "Poland closes a crossing",
    )


def test_missing_metadata_falls_back_to_the_text(tmp_path):
    row = {"text": "Border guards report a surge\n\nBy Jan Kowalski\n\nThe text goes on here.\n"}
    path = _write(tmp_path, [json.dumps(row)])
    (document,) = list(iter_documents([str(path)]))
    assert isinstance(document, Document)
    assert document.title == "Border guards report a surge"
    assert document.author == "Jan Kowalski"
    assert document.file == "day3.jsonl#1"


def test_json_file_with_one_object(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": "One document only.\n"}), "utf-8")
    (document,) = list(iter_documents([str(path)]))
    assert isinstance(document, Document)
    assert document.file == "one.json"


def test_json_file_with_a_list(tmp_path):
    path = tmp_path / "many.json"
    path.write_text(json.dumps([GOOD, {"nope": 1}, {"text": "Second one.\n"}]), "utf-8")
    items = list(iter_documents([str(path)]))
    assert isinstance(items[0], Document)
    assert str(items[1]) == f"{path}[2]: field 'text' is missing"
    assert isinstance(items[2], Document)
    assert items[2].file == "many.json#3"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{", "not valid JSON (Expecting property name enclosed in double quotes"),
        ("[]", "empty (a JSON list with no documents)"),
        ('"just a string"', "not a JSON object"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON (nested too deeply)"),
    ],
    ids=["truncated", "empty-list", "string", "deep"],
)
def test_bad_json_files(tmp_path, content, problem):
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    (error,) = list(iter_documents([str(path)]))
    assert isinstance(error, InputError)
    assert error.problem.startswith(problem)
