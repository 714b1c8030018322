"""The Python API (``import eventwire``): the CLI's checks and engine, without the CLI.

``eventwire.analyze(text_or_html, published=..., title=...)`` -> a :class:`~eventwire.record.Record`;
``eventwire.analyze_many(items)`` streams records; ``eventwire.open_store(url)`` gives a
:class:`Corpus`, the query layer over a store. See docs/python.md (doctested).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from eventwire.analyze import analyze_article as analyze
from eventwire.analyze import article_from
from eventwire.config import Settings, load_settings
from eventwire.errors import InputError
from eventwire.record import Record

__all__ = ["analyze", "analyze_many", "open_store", "Corpus", "article_from"]

def analyze_many(items: Iterable[Any], *, settings: Settings | None = None, workers: int = 1,
                 on_error: Callable[[InputError], None] | None = None) -> Iterator[Record]:
    """Records for ``items`` (strings, dicts with ``text`` and metadata, or ArticleInputs),
    in order, one at a time. A bad item raises :class:`~eventwire.errors.InputError`, or,
    with ``on_error``, is passed to it and skipped (the rest goes on)."""
    from eventwire.analyze import Failed, analyze_stream

    settings = settings or load_settings()

    def checked() -> Iterator:
        for n, item in enumerate(items, 1):
            try:
                yield article_from(item, settings, where=f"item {n}")
            except InputError as exc:
                _refuse(exc, on_error)

    for _art, result in analyze_stream(checked(), settings, workers):
        if isinstance(result, Failed):
            _refuse(InputError(result.origin, result.reason), on_error)
        else:
            yield result


def _refuse(exc: InputError, on_error) -> None:
    if on_error is None:
        raise exc
    on_error(exc)


@dataclass
class Corpus:
    """A store and its query layer: each method is the function of :mod:`eventwire.store.query`
    of the same name, returning a :class:`~eventwire.store.query.Page` (``items``, ``total``)."""

    store: Any

    def events(self, **filters):
        from eventwire.store.query import list_events

        return list_events(self.store, **filters)

    def quotes(self, **filters):
        from eventwire.store.query import list_quotes

        return list_quotes(self.store, **filters)

    def figures(self, **filters):
        from eventwire.store.query import list_figures

        return list_figures(self.store, **filters)

    def articles(self, **filters):
        from eventwire.store.query import list_articles

        return list_articles(self.store, **filters)

    def search(self, query: str, **paging):
        from eventwire.store.query import search

        return search(self.store, query, **paging)

    def stats(self) -> dict:
        from eventwire.store.query import stats

        return stats(self.store)

    def record(self, article_id: str) -> Record | None:
        return self.store.get_record(article_id)

    def add(self, record: Record) -> str:
        """Store one record (``new``, ``duplicate``, ``updated`` or ``unchanged``)."""
        return self.store.add_record(record)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(url: str | None = None, *, existing: bool = False) -> Corpus:
    """The store at ``url`` (a SQLite path or SQLAlchemy URL; default as the CLI's ``--db``),
    created and migrated if needed unless ``existing``."""
    from eventwire.store import open_store as open_db

    return Corpus(open_db(url, existing=existing))
