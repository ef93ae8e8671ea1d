"""Headless Chromium clicks through the workbench served by uvicorn on a loopback port.

Screenshots go to test-artifacts/ (gitignored). Skipped when /usr/bin/chromium or
Playwright is missing.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flashpoint.serve import create_app
from flashpoint.store import open_store

from .conftest import TOKEN, fill

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Serve a freshly filled store with uvicorn on 127.0.0.1, in a thread."""
    import uvicorn

    path = tmp_path_factory.mktemp("browser") / "browser.db"
    store = open_store(f"sqlite:///{path}")
    fill(store)
    port = free_port()
    config = uvicorn.Config(
        create_app(store, token=TOKEN), host="127.0.0.1", port=port, log_level="warning"
    )
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=server)
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []

    def on_dialog(dialog: Any) -> None:
        problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on(
        "console",
        lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None,
    )
    page.problems = problems
    yield page
    context.close()
    assert problems == []  # no script ran from report text, no CSP violation, no JS error


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"serve-{name}.png"), full_page=True)


def test_click_through_report_event_cluster_story(page):
    page.goto("/")
    assert page.locator("svg.chart").count() >= 1
    shot(page, "overview")
    page.click("nav >> text=Reports")
    page.click("text=01_voa-migrant-deaths-border.txt")
    assert page.locator("#report-text .hl").count() > 10
    page.locator("#report-text .hl.qty").first.click()
    assert page.locator(".card.focus").count() >= 1
    shot(page, "report")
    page.locator("#item-event-e1 >> text=event page").click()
    page.wait_for_url("**/events/**")
    assert page.locator(".side-by-side .column").count() == 2
    assert page.locator(".badge.corr-disputed").count() == 1
    shot(page, "cluster")
    page.locator(".column h2 a").first.click()
    page.locator("a[href^='/stories/']").first.click()
    page.wait_for_url("**/stories/**")
    assert page.locator(".side-by-side .column").count() >= 2
    shot(page, "story")


def test_events_filter_and_download_links(page):
    page.goto("/events")
    total = page.locator("#events-table tbody tr").count()
    page.select_option("select[name=type]", "MOBILIZE")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**type=MOBILIZE**")
    badges = page.locator("#events-table tbody .badge").all_inner_texts()
    assert badges and set(badges) == {"MOBILIZE"} and len(badges) < total
    assert "type=MOBILIZE" in page.get_attribute("#dl-csv", "href")
    shot(page, "events-filtered")


def test_map_popup_and_network(page):
    page.goto("/map")
    dot = page.locator("circle.pt[data-place^='Place']")
    dot.click()
    popup = page.locator("#map-popup")
    assert popup.is_visible()
    assert "<img src=x onerror=alert(1)>" in popup.locator("[data-field=place]").inner_text()
    assert page.locator("img").count() == 0
    shot(page, "map")
    page.goto("/network")
    assert page.locator("svg.network .edge").count() > 5
    shot(page, "network")


def test_hostile_report_renders_as_text(page):
    page.goto("/reports?q=Officials")
    page.click("text=Hostile")
    text = page.locator("#report-text").inner_text()
    assert "<script>alert('x')</script>" in text
    assert page.locator("#report-text script, #report-text img, #report-text style").count() == 0
    shot(page, "hostile")


def test_correction_persists_after_reload(page):
    page.goto("/review")
    page.select_option("select[name=document]", label="02_kurdistan24-belarus-account-deaths.txt")
    page.click("form.filters button[type=submit]")
    page.fill("#token-store", TOKEN)
    form = page.locator("#item-event-e5")
    form.locator("select[name='f.type']").select_option("SUPPORT")
    form.locator("button[value=correct]").click()
    page.wait_for_url("**#item-event-e5")
    page.reload()
    card = page.locator("#item-event-e5")
    assert "correct" in card.locator(".review").inner_text()
    assert "MOBILIZE" in card.locator(".machine s").inner_text()
    shot(page, "review")
    page.goto("/events?type=SUPPORT&outlet=Kurdistan")
    assert page.locator("#events-table tbody tr").count() == 1
