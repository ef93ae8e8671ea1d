"""Time the events table on 1M events: filtered by actor, type and date, one page at a time.

Run by hand:
    /work/venv/bin/python benchmarks/query_bench.py [--events 1000000] [--queries 200]
With FLASHPOINT_TEST_PG set to a PostgreSQL server URL the same runs there too, in a
throwaway database. The events are bulk-inserted through `Store.add_records` (the path
ingest uses), 20 per document in batches of 500 documents; each query asks for one page
of 50 rows as the events table does, and the script prints the median and p99 latency
of each kind of query. On the shared 2-core dev box 1M events load in 2.5-4.5 minutes.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from flashpoint.records import PLOVER_TYPES, DateInfo, Document, Event, Record
from flashpoint.store import Filters
from flashpoint.store.sql import SqlStore

ENTITIES = [
    "POL", "BLR", "RUS", "UKR", "LTU", "LVA", "EST", "DEU", "USA", "GBR", "FRA", "TUR",
    "CHN", "EU", "NATO", "UN", "OSCE", "UNK",
]  # fmt: skip
SECTORS = ["", "-GOV", "-MIL", "-COP", "-REF", "-CVL"]
EVENTS_PER_DOCUMENT = 20
DOCUMENTS_PER_BATCH = 500  # 10,000 events per transaction
PAGE = 50  # rows per page of the events table
START = date(2021, 1, 1)
DAYS = 5 * 365


def _actor(rng: random.Random) -> str:
    return rng.choice(ENTITIES) + rng.choice(SECTORS)


def _records(count: int, rng: random.Random) -> Iterator[Record]:
    for number in range(count):
        published = START + timedelta(days=rng.randrange(DAYS))
        text = f"Synthetic report {number} published {published.isoformat()}."
        document = Document.from_text(
            text, file=f"bench-{number:07d}.txt", outlet=rng.choice(["Reuters", "BBC", "TASS"]),
            published=published.isoformat(),
        )  # fmt: skip
        events = []
        for i in range(EVENTS_PER_DOCUMENT):
            day = None
            if rng.random() < 0.9:  # a tenth undated: the publication date stands in
                day = (published - timedelta(days=rng.randrange(5))).isoformat()
            events.append(
                Event(
                    id=f"e{i + 1}",
                    type=rng.choice(PLOVER_TYPES),
                    mode=None,
                    source=_actor(rng),
                    target=_actor(rng) if rng.random() < 0.8 else None,
                    date=DateInfo(start=day, end=day, text=None),
                    location=None,
                    quantity_ids=(),
                    status="occurred",
                    reported_by="outlet",
                    evidence=f"Evidence sentence {i} of report {number}.",
                    evidence_span=(0, 40),
                )
            )
        yield Record(document=document, events=tuple(events))


def load(store: SqlStore, events: int, rng: random.Random) -> float:
    """Insert `events` events; return the seconds it took."""
    documents = events // EVENTS_PER_DOCUMENT
    started = time.perf_counter()
    batch: list[Record] = []
    for record in _records(documents, rng):
        batch.append(record)
        if len(batch) == DOCUMENTS_PER_BATCH:
            store.add_records(batch, extractor="bench")
            batch = []
    if batch:
        store.add_records(batch, extractor="bench")
    return time.perf_counter() - started


def _window(rng: random.Random, days: int) -> tuple[str, str]:
    since = START + timedelta(days=rng.randrange(DAYS - days))
    return since.isoformat(), (since + timedelta(days=days)).isoformat()


QUERIES: dict[str, Callable[[random.Random], Filters]] = {
    "actor": lambda rng: Filters(actor=rng.choice(ENTITIES), limit=PAGE),
    "actor+sector": lambda rng: Filters(actor=rng.choice(ENTITIES) + "-MIL", limit=PAGE),
    "type": lambda rng: Filters(type=rng.choice(PLOVER_TYPES), limit=PAGE),
    "date 30d": lambda rng: _dated(rng, 30),
    "actor+type+date 90d": lambda rng: Filters(
        actor=rng.choice(ENTITIES),
        type=rng.choice(PLOVER_TYPES),
        since=(w := _window(rng, 90))[0],
        until=w[1],
        limit=PAGE,
    ),
    "actor+date 30d, page 5": lambda rng: Filters(
        actor=rng.choice(ENTITIES),
        since=(w := _window(rng, 30))[0],
        until=w[1],
        limit=PAGE,
        offset=4 * PAGE,
    ),
    # the same page read after the cursor of page 4's last row (Filters.after), as the
    # table's "next page" link does; the cursor is fetched before the clock starts
    "actor+date 30d, page 5 keyset": lambda rng: Filters(
        actor=rng.choice(ENTITIES),
        since=(w := _window(rng, 30))[0],
        until=w[1],
        limit=PAGE,
        after=KEYSET,
    ),
}
KEYSET = "page 4"  # placeholder: replaced by the real cursor in `_prepare`


def _prepare(store: SqlStore, filters: Filters) -> Filters:
    """Swap the placeholder cursor for the cursor after the first four pages."""
    if filters.after != KEYSET:
        return filters
    first = store.query_events(replace(filters, after=None, limit=4 * PAGE))
    cursor = first[-1].cursor if len(first) == 4 * PAGE else None
    return replace(filters, after=cursor)


def explain(store: SqlStore, filters: Filters) -> list[str]:
    """Return the database's query plan of one events page (EXPLAIN / EXPLAIN QUERY PLAN)."""
    from flashpoint.store import rows as r
    from flashpoint.store.schema import events

    captured: list[str] = []
    with store._engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"

        def before(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            if statement.lstrip().upper().startswith("SELECT") and not captured:
                captured.append(statement)
                prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
                cursor.execute(prefix + statement, parameters)
                captured.extend(" | ".join(str(c) for c in row) for row in cursor.fetchall())

        import sqlalchemy as sa

        sa.event.listen(store._engine, "before_cursor_execute", before)
        try:
            store.query_events(filters)
        finally:
            sa.event.remove(store._engine, "before_cursor_execute", before)
    del r, events
    return captured[1:]


def _dated(rng: random.Random, days: int) -> Filters:
    since, until = _window(rng, days)
    return Filters(since=since, until=until, limit=PAGE)


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered) * 1000:8.2f} ms   p99 {p99 * 1000:8.2f} ms"


