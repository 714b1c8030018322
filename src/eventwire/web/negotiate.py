"""The one rule for what a request wants back: an HTML page, JSON or CSV.

Pages and their twins share a path: ``/events`` (HTML), ``/events.json``,
``/events.csv`` (datasette's scheme); everything under ``/api`` is JSON, or CSV with
``format=csv``. Without a suffix, ``Accept: application/json`` (and no ``text/html``)
asks for JSON. Errors follow the same rule, so a browser gets an error page and a
client of the API gets the JSON error body.
"""
from __future__ import annotations

from typing import Literal

from starlette.requests import Request

Format = Literal["html", "json", "csv"]
JSON_PATHS = ("/openapi.json",)


def response_format(request: Request) -> Format:
    path = request.url.path
    if path.endswith(".csv") or request.query_params.get("format") == "csv":
        return "csv"
    if path.startswith("/api/") or path == "/api" or path.endswith(".json") or path in JSON_PATHS:
        return "json"
    accept = request.headers.get("accept", "")
    if "application/json" in accept and "text/html" not in accept:
        return "json"
    return "html"


def wants_json(request: Request) -> bool:
    """True unless the request wants an HTML page (a CSV request's errors are JSON too)."""
    return response_format(request) != "html"
