"""Security: headers on every response, no inline script, tokens and cross-site refusal."""

from __future__ import annotations

import re

import pytest

from flashpoint.serve.app import CSP, TOKEN_HEADER

from .conftest import TOKEN
from .htmlcheck import dangers, tags_of

PAGES = [
    "/",
    "/reports",
    "/reports?q=troops",
    "/reports/{d01}",
    "/events",
    "/events/{d02}/e1",
    "/clusters/c-test-deaths",
    "/stories",
    "/stories/story-A",
    "/map",
    "/map?extent=all",
    "/network",
    "/network?level=actor",
    "/review",
    "/review?document={d01}",
    "/docs",
]


def urls(ids):
    return [page.format(**{"d" + k: v for k, v in ids.items()}) for page in PAGES]


def review(document, item="e1", action="confirm", **changes):
    return {"document": document, "item": item, "action": action, "changes": changes}


def test_every_page_renders(client, ids):
    for url in urls(ids):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html"), url


@pytest.mark.parametrize(
    "url",
    ["/", "/api/overview", "/static/app.css", "/openapi.json", "/docs", "/nope", "/api/nope"],
)
def test_security_headers_everywhere(client, url):
    headers = client.get(url).headers
    assert headers["content-security-policy"] == CSP
    assert "default-src 'self'" in CSP and "frame-ancestors 'none'" in CSP
    assert "unsafe-inline" not in CSP and "unsafe-eval" not in CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"  # no-referrer makes Origin null


def test_no_inline_script_style_or_handlers(client, ids):
    for url in urls(ids):
        html = client.get(url).text
        scripts = [attrs for tag, attrs in tags_of(html) if tag == "script"]
        assert scripts == [{"src": "/static/app.js", "defer": None}], url
        assert dangers(html) == [], url


def test_no_external_assets(client, ids):
    for url in urls(ids):
        html = client.get(url).text
        assets = re.findall(r'<(?:script|link|img|iframe)\b[^>]*(?:src|href)="([^"]*)"', html)
        assert assets and all(a.startswith("/static/") for a in assets), (url, assets)
    css = client.get("/static/app.css").text
    assert "@import" not in css and "url(" not in css


def test_html_error_page_for_browsers(client):
    response = client.get("/reports/nothing-here", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert "no document &#39;nothing-here&#39; in the store" in response.text


def test_writes_refused_without_configured_token(readonly_client, ids):
    response = readonly_client.post(
        "/api/review", json=review(ids["01"]), headers={TOKEN_HEADER: "anything"}
    )
    assert response.status_code == 403
    assert "writes are disabled: no token configured" in response.json()["error"]
    page = readonly_client.get(f"/review?document={ids['01']}").text
    assert "Writes are disabled" in page and 'value="confirm"' not in page


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({TOKEN_HEADER: "wrong"}, 401),
        ({"authorization": "Bearer wrong"}, 401),
        ({TOKEN_HEADER: TOKEN, "origin": "http://evil.example"}, 403),
        ({TOKEN_HEADER: TOKEN, "origin": "null"}, 403),
        ({TOKEN_HEADER: TOKEN, "sec-fetch-site": "cross-site"}, 403),
        ({TOKEN_HEADER: TOKEN, "sec-fetch-site": "same-site"}, 403),
        (
            {TOKEN_HEADER: TOKEN, "origin": "http://testserver", "sec-fetch-site": "same-origin"},
            200,
        ),
        ({"authorization": f"Bearer {TOKEN}"}, 200),
    ],
    ids=[
        "none",
        "wrong",
        "wrong-bearer",
        "other-origin",
        "null-origin",
        "cross-site",
        "same-site",
        "same-origin",
        "bearer",
    ],
)
def test_write_token_and_origin(client, ids, headers, status):
    response = client.post("/api/review", json=review(ids["01"]), headers=headers)
    assert response.status_code == status, response.text
    reviewed = client.get("/api/review", params={"state": "reviewed"}).json()["items"]
    assert len(reviewed) == (1 if status == 200 else 0)


def test_form_write_checks_token_and_origin(client, ids):
    form = {"document": ids["01"], "item": "e1", "action": "reject"}
    bad = client.post("/review", data={**form, "token": "nope"}, follow_redirects=False)
    assert bad.status_code == 401
    cross = client.post(
        "/review",
        data={**form, "token": TOKEN},
        headers={"origin": "http://attacker.test"},
        follow_redirects=False,
    )
    assert cross.status_code == 403
    assert client.get("/api/review", params={"state": "reviewed"}).json()["items"] == []


def test_get_never_writes(client, ids):
    assert client.get("/review", params={"document": ids["01"], "action": "reject"}).is_success
    assert client.get("/api/review", params={"state": "reviewed"}).json()["items"] == []
