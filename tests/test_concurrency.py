"""`flashpoint serve` answers while `flashpoint ingest` writes to the same SQLite file (WAL).

The server and the ingest are separate processes, as in use. Throughout the ingest the test
polls the API: no 5xx, no "database is locked" reaching a user, and readers see whole
documents (a document's items when first seen are all it ends with; counts never go down).
"""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")

pytestmark = pytest.mark.slow

N_DOCS = 60
SENTENCES = [
    "{country} said on {day} that {n} soldiers had been moved closer to the frontier.",
    "The defence ministry of {country} accused its neighbour of flying drones over the border.",
    "Guards said {n} migrants had gathered near the crossing at {place} overnight.",
    "{country} warned it would close the crossing at {place} if the pressure continued.",
    "A government spokesman in {country} said talks would resume on {day}.",
    "Police in {place} said {n} people were detained after clashes at the fence.",
]
COUNTRIES = ["Poland", "Lithuania", "Latvia", "Belarus", "Ukraine"]
PLACES = ["Kuznica", "Bruzgi", "Medininkai", "Terespol"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Friday"]


def _corpus(path: Path) -> None:
    rng = random.Random(23)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N_DOCS):
            text = " ".join(
                rng.choice(SENTENCES).format(
                    country=rng.choice(COUNTRIES),
                    place=rng.choice(PLACES),
                    day=rng.choice(DAYS),
                    n=rng.randrange(10, 3000),
                )
                for _ in range(7)
            )
            row = {"file": f"c{i:03d}.txt", "text": f"Dispatch {i}\n\n{text}\n",
                   "outlet": "Courier", "published": f"2021-11-{1 + i % 28:02d}"}  # fmt: skip
            fh.write(json.dumps(row) + "\n")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _cli(*args: str, log: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "flashpoint.cli", *args]
    return subprocess.Popen(cmd, stdout=log.open("wb"), stderr=subprocess.STDOUT)


def _kinds(body: dict[str, object]) -> Counter[str]:
    items = body["items"]
    assert isinstance(items, list)
    return Counter(str(item["kind"]) for item in items)


def test_serve_reads_whole_documents_while_ingest_writes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus)
    db = tmp_path / "shared.db"
    port = _free_port()
    server = _cli("serve", "--db", str(db), "--port", str(port), log=tmp_path / "serve.log")
    base = f"http://127.0.0.1:{port}"
    problems: list[str] = []
    seen: dict[str, Counter[str]] = {}  # document id -> item kinds when first read
    rng = random.Random(3)
    try:
        with httpx.Client(base_url=base, timeout=30.0) as client:
            for _ in range(300):  # the server loads the web stack first
                try:
                    client.get("/api/documents")
                    break
                except httpx.TransportError:
                    if server.poll() is not None:
                        pytest.fail((tmp_path / "serve.log").read_text(errors="replace"))
                    time.sleep(0.1)
            ingest = _cli("ingest", "-q", "--batch-size", "2", "--db", str(db), str(corpus),
                          log=tmp_path / "ingest.log")  # fmt: skip
            documents_before = events_before = 0
            rounds = 0
            while True:
                done = ingest.poll() is not None  # one more round after the ingest ends
                rounds += 1

                def get(path: str) -> dict[str, object] | None:
                    response = client.get(path)
                    if response.status_code >= 500 or "locked" in response.text.lower():
                        problems.append(
                            f"{path}: HTTP {response.status_code} {response.text[:200]}"
                        )
                        return None
                    assert response.status_code == 200, (path, response.text[:200])
                    body = response.json()
                    assert isinstance(body, dict)
                    return body

                listing = get("/api/documents?limit=1000")
                events = get("/api/events")
                if listing is not None:
                    ids = [str(d["id"]) for d in listing["documents"]]  # type: ignore[attr-defined]
                    assert len(ids) >= documents_before, "the document count went down"
                    documents_before = len(ids)
                    picked = ids[:2] + rng.sample(ids, k=min(3, len(ids)))  # newest and some
                    for doc_id in picked:
                        body = get(f"/api/documents/{doc_id}")
                        if body is not None and doc_id not in seen:
                            seen[doc_id] = _kinds(body)
                if events is not None:
                    count = len(events["events"])  # type: ignore[arg-type]
                    assert count >= events_before, "the event count went down"
                    events_before = count
                if done:
                    break
            assert ingest.returncode == 0, (tmp_path / "ingest.log").read_text(errors="replace")
            assert documents_before == N_DOCS
            # whole documents: every document read mid-ingest had all the items it ends with
            for doc_id, kinds in seen.items():
                final = get(f"/api/documents/{doc_id}")
                assert final is not None and _kinds(final) == kinds, doc_id
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert not problems, problems[:5]
    assert rounds >= 5 and len(seen) >= 10, (rounds, len(seen))  # the test did overlap
    assert "locked" not in (tmp_path / "ingest.log").read_text(errors="replace").lower()
