"""Shared helpers for the web/API tests: hand-made records and seeded stores.

The records in ``tests/data/web/articles.json`` give their annotations as substrings of
the text; :func:`build_record` turns them into schema records with exact offsets, so the
tests know every expected count without running the analyzer. Stores are seeded on
SQLite (a temp file) and, when ``EVENTWIRE_TEST_PG`` is set, on a PostgreSQL database
created for this test session and dropped after it.
"""
from __future__ import annotations

import json
import os
import re
import uuid
from pathlib import Path

import pytest

WEB_DATA = Path(__file__).resolve().parent / "data" / "web"
TOKEN = "test-token-5f1c0e"


def _find(text: str, needle, cursor: int = 0) -> tuple[int, int]:
    """(start, end) of ``needle`` (or ``[needle, n]``: its n-th occurrence) in ``text``."""
    nth = 1
    if isinstance(needle, list):
        needle, nth = needle
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ? (optionally followed by a closing quote) and at blank lines."""
    spans, start = [], 0
    for m in re.finditer(r'(?<=[.!?])["”]?\s+|\n\s*\n', text):
        end = m.start() if text[m.start()] in " \n" else m.start() + 1
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def build_record(spec: dict):
    from eventwire.readers import article_id
    from eventwire.record import Record

    text = spec.get("text") or (WEB_DATA / spec["text_file"]).read_text(encoding="utf-8")
    sents = _sentences(text)

    def sentence_of(pos: int) -> int:
        for i, (a, b) in enumerate(sents):
            if a <= pos < b:
                return i
        return len(sents) - 1

    entities = []
    for e in spec["entities"]:
        mentions = []
        for needle in e.get("mentions", []):
            a, b = _find(text, needle)
            mentions.append({"start": a, "end": b, "text": text[a:b]})
        entities.append({**{k: v for k, v in e.items() if k != "mentions"}, "mentions": mentions})
    quotes = []
    for q in spec.get("quotes", []):
        a, b = _find(text, q["text"])
        quotes.append({**q, "start": a, "end": b, "sentence": sentence_of(a)})
    events = []
    for v in spec.get("events", []):
        a, b = _find(text, v["trigger"])
        events.append({"confidence": 0.8, **v, "start": a, "end": b, "sentence": sentence_of(a)})
    figures = []
    for f in spec.get("figures", []):
        a, b = _find(text, f["text"])
        figures.append({**f, "start": a, "end": b, "sentence": sentence_of(a)})
    places = []
    for p in spec.get("places", []):
        mentions = []
        for needle in p.get("mentions", []):
            a, b = _find(text, needle)
            mentions.append({"start": a, "end": b, "text": text[a:b]})
        places.append({**{k: v for k, v in p.items() if k != "mentions"}, "mentions": mentions})
    return Record.model_validate({
        "schema": "eventwire/1",
        "article": {"id": article_id(text), "title": spec.get("title"), "published": spec.get("published"),
                    "source": spec.get("source"), "url": spec.get("url"), "language": "en", "text": text,
                    "analyzer": "test"},
        "sentences": [{"index": i, "start": a, "end": b} for i, (a, b) in enumerate(sents)],
        "entities": entities, "quotes": quotes, "events": events, "figures": figures, "places": places,
        "dates": [],
    })


def load_records() -> dict:
    specs = json.loads((WEB_DATA / "articles.json").read_text(encoding="utf-8"))
    return {s["key"]: build_record(s) for s in specs}


def seed(store, records: dict) -> None:
    for rec in records.values():
        store.add_record(rec, origin="test")


def _pg_database(base_url: str):
    """A fresh database on the server of ``base_url``; returns (url, drop())."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(base_url)
    name = f"ew_web_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url.set(database=name).render_as_string(hide_password=False), drop


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module")
def records():
    return load_records()


@pytest.fixture(scope="module", params=BACKENDS)
def store_url(request, tmp_path_factory, records):
    """URL of a store seeded with the hand-made records, per backend."""
    from eventwire.store import open_store

    drop = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'web.db'}"
    else:
        base = os.environ.get("EVENTWIRE_TEST_PG")
        if not base:
            pytest.skip("EVENTWIRE_TEST_PG is not set")
        url, drop = _pg_database(base)
    store = open_store(url)
    seed(store, records)
    store.close()
    yield url
    if drop is not None:
        drop()


def make_client(url: str, **settings):
    from fastapi.testclient import TestClient

    from eventwire.api import ServerSettings, create_app

    app = create_app(url, ServerSettings(**settings))
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(store_url):
    with make_client(store_url, token=TOKEN) as c:
        yield c


# --------------------------------------------------------------------------- speed paths (scale3)
def test_json_bodies_are_orjson_and_fall_back_for_what_it_refuses():
    import json

    from eventwire.web.jsonbody import FastJSONResponse

    body = {"text": "Gaza \u2014 \"quoted\" <b>", "n": 53000, "ratio": 0.5, "items": [None, True]}
    assert json.loads(FastJSONResponse(body).body) == body
    huge = {"value": 10**30}  # an integer beyond 64 bits: orjson refuses, the standard encoder writes it
    assert json.loads(FastJSONResponse(huge).body) == huge


def test_the_server_speaks_httptools_with_nodelay_when_installed():
    pytest.importorskip("httptools")
    from eventwire.web import server

    protocol = server._protocol()
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    assert issubclass(protocol, HttpToolsProtocol) and issubclass(protocol, server._NoDelay)
    assert server._options("127.0.0.1", 8000)["http"].__name__ == "NoDelayHttpToolsProtocol"


def test_admin1_lookups_are_remembered_and_bounded(monkeypatch):
    from eventwire.store import admin1

    index = admin1.admin1_index()
    place = dict(country="UA", precision="site", name="a checkpoint near Kharkiv", lat=49.99, lon=36.23)
    first = index.lookup(**place)
    assert first is not None and first.code.startswith("UA.")
    calls = []
    monkeypatch.setattr(index, "_lookup", lambda *a: calls.append(a) or None)
    assert index.lookup(**place) == first and calls == []  # remembered
    monkeypatch.setattr(admin1, "LOOKUP_MEMO", 1)
    index.lookup(**{**place, "lat": 50.0})  # a new place: the full memo is cleared first
    assert len(index._memo) == 1 and len(calls) == 1


def test_the_served_app_freezes_what_its_first_requests_kept(monkeypatch):
    import asyncio
    import gc

    from eventwire.web import server

    calls, frozen = [], []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(len(calls)))

    async def app(scope, receive, send):
        calls.append(scope["type"])

    wrapped = server.FreezeAfterWarmup(app, after=3)
    for kind in ("lifespan", "http", "http", "http", "http"):
        asyncio.run(wrapped({"type": kind}, None, None))
    assert calls == ["lifespan", "http", "http", "http", "http"]
    assert frozen == [3]  # once, on the third HTTP request, before it runs
    app.state = "the app's state"
    assert wrapped.state == "the app's state"
