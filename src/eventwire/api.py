"""The public entry points of the web app, kept at their old import path
(``eventwire.api:app_from_env`` is what ``eventwire serve --workers N`` starts).

The app itself lives in :mod:`eventwire.web` (one job per module: see its docstring).
"""
from __future__ import annotations

from eventwire.web.app import app_from_env, create_app
from eventwire.web.settings import ServerSettings

__all__ = ["ServerSettings", "app_from_env", "create_app"]
