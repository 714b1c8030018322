"""The JSON API under ``/api``: parameters bound to :mod:`eventwire.web.views`; lists
also as CSV with ``format=csv`` (documented as ``text/csv`` in the OpenAPI schema)."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from eventwire import __version__
from eventwire.record import CUE_KINDS
from eventwire.web import views
from eventwire.web.analysis import ArticleIn, StoreResult, article_input
from eventwire.web.deps import (MAX_PAGE, Day, Limit, Offset, OutFormat, Text200, app_state, event_filters,
                                figure_filters, get_store, page_size, require_analyze, require_read, require_write)
from eventwire.web.render import respond

CueKindParam = Literal[CUE_KINDS]  # type: ignore[valid-type]
EventSort = Literal["-day", "day", "type", "-type", "-confidence", "confidence"]
CSV_RESPONSE = {200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                      "description": "the page as JSON, or all rows as CSV with format=csv"}}
ERRORS = {422: {"description": "invalid parameters"}}
ANALYZE_ERRORS = {401: {"description": "missing or wrong bearer token"},
                  413: {"description": "body or text too large"},
                  422: {"description": "invalid or unanalyzable article"},
                  429: {"description": "the analyzer is busy (see Retry-After)"},
                  503: {"description": "the analysis took too long"}}


def _lists(api: APIRouter) -> None:
    """The list routes: JSON pages, or CSV with ``format=csv``."""
    def listing(path: str, tag: str, summary: str):
        return api.get(path, tags=[tag], summary=summary, responses=CSV_RESPONSE)

    @listing("/articles", "articles", "list articles (without text)")
    def articles(request: Request, store=Depends(get_store), source: Text200 = None, since: Day = None,
                 until: Day = None, q: str | None = Query(None, max_length=200, description="substring of title or URL"),
                 include_duplicates: bool = True, limit: Limit = None, offset: Offset = 0, format: OutFormat = "json"):
        return respond(request, views.articles(store, source=source or None, since=since, until=until, q=q or None,
                                               include_duplicates=include_duplicates,
                                               limit=page_size(limit, format), offset=offset))

    @listing("/events", "events", "list events with filters, sorting and paging")
    def events(request: Request, store=Depends(get_store), filters: dict = Depends(event_filters),
               sort: EventSort = Query("-day", description="day, type or confidence; - for descending"),
               limit: Limit = None, offset: Offset = 0, format: OutFormat = "json"):
        return respond(request, views.events(store, filters, sort=sort, limit=page_size(limit, format), offset=offset))

    @listing("/quotes", "quotes", "list quotes (an organisation's members count toward its affiliation)")
    def quotes(request: Request, store=Depends(get_store),
               speaker: str | None = Query(None, max_length=200, description="speaker name (substring) or code"),
               affiliation: str | None = Query(None, max_length=200,
                                               description="organisation: its own quotes and its members'"),
               cue_kind: CueKindParam | None = None,
               q: str | None = Query(None, max_length=200, description="substring of the quote"),
               kind: Literal["direct", "indirect", "mixed"] | None = None, since: Day = None, until: Day = None,
               article_id: str | None = Query(None, max_length=64), include_duplicates: bool = True,
               limit: Limit = None, offset: Offset = 0, format: OutFormat = "json"):
        return respond(request, views.quotes(store, speaker=speaker or None, affiliation=affiliation or None,
                                             cue_kind=cue_kind, q=q or None, kind=kind, since=since, until=until,
                                             article_id=article_id or None, include_duplicates=include_duplicates,
                                             limit=page_size(limit, format), offset=offset))

    @listing("/figures", "figures", "list figures (casualties, arrests, money...) with claimant and place")
    def figures(request: Request, store=Depends(get_store), filters: dict = Depends(figure_filters),
                limit: Limit = None, offset: Offset = 0, format: OutFormat = "json"):
        return respond(request, views.figures(store, limit=page_size(limit, format), offset=offset, **filters))

    @api.get("/figures/claims", tags=["figures"],
             summary="competing claims: one kind of count about one subject, by claimant over time")
    def figure_claims(request: Request, store=Depends(get_store), filters: dict = Depends(figure_filters)):
        return respond(request, views.figure_claims(store, **filters))

    @listing("/actors", "actors", "actors across the corpus, most frequent first")
    def actors(request: Request, store=Depends(get_store), q: Text200 = None,
               kind: str | None = Query(None, max_length=16), country: str | None = Query(None, max_length=3),
               limit: Limit = None, offset: Offset = 0, format: OutFormat = "json"):
        return respond(request, views.actors(store, q=q or None, kind=kind or None, country=country or None,
                                             limit=page_size(limit, format), offset=offset))

    @listing("/places", "places", "places across the corpus")
    def places(request: Request, store=Depends(get_store), q: Text200 = None,
               country: str | None = Query(None, max_length=3), limit: Limit = None, offset: Offset = 0,
               format: OutFormat = "json"):
        return respond(request, views.places(store, q=q or None, country=country or None,
                                             limit=page_size(limit, format), offset=offset))


def _items(api: APIRouter) -> None:
    """One item, and the counts."""
    @api.get("/health", tags=["meta"], summary="liveness and version")
    def health() -> dict:
        return {"status": "ok", "version": __version__}

    @api.get("/stats", tags=["corpus"], summary="corpus totals, events by type and by day")
    def stats(request: Request, store=Depends(get_store)):
        return respond(request, views.stats(store))

    @api.get("/articles/{article_id}", tags=["articles"], summary="the full record of one article")
    def article(request: Request, article_id: str, store=Depends(get_store)):
        return respond(request, views.article_record(store, article_id))

    @api.get("/articles/{article_id}/info", tags=["articles"],
             summary="store facts about an article: duplicates, origin, event clusters")
    def article_info(request: Request, article_id: str, store=Depends(get_store)):
        return respond(request, views.article_info(store, article_id))

    @api.get("/actors/{name}", tags=["actors"], summary="one actor: variants and interactions")
    def actor(request: Request, name: str, store=Depends(get_store)):
        return respond(request, views.actor_summary(store, name))

    @api.get("/timeline", tags=["events"], summary="event counts by day and type")
    def timeline(request: Request, store=Depends(get_store), type: str | None = Query(None, max_length=300),
                 actor: Text200 = None, since: Day = None, until: Day = None,
                 country: str | None = Query(None, max_length=3), include_duplicates: bool = True):
        return respond(request, views.timeline(store, type=type or None, actor=actor or None, since=since,
                                               until=until, country=country or None,
                                               include_duplicates=include_duplicates))

    @api.get("/interactions", tags=["events"], summary="actor-to-actor interaction counts by event type")
    def interactions(request: Request, store=Depends(get_store), type: str | None = Query(None, max_length=300),
                     since: Day = None, until: Day = None, include_duplicates: bool = True,
                     limit: int = Query(100, ge=1, le=MAX_PAGE)):
        return respond(request, views.interactions(store, type=type or None, since=since, until=until,
                                                   include_duplicates=include_duplicates, limit=limit))

    @api.get("/search", tags=["corpus"], summary="full-text search over article texts and quotes")
    def search(request: Request, q: str = Query(..., min_length=1, max_length=200), store=Depends(get_store),
               limit: int = Query(20, ge=0, le=MAX_PAGE), offset: Offset = 0):
        return respond(request, views.search(store, q, limit, offset))


def _writes(api: APIRouter) -> None:
    """Analysis (costly: limited, see :mod:`eventwire.web.analysis`) and storing."""
    @api.post("/articles", tags=["articles"], status_code=201, response_model=StoreResult,
              dependencies=[Depends(require_write)], summary="analyze an article and store its record",
              responses={**ANALYZE_ERRORS, 403: {"description": "writes disabled"}})
    async def add_article(body: ArticleIn, request: Request, store=Depends(get_store)):
        state = app_state(request)
        record = await state.analyzer.run(article_input(body, state.settings.analyzer,
                                                        state.settings.analyze_max_bytes))
        from starlette.concurrency import run_in_threadpool

        status = await run_in_threadpool(store.add_record, record, origin="api")
        result = StoreResult(status=status, article_id=record.article.id, events=len(record.events),
                             quotes=len(record.quotes))
        return JSONResponse(result.model_dump(), status_code=201 if status in ("new", "duplicate") else 200)

    @api.post("/analyze", tags=["analyze"], summary="analyze an article without storing it",
              dependencies=[Depends(require_analyze)], responses=ANALYZE_ERRORS)
    async def analyze_article(body: ArticleIn, request: Request) -> dict:
        state = app_state(request)
        art = article_input(body, state.settings.analyzer, state.settings.analyze_max_bytes)
        return JSONResponse((await state.analyzer.run(art)).to_dict())


def build_api_router() -> APIRouter:
    api = APIRouter(prefix="/api", dependencies=[Depends(require_read)])
    _items(api)
    _lists(api)
    _writes(api)
    return api
