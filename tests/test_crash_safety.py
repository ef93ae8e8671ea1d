"""SIGKILL `flashpoint ingest` at random points, re-run it, and check nothing is lost or doubled.

Runs on SQLite, and on PostgreSQL when FLASHPOINT_TEST_PG holds a server URL (a throwaway
database is created on it and dropped after). After every kill the database must hold only
whole documents: each stored document has exactly the items one clean extraction gives it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from flashpoint.config import Settings, db_url_from
from flashpoint.records import Event, Record

from .pg import throwaway_database

pytestmark = pytest.mark.slow

N_DOCS = 150
BATCH = 4

# made-up sentences with slots, so every document differs and each has items to store
SENTENCES = [
    "{country} said on {day} that {n} soldiers had been sent to the border.",
    "The interior ministry of {country} accused its neighbour of staging provocations.",
    "Border guards reported that {n} migrants tried to cross near the village of {place}.",
    "A spokesman for the defence ministry said the drills would end on {day}.",
    "{country} warned that it would respond to any attack on its territory.",
    "Officials in {place} said {n} people had been detained overnight.",
    "The foreign minister of {country} called for talks to ease the tension.",
]
COUNTRIES = ["Poland", "Lithuania", "Latvia", "Belarus", "Ukraine", "Estonia"]
PLACES = ["Kuznica", "Bruzgi", "Medininkai", "Terespol", "Grodno"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _corpus(path: Path, n: int) -> None:
    rng = random.Random(11)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            lines = [
                rng.choice(SENTENCES).format(
                    country=rng.choice(COUNTRIES),
                    place=rng.choice(PLACES),
                    day=rng.choice(DAYS),
                    n=rng.randrange(20, 4000),
                )
                for _ in range(8)
            ]
            text = f"Report {i}\n\n" + " ".join(lines[:4]) + "\n\n" + " ".join(lines[4:]) + "\n"
            row = {"file": f"doc{i:03d}.txt", "text": text, "outlet": "Gazette",
                   "published": f"2021-11-{1 + i % 28:02d}"}  # fmt: skip
            fh.write(json.dumps(row) + "\n")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to a blank database: a SQLite file, or a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'crash.db'}"
        return
    with throwaway_database("flashpoint_crash", "crash test") as url:
        yield url


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Record]]:
    """The corpus file and the records one clean, in-process extraction gives."""
    from flashpoint.ingest import iter_documents
    from flashpoint.pipeline import Extractor
    from flashpoint.records import Document

    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    _corpus(path, N_DOCS)
    documents = [d for d in iter_documents([str(path)]) if isinstance(d, Document)]
    assert len(documents) == N_DOCS
    expected = {r.document.id: r for r in Extractor(Settings())(documents)}
    return path, expected


def _ingest(corpus: Path, url: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "flashpoint.cli", "ingest", "-q", "--batch-size", str(BATCH),
           "--db", url, str(corpus)]  # fmt: skip
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _stored(engine: sa.Engine) -> int:
    try:
        with engine.connect() as connection:
            return int(connection.exec_driver_sql("SELECT count(*) FROM documents").scalar() or 0)
    except sa.exc.SQLAlchemyError:  # not created yet, or the writer holds a lock
        return 0


def test_killed_ingest_leaves_whole_documents_and_resumes(
    db_url: str, corpus: tuple[Path, dict[str, Record]]
) -> None:
    path, expected = corpus
    engine = sa.create_engine(db_url_from(db_url))
    rng = random.Random(5)
    partial_kills = 0
    try:
        for _ in range(3):
            before = _stored(engine)
            process = _ingest(path, db_url)
            deadline = time.monotonic() + 120
            # wait until this run has committed a batch, then kill it a random moment later:
            # inside a later batch's extraction, its commit, or the link stage
            while process.poll() is None and _stored(engine) <= before:
                if time.monotonic() > deadline:
                    process.kill()
                    pytest.fail("ingest stored nothing within 120 s")
                time.sleep(0.05)
            time.sleep(rng.uniform(0.0, 1.0))
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
            process.wait()
            stored = _check(engine, expected)
            partial_kills += 0 < stored < N_DOCS
        assert partial_kills >= 1, "no kill landed while documents were still to be stored"
        final = _ingest(path, db_url)
        _, err = final.communicate(timeout=300)
        assert final.returncode == 0, err.decode(errors="replace")
        assert _check(engine, expected) == N_DOCS
    finally:
        engine.dispose()
    _same_as_a_clean_run(db_url, expected)


def _same_as_a_clean_run(url: str, expected: dict[str, Record]) -> None:
    """Every stored record equals what one uninterrupted extraction gives: none half-stored."""
    from flashpoint.store import open_store

    store = open_store(db_url_from(url))
    try:
        stored = {r.document.id: r for r in store.iter_records()}
    finally:
        store.close()
    assert set(stored) == set(expected)
    for doc_id, record in expected.items():
        got = stored[doc_id]
        assert got.statements == record.statements, doc_id
        # the link stage fills cross-document fields: compare what extraction gave
        assert [_unlinked(e) for e in got.events] == list(record.events), doc_id
        assert [replace(q, conflicts_with=()) for q in got.quantities] == list(record.quantities), (
            doc_id
        )


def _unlinked(event: Event) -> Event:
    return replace(event, cluster=None, sources=(), corroboration=None)


def _check(engine: sa.Engine, expected: dict[str, Record]) -> int:
    """Check the database holds only whole documents, each once; return how many."""
    with engine.connect() as connection:
        sql = connection.exec_driver_sql
        if engine.dialect.name == "sqlite":
            assert sql("PRAGMA integrity_check").scalar() == "ok"
            assert sql("PRAGMA foreign_key_check").fetchall() == []
        tables = {t for t in sa.inspect(connection).get_table_names()}
        if "documents" not in tables:
            return 0
        rows = sql("SELECT id, file FROM documents").fetchall()
        files = [file for _, file in rows]
        assert len(files) == len(set(files)), "a document was stored twice"
        assert {doc_id for doc_id, _ in rows} <= set(expected)
        for table, field in (("statements", "statements"), ("events", "events"),
                             ("quantities", "quantities")):  # fmt: skip
            orphans = sql(
                f"SELECT count(*) FROM {table} WHERE document_id NOT IN (SELECT id FROM documents)"
            ).scalar()
            assert orphans == 0, f"{table} of a document that is not stored"
            counts = dict(
                sql(f"SELECT document_id, count(*) FROM {table} GROUP BY document_id").fetchall()
            )
            for doc_id, _ in rows:
                want = len(getattr(expected[doc_id], field))
                assert counts.get(doc_id, 0) == want, f"{doc_id}: {table} half-stored"
    return len(rows)


def test_the_check_catches_a_half_stored_document(
    tmp_path: Path, corpus: tuple[Path, dict[str, Record]]
) -> None:
    """The whole-document check fails on a document stored without its events."""
    from flashpoint.store import open_store

    _, expected = corpus
    records = [r for r in expected.values() if r.events][:3]
    url = f"sqlite:///{tmp_path / 'half.db'}"
    store = open_store(url)
    try:
        store.add_records(records, extractor="test")
    finally:
        store.close()
    engine = sa.create_engine(url)
    try:
        assert _check(engine, expected) == 3
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "DELETE FROM events WHERE document_id = ?", (records[1].document.id,)
            )
        with pytest.raises(AssertionError, match="half-stored"):
            _check(engine, expected)
    finally:
        engine.dispose()
