"""The JSON API and web app (``eventwire serve``): a thin layer over the library.

``create_app(store_url, settings)`` builds a FastAPI application whose routes call
:mod:`eventwire.store.query` to read (the same query layer as the CLI),
:func:`eventwire.analyze.analyze` to analyze and :meth:`Store.add_record` to write; the HTML pages live in :mod:`eventwire.web.routes`. OpenAPI is at
``/openapi.json``, Swagger UI (vendored, no CDN) at ``/docs``.

Access: reads are open unless ``private`` (env ``EVENTWIRE_PRIVATE=1``); writes, and
reads of a private server, need ``Authorization: Bearer <token>`` with the operator's
token (env ``EVENTWIRE_TOKEN`` or ``--token-file``). Without a token configured, writes
are refused. Every error is JSON: ``{"error": "...", "detail": ...}``.
"""
from __future__ import annotations

import os
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException

from eventwire import __version__
from eventwire.config import DEFAULT, Settings
from eventwire.csvsafe import csv_chunks, safe_cell
from eventwire.errors import EventwireError, InputError
from eventwire.store.filters import EVENT_FILTERS, FIGURE_FILTERS, QUOTE_FILTERS
from eventwire.web.security import GuardMiddleware, bearer_token, token_matches

WEB_DIR = Path(__file__).resolve().parent / "web"
DAY_PATTERN = r"^(\d{4}-\d{2}-\d{2})?$"  # empty = no bound (a submitted blank form field)
MAX_PAGE = 1000          # items per JSON page
MAX_CSV_ROWS = 10_000    # rows in one CSV download (the store's own cap)
MAX_OFFSET = 10_000_000


@dataclass(frozen=True)
class ServerSettings:
    """How the server runs; ``from_env`` reads the operator's environment."""

    token: str | None = None
    private: bool = False
    cors_origins: tuple[str, ...] = ()
    max_body: int = 2 * 1024 * 1024
    analyzer: Settings = field(default_factory=lambda: DEFAULT)

    @classmethod
    def from_env(cls, token_file: str | None = None, private: bool | None = None,
                 cors_origins: tuple[str, ...] = (), **kw) -> ServerSettings:
        from eventwire.config import load_settings

        env = load_settings(token_file=token_file, private=private, cors_origins=tuple(cors_origins) or None,
                            max_body=kw.pop("max_body", None))
        token, token_file, private = env.token or None, env.token_file or None, env.private
        if token_file:
            try:
                token = Path(token_file).read_text(encoding="utf-8").strip() or None
            except OSError as exc:
                raise EventwireError(token_file, f"cannot read the token file: {exc.strerror}") from None
            if token is None:
                raise EventwireError(token_file, "the token file is empty")
        if private and not token:
            raise EventwireError("EVENTWIRE_PRIVATE", "a private server needs a token (EVENTWIRE_TOKEN or --token-file)")
        cors_origins, kw["max_body"] = env.cors_origins, env.max_body
        return cls(token=token, private=private, cors_origins=tuple(cors_origins), **kw)


# --------------------------------------------------------------------------- errors
class ApiError(HTTPException):
    """An HTTP error with a one-line message and optional detail, rendered as JSON."""

    def __init__(self, status: int, error: str, detail=None, headers: dict | None = None):
        super().__init__(status, detail, headers=headers)
        self.error = error


def error_response(status: int, error: str, detail=None, headers=None) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)


_STATUS_WORDS = {400: "bad request", 401: "authentication required", 403: "forbidden", 404: "not found",
                 405: "method not allowed", 413: "request body too large", 415: "unsupported media type",
                 422: "invalid request", 500: "internal server error", 503: "service unavailable"}


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api") or path.endswith(".json") or path == "/openapi.json":
        return False
    accept = request.headers.get("accept", "")
    return "text/html" in accept


