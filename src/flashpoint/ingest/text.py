"""Plain text: decode bytes exactly, and read .txt/.md files within the size cap."""

from __future__ import annotations

import codecs
from pathlib import Path

from flashpoint.errors import InputError

# BOMs in the order they must be tested: the UTF-32 LE BOM starts with the UTF-16 LE one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _size(count: int) -> str:
    """Return a byte count for messages: `210 MB`, `12 kB`, `80 bytes`."""
    if count >= 1_000_000:
        return f"{count / 1_000_000:.0f} MB"
    if count >= 1_000:
        return f"{count / 1_000:.0f} kB"
    return f"{count} bytes"


def too_large(count: int, limit: int) -> str:
    """Return the one-line problem for an input above the size cap."""
    return (
        f"is {_size(count)}, above the {_size(limit)} limit for one document "
        "(FetchPolicy.max_file_bytes); split it or raise the limit"
    )


def decode_bytes(data: bytes, source: str, *, require_text: bool = True) -> str:
    """Return `data` decoded exactly: UTF-8 (BOM dropped), or UTF-16/32 with a BOM.

    Nothing is stripped or normalised: spans are character offsets into this text.
    Raise InputError for binary data (NUL bytes), undecodable bytes and, when
    `require_text`, for data with nothing but whitespace.
    """
    encoding, name = "utf-8", "UTF-8"
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            encoding, name = codec, label
            break
    else:
        if b"\x00" in data:
            offset = data.index(b"\x00")
            raise InputError(source, f"binary data (NUL byte at offset {offset}), not a text file")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = exc.object[exc.start : exc.start + 1].hex()
        raise InputError(
            source,
            f"not valid {name} (byte 0x{bad} at offset {exc.start}); save it as UTF-8",
        ) from exc
    if "\x00" in text:
        raise InputError(source, f"binary data (NUL character in {name} text), not a text file")
    if require_text and not text.strip():
        raise InputError(source, "empty (no text)")
    return text


def read_bytes(path: Path, source: str, *, max_bytes: int) -> bytes:
    """Return the bytes of `path`, refusing files above `max_bytes` before reading them."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, too_large(size, max_bytes))
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # grew while we looked
        raise InputError(source, too_large(len(data), max_bytes))
    return data


def read_text_file(path: Path, source: str, *, max_bytes: int) -> str:
    """Return the decoded text of a .txt/.md file."""
    return decode_bytes(read_bytes(path, source, max_bytes=max_bytes), source)
