"""Fixtures for the workbench: a SQLite store filled from the gold files, plus a hostile report."""

from __future__ import annotations

import json
import shutil
import warnings
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

with warnings.catch_warnings():
    # starlette 1.x warns that its test client prefers httpx2; httpx is what we ship with
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from flashpoint.records import (
    DateInfo,
    Document,
    Event,
    Location,
    Quantity,
    Record,
    Speaker,
    Statement,
    record_from_dict,
)
from flashpoint.serve import create_app
from flashpoint.store import LinkUpdate, Store, open_store

__all__ = ["TOKEN", "TestClient", "fill", "gold_records", "hostile_record"]

SHARED = Path(__file__).parents[2].parent / "shared"
TOKEN = "test-token-123"

# what hostile report text tries; none of it may reach a page as markup
SCRIPT = "<script>alert('x')</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(document.cookie)"
CSS = "</style><style>body{background:url(javascript:alert(1))}</style>"
PAYLOADS = (SCRIPT, IMG, CSS)
RAW_MARKERS = ("<script>alert", "<img src=x", "<style>body", 'href="javascript:')


def hostile_record() -> Record:
    """Return a report whose text and metadata are all attack strings."""
    text = (
        f"Officials said {SCRIPT} that 500 troops crossed {IMG} near the border.\n"
        f"Another claim: {CSS} and a link {JS_URL} were reported."
    )
    start = text.index("500 troops")
    document = Document.from_text(
        text,
        file="zz_hostile.txt",
        title=f"Hostile {SCRIPT}",
        outlet=f"Evil Outlet {IMG}",
        author=CSS,
        published="2021-11-15",
        published_source="byline",
        url=JS_URL,
    )
    statement = Statement(
        id="s1",
        speaker=Speaker(name=f"Mr {IMG}", actor="POL-GOV"),
        cue="said",
        kind="indirect",
        content=text[text.index(SCRIPT) : text.index(" near")],
        content_span=(text.index(SCRIPT), text.index(" near")),
        factuality="claimed",
        target="BLR",
        cue_span=(10, 14),
    )
    event = Event(
        id="e1",
        type="MOBILIZE",
        mode="troops",
        source="BLR-MIL",
        target="POL",
        date=DateInfo(start="2021-11-14", end="2021-11-14", text=f"when {SCRIPT}"),
        location=Location(name=f"Place {IMG}", country="POL", lat=52.1, lon=23.7),
        quantity_ids=("q1",),
        status="claimed",
        reported_by="s1",
        evidence=text.split("\n")[0],
        evidence_span=(0, len(text.split("\n")[0])),
        trigger="crossed",
        trigger_span=(text.index("crossed"), text.index("crossed") + 7),
    )
    quantity = Quantity(
        id="q1",
        text=text[start : start + 10],
        low=500,
        high=500,
        approx=False,
        unit="troops",
        of="BLR-MIL",
        claimed_by="POL-GOV",
        span=(start, start + 10),
    )
    return Record(
        document=document,
        statements=(statement,),
        events=(event,),
        quantities=(quantity,),
        story="s-hostile",
    )


def _story_groups() -> dict[str, str]:
    groups = {}
    path = SHARED / "corpus" / "dev" / "SOURCES.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            groups[data["file"]] = "story-" + data["event_group"].split(":", 1)[0]
    return groups


def gold_records() -> list[Record]:
    """Return the gold records of seeds and dev with their texts and a story per group."""
    if not (SHARED / "eval" / "gold").is_dir():
        pytest.skip("shared gold files are not available")
    groups = _story_groups()
    records = []
    for folder in ("seeds", "dev"):
        for path in sorted((SHARED / "eval" / "gold" / folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            name = data["document"]["file"]
            text = (SHARED / "corpus" / folder / name).read_text(encoding="utf-8")
            record = record_from_dict(data, text=text)
            records.append(replace(record, story=groups.get(name, "story-seeds")))
    return records


def fill(store: Store) -> None:
    """Store the gold records and the hostile one, then a small set of links."""
    records = [*gold_records(), hostile_record()]
    store.add_records(records, extractor="gold")
    by_file = {r.document.file: r for r in records}
    voa = by_file["01_voa-migrant-deaths-border.txt"]
    k24 = by_file["02_kurdistan24-belarus-account-deaths.txt"]
    hostile = by_file["zz_hostile.txt"]
    cluster = "c-test-deaths"
    outlets = ("Voice of America", "Kurdistan 24")
    store.save_links(
        LinkUpdate(
            stories={r.document.id: r.story for r in records if r.story},
            events={
                (voa.document.id, voa.events[0].id): (cluster, outlets, "disputed"),
                (k24.document.id, k24.events[0].id): (cluster, outlets, "disputed"),
                (hostile.document.id, "e1"): (f"c-{SCRIPT}", ("Evil",), "single"),
            },
            conflicts={(hostile.document.id, "q1"): (f"{voa.document.id}:q1",)},
        )
    )


@pytest.fixture(scope="session")
def gold_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the filled SQLite database once per session."""
    path = tmp_path_factory.mktemp("serve") / "gold.db"
    store = open_store(f"sqlite:///{path}")
    fill(store)
    store.close()
    return path


@pytest.fixture
def store(gold_db: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the filled database (tests may write to it)."""
    path = tmp_path / "copy.db"
    shutil.copy(gold_db, path)
    opened = open_store(f"sqlite:///{path}")
    yield opened
    opened.close()


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    """A client of the app with a token configured."""
    with TestClient(create_app(store, token=TOKEN), base_url="http://testserver") as test_client:
        yield test_client


@pytest.fixture
def readonly_client(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """A client of the app with no token configured (writes refused)."""
    monkeypatch.delenv("FLASHPOINT_TOKEN", raising=False)
    with TestClient(create_app(store), base_url="http://testserver") as test_client:
        yield test_client


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    """Document ids by short name."""
    out = {}
    for document in store.list_documents():
        out[document.file.split("_", 1)[0]] = document.id
    return out
