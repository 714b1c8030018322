"""Quote and figure lists (and their streaming iterators for the exports).

Filters as in :mod:`eventwire.store.query`: ``since``/``until`` bound the article's
published day, ``article_id`` and ``include_duplicates`` as for events."""
from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from eventwire.store import models as m
from eventwire.store.db import Store
from eventwire.store.query_base import (
    Page, _day_filters, _json_list, _json_text, _limit, _offset, entity_matches, like_pattern, stream_chunks,
)


# --------------------------------------------------------------------------- quotes
# Fields other branches add (the attribution work's ``cue_kind``; the event coder's
# ``figures.event``): read when the column exists.
OPTIONAL_QUOTE_COLUMNS = ("cue_kind", "negated")
OPTIONAL_FIGURE_COLUMNS = ("event",)


def _optional(model, names: tuple[str, ...]) -> list:
    table = model.__table__
    return [table.c[n] for n in names if n in table.c]


def cue_kind_list(cue_kinds=(), cue_kind=None) -> list[str]:
    """The attribution classes asked for: ``cue_kinds`` (a tuple) and/or ``cue_kind``
    (one class, a comma-separated string or a list: the filter's spelling)."""
    extra = cue_kind.split(",") if isinstance(cue_kind, str) else list(cue_kind or ())
    return [k.strip() for k in (*cue_kinds, *extra) if k and k.strip()]


def _quotes_select(*, speaker=None, q=None, kind=None, since=None, until=None, article_id=None,
                   include_duplicates=True, cue_kinds=(), cue_kind=None):
    Q, A, Ent = m.Quote, m.Article, m.Entity
    Aff = aliased(m.Entity)
    conds = _day_filters(A.published, since, until)
    if speaker:
        conds.append(or_(entity_matches(Ent, speaker), Q.speaker_text.ilike(like_pattern(speaker), escape="\\")))
    if q:
        conds.append(Q.text.ilike(like_pattern(q), escape="\\"))
    if kind:
        conds.append(Q.kind == kind)
    kinds = cue_kind_list(cue_kinds, cue_kind)
    if kinds:
        conds.append(Q.cue_kind.in_(kinds))
    if article_id:
        conds.append(Q.article_id == article_id)
    if not include_duplicates:
        conds.append(A.duplicate_of.is_(None))
    return (select(Q.article_id, Q.id, Q.kind, Q.text, Q.start, Q.end, Q.speaker, Q.speaker_text, Q.cue,
                   Q.addressee, Q.sentence, *_optional(Q, OPTIONAL_QUOTE_COLUMNS), Ent.name.label("speaker_name"),
                   Ent.code.label("speaker_code"), Ent.affiliation.label("speaker_affiliation_id"),
                   Aff.name.label("speaker_affiliation"), A.title, A.published, A.source, A.url)
            .join(A, A.id == Q.article_id)
            .outerjoin(Ent, and_(Ent.article_id == Q.article_id, Ent.id == Q.speaker))
            .outerjoin(Aff, and_(Aff.article_id == Q.article_id, Aff.id == Ent.affiliation))
            .where(and_(True, *conds)))


QUOTE_ITEM_KEYS = ("article_id", "id", "kind", "text", "start", "end", "speaker", "speaker_text", "speaker_name",
                   "speaker_code", "speaker_affiliation", "speaker_affiliation_id", "cue", "addressee", "sentence")


def _quote_item(r) -> dict:
    return {**{k: r[k] for k in QUOTE_ITEM_KEYS}, **{k: r[k] for k in OPTIONAL_QUOTE_COLUMNS if k in r},
            "article": {k: r[k] for k in ("title", "published", "source", "url")}}


def _quote_order():
    return (m.Article.published.desc().nulls_last(), m.Quote.article_id, m.Quote.position)


