"""Throughput of flashpoint ingest against bare spaCy parsing of the same texts.

    python benchmarks/throughput.py [--sizes 500,1000] [--pg URL] [--ray] [--workers 1,2]

The dev corpus (../shared/corpus/dev.jsonl) is recombined into N distinct documents (its
paragraphs shuffled and regrouped, so no two share a text). Each measurement runs in a fresh
subprocess so peak memory (ru_maxrss) is its own:

  (a) bare `nlp.pipe` of the same model on the same texts: the floor
  (b) `flashpoint ingest` on SQLite      (c) on PostgreSQL (--pg URL)
  (d) Ray engine with 1 and 2 workers (--ray), on SQLite

Figures are printed as documents/s, words/s, peak MB and the ratio to (a) from the same run:
the machines are noisy, so only ratios are comparable between runs.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def _child(mode: str, corpus: str, db: str, workers: int) -> None:
    """Run one measurement in this (fresh) process and print its JSON figures."""
    start = time.perf_counter()
    if mode == "spacy":
        from flashpoint.nlp import load_nlp

        nlp = load_nlp("en_core_web_sm")
        lines = Path(corpus).read_text(encoding="utf-8").splitlines()
        texts = [json.loads(line)["text"] for line in lines]
        start = time.perf_counter()
        count = sum(1 for _ in nlp.pipe(texts, batch_size=32))
    elif mode in ("sqlite", "postgres"):
        from flashpoint.config import Settings
        from flashpoint.extract import load_resources
        from flashpoint.ingest import iter_documents
        from flashpoint.nlp import load_nlp
        from flashpoint.pipeline import ingest
        from flashpoint.store import open_store

        settings = Settings(db_url=db, workers=workers)
        load_nlp(settings.model), load_resources(settings)  # loading is not throughput
        store = open_store(db)
        start = time.perf_counter()
        report = ingest(iter_documents([corpus]), store, settings)
        store.close()
        count = len(report.stored)
    else:  # ray
        from flashpoint.batch import ingest_with_ray
        from flashpoint.config import Settings

        settings = Settings(db_url=db, workers=workers)
        ingest_with_ray([corpus], settings=settings, quiet=True)
        from flashpoint.store import open_store

        store = open_store(db)
        count = store.count()["documents"]
        store.close()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"docs": count, "seconds": seconds, "peak_mb": peak}))


def measure(mode: str, corpus: Path, db: str, workers: int = 1) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", mode, str(corpus), db, str(workers)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    if mode == "ray":  # Ray workers are other processes: their memory is not in ru_maxrss
        result["peak_mb"] = float("nan")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="500")
    parser.add_argument("--pg", metavar="URL", help="also measure PostgreSQL at this URL")
    parser.add_argument("--ray", action="store_true", help="also measure the Ray engine")
    parser.add_argument("--workers", default="1", help="local --workers values, e.g. 1,2")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, corpus, db, workers = args.child
        _child(mode, corpus, db, int(workers))
        return
    print(f"{'n':>6} {'run':<22} {'docs/s':>8} {'words/s':>9} {'peak MB':>8} {'ratio':>6}")
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            words = make_corpus(n, corpus)
            runs: list[tuple[str, str, str, int]] = [("spacy", "(a) bare nlp.pipe", "", 1)]
            for w in (int(x) for x in args.workers.split(",")):
                runs.append(("sqlite", f"(b) ingest sqlite w={w}", f"sqlite:///{tmp}/b{w}.db", w))
            if args.pg:
                runs.append(("postgres", "(c) ingest postgres", args.pg, 1))
            if args.ray:
                for w in (1, 2):
                    runs.append(("ray", f"(d) ray workers={w}", f"sqlite:///{tmp}/d{w}.db", w))
            floor = None
            for mode, label, db, w in runs:
                r = measure(mode, corpus, db, w)
                rate = r["docs"] / r["seconds"]
                floor = floor or rate
                print(
                    f"{n:>6} {label:<22} {rate:>8.1f} {words / r['seconds']:>9.0f} "
                    f"{r['peak_mb']:>8.0f} {rate / floor:>6.2f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
