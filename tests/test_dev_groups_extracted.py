"""Issue 4's done-when on the dev corpus THROUGH EXTRACTION, not on the gold records.

tests/link/test_dev_gold.py checks the link stage on the annotators' records; here the same
three checks run on what flashpoint itself extracts from ../shared/corpus/dev.jsonl:
every event group with two or more reports has a cluster spanning them, no cluster or story
mixes groups, and group A (Belarus and Poland blaming each other) is disputed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.config import Settings
from flashpoint.ingest import iter_documents
from flashpoint.link import link_records
from flashpoint.pipeline import Extractor
from flashpoint.records import Document
from tests.link import test_dev_gold as checks

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def extracted() -> checks.Dev:
    if not (SHARED / "corpus" / "dev.jsonl").exists():
        pytest.skip("../shared (corpus) is not beside the repository")
    groups = checks.event_groups()
    documents = [
        d for d in iter_documents([str(SHARED / "corpus" / "dev.jsonl")]) if isinstance(d, Document)
    ]
    records = Extractor(Settings())(documents)
    group_of = {r.document.id: groups[r.document.file or ""] for r in records}
    return records, group_of, link_records(records)


def test_each_event_group_has_a_cluster_spanning_its_reports(extracted: checks.Dev) -> None:
    checks.test_each_event_group_has_a_cluster_spanning_its_reports(extracted)


def test_no_cluster_or_story_mixes_event_groups(extracted: checks.Dev) -> None:
    checks.test_no_cluster_or_story_mixes_event_groups(extracted)


def test_group_a_reciprocal_blame_is_disputed(extracted: checks.Dev) -> None:
    checks.test_group_a_reciprocal_blame_is_disputed(extracted)
