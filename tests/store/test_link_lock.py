"""One link run at a time on a store: a second run waits for the first to save.

Two runs at once could each save links computed without the other's documents (a
`--rebuild` was the only repair). Each test holds the lock from one store object and checks
that another object on the same database, as another process would, waits for it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from flashpoint.link import link_store
from flashpoint.store.sql import SqlStore

WAIT = 0.4  # seconds a blocked run is watched for


def _blocked_until_released(holder: SqlStore, run: Callable[[], object]) -> None:
    done = threading.Event()
    errors: list[BaseException] = []

    def target() -> None:
        try:
            run()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        done.set()

    with holder.link_lock():
        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        assert not done.wait(WAIT), "the second run did not wait for the lock"
    assert done.wait(30), "the second run never got the lock"
    thread.join()
    assert not errors, errors


def test_a_second_lock_waits_for_the_first(store_url: str) -> None:
    with SqlStore(store_url) as first, SqlStore(store_url) as second:

        def take() -> None:
            with second.link_lock():
                pass

        _blocked_until_released(first, take)


def test_link_store_takes_the_lock(store_url: str) -> None:
    with SqlStore(store_url) as first, SqlStore(store_url) as second:
        _blocked_until_released(first, lambda: link_store(second, rebuild=False))
        _blocked_until_released(first, lambda: link_store(second, rebuild=True))


def test_the_lock_is_free_again_after_an_error(store_url: str) -> None:
    with SqlStore(store_url) as store:
        try:
            with store.link_lock():
                raise RuntimeError("link failed")
        except RuntimeError:
            pass
        start = time.monotonic()
        with store.link_lock():
            pass
        assert time.monotonic() - start < WAIT


def test_other_sqlite_files_do_not_wait(tmp_path: Path) -> None:
    with (
        SqlStore(f"sqlite:///{tmp_path / 'a.db'}") as a,
        SqlStore(f"sqlite:///{tmp_path / 'b.db'}") as b,
        a.link_lock(),
    ):
        start = time.monotonic()
        with b.link_lock():
            pass
        assert time.monotonic() - start < WAIT


def test_an_in_memory_store_locks_within_the_process() -> None:
    with SqlStore("sqlite:///:memory:") as store:
        done = threading.Event()

        def take() -> None:
            with store.link_lock():
                done.set()

        with store.link_lock():
            thread = threading.Thread(target=take, daemon=True)
            thread.start()
            assert not done.wait(WAIT)
        assert done.wait(10)
        thread.join()
