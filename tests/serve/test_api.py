"""Every JSON endpoint over the gold store: shapes, filters, downloads, the one error shape."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from flashpoint.serve import create_app, error_body
from flashpoint.serve.views import EVENT_COLUMNS

from .conftest import TestClient


def test_overview_counts_and_sections(client):
    data = client.get("/api/overview").json()
    assert data["counts"]["documents"] == 13
    assert set(data) == {"counts", "escalation", "disputes", "newest"}
    assert (data["newest"][0]["published"] or "") >= (data["newest"][-1]["published"] or "")
    assert all(len(entry["pair"]) == 2 for entry in data["escalation"])


def test_documents_filters(client):
    everything = client.get("/api/documents").json()["documents"]
    assert len(everything) == 13
    voa = client.get("/api/documents", params={"outlet": "voice of"}).json()["documents"]
    assert voa and all("Voice of America" in d["outlet"] for d in voa)
    story = client.get("/api/documents", params={"story": "story-A"}).json()["documents"]
    assert {d["file"][:2] for d in story} == {"01", "02"}
    assert "text" not in everything[0]


def test_document_has_text_and_items(client, ids):
    data = client.get(f"/api/documents/{ids['01']}").json()
    assert data["document"]["text"].startswith("U.N. agencies")
    kinds = {item["kind"] for item in data["items"]}
    assert kinds == {"statement", "event", "quantity"}
    item = data["items"][0]
    assert item["machine"] == item["value"] and item["reviewed"] is None


def test_document_by_file_name(client):
    data = client.get("/api/documents/01_voa-migrant-deaths-border.txt").json()
    assert data["document"]["outlet"] == "Voice of America"


def test_unknown_document_error_shape(client):
    response = client.get("/api/documents/nope-not-here")
    assert response.status_code == 404
    assert response.json() == error_body(404, "no document 'nope-not-here' in the store")


def test_validation_error_shape(client):
    response = client.get("/api/events", params={"limit": 0})
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"ok", "status", "error"}
    assert body["ok"] is False and body["status"] == 400 and "limit" in body["error"]


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"type": "MOBILIZE"}, lambda r: r["type"] == "MOBILIZE"),
        ({"actor": "BLR"}, lambda r: "BLR" in {(r["source"] or "")[:3], (r["target"] or "")[:3]}),
        ({"status": "planned"}, lambda r: r["status"] == "planned"),
        ({"corroboration": "disputed"}, lambda r: r["corroboration"] == "disputed"),
        ({"since": "2025-01-01"}, lambda r: (r["date_start"] or r["published"]) >= "2025-01-01"),
        ({"place": "border"}, lambda r: "border" in (r["place"] or "").lower()),
        ({"outlet": "kyiv"}, lambda r: "Kyiv" in r["outlet"]),
    ],
    ids=["type", "actor", "status", "corroboration", "since", "place", "outlet"],
)
def test_event_filters(client, params, check):
    rows = client.get("/api/events", params=params).json()["rows"]
    assert rows, params
    assert all(check(row) for row in rows)


def test_event_sort_and_paging(client):
    rows = client.get("/api/events", params={"sort": "type", "desc": "true"}).json()["rows"]
    types = [r["type"] for r in rows]
    assert types == sorted(types, reverse=True)
    page = client.get(
        "/api/events", params={"sort": "type", "desc": "true", "limit": 5, "offset": 5}
    )
    assert [r["key"] for r in page.json()["rows"]] == [r["key"] for r in rows[5:10]]


def test_event_downloads_match_the_table(client):
    params = {"actor": "RUS", "sort": "date"}
    shown = client.get("/api/events", params=params).json()["rows"]
    as_csv = client.get("/api/events", params={**params, "format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in as_csv.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert list(table[0]) == list(EVENT_COLUMNS)
    assert [r["key"] for r in table] == [r["key"] for r in shown]
    as_jsonl = client.get("/api/events", params={**params, "format": "jsonl"})
    lines = [json.loads(line) for line in as_jsonl.text.splitlines()]
    assert lines == shown


def test_statements_and_quantities(client, ids):
    statements = client.get("/api/statements", params={"document": ids["01"]}).json()
    assert len(statements["statements"]) == 11
    claimed = client.get("/api/statements", params={"type": "claimed"}).json()["statements"]
    assert claimed and all(s["value"]["factuality"] == "claimed" for s in claimed)
    quantities = client.get("/api/quantities", params={"type": "troops"}).json()["quantities"]
    assert quantities and all(q["value"]["unit"] == "troops" for q in quantities)


def test_cluster(client):
    data = client.get("/api/clusters/c-test-deaths").json()
    assert len(data["events"]) == 2
    assert data["outlets"] == ["Kurdistan 24", "Voice of America"]
    assert data["corroboration"] == "disputed"
    assert client.get("/api/clusters/c-missing").status_code == 404


def test_stories_and_compare(client):
    stories = {s["story"]: s for s in client.get("/api/stories").json()["stories"]}
    assert "story-A" in stories and len(stories["story-A"]["documents"]) == 2
    data = client.get("/api/stories/story-A/compare").json()
    outlets = {o["outlet"]: o for o in data["outlets"]}
    assert set(outlets) == {"Voice of America", "Kurdistan 24"}
    voa = outlets["Voice of America"]
    assert voa["statements"] == 11
    assert abs(sum(voa["factuality"].values()) - 1.0) < 0.01
    assert any(v["speaker"].startswith("Safa Msehli") for v in voa["voices"])
    assert any(n["text"] == "four people" for n in voa["numbers"])
    assert client.get("/api/stories/story-none/compare").status_code == 404


def test_escalation_pair(client):
    data = client.get("/api/escalation", params={"pair": "UKR,RUS"}).json()
    (entry,) = data["pairs"]
    assert sorted(entry["pair"]) == ["RUS", "UKR"]
    assert entry["series"] and all(p["net"] <= 0 or p["cooperation"] > 0 for p in entry["series"])
    bad = client.get("/api/escalation", params={"pair": "RUS"})
    assert bad.status_code == 400 and "two actor entities" in bad.json()["error"]


def test_disputes(client):
    disputes = client.get("/api/disputes").json()["disputes"]
    assert disputes and {d["kind"] for d in disputes} <= {"event", "quantity"}
    dates = [d["date"] or "" for d in disputes]
    assert dates == sorted(dates, reverse=True)


def test_search(client):
    data = client.get("/api/search", params={"q": "hypothermia"}).json()
    assert [h["document"]["file"] for h in data["hits"]] == ["01_voa-migrant-deaths-border.txt"]
    assert "hypothermia" in data["hits"][0]["snippet"]
    assert client.get("/api/search").status_code == 400


def test_network(client):
    data = client.get("/api/network").json()
    nodes = {n["id"] for n in data["nodes"]}
    assert {"POL", "BLR", "RUS", "UKR"} <= nodes
    assert all(e["source"] in nodes and e["target"] in nodes for e in data["edges"])
    assert all(e["weight"] == e["conflict"] + e["cooperation"] + e["other"] for e in data["edges"])
    sectors = client.get("/api/network", params={"level": "actor"}).json()
    assert any("-" in n["id"] for n in sectors["nodes"])


def test_map_points_and_date_filter(client):
    points = client.get("/api/map").json()["points"]
    assert points and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in points)
    later = client.get("/api/map", params={"since": "2025-01-01"}).json()["points"]
    assert 0 < len(later) < len(points)
    assert all((p["date"] or "") >= "2025-01-01" for p in later)


def test_review_list(client, ids):
    items = client.get("/api/review", params={"document": ids["02"]}).json()["items"]
    assert len(items) == 6 + 6 + 4  # statements, events, quantities of the gold file
    reviewed = client.get("/api/review", params={"state": "reviewed"}).json()["items"]
    assert reviewed == []


def test_gold_exports(client, ids):
    one = client.get(f"/api/review/gold/{ids['01']}.json")
    assert one.status_code == 200
    assert 'filename="01_voa-migrant-deaths-border.json"' in one.headers["content-disposition"]
    assert one.json()["document"]["file"] == "01_voa-migrant-deaths-border.txt"
    archive = zipfile.ZipFile(io.BytesIO(client.get("/api/review/gold.zip?all=true").content))
    assert len(archive.namelist()) == 13
    empty = zipfile.ZipFile(io.BytesIO(client.get("/api/review/gold.zip").content))
    assert empty.namelist() == []  # nothing reviewed yet


def test_without_link_stage_the_simple_views_serve(store):
    with TestClient(create_app(store, use_link=False)) as plain:
        overview = plain.get("/api/overview").json()
        assert overview["escalation"] and "cooperation" in overview["escalation"][0]["series"][0]
        disputes = plain.get("/api/disputes").json()["disputes"]
        assert any(d["cluster"] == "c-test-deaths" for d in disputes)
        compare = plain.get("/api/stories/story-A/compare").json()
        assert len(compare["outlets"]) == 2


def test_csv_cells_never_start_a_formula():
    from flashpoint.serve.routes.api import events_csv

    view = {
        "key": "d:e1",
        "reviewed": None,
        "document": {"id": "d", "outlet": '=HYPERLINK("http://x")'},
        "value": {"id": "e1", "evidence": "+1 troops", "location": {"lat": -3.5}},
    }
    row = next(csv.DictReader(io.StringIO(events_csv([view]))))
    assert row["outlet"] == '\'=HYPERLINK("http://x")'
    assert row["evidence"] == "'+1 troops" and row["lat"] == "-3.5"
