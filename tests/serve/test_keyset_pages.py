"""Keyset pages in the JSON API and the events page: `next` cursors walk the whole table."""

from __future__ import annotations

import re
from html import unescape

import pytest


def _walk(client, path: str, key: str, params: dict[str, str]) -> list[str]:
    seen: list[str] = []
    after = None
    for _ in range(500):
        query = {**params, **({"after": after} if after else {})}
        answer = client.get(path, params=query)
        assert answer.status_code == 200, answer.text
        data = answer.json()
        seen += [str(item["key"]) for item in data[key]]
        after = data["next"]
        if after is None:
            return seen
    raise AssertionError("pages never ended")


@pytest.mark.parametrize("params", [{}, {"actor": "POL"}, {"since": "2021-09-01"}])
def test_event_cursors_walk_the_whole_table(client, params):
    everything = [r["key"] for r in client.get("/api/events", params=params).json()["rows"]]
    assert len(everything) > 7
    assert _walk(client, "/api/events", "events", {**params, "limit": "7"}) == everything


@pytest.mark.parametrize("path", ["/api/statements", "/api/quantities"])
def test_statement_and_quantity_cursors_walk_the_whole_table(client, path):
    key = path.rsplit("/", 1)[1]
    everything = [str(v["key"]) for v in client.get(path).json()[key]]
    assert len(everything) > 5
    assert _walk(client, path, key, {"limit": "5"}) == everything


def test_the_last_page_has_no_next_cursor(client):
    assert client.get("/api/events", params={"limit": "2000"}).json()["next"] is None


@pytest.mark.parametrize("path", ["/api/events", "/api/statements", "/events"])
def test_a_bad_cursor_is_a_bad_request(client, path):
    answer = client.get(path, params={"after": "not-a-cursor"})
    assert answer.status_code == 400
    assert "not a page cursor" in answer.text


def test_a_cursor_of_another_table_is_refused(client):
    cursor = client.get("/api/statements", params={"limit": "1"}).json()["next"]
    answer = client.get("/api/events", params={"after": cursor})
    assert answer.status_code == 400


def test_the_events_page_links_the_next_page(client):
    first = client.get("/events", params={"limit": "5"})
    assert first.status_code == 200
    found = re.search(r'<a href="/events\?([^"]*)" id="next-page"', first.text)
    assert found, "no next-page link"
    query = unescape(found.group(1))
    assert "after=" in query and "offset=" not in query
    second = client.get(f"/events?{query}")
    api = client.get("/api/events", params={"limit": "10"}).json()["events"]
    shown = re.findall(r'<a href="/events/([^"/]+)/([^"]+)">', second.text)
    expected = [(v["document"]["id"], v["value"]["id"]) for v in api[5:10]]
    assert shown == expected


def test_openapi_documents_the_cursor(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/statements", "/api/quantities"):
        names = {p["name"] for p in schema["paths"][path]["get"]["parameters"]}
        assert "after" in names, path
        assert "next" in schema["paths"][path]["get"]["description"]
