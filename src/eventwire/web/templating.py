"""The Jinja2 templates of the pages, and the error page.

Templates escape everything (``autoescape=True`` for every template, whatever its file
name); the only markup built in Python is the annotated article body
(:mod:`eventwire.web.markup`) and the SVG charts (:mod:`eventwire.web.svg`), both of
which escape each text piece themselves.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

WEB_DIR = Path(__file__).resolve().parent

# auto_reload off: templates ship inside the package, so checking each file's mtime on
# every render (a stat per template, base and macros included) buys nothing.
_env = Environment(loader=FileSystemLoader(str(WEB_DIR / "templates")), autoescape=True,
                   trim_blocks=True, lstrip_blocks=True, auto_reload=False)
templates = Jinja2Templates(env=_env)


def _query(params: dict, **changes) -> str:
    """A query string from ``params`` with ``changes`` applied; empty values dropped."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "", False)}, doseq=True)


def _short(value, n: int = 12) -> str:
    s = "" if value is None else str(value)
    return s if len(s) <= n else s[:n] + "…"


_env.globals["query"] = _query
_env.filters["short"] = _short


def render_error(request: Request, status: int, error: str, detail, headers=None):
    return templates.TemplateResponse(request, "error.html", {"status": status, "error": error, "detail": detail},
                                      status_code=status, headers=headers)
