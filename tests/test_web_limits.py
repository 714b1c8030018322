"""The server's cost limits and error contract (issue 14, points 5 and 7): analysis size,
concurrency and time limits, the analyze token option, the model loaded at start, NUL
in path parameters, security headers on every response, validation-error shape, CSV in
the schema, /openapi.json under --private, and the allowed-hosts check."""
from __future__ import annotations

import threading
import time

import pytest

from test_web_support import TOKEN, client, make_client, records, store_url  # noqa: F401  (fixtures)

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ('Sudan\'s army accused the Rapid Support Forces of shelling a hospital in El Fasher on Sunday. '
        '"We will not negotiate while they attack civilians," army spokesman Nabil Abdallah told Reuters.')


# --------------------------------------------------------------------------- 14.5 cost limits
def test_analyze_has_its_own_size_limit(store_url):
    with make_client(store_url, analyze_max_bytes=500) as c:
        small = c.post("/api/analyze", json={"text": TEXT})
        assert small.status_code == 200
        big = c.post("/api/analyze", json={"text": TEXT * 3})  # ~600 bytes: under the body limit
        assert big.status_code == 413 and "at most 500" in big.json()["detail"]
        # Multi-byte text counts in bytes, not characters.
        assert c.post("/api/analyze", json={"text": "é" * 260}).status_code == 413


def test_default_analyze_limit_is_100_kb():
    from eventwire.web.settings import ServerSettings

    assert ServerSettings().analyze_max_bytes == 100_000


def test_a_busy_analyzer_answers_429_with_retry_after(store_url):
    with make_client(store_url) as c:
        analyzer = c.app.state.eventwire.analyzer
        analyzer._take_slot()  # one analysis under way in this server process
        try:
            resp = c.post("/api/analyze", json={"text": TEXT})
            assert resp.status_code == 429 and int(resp.headers["retry-after"]) > 0
            assert resp.json()["error"] == "the analyzer is busy"
        finally:
            analyzer._free_slot()
        assert c.post("/api/analyze", json={"text": TEXT}).status_code == 200


def test_the_analyze_form_shows_a_busy_analyzer(store_url):
    import re

    with make_client(store_url) as c:
        html = c.get("/analyze", headers={"Accept": "text/html"}).text
        token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
        analyzer = c.app.state.eventwire.analyzer
        analyzer._take_slot()
        try:
            resp = c.post("/analyze", data={"text": TEXT, "csrf_token": token}, headers={"Accept": "text/html"})
        finally:
            analyzer._free_slot()
    assert resp.status_code == 429 and resp.headers["retry-after"] == "5" and "busy" in resp.text


def test_an_analysis_past_the_time_limit_is_stopped(store_url):
    with make_client(store_url, analyze_timeout=0.05) as c:
        resp = c.post("/api/analyze", json={"text": TEXT * 20})
        assert resp.status_code == 503 and "stopped after" in resp.json()["detail"]
        analyzer = c.app.state.eventwire.analyzer
        assert analyzer._pool is None and analyzer._busy == 0  # the child was killed, the slot freed
        analyzer.timeout = 120
        assert c.post("/api/analyze", json={"text": TEXT}).status_code == 200  # a fresh child


def test_analyze_can_require_the_token(store_url):
    with make_client(store_url, token=TOKEN, analyze_needs_token=True) as c:
        assert c.post("/api/analyze", json={"text": TEXT}).status_code == 401
        assert c.post("/api/analyze", json={"text": TEXT}, headers=AUTH).status_code == 200
        assert c.get("/api/events").status_code == 200  # reads stay open
    with make_client(store_url, token=TOKEN, private=True) as c:
        assert c.post("/api/analyze", json={"text": TEXT}).status_code == 401


def test_reads_are_served_while_an_analysis_runs(store_url):
    """The analysis runs in a child process: reads on the server's event loop go on."""
    with make_client(store_url) as c:
        c.app.state.eventwire.analyzer.start(wait=True)
        done = {}

        def analyze():
            done["status"] = c.post("/api/analyze", json={"text": (TEXT + "\n\n") * 60}).status_code

        worker = threading.Thread(target=analyze)
        worker.start()
        time.sleep(0.3)
        timings = []
        while worker.is_alive() and len(timings) < 20:
            t0 = time.perf_counter()
            assert c.get("/api/events", params={"limit": 5}).status_code == 200
            timings.append(time.perf_counter() - t0)
        worker.join()
        assert done["status"] == 200
        assert timings, "the analysis ended before any read was made"
        assert max(timings) < 1.0, timings


