"""What every list of :mod:`eventwire.store.query` shares: the :class:`Page`, paging
bounds, LIKE patterns, day bounds, country codes, name matching, JSON list columns and
streaming off a server-side cursor."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

import pycountry
from sqlalchemy import Text, cast, func, literal, or_, select
from sqlalchemy.orm import aliased

from eventwire.store import models as m
from eventwire.store.db import Store

MAX_LIMIT = 10_000


@dataclass
class Page:
    items: list[dict]
    total: int
    limit: int
    offset: int = 0
    extra: dict = field(default_factory=dict)

    # True when ``total`` is a lower bound: counting stopped at :data:`COUNT_CAP` rows.
    total_capped: bool = False

    def to_dict(self) -> dict:
        d = {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}
        if self.total_capped:
            d["total_capped"] = True
        return d


# Lists that are not read off one ordered index count at most this many rows: counting
# every quote or figure of a million-event store cost more than the page itself.
COUNT_CAP = 10_000


def capped_count(conn, stmt, cap: int = COUNT_CAP, *, keep_order: bool = False) -> tuple[int, bool]:
    """``(rows of stmt, capped)``, counting at most ``cap`` rows: ``capped`` says there
    are more (the total is then ``cap``, shown as "10,000+"). ``keep_order``: count in
    ``stmt``'s order, for a GROUP BY that an index delivers in that order: PostgreSQL then
    groups as it reads and stops at the cap, where without an order it hashed every row
    first (an actor's 22,000 links: 23 -> 10 ms)."""
    inner = stmt.with_only_columns(literal(1), maintain_column_froms=True)
    inner = (inner if keep_order else inner.order_by(None)).limit(cap + 1)
    n = conn.execute(select(func.count()).select_from(inner.subquery())).scalar_one()
    return min(n, cap), n > cap


def newest_first(column, dialect: str):
    """``column`` descending with NULLs last, in the form the indexes hold: SQLite sorts
    NULL first ascending and last descending, so "DESC" alone is already NULLS LAST there
    and keeps a (day, ...) index usable for the order; PostgreSQL needs NULLS LAST."""
    return column.desc() if dialect == "sqlite" else column.desc().nulls_last()


def code_in_use(conn, code_column, value: str) -> bool:
    """Whether any row has ``value`` (upper-cased) as its CAMEO code: when none has, an
    actor filter leaves the code branch out (an OR of two indexes makes SQLite read
    every row of the joined tables)."""
    code = value.strip().upper()
    return conn.execute(select(code_column).where(code_column == code).limit(1)).first() is not None


def _offset(offset: int | None) -> int:
    return max(0, int(offset or 0))


def _limit(limit: int | None) -> int:
    return MAX_LIMIT if limit is None else max(0, min(int(limit), MAX_LIMIT))


def like_pattern(value: str) -> str:
    """A LIKE pattern matching ``value`` anywhere, its own % and _ taken literally
    (use with ``escape="\\"``)."""
    v = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{v}%"



def check_day(value: str | None, name: str = "date") -> str | None:
    """Validate a YYYY-MM-DD bound (a YYYY or YYYY-MM bound is widened by the caller)."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        from eventwire.errors import EventwireError

        raise EventwireError(f"--{name}", f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _alpha2(country: str) -> str | None:
    c = pycountry.countries.get(alpha_3=country.upper()) if len(country) == 3 else \
        pycountry.countries.get(alpha_2=country.upper())
    return c.alpha_2 if c else None


def _alpha3(country: str) -> str:
    if len(country) == 2:
        c = pycountry.countries.get(alpha_2=country.upper())
        return c.alpha_3 if c else country.upper()
    return country.upper()


def _day_filters(col, since, until):
    conds = []
    since, until = check_day(since, "since"), check_day(until, "until")
    if since:
        conds.append(col >= since)
    if until:
        conds.append(col <= until)
    return conds


def sentence_text(article_tbl, sentence_tbl):
    """SQL for the text of a sentence row, cut from its article's text."""
    return func.substr(article_tbl.text, sentence_tbl.start + 1, sentence_tbl.end - sentence_tbl.start)


MAX_NAME_MATCHES = 500


def matching_names(conn, value: str) -> list[str] | None:
    """The distinct lower-cased entity names containing ``value`` (a scan of the short
    ``entity_names`` table), or None when more than ``MAX_NAME_MATCHES`` match (a
    one-letter filter): then the match stays a subquery."""
    key = value.strip().lower()
    names = [n for (n,) in conn.execute(
        select(m.EntityName.name_key).where(m.EntityName.name_key.like(like_pattern(key), escape="\\"))
        .limit(MAX_NAME_MATCHES + 1))]
    return None if len(names) > MAX_NAME_MATCHES else names


def entity_matches(entity, value: str, names: list[str] | None = None, codes: bool = True):
    """An entity row (or an event link row, which carries the same ``name_key`` and
    ``code``) matches a user's actor filter: its name contains ``value`` (any case) or
    its CAMEO code is ``value`` (left out when ``codes`` is False: no row has that code).

    Served by indexes: the lower-cased names containing ``value`` are the DISTINCT
    ``entities.name_key`` values that contain it (``names``, when the caller resolved
    them with :func:`matching_names`: SQLite plans a literal list far better than the
    subquery), then rows are reached through their ``name_key`` index."""
    if names is None:
        key = value.strip().lower()
        other = aliased(m.Entity)
        names = select(other.name_key).where(other.name_key.like(like_pattern(key), escape="\\")).distinct()
    by_name = entity.name_key.in_(names)
    return or_(by_name, entity.code == value.strip().upper()) if codes else by_name


def _json_text(column):
    """A JSON list column read as its text, decoded by :func:`_json_list`: most lists on
    an event are empty, and the driver's decoder would parse each one."""
    return cast(column, Text)


def _json_list(value) -> list:
    if value is None or value == "[]" or value == "null":
        return []
    return value if isinstance(value, list) else json.loads(value)


STREAM_CHUNK = 1000  # rows fetched per round while streaming


def stream_chunks(store: Store, stmt, item) -> Iterator[list[dict]]:
    """Chunks of ``item(row)`` off one server-side cursor (flat memory)."""
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=STREAM_CHUNK).execute(stmt)
        for part in result.mappings().partitions(STREAM_CHUNK):
            yield [item(r) for r in part]
