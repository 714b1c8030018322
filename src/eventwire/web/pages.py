"""The HTML pages. Each path has its twins: ``NAME.json`` (or ``Accept:
application/json``) and, for lists, ``NAME.csv`` of the current filter; all three are
the same :mod:`eventwire.web.views` result, rendered by :func:`~eventwire.web.render.respond`.
"""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, Response, UploadFile

from eventwire.errors import InputError
from eventwire.store import query as sq
from eventwire.web import views
from eventwire.web.analysis import ArticleIn, article_input, read_upload
from eventwire.web.deps import (MAX_CSV_ROWS, PAGE_SIZE, Day, Offset, Text200, app_state, event_filters,
                                figure_filters, get_store)
from eventwire.web.errors import ApiError
from eventwire.web.negotiate import response_format
from eventwire.web.render import ViewResult, respond
from eventwire.web.security import CSRF_COOKIE, CSRF_FIELD, csrf_matches, new_csrf_token


def _params(request: Request) -> dict:
    """The current filter, as the page's links and forms carry it (paging dropped)."""
    return {k: v for k, v in request.query_params.items() if k != "offset"}


def _rows(request: Request) -> int:
    """Rows to compute: a page, or every row (to the cap) for the CSV twin."""
    return MAX_CSV_ROWS if response_format(request) == "csv" else PAGE_SIZE


def _twins(web: APIRouter, name: str, *, csv: bool = True):
    """Register a page at ``/name`` with its ``.json`` (and ``.csv``) twins."""
    base = "/" if name == "index" else f"/{name}"

    def decorate(fn):
        for path in (base, f"/{name}.json") + ((f"/{name}.csv",) if csv else ()):
            web.get(path)(fn)
        return fn
    return decorate


