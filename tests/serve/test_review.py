"""Review: corrections are validated, stored by the store, shown everywhere, exported as gold."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from flashpoint.serve import create_app
from flashpoint.serve.app import TOKEN_HEADER

from .conftest import TOKEN, TestClient

AUTH = {TOKEN_HEADER: TOKEN}


def post(client, document, item, action, by="tester", **changes):
    body = {"document": document, "item": item, "action": action, "changes": changes, "by": by}
    return client.post("/api/review", json=body, headers=AUTH)


def item_of(client, document, item_id, kind="event"):
    items = client.get(f"/api/documents/{document}").json()["items"]
    return next(i for i in items if i["kind"] == kind and i["machine"]["id"] == item_id)


def test_correction_persists_and_keeps_the_machine_version(client, store, ids):
    doc = ids["02"]
    machine = item_of(client, doc, "e5")["machine"]
    response = post(client, doc, "e5", "correct", type="SUPPORT", target="ukr")
    assert response.status_code == 200
    assert response.json()["saved"]["changes"] == {"type": "SUPPORT", "target": "UKR"}
    # a new app over the same store (a restart) still shows it
    with TestClient(create_app(store, token=TOKEN)) as again:
        item = item_of(again, doc, "e5")
    assert item["machine"] == machine
    assert item["value"]["type"] == "SUPPORT" and item["value"]["target"] == "UKR"
    assert item["reviewed"] == "correct" and item["changed"] == ["target", "type"]
    assert item["correction"]["by"] == "tester"


def test_correction_shows_in_table_filters_report_and_cluster(client, ids):
    doc = ids["02"]
    post(client, doc, "e1", "correct", type="ASSAULT")
    rows = client.get("/api/events", params={"type": "ASSAULT", "document": doc}).json()["rows"]
    assert [r["event"] for r in rows] == ["e1"] and rows[0]["reviewed"] == "correct"
    old = client.get("/api/events", params={"type": "COERCE", "document": doc}).json()["rows"]
    assert "e1" not in [r["event"] for r in old]
    table = client.get("/events", params={"document": doc}).text
    assert "<s>COERCE</s> → ASSAULT" in table
    report = client.get(f"/reports/{doc}").text
    assert "[analyst: correct]" in report  # in the hover title of the highlight
    cluster = client.get("/clusters/c-test-deaths").text
    assert "<s>COERCE</s> → ASSAULT" in cluster


def test_reject_drops_the_item_from_aggregates_and_gold(client, ids):
    doc = ids["20"]
    points = client.get("/api/map").json()["points"]
    hit = next(p for p in points if p["key"].startswith(doc))
    item = hit["key"].split(":", 1)[1]
    assert post(client, doc, item, "reject").status_code == 200
    keys = {p["key"] for p in client.get("/api/map").json()["points"]}
    assert hit["key"] not in keys
    gold = client.get(f"/api/review/gold/{doc}.json").json()
    assert item not in [e["id"] for e in gold["events"]]
    assert client.get("/api/review", params={"state": "reviewed"}).json()["items"][0]["rejected"]


def test_quantity_and_statement_corrections(client, ids):
    doc = ids["01"]
    assert post(client, doc, "q1", "correct", low="3", high=5).status_code == 200
    quantity = item_of(client, doc, "q1", "quantity")["value"]
    assert (quantity["low"], quantity["high"]) == (3, 5)
    response = post(client, doc, "s2", "correct", **{"speaker.actor": "pol-cop"})
    assert response.status_code == 200
    statement = item_of(client, doc, "s2", "statement")["value"]
    assert statement["speaker"]["actor"] == "POL-COP"
    assert statement["content"] == "they found within a meter of the border"


def test_gold_zip_holds_reviewed_reports_in_record_format(client, ids):
    post(client, ids["02"], "e5", "correct", status="planned")
    post(client, ids["01"], "e1", "confirm")
    archive = zipfile.ZipFile(io.BytesIO(client.get("/api/review/gold.zip").content))
    names = sorted(archive.namelist())
    assert names == [
        "01_voa-migrant-deaths-border.json",
        "02_kurdistan24-belarus-account-deaths.json",
    ]
    data = json.loads(archive.read(names[1]))
    assert set(data) >= {"document", "statements", "events", "quantities"}
    event = next(e for e in data["events"] if e["id"] == "e5")
    assert event["status"] == "planned"


@pytest.mark.parametrize(
    ("item", "action", "changes", "status", "message"),
    [
        ("e1", "correct", {"type": "INVADE"}, 400, "type must be one of"),
        ("e1", "correct", {"evidence": "x"}, 400, "cannot be corrected"),
        ("e1", "correct", {"source": "not an actor"}, 400, "actor code"),
        ("q1", "correct", {"low": "many"}, 400, "whole number"),
        ("e1", "correct", {}, 400, "at least one field"),
        ("e1", "delete", {}, 400, "action"),
        ("e999", "confirm", {}, 404, "no item 'e999'"),
    ],
    ids=["bad-type", "not-editable", "bad-actor", "bad-number", "no-change", "bad-action", "none"],
)
def test_bad_reviews_are_refused(client, ids, item, action, changes, status, message):
    body = {"document": ids["01"], "item": item, "action": action, "changes": changes}
    response = client.post("/api/review", json=body, headers=AUTH)
    assert response.status_code == status
    assert message in response.json()["error"]
    assert client.get("/api/review", params={"state": "reviewed"}).json()["items"] == []


def test_form_review_redirects_and_persists(client, ids):
    doc = ids["02"]
    form = {
        "document": doc,
        "item": "e5",
        "token": TOKEN,
        "action": "correct",
        "by": "form-user",
        "f.type": "MOBILIZE",
        "f.mode": "troops",
        "f.source": "POL-MIL",
        "f.target": "BLR-GOV",
        "f.status": "occurred",
    }
    response = client.post("/review", data=form, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/review?document={doc}#item-event-e5"
    item = item_of(client, doc, "e5")
    assert item["correction"]["changes"] == {"target": "BLR-GOV"}  # only what differs
    page = client.get(response.headers["location"]).text
    assert "<s>BLR</s> → BLR-GOV" in page
