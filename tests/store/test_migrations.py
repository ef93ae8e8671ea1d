"""Migrate a blank database and compare the schema; refuse a database newer than the code."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from flashpoint.errors import StoreError
from flashpoint.store import schema
from flashpoint.store.migrations import LATEST, MIGRATIONS, migrate
from flashpoint.store.sql import SqlStore

EXPECTED_COLUMNS = {
    "schema_version": ["version", "name", "applied_at"],
    "documents": [
        "id", "seq", "file", "title", "outlet", "author", "published", "published_source",
        "url", "language", "text", "source", "story", "near_duplicate_of", "extractor",
        "ingested_at", "minhash",
    ],
    "statements": [
        "document_id", "id", "position", "speaker_name", "speaker_actor", "speaker_entity",
        "kind", "factuality", "target", "target_entity", "parent", "data",
    ],
    "events": [
        "document_id", "id", "position", "type", "mode", "status", "source", "source_entity",
        "target", "target_entity", "date_start", "date_end", "day",
        "location_name", "location_country", "location_lat", "location_lon", "reported_by",
        "cluster", "sources", "corroboration", "data",
    ],
    "quantities": [
        "document_id", "id", "position", "unit", "low", "high", "of", "of_entity",
        "claimed_by", "claimed_by_entity", "conflicts_with", "data",
    ],
    "corrections": [
        "id", "document_id", "item_kind", "item_id", "action", "changes", "by", "at",
    ],
    "minhash_bands": ["document_id", "band", "key"],
}  # fmt: skip

EXPECTED_INDEXES = {
    "documents": {"ix_documents_file", "ix_documents_published", "ix_documents_story"},
    "corrections": {"ix_corrections_item"},
    "events": {
        "ix_events_day", "ix_events_source_entity", "ix_events_target_entity",
        "ix_events_source", "ix_events_target", "ix_events_type", "ix_events_cluster",
    },
    "statements": {
        "ix_statements_speaker_entity", "ix_statements_speaker_actor",
        "ix_statements_target_entity", "ix_statements_target", "ix_statements_factuality",
    },
    "quantities": {
        "ix_quantities_of_entity", "ix_quantities_of", "ix_quantities_claimed_by_entity",
        "ix_quantities_claimed_by", "ix_quantities_unit",
    },
}  # fmt: skip


def _backend_only(engine: sa.Engine, table: str) -> list[str]:
    """PostgreSQL keeps the search vector in a generated column (SQLite: in FTS5)."""
    return ["search"] if engine.dialect.name == "postgresql" and table == "documents" else []


def _engine(url: str) -> sa.Engine:
    from flashpoint.store.engine import make_engine

    engine: sa.Engine = make_engine(url)
    return engine


# m004's index is on an expression, which SQLAlchemy's reflection lists with a warning
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_blank_database_gets_the_expected_schema(store_url: str) -> None:
    engine = _engine(store_url)
    try:
        applied = migrate(engine)
        inspector = sa.inspect(engine)
        tables = set(inspector.get_table_names())
        assert set(EXPECTED_COLUMNS) <= tables
        for table, columns in EXPECTED_COLUMNS.items():
            found = [c["name"] for c in inspector.get_columns(table)]
            assert found == columns + _backend_only(engine, table), table
        for table, indexes in EXPECTED_INDEXES.items():
            names = {ix["name"] for ix in inspector.get_indexes(table)}
            assert indexes <= names, table
        assert inspector.get_pk_constraint("events")["constrained_columns"] == [
            "document_id",
            "id",
        ]
        foreign = inspector.get_foreign_keys("events")
        assert [(f["referred_table"], f["referred_columns"]) for f in foreign] == [
            ("documents", ["id"])
        ]
        with engine.connect() as connection:
            versions = connection.execute(
                sa.text("SELECT version, name FROM schema_version ORDER BY version")
            ).all()
    finally:
        engine.dispose()
    assert applied == [fn.__name__ for _, fn in MIGRATIONS]
    assert [tuple(v) for v in versions] == [(n, fn.__name__) for n, fn in MIGRATIONS]
    assert versions[-1][0] == LATEST


def test_sqlite_has_fts_and_its_triggers(tmp_path: Path) -> None:
    engine = _engine(f"sqlite:///{tmp_path / 'fts.db'}")
    try:
        migrate(engine)
        with engine.connect() as connection:
            objects: dict[str, str] = dict(
                connection.execute(
                    sa.text("SELECT name, type FROM sqlite_master WHERE name LIKE 'documents_fts%'")
                ).all()
            )
            journal = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
            foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    finally:
        engine.dispose()
    assert objects["documents_fts"] == "table"
    for trigger in ("documents_fts_insert", "documents_fts_delete", "documents_fts_update"):
        assert objects[trigger] == "trigger"
    assert journal == "wal"
    assert foreign_keys == 1


def test_schema_module_matches_the_migrated_database(store_url: str) -> None:
    """The tables the queries use describe exactly what the migrations built."""
    engine = _engine(store_url)
    try:
        migrate(engine)
        inspector = sa.inspect(engine)
        for table in schema.metadata.sorted_tables:
            found = [c["name"] for c in inspector.get_columns(table.name)]
            expected = [c.name for c in table.columns] + _backend_only(engine, table.name)
            assert found == expected, table.name
    finally:
        engine.dispose()


def test_migrating_twice_applies_nothing(store_url: str) -> None:
    SqlStore(store_url).close()
    engine = _engine(store_url)
    try:
        assert migrate(engine) == []
    finally:
        engine.dispose()


def test_database_newer_than_the_code_is_refused(store_url: str) -> None:
    SqlStore(store_url).close()
    engine = _engine(store_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                schema.schema_version.insert().values(
                    version=LATEST + 1, name="m999_future", applied_at="2030-01-01"
                )
            )
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match=r"schema version \d+ is newer .* upgrade flashpoint"):
        SqlStore(store_url)


def test_a_half_migrated_database_is_finished(store_url: str) -> None:
    """A database left at an older version gets only the missing migrations."""
    engine = _engine(store_url)
    try:
        with engine.begin() as connection:
            schema.schema_version.create(connection)
            MIGRATIONS[0][1](connection)
            connection.execute(
                schema.schema_version.insert().values(
                    version=1, name="m001_initial", applied_at="2021-01-01"
                )
            )
        assert migrate(engine) == [fn.__name__ for _, fn in MIGRATIONS[1:]]
    finally:
        engine.dispose()


def test_unreachable_or_bad_urls_raise_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unsupported database"):
        SqlStore("mysql://localhost/x")
    with pytest.raises(StoreError, match="not a database URL"):
        SqlStore("::not a url::")
    with pytest.raises(StoreError, match="open failed"):
        SqlStore(f"sqlite:///{tmp_path / 'missing-dir' / 'x.db'}")