def list_quotes(store: Store, *, speaker: str | None = None, q: str | None = None, kind: str | None = None,
                since: str | None = None, until: str | None = None, article_id: str | None = None,
                include_duplicates: bool = True, limit: int | None = 50, offset: int = 0,
                cue_kinds: tuple[str, ...] = (), cue_kind: str | list[str] | None = None) -> Page:
    """Quotes, newest article first. ``speaker`` matches the speaker entity's name or
    code, or the speaker text as written; ``q`` is a substring of the quote text;
    ``cue_kinds`` / ``cue_kind`` keep those attribution classes (speech, stance, ...)."""
    frm = _quotes_select(speaker=speaker, q=q, kind=kind, since=since, until=until, article_id=article_id,
                         include_duplicates=include_duplicates, cue_kinds=cue_kinds, cue_kind=cue_kind)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(frm.subquery())).scalar_one()
        rows = conn.execute(frm.order_by(*_quote_order()).limit(_limit(limit)).offset(_offset(offset))
                            ).mappings().all()
    return Page([_quote_item(r) for r in rows], total, _limit(limit), offset)


def iter_quotes(store: Store, **filters) -> Iterator[list[dict]]:
    """Every quote matching the :func:`list_quotes` filters, in list order, in chunks."""
    return stream_chunks(store, _quotes_select(**filters).order_by(*_quote_order()), _quote_item)


# --------------------------------------------------------------------------- figures
def _figures_select(*, kind=None, since=None, until=None, article_id=None, min_value=None,
                    include_duplicates=True):
    F, A = m.Figure, m.Article
    conds = _day_filters(F.published, since, until)  # the article's day, copied on the figure
    if kind:
        conds.append(F.kind == kind)
    if article_id:
        conds.append(F.article_id == article_id)
    if min_value is not None:
        conds.append(F.value >= float(min_value))
    if not include_duplicates:
        conds.append(A.duplicate_of.is_(None))
    return (select(F.article_id, F.id, F.kind, F.value, F.low, F.high, F.qualifier, F.subject,
                   _json_text(F.by).label("by"), F.since, F.start, F.end, F.text, F.sentence, F.reported_by,
                   *_optional(F, OPTIONAL_FIGURE_COLUMNS), A.title, A.published, A.source, A.url)
            .join(A, A.id == F.article_id).where(and_(True, *conds)))


FIGURE_ITEM_KEYS = ("article_id", "id", "kind", "value", "low", "high", "qualifier", "subject", "since",
                    "start", "end", "text", "sentence", "reported_by")


def _figure_item(r) -> dict:
    d = {**{k: r[k] for k in FIGURE_ITEM_KEYS}, "by": _json_list(r["by"]),
         **{k: r[k] for k in OPTIONAL_FIGURE_COLUMNS if k in r}}
    for k in ("value", "low", "high"):  # integers stored as floats come back as integers
        if isinstance(d[k], float) and d[k].is_integer():
            d[k] = int(d[k])
    d["article"] = {k: r[k] for k in ("title", "published", "source", "url")}
    return d


def _figure_order():
    return (m.Figure.published.desc().nulls_last(), m.Figure.article_id, m.Figure.position)


def list_figures(store: Store, *, kind: str | None = None, since: str | None = None, until: str | None = None,
                 article_id: str | None = None, min_value: float | None = None,
                 include_duplicates: bool = True, limit: int | None = 50, offset: int = 0) -> Page:
    """Figures (casualties, arrests, money...), newest article first."""
    frm = _figures_select(kind=kind, since=since, until=until, article_id=article_id, min_value=min_value,
                          include_duplicates=include_duplicates)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(frm.subquery())).scalar_one()
        rows = conn.execute(frm.order_by(*_figure_order()).limit(_limit(limit)).offset(_offset(offset))
                            ).mappings().all()
    return Page([_figure_item(r) for r in rows], total, _limit(limit), offset)


def iter_figures(store: Store, **filters) -> Iterator[list[dict]]:
    """Every figure matching the :func:`list_figures` filters, in list order, in chunks."""
    return stream_chunks(store, _figures_select(**filters).order_by(*_figure_order()), _figure_item)
