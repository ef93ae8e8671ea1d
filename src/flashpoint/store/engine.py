"""Engines for SQLite and PostgreSQL, and the one way to open a write transaction.

SQLite: WAL (readers never block the writer), foreign keys on, a busy timeout, and
transactions we begin ourselves (`BEGIN IMMEDIATE` for writers), so DDL is transactional
and two writers queue instead of failing with "database is locked".
PostgreSQL: writers take one transaction-scoped advisory lock, so batches (and
migrations) are serialised as on SQLite.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.pool import StaticPool

from flashpoint.errors import StoreError

BUSY_TIMEOUT_MS = 30_000  # a batch of a few hundred documents commits well within this
WRITE_LOCK_KEY = 0x666C6173  # "flas": the advisory lock every PostgreSQL writer takes
_WRITE_OPTION = "flashpoint_write"


def safe_url(url: str) -> str:
    """Return the URL with any password hidden, for messages."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def make_engine(url: str) -> sa.Engine:
    """Create the engine for `url` (sqlite:///path or postgresql+psycopg://...)."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"{url}: not a database URL (try sqlite:///flashpoint.db)") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed)
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            return sa.create_engine(parsed, pool_pre_ping=True)
        except ImportError as exc:
            raise StoreError(
                f"{safe_url(url)}: psycopg is not installed (pip install 'flashpoint[postgres]')"
            ) from exc
    raise StoreError(f"{safe_url(url)}: unsupported database (use sqlite:/// or postgresql://)")


def _use_wal(cursor: Any) -> None:
    """Put the database file in WAL mode (it stays so), waiting out other connections.

    While another connection writes to a file still in rollback-journal mode (a blank
    database being migrated by a store opened at the same moment), SQLite refuses the
    switch at once with "database is locked" instead of running the busy handler.
    """
    import sqlite3
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _sqlite_engine(parsed: sa.URL) -> sa.Engine:
    memory = parsed.database in (None, "", ":memory:")
    kwargs: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    if memory:  # one shared connection, else every pool connection sees its own database
        kwargs["poolclass"] = StaticPool
        kwargs["connect_args"]["check_same_thread"] = False
    engine = sa.create_engine(parsed, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN: we emit our own
        # SQLite's lower() folds ASCII only; outlet filters need "ŚLĄSK" to find "Śląsk"
        dbapi_connection.create_function("lower", 1, _lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not memory:
            _use_wal(cursor)
            cursor.execute("PRAGMA synchronous = NORMAL")  # WAL keeps commits atomic
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        write = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def is_sqlite(engine: sa.Engine) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def write_transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """Yield a connection inside a transaction that holds the database's write lock."""
    with engine.connect() as connection:
        connection.execution_options(**{_WRITE_OPTION: True})
        with connection.begin():
            if not is_sqlite(engine):
                connection.execute(
                    sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY}
                )
            yield connection


__all__ = ["is_sqlite", "make_engine", "safe_url", "write_transaction"]
