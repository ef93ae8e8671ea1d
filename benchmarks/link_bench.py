"""Time the link stage on synthetic corpora: all of it, and one new batch into a store.

Run by hand:
    /work/venv/bin/python benchmarks/link_bench.py [--sizes 500,1000,...]
    /work/venv/bin/python benchmarks/link_bench.py --incremental [--sizes 1000,5000,20000]
The corpus looks like a feed: about 20 reports a day, stories of 2-8 reports from several
outlets, 6 events, 2 numbers and 3 statements per report, a tenth undated, a twentieth
republished wire copies. The ratio time / (n log2 n) stays flat when linking scales as
n log n; it grows linearly if some step is quadratic.

`--incremental` stores the first n reports of the feed in a SQLite file, links them (a
rebuild, timed), then stores the next batch of 50 reports and times the incremental link
that ingest runs: first the batch's dated reports, then its undated ones (a new undated
report is compared with every stored dated one, so that part grows with the store).
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from flashpoint.link import link_records
from flashpoint.records import (
    PLOVER_TYPES,
    DateInfo,
    Document,
    Event,
    Quantity,
    Record,
    Speaker,
    Statement,
)

ENTITIES = ["POL", "BLR", "RUS", "UKR", "LTU", "LVA", "EST", "DEU", "USA", "GBR", "EU", "NATO"]
SECTORS = ["", "-GOV", "-MIL", "-COP"]
OUTLETS = [f"Outlet {i}" for i in range(40)]
COMMON = [f"common{i}" for i in range(3000)]
PER_DAY = 20
UNDATED_SHARE = 0.1  # reports without a publication date (--undated changes it)


def _text(rng: random.Random, topic: list[str]) -> str:
    words = rng.choices(topic, k=70) + rng.choices(COMMON, k=90)
    rng.shuffle(words)
    return " ".join(words)


def _event(
    rng: random.Random, index: int, pair: tuple[str, str], day: date, topic: list[str]
) -> Event:
    return Event(
        id=f"e{index}",
        type=rng.choice(PLOVER_TYPES),
        mode=None,
        source=pair[0] + rng.choice(SECTORS),
        target=pair[1] + rng.choice(SECTORS),
        date=DateInfo(start=day.isoformat() if rng.random() < 0.7 else None, end=None),
        location=None,
        quantity_ids=(),
        status=rng.choice(["occurred"] * 5 + ["claimed", "denied", "planned"]),
        reported_by=rng.choice(["outlet", "s1", "s2"]),
        evidence=" ".join(rng.choices(topic, k=12)),
        evidence_span=(0, 10),
    )


def _record(
    rng: random.Random,
    doc_id: str,
    text: str,
    published: date,
    pairs: list[tuple[str, str]],
    event_day: date,
    topic: list[str],
    duplicate: str | None,
) -> Record:
    events = [_event(rng, e + 1, rng.choice(pairs), event_day, topic) for e in range(6)]
    lows = [rng.choice([2000, 5000, 90000, 100000]) for _ in range(2)]
    quantities = [
        Quantity(
            id=f"q{q + 1}",
            text="troops",
            low=lows[q],
            high=lows[q],
            approx=rng.random() < 0.5,
            unit="troops",
            of=rng.choice(pairs)[0] + "-MIL",
            claimed_by="outlet",
            span=(0, 1),
        )
        for q in range(2)
    ]
    statements = [
        Statement(
            id=f"s{s + 1}",
            speaker=Speaker(name=None, actor=rng.choice(ENTITIES) + "-GOV"),
            cue="said",
            kind="indirect",
            content="words",
            content_span=(0, 5),
            factuality="asserted",
        )
        for s in range(3)
    ]
    return Record(
        document=Document(
            id=doc_id,
            file=f"{doc_id}.txt",
            text=text,
            outlet=rng.choice(OUTLETS),
            published=None if rng.random() < UNDATED_SHARE else published.isoformat(),
        ),
        statements=tuple(statements),
        events=tuple(events),
        quantities=tuple(quantities),
        near_duplicate_of=duplicate,
    )


def _story(rng: random.Random, story: int, day: date, room: int) -> list[Record]:
    """Return the 2-8 reports (at most `room`) of one synthetic story."""
    topic = [f"s{story}w{i}" for i in range(40)]
    pairs: list[tuple[str, str]] = []
    for _ in range(4):
        first, second = rng.sample(ENTITIES, 2)
        pairs.append((first, second))
    event_day = day - timedelta(days=rng.randint(0, 2))
    out: list[Record] = []
    previous: str | None = None
    for k in range(min(rng.randint(2, 8), room)):
        published = day + timedelta(days=rng.randint(0, 3))
        text, duplicate = _text(rng, topic), None
        if previous is not None and out and rng.random() < 0.05:
            text, duplicate = previous, out[-1].document.id  # a republished wire copy
        previous = text
        doc_id = f"{story:06d}{k:02d}{rng.getrandbits(32):08x}"
        out.append(_record(rng, doc_id, text, published, pairs, event_day, topic, duplicate))
    return out


def synthetic(n: int, seed: int = 7) -> list[Record]:
    """Return n synthetic records in stories of 2-8 reports."""
    rng = random.Random(seed)
    records: list[Record] = []
    start = date(2021, 8, 1)
    story = 0
    while len(records) < n:
        story += 1
        day = start + timedelta(days=len(records) // PER_DAY)
        records.extend(_story(rng, story, day, n - len(records)))
    return records


def incremental(sizes: list[int], batch: int, folder: Path, repeat: int = 3) -> None:
    """Print the cost of linking a new batch into stores of each size (median of `repeat`
    consecutive batches; their dated reports first, then their undated ones)."""
    from flashpoint.link import link_store
    from flashpoint.store.sql import SqlStore

    print(
        f"{'n':>6} {'rebuild s':>10} {'dated':>6} {'s':>6} {'compared':>9} {'relinked':>9}"
        f" {'undated':>8} {'s':>6} {'compared':>9} {'relinked':>9}   (medians of {repeat})"
    )
    for n in sizes:
        feed = synthetic(n + repeat * batch)
        path = folder / f"link-{n}.db"
        store = SqlStore(f"sqlite:///{path}")
        try:
            for start in range(0, n, 500):
                store.add_records(feed[start : min(n, start + 500)], extractor="bench")
            began = time.perf_counter()
            link_store(store)
            rebuild = time.perf_counter() - began
            figures: list[list[tuple[int, float, int, int]]] = [[], []]
            for k in range(repeat):
                new = feed[n + k * batch : n + (k + 1) * batch]
                parts = (
                    [r for r in new if r.document.published],
                    [r for r in new if not r.document.published],
                )
                for part, out in zip(parts, figures, strict=True):
                    if not part:
                        continue
                    store.add_records(part, extractor="bench")
                    began = time.perf_counter()
                    run = link_store(store, rebuild=False)
                    seconds = time.perf_counter() - began
                    out.append((len(part), seconds, run.compared, run.relinked))
            cells = [f"{n:>6} {rebuild:>10.2f}"]
            for out in figures:
                if not out:
                    cells.append(f"{0:>6} {'-':>6} {'-':>9} {'-':>9}")
                    continue
                columns = zip(*out, strict=True)
                docs, seconds, compared, relinked = (statistics.median(c) for c in columns)
                cells.append(f"{docs:>6.0f} {seconds:>6.2f} {compared:>9.0f} {relinked:>9.0f}")
            print(" ".join(cells), flush=True)
        finally:
            store.close()
            path.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=None, help="comma-separated corpus sizes")
    parser.add_argument("--incremental", action="store_true", help="one batch into a store")
    parser.add_argument("--batch", type=int, default=50, help="new reports per batch")
    parser.add_argument("--undated", type=float, default=UNDATED_SHARE, help="undated share")
    parser.add_argument("--repeat", type=int, default=3, help="batches per store size")
    args = parser.parse_args()
    globals()["UNDATED_SHARE"] = args.undated
    link_records(synthetic(50))  # warm up: imports, data files
    if args.incremental:
        sizes = [int(s) for s in (args.sizes or "1000,5000,20000").split(",")]
        with tempfile.TemporaryDirectory(prefix="flashpoint-link-bench-") as folder:
            incremental(sizes, args.batch, Path(folder), args.repeat)
        return
    args.sizes = args.sizes or "500,1000,2000,4000,8000"
    print(f"{'n':>6} {'seconds':>8} {'stories':>8} {'clusters':>9} {'us/(n log2 n)':>14}")
    for n in (int(s) for s in args.sizes.split(",")):
        records = synthetic(n)
        began = time.perf_counter()
        links = link_records(records)
        seconds = time.perf_counter() - began
        ratio = seconds / (n * math.log2(n)) * 1e6
        counts = f"{len(links.stories):>8} {len(links.clusters):>9}"
        print(f"{n:>6} {seconds:>8.2f} {counts} {ratio:>14.2f}")


if __name__ == "__main__":
    main()
