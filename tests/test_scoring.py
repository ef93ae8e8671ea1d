from __future__ import annotations

from pathlib import Path

import flashpoint.scoring


def test_vendored_scorer_is_the_shared_one(shared: Path):
    """flashpoint.scoring is score.py verbatim, so `flashpoint eval` scores as CI scores."""
    vendored = Path(flashpoint.scoring.__file__).read_text(encoding="utf-8")
    assert vendored == (shared / "eval" / "score.py").read_text(encoding="utf-8")


def test_gold_scores_perfectly_against_itself(shared: Path, tmp_path: Path):
    gold = shared / "eval" / "gold" / "dev"
    out = tmp_path / "s.json"
    code = flashpoint.scoring.main(
        [str(gold), str(gold), "--json", str(out), "--min", "event.f1=1"]
    )
    assert code == 0
