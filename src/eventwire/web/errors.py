"""Errors: one body, ``{"error": "one line", "detail": ...}``, for every failure.

A request that wants an HTML page (:func:`~eventwire.web.negotiate.wants_json` is
False) gets the same error as a page. Validation errors always carry ``detail`` as the
array the OpenAPI schema promises (``[{"loc", "msg", "type"}]``). A 500 names only the
exception class: its text may quote article text or SQL.
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from eventwire.errors import EventwireError, InputError
from eventwire.web.negotiate import wants_json
from eventwire.web.security import security_headers
from eventwire.web.templating import render_error

STATUS_WORDS = {400: "bad request", 401: "authentication required", 403: "forbidden", 404: "not found",
                405: "method not allowed", 413: "request body too large", 415: "unsupported media type",
                422: "invalid request", 429: "too many requests", 500: "internal server error",
                503: "service unavailable"}


class ApiError(HTTPException):
    """An HTTP error with a one-line message and optional detail."""

    def __init__(self, status: int, error: str, detail=None, headers: dict | None = None):
        super().__init__(status, detail, headers=headers)
        self.error = error


def error_body(error: str, detail=None) -> dict:
    return {"error": error, "detail": detail}


def validation_detail(loc: list, msg: str, type_: str = "value_error") -> list[dict]:
    """``detail`` for a 422 raised by hand: the same array shape as FastAPI's own."""
    return [{"loc": list(loc), "msg": msg, "type": type_}]


def error_response(request: Request | None, status: int, error: str, detail=None, headers=None):
    """The error as JSON, or as a page when ``request`` wants HTML."""
    if request is not None and not wants_json(request):
        return render_error(request, status, error, detail, headers)
    return JSONResponse(error_body(error, detail), status_code=status, headers=headers)


def _http_detail(request: Request, exc: HTTPException):
    detail = exc.detail
    if exc.status_code == 404 and detail in (None, "Not Found"):
        return f"no such path: {request.url.path}"
    if exc.status_code == 405 and detail in (None, "Method Not Allowed"):
        return f"{request.method} is not allowed on {request.url.path}"
    return detail


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        error = getattr(exc, "error", None) or STATUS_WORDS.get(exc.status_code, "error")
        return error_response(request, exc.status_code, error, _http_detail(request, exc),
                              getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        return error_response(request, 422, "invalid request", detail)

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError):
        return error_response(request, 422, "the article cannot be analyzed", exc.problem)

    @app.exception_handler(EventwireError)
    async def eventwire_error(request: Request, exc: EventwireError):
        from eventwire.store.db import StoreError

        if isinstance(exc, StoreError):
            return error_response(request, 503, "the store is unavailable", str(exc))
        loc = ["query", exc.source.lstrip("-")] if exc.source.startswith("--") else ["query", exc.source]
        return error_response(request, 422, "invalid request", validation_detail(loc, exc.problem))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        # Starlette runs this handler outside every middleware, so the security headers
        # are added here (a 500 must carry them too).
        return JSONResponse(error_body("internal server error", type(exc).__name__), status_code=500,
                            headers=security_headers(request.url.path))
