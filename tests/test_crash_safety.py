"""SIGKILL `flashpoint ingest` at random points, re-run it, and check nothing is lost or doubled."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

WORDS = [
    "troops",
    "border",
    "migrants",
    "ministry",
    "accused",
    "deployed",
    "sanctions",
    "talks",
    "fence",
    "drills",
]


def _corpus(path: Path, n: int) -> None:
    rng = random.Random(11)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = " ".join(rng.choice(WORDS) for _ in range(60))
            text = f"Report {i}. Officials said {body}.\n\nThe ministry added that {body}.\n"
            fh.write(json.dumps({"file": f"doc{i:03d}.txt", "text": text}) + "\n")


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "flashpoint.cli", "ingest", "-q", "--batch-size", "4",
           "--db", str(db), str(corpus)]  # fmt: skip
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_killed_ingest_leaves_whole_documents_and_resumes(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    n = 40
    _corpus(corpus, n)
    db = tmp_path / "crash.db"
    rng = random.Random(5)
    for _ in range(3):
        process = _ingest(corpus, db)
        time.sleep(rng.uniform(1.5, 6.0))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        _check(db, complete=False, n=n)
    final = _ingest(corpus, db)
    assert final.wait(timeout=300) == 0
    _check(db, complete=True, n=n)
    _same_as_a_clean_run(corpus, db)


def _same_as_a_clean_run(corpus: Path, db: Path) -> None:
    """Every stored record equals what one uninterrupted extraction gives: none half-stored."""
    from flashpoint.config import Settings
    from flashpoint.ingest import iter_documents
    from flashpoint.pipeline import Extractor
    from flashpoint.records import Document
    from flashpoint.store import open_store

    documents = [d for d in iter_documents([str(corpus)]) if isinstance(d, Document)]
    expected = {r.document.id: r for r in Extractor(Settings())(documents)}
    store = open_store(f"sqlite:///{db}")
    try:
        stored = {r.document.id: r for r in store.iter_records()}
    finally:
        store.close()
    assert set(stored) == set(expected)
    for doc_id, record in expected.items():
        got = stored[doc_id]
        assert got.statements == record.statements, doc_id
        assert [e.id for e in got.events] == [e.id for e in record.events], doc_id
        assert got.quantities == record.quantities, doc_id


def _check(db: Path, *, complete: bool, n: int) -> None:
    if not db.exists():
        return
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        files = [row[0] for row in conn.execute("SELECT file FROM documents")]
        assert len(files) == len(set(files)), "a document was stored twice"
        if complete:
            assert sorted(files) == [f"doc{i:03d}.txt" for i in range(n)]
        # whole documents: every stored document has its extraction row set (the store marks
        # each with the extractor version in the same transaction as its items)
        missing = conn.execute("SELECT count(*) FROM documents WHERE extractor IS NULL").fetchone()
        assert missing[0] == 0