def _install_error_handlers(app: FastAPI) -> None:
    from eventwire.web import render_error

    def respond(request: Request, status: int, error: str, detail, headers=None):
        if _wants_html(request):
            return render_error(request, status, error, detail, headers)
        return error_response(status, error, detail, headers)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        error = getattr(exc, "error", None) or _STATUS_WORDS.get(exc.status_code, "error")
        detail = exc.detail
        if exc.status_code == 404 and detail in (None, "Not Found"):
            detail = f"no such path: {request.url.path}"
        elif exc.status_code == 405 and detail in (None, "Method Not Allowed"):
            detail = f"{request.method} is not allowed on {request.url.path}"
        return respond(request, exc.status_code, error, detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        return respond(request, 422, "invalid request", detail)

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError):
        return respond(request, 422, "the article cannot be analyzed", exc.problem)

    @app.exception_handler(EventwireError)
    async def eventwire_error(request: Request, exc: EventwireError):
        from eventwire.store.db import StoreError

        if isinstance(exc, StoreError):
            return respond(request, 503, "the store is unavailable", str(exc))
        return respond(request, 422, "invalid request", f"{exc.source}: {exc.problem}")

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        # No traceback or exception text leaves the server: it may quote article text or SQL.
        return error_response(500, "internal server error", type(exc).__name__)


# --------------------------------------------------------------------------- app state
class AppState:
    """The store, opened on first use (analysis works without one)."""

    def __init__(self, store_url: str | None, settings: ServerSettings):
        self.store_url = store_url
        self.settings = settings
        self._store = None
        self._lock = threading.Lock()

    def store(self):
        if self._store is None:
            with self._lock:
                if self._store is None:
                    from eventwire.store import open_store

                    self._store = open_store(self.store_url)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def app_state(request: Request) -> AppState:
    return request.app.state.eventwire


# The dependencies every read shares are async: they do no I/O (the store is opened once,
# on first use), and a sync dependency costs a thread-pool round trip per request.
async def get_store(request: Request):
    return app_state(request).store()


async def require_read(request: Request) -> None:
    settings = app_state(request).settings
    if settings.private:
        _check_token(request, settings.token)


def require_write(request: Request) -> None:
    settings = app_state(request).settings
    if not settings.token:
        raise ApiError(403, "writes are disabled",
                       "the operator has not configured a token (EVENTWIRE_TOKEN or --token-file)")
    _check_token(request, settings.token)


def _check_token(request: Request, expected: str | None) -> None:
    given = bearer_token(request.headers.get("authorization"))
    if given is None:
        raise ApiError(401, "authentication required", "send Authorization: Bearer <token>",
                       headers={"WWW-Authenticate": "Bearer"})
    if not token_matches(given, expected):
        raise ApiError(401, "invalid token", "the bearer token does not match",
                       headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


# --------------------------------------------------------------------------- models
def _clean_text(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if "\x00" in value:
        raise ValueError(f"{name} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{name} is not valid Unicode (lone surrogate)") from None
    return value


class ArticleIn(BaseModel):
    """An article to analyze: its text and what is known about it."""

    text: str = Field(description="the article text (plain text)", min_length=1)
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, description="publication date, YYYY-MM-DD (other common forms accepted)",
                                  max_length=100)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=4000)

    @field_validator("text", "title", "published", "source", "url")
    @classmethod
    def _no_nul(cls, v, info):
        return _clean_text(v, info.field_name)


class StoreResult(BaseModel):
    status: Literal["new", "unchanged", "duplicate", "updated"]
    article_id: str
    events: int
    quotes: int


def analyze_input(body: ArticleIn, settings: Settings):
    """Validate (same checks as the CLI) and analyze one posted article; nothing stored."""
    from eventwire.analyze import analyze
    from eventwire.readers import ArticleInput, normalise_date, validate

    published = None
    if body.published and body.published.strip():
        published = normalise_date(body.published)
        if published is None:
            raise ApiError(422, "invalid request", f"published: {body.published!r} is not a date (YYYY-MM-DD)")
    art = ArticleInput(text=body.text, title=(body.title or "").strip() or None, published=published,
                       url=(body.url or "").strip() or None, source=(body.source or "").strip() or None,
                       origin="request body")
    validate(art, settings.max_chars)
    return analyze(art, settings)


