"""Fetching URLs under a FetchPolicy (filled in below)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from flashpoint.errors import InputError
from flashpoint.records import Document


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits for anything fetched over the network, and for local files."""

    timeout: float = 20.0  # seconds, connect + read
    max_bytes: int = 20_000_000  # decompressed body; larger is refused
    allow_private: bool = False  # loopback/private/link-local/metadata addresses refused unless set
    max_redirects: int = 5
    # one local file read whole (.txt, .md, .html, .json) or one JSONL line; 50 MB is far
    # above any report (the largest news article is under 1 MB) yet safe to hold in memory
    max_file_bytes: int = 50_000_000


def fetch_document(
    url: str, *, overrides: object = None, policy: FetchPolicy
) -> Iterator[Document | InputError]:
    """Placeholder until fetching lands."""
    yield InputError(url, "fetching URLs is not available yet")
