"""JSON API tests (FastAPI TestClient) on SQLite and, with EVENTWIRE_TEST_PG, PostgreSQL."""
from __future__ import annotations

import csv
import io

import pytest

from test_web_support import TOKEN, client, make_client, records, store_url  # noqa: F401  (fixtures)


def _ids(resp) -> set[tuple[str, str]]:
    return {(e["article_id"], e["id"]) for e in resp.json()["items"]}


# --------------------------------------------------------------------------- reads
def test_health_and_stats(client, records):
    assert client.get("/api/health").json()["status"] == "ok"
    totals = client.get("/api/stats").json()["totals"]
    assert totals["articles"] == len(records)
    assert totals["events"] == sum(len(r.events) for r in records.values())
    assert totals["quotes"] == sum(len(r.quotes) for r in records.values())


def test_events_total_and_paging(client, records):
    n = sum(len(r.events) for r in records.values())
    first = client.get("/api/events", params={"limit": 5}).json()
    assert first["total"] == n and len(first["items"]) == 5 and first["offset"] == 0
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert second["total"] == n
    keys1 = {(e["article_id"], e["id"]) for e in first["items"]}
    keys2 = {(e["article_id"], e["id"]) for e in second["items"]}
    assert not keys1 & keys2
    everything = client.get("/api/events", params={"limit": 1000}).json()
    assert len(everything["items"]) == n


def test_events_filters(client, records):
    ukraine, sudan, georgia = records["ukraine"].article.id, records["sudan"].article.id, records["georgia"].article.id
    r = client.get("/api/events", params={"type": "ASSAULT"}).json()
    assert {e["type"] for e in r["items"]} == {"ASSAULT"} and r["total"] == 4
    r = client.get("/api/events", params={"type": "REJECT,PROTEST"}).json()
    assert {e["type"] for e in r["items"]} == {"REJECT", "PROTEST"}
    assert _ids(client.get("/api/events", params={"actor": "zelensky"})) == {(ukraine, "V1")}
    assert _ids(client.get("/api/events", params={"actor": "SDNREB"})) == {(sudan, "V1")}
    assert _ids(client.get("/api/events", params={"recipient": "Rapid Support"})) == {(sudan, "V2")}
    # country: an actor's or recipient's country, alpha-2 or alpha-3
    geo = client.get("/api/events", params={"country": "GEO"}).json()
    assert {e["article_id"] for e in geo["items"]} == {georgia}
    assert _ids(client.get("/api/events", params={"country": "GE"})) == _ids(client.get("/api/events", params={"country": "GEO"}))
    # date range on the event's day (own date, else the article's)
    r = client.get("/api/events", params={"since": "2024-06-01", "until": "2024-06-30"}).json()
    assert {e["article_id"] for e in r["items"]} == {sudan}
    assert _ids(client.get("/api/events", params={"hypothetical": "yes"})) == {(ukraine, "V4")}
    assert (ukraine, "V4") not in _ids(client.get("/api/events", params={"hypothetical": "no", "limit": 100}))
    assert _ids(client.get("/api/events", params={"reported": "yes"})) == {(sudan, "V3"), (sudan, "V4")}
    assert _ids(client.get("/api/events", params={"negated": "yes"})) == {(sudan, "V3")}
    assert _ids(client.get("/api/events", params={"q": "paramilitary"})) == {(sudan, "V2")}
    assert client.get("/api/events", params={"actor": "nobody at all"}).json() == {
        "items": [], "total": 0, "limit": 50, "offset": 0}


def test_event_item_shape(client, records):
    sudan = records["sudan"]
    item = client.get("/api/events", params={"article_id": sudan.article.id, "type": "REQUEST"}).json()["items"][0]
    assert item["actors"][0]["name"] == "Sudanese army"
    assert item["recipients"][0]["name"] == "Rapid Support Forces"
    assert item["place"]["name"] == "El Fasher"
    assert item["sentence_text"].startswith("The Sudanese army called on")
    assert item["article"]["source"] == "Nile Desk"
    assert item["day"] == "2024-06-02"


def test_events_sorting(client):
    days = [e["day"] for e in client.get("/api/events", params={"sort": "day", "limit": 100}).json()["items"]]
    assert days == sorted(days)
    days = [e["day"] for e in client.get("/api/events", params={"sort": "-day", "limit": 100}).json()["items"]]
    assert days == sorted(days, reverse=True)
    types = [e["type"] for e in client.get("/api/events", params={"sort": "type", "limit": 100}).json()["items"]]
    assert types == sorted(types)
    assert client.get("/api/events", params={"sort": "title"}).status_code == 422