# --------------------------------------------------------------------------- CSV
# Every CSV goes through the one guarded writer (eventwire.csvsafe).
_csv_cell = safe_cell


def csv_response(rows: list[dict], columns: list[tuple[str, callable]], filename: str) -> StreamingResponse:
    """A CSV download of ``rows`` under ``columns`` ((name, getter) pairs)."""
    names = [name for name, _ in columns]
    values = ({name: get(row) for name, get in columns} for row in rows)
    return csv_rows_response(values, names, filename)


def csv_rows_response(rows, names: list[str], filename: str) -> StreamingResponse:
    return StreamingResponse(csv_chunks(names, rows), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def table_response(store, what: str, items: list[dict], fmt: str, page=None):
    """A listed page of events, quotes or figures: the documented rows (docs/data.md) as
    CSV, or the page's JSON with each item's row under ``row``."""
    from eventwire.store import rows as table

    build = {"events": table.event_rows_of, "figures": table.figure_rows_of,
             "quotes": lambda _store, qs: [table.quote_row(q) for q in qs]}[what]
    built = build(store, items)
    if fmt == "csv":
        return csv_rows_response(built, table.names(table.COLUMNS[what]), f"{what}.csv")
    body = page.to_dict()
    body["items"] = [{**item, "row": row} for item, row in zip(items, built)]
    return JSONResponse(body)


ARTICLE_COLUMNS = [(k, (lambda k: lambda r: r.get(k))(k)) for k in (
    "id", "title", "published", "source", "url", "language", "analyzer", "duplicate_of", "added", "chars",
    "events", "quotes")]
ACTOR_COLUMNS = [(k, (lambda k: lambda r: r.get(k))(k)) for k in ("name", "kind", "code", "country", "articles", "events")]
PLACE_COLUMNS = [(k, (lambda k: lambda r: r.get(k))(k)) for k in (
    "name", "country", "lat", "lon", "geonameid", "precision", "articles", "events")]


# --------------------------------------------------------------------------- API routes
Format = Literal["json", "csv"]
EventSort = Literal["-day", "day", "type", "-type", "-confidence", "confidence"]
def _day():
    return Query(None, pattern=DAY_PATTERN, description="YYYY-MM-DD, inclusive")


def _page_size(limit: int | None, fmt: str) -> int:
    if fmt == "csv":
        return MAX_CSV_ROWS if limit is None else min(limit, MAX_CSV_ROWS)
    return 50 if limit is None else limit


# The one filter definition (store/filters.py) gives the CLI options and these parameters.
event_filters = EVENT_FILTERS.dependency()
quote_filters = QUOTE_FILTERS.dependency()
figure_filters = FIGURE_FILTERS.dependency()


def build_api_router() -> APIRouter:
    from eventwire.store import query as sq

    api = APIRouter(prefix="/api", dependencies=[Depends(require_read)])

    @api.get("/health", tags=["meta"], summary="liveness and version")
    def health() -> dict:
        return {"status": "ok", "version": __version__}

    @api.get("/stats", tags=["corpus"], summary="corpus totals, events by type and by day")
    def stats(store=Depends(get_store)) -> dict:
        return sq.stats(store)

    @api.get("/articles", tags=["articles"], summary="list articles (without text)")
    def articles(store=Depends(get_store), source: str | None = Query(None, max_length=200),
                 since: str | None = _day(), until: str | None = _day(),
                 q: str | None = Query(None, max_length=200, description="substring of title or URL"),
                 include_duplicates: bool = True, limit: int | None = Query(None, ge=0, le=MAX_PAGE),
                 offset: int = Query(0, ge=0, le=MAX_OFFSET), format: Format = "json"):
        page = sq.list_articles(store, source=source or None, since=since or None, until=until or None, q=q or None,
                                include_duplicates=include_duplicates, limit=_page_size(limit, format), offset=offset)
        if format == "csv":
            return csv_response(page.items, ARTICLE_COLUMNS, "articles.csv")
        return JSONResponse(page.to_dict())  # plain JSON types: skip jsonable_encoder's walk

    @api.get("/articles/{article_id}", tags=["articles"], summary="the full record of one article")
    def article(article_id: str, store=Depends(get_store)) -> dict:
        record = sq.get_article(store, article_id)
        if record is None:
            raise ApiError(404, "article not found", f"no article with id {article_id!r}")
        return record.to_dict()

    @api.get("/articles/{article_id}/info", tags=["articles"],
             summary="store facts about an article: duplicates, origin, event clusters")
    def article_info(article_id: str, store=Depends(get_store)) -> dict:
        info = sq.get_article_info(store, article_id)
        if info is None:
            raise ApiError(404, "article not found", f"no article with id {article_id!r}")
        return info

    @api.post("/articles", tags=["articles"], status_code=201, response_model=StoreResult,
              dependencies=[Depends(require_write)], summary="analyze an article and store its record",
              responses={401: {"description": "missing or wrong bearer token"},
                         403: {"description": "writes disabled"}, 413: {"description": "body too large"}})
    def add_article(body: ArticleIn, request: Request, store=Depends(get_store)):
        state = app_state(request)
        record = analyze_input(body, state.settings.analyzer)
        status = store.add_record(record, origin="api")
        result = StoreResult(status=status, article_id=record.article.id, events=len(record.events),
                             quotes=len(record.quotes))
        return JSONResponse(result.model_dump(), status_code=201 if status in ("new", "duplicate") else 200)

    @api.post("/analyze", tags=["analyze"], summary="analyze an article without storing it",
              responses={413: {"description": "body too large"}, 422: {"description": "invalid or unanalyzable article"}})
    def analyze_article(body: ArticleIn, request: Request) -> dict:
        return analyze_input(body, app_state(request).settings.analyzer).to_dict()

    @api.get("/events", tags=["events"], summary="list events with filters, sorting and paging")
    def events(store=Depends(get_store), filters: dict = Depends(event_filters),
               sort: EventSort = Query("-day", description="day, type or confidence; - for descending"),
               limit: int | None = Query(None, ge=0, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET),
               format: Format = "json"):
        page = sq.list_events(store, sort=sort, limit=_page_size(limit, format), offset=offset, **filters)
        return table_response(store, "events", page.items, format, page)

    @api.get("/quotes", tags=["quotes"], summary="list quotes")
    def quotes(store=Depends(get_store), filters: dict = Depends(quote_filters),
               limit: int | None = Query(None, ge=0, le=MAX_PAGE),
               offset: int = Query(0, ge=0, le=MAX_OFFSET), format: Format = "json"):
        page = sq.list_quotes(store, **filters, limit=_page_size(limit, format), offset=offset)
        return table_response(store, "quotes", page.items, format, page)

    @api.get("/figures", tags=["figures"], summary="list figures (casualties, arrests, money...)")
    def figures(store=Depends(get_store), filters: dict = Depends(figure_filters),
                limit: int | None = Query(None, ge=0, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET),
                format: Format = "json"):
        page = sq.list_figures(store, **filters, limit=_page_size(limit, format), offset=offset)
        return table_response(store, "figures", page.items, format, page)

    @api.get("/actors", tags=["actors"], summary="actors across the corpus, most frequent first")
    def actors(store=Depends(get_store), q: str | None = Query(None, max_length=200),
               kind: str | None = Query(None, max_length=16), country: str | None = Query(None, max_length=3),
               limit: int | None = Query(None, ge=0, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET),
               format: Format = "json"):
        page = sq.list_actors(store, q=q or None, kind=kind or None, country=country or None,
                              limit=_page_size(limit, format), offset=offset)
        if format == "csv":
            return csv_response(page.items, ACTOR_COLUMNS, "actors.csv")
        return JSONResponse(page.to_dict())  # plain JSON types: skip jsonable_encoder's walk

    @api.get("/actors/{name}", tags=["actors"], summary="one actor: variants and interactions")
    def actor(name: str, store=Depends(get_store)) -> dict:
        summary = sq.actor_summary(store, name)
        if summary is None:
            raise ApiError(404, "actor not found", f"no entity named {name!r}")
        return {**summary, "interactions": sq.actor_links(store, summary["name"])}

    @api.get("/places", tags=["places"], summary="places across the corpus")
    def places(store=Depends(get_store), q: str | None = Query(None, max_length=200),
               country: str | None = Query(None, max_length=3),
               limit: int | None = Query(None, ge=0, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET),
               format: Format = "json"):
        page = sq.list_places(store, q=q or None, country=country or None, limit=_page_size(limit, format),
                              offset=offset)
        if format == "csv":
            return csv_response(page.items, PLACE_COLUMNS, "places.csv")
        return JSONResponse(page.to_dict())  # plain JSON types: skip jsonable_encoder's walk

    @api.get("/timeline", tags=["events"], summary="event counts by day and type")
    def timeline(store=Depends(get_store), type: str | None = Query(None, max_length=300),
                 actor: str | None = Query(None, max_length=200), since: str | None = _day(), until: str | None = _day(),
                 country: str | None = Query(None, max_length=3), include_duplicates: bool = True) -> dict:
        rows = sq.timeline(store, type=type or None, actor=actor or None, since=since or None, until=until or None,
                           country=country or None, include_duplicates=include_duplicates)
        return {"items": rows}

    @api.get("/interactions", tags=["events"], summary="actor-to-actor interaction counts by event type")
    def interactions(store=Depends(get_store), type: str | None = Query(None, max_length=300),
                     since: str | None = _day(), until: str | None = _day(), include_duplicates: bool = True,
                     limit: int = Query(100, ge=1, le=MAX_PAGE)) -> dict:
        return {"items": sq.interactions(store, type=type or None, since=since or None, until=until or None,
                                         include_duplicates=include_duplicates, limit=limit)}

    @api.get("/search", tags=["corpus"], summary="full-text search over article texts and quotes")
    def search(q: str = Query(..., min_length=1, max_length=200), store=Depends(get_store),
               limit: int = Query(20, ge=0, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict:
        return sq.search(store, q, limit=limit, offset=offset).to_dict()

    return api


# --------------------------------------------------------------------------- factory
def create_app(store_url: str | None = None, settings: ServerSettings | Settings | None = None) -> FastAPI:
    """The application: JSON API under /api, HTML pages, vendored static files, /docs.

    ``store_url``: a SQLAlchemy URL or SQLite path (default: ``EVENTWIRE_DB`` or
    ``sqlite:///eventwire.db``), opened on first use. ``settings``: a
    :class:`ServerSettings` (an analyzer :class:`~eventwire.config.Settings` alone is
    accepted too); default :meth:`ServerSettings.from_env`.
    """
    if settings is None:
        settings = ServerSettings.from_env()
    elif isinstance(settings, Settings):
        settings = ServerSettings.from_env(analyzer=settings)
    app = FastAPI(title="eventwire", version=__version__, docs_url=None, redoc_url=None, lifespan=_lifespan,
                  description="News articles in, evidence out: quotes, PLOVER events, figures, actors, places.")
    app.state.eventwire = AppState(store_url, settings)
    _install_error_handlers(app)
    app.include_router(build_api_router())

    from eventwire.web.routes import build_web_router

    app.include_router(build_web_router(), dependencies=[Depends(require_read)])
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(GuardMiddleware, max_body=settings.max_body)

    return app


@asynccontextmanager
async def _lifespan(app: FastAPI):
    """Close the store when the server stops (FastAPI's lifespan; ``on_event`` is deprecated)."""
    yield
    app.state.eventwire.close()


def app_from_env() -> FastAPI:
    """The app configured from the environment alone (``EVENTWIRE_DB``,
    ``EVENTWIRE_TOKEN`` or ``EVENTWIRE_TOKEN_FILE``, ``EVENTWIRE_PRIVATE``,
    ``EVENTWIRE_CORS_ORIGINS``, ``EVENTWIRE_MAX_BODY``): the factory each uvicorn
    worker process calls when ``eventwire serve --workers N`` runs several."""
    return create_app(os.environ.get("EVENTWIRE_DB") or None, ServerSettings.from_env())