def test_settle_starts_the_analyzer_with_its_model(tmp_path):
    import gc

    from eventwire.api import create_app
    from eventwire.web.server import settle

    app = create_app(f"sqlite:///{tmp_path / 'warm.db'}")
    state = app.state.eventwire
    assert state.analyzer._pool is None
    try:
        settle(app)
        assert state.analyzer._pool is not None
        procs = list(state.analyzer._pool._processes.values())
        assert procs and all(p.is_alive() for p in procs)
    finally:
        gc.unfreeze()
        state.close()


# --------------------------------------------------------------------------- 14.7 errors
@pytest.mark.parametrize("path", ["/api/articles/%00", "/api/articles/a%00b/info", "/api/actors/%00",
                                  "/actors/%00", "/articles/x%00", "/actors/Ha%00mas.json"])
def test_nul_in_a_path_parameter_is_a_422(client, path):
    resp = client.get(path)
    assert resp.status_code == 422, resp.text[:200]
    detail = resp.json()["detail"]
    assert isinstance(detail, list) and detail[0]["loc"] == ["path"]
    assert "default-src 'self'" in resp.headers["content-security-policy"]


def test_a_500_carries_the_security_headers(store_url, monkeypatch):
    from eventwire.store import query as sq

    def boom(*a, **k):
        raise RuntimeError("secret SQL text")

    monkeypatch.setattr(sq, "stats", boom)
    with make_client(store_url) as c:
        resp = c.get("/api/stats")
    assert resp.status_code == 500 and "secret" not in resp.text
    assert "default-src 'self'" in resp.headers["content-security-policy"]
    assert resp.headers["x-content-type-options"] == "nosniff" and resp.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path,params", [("/api/events", {"since": "2025-13-45"}),
                                         ("/api/events", {"until": "2025-02-30"}),
                                         ("/events.json", {"since": "2024-00-10"}),
                                         ("/api/quotes", {"since": "2023-02-29"}),
                                         ("/api/timeline", {"until": "1999-04-31"})])
def test_an_impossible_date_is_a_422_with_the_detail_array(client, path, params):
    resp = client.get(path, params=params)
    assert resp.status_code == 422
    detail = resp.json()["detail"]
    assert isinstance(detail, list) and detail[0]["loc"][-1] in params and "date" in detail[0]["msg"]  # the message of the one filter definition (store/filters.py)
    # and a real leap day passes
    assert client.get(path, params={k: "2024-02-29" for k in params}).status_code == 200


def test_csv_responses_are_in_the_schema(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/quotes", "/api/figures", "/api/articles", "/api/actors", "/api/places"):
        content = spec["paths"][path]["get"]["responses"]["200"]["content"]
        assert "text/csv" in content and "application/json" in content, path


def test_openapi_is_closed_on_a_private_server(store_url):
    with make_client(store_url, token=TOKEN, private=True) as c:
        assert c.get("/openapi.json").status_code == 401
        assert c.get("/openapi.json", headers=AUTH).json()["info"]["title"] == "eventwire"
        assert c.get("/docs", headers={"Accept": "text/html"}).status_code == 401


@pytest.mark.parametrize("host,ok", [("news.example.org", True), ("news.example.org:8000", True),
                                     ("api.example.net", True), ("evil.example.com", False),
                                     ("example.org.evil.com", False), ("[::1]:8000", False), ("", False)])
def test_allowed_hosts(store_url, host, ok):
    with make_client(store_url, allowed_hosts=("news.example.org", "*.example.net")) as c:
        resp = c.get("/api/health", headers={"Host": host})
    assert (resp.status_code == 200) is ok, (host, resp.status_code)
    if not ok:
        assert resp.status_code == 400 and resp.json()["error"] == "host not allowed"


def test_allowed_hosts_off_by_default(client):
    assert client.get("/api/health", headers={"Host": "anything.example"}).status_code == 200


def test_allowed_hosts_from_env(monkeypatch):
    from eventwire.web.settings import ServerSettings

    monkeypatch.setenv("EVENTWIRE_ALLOWED_HOSTS", "a.example, b.example")
    monkeypatch.setenv("EVENTWIRE_ANALYZE_MAX_BYTES", "5000")
    s = ServerSettings.from_env()
    assert s.allowed_hosts == ("a.example", "b.example") and s.analyze_max_bytes == 5000
