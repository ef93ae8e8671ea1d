"""Quality gate: extraction on the seed and dev corpora scores at least the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint import scoring
from flashpoint.config import Settings
from flashpoint.ingest import iter_documents
from flashpoint.pipeline import Extractor
from flashpoint.records import Document, record_to_dict

FLOORS = json.loads((Path(__file__).with_name("quality_floors.json")).read_text())
CORPORA = {
    "seeds": ("corpus/seeds", "eval/gold/seeds"),
    "dev": ("corpus/dev.jsonl", "eval/gold/dev"),
}


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Settings())


def _figure(report: dict[str, object], key: str) -> object:
    value: object = report
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_scores_stay_above_the_pinned_floors(name, shared, tmp_path, extractor):
    corpus, gold = CORPORA[name]
    documents = [d for d in iter_documents([str(shared / corpus)]) if isinstance(d, Document)]
    assert documents, "the corpus yielded no documents"
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for record in extractor(documents):
            fh.write(json.dumps(record_to_dict(record), ensure_ascii=False) + "\n")
    out = tmp_path / "scores.json"
    code = scoring.main([str(shared / gold), str(pred), "--json", str(out)])
    assert code == 0
    report = json.loads(out.read_text())
    below = {
        key: (_figure(report, key), floor)
        for key, floor in FLOORS[name].items()
        if not isinstance(_figure(report, key), float) or _figure(report, key) < floor
    }
    assert not below, f"{name}: below the pinned floors (got, floor): {below}"
