"""Ingest: files, folders, JSONL, HTML, feeds and URLs -> `Document` records.

Every input yields Documents, or an InputError naming the input (and line) and the
problem; one bad input never stops the others.  See docs/ingest.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from flashpoint.errors import InputError
from flashpoint.ingest.fetch import FetchPolicy
from flashpoint.ingest.jsonl import iter_json, iter_jsonl
from flashpoint.ingest.metadata import Overrides, build_document, check_published, read_sidecar
from flashpoint.ingest.text import read_text_file
from flashpoint.records import Document

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
FEED_SUFFIXES = (".rss", ".atom", ".xml")  # .xml only when named: folders hold other XML
SIDECAR_SUFFIX = ".meta.json"
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + FEED_SUFFIXES
_FOLDER_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + (".rss", ".atom")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _is_url(value: str) -> bool:
    return _SCHEME.match(value) is not None


def _walk(folder: Path, seen: set[Path] | None = None) -> Iterator[Path]:
    """Yield the readable files under `folder`, recursively, sorted; hidden ones skipped."""
    seen = set() if seen is None else seen
    real = folder.resolve()
    if real in seen:
        return  # a symlink loop
    seen.add(real)
    entries = sorted(folder.iterdir(), key=lambda p: p.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.name.lower().endswith(_FOLDER_SUFFIXES) and not entry.name.lower().endswith(
            SIDECAR_SUFFIX
        ):
            yield entry


def _read_file(
    path: Path, source: str, overrides: Overrides | None, policy: FetchPolicy
) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    if path.name.lower().endswith(SIDECAR_SUFFIX):
        yield InputError(source, "is a metadata sidecar; ingest the file it describes instead")
        return
    if suffix in (".jsonl", ".ndjson"):
        yield from iter_jsonl(path, source, max_bytes=policy.max_file_bytes, overrides=overrides)
        return
    if suffix == ".json":
        yield from iter_json(path, source, max_bytes=policy.max_file_bytes, overrides=overrides)
        return
    if suffix in FEED_SUFFIXES:
        from flashpoint.ingest.feeds import iter_feed

        yield from iter_feed(source, overrides=overrides, policy=policy)
        return
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES:
        kinds = ", ".join(SUFFIXES)
        shown = suffix or "(none)"
        yield InputError(source, f"unsupported file type {shown}; flashpoint reads {kinds}")
        return
    try:
        given = read_sidecar(path, source, max_bytes=policy.max_file_bytes)
        if suffix in TEXT_SUFFIXES:
            text = read_text_file(path, source, max_bytes=policy.max_file_bytes)
            yield build_document(
                text, file=path.name, source=source, given=given, overrides=overrides
            )
        else:
            from flashpoint.ingest.html import read_html_file

            yield read_html_file(
                path, source, given=given, overrides=overrides, max_bytes=policy.max_file_bytes
            )
    except InputError as exc:
        yield exc


def _read_path(
    value: str, overrides: Overrides | None, policy: FetchPolicy
) -> Iterator[Document | InputError]:
    path = Path(value)
    try:
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield from _read_file(file, str(file), overrides, policy)
            if not found:
                yield InputError(value, "folder holds no readable files (.txt, .md, .html, ...)")
            return
        if not path.exists():
            yield InputError(value, "no such file or folder")
            return
        if not path.is_file():
            yield InputError(value, "not a regular file (a device, socket or pipe)")
            return
    except OSError as exc:
        yield InputError(value, f"cannot read ({exc.strerror or exc})")
        return
    yield from _read_file(path, value, overrides, policy)


def iter_documents(
    inputs: Sequence[str],
    *,
    feeds: Sequence[str] = (),
    overrides: Overrides | None = None,
    policy: FetchPolicy | None = None,
) -> Iterator[Document | InputError]:
    """Yield a Document for each readable input, and an InputError for each bad one.

    `inputs` are files, folders (read recursively, in name order) and http(s) URLs;
    `feeds` are RSS/Atom feeds, as URLs or local files, whose items are fetched.
    """
    policy = policy or FetchPolicy()
    if overrides is not None and overrides.published is not None:
        try:
            check_published(overrides.published, "--published")
        except InputError as exc:
            yield exc
            return
    for value in inputs:
        if _is_url(value):
            from flashpoint.ingest.fetch import fetch_document

            yield from fetch_document(value, overrides=overrides, policy=policy)
        else:
            yield from _read_path(value, overrides, policy)
    for feed in feeds:
        from flashpoint.ingest.feeds import iter_feed

        yield from iter_feed(feed, overrides=overrides, policy=policy)


__all__ = ["FetchPolicy", "Overrides", "iter_documents"]
