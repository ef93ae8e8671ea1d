"""A throwaway PostgreSQL database on the server named by FLASHPOINT_TEST_PG, for tests."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from flashpoint.config import db_url_from

PG_ENV = "FLASHPOINT_TEST_PG"


@contextmanager
def throwaway_database(prefix: str, purpose: str) -> Iterator[str]:
    """Create a fresh database, yield its URL, drop it after; skip when no server is set."""
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"set {PG_ENV} to a PostgreSQL URL to run the PostgreSQL {purpose}")
    url = sa.make_url(db_url_from(server))
    name = f"{prefix}_{os.getpid()}_{secrets.token_hex(3)}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
