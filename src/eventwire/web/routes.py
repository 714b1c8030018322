"""The HTML pages, each with a JSON twin (``.json`` suffix or ``Accept: application/json``).

Handlers only gather data from the library (store queries, the analyzer) and hand it to
a template; what a page shows as JSON is exactly the data its template renders.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from eventwire.record import EVENT_TYPES, Record
from eventwire.web import templates

PAGE_SIZE = 50


def wants_json(request: Request) -> bool:
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def page(request: Request, template: str, context: dict, data: dict | None = None, status: int = 200):
    """The HTML page, or its JSON twin (``data``, default: ``context``)."""
    if wants_json(request):
        return JSONResponse(data if data is not None else context, status_code=status)
    return templates.TemplateResponse(request, template, context, status_code=status)


def record_view(record: Record) -> dict:
    """What the record side list needs: names resolved, events with actor names."""
    names = {e.id: e.name for e in record.entities}
    places = {p.id: p.name for p in record.places}

    def who(ids):
        return [names.get(i, i) for i in ids]

    return {
        "entities": [e.model_dump() for e in record.entities],
        "quotes": [{**q.model_dump(), "speaker_name": names.get(q.speaker or "")} for q in record.quotes],
        "events": [{**v.model_dump(), "actor_names": who(v.actor), "recipient_names": who(v.recipient),
                    "place_name": places.get(v.place or "")} for v in record.events],
        "figures": [f.model_dump() for f in record.figures],
        "places": [p.model_dump() for p in record.places],
        "dates": [d.model_dump() for d in record.dates],
    }


def build_web_router() -> APIRouter:
    from eventwire.api import ApiError, analyze_input, app_state, event_filters, get_store, ArticleIn
    from eventwire.store.rows import event_rows_of
    from eventwire.store import query as sq
    from eventwire.web.markup import article_html
    from eventwire.web.svg import TYPE_COLOURS, network_svg, timeline_svg

    web = APIRouter(include_in_schema=False)

    @web.get("/")
    @web.get("/index.json")
    def dashboard(request: Request, store=Depends(get_store)):
        stats = sq.stats(store)
        data = {"stats": stats,
                "top_actors": sq.list_actors(store, limit=12).items,
                "latest_articles": sq.list_articles(store, limit=10).items}
        ctx = {**data, "timeline": timeline_svg(stats["events_by_day"]), "colours": TYPE_COLOURS}
        return page(request, "dashboard.html", ctx, data)

    @web.get("/events")
    @web.get("/events.json")
    def events(request: Request, store=Depends(get_store), filters: dict = Depends(event_filters),
               sort: str = Query("-day", max_length=20), offset: int = Query(0, ge=0, le=10_000_000)):
        if sort not in sq.EVENT_SORTS:
            sort = "-day"
        result = sq.list_events(store, sort=sort, limit=PAGE_SIZE, offset=offset, **filters)
        params = {k: v for k, v in request.query_params.items() if k != "offset"}
        data = result.to_dict()
        # The JSON twin carries the same event rows as /api/events (store/rows.py).
        data["items"] = [{**item, "row": row} for item, row in zip(result.items, event_rows_of(store, result.items))]
        ctx = {"result": data, "params": params, "types": EVENT_TYPES, "sorts": sq.EVENT_SORTS, "sort": sort,
               "colours": TYPE_COLOURS, "page_size": PAGE_SIZE}
        return page(request, "events.html", ctx, data)

    @web.get("/articles")
    @web.get("/articles.json")
    def articles(request: Request, store=Depends(get_store), q: str | None = Query(None, max_length=200),
                 source: str | None = Query(None, max_length=200), offset: int = Query(0, ge=0, le=10_000_000)):
        result = sq.list_articles(store, q=q or None, source=source or None, limit=PAGE_SIZE, offset=offset).to_dict()
        params = {k: v for k, v in request.query_params.items() if k != "offset"}
        return page(request, "articles.html", {"result": result, "params": params, "page_size": PAGE_SIZE}, result)

    def _article(request: Request, article_id: str, store):
        record = sq.get_article(store, article_id)
        if record is None:
            raise ApiError(404, "article not found", f"no article with id {article_id!r}")
        info = sq.get_article_info(store, article_id) or {}
        data = {"record": record.to_dict(), "store": info}
        ctx = {"record": record, "view": record_view(record), "body": article_html(record), "info": info,
               "colours": TYPE_COLOURS}
        return page(request, "article.html", ctx, data)

    @web.get("/articles/{article_id}.json")
    def article_json(request: Request, article_id: str, store=Depends(get_store)):
        return _article(request, article_id, store)

    @web.get("/articles/{article_id}")
    def article(request: Request, article_id: str, store=Depends(get_store)):
        return _article(request, article_id, store)

    @web.get("/actors")
    @web.get("/actors.json")
    def actors(request: Request, store=Depends(get_store), q: str | None = Query(None, max_length=200),
               offset: int = Query(0, ge=0, le=10_000_000)):
        result = sq.list_actors(store, q=q or None, limit=PAGE_SIZE, offset=offset).to_dict()
        params = {k: v for k, v in request.query_params.items() if k != "offset"}
        return page(request, "actors.html", {"result": result, "params": params, "page_size": PAGE_SIZE}, result)

    def _actor(request: Request, name: str, store):
        summary = sq.actor_summary(store, name)
        if summary is None:
            raise ApiError(404, "actor not found", f"no entity named {name!r}")
        exact = summary["name"]
        links = sq.actor_links(store, exact)
        quotes = [q for q in sq.list_quotes(store, speaker=exact, limit=200).items
                  if (q["speaker_name"] or "").lower() == exact.lower()][:50]
        as_actor = sq.list_events(store, actor=exact, limit=50)
        as_recipient = sq.list_events(store, recipient=exact, limit=50)
        data = {"actor": summary, "interactions": links, "quotes": quotes,
                "events_as_actor": as_actor.to_dict(), "events_as_recipient": as_recipient.to_dict()}
        merged: dict[tuple[str, str], int] = {}
        for link in links:
            merged[(link["other"], link["direction"])] = merged.get((link["other"], link["direction"]), 0) + link["count"]
        network = network_svg(exact, [{"other": o, "direction": d, "count": n} for (o, d), n in merged.items()])
        return page(request, "actor.html", {**data, "network": network, "colours": TYPE_COLOURS}, data)

    @web.get("/actors/{name:path}.json")
    def actor_json(request: Request, name: str, store=Depends(get_store)):
        return _actor(request, name, store)

    @web.get("/actors/{name:path}")
    def actor(request: Request, name: str, store=Depends(get_store)):
        return _actor(request, name, store)

    @web.get("/map")
    @web.get("/map.json")
    def map_page(request: Request, store=Depends(get_store), filters: dict = Depends(event_filters)):
        places = sq.event_places(store, **filters)
        params = dict(request.query_params)
        data = {"places": places}
        return page(request, "map.html", {**data, "params": params, "types": EVENT_TYPES}, data)

    @web.get("/analyze")
    def analyze_form(request: Request):
        return page(request, "analyze.html", {"form": {}, "record": None})

    @web.post("/analyze")
    @web.post("/analyze.json")
    async def analyze_post(request: Request, text: str = Form(""), title: str = Form(""),
                           published: str = Form(""), source: str = Form(""), url: str = Form(""),
                           file: UploadFile | None = File(None)):
        settings = app_state(request).settings.analyzer
        form = {"text": text, "title": title, "published": published, "source": source, "url": url}
        if file is not None and file.filename:
            raw = await file.read()
            text, meta = _read_upload(raw, file.filename, settings.max_chars)
            form.update({k: form[k] or (meta.get(k) or "") for k in ("title", "published", "source", "url")})
            form["text"] = text
        try:
            body = ArticleIn(**{k: (v or None) for k, v in form.items()} | {"text": form["text"]})
        except Exception as exc:  # pydantic's ValidationError: show it on the form
            return _analyze_error(request, form, "invalid article", str(exc).splitlines()[0])
        from starlette.concurrency import run_in_threadpool

        from eventwire.errors import InputError

        try:
            record = await run_in_threadpool(analyze_input, body, settings)
        except InputError as exc:
            return _analyze_error(request, form, "the article cannot be analyzed", exc.problem)
        except ApiError as exc:
            return _analyze_error(request, form, exc.error, exc.detail)
        ctx = {"form": form, "record": record, "view": record_view(record), "body": article_html(record),
               "colours": TYPE_COLOURS}
        return page(request, "analyze.html", ctx, record.to_dict())

    def _analyze_error(request: Request, form: dict, error: str, detail):
        if wants_json(request):
            return JSONResponse({"error": error, "detail": detail}, status_code=422)
        return templates.TemplateResponse(request, "analyze.html", {"form": form, "record": None,
                                                                    "error": error, "detail": detail},
                                          status_code=422)

    @web.get("/docs")
    def docs(request: Request):
        return templates.TemplateResponse(request, "docs.html", {})

    return web


def _read_upload(raw: bytes, filename: str, max_chars: int) -> tuple[str, dict]:
    """Text and metadata of an uploaded file, read like the CLI reads a file (text, HTML,
    JSON), through :func:`eventwire.readers.read_articles`."""
    from eventwire.errors import InputError
    from eventwire.readers import read_articles

    suffix = Path(filename).suffix.lower()
    if suffix not in {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson"}:
        suffix = ""
    fd, path = tempfile.mkstemp(suffix=suffix, prefix="eventwire-upload-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        try:
            arts = read_articles(path, max_chars=max_chars)
        except InputError as exc:
            raise InputError(filename, exc.problem) from None
    finally:
        os.unlink(path)
    if not arts:
        raise InputError(filename, "no article in the file")
    a = arts[0]
    return a.text, {"title": a.title, "published": a.published, "source": a.source, "url": a.url}
