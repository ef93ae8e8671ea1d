"""Issue 4's done-when on the dev corpus THROUGH EXTRACTION (not the gold records).

    python scripts/check_dev_groups.py [--verbose]

Extracts ../shared/corpus/dev.jsonl in-process, links the records and checks, against the
`event_group` of ../shared/corpus/dev/SOURCES.jsonl: every group with two or more reports
has a cluster spanning them, no cluster or story mixes groups, and group A (Belarus and
Poland blaming each other for the migrant deaths) is disputed. Exit code 1 when one fails.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from flashpoint.config import Settings
from flashpoint.ingest import iter_documents
from flashpoint.link import disputes, link_records
from flashpoint.pipeline import Extractor
from flashpoint.records import Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true", help="list every multi-report cluster")
    args = parser.parse_args()
    groups = {}
    for line in (SHARED / "corpus" / "dev" / "SOURCES.jsonl").read_text().splitlines():
        if line.strip():
            source = json.loads(line)
            groups[source["file"]] = source["event_group"].split(":", 1)[0].strip()
    documents = [
        d for d in iter_documents([str(SHARED / "corpus" / "dev.jsonl")]) if isinstance(d, Document)
    ]
    records = Extractor(Settings())(documents)
    group_of = {r.document.id: groups[r.document.file or ""] for r in records}
    name_of = {r.document.id: r.document.file for r in records}
    links = link_records(records)
    failures = []
    for group in sorted(set(group_of.values())):
        reports = {d for d, g in group_of.items() if g == group}
        if len(reports) < 2:
            continue
        covered: set[str] = set()
        for cluster in links.clusters:
            if len(set(cluster.documents)) > 1:
                covered |= set(cluster.documents) & reports
        state = "ok" if covered == reports else "NO SPANNING CLUSTER"
        print(f"group {group}: {len(reports)} reports, {len(covered)} in a shared cluster: {state}")
        if covered != reports:
            failures.append(f"group {group} not spanned")
    for cluster in links.clusters:
        mixed = {group_of[d] for d in cluster.documents}
        if len(mixed) > 1:
            failures.append(f"cluster {cluster.id} mixes groups {sorted(mixed)}")
        if args.verbose and len(set(cluster.documents)) > 1:
            files = sorted({name_of[d] or d for d in cluster.documents})
            print(f"  cluster {cluster.id} ({cluster.corroboration}): {files}")
    for story in links.stories:
        mixed = {group_of[d] for d in story.documents}
        if len(mixed) > 1:
            failures.append(f"story {story.id} mixes groups {sorted(mixed)}")
    group_a = {d for d, g in group_of.items() if g == "A"}
    found = [
        c
        for c in disputes(records, links=links).clusters
        if {a.document for a in c.accounts} == group_a
    ]
    print(f"group A disputed: {'yes' if found else 'NO'}")
    if not found:
        failures.append("group A not disputed")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