def test_events_csv_export(client, records):
    resp = client.get("/api/events", params={"type": "ASSAULT", "format": "csv"})
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert len(rows) == 4 and {r["plover_type"] for r in rows} == {"ASSAULT"}
    assert any(r["actor_name"] == "Rapid Support Forces" for r in rows)
    # the same rows as the JSON list's items carry
    listed = client.get("/api/events", params={"type": "ASSAULT"}).json()["items"]
    assert {r["event_id"] for r in rows} == {item["row"]["event_id"] for item in listed}


def test_csv_neutralises_formulas():
    from eventwire.csvsafe import safe_cell as _csv_cell

    assert _csv_cell("=HYPERLINK(\"http://x\")").startswith("'=")
    assert _csv_cell("+1") == "'+1" and _csv_cell("@cmd") == "'@cmd"
    assert _csv_cell("plain") == "plain" and _csv_cell(None) == "" and _csv_cell(True) == "true"
    assert _csv_cell(["a", "b"]) == "a;b" and _csv_cell(-3.5) == "-3.5" and _csv_cell("-3.5") == "'-3.5"


def test_articles_list_and_record(client, records):
    lst = client.get("/api/articles").json()
    assert lst["total"] == len(records)
    assert "text" not in lst["items"][0]
    rec = records["georgia"]
    full = client.get(f"/api/articles/{rec.article.id}").json()
    assert full == rec.to_dict()
    info = client.get(f"/api/articles/{rec.article.id}/info").json()
    assert info["id"] == rec.article.id and info["duplicates"] == []
    assert client.get("/api/articles", params={"q": "El Fasher"}).json()["total"] == 1
    assert client.get("/api/articles", params={"source": "Kyiv Wire"}).json()["items"][0]["id"] == records["ukraine"].article.id
    csv_rows = list(csv.DictReader(io.StringIO(client.get("/api/articles", params={"format": "csv"}).text)))
    assert len(csv_rows) == len(records)


def test_quotes_figures_actors_places(client, records):
    q = client.get("/api/quotes", params={"speaker": "Abdallah"}).json()
    assert q["total"] == 1 and q["items"][0]["text"] == "The army did not bomb the market"
    assert client.get("/api/quotes", params={"kind": "indirect"}).json()["total"] == 1
    assert client.get("/api/quotes", params={"q": "stolen"}).json()["items"][0]["speaker_name"] == "Salome Zourabichvili"
    f = client.get("/api/figures", params={"kind": "killed"}).json()
    assert sorted(i["value"] for i in f["items"]) == [11, 12, 40]
    assert client.get("/api/figures", params={"min_value": 1000}).json()["items"][0]["value"] == 20000
    actors = client.get("/api/actors", params={"q": "Russia"}).json()["items"]
    assert actors[0]["name"] == "Russia" and actors[0]["events"] == 2
    places = client.get("/api/places", params={"country": "UA"}).json()["items"]
    assert {p["name"] for p in places} == {"Kharkiv", "Kyiv"}


def test_actor_detail_and_interactions(client):
    a = client.get("/api/actors/Sudanese army").json()
    assert a["name"] == "Sudanese army"
    assert {"other": "Rapid Support Forces", "direction": "out", "type": "REQUEST", "count": 1} in a["interactions"]
    assert client.get("/api/actors/Nobody Known").status_code == 404
    inter = client.get("/api/interactions").json()["items"]
    assert {"actor": "Volodymyr Zelensky", "actor_code": "UKRGOV", "recipient": "Russia", "recipient_code": "RUS",
            "type": "ACCUSE", "count": 1} in inter


def test_timeline(client):
    items = client.get("/api/timeline").json()["items"]
    assert {"day": "2024-06-02", "type": "ASSAULT", "count": 2} in items
    only = client.get("/api/timeline", params={"type": "PROTEST"}).json()["items"]
    assert only == [{"day": "2024-10-28", "type": "PROTEST", "count": 1}]


# --------------------------------------------------------------------------- errors
def test_errors_are_json(client):
    for resp, status in ((client.get("/api/nowhere"), 404), (client.delete("/api/events"), 405),
                         (client.get("/api/events", params={"limit": "many"}), 422),
                         (client.get("/api/events", params={"since": "2024-02-31"}), 422),
                         (client.get("/api/articles/" + "0" * 64), 404)):
        assert resp.status_code == status
        body = resp.json()
        assert set(body) == {"error", "detail"} and body["error"]


