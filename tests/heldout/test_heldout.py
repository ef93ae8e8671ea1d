"""Held-out gate: extraction on the six held-out reports scores at least the pinned floors.

The held-out texts (tests/heldout/texts/) were written apart from the seed and dev
corpora, so a rule that memorises corpus sentences does not help here. The floors in
floors.json are the measured figures minus 0.05; the gold files are checked too (every
span slices back to its text, and the gold scores 1.0 against itself).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from flashpoint import scoring
from flashpoint.config import Settings
from flashpoint.ingest import iter_documents
from flashpoint.pipeline import Extractor
from flashpoint.records import Document, document_id, record_to_dict

HERE = Path(__file__).resolve().parent
FLOORS: dict[str, float] = json.loads((HERE / "floors.json").read_text())["floors"]
GOLD = HERE / "gold"
TEXTS_JSONL = HERE / "texts.jsonl"
SPANS = {
    "statements": ("content_span", "content"),
    "events": ("evidence_span", "evidence"),
    "quantities": ("span", "text"),
}


def _figure(report: dict[str, Any], key: str) -> object:
    value: object = report
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.stem)
def test_gold_spans_slice_back_to_the_text(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (HERE / "texts" / gold["document"]["file"]).read_text(encoding="utf-8")
    assert gold["document"]["id"] == document_id(text)
    for section, (span_key, text_key) in SPANS.items():
        for item in gold[section]:
            start, end = item[span_key]
            assert text[start:end] == item[text_key], f"{path.name} {item['id']}"


def test_texts_jsonl_matches_the_text_files() -> None:
    rows = [json.loads(line) for line in TEXTS_JSONL.read_text(encoding="utf-8").splitlines()]
    assert {row["file"] for row in rows} == {p.with_suffix(".txt").name for p in _gold_files()}
    for row in rows:
        assert row["text"] == (HERE / "texts" / row["file"]).read_text(encoding="utf-8")


def test_gold_scores_one_against_itself(tmp_path: Path) -> None:
    out = tmp_path / "self.json"
    assert scoring.main([str(GOLD), str(GOLD), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    for kind in ("event", "event_full", "statement", "statement_span", "quantity"):
        assert _figure(report, f"{kind}.f1") == 1.0, kind


def test_heldout_scores_stay_above_the_pinned_floors(tmp_path: Path) -> None:
    documents = [d for d in iter_documents([str(TEXTS_JSONL)]) if isinstance(d, Document)]
    assert len(documents) == len(_gold_files())
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for record in Extractor(Settings())(documents):
            fh.write(json.dumps(record_to_dict(record), ensure_ascii=False) + "\n")
    out = tmp_path / "scores.json"
    assert scoring.main([str(GOLD), str(pred), "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    figures = {key: _figure(report, key) for key in FLOORS}
    below = {
        key: (value, FLOORS[key])
        for key, value in figures.items()
        if not (isinstance(value, float) and value >= FLOORS[key])
    }
    assert not below, f"held-out: below the pinned floors (got, floor): {below}"
