"""HTML pages: the main text (boilerplate dropped) and the page's metadata, by trafilatura.

`Document.text` is the extracted text, so spans point into it, not into the markup.
Bytes are decoded by BOM, then the charset the page (or the HTTP header) declares, else
UTF-8; a page that does not decode under its charset is refused, never guessed at.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from flashpoint.errors import InputError
from flashpoint.ingest.metadata import (
    NO_META,
    Meta,
    Overrides,
    build_document,
    normalise_published,
)
from flashpoint.ingest.text import decode_bytes, read_bytes
from flashpoint.records import Document

_CHARSET_SNIFF_BYTES = 4096  # <meta charset> must sit in the first 1024 bytes (HTML spec); x4
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
MIN_TEXT_CHARS = 25  # less is a menu or a caption that trafilatura's fallback kept, not a report
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

# trafilatura logs every page it finds no text in; the InputError already says so
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """Return the codec named by the HTTP header charset or the page's <meta>, if known."""
    names = []
    if header:
        names.append(header)
    sniffed = _META_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    if sniffed:
        names.append(sniffed[1].decode("ascii", "replace"))
    for name in names:
        try:
            return codecs.lookup(name.strip().strip("\"'")).name
        except LookupError:
            continue
    return None


def decode_html(data: bytes, source: str, *, header_charset: str | None = None) -> str:
    """Return the page decoded by BOM, declared charset, else UTF-8; raise InputError."""
    if data.startswith(_BOMS):
        return decode_bytes(data, source)
    charset = declared_charset(data, header_charset)
    if charset is None or charset in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        # a page that says UTF-16 without a BOM is really ASCII-compatible: read as UTF-8
        return decode_bytes(data, source)
    if b"\x00" in data:
        raise InputError(source, "binary data (NUL byte), not an HTML page")
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"not valid {charset} as the page declares (byte at offset {exc.start})"
        ) from exc
    if not text.strip():
        raise InputError(source, "empty (no text)")
    return text


def _extract(html: str, url: str | None, source: str) -> Any:
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # only dates the page states in its markup, not guesses from the text
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except RecursionError as exc:
        raise InputError(source, "HTML nested too deeply to parse") from exc
    except (ValueError, TypeError, LookupError, AttributeError) as exc:
        # lxml and trafilatura raise these on malformed markup
        raise InputError(source, f"cannot parse the HTML ({type(exc).__name__}: {exc})") from exc


def html_document(
    html: str,
    *,
    file: str,
    source: str,
    url: str | None = None,
    given: Meta = NO_META,
    overrides: Overrides | None = None,
) -> Document:
    """Return the Document of an HTML page: its main text, metadata merged by precedence."""
    extracted = _extract(html, url, source)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not isinstance(text, str) or len(text.strip()) < MIN_TEXT_CHARS:
        raise InputError(source, "no article text found in the HTML")

    def field(name: str) -> str | None:
        value = getattr(extracted, name, None)
        return value.strip() or None if isinstance(value, str) else None

    page = Meta(
        title=field("title"),
        outlet=field("sitename"),
        author=field("author"),
        published=field("date"),
        url=url or field("url"),
    )
    if page.published is not None:  # a page date that is not a date is dropped
        page = replace(page, published=normalise_published(page.published))
    return build_document(
        text, file=file, source=source, given=given.over(page), overrides=overrides
    )


def read_html_file(
    path: Path,
    source: str,
    *,
    given: Meta = NO_META,
    overrides: Overrides | None = None,
    max_bytes: int,
) -> Document:
    """Return the Document of a local .html/.htm file."""
    html = decode_html(read_bytes(path, source, max_bytes=max_bytes), source)
    return html_document(html, file=path.name, source=source, given=given, overrides=overrides)
