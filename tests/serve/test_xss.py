"""Hostile report text is shown as text in every view, hover titles and popups included."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from flashpoint.serve.highlight import css_token, highlight
from flashpoint.serve.svg import event_map, network_graph

from .conftest import IMG, JS_URL, RAW_MARKERS, SCRIPT
from .htmlcheck import dangers, tags_of


def hostile_pages(ids):
    doc = ids["zz"]
    return [
        "/",
        "/reports",
        "/reports?q=Officials",
        "/reports?outlet=Evil",
        f"/reports/{doc}",
        "/events",
        "/events?outlet=Evil",
        f"/events/{doc}/e1",
        "/clusters/" + quote(f"c-{SCRIPT}", safe=""),
        "/stories",
        "/stories/s-hostile",
        "/map",
        "/network?level=actor",
        "/review",
        f"/review?document={doc}",
    ]


def check_page(html: str, url: str) -> None:
    for marker in RAW_MARKERS:
        assert marker not in html, (url, marker)
    assert dangers(html) == [], url


def test_every_page_shows_the_hostile_report_as_text(client, ids):
    seen_escaped = 0
    for url in hostile_pages(ids):
        response = client.get(url)
        assert response.status_code == 200, url
        check_page(response.text, url)
        seen_escaped += "&lt;script&gt;" in response.text or "&lt;img src=x" in response.text
    assert seen_escaped >= len(hostile_pages(ids)) - 2  # network/map-only pages may lack text


def test_report_text_and_hover_titles_are_text(client, ids):
    html = client.get(f"/reports/{ids['zz']}").text
    assert "Officials " in html and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    spans = [attrs for tag, attrs in tags_of(html) if tag == "span" and "data-items" in attrs]
    assert spans, "no highlighted spans"
    titles = "\n".join(a["title"] or "" for a in spans)
    assert "statement by Mr " + IMG in titles  # decoded by the parser: it was attribute text
    assert all(set((a["class"] or "").split()) <= ALLOWED_CLASSES for a in spans)
    # the javascript: URL is printed, never linked
    assert JS_URL in html
    assert not any(a.get("href", "").startswith("javascript") for _, a in tags_of(html))


ALLOWED_CLASSES = {
    "hl", "st", "ev", "qty", "cue", "rejected", "f-asserted", "f-claimed", "f-denied",
    "f-hedged", "f-other", "t-other", "t-MOBILIZE", "t-ASSAULT", "t-COERCE", "t-ACCUSE",
}  # fmt: skip


def test_map_popups_carry_text_only(client):
    html = client.get("/map").text
    dots = [a for tag, a in tags_of(html) if tag == "circle" and a.get("data-key")]
    hostile = [a for a in dots if (a.get("data-place") or "").startswith("Place")]
    assert hostile and hostile[0]["data-place"] == f"Place {IMG}"
    assert hostile[0]["data-outlet"] == f"Evil Outlet {IMG}"


@pytest.mark.parametrize(
    "text",
    [SCRIPT, IMG, "a & b < c > d \" e ' f", "</span><b>x</b>", "\u202eevil\u202c"],
    ids=["script", "img", "specials", "close-span", "bidi"],
)
def test_highlight_escapes_every_piece(text):
    full = f"before {text} after"
    item = {
        "kind": "quantity",
        "value": {"id": f'q1"{text}', "span": [7, 7 + len(text)], "unit": text},
        "reviewed": None,
    }
    html = str(highlight(full, [item]))
    assert dangers(html) == []
    assert [tag for tag, _ in tags_of(html)] == ["span"]


def test_highlight_overlaps_and_bad_spans():
    text = "Russia said 5,000 troops moved."
    items = [
        {"kind": "statement", "value": {"id": "s1", "content_span": [0, 31], "factuality": "x"}},
        {"kind": "quantity", "value": {"id": "q1", "span": [12, 24], "unit": "troops"}},
        {"kind": "event", "value": {"id": "e1", "type": "<b>", "evidence_span": [99, 120]}},
        {"kind": "event", "value": {"id": "e2", "type": "MOBILIZE", "trigger_span": [25, 30]}},
        {"kind": "quantity", "value": {"id": "q2", "span": "nonsense"}},
    ]
    html = str(highlight(text, items))
    spans = [a for tag, a in tags_of(html) if tag == "span"]
    assert [a["data-items"] for a in spans] == [
        "statement-s1",
        "statement-s1 quantity-q1",
        "statement-s1",
        "statement-s1 event-e2",
        "statement-s1",
    ]
    assert "f-other" in (
        spans[0]["class"] or ""
    )  # an unknown factuality never becomes a class name
    plain = "".join(part for part in html.split("<") if part)  # text survives whole
    assert "5,000 troops" in html and "moved" in plain


def test_css_token_only_passes_known_values():
    assert css_token("ASSAULT", ("ASSAULT",)) == "ASSAULT"
    assert css_token("x{color:red}", ("ASSAULT",)) == "other"
    assert css_token(None, ("ASSAULT",)) == "other"


def test_svg_builders_escape():
    point = {
        "key": f"d:{SCRIPT}",
        "lat": 52.0,
        "lon": 21.0,
        "type": "<b>",
        "place": IMG,
        "date": None,
        "outlet": SCRIPT,
        "source": IMG,
        "target": None,
        "status": "x",
        "evidence": SCRIPT,
    }
    html = str(event_map([point]))
    assert dangers(html) == [] and "<script>" not in html and "<img" not in html
    network = {
        "nodes": [{"id": SCRIPT, "events": 1}, {"id": IMG, "events": 1}],
        "edges": [
            {
                "source": SCRIPT,
                "target": IMG,
                "weight": 1,
                "conflict": 1,
                "cooperation": 0,
                "kind": 'x" onload="alert(1)',
            }
        ],
    }
    html = str(network_graph(network))
    assert dangers(html) == [] and "<script>" not in html and "<img" not in html
