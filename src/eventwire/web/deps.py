"""What routes depend on: the app's state (store, settings), access checks, and the
query parameters several routes share (dates, paging, the event filter)."""
from __future__ import annotations

import datetime as dt
import threading
from typing import Annotated, Literal

from fastapi import Query, Request
from pydantic import AfterValidator

from eventwire.store.filters import EVENT_FILTERS, FIGURE_FILTERS
from eventwire.web.analysis import Analyzer
from eventwire.web.errors import ApiError
from eventwire.web.security import bearer_token, token_matches
from eventwire.web.settings import ServerSettings

DAY_PATTERN = r"^(\d{4}-\d{2}-\d{2})?$"  # empty = no bound (a submitted blank form field)
MAX_PAGE = 1000          # items per JSON page
MAX_CSV_ROWS = 10_000    # rows in one CSV download (the store's own cap)
MAX_OFFSET = 10_000_000
PAGE_SIZE = 50           # rows on an HTML page


class AppState:
    """The store, opened on first use (analysis works without one), the settings, and
    the analyzer process (started on first use, or by :meth:`warm` at worker start)."""

    def __init__(self, store_url: str | None, settings: ServerSettings):
        self.store_url = store_url
        self.settings = settings
        self.analyzer = Analyzer(settings.analyzer, settings.analyze_concurrency, settings.analyze_timeout)
        self._store = None
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Open the store and start the analyzer with its model loaded, so that the first
        request pays for neither (the first write took 35 s when the model loaded then)."""
        self.store()
        self.analyzer.start(wait=True)

    def store(self):
        if self._store is None:
            with self._lock:
                if self._store is None:
                    from eventwire.store import open_store

                    self._store = open_store(self.store_url)
        return self._store

    def close(self) -> None:
        self.analyzer.close()
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
        check_token(request, settings.token)


async def require_analyze(request: Request) -> None:
    """Analysis is the costly request: with ``analyze_needs_token`` (or ``private``) it
    needs the token like a write."""
    settings = app_state(request).settings
    if settings.analyze_private:
        check_token(request, settings.token)


async def require_write(request: Request) -> None:
    settings = app_state(request).settings
    if not settings.token:
        raise ApiError(403, "writes are disabled",
                       "the operator has not configured a token (EVENTWIRE_TOKEN or --token-file)")
    check_token(request, settings.token)


def check_token(request: Request, expected: str | None) -> None:
    given = bearer_token(request.headers.get("authorization"))
    if given is None:
        raise ApiError(401, "authentication required", "send Authorization: Bearer <token>",
                       headers={"WWW-Authenticate": "Bearer"})
    if not token_matches(given, expected):
        raise ApiError(401, "invalid token", "the bearer token does not match",
                       headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


# --------------------------------------------------------------------------- parameters
def _real_day(value: str | None) -> str | None:
    """A YYYY-MM-DD that is a calendar day (2025-13-45 matches the pattern, not this):
    a ValueError here becomes a 422 with the usual ``detail`` array."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a calendar date (YYYY-MM-DD)") from None


Day = Annotated[str | None, Query(pattern=DAY_PATTERN, description="YYYY-MM-DD, inclusive"),
                AfterValidator(_real_day)]
TriState = Literal["yes", "no", "any"] | None
Limit = Annotated[int | None, Query(ge=0, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Text200 = Annotated[str | None, Query(max_length=200)]
OutFormat = Literal["json", "csv"]


def page_size(limit: int | None, fmt: str) -> int:
    if fmt == "csv":
        return MAX_CSV_ROWS if limit is None else min(limit, MAX_CSV_ROWS)
    return PAGE_SIZE if limit is None else limit


def tri(value: TriState) -> bool | None:
    return {"yes": True, "no": False}.get(value or "any")


# The event filter is the library's one definition (store/filters.py): the same names and
# checks as the CLI, as keyword arguments of :func:`eventwire.store.query.list_events`.
event_filters = EVENT_FILTERS.dependency()


async def figure_filters(
    kind: str | None = Query(None, max_length=16, description="killed, wounded, arrested..."),
    subject: str | None = Query(None, max_length=200, description="substring of what is counted"),
    claimant: str | None = Query(None, max_length=200, description="the quote's speaker, else the article's source"),
    place: str | None = Query(None, max_length=200, description="place of an event in the figure's sentence"),
    since: Day = None, until: Day = None, article_id: str | None = Query(None, max_length=64),
    min_value: float | None = Query(None, ge=-1e15, le=1e15), include_duplicates: bool = True,
) -> dict:
    """The figure filter as keyword arguments of :mod:`eventwire.web.data`'s figure reads: the
    library's figure filters (checked as in the CLI) plus subject, claimant and place."""
    return FIGURE_FILTERS.api_checked({"kind": kind or None, "subject": subject or None, "claimant": claimant or None, "place": place or None,
            "since": since, "until": until, "article_id": article_id or None, "min_value": min_value,
            "include_duplicates": include_duplicates})
