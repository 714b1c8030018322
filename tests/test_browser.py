"""The real server in a real browser: Playwright driving Debian's chromium, headless.

A uvicorn server runs in a thread on a free loopback port over a store seeded with the
hand-made records (including the hostile article). Screenshots go to test-artifacts/.
Any request to another origin fails the test: the pages must work fully offline.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from test_web_support import WEB_DATA, build_record, load_records, seed

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from eventwire.api import ServerSettings, create_app
    from eventwire.store import open_store

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'web.db'}"
    records = load_records()
    import json

    for spec in json.loads((WEB_DATA / "workbench.json").read_text(encoding="utf-8")):
        records[spec["key"]] = build_record(spec)  # competing claims, a spokesman and his ministry
    store = open_store(url)
    seed(store, records)
    store.close()
    port = _free_port()
    config = uvicorn.Config(create_app(url, ServerSettings()), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}", records
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    base, _ = server
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.foreign_requests = []
    pg.dialogs = []
    pg.console_errors = []

    def route(r):
        if r.request.url.startswith(base + "/") or r.request.url.startswith("data:"):
            r.continue_()
        else:
            pg.foreign_requests.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
    yield pg
    ctx.close()
    assert pg.foreign_requests == [], "the page tried to reach another origin"


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_dashboard(page, server):
    base, records = server
    page.goto(base + "/")
    assert page.locator("h1").first.inner_text() == "Corpus"
    assert page.locator("svg.timeline rect").count() > 0
    assert page.locator("text=Rapid Support Forces").count() > 0
    shot(page, "dashboard")
    assert page.console_errors == []


def test_filter_events_and_follow_to_sentence(page, server):
    base, records = server
    page.goto(base + "/events")
    total = page.locator("tr.event-row").count()
    page.select_option("select[name=type]", "ASSAULT")
    page.click("button[type=submit]")
    page.wait_for_url("**/events?*type=ASSAULT*")
    rows = page.locator("tr.event-row")
    assert 0 < rows.count() < total
    assert set(page.locator("tr.event-row .type").all_inner_texts()) == {"ASSAULT"}
    shot(page, "events-assault")
    page.locator("tr.event-row a.evidence", has_text="attacked").first.click()
    page.wait_for_url("**/articles/*#s*")
    target = page.locator(".sent:target")
    assert target.count() == 1 and "attacked" in target.inner_text()


def test_article_quote_with_speaker(page, server):
    base, records = server
    rec = records["sudan"]
    page.goto(f"{base}/articles/{rec.article.id}")
    quote = page.locator("mark.quote[data-quote=Q1]")
    assert quote.count() == 1
    assert quote.locator(".speaker").inner_text() == "Nabil Abdallah"
    assert "The army did not bomb the market" in quote.inner_text()
    color = quote.evaluate("el => getComputedStyle(el).backgroundColor")
    assert color not in ("rgba(0, 0, 0, 0)", "transparent")  # highlighted by the stylesheet
    shot(page, "article-sudan")


def test_hostile_article_runs_nothing(page, server):
    base, records = server
    rec = records["hostile"]
    for path in (f"/articles/{rec.article.id}", f"/events?article_id={rec.article.id}", "/articles", "/",
                 "/actors/Interior Ministry", "/map", "/quotes", "/quotes?speaker=Hassan", "/figures"):
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        page.mouse.move(300, 300)
        page.locator("body").hover()
        for el in page.locator("#article-body b, #article-body .quote").all()[:5]:
            el.hover()
        assert page.evaluate("() => window.__pwned") is None, path
        assert page.dialogs == [], path
    page.goto(f"{base}/articles/{rec.article.id}")
    assert "<script>window.__pwned=1" in page.locator("#article-body").inner_text()  # shown as text
    shot(page, "article-hostile")


def test_analyze_page(page, server):
    base, _ = server
    page.goto(base + "/analyze")
    text = ('Sudan\'s army accused the Rapid Support Forces of shelling a hospital in El Fasher on Sunday. '
            '"We will not negotiate while they attack civilians," army spokesman Nabil Abdallah told reporters. '
            '<script>window.__pwned=99</script>')
    page.fill("textarea[name=text]", text)
    page.fill("input[name=published]", "2024-06-09")
    page.click("#analyze-submit")
    page.wait_for_selector("#result")
    body = page.locator("#article-body")
    assert "El Fasher" in body.inner_text()
    assert page.locator("mark.quote").count() >= 1
    assert page.evaluate("() => window.__pwned") is None and page.dialogs == []
    shot(page, "analyze")


def test_map_draws_places(page, server):
    base, _ = server
    page.goto(base + "/map")
    page.wait_for_selector("#map[data-ready]", timeout=15000)
    assert int(page.get_attribute("#map", "data-ready")) >= 4
    assert page.locator("path.place-marker").count() >= 4
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # country outlines
    shot(page, "map")
    assert page.console_errors == []


def test_swagger_ui_offline(page, server):
    base, _ = server
    page.goto(base + "/docs")
    page.wait_for_selector(".opblock-summary-path[data-path='/api/events']", timeout=15000)
    shot(page, "docs")
    assert not [e for e in page.console_errors if "Content Security Policy" in e]


def _download(page, selector: str) -> str:
    with page.expect_download() as info:
        page.click(selector)
    return Path(info.value.path()).read_text(encoding="utf-8")


def test_quotes_page_filter_follow_and_export(page, server):
    base, records = server
    page.goto(base + "/quotes")
    everyone = page.locator("tr.quote-row").count()
    page.fill("input[name=affiliation]", "Health Ministry")
    page.click("button[type=submit]")
    page.wait_for_url("**/quotes?*affiliation=Health+Ministry*")
    rows = page.locator("tr.quote-row")
    assert rows.count() == 2 < everyone
    assert page.locator("tr.quote-row.via-member").count() == 1
    assert page.locator(".facet[data-facet=speaker] li").count() == 2
    shot(page, "quotes")
    exported = _download(page, "#quotes-csv")
    assert "Ashraf al-Qudra" in exported and "member" in exported and "Nabil Abdallah" not in exported
    page.locator("tr.quote-row.via-member a.evidence").click()
    page.wait_for_url("**/articles/*#quote-Q1")
    assert page.locator("mark.quote:target").count() == 1
    assert page.console_errors == []


def test_figures_page_competing_claims_and_export(page, server):
    base, _ = server
    page.goto(base + "/figures")
    page.fill("input[name=subject]", "people in Gaza")
    page.click("button[type=submit]")
    page.wait_for_url("**/figures?*subject=people*")
    assert page.locator("tr.figure-row").count() == 3
    chart = page.locator("svg.claims").first
    assert chart.locator("circle").count() == 3
    assert "Associated Press" in chart.inner_html()
    shot(page, "figures")
    exported = _download(page, "#figures-csv")
    assert exported.count("people in Gaza") == 3 and "Associated Press" in exported


def test_organisation_page_switches_members_off(page, server):
    base, _ = server
    page.goto(base + "/actors/Gaza Health Ministry")
    assert page.locator("li.via-member").count() == 1 and page.locator("tr.via-member").count() == 1
    shot(page, "actor-rollup")
    page.click("#own-only")
    page.wait_for_url("**own=true*")
    assert page.locator(".via-member").count() == 0
    page.click("#show-members")
    assert page.locator("li.via-member").count() == 1


def test_events_timeline_on_a_time_axis(page, server):
    base, _ = server
    page.goto(base + "/events")
    svg = page.locator("#timeline svg.timeline")
    assert svg.get_attribute("data-bin") in ("week", "month")  # the corpus spans months
    page.select_option("select[name=type]", "ASSAULT")
    page.click("button[type=submit]")
    page.wait_for_url("**type=ASSAULT*")
    titles = page.locator("#timeline svg.timeline rect title").all_text_contents()
    assert titles and all("ASSAULT" in t for t in titles)


def test_map_marks_precision_and_lists_a_markers_events(page, server):
    base, _ = server
    page.goto(base + "/map")
    page.wait_for_selector("#map[data-ready]", timeout=15000)
    assert page.locator("path.place-area").count() >= 1 and page.locator("path.place-point").count() >= 1
    page.locator("path.place-point").first.click(force=True)
    page.wait_for_selector("#map-events[data-ready]", timeout=10000)
    assert int(page.get_attribute("#map-events", "data-ready")) >= 1
    assert page.locator("#map-events a[href^='/articles/']").count() >= 1
    shot(page, "map-precision")
    assert page.console_errors == []


@pytest.mark.parametrize("path", ["/events", "/quotes", "/figures", "/articles", "/actors/Russia"])
def test_pages_fit_a_phone(browser, server, path):
    base, _ = server
    ctx = browser.new_context(viewport={"width": 375, "height": 800})
    pg = ctx.new_page()
    try:
        pg.goto(base + path)
        width = pg.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 375, f"{path} is {width} px wide at 375 px"
    finally:
        ctx.close()
