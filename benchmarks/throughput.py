"""Throughput of flashpoint ingest against bare spaCy parsing of the same texts.

    python benchmarks/throughput.py [--sizes 500,1000] [--pg URL] [--ray] [--workers 1,2]

The dev corpus (../shared/corpus/dev.jsonl) is recombined into N distinct documents (its
paragraphs shuffled and regrouped, so no two share a text). Each measurement runs in a fresh
subprocess so peak memory (ru_maxrss) is its own:

  (a) bare `nlp.pipe` of the same model on the same texts, loaded by spacy.load: the floor
  (a') flashpoint's nlp stage alone (the same model, its attribute ruler indexed:
       flashpoint.nlp_attrs), so the cost of extraction and storage over flashpoint's own
       parse shows as (b)/(a')
  (b) `flashpoint ingest` on SQLite      (c) on PostgreSQL (--pg URL)
  (d) Ray engine with 1 and 2 workers (--ray), on SQLite

Figures are printed as documents/s, words/s, peak MB and the ratio to (a) from the same run:
the machines are noisy, so only ratios are comparable between runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"


def make_corpus(n: int, out: Path, seed: int = 7) -> int:
    """Write n distinct documents recombined from the dev paragraphs; return the word count."""
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    paragraphs = [p for row in rows for p in row["text"].split("\n\n") if p.strip()]
    rng = random.Random(seed)
    words = 0
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            picked = rng.sample(paragraphs, k=min(6, len(paragraphs)))
            text = f"Report {i}\n\n" + "\n\n".join(picked) + "\n"
            words += len(text.split())
            row = rows[i % len(rows)]
            doc = {"file": f"bench-{i:06d}.txt", "text": text, "outlet": row.get("outlet"),
                   "published": row.get("published")}  # fmt: skip
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return words


class PeakMemory:
    """Sample the summed RSS of this process and all its descendants (Ray workers too)."""

    def __init__(self, interval: float = 0.25) -> None:
        self.peak = 0
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self.sample()

    def sample(self) -> None:
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
                rss[int(entry.name)] = int(fields[21]) * PAGE
            except (OSError, IndexError, ValueError):
                continue
        tree = {os.getpid()}
        grew = True
        while grew:
            more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
            grew = bool(more)
            tree |= more
        self.peak = max(self.peak, sum(rss.get(pid, 0) for pid in tree))


PAGE = os.sysconf("SC_PAGE_SIZE")


def _child(mode: str, corpus: str, db: str, workers: int) -> None:
    """Run one measurement in this (fresh) process and print its JSON figures."""
    with PeakMemory() as memory:
        figures = _run(mode, corpus, db, workers)
    figures["peak_mb"] = memory.peak / 2**20
    figures["self_peak_mb"] = _self_peak_mb()
    print(json.dumps(figures))


def _self_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(mode: str, corpus: str, db: str, workers: int) -> dict[str, float]:
    if mode in ("spacy", "nlp"):
        from flashpoint.nlp import load_nlp

        # (a) the model exactly as spaCy loads it; (a') flashpoint's nlp stage alone, whose
        # attribute ruler finds the same matches by lookup (flashpoint.nlp_attrs)
        nlp = load_nlp("en_core_web_sm", indexed_rules=mode == "nlp")
        start, cpu = time.perf_counter(), time.process_time()
        with open(corpus, encoding="utf-8") as fh:  # streamed, as ingest reads it
            texts = (json.loads(line)["text"] for line in fh)
            count = sum(1 for _ in nlp.pipe(texts, batch_size=32))
        return {
            "docs": count,
            "seconds": time.perf_counter() - start,
            "cpu_seconds": time.process_time() - cpu,
        }
    if mode in ("sqlite", "postgres"):
        from flashpoint.config import Settings
        from flashpoint.extract import load_resources
        from flashpoint.ingest import iter_documents
        from flashpoint.nlp import load_nlp
        from flashpoint.pipeline import ingest
        from flashpoint.store import open_store

        settings = Settings(db_url=db, workers=workers)
        load_nlp(settings.model), load_resources(settings)  # loading is not throughput
        # neither are imports: linking imports scikit-learn (~0.5 s) on first use
        import sklearn.feature_extraction.text  # noqa: F401

        from flashpoint.pipeline import link_all

        store = open_store(db)
        start, cpu = time.perf_counter(), time.process_time()
        report = ingest(iter_documents([corpus]), store, settings, link=False)
        streamed, streamed_cpu = time.perf_counter(), time.process_time()
        stream_peak = _self_peak_mb()  # the streaming stages, before linking loads it all
        link_all(store, rebuild=False)  # as `flashpoint ingest` links
        seconds = time.perf_counter() - start
        cpu_seconds = time.process_time() - cpu
        store.close()
        return {
            "docs": len(report.stored),
            "seconds": seconds,
            "link_seconds": seconds - (streamed - start),
            "cpu_seconds": cpu_seconds,
            "link_cpu_seconds": cpu_seconds - (streamed_cpu - cpu),
            "stream_peak_mb": stream_peak,
        }
    # ray: the cluster start and each actor's model load are not throughput, so the rate
    # is taken from the first stored batch to the last (the total is reported too)
    from flashpoint.batch import _init_ray, extract_with_ray, iter_results, store_results
    from flashpoint.config import Settings
    from flashpoint.pipeline import link_all
    from flashpoint.store import open_store

    settings = Settings(db_url=db, workers=workers)
    # Ray starts its workers at nice 15: on a shared machine they would yield to every other
    # process while (a) and (b) run at nice 0; equal terms for the comparison
    os.environ.setdefault("RAY_worker_niceness", "0")
    start = time.perf_counter()
    _init_ray(settings, None)
    store = open_store(db)
    marks: list[tuple[float, int]] = []

    def timed(results: Any) -> Any:
        for records, errors in results:
            yield records, errors
            marks.append((time.perf_counter(), len(records)))

    dataset = extract_with_ray([corpus], settings=settings)
    count, _ = store_results(timed(iter_results(dataset, settings.batch_size)), store)
    link_all(store)
    end = time.perf_counter()
    store.close()
    first_time, first_docs = marks[0]
    return {
        "docs": count - first_docs,
        "seconds": end - first_time,
        "total_seconds": end - start,
        "total_docs": count,
    }


def _fresh_pg(server: str) -> tuple[str, Any]:
    """Create a throwaway database on `server`; return its URL and a function dropping it."""
    import secrets

    import sqlalchemy as sa

    from flashpoint.config import db_url_from

    url = sa.make_url(db_url_from(server))
    name = f"flashpoint_bench_{secrets.token_hex(4)}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()

    return url.set(database=name).render_as_string(hide_password=False), drop


def measure(mode: str, corpus: Path, db: str, workers: int = 1) -> dict[str, float]:
    drop = None
    if mode == "postgres":
        db, drop = _fresh_pg(db)
    try:
        cmd = [sys.executable, __file__, "--child", mode, str(corpus), db, str(workers)]
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(f"{mode} run failed:\n{out.stderr[-3000:]}")
        result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        if drop is not None:
            drop()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="500")
    parser.add_argument("--pg", metavar="URL", help="also measure PostgreSQL at this URL")
    parser.add_argument("--ray", action="store_true", help="also measure the Ray engine")
    parser.add_argument("--workers", default="1", help="local --workers values, e.g. 1,2")
    parser.add_argument(
        "--only", default="a,a',b,c,d", help="runs to make, e.g. a,d (a, the floor, always runs)"
    )
    parser.add_argument("--json-out", metavar="PATH", help="also append each figure as JSON")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, corpus, db, workers = args.child
        _child(mode, corpus, db, int(workers))
        return
    print(
        f"{'n':>6} {'run':<22} {'docs/s':>8} {'words/s':>9} {'peak MB':>8} {'ratio':>6} "
        f"{'cpu':>6} {'load':>5}  note"
    )
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            words_per_doc = make_corpus(n, corpus) / n
            runs: list[tuple[str, str, str, int]] = [
                ("spacy", "(a) bare nlp.pipe", "", 1),
                ("nlp", "(a') flashpoint nlp stage", "", 1),
            ]
            for w in (int(x) for x in args.workers.split(",")):
                runs.append(("sqlite", f"(b) ingest sqlite w={w}", f"sqlite:///{tmp}/b{w}.db", w))
            if args.pg:
                runs.append(("postgres", "(c) ingest postgres", args.pg, 1))
            if args.ray:
                for w in (1, 2):
                    runs.append(("ray", f"(d) ray workers={w}", f"sqlite:///{tmp}/d{w}.db", w))
            only = {f"({x})" for x in args.only.split(",")} | {"(a)"}
            runs = [run for run in runs if run[1].split()[0] in only]
            floor = cpu_floor = None
            for mode, label, db, w in runs:
                r = measure(mode, corpus, db, w)
                rate = r["docs"] / r["seconds"]
                floor = floor or rate
                # CPU seconds of the measuring process: other work on a shared machine
                # slows the wall clock far more than it inflates the process's own CPU time
                cpu_rate = r["docs"] / r["cpu_seconds"] if r.get("cpu_seconds") else None
                cpu_floor = cpu_floor or cpu_rate
                cpu_ratio = f"{'-':>6}"
                if cpu_rate and cpu_floor:
                    cpu_ratio = f"{cpu_rate / cpu_floor:>6.2f}"
                load = os.getloadavg()[0]  # other work on the machine during the run
                note = ""
                if "total_seconds" in r:
                    note = f"steady state; {r['total_docs']:.0f} docs in {r['total_seconds']:.0f} s"
                if "link_seconds" in r:
                    note = (
                        f"link {r['link_seconds']:.1f} s of {r['seconds']:.1f} s "
                        f"(cpu {r['link_cpu_seconds']:.1f} of {r['cpu_seconds']:.1f}); "
                        f"peak before link {r['stream_peak_mb']:.0f} MB"
                    )
                print(
                    f"{n:>6} {label:<22} {rate:>8.1f} {rate * words_per_doc:>9.0f} "
                    f"{r['peak_mb']:>8.0f} {rate / floor:>6.2f} {cpu_ratio} {load:>5.1f}  {note}",
                    flush=True,
                )
                if args.json_out:
                    with open(args.json_out, "a", encoding="utf-8") as fh:
                        row = {"n": n, "run": label, "rate": rate, "ratio": rate / floor, **r}
                        if cpu_rate and cpu_floor:
                            row["cpu_ratio"] = cpu_rate / cpu_floor
                        fh.write(json.dumps({**row, "load": load}) + "\n")


if __name__ == "__main__":
    main()
