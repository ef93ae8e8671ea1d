"""Extract the held-out check set in-process and score it with the gold scorer.

    python scripts/eval_heldout.py [--verbose] [--disagreements] [--out DIR]

The held-out set (tests/heldout/: six new reports on the same crises, written and
annotated apart from the seed and dev corpora) measures how far the extraction
generalises beyond the texts it was developed on. Prints the headline figures and
writes the predictions to --out (default /tmp/flashpoint-eval/heldout.jsonl, scores
beside it) for `score.py tests/heldout/gold PRED --verbose`. --disagreements lists the
matched pairs whose attributes differ (source, target, status, mode, date, speaker,
factuality, unit, of, claimed_by), which --verbose does not show.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from flashpoint import scoring
from flashpoint.config import Settings
from flashpoint.ingest import iter_documents
from flashpoint.pipeline import Extractor
from flashpoint.records import Document, record_to_dict

REPO = Path(__file__).resolve().parents[1]
HELDOUT = REPO / "tests" / "heldout"
SCORER = REPO.parent / "shared" / "eval" / "score.py"
KEYS = [
    "event.f1", "event_full.f1", "statement.f1", "statement_span.f1", "quantity.f1",
    "event.dyad", "event.status", "event.mode", "event.date", "statement.factuality",
    "statement.speaker_name", "quantity.claimed_by", "quantity.of", "quantity.unit",
]  # fmt: skip


def _get(data: dict[str, object], key: str) -> object:
    value: object = data
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


EVENT_FIELDS = ("source", "target", "status", "mode", "date")
STATEMENT_FIELDS = ("speaker.actor", "speaker.name", "kind", "factuality", "target")
QUANTITY_FIELDS = ("unit", "of", "claimed_by", "high", "approx")


def _show(value: object) -> str:
    if isinstance(value, dict) and "start" in value:
        return f"{value.get('start')}..{value.get('end')}"
    return str(value)


ACTOR_FIELDS = ("source", "target", "of", "claimed_by", "speaker.actor")


def _quantity_candidate(gold: Any, pred: Any) -> object:
    """The scorer's quantity pairing: equal low (within 1%) and overlapping spans."""
    if not scoring.close(gold.get("low"), pred.get("low")):
        return None
    return scoring.similarity(gold, pred)


def _differences(gold: Any, pred: Any, fields: tuple[str, ...]) -> list[str]:
    """'field gold != pred' for each differing field; '(sector)' when only the sector differs."""
    out = []
    for field in fields:
        g, p = gold.get(field), pred.get(field)
        if field == "date" and scoring.dates_agree(g, p):
            continue  # the scorer's rule: start dates a day apart or overlapping ranges
        if str(g).lower() == str(p).lower():
            continue
        note = ""
        if field in ACTOR_FIELDS and scoring.entity(g) == scoring.entity(p):
            note = " (sector)"
        out.append(f"{field} {_show(g)} != {_show(p)}{note}")
    return out


def print_disagreements(gold_path: Path, pred_path: Path) -> None:
    """Matched gold/predicted pairs whose attributes differ, per document."""
    warnings: list[str] = []
    gold, pred = scoring.load(str(gold_path), warnings), scoring.load(str(pred_path), warnings)
    kinds = (
        ("event", scoring.event_candidate, EVENT_FIELDS),
        ("statement", scoring.statement_candidate, STATEMENT_FIELDS),
        ("quantity", _quantity_candidate, QUANTITY_FIELDS),
    )
    for name in sorted(gold):
        print(f"== {name}")
        items = pred.get(name, {})
        for kind, candidate, fields in kinds:
            golds, preds = gold[name][kind], items.get(kind, [])
            for i, j in scoring.match(golds, preds, candidate):
                diffs = _differences(golds[i], preds[j], fields)
                if diffs:
                    text = " ".join(golds[i].text.split())[:110]
                    head = golds[i].get("type") or ""
                    print(f'  {kind} {golds[i].id} {head}: {"; ".join(diffs)}  "{text}"')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list missed/spurious items")
    parser.add_argument(
        "--disagreements", action="store_true", help="list matched pairs whose attributes differ"
    )
    parser.add_argument("--out", default="/tmp/flashpoint-eval")
    args = parser.parse_args()
    if not SCORER.exists():
        print(f"eval_heldout: scorer not found at {SCORER}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    items = list(iter_documents([str(HELDOUT / "texts.jsonl")]))
    errors = [item for item in items if not isinstance(item, Document)]
    for error in errors:
        print(f"eval_heldout: {error}", file=sys.stderr)
    documents = [item for item in items if isinstance(item, Document)]
    records = Extractor(Settings())(documents)
    pred = out / "heldout.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record_to_dict(record), ensure_ascii=False) + "\n")
    scores = out / "heldout.scores.json"
    cmd = [sys.executable, str(SCORER), str(HELDOUT / "gold"), str(pred), "--json", str(scores)]
    cmd += ["--verbose"] if args.verbose else []
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if args.verbose:
        print(result.stdout)
    if result.returncode == 2 or not scores.exists():
        print(result.stderr, file=sys.stderr)
        return 2
    data = json.loads(scores.read_text(encoding="utf-8"))
    figures = ", ".join(
        f"{k}={v:.3f}" if isinstance(v := _get(data, k), float) else f"{k}={v}" for k in KEYS
    )
    if args.disagreements:
        print_disagreements(HELDOUT / "gold", pred)
    print(f"heldout: {figures}")
    print(f"predictions: {pred}  scores: {scores}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
