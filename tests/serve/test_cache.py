"""Caching: responses are kept per store state, and every change to the store shows at once."""

from __future__ import annotations

from dataclasses import replace

from flashpoint.records import Document, Record
from flashpoint.serve import create_app
from flashpoint.serve.app import SECURITY_HEADERS, TOKEN_HEADER
from flashpoint.serve.cache import StateWatch, sqlite_files
from flashpoint.store import LinkUpdate, open_store

from .conftest import TOKEN, TestClient, hostile_record

AUTH = {TOKEN_HEADER: TOKEN}


def fresh_record() -> Record:
    """Return a report not yet in the store (the hostile one, with a sentence added)."""
    record = hostile_record()
    old = record.document
    text = old.text + "\nA later update followed."
    meta = {"title": old.title, "outlet": old.outlet, "published": old.published}
    return replace(record, document=Document.from_text(text, file="zz_fresh.txt", **meta))


def event_rows(client, **params):
    return client.get("/api/events", params=params).json()["rows"]


def test_state_token_changes_with_every_kind_of_write(store, ids):
    before = store.state_token()
    assert store.state_token() == before  # stable while nothing changes
    store.save_correction(ids["02"], "e1", "confirm", {}, by="t", item_kind="event")
    after_review = store.state_token()
    assert after_review != before
    store.save_links(LinkUpdate(events={(ids["02"], "e2"): ("c-new", ("A", "B"), "confirmed")}))
    after_links = store.state_token()
    assert after_links != after_review
    assert store.add_records([fresh_record()], extractor="test")
    assert store.state_token() != after_links


def test_cached_replies_are_identical_and_keep_the_security_headers(client):
    first = client.get("/events")
    second = client.get("/events")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    for name, value in SECURITY_HEADERS.items():
        assert second.headers[name] == value
    assert client.get("/api/nothing-here").status_code == 404  # errors are not kept
    assert client.get("/api/nothing-here").json()["ok"] is False


def test_a_saved_correction_shows_at_once(client, ids):
    doc = ids["02"]
    assert "ASSAULT" not in [r["type"] for r in event_rows(client, document=doc)]
    page_before = client.get("/events", params={"document": doc}).text
    body = {"document": doc, "item": "e1", "action": "correct", "changes": {"type": "ASSAULT"}}
    assert client.post("/api/review", json=body, headers=AUTH).status_code == 200
    rows = event_rows(client, document=doc)
    assert [r["type"] for r in rows if r["event"] == "e1"] == ["ASSAULT"]
    page_after = client.get("/events", params={"document": doc}).text
    assert page_after != page_before and "→ ASSAULT" in page_after


def test_a_write_by_another_process_shows_on_the_next_request(client, store):
    """Another Store over the same file stands for `flashpoint ingest` / a second worker."""
    count = len(client.get("/api/documents").json()["documents"])
    other = open_store(store.url)
    try:
        other.add_records([fresh_record()], extractor="other-process")
        assert len(client.get("/api/documents").json()["documents"]) == count + 1
        doc = fresh_record().document.id
        other.save_correction(doc, "e1", "reject", {}, by="elsewhere", item_kind="event")
        row = next(r for r in event_rows(client, document=doc) if r["event"] == "e1")
        assert row["reviewed"] == "reject"
    finally:
        other.close()


def test_links_written_elsewhere_show_on_the_next_request(client, store, ids):
    doc = ids["02"]
    row = next(r for r in event_rows(client, document=doc) if r["event"] == "e2")
    assert row["cluster"] != "c-from-elsewhere"
    other = open_store(store.url)
    try:
        update = LinkUpdate(events={(doc, "e2"): ("c-from-elsewhere", ("X",), "single")})
        other.save_links(update)
    finally:
        other.close()
    row = next(r for r in event_rows(client, document=doc) if r["event"] == "e2")
    assert row["cluster"] == "c-from-elsewhere"


def test_state_watch_rereads_only_when_the_database_file_changes(store, ids):
    reads = []

    class Counting:
        url = store.url

        def state_token(self):
            reads.append(1)
            return store.state_token()

        def count(self):  # pragma: no cover - state_token is there
            return store.count()

    assert sqlite_files(store.url)  # a file database: watched by stat
    watch = StateWatch(Counting(), interval=3600)  # type: ignore[arg-type]
    first = watch.token()
    assert watch.token() == first and len(reads) == 1
    store.save_correction(ids["02"], "e1", "confirm", {}, by="t", item_kind="event")
    assert watch.token() != first and len(reads) == 2
    watch.changed()
    assert watch.token()[0] == first[0] + 1


def test_uncached_app_serves_the_same_pages(store):
    with (
        TestClient(create_app(store, cache=False)) as plain,
        TestClient(create_app(store)) as cached,
    ):
        for path in ("/api/events", "/api/network", "/api/documents"):
            assert plain.get(path).json() == cached.get(path).json()


def test_warm_app_starts_with_the_main_pages_cached(store):
    with TestClient(create_app(store, warm=True)) as client:
        assert client.get("/").status_code == 200
        assert client.get("/network").status_code == 200


def test_map_cache_is_per_query(client):
    everything = client.get("/api/map").json()["points"]
    types = sorted({p["type"] for p in everything})
    assert types
    only = client.get("/api/map", params={"type": types[0]}).json()["points"]
    assert {p["type"] for p in only} == {types[0]}
    assert len(only) <= len(everything)
