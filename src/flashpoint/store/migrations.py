"""Schema migrations: numbered, named functions applied in order, each in one transaction.

`migrate(engine)` runs every migration newer than the database's `schema_version` and
records it there; a database whose version is newer than the code is refused with a
StoreError. Migrations are never edited once released: change the schema with a new
`m00N_...` function appended to MIGRATIONS (and describe the result in schema.py).
m001 builds its tables from schema.py, so a later migration that alters one of those
tables must first freeze m001's definitions here (the blank-database test catches it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa

from flashpoint.errors import StoreError
from flashpoint.store import schema
from flashpoint.store.engine import safe_url, write_transaction

Migration = Callable[[sa.Connection], None]


def m001_initial(connection: sa.Connection) -> None:
    """Create the documents, item, and corrections tables with their key indexes."""
    schema.metadata.create_all(
        connection,
        tables=[
            schema.documents,
            schema.statements,
            schema.events,
            schema.quantities,
            schema.corrections,
        ],
    )
    _create_indexes(
        connection,
        [
            ("ix_documents_file", "documents", "file"),
            ("ix_documents_published", "documents", "published"),
            ("ix_documents_story", "documents", "story"),
            ("ix_corrections_item", "corrections", "document_id, item_kind, item_id"),
        ],
    )


def _create_indexes(connection: sa.Connection, indexes: list[tuple[str, str, str]]) -> None:
    # plain DDL from constants: an sa.Index would attach itself to schema.py's tables
    for name, table, columns in indexes:
        connection.exec_driver_sql(f"CREATE INDEX {name} ON {table} ({columns})")


_SQLITE_FTS = [
    # external content: the text lives once, in documents; the triggers keep the index in
    # step inside the writer's own transaction
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END""",
    """CREATE TRIGGER documents_fts_update AFTER UPDATE OF seq, title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
]

# PostgreSQL keeps the vector in a generated column: ranking reads it instead of parsing
# every matching text again (title words weigh A, text words D, so titles rank first)
_PG_FTS = [
    """ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', text), 'D')) STORED""",
    "CREATE INDEX ix_documents_search ON documents USING GIN (search)",
]


def m002_full_text_search(connection: sa.Connection) -> None:
    """Index document title and text: FTS5 on SQLite, a tsvector GIN index on PostgreSQL."""
    for statement in _SQLITE_FTS if connection.dialect.name == "sqlite" else _PG_FTS:
        connection.exec_driver_sql(statement)


def m003_query_indexes(connection: sa.Connection) -> None:
    """Add the indexes behind the events / statements / quantities filters."""
    _create_indexes(
        connection,
        [
            # the events table is filtered by actor, type and date, and sorted by date
            # and sorted by (day, document_id, position): each index ends in that order,
            # so a page is read in index order and the scan stops after it
            ("ix_events_day", "events", "day, document_id, position"),
            ("ix_events_source_entity", "events", "source_entity, day, document_id, position"),
            ("ix_events_target_entity", "events", "target_entity, day, document_id, position"),
            ("ix_events_source", "events", "source, day, document_id, position"),
            ("ix_events_target", "events", "target, day, document_id, position"),
            ("ix_events_type", "events", "type, day, document_id, position"),
            ("ix_events_cluster", "events", "cluster"),
            ("ix_statements_speaker_entity", "statements", "speaker_entity"),
            ("ix_statements_speaker_actor", "statements", "speaker_actor"),
            ("ix_statements_target_entity", "statements", "target_entity"),
            ("ix_statements_target", "statements", "target"),
            ("ix_statements_factuality", "statements", "factuality"),
            ("ix_quantities_of_entity", "quantities", "of_entity"),
            ("ix_quantities_of", "quantities", '"of"'),
            ("ix_quantities_claimed_by_entity", "quantities", "claimed_by_entity"),
            ("ix_quantities_claimed_by", "quantities", "claimed_by"),
            ("ix_quantities_unit", "quantities", "unit"),
        ],
    )


def m004_page_order_index(connection: sa.Connection) -> None:
    """Index the statements / quantities page order and the link stage's canonical order.

    Page order: publication date (undated last), seq. The events indexes of m003 already
    end in the events page order, so a keyset page (`Filters.after`) of events is an index
    seek on both databases. Canonical order (link/model.py): publication date (undated
    last), then id, compared bytewise as Python does (COLLATE "C" on PostgreSQL); the
    incremental linker reads the first documents of it (the idf sample).
    """
    binary = ' COLLATE "C"' if connection.dialect.name == "postgresql" else ""
    _create_indexes(
        connection,
        [
            ("ix_documents_page_order", "documents", "(coalesce(published, '9999-12-31')), seq"),
            (
                "ix_documents_canonical",
                "documents",
                f"(coalesce(published, '9999')){binary}, id{binary}",
            ),
        ],
    )


def m005_minhash_bands(connection: sa.Connection) -> None:
    """Keep each document's LSH bands in a table (near-duplicate lookups probe its index).

    Until m005 the bands lived in memory, built from every stored signature when a store
    was first asked for near duplicates: memory and start-up time grew with the store.
    The bands of the documents already stored are computed from their stored signatures.
    """
    from flashpoint.store.dedup import band_rows, from_bytes

    bands = schema.minhash_bands
    bands.create(connection)
    _create_indexes(connection, [("ix_minhash_bands_key", "minhash_bands", "band, key")])
    documents = schema.documents
    result = connection.execute(
        sa.select(documents.c.id, documents.c.minhash).where(documents.c.minhash.is_not(None))
    )
    rows: list[dict[str, object]] = []
    for document_id, blob in result.fetchall():
        rows.extend(band_rows(document_id, from_bytes(bytes(blob))))
        if len(rows) >= 9000:
            connection.execute(bands.insert(), rows)
            rows = []
    if rows:
        connection.execute(bands.insert(), rows)


MIGRATIONS: list[tuple[int, Migration]] = [
    (1, m001_initial),
    (2, m002_full_text_search),
    (3, m003_query_indexes),
    (4, m004_page_order_index),
    (5, m005_minhash_bands),
]
LATEST = MIGRATIONS[-1][0]


def schema_version(connection: sa.Connection) -> int:
    """Return the version recorded in the database (0 for a blank database)."""
    if not sa.inspect(connection).has_table("schema_version"):
        return 0
    found = connection.execute(sa.select(sa.func.max(schema.schema_version.c.version)))
    return int(found.scalar() or 0)


def _refuse_newer(version: int, url: str) -> None:
    if version > LATEST:
        raise StoreError(
            f"{safe_url(url)}: database schema version {version} is newer than this "
            f"flashpoint supports ({LATEST}); upgrade flashpoint"
        )


def migrate(engine: sa.Engine) -> list[str]:
    """Apply the pending migrations in order; return the names of those applied."""
    url = str(engine.url)
    with engine.connect() as connection:
        current = schema_version(connection)
    _refuse_newer(current, url)
    if current == LATEST:
        return []
    applied: list[str] = []
    for version, migration in MIGRATIONS:
        with write_transaction(engine) as connection:
            schema.schema_version.create(connection, checkfirst=True)
            current = schema_version(connection)  # another process may have migrated
            _refuse_newer(current, url)
            if current >= version:
                continue
            migration(connection)
            connection.execute(
                schema.schema_version.insert().values(
                    version=version,
                    name=migration.__name__,
                    applied_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
            applied.append(migration.__name__)
    return applied


__all__ = [
    "LATEST",
    "MIGRATIONS",
    "m001_initial",
    "m002_full_text_search",
    "m003_query_indexes",
    "m004_page_order_index",
    "migrate",
    "schema_version",
]
