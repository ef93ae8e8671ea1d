"""A writer and readers on the same SQLite file: no "database is locked" reaches anyone."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import sqlalchemy as sa

from flashpoint.records import Record
from flashpoint.store import Filters, LinkUpdate
from flashpoint.store.migrations import MIGRATIONS
from flashpoint.store.sql import SqlStore

from .builders import event, make_record

BATCHES = 25
PER_BATCH = 4


def _batch(writer: int, number: int) -> list[Record]:
    return [
        make_record(
            f"Writer {writer} batch {number} report {i} about troops at the border.",
            file=f"w{writer}-{number}-{i}.txt",
            published="2021-11-10",
            events=(event("e1", "MOBILIZE", "RUS-MIL", "UKR", start="2021-11-09"),),
        )
        for i in range(PER_BATCH)
    ]


def test_writers_and_readers_share_a_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    SqlStore(url).close()  # migrate once up front
    errors: list[BaseException] = []
    done = threading.Event()
    reads = [0]

    def write(writer: int) -> None:
        store = SqlStore(url)
        try:
            for number in range(BATCHES):
                store.add_records(_batch(writer, number), extractor="t")
                store.save_links(_links(writer, number))
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            store.close()

    def read() -> None:
        store = SqlStore(url)
        try:
            while not done.is_set():
                store.count()
                store.query_events(Filters(actor="RUS", limit=20))
                store.search("troops border", limit=5)
                list(store.iter_records())[:1]
                reads[0] += 1
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.close()

    writers = [threading.Thread(target=write, args=(n,)) for n in range(2)]
    readers = [threading.Thread(target=read) for _ in range(2)]
    for thread in writers + readers:
        thread.start()
    deadline = time.monotonic() + 120
    for thread in writers:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    done.set()
    for thread in readers:
        thread.join(timeout=30)
    assert not errors, errors[0]
    assert reads[0] > 0
    store = SqlStore(url)
    try:
        assert store.count()["documents"] == 2 * BATCHES * PER_BATCH
        assert store.count()["events"] == 2 * BATCHES * PER_BATCH
    finally:
        store.close()


def _links(writer: int, number: int) -> LinkUpdate:
    ids = [r.document.id for r in _batch(writer, number)]
    return LinkUpdate(stories={doc_id: f"story-{writer}" for doc_id in ids})


def test_the_same_store_is_safe_across_threads(tmp_path: Path) -> None:
    store = SqlStore(f"sqlite:///{tmp_path / 'one.db'}")
    errors: list[BaseException] = []

    def work(writer: int) -> None:
        try:
            for number in range(5):
                batch = _batch(writer, number)
                store.add_records(batch, extractor="t")
                store.find_near_duplicate(batch[0].document)
                store.query_events(Filters(limit=5))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert not errors, errors[0]
        assert store.count()["documents"] == 3 * 5 * PER_BATCH
    finally:
        store.close()


def test_stores_opened_at_once_on_a_blank_database_migrate_it_once(store_url: str) -> None:
    errors: list[BaseException] = []
    opened: list[SqlStore] = []
    start = threading.Barrier(4)

    def open_one() -> None:
        try:
            start.wait(timeout=30)
            opened.append(SqlStore(store_url))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert not errors, errors[0]
        assert len(opened) == 4
        opened[0].add_records(_batch(0, 0), extractor="t")
        assert all(store.count()["documents"] == PER_BATCH for store in opened)
    finally:
        for store in opened:
            store.close()
    engine = sa.create_engine(store_url)
    try:
        with engine.connect() as connection:
            versions = connection.exec_driver_sql("SELECT version FROM schema_version").all()
    finally:
        engine.dispose()
    assert sorted(v for (v,) in versions) == [n for n, _ in MIGRATIONS]


def test_parallel_writers_on_either_backend(store_url: str) -> None:
    errors: list[BaseException] = []

    def work(writer: int) -> None:
        store = SqlStore(store_url)
        try:
            for number in range(4):
                store.add_records(_batch(writer, number), extractor="t")
                store.save_correction(
                    _batch(writer, number)[0].document.id, "e1", "confirm", {}, by=f"w{writer}"
                )
        except BaseException as exc:
            errors.append(exc)
        finally:
            store.close()

    SqlStore(store_url).close()
    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors[0]
    store = SqlStore(store_url)
    try:
        assert store.count()["documents"] == 3 * 4 * PER_BATCH
        assert sum(1 for row in store.query_events() if row.correction) == 3 * 4
    finally:
        store.close()


def test_in_memory_sqlite_works() -> None:
    store = SqlStore("sqlite://")
    try:
        store.add_records(_batch(0, 0), extractor="t")
        assert store.count()["documents"] == PER_BATCH
        assert len(store.search("troops")) == PER_BATCH
    finally:
        store.close()


def test_a_blank_sqlite_file_locked_by_another_connection_is_waited_for(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "blank.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    # a new file in rollback-journal mode with a writer in it: SQLite refuses the switch to
    # WAL at once ("database is locked") instead of running the busy handler
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE t (x)")
    released = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    released.start()
    try:
        store = SqlStore(f"sqlite:///{path}")  # switching it to WAL must wait, not fail
        try:
            assert store.count()["documents"] == 0
        finally:
            store.close()
    finally:
        released.join()
        other.close()
