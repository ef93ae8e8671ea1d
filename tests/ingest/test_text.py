"""Text files and folders: exact decoding, bad files as InputErrors, sidecars, overrides."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import FetchPolicy, Overrides, iter_documents
from flashpoint.ingest.text import decode_bytes
from flashpoint.records import Document, document_id

REPORT = (
    "Lithuania reinforces its border\n\n"
    "Vilnius said on Tuesday that it had sent 300 more border guards to the frontier.\r\n"
    "  Indented line kept as it is.  \n"
)


def _one(path: Path, **kwargs: object) -> Document | InputError:
    (item,) = list(iter_documents([str(path)], **kwargs))  # type: ignore[arg-type]
    return item


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (REPORT.encode("utf-8"), REPORT),
        (codecs.BOM_UTF8 + REPORT.encode("utf-8"), REPORT),
        (codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), REPORT),
        (codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), REPORT),
        ("Łódź \u2013 Grodno \u201cq\u201d\n".encode(), "Łódź \u2013 Grodno \u201cq\u201d\n"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "non-ascii"],
)
def test_decode_keeps_the_text_exactly(data, text):
    assert decode_bytes(data, "x.txt") == text


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty (no text)"),
        (b" \n\t\n", "empty (no text)"),
        (b"PNG\x00\x01\x02binary", "binary data (NUL byte at offset 3), not a text file"),
        (b"caf\xe9 au lait", "not valid UTF-8 (byte 0xe9 at offset 3); save it as UTF-8"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16"),
    ],
    ids=["empty", "whitespace", "nul-bytes", "latin1", "utf16-lone-surrogate"],
)
def test_bad_text_files_are_input_errors(tmp_path, data, problem):
    path = tmp_path / "day1.txt"
    path.write_bytes(data)
    error = _one(path)
    assert isinstance(error, InputError)
    assert error.source == str(path)
    assert error.problem.startswith(problem)
    assert str(error).startswith(f"{path}: ")


def test_text_file_becomes_a_document_with_its_exact_text(tmp_path):
    path = tmp_path / "lt.txt"
    path.write_bytes(REPORT.encode("utf-8"))
    document = _one(path)
    assert isinstance(document, Document)
    assert document.text == REPORT
    assert document.id == document_id(REPORT)
    assert document.file == "lt.txt"
    assert document.source == str(path)
    assert document.title == "Lithuania reinforces its border"


def test_folder_is_read_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("# Z\n\nThird report text here.\n", "utf-8")
    (tmp_path / "b" / "a.txt").write_text("Second report text here.\n", "utf-8")
    (tmp_path / "a.txt").write_text("First report text here.\n", "utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden text.\n", "utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "a.meta.json").write_text('{"outlet": "Example Wire"}', "utf-8")
    items = list(iter_documents([str(tmp_path)]))
    assert all(isinstance(item, Document) for item in items)
    documents = [item for item in items if isinstance(item, Document)]
    assert [d.source for d in documents] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "a.txt"),
        str(tmp_path / "b" / "z.md"),
    ]
    assert documents[0].outlet == "Example Wire"  # from the sidecar
    assert documents[2].title == "Z"


def test_empty_folder_and_missing_path_are_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    errors = list(iter_documents([str(tmp_path / "empty"), str(tmp_path / "nope.txt")]))
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'empty'}: folder holds no readable files (.txt, .md, .html, ...)",
        f"{tmp_path / 'nope.txt'}: no such file or folder",
    ]


def test_unsupported_extension_is_an_error(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4")
    error = _one(path)
    assert isinstance(error, InputError)
    assert error.problem.startswith("unsupported file type .pdf; flashpoint reads .txt")


def test_file_above_the_cap_is_refused_without_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200_000_000)
    error = _one(path)
    assert isinstance(error, InputError)
    assert error.problem.startswith("is 200 MB, above the 50 MB limit for one document")
    small = _one(path, policy=FetchPolicy(max_file_bytes=10))
    assert isinstance(small, InputError)
    assert "above the 10 bytes limit" in small.problem


def test_one_bad_input_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A short report about the border.\n", "utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfd")
    kinds = [type(item).__name__ for item in iter_documents([str(bad), str(good)])]
    assert kinds == ["InputError", "Document"]


@pytest.mark.parametrize(
    "sidecar_name", ["report.meta.json", "report.txt.meta.json"], ids=["stem", "full-name"]
)
def test_sidecar_metadata_is_read(tmp_path, sidecar_name):
    path = tmp_path / "report.txt"
    path.write_text("Troops moved.\n\nMore text about troops moving.\n", "utf-8")
    (tmp_path / sidecar_name).write_text(
        '{"title": "Troop moves", "outlet": "Example Wire", "published": "3 March 2022",'
        ' "author": "Ann Lee", "url": "https://example.org/a"}',
        "utf-8",
    )
    document = _one(path)
    assert isinstance(document, Document)
    assert (document.title, document.outlet, document.author) == (
        "Troop moves",
        "Example Wire",
        "Ann Lee",
    )
    assert (document.published, document.published_source) == ("2022-03-03", "metadata")
    assert document.url == "https://example.org/a"


@pytest.mark.parametrize(
    ("sidecar", "problem"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "a sidecar must hold one JSON object"),
        ('{"title": 5}', "field 'title' must be a string"),
        ('{"published": "next week-ish"}', "published 'next week-ish' is not a date"),
    ],
    ids=["bad-json", "not-object", "bad-type", "bad-date"],
)
def test_bad_sidecar_is_an_error(tmp_path, sidecar, problem):
    path = tmp_path / "r.txt"
    path.write_text("Text of the report.\n", "utf-8")
    (tmp_path / "r.meta.json").write_text(sidecar, "utf-8")
    error = _one(path)
    assert isinstance(error, InputError)
    assert problem in error.problem


def test_overrides_win_over_text_and_sidecar(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("Old title\n\n12 November 2021\n\nBody text of the report.\n", "utf-8")
    (tmp_path / "r.meta.json").write_text('{"outlet": "Sidecar Wire"}', "utf-8")
    overrides = Overrides(outlet="Cli Wire", published="2022-01-05", title="New title")
    document = _one(path, overrides=overrides)
    assert isinstance(document, Document)
    assert (document.title, document.outlet, document.published) == (
        "New title",
        "Cli Wire",
        "2022-01-05",
    )
    assert document.published_source == "metadata"


def test_bad_override_date_is_one_error(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("Body text of the report.\n", "utf-8")
    items = list(iter_documents([str(path)], overrides=Overrides(published="someday")))
    assert [str(i) for i in items] == [
        "--published: published 'someday' is not a date (use YYYY-MM-DD)"
    ]


def test_symlink_loop_in_a_folder_is_walked_once(tmp_path):
    (tmp_path / "r.txt").write_text("One report about the border.\n", "utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    documents = list(iter_documents([str(tmp_path)]))
    assert [type(d).__name__ for d in documents] == ["Document"]


def test_device_is_not_read(tmp_path):
    (error,) = list(iter_documents(["/dev/null"]))
    assert isinstance(error, InputError)
    assert error.problem.startswith("not a regular file")
