"""Reads the web pages need beyond :mod:`eventwire.store.query`.

The store's ``list_events`` covers the CLI's filters; the Events page also offers
tri-state facets (only hypothetical / only factual, reported in a quote or not, negated
or not), a text filter over the trigger and sentence, and a choice of sort order. This
module adds them by extending the store's own event conditions, so both agree on what
``actor``, ``country`` or ``since`` mean. Everything user-supplied reaches SQL as a bound
parameter (SQLAlchemy expressions only). Candidates to move into the store later.
"""
from __future__ import annotations

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from eventwire.store import models as m
from eventwire.store import query as sq
from eventwire.store.db import Store

# Sort keys offered by the events list: name -> columns (newest/highest first with "-").
EVENT_SORTS = ("-day", "day", "type", "-type", "-confidence", "confidence")


def _event_sort(sort: str | None):
    E = m.Event
    key = (sort or "-day").strip()
    desc = key.startswith("-")
    col = {"day": E.day, "type": E.type, "confidence": E.confidence}.get(key.lstrip("-"))
    if col is None:
        col, desc = E.day, True
    primary = col.desc().nulls_last() if desc else col.asc().nulls_last()
    return [primary, E.day.desc().nulls_last(), E.article_id, E.position]


def event_conditions(*, hypothetical: bool | None = None, reported: bool | None = None,
                     negated: bool | None = None, q: str | None = None, **store_filters) -> list:
    """The store's event conditions plus the web facets (None means "either")."""
    E, A, S = m.Event, m.Article, m.Sentence
    conds = sq._event_conditions(**store_filters)
    if hypothetical is not None:
        conds.append(E.hypothetical.is_(bool(hypothetical)))
    if negated is not None:
        conds.append(E.negated.is_(bool(negated)))
    if reported is True:
        conds.append(E.reported_by.is_not(None))
    elif reported is False:
        conds.append(E.reported_by.is_(None))
    if q:
        sentence_text = (select(sq._sentence_text(A, S)).select_from(S).join(A, A.id == S.article_id)
                         .where(S.article_id == E.article_id, S.index == E.sentence).scalar_subquery())
        pat = sq._like(q)
        conds.append(or_(E.trigger.ilike(pat, escape="\\"), sentence_text.ilike(pat, escape="\\")))
    return conds


def list_events(store: Store, *, sort: str | None = None, limit: int | None = 50, offset: int = 0,
                hypothetical: bool | None = None, reported: bool | None = None, negated: bool | None = None,
                q: str | None = None, **store_filters) -> sq.Page:
    """Events with the store's filters plus the web facets and a sort order; items have
    the same shape as the store's ``list_events`` items, so an event looks the same in
    the CLI, the API and the pages."""
    E, A, S, P, C = m.Event, m.Article, m.Sentence, m.Place, m.EventCluster
    conds = event_conditions(hypothetical=hypothetical, reported=reported, negated=negated, q=q, **store_filters)
    limit = sq._limit(limit)
    offset = max(0, int(offset or 0))
    stmt = (select(E.article_id, E.id, E.type, E.mode, E.context, E.cameo, E.trigger, E.sentence, E.start,
                   E.end, E.negated, E.hypothetical, E.reported_by, E.date, E.day, E.confidence, E.cluster_id,
                   E.place.label("place_id"), P.name.label("place_name"), P.country.label("place_country"),
                   P.lat, P.lon, P.precision.label("place_precision"), P.geonameid,
                   sq._sentence_text(A, S).label("sentence_text"), A.title, A.published, A.source, A.url,
                   A.duplicate_of, C.mention_count, C.article_count, C.sources)
            .join(A, A.id == E.article_id)
            .outerjoin(S, and_(S.article_id == E.article_id, S.index == E.sentence))
            .outerjoin(P, and_(P.article_id == E.article_id, P.id == E.place))
            .outerjoin(C, C.id == E.cluster_id)
            .where(and_(True, *conds))
            .order_by(*_event_sort(sort)).limit(limit).offset(offset))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(E).join(A, A.id == E.article_id)
                             .where(and_(True, *conds))).scalar_one()
        rows = conn.execute(stmt).mappings().all()
        parts = sq._participants(conn, [(r["article_id"], r["id"]) for r in rows])
    return sq.Page([_event_item(r, parts) for r in rows], total, limit, offset)


