"""SqlStore: the Store protocol over SQLAlchemy Core, one code path for SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from flashpoint.errors import StoreError
from flashpoint.records import Document, Event, Quantity, Record, Statement
from flashpoint.store import Filters, LinkUpdate, Row, SearchHit
from flashpoint.store import rows as r
from flashpoint.store.dedup import (
    THRESHOLD,
    band_keys,
    band_rows,
    from_bytes,
    signature,
    to_bytes,
)
from flashpoint.store.engine import is_sqlite, make_engine, safe_url, write_transaction
from flashpoint.store.migrations import migrate
from flashpoint.store.schema import (
    ITEM_TABLES,
    UNDATED,
    corrections,
    documents,
    events,
    minhash_bands,
    quantities,
    statements,
)
from flashpoint.store.search import search_documents

CHUNK = 500  # ids per IN (...) list: far below every backend's bound-parameter limit
PAGE = 100  # documents per page when streaming records
MIN_PREFIX = 4  # shortest id prefix get_record accepts


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


@dataclass
class _Items:
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)


# the PostgreSQL advisory lock of link runs: (our constant, the store's schema)
_LINK_LOCK = 0x464C4B4C  # "FLKL"
_PG_LOCK_ARGS = "CAST(:key AS integer), hashtext(current_schema())"


class SqlStore:
    """Records in SQLite or PostgreSQL; every method is one short transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._name = safe_url(url)
        self._engine = make_engine(url)
        self._sqlite = is_sqlite(self._engine)
        # signatures computed by find_near_duplicates, reused by the add_records that follows
        self._fresh_signatures: dict[str, Any] = {}
        self._memory_lock = threading.Lock()  # link_lock of an in-memory database
        try:
            with self._errors("open"):
                migrate(self._engine)
        except StoreError:
            self._engine.dispose()
            raise

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------
    # plumbing

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"{self._name}: {action} failed: {_first_line(exc)}") from exc

    @contextmanager
    def _read(self, action: str) -> Iterator[sa.Connection]:
        with self._errors(action), self._engine.connect() as connection:
            yield connection

    @contextmanager
    def _write(self, action: str) -> Iterator[sa.Connection]:
        with self._errors(action), write_transaction(self._engine) as connection:
            yield connection

    # ------------------------------------------------------------------
    # documents and records

    def has_document(self, document_id: str) -> bool:
        with self._read("look up a document") as connection:
            found = connection.execute(
                sa.select(documents.c.id).where(documents.c.id == document_id)
            )
            return found.first() is not None

    def _stored_ids(self, connection: sa.Connection, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(ids):
            result = connection.execute(sa.select(documents.c.id).where(documents.c.id.in_(chunk)))
            found.update(result.scalars())
        return found

    @staticmethod
    def _next_seq(connection: sa.Connection) -> int:
        # callers hold the write lock, so max + 1 cannot race
        return int(connection.execute(sa.select(sa.func.max(documents.c.seq))).scalar() or 0) + 1

    @staticmethod
    def _insert(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            connection.execute(table.insert(), rows)

    def _add(
        self,
        connection: sa.Connection,
        records: Sequence[Record],
        extractor: str,
        signatures: dict[str, Any],
    ) -> list[str]:
        skip = self._stored_ids(connection, [rec.document.id for rec in records])
        seq = self._next_seq(connection)
        doc_rows: list[dict[str, Any]] = []
        bands: list[dict[str, Any]] = []
        item_rows: tuple[list[dict[str, Any]], ...] = ([], [], [])
        stored: list[str] = []
        for record in records:
            document_id = record.document.id
            if document_id in skip:
                continue
            skip.add(document_id)
            minhash = signatures[document_id]
            doc_rows.append(
                r.document_row(
                    record,
                    seq=seq,
                    extractor=extractor,
                    ingested_at=_now(),
                    minhash=None if minhash is None else to_bytes(minhash),
                )
            )
            seq += 1
            if minhash is not None:
                bands.extend(band_rows(document_id, minhash))
            for rows, new in zip(item_rows, r.item_rows(record), strict=True):
                rows.extend(new)
            stored.append(document_id)
        self._insert(connection, documents, doc_rows)
        self._insert(connection, minhash_bands, bands)
        for table, rows in zip((statements, events, quantities), item_rows, strict=True):
            self._insert(connection, table, rows)
        return stored

    def add_records(self, records: Sequence[Record], *, extractor: str) -> list[str]:
        """Store new records in one transaction; skip ids already stored; return ids stored."""
        if not records:
            return []
        # the signatures are computed before taking the write lock, to hold it briefly
        signatures = {rec.document.id: self._signature(rec.document) for rec in records}
        with self._write("store records") as connection:
            return self._add(connection, records, extractor, signatures)

    def replace_records(self, records: Sequence[Record], *, extractor: str) -> None:
        """Replace the extracted items of stored documents (rebuild), one transaction.

        Corrections are kept, and so are story and near-duplicate marks the record does
        not set; a record for a document not yet stored is added.
        """
        if not records:
            return
        signatures = {rec.document.id: signature(rec.document.text) for rec in records}
        with self._write("replace records") as connection:
            ids = sorted(self._stored_ids(connection, [rec.document.id for rec in records]))
            known = {rec.document.id: rec for rec in records if rec.document.id in ids}
            for table in (statements, events, quantities):
                for chunk in _chunks(ids):
                    connection.execute(table.delete().where(table.c.document_id.in_(chunk)))
            item_rows: tuple[list[dict[str, Any]], ...] = ([], [], [])
            for document_id, record in known.items():
                row = r.document_row(record, extractor=extractor)
                for key in ("id", "story", "near_duplicate_of"):
                    if key == "id" or row[key] is None:
                        del row[key]
                connection.execute(
                    documents.update().where(documents.c.id == document_id).values(**row)
                )
                for rows, fresh in zip(item_rows, r.item_rows(record), strict=True):
                    rows.extend(fresh)
            for table, rows in zip((statements, events, quantities), item_rows, strict=True):
                self._insert(connection, table, rows)
            new = [rec for rec in records if rec.document.id not in known]
            if new:
                self._add(connection, new, extractor, signatures)

    def _signature(self, document: Document) -> Any:
        """The MinHash of a document, once: from find_near_duplicates if it computed it."""
        if document.id in self._fresh_signatures:
            return self._fresh_signatures.pop(document.id)
        return signature(document.text)

    def find_near_duplicate(self, document: Document) -> str | None:
        """Return the id of the earliest stored document whose text nearly equals this one."""
        return self._stored_near_duplicate(document, signature(document.text))

    def _stored_near_duplicate(self, document: Document, minhash: Any) -> str | None:
        if minhash is None:
            return None
        # the stored documents sharing an LSH band, earliest first, checked on their signature
        sharing = sa.select(minhash_bands.c.document_id).where(
            sa.or_(
                *(
                    sa.and_(minhash_bands.c.band == band, minhash_bands.c.key == key)
                    for band, key in band_keys(minhash)
                )
            )
        )
        with self._read("find near duplicates") as connection:
            result = connection.execute(
                sa.select(documents.c.id, documents.c.minhash)
                .where(documents.c.id.in_(sharing), documents.c.id != document.id)
                .order_by(documents.c.seq)
            )
            for document_id, blob in result:
                if from_bytes(bytes(blob)).jaccard(minhash) >= THRESHOLD:
                    return str(document_id)
        return None

    def find_near_duplicates(self, documents: Sequence[Document]) -> dict[str, str]:
        """Map each document that nearly repeats a stored one, or an earlier one of the same
        batch, to the id of the earliest such document."""
        found: dict[str, str] = {}
        earlier: list[tuple[str, Any]] = []
        self._fresh_signatures = {}
        for document in documents:
            minhash = signature(document.text)
            self._fresh_signatures[document.id] = minhash
            stored = self._stored_near_duplicate(document, minhash)
            if stored is not None:
                found[document.id] = stored
            elif minhash is not None:
                for other_id, other in earlier:
                    if other_id != document.id and other.jaccard(minhash) >= THRESHOLD:
                        found[document.id] = found.get(other_id, other_id)
                        break
            if minhash is not None:
                earlier.append((document.id, minhash))
        return found

    def _items(self, connection: sa.Connection, ids: Sequence[str]) -> dict[str, _Items]:
        items: dict[str, _Items] = defaultdict(_Items)
        for chunk in _chunks(ids):
            for table, read, name in (
                (statements, r.statement_from_row, "statements"),
                (events, r.event_from_row, "events"),
                (quantities, r.quantity_from_row, "quantities"),
            ):
                result = connection.execute(
                    sa.select(table)
                    .where(table.c.document_id.in_(chunk))
                    .order_by(table.c.document_id, table.c.position)
                )
                for row in result.mappings():
                    getattr(items[row["document_id"]], name).append(read(row))
        return items

    def _history(
        self, connection: sa.Connection, ids: Sequence[str]
    ) -> dict[str, dict[tuple[str, str], list[dict[str, Any]]]]:
        """Return document id -> (item kind, item id) -> corrections, oldest first."""
        history: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for chunk in _chunks(ids):
            result = connection.execute(
                sa.select(corrections)
                .where(corrections.c.document_id.in_(chunk))
                .order_by(corrections.c.id)
            )
            for row in result.mappings():
                key = (row["item_kind"], row["item_id"])
                history[row["document_id"]][key].append(r.correction_dict(row))
        return history

    def _records(
        self, connection: sa.Connection, rows: Sequence[Any], *, corrected: bool
    ) -> list[Record]:
        ids = [row["id"] for row in rows]
        items = self._items(connection, ids)
        history = self._history(connection, ids) if corrected else {}
        out = []
        for row in rows:
            found = items.get(row["id"], _Items())
            record = Record(
                document=r.document_from_row(row, text=row["text"]),
                statements=tuple(found.statements),
                events=tuple(found.events),
                quantities=tuple(found.quantities),
                story=row["story"],
                near_duplicate_of=row["near_duplicate_of"],
            )
            if corrected and row["id"] in history:
                record = r.apply_corrections(record, history[row["id"]])
            out.append(record)
        return out

    def _find_row(self, connection: sa.Connection, key: str) -> Any:
        columns = [*r.LISTING_COLUMNS, documents.c.text]
        for condition in (documents.c.id == key, documents.c.file == key):
            row = (
                connection.execute(
                    sa.select(*columns).where(condition).order_by(documents.c.seq).limit(1)
                )
                .mappings()
                .first()
            )
            if row is not None:
                return row
        if len(key) < MIN_PREFIX:
            return None
        found = (
            connection.execute(
                sa.select(*columns)
                .where(documents.c.id.startswith(key, autoescape=True))
                .order_by(documents.c.seq)
                .limit(2)
            )
            .mappings()
            .all()
        )
        if len(found) > 1:
            raise StoreError(f"{key}: id prefix matches several documents; give more of the id")
        return found[0] if found else None

    def get_record(self, key: str, *, corrected: bool = False) -> Record | None:
        """Return the record for a document id, id prefix (4+ chars) or file name.

        With `corrected`, the analyst's corrections are applied and rejected items dropped.
        """
        with self._read("read a record") as connection:
            row = self._find_row(connection, key.strip())
            if row is None:
                return None
            return self._records(connection, [row], corrected=corrected)[0]

    def iter_records(
        self, *, story: str | None = None, corrected: bool = False
    ) -> Iterator[Record]:
        """Yield every stored record in ingestion order, a page at a time."""
        last = 0
        while True:
            with self._read("read records") as connection:
                query = (
                    sa.select(*r.LISTING_COLUMNS, documents.c.text, documents.c.seq)
                    .where(documents.c.seq > last)
                    .order_by(documents.c.seq)
                    .limit(PAGE)
                )
                if story is not None:
                    query = query.where(documents.c.story == story)
                rows = connection.execute(query).mappings().all()
                if not rows:
                    return
                records = self._records(connection, rows, corrected=corrected)
            last = rows[-1]["seq"]
            yield from records

    def list_documents(self, filters: Filters = Filters()) -> list[Document]:  # noqa: B008
        """Return the documents that match, by publication date (text left empty)."""
        query = (
            sa.select(*r.LISTING_COLUMNS)
            .where(*r.document_conditions(filters))
            .order_by(documents.c.published.nulls_last(), documents.c.seq)
        )
        with self._read("list documents") as connection:
            rows = connection.execute(r.page(query, filters)).mappings().all()
        return [r.document_from_row(row) for row in rows]

    def count(self) -> dict[str, int]:
        with self._read("count") as connection:
            return {
                name: int(connection.scalar(sa.select(sa.func.count()).select_from(t)) or 0)
                for name, t in (
                    ("documents", documents),
                    ("statements", statements),
                    ("events", events),
                    ("quantities", quantities),
                )
            }

    def state_token(self) -> tuple[Any, ...]:
        """Return a cheap token that changes whenever stored data does (caches key on it).

        One query of counts and high-water marks: documents (count, last seq, last ingest
        time, stories set), items, links set (event clusters) and corrections (count, last id).
        """

        def scalar(expression: Any, table: sa.Table) -> sa.ScalarSelect[Any]:
            return sa.select(expression).select_from(table).scalar_subquery()

        count = sa.func.count
        query = sa.select(
            scalar(count(), documents),
            scalar(sa.func.max(documents.c.seq), documents),
            scalar(sa.func.max(documents.c.ingested_at), documents),
            scalar(count(documents.c.story), documents),
            scalar(count(), statements),
            scalar(count(), events),
            scalar(count(events.c.cluster), events),
            scalar(count(), quantities),
            scalar(count(), corrections),
            scalar(sa.func.max(corrections.c.id), corrections),
        )
        with self._read("read the state token") as connection:
            row = connection.execute(query).one()
        return tuple(row)

    # ------------------------------------------------------------------
    # tables

    def _rows(
        self,
        table: sa.Table,
        kind: str,
        where: r.Where,
        read: Any,
        filters: Filters,
    ) -> list[Row]:
        order_by = r.sort_key(kind, table)
        seek = r.after(kind, table, filters)
        joined = sa.select(
            *[c.label(f"i_{c.name}") for c in table.c],
            *r.LISTING_COLUMNS,
            documents.c.seq.label("d_seq"),
        ).join_from(table, documents, table.c.document_id == documents.c.id)
        if filters.limit is not None and len(where.any_of) > 1:
            # an OR over two indexed columns cannot be read in index order, so a page of
            # it would sort every match; instead take the first offset+limit rows of each
            # alternative through its own index, and page over their union
            window = max(0, int(filters.offset)) + max(0, int(filters.limit))
            branches = []
            for alternative in where.any_of:
                branch = (
                    sa.select(table.c.document_id, table.c.id)
                    .join_from(table, documents, table.c.document_id == documents.c.id)
                    .where(*where.all_of, alternative, *seek)
                    .order_by(*order_by)
                    .limit(window)
                    .subquery()
                )
                branches.append(sa.select(branch.c.document_id, branch.c.id))
            keys = sa.union(*branches).subquery("page_keys")
            query = joined.join(
                keys, sa.and_(table.c.document_id == keys.c.document_id, table.c.id == keys.c.id)
            ).where(*where.all_of, *seek)
        else:
            query = joined.where(*where.conditions(), *seek)
        query = r.page(query.order_by(*order_by), filters)
        with self._read(f"query {kind}s") as connection:
            rows = connection.execute(query).mappings().all()
            latest = self._latest_corrections(connection, kind, rows)
        out = []
        for row in rows:
            item_row = {c.name: row[f"i_{c.name}"] for c in table.c}
            if kind == "event":
                key = [item_row["day"], item_row["document_id"], item_row["position"]]
            else:
                key = [row["published"] or UNDATED, int(row["d_seq"]), item_row["position"]]
            out.append(
                Row(
                    document=r.document_from_row(row),
                    item=read(item_row),
                    correction=latest.get((row["id"], item_row["id"])),
                    cursor=r.encode_cursor(kind, key),
                )
            )
        return out

    def _latest_corrections(
        self, connection: sa.Connection, kind: str, rows: Sequence[Any]
    ) -> dict[tuple[str, str], dict[str, Any]]:
        wanted = {(row["i_document_id"], row["i_id"]) for row in rows}
        latest: dict[tuple[str, str], dict[str, Any]] = {}
        for chunk in _chunks(sorted({document_id for document_id, _ in wanted})):
            result = connection.execute(
                sa.select(corrections)
                .where(corrections.c.document_id.in_(chunk), corrections.c.item_kind == kind)
                .order_by(corrections.c.id)
            )
            for row in result.mappings():
                key = (row["document_id"], row["item_id"])
                if key in wanted:
                    latest[key] = r.correction_dict(row)
        return latest

    def query_events(self, filters: Filters = Filters()) -> list[Row]:  # noqa: B008
        """Return events that match, by date (undated ones last)."""
        where = r.event_where(r.seek_since(filters))
        return self._rows(events, "event", where, r.event_from_row, filters)

    def query_statements(self, filters: Filters = Filters()) -> list[Row]:  # noqa: B008
        """Return statements that match, by publication date (undated reports last)."""
        return self._rows(
            statements, "statement", r.statement_where(filters), r.statement_from_row, filters
        )

    def query_quantities(self, filters: Filters = Filters()) -> list[Row]:  # noqa: B008
        """Return quantities that match, by publication date (undated reports last)."""
        return self._rows(
            quantities, "quantity", r.quantity_where(filters), r.quantity_from_row, filters
        )

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        """Return the documents whose title or text contain all the words of `text`."""
        with self._read("search") as connection:
            return search_documents(connection, text, limit=limit)

    # ------------------------------------------------------------------
    # what the incremental linker reads (link/incremental.py): light records carry the
    # document (title and text included), story and near-duplicate mark, but no items

    def _light(
        self, action: str, *conditions: Any, order: list[Any], limit: int | None = None
    ) -> list[Record]:
        query = sa.select(*r.LISTING_COLUMNS, documents.c.text).where(*conditions).order_by(*order)
        if limit is not None:
            query = query.limit(limit)
        with self._read(action) as connection:
            rows = connection.execute(query).mappings().all()
        return [
            Record(
                document=r.document_from_row(row, text=row["text"]),
                story=row["story"],
                near_duplicate_of=row["near_duplicate_of"],
            )
            for row in rows
        ]

    def _bytewise(self, expression: Any) -> Any:
        return sa.collate(expression, "BINARY" if self._sqlite else "C")

    def unlinked_ids(self) -> list[str]:
        """Return the ids of documents the link stage has not seen yet (no story), by seq."""
        with self._read("find unlinked documents") as connection:
            result = connection.execute(
                sa.select(documents.c.id)
                .where(documents.c.story.is_(None))
                .order_by(documents.c.seq)
            )
            return [str(x) for x in result.scalars()]

    def link_sample(self, count: int) -> list[Record]:
        """Return the first `count` documents of the canonical order (light records).

        Canonical order: publication date, undated last, then id, compared bytewise.
        """
        order = [
            self._bytewise(sa.func.coalesce(documents.c.published, "9999")),
            self._bytewise(documents.c.id),
        ]
        return self._light("read the idf sample", order=order, limit=max(0, count))

    def published_between(self, since: str, before: str) -> list[Record]:
        """Return the documents published on or after `since` and before `before`."""
        return self._light(
            "read a date window",
            documents.c.published >= since,
            documents.c.published < before,
            order=[documents.c.seq],
        )

    def undated_documents(self) -> list[Record]:
        """Return the documents without a publication date (light records)."""
        # ingest stores ISO dates or nothing, so IS NULL (an index lookup) finds them all
        undated = documents.c.published.is_(None)
        return self._light("read undated documents", undated, order=[documents.c.seq])

    def iter_dated_documents(self, *, chunk: int = PAGE * 5) -> Iterator[list[Record]]:
        """Yield every dated document (light records), a chunk at a time, by seq."""
        last = 0
        while True:
            with self._read("read dated documents") as connection:
                rows = (
                    connection.execute(
                        sa.select(*r.LISTING_COLUMNS, documents.c.text, documents.c.seq)
                        .where(documents.c.seq > last, documents.c.published.is_not(None))
                        .order_by(documents.c.seq)
                        .limit(chunk)
                    )
                    .mappings()
                    .all()
                )
            if not rows:
                return
            last = rows[-1]["seq"]
            yield [
                Record(
                    document=r.document_from_row(row, text=row["text"]),
                    story=row["story"],
                    near_duplicate_of=row["near_duplicate_of"],
                )
                for row in rows
            ]

    def get_records(self, ids: Sequence[str]) -> list[Record]:
        """Return the full records of these documents (machine's view), in seq order."""
        out: list[Record] = []
        columns = [*r.LISTING_COLUMNS, documents.c.text]
        with self._read("read records") as connection:
            for chunk in _chunks(sorted(set(ids))):
                rows = (
                    connection.execute(
                        sa.select(*columns)
                        .where(documents.c.id.in_(chunk))
                        .order_by(documents.c.seq)
                    )
                    .mappings()
                    .all()
                )
                out.extend(self._records(connection, rows, corrected=False))
        return out

    def story_records(self, stories: Sequence[str]) -> list[Record]:
        """Return the full records of every document of these stories."""
        ids: list[str] = []
        with self._read("read story members") as connection:
            for chunk in _chunks(sorted(set(stories))):
                result = connection.execute(
                    sa.select(documents.c.id).where(documents.c.story.in_(chunk))
                )
                ids.extend(str(x) for x in result.scalars())
        return self.get_records(ids)

    def near_duplicate_parents(self, ids: Sequence[str]) -> dict[str, str]:
        """Return document -> the document it nearly repeats, along the chains from `ids`."""
        parents: dict[str, str] = {}
        wanted = set(ids)
        with self._read("follow near duplicates") as connection:
            while wanted:
                found: dict[str, str] = {}
                for chunk in _chunks(sorted(wanted)):
                    result = connection.execute(
                        sa.select(documents.c.id, documents.c.near_duplicate_of).where(
                            documents.c.id.in_(chunk),
                            documents.c.near_duplicate_of.is_not(None),
                        )
                    )
                    found.update({str(a): str(b) for a, b in result})
                parents.update(found)
                wanted = {p for p in found.values() if p not in parents}
        return parents

    # ------------------------------------------------------------------
    # linking and review

    @contextmanager
    def link_lock(self) -> Iterator[None]:
        """Hold the store's link lock: one link run at a time, across processes.

        A link run reads what is not linked, computes and saves; two at once could each
        save links computed without the other's documents. PostgreSQL: a session advisory
        lock of the store's schema (freed if the process dies). A SQLite file: an exclusive
        `flock` on a `<file>-link.lock` beside it. An in-memory database (or a system
        without `flock`): a lock of this process.
        """
        if not self._sqlite:
            key = {"key": _LINK_LOCK}
            with self._errors("link lock"), self._engine.connect() as connection:
                connection.execute(sa.text(f"SELECT pg_advisory_lock({_PG_LOCK_ARGS})"), key)
                connection.commit()
                try:
                    yield
                finally:
                    connection.execute(sa.text(f"SELECT pg_advisory_unlock({_PG_LOCK_ARGS})"), key)
                    connection.commit()
            return
        database = self._engine.url.database
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on Linux or macOS
            fcntl = None  # type: ignore[assignment]
        if database in (None, "", ":memory:") or fcntl is None:
            with self._memory_lock:
                yield
            return
        with open(f"{database}-link.lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def save_links(self, update: LinkUpdate, *, reset: bool = False) -> None:
        """Write stories, event clusters and number conflicts, in one transaction.

        With `reset`, every link not in `update` is cleared first (a full recompute).
        """
        with self._write("save links") as connection:
            if reset:
                connection.execute(documents.update().values(story=None))
                connection.execute(
                    events.update().values(cluster=None, sources=[], corroboration=None)
                )
                connection.execute(quantities.update().values(conflicts_with=[]))
            if update.stories:
                connection.execute(
                    documents.update()
                    .where(documents.c.id == sa.bindparam("b_id"))
                    .values(story=sa.bindparam("b_story")),
                    [{"b_id": d, "b_story": s} for d, s in update.stories.items()],
                )
            if update.events:
                connection.execute(
                    events.update()
                    .where(
                        events.c.document_id == sa.bindparam("b_document"),
                        events.c.id == sa.bindparam("b_id"),
                    )
                    .values(
                        cluster=sa.bindparam("b_cluster"),
                        sources=sa.bindparam("b_sources", type_=sa.JSON),
                        corroboration=sa.bindparam("b_corroboration"),
                    ),
                    [
                        {
                            "b_document": document_id,
                            "b_id": event_id,
                            "b_cluster": cluster,
                            "b_sources": list(sources),
                            "b_corroboration": corroboration,
                        }
                        for (document_id, event_id), (cluster, sources, corroboration) in (
                            update.events.items()
                        )
                    ],
                )
            if update.conflicts:
                connection.execute(
                    quantities.update()
                    .where(
                        quantities.c.document_id == sa.bindparam("b_document"),
                        quantities.c.id == sa.bindparam("b_id"),
                    )
                    .values(conflicts_with=sa.bindparam("b_conflicts", type_=sa.JSON)),
                    [
                        {"b_document": document_id, "b_id": item_id, "b_conflicts": list(other)}
                        for (document_id, item_id), other in update.conflicts.items()
                    ],
                )

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
        """Record an analyst's review of one item; the machine's item stays as it was."""
        if action not in r.ACTIONS:
            raise StoreError(f"{action}: not a review action (use confirm, correct or reject)")
        if item_kind is not None and item_kind not in ITEM_TABLES:
            raise StoreError(f"{item_kind}: not an item kind (use statement, event or quantity)")
        with self._write("save a correction") as connection:
            kinds = [item_kind] if item_kind else list(ITEM_TABLES)
            found = None
            for kind in kinds:
                table = ITEM_TABLES[kind]
                hit = connection.execute(
                    sa.select(table.c.id).where(
                        table.c.document_id == document_id, table.c.id == item_id
                    )
                ).first()
                if hit is not None:
                    found = kind
                    break
            if found is None:
                raise StoreError(f"{document_id}:{item_id}: no such item in the store")
            connection.execute(
                corrections.insert().values(
                    document_id=document_id,
                    item_kind=found,
                    item_id=item_id,
                    action=action,
                    changes=dict(changes),
                    by=by,
                    at=_now(),
                )
            )


__all__ = ["SqlStore"]
