"""The application factory: ``create_app`` and ``app_from_env`` (the factory each
``eventwire serve --workers N`` process calls).

Access: reads are open unless ``private`` (env ``EVENTWIRE_PRIVATE=1``); writes, and
reads of a private server (``/openapi.json`` included), need ``Authorization: Bearer
<token>``. Every error is ``{"error": "...", "detail": ...}`` (:mod:`eventwire.web.errors`).
"""
from __future__ import annotations

import os
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.config import Settings
from eventwire.web.api import build_api_router
from eventwire.web.deps import AppState, require_read
from eventwire.web.errors import install_error_handlers
from eventwire.web.pages import build_page_router
from eventwire.web.security import GuardMiddleware
from eventwire.web.settings import ServerSettings
from eventwire.web.templating import WEB_DIR

DESCRIPTION = "News articles in, evidence out: quotes, PLOVER events, figures, actors, places."


def _settings(settings: ServerSettings | Settings | None) -> ServerSettings:
    if settings is None:
        return ServerSettings.from_env()
    if isinstance(settings, Settings):
        return ServerSettings.from_env(analyzer=settings)
    return settings


def _add_openapi_route(app: FastAPI) -> None:
    """``/openapi.json`` behind the same read check as every page (closed under --private)."""
    @app.get("/openapi.json", include_in_schema=False, dependencies=[Depends(require_read)])
    def openapi() -> JSONResponse:
        return JSONResponse(app.openapi())


def _add_middleware(app: FastAPI, settings: ServerSettings) -> None:
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(GuardMiddleware, max_body=settings.max_body, allowed_hosts=settings.allowed_hosts)


def create_app(store_url: str | None = None, settings: ServerSettings | Settings | None = None) -> FastAPI:
    """The application: JSON API under /api, HTML pages, vendored static files, /docs.

    ``store_url``: a SQLAlchemy URL or SQLite path (default: ``EVENTWIRE_DB`` or
    ``sqlite:///eventwire.db``), opened on first use. ``settings``: a
    :class:`ServerSettings` (an analyzer :class:`~eventwire.config.Settings` alone is
    accepted too); default :meth:`ServerSettings.from_env`.
    """
    settings = _settings(settings)
    state = AppState(store_url, settings)

    @asynccontextmanager
    async def lifespan(_app):
        yield
        state.close()

    app = FastAPI(title="eventwire", version=__version__, docs_url=None, redoc_url=None, openapi_url=None,
                  description=DESCRIPTION, lifespan=lifespan)
    app.state.eventwire = state
    install_error_handlers(app)
    _add_openapi_route(app)
    app.include_router(build_api_router())
    app.include_router(build_page_router(), dependencies=[Depends(require_read)])
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    _add_middleware(app, settings)
    return app


def app_from_env() -> FastAPI:
    """The app configured from the environment alone (``EVENTWIRE_DB``,
    ``EVENTWIRE_TOKEN`` or ``EVENTWIRE_TOKEN_FILE``, ``EVENTWIRE_PRIVATE``,
    ``EVENTWIRE_CORS_ORIGINS``, ``EVENTWIRE_MAX_BODY``, ``EVENTWIRE_ANALYZE_*``,
    ``EVENTWIRE_ALLOWED_HOSTS``)."""
    return create_app(os.environ.get("EVENTWIRE_DB") or None, ServerSettings.from_env())
