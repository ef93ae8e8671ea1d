"""Extract the seed and dev corpora in-process and score them with the gold scorer.

    python scripts/eval_extract.py [--set seeds|dev|all] [--verbose] [--out DIR]

A developer tool (no database): prints the headline figures per set and writes the
predictions as JSONL to --out (default /tmp/flashpoint-eval) for `score.py --verbose`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from flashpoint.config import Settings
from flashpoint.ingest import iter_documents
from flashpoint.pipeline import Extractor
from flashpoint.records import Document, record_to_dict

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SETS = {
    "seeds": (SHARED / "corpus" / "seeds", SHARED / "eval" / "gold" / "seeds"),
    "dev": (SHARED / "corpus" / "dev.jsonl", SHARED / "eval" / "gold" / "dev"),
}
KEYS = [
    "event.f1", "event_full.f1", "statement.f1", "statement_span.f1", "quantity.f1",
    "event.dyad", "event.status", "event.mode", "event.date", "statement.factuality",
    "statement.speaker_name", "quantity.claimed_by", "quantity.of", "quantity.unit",
]  # fmt: skip


def _documents(path: Path) -> list[Document]:
    docs = [d for d in iter_documents([str(path)]) if isinstance(d, Document)]
    if docs:
        return docs
    # ingest not available yet: read the texts raw
    if path.is_dir():
        return [
            Document.from_text(p.read_text(encoding="utf-8"), file=p.name)
            for p in sorted(path.glob("*.txt"))
        ]
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        meta = {k: row.get(k) for k in ("title", "outlet", "published", "url")}
        out.append(Document.from_text(row["text"], file=row["file"], **meta))
    return out


def _get(data: dict[str, object], key: str) -> object:
    value: object = data
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default="all", choices=["seeds", "dev", "all"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--out", default="/tmp/flashpoint-eval")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    extractor = Extractor(Settings())
    names = list(SETS) if args.set == "all" else [args.set]
    for name in names:
        corpus, gold = SETS[name]
        records = extractor(_documents(corpus))
        pred = out / f"{name}.jsonl"
        with pred.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record_to_dict(record), ensure_ascii=False) + "\n")
        scores = out / f"{name}.scores.json"
        cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(pred)]
        cmd += ["--json", str(scores)] + (["--verbose"] if args.verbose else [])
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if args.verbose:
            print(result.stdout)
        data = json.loads(scores.read_text())
        figures = ", ".join(
            f"{k}={v:.3f}" if isinstance(v := _get(data, k), float) else f"{k}={v}" for k in KEYS
        )
        print(f"{name}: {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