def run(url: str, events: int, queries: int, seed: int, show_plans: bool = False) -> None:
    rng = random.Random(seed)
    store = SqlStore(url)
    try:
        print(f"{store.url.split('?')[0]}: loading {events:,} events ...", flush=True)
        seconds = load(store, events, rng)
        counts = store.count()
        print(f"  loaded {counts['events']:,} events in {seconds:.0f} s", flush=True)
        with store._engine.connect() as connection:  # fresh statistics for the planner
            connection.exec_driver_sql("ANALYZE")
            connection.commit()
        print(f"  load average {os.getloadavg()[0]:.1f}", flush=True)
        for name, make in QUERIES.items():
            timings = []
            rows = 0
            for _ in range(queries):
                filters = _prepare(store, make(rng))
                started = time.perf_counter()
                rows += len(store.query_events(filters))
                timings.append(time.perf_counter() - started)
            print(f"  {name:30s} {_ms(timings)}   ({rows / queries:.0f} rows/page)", flush=True)
        print(f"  load average {os.getloadavg()[0]:.1f}", flush=True)
        if show_plans:
            for name in ("actor+date 30d, page 5", "actor+date 30d, page 5 keyset"):
                plan = explain(store, _prepare(store, QUERIES[name](rng)))
                print(f"  plan of {name}:", *plan, sep="\n    ", flush=True)
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200, help="per kind of query")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="SQLite file to build (default: a temporary file)")
    parser.add_argument("--explain", action="store_true", help="print the page-5 query plans")
    parser.add_argument("--only", choices=["sqlite", "postgresql"], help="one database only")
    args = parser.parse_args()
    if args.only != "postgresql":
        with tempfile.TemporaryDirectory(prefix="flashpoint-bench-") as folder:
            path = Path(args.db) if args.db else Path(folder) / "bench.db"
            run(f"sqlite:///{path}", args.events, args.queries, args.seed, args.explain)
    server = os.environ.get("FLASHPOINT_TEST_PG")
    if server and args.only != "sqlite":
        _run_postgres(server, args)


def _run_postgres(server: str, args: argparse.Namespace) -> None:
    import sqlalchemy as sa

    from flashpoint.config import db_url_from

    url = sa.make_url(db_url_from(server))
    name = f"flashpoint_bench_{secrets.token_hex(3)}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        run(
            url.set(database=name).render_as_string(hide_password=False),
            args.events,
            args.queries,
            args.seed,
            args.explain,
        )
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


if __name__ == "__main__":
    main()
