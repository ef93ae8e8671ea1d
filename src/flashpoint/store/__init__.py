"""The store: records in SQLite (default) or PostgreSQL, through SQLAlchemy Core.

`open_store(url)` returns a `Store`; every command goes through the methods below and
nothing else touches the database. One transaction per batch of documents: a crash never
leaves half a document, and a re-run skips what is already stored.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from flashpoint.records import Document, Event, Quantity, Record, Statement


@dataclass(frozen=True, slots=True)
class Filters:
    """Filters shared by the events / statements / quantities tables (None = no filter)."""

    type: str | None = None  # PLOVER type (events) or unit (quantities) or factuality
    actor: str | None = None  # actor code or entity: matches source, target, speaker, of, claimant
    since: str | None = None  # ISO date, on the event date or else the publication date
    until: str | None = None
    status: str | None = None  # event status / statement factuality
    outlet: str | None = None  # substring, case-insensitive
    story: str | None = None
    document: str | None = None  # document id
    limit: int | None = None
    offset: int = 0  # rows to skip (kept for compatibility; `after` is the fast way to page)
    # keyset page: the opaque `Row.cursor` of the last row of the previous page; the page
    # starts right after it in the table's order (an index seek, not an OFFSET scan)
    after: str | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """One item with the document it came from."""

    document: Document  # text may be empty in listings
    item: Event | Statement | Quantity
    correction: dict[str, Any] | None = None  # analyst review, if any
    cursor: str | None = None  # pass as `Filters.after` for the page that follows this row


@dataclass(frozen=True, slots=True)
class SearchHit:
    document: Document
    snippet: str  # plain text with the match; escape before showing
    rank: float = 0.0


@dataclass(frozen=True, slots=True)
class LinkUpdate:
    """What the link stage writes back: stories, event clusters and number conflicts."""

    stories: dict[str, str] = field(default_factory=dict)  # document id -> story id
    # (document id, event id) -> (cluster id, sources, corroboration)
    events: dict[tuple[str, str], tuple[str, tuple[str, ...], str]] = field(default_factory=dict)
    # (document id, quantity id) -> ["DOCID:qN", ...]
    conflicts: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)


class Store(Protocol):
    """What every command may ask of the database."""

    url: str

    def close(self) -> None: ...

    # documents and records
    def has_document(self, document_id: str) -> bool: ...
    def add_records(self, records: Sequence[Record], *, extractor: str) -> list[str]:
        """Store new records in one transaction; skip ids already stored; return ids stored."""
        ...

    def replace_records(self, records: Sequence[Record], *, extractor: str) -> None:
        """Replace the extracted items of stored documents (rebuild), one transaction."""
        ...

    def find_near_duplicate(self, document: Document) -> str | None:
        """Return the id of a stored document whose text nearly equals this one (MinHash)."""
        ...

    def find_near_duplicates(self, documents: Sequence[Document]) -> dict[str, str]:
        """Map each document nearly repeating a stored or an earlier given one to that id."""
        ...

    def get_record(self, key: str, *, corrected: bool = False) -> Record | None:
        """Return the record for a document id, id prefix (4+ chars) or file name.

        With `corrected`, each item's latest analyst review is applied (rejected items
        dropped); without it, the machine's record as extracted.
        """
        ...

    def iter_records(
        self, *, story: str | None = None, corrected: bool = False
    ) -> Iterator[Record]: ...
    def list_documents(self, filters: Filters = ...) -> list[Document]: ...
    def count(self) -> dict[str, int]: ...
    def state_token(self) -> tuple[Any, ...]:
        """Return a cheap value that changes whenever stored data changes (for caches)."""
        ...

    # tables
    def query_events(self, filters: Filters = ...) -> list[Row]: ...
    def query_statements(self, filters: Filters = ...) -> list[Row]: ...
    def query_quantities(self, filters: Filters = ...) -> list[Row]: ...
    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]: ...

    # what the incremental linker reads (light records: document with text, story and
    # near-duplicate mark, no items); see link/incremental.py
    def unlinked_ids(self) -> list[str]:
        """Return the ids of documents the link stage has not seen yet (no story)."""
        ...

    def link_sample(self, count: int) -> list[Record]:
        """Return the first `count` documents of the link stage's canonical order."""
        ...

    def published_between(self, since: str, before: str) -> list[Record]: ...
    def undated_documents(self) -> list[Record]: ...
    def iter_dated_documents(self) -> Iterator[list[Record]]: ...
    def get_records(self, ids: Sequence[str]) -> list[Record]: ...
    def story_records(self, stories: Sequence[str]) -> list[Record]: ...
    def near_duplicate_parents(self, ids: Sequence[str]) -> dict[str, str]:
        """Return document -> the document it nearly repeats, along the chains from `ids`."""
        ...

    # linking and review
    def save_links(self, update: LinkUpdate, *, reset: bool = False) -> None:
        """Write links in one transaction; with `reset`, clear every other link first."""
        ...

    def save_correction(
        self,
        document_id: str,
        item_id: str,
        action: str,
        changes: dict[str, Any],
        *,
        by: str,
        item_kind: str | None = None,
    ) -> None:
        """Record an analyst's review (confirm | correct | reject) of one item."""
        ...


def open_store(url: str) -> Store:
    """Open (and migrate) the database at `url`."""
    from flashpoint.store.sql import SqlStore

    return SqlStore(url)


__all__ = ["Filters", "LinkUpdate", "Row", "SearchHit", "Store", "open_store"]
