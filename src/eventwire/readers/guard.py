"""Failures to rejections (one record at a time) and back (the strict wrapper that raises)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from eventwire.errors import InputError
from eventwire.readers.article import ArticleInput, Item, Rejected

JSON_TOO_DEEP = "the JSON is nested too deeply to read (over about 1,000 levels)"


def unexpected(exc: BaseException) -> str:
    """One-line reason for a failure no reader foresaw (the type says where to look)."""
    if isinstance(exc, RecursionError):
        return JSON_TOO_DEEP if "JSON" in str(exc) else "the input is nested too deeply to read"
    detail = (str(exc).strip().splitlines() or [""])[0][:120]
    return f"cannot read the record ({type(exc).__name__}{': ' + detail if detail else ''})"


def guarded(where: str, build: Callable[[], Item]) -> Item:
    """``build()``, with any failure turned into a rejection of this one record."""
    try:
        return build()
    except InputError as exc:
        return Rejected(exc.source, exc.problem)
    except Exception as exc:  # a parser bug on hostile input ends this record only, never the run
        return Rejected(where, unexpected(exc))


def guarded_stream(where: str, items: Callable[[], Iterable[Item]]) -> Iterator[Item]:
    """The items of a reader; if the reader itself fails, one rejection for the rest of it."""
    try:
        yield from items()
    except InputError as exc:
        yield Rejected(exc.source, exc.problem)
    except OSError as exc:
        yield Rejected(where, f"cannot read the file ({exc.strerror or exc})")
    except Exception as exc:
        yield Rejected(where, unexpected(exc))


def strict(items: Iterable[Item]) -> Iterator[ArticleInput]:
    """The articles of a reader, raising :class:`InputError` at the first rejection."""
    for item in items:
        if isinstance(item, Rejected):
            raise InputError(item.origin, item.reason)
        yield item