def _corpus_pages(web: APIRouter) -> None:
    @_twins(web, "index", csv=False)
    def dashboard(request: Request, store=Depends(get_store)):
        return respond(request, views.dashboard(store))

    @_twins(web, "events")
    def events(request: Request, store=Depends(get_store), filters: dict = Depends(event_filters),
               sort: str = Query("-day", max_length=20), offset: Offset = 0):
        sort = sort if sort in sq.EVENT_SORTS else "-day"
        if response_format(request) != "html":
            return respond(request, views.events(store, filters, sort=sort, limit=_rows(request), offset=offset))
        return respond(request, views.events_page(store, filters, sort=sort, limit=PAGE_SIZE, offset=offset,
                                                  params=_params(request)))

    @_twins(web, "articles")
    def articles(request: Request, store=Depends(get_store), q: Text200 = None, source: Text200 = None,
                 offset: Offset = 0):
        return respond(request, views.articles(store, q=q or None, source=source or None, limit=_rows(request),
                                               offset=offset, params=_params(request)))

    @web.get("/articles/{article_id}.json")
    def article_json(request: Request, article_id: str, store=Depends(get_store)):
        return respond(request, views.article_page(store, article_id))

    @web.get("/articles/{article_id}")
    def article(request: Request, article_id: str, store=Depends(get_store)):
        return respond(request, views.article_page(store, article_id))

    @_twins(web, "map", csv=False)
    def map_page(request: Request, store=Depends(get_store), filters: dict = Depends(event_filters)):
        return respond(request, views.event_map(store, filters, dict(request.query_params)))

    @web.get("/map/events.json")
    def map_place_events(request: Request, store=Depends(get_store), filters: dict = Depends(event_filters),
                         name: str = Query(..., min_length=1, max_length=200),
                         place_country: str | None = Query(None, max_length=2)):
        return respond(request, views.place_events(store, name, place_country or None, filters))

    @web.get("/map/world.geojson")
    def world() -> Response:
        from eventwire.web.worldmap import world_geojson

        return Response(world_geojson(), media_type="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})


def _evidence_pages(web: APIRouter) -> None:
    @_twins(web, "quotes")
    def quotes(request: Request, store=Depends(get_store),
               speaker: str | None = Query(None, max_length=200, description="speaker name (substring) or code"),
               affiliation: str | None = Query(None, max_length=200, description="organisation; members count"),
               cue_kind: str | None = Query(None, max_length=16), q: Text200 = None,
               kind: Literal["direct", "indirect", "mixed", ""] | None = None, since: Day = None, until: Day = None,
               article_id: str | None = Query(None, max_length=64), offset: Offset = 0):
        filters = {"speaker": speaker or None, "affiliation": affiliation or None, "cue_kind": cue_kind or None,
                   "q": q or None, "kind": kind or None, "since": since, "until": until,
                   "article_id": article_id or None}
        return respond(request, views.quotes_page(store, params=_params(request), limit=_rows(request),
                                                  offset=offset, **filters))

    @_twins(web, "figures")
    def figures(request: Request, store=Depends(get_store), filters: dict = Depends(figure_filters),
                offset: Offset = 0):
        return respond(request, views.figures_page(store, params=_params(request), limit=_rows(request),
                                                   offset=offset, **filters))


def _actor_pages(web: APIRouter) -> None:
    @_twins(web, "actors")
    def actors(request: Request, store=Depends(get_store), q: Text200 = None, offset: Offset = 0):
        return respond(request, views.actors(store, q=q or None, limit=_rows(request), offset=offset,
                                             params=_params(request)))

    @web.get("/actors/{name:path}.json")
    def actor_json(request: Request, name: str, store=Depends(get_store), own: bool = False):
        return respond(request, views.actor_page(store, name, own_only=own))

    @web.get("/actors/{name:path}")
    def actor(request: Request, name: str, store=Depends(get_store), own: bool = False):
        return respond(request, views.actor_page(store, name, own_only=own))


# --------------------------------------------------------------------------- analyze form
def _analyze_form(request: Request, form: dict, status: int = 200, record=None, error=None, detail=None,
                  headers: dict | None = None):
    """The form page, with a fresh CSRF token in the hidden field and the cookie."""
    token = request.cookies.get(CSRF_COOKIE) or new_csrf_token()
    context = {"form": form, "record": None, "error": error, "detail": detail, "csrf_token": token}
    data = {"error": error, "detail": detail} if error else {}
    if record is not None:
        from eventwire.web.markup import article_html
        from eventwire.web.svg import TYPE_COLOURS

        data = record.to_dict()
        context.update(record=record, view=views.record_view(record), body=article_html(record),
                       colours=TYPE_COLOURS)
    response = respond(request, ViewResult("analyze.html", data, context, status=status))
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
    response.headers.update(headers or {})  # Retry-After of a busy analyzer
    return response


async def _form_article(request: Request, form: dict, file: UploadFile | None) -> ArticleIn:
    settings = app_state(request).settings.analyzer
    if file is not None and file.filename:
        text, meta = read_upload(await file.read(), file.filename, settings.max_chars)
        form.update({k: form[k] or (meta.get(k) or "") for k in ("title", "published", "source", "url")})
        form["text"] = text
    try:
        return ArticleIn(**{k: (v or None) for k, v in form.items()} | {"text": form["text"]})
    except ValueError as exc:  # pydantic's ValidationError: shown on the form
        raise ApiError(422, "invalid article", str(exc).splitlines()[0]) from None


def _analyze_pages(web: APIRouter) -> None:
    @web.get("/analyze")
    def analyze_form(request: Request):
        return _analyze_form(request, {})

    @web.post("/analyze")
    @web.post("/analyze.json")
    async def analyze_post(request: Request, text: str = Form(""), title: str = Form(""),
                           published: str = Form(""), source: str = Form(""), url: str = Form(""),
                           csrf_token: str = Form("", alias=CSRF_FIELD), file: UploadFile | None = File(None)):
        state = app_state(request)
        form = {"text": text, "title": title, "published": published, "source": source, "url": url}
        if not csrf_matches(request.cookies.get(CSRF_COOKIE), csrf_token):
            return _analyze_form(request, form, 403, error="the form has expired",
                                 detail="reload the analyze page and submit it again")
        try:
            body = await _form_article(request, form, file)
            record = await state.analyzer.run(article_input(body, state.settings.analyzer,
                                                            state.settings.analyze_max_bytes))
        except InputError as exc:
            return _analyze_form(request, form, 422, error="the article cannot be analyzed", detail=exc.problem)
        except ApiError as exc:
            return _analyze_form(request, form, exc.status_code, error=exc.error, detail=exc.detail,
                                 headers=exc.headers)
        return _analyze_form(request, form, record=record)

    @web.get("/docs")
    def docs(request: Request):
        from eventwire.web.templating import templates

        return templates.TemplateResponse(request, "docs.html", {})


def build_page_router() -> APIRouter:
    web = APIRouter(include_in_schema=False)
    _corpus_pages(web)
    _evidence_pages(web)
    _actor_pages(web)
    _analyze_pages(web)
    return web
