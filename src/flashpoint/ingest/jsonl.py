"""JSONL and JSON inputs: one document per line (or per object), metadata in its fields.

A line is `{"text": ..., "file": ..., "title": ..., "outlet": ..., "published": ...,
"url": ..., "author": ...}`; only `text` is required and other keys are ignored.  A bad
line yields an InputError naming `path:line` and the other lines are still read.  JSONL
is streamed line by line, so its size is unbounded; one line is capped like one file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ConfigDict, ValidationError

from flashpoint.errors import InputError
from flashpoint.ingest.metadata import Meta, Overrides, build_document
from flashpoint.ingest.text import decode_bytes, read_bytes, too_large
from flashpoint.records import Document

_CHUNK = 1 << 16  # bytes read at a time while skipping the rest of an oversized line


class _Row(BaseModel):
    """One untrusted input object: `text` required, metadata optional, extra keys ignored."""

    model_config = ConfigDict(extra="ignore", strict=True)

    text: str
    file: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None


def _problem(exc: ValidationError) -> str:
    """Return the first validation error as one short phrase."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "object"
    if error["type"] == "missing":
        return f"field {where!r} is missing"
    if error["type"] == "model_type":
        return "not a JSON object"
    return f"field {where!r}: {error['msg'].lower()}"


def _base_name(value: str) -> str:
    return value.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or value


def document_from_object(
    data: Any,
    *,
    source: str,
    fallback_file: str,
    overrides: Overrides | None,
) -> Document:
    """Return the Document of one JSON object; raise InputError when it is not a valid one."""
    try:
        row = _Row.model_validate(data)
    except ValidationError as exc:
        raise InputError(source, _problem(exc)) from exc
    if not row.text.strip():
        raise InputError(source, "field 'text' is empty")
    if "\x00" in row.text:
        raise InputError(source, "field 'text' holds a NUL character (binary data)")
    given = Meta(
        title=(row.title or "").strip() or None,
        outlet=(row.outlet or "").strip() or None,
        author=(row.author or "").strip() or None,
        published=(row.published or "").strip() or None,
        url=(row.url or "").strip() or None,
    )
    file = _base_name(row.file.strip()) if row.file and row.file.strip() else fallback_file
    return build_document(row.text, file=file, source=source, given=given, overrides=overrides)


def _lines(fh: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (line number, bytes or None when oversized, size) for each line of `fh`."""
    number = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the line without holding it
                chunk = fh.readline(_CHUNK)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield number, None, size
            continue
        yield number, line, len(line)


def iter_jsonl(
    path: Path, source: str, *, max_bytes: int, overrides: Overrides | None
) -> Iterator[Document | InputError]:
    """Yield a Document per valid line of a JSONL file and an InputError per bad one."""
    name = path.name
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read ({exc.strerror or exc})")
        return
    content = False
    with fh:
        try:
            for number, raw, size in _lines(fh, max_bytes):
                where = f"{source}:{number}"
                if raw is None:
                    yield InputError(where, "line " + too_large(size, max_bytes))
                    continue
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                content = True
                try:
                    line = decode_bytes(raw, where)
                    try:
                        data = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(where, f"not valid JSON ({exc.msg})") from exc
                    except RecursionError as exc:
                        raise InputError(where, "not valid JSON (nested too deeply)") from exc
                    document = document_from_object(
                        data,
                        source=f"{source}#{number}",
                        fallback_file=f"{name}#{number}",
                        overrides=overrides,
                    )
                except InputError as exc:
                    yield InputError(where, exc.problem) if exc.source != where else exc
                    continue
                yield document
        except OSError as exc:
            yield InputError(source, f"cannot read ({exc.strerror or exc})")
            return
    if not content:
        yield InputError(source, "empty (no lines)")


def iter_json(
    path: Path, source: str, *, max_bytes: int, overrides: Overrides | None
) -> Iterator[Document | InputError]:
    """Yield the documents of a .json file holding one object or a list of objects."""
    try:
        text = decode_bytes(read_bytes(path, source, max_bytes=max_bytes), source)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                source, f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
            ) from exc
        except RecursionError as exc:
            raise InputError(source, "not valid JSON (nested too deeply)") from exc
    except InputError as exc:
        yield exc
        return
    if isinstance(data, list):
        if not data:
            yield InputError(source, "empty (a JSON list with no documents)")
        for index, item in enumerate(data, 1):
            try:
                yield document_from_object(
                    item,
                    source=f"{source}#{index}",
                    fallback_file=f"{path.name}#{index}",
                    overrides=overrides,
                )
            except InputError as exc:
                yield InputError(f"{source}[{index}]", exc.problem)
        return
    try:
        yield document_from_object(
            data, source=source, fallback_file=path.name, overrides=overrides
        )
    except InputError as exc:
        yield InputError(source, exc.problem)