def _event_item(r, parts) -> dict:
    """One event row as the store's ``list_events`` shapes it."""
    p = parts.get((r["article_id"], r["id"]), {"actors": [], "recipients": []})
    place = None if r["place_id"] is None else {
        "id": r["place_id"], "name": r["place_name"], "country": r["place_country"], "lat": r["lat"],
        "lon": r["lon"], "precision": r["place_precision"], "geonameid": r["geonameid"]}
    return {
        "article_id": r["article_id"], "id": r["id"], "type": r["type"], "mode": r["mode"] or [],
        "context": r["context"] or [], "cameo": r["cameo"], "trigger": r["trigger"],
        "sentence": r["sentence"], "start": r["start"], "end": r["end"], "negated": bool(r["negated"]),
        "hypothetical": bool(r["hypothetical"]), "reported_by": r["reported_by"], "date": r["date"],
        "day": r["day"], "confidence": r["confidence"], "actors": p["actors"], "recipients": p["recipients"],
        "place": place, "sentence_text": r["sentence_text"],
        "article": {"title": r["title"], "published": r["published"], "source": r["source"],
                    "url": r["url"], "duplicate_of": r["duplicate_of"]},
        "cluster": None if r["cluster_id"] is None else {
            "id": r["cluster_id"], "mention_count": r["mention_count"],
            "article_count": r["article_count"], "sources": r["sources"] or []},
    }


def actor_links(store: Store, name: str, *, limit: int = 50) -> list[dict]:
    """Who an actor (entity name, exact, any case) acts on and who acts on it:
    ``[{"other", "direction" ("out"|"in"), "type", "count"}]``, most frequent first."""
    E = m.Event
    ea, er = m.EventActor, m.EventRecipient
    src, dst = aliased(m.Entity), aliased(m.Entity)
    base = (select(src.name.label("src"), dst.name.label("dst"), E.type, func.count().label("count"))
            .select_from(E)
            .join(ea, and_(ea.article_id == E.article_id, ea.event_id == E.id))
            .join(src, and_(src.article_id == ea.article_id, src.id == ea.entity_id))
            .join(er, and_(er.article_id == E.article_id, er.event_id == E.id))
            .join(dst, and_(dst.article_id == er.article_id, dst.id == er.entity_id)))
    low = name.lower()
    out: list[dict] = []
    with store.engine.connect() as conn:
        for direction, mine, other in (("out", src, dst), ("in", dst, src)):
            stmt = (base.where(func.lower(mine.name) == low, func.lower(other.name) != low)
                    .group_by(src.name, dst.name, E.type).order_by(func.count().desc(), other.name).limit(limit))
            for r in conn.execute(stmt).mappings():
                out.append({"other": r["dst"] if direction == "out" else r["src"], "direction": direction,
                            "type": r["type"], "count": r["count"]})
    out.sort(key=lambda d: (-d["count"], d["other"], d["direction"], d["type"]))
    return out


def actor_summary(store: Store, name: str) -> dict | None:
    """The entity rows named ``name`` (any case) grouped by kind/code/country, or None."""
    Ent = m.Entity
    with store.engine.connect() as conn:
        rows = conn.execute(select(Ent.name, Ent.kind, Ent.code, Ent.country, Ent.title,
                                   func.count(Ent.article_id.distinct()).label("articles"))
                            .where(func.lower(Ent.name) == name.lower())
                            .group_by(Ent.name, Ent.kind, Ent.code, Ent.country, Ent.title)
                            .order_by(func.count(Ent.article_id.distinct()).desc())).mappings().all()
    if not rows:
        return None
    return {"name": rows[0]["name"], "variants": [dict(r) for r in rows],
            "articles": sum(r["articles"] for r in rows)}


def event_places(store: Store, *, limit: int = 2000, **filters) -> list[dict]:
    """Places of events with coordinates, grouped, with event counts (for the map)."""
    E, A, P = m.Event, m.Article, m.Place
    conds = event_conditions(**filters) + [P.lat.is_not(None), P.lon.is_not(None)]
    stmt = (select(P.name, P.country, P.lat, P.lon, P.precision, func.count().label("events"),
                   func.count(E.article_id.distinct()).label("articles"))
            .select_from(E).join(A, A.id == E.article_id)
            .join(P, and_(P.article_id == E.article_id, P.id == E.place))
            .where(and_(True, *conds))
            .group_by(P.name, P.country, P.lat, P.lon, P.precision)
            .order_by(func.count().desc(), P.name).limit(limit))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]
