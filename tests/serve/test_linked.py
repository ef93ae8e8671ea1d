"""With the link stage run over the store, the pages use its stories, clusters and disputes."""

from __future__ import annotations

import pytest

import flashpoint.link as link
from flashpoint.serve import linkage


@pytest.fixture
def linked_client(client, store):
    if not linkage.available():
        pytest.skip("the link stage has no read-side functions yet")
    link.link_store(store)
    return client


def test_story_comparison_comes_from_the_link_stage(linked_client):
    stories = linked_client.get("/api/stories").json()["stories"]
    assert stories and all(s["story"].startswith("s-") for s in stories)
    biggest = max(stories, key=lambda s: len(s["documents"]))
    data = linked_client.get(f"/api/stories/{biggest['story']}/compare").json()
    assert data["source"] == "link"
    assert len(data["outlets"]) == len(biggest["outlets"])
    assert all(
        abs(sum(o["factuality"].values()) - 1) < 0.01 for o in data["outlets"] if o["statements"]
    )
    page = linked_client.get(f"/stories/{biggest['story']}")
    assert page.status_code == 200 and "Events of this story" in page.text


def test_disputes_link_to_stored_clusters(linked_client):
    disputes = linked_client.get("/api/disputes").json()["disputes"]
    clustered = [d for d in disputes if d["cluster"]]
    assert clustered
    cluster = linked_client.get(f"/api/clusters/{clustered[0]['cluster']}").json()
    assert len(cluster["events"]) >= 2
    assert cluster["corroboration"] == "disputed"


def test_overview_escalation_from_the_index(linked_client):
    entries = linked_client.get("/api/overview").json()["escalation"]
    assert entries and all(e["period"] in ("day", "week", "month") for e in entries)
    assert all(len(e["series"]) <= linkage.MAX_POINTS for e in entries)
    html = linked_client.get("/").text
    assert html.count('class="chart"') == len(entries)
