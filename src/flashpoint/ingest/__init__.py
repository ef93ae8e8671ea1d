"""Ingest: files, folders, JSONL, HTML, feeds and URLs -> `Document` records.

PLACEHOLDER INTERFACE: the ingest work replaces the body of `iter_documents`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from flashpoint.errors import InputError
from flashpoint.records import Document


@dataclass(frozen=True, slots=True)
class Overrides:
    """Metadata given on the command line; wins over everything read from the input."""

    outlet: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits for anything fetched over the network."""

    timeout: float = 20.0  # seconds, connect + read
    max_bytes: int = 20_000_000  # decompressed body; larger is refused
    allow_private: bool = False  # loopback/private/link-local/metadata addresses refused unless set
    max_redirects: int = 5


def iter_documents(
    inputs: Sequence[str],
    *,
    feeds: Sequence[str] = (),
    overrides: Overrides | None = None,
    policy: FetchPolicy | None = None,
) -> Iterator[Document | InputError]:
    """Yield a Document for each readable input, and an InputError for each bad one."""
    yield from ()
