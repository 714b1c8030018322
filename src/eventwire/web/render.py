"""Rendering a view's result: the HTML page, its JSON twin or its CSV, from one result.

Following datasette: a view computes its data once (:class:`ViewResult`); this module
turns it into whatever the request asks for (:func:`~eventwire.web.negotiate.response_format`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request

from eventwire.web.csvout import csv_response
from eventwire.web.errors import ApiError
from eventwire.web.jsonbody import FastJSONResponse
from eventwire.web.negotiate import response_format
from eventwire.web.templating import templates


@dataclass
class ViewResult:
    """What a view computed: ``data`` is the JSON twin; the page renders ``data`` plus
    ``context`` (charts, form state); CSV writes ``rows`` (default ``data["items"]``)
    with ``columns``."""

    template: str | None
    data: dict
    context: dict = field(default_factory=dict)
    columns: list | None = None
    filename: str = "export.csv"
    rows: list[dict] | None = None
    status: int = 200
    table: str | None = None   # "events", "quotes", "figures": the API's documented rows (store/rows.py)
    store: object = None


def respond(request: Request, result: ViewResult):
    fmt = response_format(request)
    if result.table is not None and fmt in ("csv", "json"):
        from eventwire.web.csvout import table_response

        return table_response(result.store, result.table, result.data["items"], fmt, result.data)
    if fmt == "csv" and result.columns is not None:
        rows = result.rows if result.rows is not None else result.data.get("items", [])
        return csv_response(rows, result.columns, result.filename)
    if fmt == "csv":
        raise ApiError(404, "not found", f"{request.url.path} has no CSV form")
    if fmt == "json" or result.template is None:
        return FastJSONResponse(result.data, status_code=result.status)  # plain JSON types: no encoder walk
    return templates.TemplateResponse(request, result.template, {**result.data, **result.context},
                                      status_code=result.status)
