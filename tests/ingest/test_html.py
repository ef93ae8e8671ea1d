"""HTML files: main text without boilerplate, page metadata, charsets, hostile markup."""

from __future__ import annotations

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import iter_documents
from flashpoint.ingest.html import declared_charset
from flashpoint.records import Document

PARAGRAPHS = (
    "<p>Latvian border guards said on Wednesday that they had stopped 120 people trying to "
    "cross from Belarus overnight, the highest number in a single night this month.</p>"
    "<p>The interior ministry in Riga said it would ask parliament to extend the state of "
    "emergency along the frontier for three more months.</p>"
)
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Latvia stops 120 at border | Baltic Example</title>
<meta property="og:title" content="Latvia stops 120 at border">
<meta property="og:site_name" content="Baltic Example">
<meta name="author" content="Ilze Berzina">
<meta property="article:published_time" content="2021-08-11T09:00:00+03:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Latvia stops 120 at border</h1>{PARAGRAPHS}</article>
<footer><p>Subscribe to our newsletter for the best of Baltic Example every morning.</p></footer>
</body></html>"""


def _one(path):
    (item,) = list(iter_documents([str(path)]))
    return item


def test_html_file_main_text_and_metadata(tmp_path):
    path = tmp_path / "latvia.html"
    path.write_text(PAGE, "utf-8")
    document = _one(path)
    assert isinstance(document, Document)
    assert "120 people trying to cross from Belarus" in document.text
    assert "Sport" not in document.text and "newsletter" not in document.text
    assert document.title == "Latvia stops 120 at border"
    assert document.author == "Ilze Berzina"
    assert document.outlet == "Baltic Example"
    assert (document.published, document.published_source) == ("2021-08-11", "metadata")
    assert document.file == "latvia.html"


def test_sidecar_wins_over_page_metadata(tmp_path):
    path = tmp_path / "latvia.htm"
    path.write_text(PAGE, "utf-8")
    (tmp_path / "latvia.meta.json").write_text('{"outlet": "Sidecar Wire"}', "utf-8")
    document = _one(path)
    assert isinstance(document, Document)
    assert document.outlet == "Sidecar Wire"
    assert document.author == "Ilze Berzina"


def test_declared_charset_is_used(tmp_path):
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Wednesday", "Wednesday \u2013 caf\u00e9 \u2013"
    )
    path = tmp_path / "cp.html"
    path.write_bytes(page.encode("windows-1252"))
    document = _one(path)
    assert isinstance(document, Document)
    assert "Wednesday \u2013 caf\u00e9 \u2013" in document.text


def test_undeclared_non_utf8_page_is_refused(tmp_path):
    path = tmp_path / "latin.html"
    path.write_bytes(
        PAGE.replace('<meta charset="utf-8">', "").replace("said", "s\xe9id").encode("latin-1")
    )
    error = _one(path)
    assert isinstance(error, InputError)
    assert error.problem.startswith("not valid UTF-8")


@pytest.mark.parametrize(
    ("data", "header", "codec"),
    [
        (b'<meta charset="ISO-8859-2">', None, "iso8859-2"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', None, "koi8-r"),
        (b'<meta charset="utf-8">', "windows-1250", "cp1250"),
        (b'<meta charset="no-such-codec">', None, None),
        (b"<p>nothing declared</p>", None, None),
    ],
    ids=["meta-charset", "http-equiv", "header-first", "unknown", "none"],
)
def test_declared_charset(data, header, codec):
    assert declared_charset(data, header) == codec


@pytest.mark.parametrize(
    ("markup", "problem"),
    [
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found"),
        ("<html><body>" + "<div>" * 50_000 + "<p>deep</p>" + "</div>" * 50_000 + "</body></html>",
         "no article text found"),
        ("", "empty (no text)"),
    ],
    ids=["boilerplate-only", "deeply-nested", "empty"],
)  # fmt: skip
def test_hostile_or_empty_html_is_an_error(tmp_path, markup, problem):
    path = tmp_path / "bad.html"
    path.write_text(markup, "utf-8")
    error = _one(path)
    assert isinstance(error, InputError)
    assert error.problem.startswith(problem)
