"""The link stage on the dev gold records, read as if they were extraction output.

SOURCES.jsonl marks which dev reports cover the same events (event_group); each group of
two or more reports must have a cluster spanning them, no cluster may mix groups, and
group A (Belarus and Poland blaming each other for the migrant deaths) must be disputed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.link import Links, disputes, link_records
from flashpoint.records import Record, record_from_dict

Dev = tuple[list[Record], dict[str, str], Links]
SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def event_groups() -> dict[str, str]:
    """File name -> event group letter ("A", "D", ...) of the dev reports, from SOURCES.jsonl."""
    groups = {}
    for line in (SHARED / "corpus" / "dev" / "SOURCES.jsonl").read_text().splitlines():
        if line.strip():
            source = json.loads(line)
            groups[source["file"]] = source["event_group"].split(":", 1)[0].strip()
    return groups


@pytest.fixture(scope="module")
def dev() -> Dev:
    if not (SHARED / "eval" / "gold" / "dev").exists():
        pytest.skip("../shared (corpus and gold) is not beside the repository")
    groups = event_groups()
    records = []
    group_of = {}
    for path in sorted((SHARED / "eval" / "gold" / "dev").glob("*.json")):
        data = json.loads(path.read_text())
        file = data["document"]["file"]
        text = (SHARED / "corpus" / "dev" / file).read_text(encoding="utf-8")
        record = record_from_dict(data, text=text)
        records.append(record)
        group_of[record.document.id] = groups[file]
    return records, group_of, link_records(records)


def test_each_event_group_has_a_cluster_spanning_its_reports(dev: Dev) -> None:
    _records, group_of, links = dev
    for group in sorted(set(group_of.values())):
        reports = {d for d, g in group_of.items() if g == group}
        if len(reports) < 2:
            continue
        covered = set()
        for cluster in links.clusters:
            if len(set(cluster.documents)) > 1:
                covered |= set(cluster.documents) & reports
        assert covered == reports, f"group {group}: reports without a shared cluster"


def test_no_cluster_or_story_mixes_event_groups(dev: Dev) -> None:
    _records, group_of, links = dev
    for cluster in links.clusters:
        assert len({group_of[d] for d in cluster.documents}) == 1, cluster.id
    for story in links.stories:
        assert len({group_of[d] for d in story.documents}) == 1, story.id


def test_group_a_reciprocal_blame_is_disputed(dev: Dev) -> None:
    records, group_of, links = dev
    group_a = {d for d, g in group_of.items() if g == "A"}
    found = [
        c
        for c in disputes(records, links=links).clusters
        if {a.document for a in c.accounts} == group_a
    ]
    assert found, "no disputed cluster spans the two accounts of group A"
    assert {a.side for a in found[0].accounts} == {0, 1}
