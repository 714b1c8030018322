"""HTML pages, their JSON twins, the marked-up article body, SVG charts and escaping."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from test_web_support import TOKEN, client, make_client, records, store_url  # noqa: F401  (fixtures)

HTML = {"Accept": "text/html"}
PAYLOAD_MARKERS = ("<script>window.__pwned", "<img src=x onerror", "<svg onload", "<b onmouseover",
                   "<iframe", "<style>body", 'href="javascript:')


class TagCollector(HTMLParser):
    """Every start tag and attribute the browser would see; checks nesting."""

    VOID = {"meta", "link", "input", "img", "br", "hr", "line", "rect", "circle", "path"}

    def __init__(self):
        super().__init__()
        self.tags, self.stack, self.errors = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
            return
        self.stack.pop()


def parse(html: str) -> TagCollector:
    p = TagCollector()
    p.feed(html)
    return p


# --------------------------------------------------------------------------- markup
def test_render_spans_escapes_every_piece():
    from eventwire.web.markup import QUOTE, Span, render_spans

    text = '<script>alert(1)</script> "A & B" said <b>X</b>'
    html = str(render_spans(text, [Span(27, 34, QUOTE, "mark", {"class": "quote", "title": '"><script>'},
                                        label="<i>X</i>")]))
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'title="&#34;&gt;&lt;script&gt;"' in html
    assert parse(html).errors == []


def test_render_spans_crossing_spans_are_well_formed():
    from eventwire.web.markup import EVENT, QUOTE, SENTENCE, Span, render_spans

    text = "One two three. Four five six."
    spans = [Span(0, 14, SENTENCE, "span", {"class": "sent", "id": "s0"}),
             Span(15, 29, SENTENCE, "span", {"class": "sent", "id": "s1"}),
             Span(4, 20, QUOTE, "mark", {"class": "quote", "id": "q"}),     # crosses the sentence end
             Span(8, 25, EVENT, "span", {"class": "event", "id": "v"})]     # crosses the quote end
    html = str(render_spans(text, spans))
    p = parse(html)
    assert p.errors == [] and p.stack == []
    assert re.sub(r"<[^>]+>", "", html) == text  # the text is intact, in order
    ids = [a.get("id") for _, a in p.tags if a.get("id")]
    assert sorted(ids) == ["q", "s0", "s1", "v"]  # ids stay unique when a span is cut
    assert html.count('data-cont="1"') >= 2


def test_render_spans_clamps_bad_offsets():
    from eventwire.web.markup import MENTION, Span, render_spans

    text = "short"
    html = str(render_spans(text, [Span(-5, 3, MENTION, "span"), Span(4, 99, MENTION, "span"),
                                   Span(3, 3, MENTION, "span"), Span(10, 20, MENTION, "span")]))
    assert re.sub(r"<[^>]+>", "", html) == text
    assert html.count("<span") == 2
    assert str(render_spans("", [])) == ""


def test_article_html_marks_record(records):
    from eventwire.web.markup import article_html

    rec = records["sudan"]
    html = str(article_html(rec))
    p = parse(html)
    assert p.errors == []
    marks = [a for t, a in p.tags if t == "mark"]
    assert {m["data-quote"] for m in marks} == {"Q1", "Q2"}
    assert any(m.get("data-speaker") == "Nabil Abdallah" for m in marks)
    assert 'class="speaker">Nabil Abdallah</span>' in html
    assert {a["data-event"] for t, a in p.tags if "data-event" in a} == {"V1", "V2", "V3", "V4"}
    assert 'id="s1"' in html and 'id="figure-F1"' in html


def test_svg_charts_escape_labels():
    from eventwire.web.svg import network_svg, timeline_svg

    svg = str(network_svg("<script>x</script>", [{"other": "<img src=x onerror=alert(1)>", "count": 3,
                                                  "direction": "out"}]))
    assert "<script>" not in svg and "<img" not in svg and "&lt;img" in svg
    assert parse(svg).errors == []
    tl = str(timeline_svg([{"day": "2024-01-01", "type": "ASSAULT", "count": 3},
                           {"day": "2024-01-02", "type": "AID", "count": 1}]))
    assert tl.count("<rect") == 2 and "style=" not in tl
    assert "No dated events" in str(timeline_svg([]))


# --------------------------------------------------------------------------- pages
PAGES = ["/", "/events", "/events?type=ASSAULT&hypothetical=no", "/articles", "/actors", "/map", "/analyze"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render(client, path):
    resp = client.get(path, headers=HTML)
    assert resp.status_code == 200, resp.text[:300]
    assert resp.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in resp.headers["content-security-policy"]
    p = parse(resp.text)
    # Nothing from another origin: every script, stylesheet and image is local.
    for tag, attrs in p.tags:
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            assert not re.match(r"^(https?:)?//", value), (tag, value)
    assert not [a for t, a in p.tags if "style" in a], "inline style attributes are blocked by the CSP"
    assert not [t for t, a in p.tags if t == "script" and not a.get("src")], "no inline script"


@pytest.mark.parametrize("path", ["/index.json", "/events.json?type=ASSAULT", "/articles.json", "/actors.json", "/map.json"])
def test_json_twins(client, path):
    resp = client.get(path)
    assert resp.status_code == 200 and resp.headers["content-type"] == "application/json"
    assert isinstance(resp.json(), dict)


def test_accept_header_selects_json(client):
    assert client.get("/events", headers={"Accept": "application/json"}).json()["total"] > 0


def test_events_page_links_rows_to_sentences(client, records):
    rec = records["sudan"]
    html = client.get("/events", params={"actor": "Sudanese army", "type": "REQUEST"}, headers=HTML).text
    assert f'href="/articles/{rec.article.id}#s1"' in html
    assert "/api/events?actor=Sudanese+army&amp;type=REQUEST&amp;format=csv" in html
    data = client.get("/events.json", params={"actor": "Sudanese army", "type": "REQUEST"}).json()
    assert data["total"] == 1


def test_article_page(client, records):
    rec = records["ukraine"]
    resp = client.get(f"/articles/{rec.article.id}", headers=HTML)
    assert resp.status_code == 200
    p = parse(resp.text)
    assert p.errors == []
    quote = [a for t, a in p.tags if t == "mark"][0]
    assert quote["data-speaker"] == "Volodymyr Zelensky"
    twin = client.get(f"/articles/{rec.article.id}.json").json()
    assert twin["record"] == rec.to_dict() and twin["store"]["id"] == rec.article.id
    missing = client.get("/articles/" + "f" * 64, headers=HTML)
    assert missing.status_code == 404 and "article not found" in missing.text


def test_actor_page(client):
    resp = client.get("/actors/Russia", headers=HTML)
    assert resp.status_code == 200
    assert '<svg class="network"' in resp.text and "Volodymyr Zelensky" in resp.text
    data = client.get("/actors/Russia.json").json()
    assert data["actor"]["name"] == "Russia"
    assert data["events_as_actor"]["total"] == 2 and data["events_as_recipient"]["total"] == 1


def test_map_json_has_places(client):
    places = {p["name"]: p for p in client.get("/map.json").json()["places"]}
    assert places["El Fasher"]["events"] == 2 and places["Tbilisi"]["events"] == 2
    assert client.get("/static/vendor/world-atlas/countries-110m.json").json()["type"] == "Topology"


# --------------------------------------------------------------------------- hostile text
@pytest.mark.parametrize("page", ["article", "events", "actor", "articles", "dashboard", "map"])
def test_hostile_article_is_escaped_everywhere(client, records, page):
    rec = records["hostile"]
    path = {"article": f"/articles/{rec.article.id}", "events": "/events?article_id=" + rec.article.id,
            "actor": "/actors/Interior Ministry", "articles": "/articles", "dashboard": "/", "map": "/map"}[page]
    html = client.get(path, headers=HTML).text
    for marker in PAYLOAD_MARKERS:
        assert marker not in html, (page, marker)
    p = parse(html)
    assert p.errors == [] or page != "article"
    for tag, attrs in p.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert not (attrs.get("href") or "").lower().startswith("javascript:")
        assert tag not in ("iframe", "img", "style")
    scripts = [a.get("src") for t, a in p.tags if t == "script"]
    assert all(s and s.startswith("/static/") for s in scripts)


# --------------------------------------------------------------------------- analyze
SUDAN_TEXT = ('Sudan\'s army accused the Rapid Support Forces of shelling a hospital in El Fasher on Sunday. '
              '"We will not negotiate while they attack civilians," army spokesman Nabil Abdallah told Reuters.')


def test_api_analyze_returns_record_and_stores_nothing(client):
    before = client.get("/api/stats").json()["totals"]["articles"]
    resp = client.post("/api/analyze", json={"text": SUDAN_TEXT, "published": "2024-06-09", "title": "t"})
    assert resp.status_code == 200
    rec = resp.json()
    assert rec["schema"] == "eventwire/1" and rec["article"]["published"] == "2024-06-09"
    assert rec["article"]["text"] == SUDAN_TEXT and rec["sentences"]
    assert client.get("/api/stats").json()["totals"]["articles"] == before


@pytest.mark.parametrize("body", [{"text": ""}, {"text": "   \n "}, {}, {"text": "ok", "published": "not a date"},
                                  {"text": "a\x00b"}, {"text": 42}])
def test_api_analyze_refuses_bad_input(client, body):
    resp = client.post("/api/analyze", json=body)
    assert resp.status_code == 422
    assert set(resp.json()) == {"error", "detail"}


def _csrf(client) -> str:
    """The hidden CSRF field of the analyze form (its cookie stays in the client)."""
    html = client.get("/analyze", headers=HTML).text
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_analyze_page_form(client):
    token = _csrf(client)
    resp = client.post("/analyze", data={"text": SUDAN_TEXT, "published": "2024-06-09", "csrf_token": token},
                       headers=HTML)
    assert resp.status_code == 200
    assert 'id="result"' in resp.text and 'id="article-body"' in resp.text
    empty = client.post("/analyze", data={"text": "", "csrf_token": token}, headers=HTML)
    assert empty.status_code == 422 and 'role="alert"' in empty.text


def test_analyze_page_upload(client):
    html_doc = ("<html><head><title>Court ruling</title></head><body><article><h1>Court ruling</h1><p>"
                + SUDAN_TEXT + "</p><p>" + SUDAN_TEXT.replace("Sunday", "Monday") + "</p></article></body></html>")
    token = _csrf(client)
    resp = client.post("/analyze.json", files={"file": ("story.html", html_doc.encode(), "text/html")},
                       data={"csrf_token": token})
    assert resp.status_code == 200, resp.text[:300]
    assert "El Fasher" in resp.json()["article"]["text"]
    bad = client.post("/analyze.json", files={"file": ("blob.bin", b"\x00\x01\x02" * 100, "application/octet-stream")},
                      data={"csrf_token": token})
    assert bad.status_code == 422


def test_analyze_form_refuses_a_post_without_its_csrf_token(store_url):
    # A page on another site can make the browser post the form (the browser adds the
    # cookie) but cannot read the cookie, so the hidden field is missing or wrong.
    with make_client(store_url) as c:
        token = _csrf(c)
        for data in ({"text": SUDAN_TEXT}, {"text": SUDAN_TEXT, "csrf_token": token[:-1] + "x"},
                     {"text": SUDAN_TEXT, "csrf_token": ""}):
            resp = c.post("/analyze", data=data, headers=HTML)
            assert resp.status_code == 403 and "expired" in resp.text and 'id="result"' not in resp.text
        c.cookies.clear()  # a token copied from elsewhere, without the cookie set with the form
        assert c.post("/analyze.json", data={"text": SUDAN_TEXT, "csrf_token": token}).status_code == 403
        assert 'name="csrf_token"' in c.get("/analyze", headers=HTML).text


def test_store_article_with_token(tmp_path):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with make_client(f"sqlite:///{tmp_path / 'write.db'}", token=TOKEN) as c:
        text = SUDAN_TEXT + " The statement came a day after talks collapsed in Jeddah."
        first = c.post("/api/articles", json={"text": text, "published": "2024-06-10", "source": "Test"}, headers=auth)
        assert first.status_code == 201 and first.json()["status"] in ("new", "duplicate")
        aid = first.json()["article_id"]
        again = c.post("/api/articles", json={"text": text, "published": "2024-06-10"}, headers=auth)
        assert again.status_code == 200 and again.json()["status"] == "unchanged"
        assert c.get(f"/api/articles/{aid}").json()["article"]["source"] == "Test"
