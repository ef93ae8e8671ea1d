"""Caches keyed by the store's state: whole GET responses, and views computed once per state.

Everything the workbench shows is a function of the database and the URL, so a response
can be kept until the store changes. `StateWatch` reads `store.state_token()` (counts, last
ingest, links, last correction: one query) when the SQLite file or its log changed (any
process: ingest, link, a review in another worker), after a review saved by this process,
and at least every `interval` seconds (on PostgreSQL the only check). `ResponseCache` is
an ASGI middleware that replays the 200 responses of GET requests while the token is
unchanged (and for at most `ttl` seconds, a backstop for changes the token cannot see);
concurrent misses of one URL wait for the first instead of all computing it. `Memo` keeps
one computed value per key and state (the link stage's results).
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from flashpoint.store import Store

INTERVAL_SECONDS = 0.2  # re-read the token at least this often (other databases: staleness)
TTL_SECONDS = 60.0  # backstop: recompute a cached response at least this often
MAX_ENTRIES = 512  # distinct URLs kept (least recently used dropped)
MAX_BODY = 16 * 1024 * 1024  # larger responses are not kept
MAX_BYTES = 256 * 1024 * 1024  # all kept bodies together (least recently used dropped)
UNCACHED_PREFIXES = ("/static/",)

T = TypeVar("T")


def sqlite_files(url: str) -> tuple[Path, ...]:
    """Return the files a SQLite database writes on commit (none for other databases)."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        return ()
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return ()
    if database.startswith("file:"):
        return ()
    path = Path(database)
    return (path, path.with_name(path.name + "-wal"))


def _stamp(files: tuple[Path, ...]) -> tuple[tuple[int, int], ...]:
    out = []
    for path in files:
        try:
            info = os.stat(path)
        except OSError:
            out.append((0, 0))
        else:
            out.append((info.st_mtime_ns, info.st_size))
    return tuple(out)


class StateWatch:
    """The store's state token, re-read when the database may have changed.

    On a SQLite file a commit by any process touches the database or its write-ahead log,
    so a `stat` of the two (microseconds) tells when to re-read the token: every change is
    seen by the next request. Other databases are re-read every `interval` seconds.
    """

    def __init__(self, store: Store, *, interval: float = INTERVAL_SECONDS) -> None:
        self._store = store
        self._interval = interval
        self._files = sqlite_files(str(getattr(store, "url", "")))
        self._stamp = _stamp(self._files)
        self._lock = threading.Lock()
        self._token: tuple[Any, ...] | None = None
        self._at = 0.0
        self.generation = 0  # bumped by every write through this process

    def _read(self) -> tuple[Any, ...]:
        reader = getattr(self._store, "state_token", None)
        if callable(reader):
            return tuple(reader())
        return tuple(sorted(self._store.count().items()))  # a store without state_token

    def token(self) -> tuple[Any, ...]:
        """Return (generation, state token); cheap between re-reads."""
        now = time.monotonic()
        token = self._token
        stamp = _stamp(self._files) if self._files else ()
        if token is None or stamp != self._stamp or now - self._at >= self._interval:
            with self._lock:
                self._stamp = stamp  # before reading: a commit meanwhile re-reads next time
                self._token = self._read()
                self._at = time.monotonic()
                token = self._token
        return (self.generation, token)

    def changed(self) -> None:
        """Note a write by this process: the next `token()` re-reads the store."""
        with self._lock:
            self.generation += 1
            self._token = None


@dataclass(slots=True)
class _Entry:
    token: tuple[Any, ...]
    at: float
    start: Message
    body: bytes


class ResponseCache:
    """ASGI middleware replaying GET 200 responses while the store's state is unchanged."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        watch: StateWatch,
        ttl: float = TTL_SECONDS,
        max_entries: int = MAX_ENTRIES,
    ) -> None:
        self.app = app
        self.watch = watch
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[str, bytes], _Entry] = OrderedDict()
        self._bytes = 0
        self._locks: dict[tuple[str, bytes], asyncio.Lock] = {}

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0

    def _fresh(self, key: tuple[str, bytes], token: tuple[Any, ...]) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is None or entry.token != token or time.monotonic() - entry.at > self.ttl:
            return None
        self._entries.move_to_end(key)
        return entry

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope.get("method") != "GET"
            or path.startswith(UNCACHED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        key = (path, bytes(scope.get("query_string", b"")))
        token = self.watch.token()
        entry = self._fresh(key, token)
        if entry is None:
            lock = self._locks.setdefault(key, asyncio.Lock())
            async with lock:
                token = self.watch.token()
                entry = self._fresh(key, token)
                if entry is None:
                    entry = await self._compute(scope, receive, send, key, token)
                    if entry is None:
                        return  # already sent (not cacheable)
            if len(self._locks) > 4 * self.max_entries:
                self._locks = {k: v for k, v in self._locks.items() if v.locked()}
        await send(entry.start)
        await send({"type": "http.response.body", "body": entry.body, "more_body": False})

    async def _compute(
        self, scope: Scope, receive: Receive, send: Send, key: tuple[str, bytes], token: Any
    ) -> _Entry | None:
        """Run the app; keep a complete 200 response, else pass everything straight on."""
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        passing = False

        async def capture(message: Message) -> None:
            nonlocal start, size, passing
            if passing:
                await send(message)
                return
            if message["type"] == "http.response.start":
                start = message
                if message.get("status") != 200:
                    passing = True
                    await send(message)
                return
            if message["type"] == "http.response.body" and start is not None:
                chunks.append(bytes(message.get("body", b"")))
                size += len(chunks[-1])
                if size > MAX_BODY:  # too big to keep: send what we have and go on
                    passing = True
                    await send(start)
                    await send(
                        {"type": "http.response.body", "body": b"".join(chunks), "more_body": True}
                    )
                    if not message.get("more_body", False):
                        await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app(scope, receive, capture)
        if passing or start is None:
            return None
        entry = _Entry(token=token, at=time.monotonic(), start=start, body=b"".join(chunks))
        replaced = self._entries.pop(key, None)
        self._bytes += len(entry.body) - (len(replaced.body) if replaced else 0)
        self._entries[key] = entry
        while len(self._entries) > self.max_entries or self._bytes > MAX_BYTES:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= len(dropped.body)
        return entry


class Memo:
    """One computed value per key, recomputed when the state token changes (thread-safe)."""

    def __init__(self, watch: StateWatch, *, ttl: float = TTL_SECONDS) -> None:
        self.watch = watch
        self.ttl = ttl
        self._lock = threading.Lock()
        self._keys: dict[Any, threading.Lock] = {}
        self._values: dict[Any, tuple[tuple[Any, ...], float, Any]] = {}

    def get(self, key: Any, compute: Callable[[], T]) -> T:
        """Return the value for `key` under the current state, computing it once."""
        token = self.watch.token()
        found = self._values.get(key)
        if found is not None and found[0] == token and time.monotonic() - found[1] <= self.ttl:
            value: T = found[2]
            return value
        with self._lock:
            key_lock = self._keys.setdefault(key, threading.Lock())
        with key_lock:
            token = self.watch.token()
            found = self._values.get(key)
            if found is not None and found[0] == token and time.monotonic() - found[1] <= self.ttl:
                value = found[2]
                return value
            value = compute()
            with self._lock:
                if len(self._values) > MAX_ENTRIES:
                    self._values.clear()
                self._values[key] = (token, time.monotonic(), value)
            return value
