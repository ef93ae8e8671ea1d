"""Bounded load test of the web workbench: N concurrent clients for S seconds, loopback only.

    python benchmarks/load_test.py [--clients 50] [--seconds 60] [--db PATH]

Fills a database from ../shared/corpus/dev.jsonl and the seeds (unless --db is given), starts
`flashpoint serve` on 127.0.0.1 at a free port, and drives pages and API endpoints from
`--clients` concurrent clients until `--seconds` have passed (each request has a 10 s timeout;
the loop stops by itself). Prints requests/s, p50/p99 latency and the error count; exits 1 on
any error.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PATHS = [
    "/", "/reports", "/events", "/api/documents", "/api/events", "/api/statements",
    "/api/quantities", "/api/search?q=border", "/api/stories", "/api/disputes", "/map",
    "/network", "/api/network",
]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


Latencies = dict[str, list[float]]  # path -> seconds of each request


async def _client(base: str, deadline: float, latencies: Latencies, errors: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=10.0) as client:
        i = 0
        while time.monotonic() < deadline:
            path = PATHS[i % len(PATHS)]
            i += 1
            start = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code >= 400:
                    errors.append(f"{path}: HTTP {response.status_code}")
            except httpx.HTTPError as exc:
                errors.append(f"{path}: {type(exc).__name__}")
            latencies.setdefault(path, []).append(time.perf_counter() - start)


async def _drive(base: str, clients: int, seconds: float) -> tuple[Latencies, list[str]]:
    latencies: Latencies = {}
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(_client(base, deadline, latencies, errors) for _ in range(clients)))
    return latencies, errors


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--db")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "load.db")
        if not args.db:
            inputs = [str(SHARED / "corpus" / "dev.jsonl"), str(SHARED / "corpus" / "seeds")]
            subprocess.run(
                [sys.executable, "-m", "flashpoint.cli", "ingest", "-q", "--db", db, *inputs],
                check=True,
            )
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "flashpoint.cli", "serve", "--db", db, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    httpx.get(base + "/api/documents", timeout=1.0)
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
            start = time.perf_counter()
            by_path, errors = asyncio.run(_drive(base, args.clients, args.seconds))
            elapsed = time.perf_counter() - start
        finally:
            server.terminate()
            server.wait(timeout=10)
    latencies = sorted(x for values in by_path.values() for x in values)
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] if latencies else 0.0
    print(
        f"{len(latencies)} requests in {elapsed:.1f} s from {args.clients} clients: "
        f"{len(latencies) / elapsed:.1f} req/s, p50 {statistics.median(latencies) * 1000:.1f} ms, "
        f"p99 {p99 * 1000:.1f} ms, {len(errors)} errors"
    )
    for path, values in sorted(by_path.items(), key=lambda kv: -statistics.median(kv[1])):
        values.sort()
        tail = values[min(len(values) - 1, int(0.99 * len(values)))] * 1000
        middle = statistics.median(values) * 1000
        print(f"  {path:<24} {len(values):>6} requests, p50 {middle:.1f} ms, p99 {tail:.1f} ms")
    for error in sorted(set(errors))[:10]:
        print("  error:", error)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