def test_nul_in_query_is_refused(client):
    resp = client.get("/api/events", params={"actor": "a\x00b"})
    assert resp.status_code == 422 and resp.json()["error"] == "invalid query parameter"


def test_server_error_is_json_without_internals(store_url, monkeypatch):
    from eventwire.store import query as sq

    def boom(*a, **k):
        raise RuntimeError("secret SQL text")

    monkeypatch.setattr(sq, "stats", boom)
    with make_client(store_url) as c:
        resp = c.get("/api/stats")
    assert resp.status_code == 500
    assert resp.json() == {"error": "internal server error", "detail": "RuntimeError"}


def test_security_headers_and_no_cors_by_default(client):
    resp = client.get("/api/health", headers={"Origin": "https://evil.example"})
    assert "default-src 'self'" in resp.headers["content-security-policy"]
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in resp.headers


def test_cors_when_configured(store_url):
    with make_client(store_url, cors_origins=("https://newsroom.example",)) as c:
        ok = c.get("/api/health", headers={"Origin": "https://newsroom.example"})
        other = c.get("/api/health", headers={"Origin": "https://evil.example"})
    assert ok.headers["access-control-allow-origin"] == "https://newsroom.example"
    assert "access-control-allow-origin" not in other.headers


def test_openapi_and_docs_are_local(client):
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/analyze" in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "http" not in docs.text.split("<body>")[1]  # nothing loaded from another origin
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


# --------------------------------------------------------------------------- auth
def test_private_server_needs_token_for_reads(store_url):
    with make_client(store_url, token=TOKEN, private=True) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/api/events").headers["www-authenticate"].startswith("Bearer")
        assert c.get("/api/events", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/events", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert c.get("/events", headers={"Accept": "text/html"}).status_code == 401


def test_server_settings_from_env(tmp_path, monkeypatch):
    from eventwire.api import ServerSettings
    from eventwire.errors import EventwireError

    monkeypatch.setenv("EVENTWIRE_TOKEN", "from-env")
    monkeypatch.setenv("EVENTWIRE_PRIVATE", "1")
    s = ServerSettings.from_env()
    assert s.token == "from-env" and s.private
    f = tmp_path / "token"
    f.write_text("from-file\n")
    assert ServerSettings.from_env(token_file=str(f)).token == "from-file"
    monkeypatch.delenv("EVENTWIRE_TOKEN")
    with pytest.raises(EventwireError):
        ServerSettings.from_env()  # private without a token
    (tmp_path / "empty").write_text("  \n")
    with pytest.raises(EventwireError):
        ServerSettings.from_env(token_file=str(tmp_path / "empty"), private=False)


def test_writes_need_the_token(store_url):
    body = {"text": "Police arrested 30 protesters in Nairobi on Tuesday."}
    with make_client(store_url) as c:  # no token configured: writes disabled
        resp = c.post("/api/articles", json=body)
        assert resp.status_code == 403 and resp.json()["error"] == "writes are disabled"
    with make_client(store_url, token=TOKEN) as c:
        assert c.post("/api/articles", json=body).status_code == 401
        assert c.post("/api/articles", json=body, headers={"Authorization": "Basic " + TOKEN}).status_code == 401
        assert c.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"}).status_code == 401


def test_body_size_limit(store_url):
    with make_client(store_url, token=TOKEN, max_body=1000) as c:
        resp = c.post("/api/analyze", json={"text": "x" * 5000})
        assert resp.status_code == 413 and resp.json()["error"] == "request body too large"

        def chunks():  # no Content-Length: counted as it streams
            for _ in range(10):
                yield b'{"text": "' + b"y" * 300 + b'"}'

        resp = c.post("/api/analyze", content=chunks(), headers={"Content-Type": "application/json"})
        assert resp.status_code == 413


def test_post_article_requires_valid_json(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/articles", json={"title": "no text"}, headers=auth).status_code == 422
    assert client.post("/api/articles", content=b"{not json", headers={**auth, "Content-Type": "application/json"}).status_code == 422
    resp = client.post("/api/articles", json={"text": "Some text here.", "published": "yesterday-ish"}, headers=auth)
    # detail is the validation array the schema promises, naming the field
    assert resp.status_code == 422 and resp.json()["detail"][0]["loc"] == ["body", "published"]
