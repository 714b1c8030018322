"""Deprecated alias of :mod:`eventwire.readers` (the readers moved there; issue 11.8).

Kept only so that code written against the old name keeps importing while branches
merge; new code imports from ``eventwire.readers``. Remove once nothing imports it.
"""
from __future__ import annotations

from eventwire.readers import (  # noqa: F401
    ArticleInput, Columns, Rejected, article_id, decode, detect_language, html_article, normalise, normalise_date,
    read_articles, read_corpus, validate,
)
