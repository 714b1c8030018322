"""Reading a store: the functions the CLI, the exports and the web API share.

Every function takes a :class:`~eventwire.store.db.Store` first and keyword filters;
every value from the user reaches SQL as a bound parameter (SQLAlchemy expressions,
never string formatting). List functions return a :class:`Page` of plain JSON-ready
dicts, newest first, with ``limit``/``offset`` paging and the ``total`` before paging.

Filters shared by the event, quote and figure lists:

- ``since`` / ``until``: inclusive YYYY-MM-DD bounds on the item's day (an event's own
  full date, else its article's published date; quotes and figures use the article's).
- ``article_id``: items of one article.
- ``include_duplicates`` (default True): False drops items of near-duplicate articles,
  so a wire story republished on ten sites counts once.

Items are identified by ``(article_id, id)``: ``id`` is the record-local id (``V3``).
"""
from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import and_, bindparam, exists, func, literal, literal_column, or_, select, text, tuple_, union_all
from sqlalchemy.orm import aliased

from eventwire.record import Record
from eventwire.store import models as m
from eventwire.store.db import Store
from eventwire.store.query_base import (  # noqa: F401  (re-exported: the read layer's public names)
    COUNT_CAP, MAX_LIMIT, MAX_NAME_MATCHES, STREAM_CHUNK, Page, _alpha2, _alpha3, _day_filters, _json_list, _json_text, _limit,
    _offset, capped_count, check_day, code_in_use, entity_matches, like_pattern, matching_names, newest_first,
    sentence_text,
)
from eventwire.store.query_lists import (  # noqa: F401
    OPTIONAL_FIGURE_COLUMNS, OPTIONAL_QUOTE_COLUMNS, iter_figures, iter_quotes, list_figures, list_quotes,
)

# --------------------------------------------------------------------------- articles
def list_articles(store: Store, *, source: str | None = None, since: str | None = None,
                  until: str | None = None, q: str | None = None, include_duplicates: bool = True,
                  analyzer: str | None = None, limit: int | None = 50, offset: int = 0) -> Page:
    """Articles (without text), filtered by source (exact), published range, title/url
    substring ``q`` and analyzer version; newest published first."""
    A = m.Article
    conds = _day_filters(A.published, since, until)
    if source:
        conds.append(A.source == source)
    if q:
        conds.append(or_(A.title.ilike(like_pattern(q), escape="\\"), A.url.ilike(like_pattern(q), escape="\\")))
    if not include_duplicates:
        conds.append(A.duplicate_of.is_(None))
    if analyzer:
        conds.append(A.analyzer == analyzer)
    n_events = select(func.count()).where(m.Event.article_id == A.id).scalar_subquery()
    n_quotes = select(func.count()).where(m.Quote.article_id == A.id).scalar_subquery()
    stmt = (select(A.id, A.title, A.published, A.source, A.url, A.language, A.analyzer, A.duplicate_of,
                   A.added, A.origin, func.length(A.text).label("chars"), n_events.label("events"),
                   n_quotes.label("quotes"))
            .where(and_(True, *conds)))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(A).where(and_(True, *conds))).scalar_one()
        rows = conn.execute(stmt.order_by(A.published.desc().nulls_last(), A.added.desc(), A.id)
                            .limit(_limit(limit)).offset(_offset(offset))).mappings().all()
    items = [{**r, "added": r["added"].isoformat() if r["added"] else None} for r in rows]
    return Page(items, total, _limit(limit), offset)


def get_article(store: Store, article_id: str) -> Record | None:
    """The full record of one article, exactly as stored (None if absent)."""
    return store.get_record(article_id)


def get_article_info(store: Store, article_id: str) -> dict | None:
    """Store-side facts about an article not in its record: duplicate_of, its duplicates,
    origin, added time, and the event clusters its events belong to."""
    A = m.Article
    with store.engine.connect() as conn:
        row = conn.execute(select(A.id, A.duplicate_of, A.origin, A.added, A.analyzer)
                           .where(A.id == article_id)).mappings().first()
        if row is None:
            return None
        dups = [r[0] for r in conn.execute(select(A.id).where(A.duplicate_of == article_id).order_by(A.added))]
        clusters = conn.execute(
            select(m.Event.id.label("event_id"), m.EventCluster.id.label("cluster_id"),
                   m.EventCluster.mention_count, m.EventCluster.article_count, m.EventCluster.sources)
            .join(m.EventCluster, m.EventCluster.id == m.Event.cluster_id)
            .where(m.Event.article_id == article_id).order_by(m.Event.position)).mappings().all()
    return {**row, "added": row["added"].isoformat() if row["added"] else None,
            "duplicates": dups, "clusters": [dict(c) for c in clusters]}


# --------------------------------------------------------------------------- events
# Sort keys offered by the events list (newest/highest first with "-").
EVENT_SORTS = ("-day", "day", "type", "-type", "-confidence", "confidence")


def link_match(conn, link, value: str):
    """WHERE on ``link`` rows (actors or recipients) for a user's actor filter. With a
    connection, names are resolved first and the code branch is dropped when no link
    has that code: an OR of two indexes makes SQLite read every matching row."""
    if conn is None:
        return entity_matches(link, value)
    return entity_matches(link, value, matching_names(conn, value), codes=code_in_use(conn, link.code, value))


def _linked_events(link, where):
    """(article_id, event_id) of events with a ``link`` (actors or recipients) row that
    satisfies ``where``: a non-correlated set the event query probes. Link rows carry
    their entity's name key, code and country (migration 0003), so this reads one of
    the link table's indexes and nothing else."""
    return select(link.article_id, link.event_id).where(where)


def event_types(type: str | list[str]) -> list[str]:
    """PLOVER types from a comma-separated string or a list, upper-cased."""
    types = [t.strip().upper() for t in (type if isinstance(type, (list, tuple)) else str(type).split(","))]
    return [t for t in types if t]


def facet(include: bool, value: bool | None) -> bool | None:
    """One yes/no facet from its two spellings: ``include_negated=False`` is the older
    name of ``negated=False`` (kept for callers); an explicit value wins."""
    return False if value is None and not include else value


def event_conditions(*, actor=None, recipient=None, type=None, since=None, until=None, country=None,
                     article_id=None, cluster_id=None, include_negated=True, include_hypothetical=True,
                     include_duplicates=True, min_confidence=None, hypothetical: bool | None = None,
                     reported: bool | None = None, negated: bool | None = None, q: str | None = None,
                     conn=None) -> list:
    """WHERE conditions on ``events`` (and ``articles`` when ``include_duplicates`` is
    False: join it). ``hypothetical``/``reported``/``negated``: True keeps only such
    events, False only the others, None either. ``q``: substring of the trigger or of
    the event's sentence. With ``conn``, actor names are resolved first (see
    :func:`entity_matches`)."""
    E, A, S = m.Event, m.Article, m.Sentence
    negated, hypothetical = facet(include_negated, negated), facet(include_hypothetical, hypothetical)
    conds = _day_filters(E.day, since, until)
    if type:
        conds.append(E.type.in_(event_types(type)))
    if article_id:
        conds.append(E.article_id == article_id)
    if cluster_id:
        conds.append(E.cluster_id == cluster_id)
    if hypothetical is not None:
        conds.append(E.hypothetical.is_(bool(hypothetical)))
    if negated is not None:
        conds.append(E.negated.is_(bool(negated)))
    if reported is True:
        conds.append(E.reported_by.is_not(None))
    elif reported is False:
        conds.append(E.reported_by.is_(None))
    if min_confidence is not None:
        conds.append(E.confidence >= float(min_confidence))
    if not include_duplicates:
        conds.append(A.duplicate_of.is_(None))
    for value, link in ((actor, m.EventActor), (recipient, m.EventRecipient)):
        if value:
            match = link_match(conn, link, value)
            conds.append(tuple_(E.article_id, E.id).in_(_linked_events(link, match)))
    if country:
        a3, a2 = _alpha3(country), _alpha2(country)
        parts = [tuple_(E.article_id, E.id).in_(_linked_events(link, link.country == a3))
                 for link in (m.EventActor, m.EventRecipient)]
        if a2:
            pl = aliased(m.Place)
            parts.append(exists(select(literal(1)).select_from(pl).where(
                pl.article_id == E.article_id, pl.id == E.place, pl.country == a2).correlate(E)))
        conds.append(or_(*parts))
    if q:
        text_of = (select(sentence_text(A, S)).select_from(S).join(A, A.id == S.article_id)
                   .where(S.article_id == E.article_id, S.index == E.sentence).scalar_subquery())
        pat = like_pattern(q)
        conds.append(or_(E.trigger.ilike(pat, escape="\\"), text_of.ilike(pat, escape="\\")))
    return conds


def event_order(sort: str | None, dialect: str = "sqlite", *, day=None, article_id=None, position=None) -> list:
    """ORDER BY for an events sort key (see ``EVENT_SORTS``), ties broken newest day
    first, then by article and position; missing days and confidences sort last.
    ``day``/``article_id``/``position``: the same order on other columns (a link
    row's copies of them)."""
    E = m.Event
    day = E.day if day is None else day
    key = (sort or "-day").strip()
    desc = key.startswith("-")
    col = {"day": day, "type": E.type, "confidence": E.confidence}.get(key.lstrip("-"))
    if col is None:
        col, desc = day, True

    def nulls_last(c, descending):
        return newest_first(c, dialect) if descending else c.asc().nulls_last()

    order = [nulls_last(col, desc)]
    if col is not day:
        order.append(nulls_last(day, True))
    return [*order, E.article_id if article_id is None else article_id, E.position if position is None else position]


def _pair_key(article_col, id_col):
    """SQL for ``article_id || ':' || id`` (ids hold no ':')."""
    return article_col + literal_column("':'") + id_col


def _pairs_clause(article_col, id_col):
    """``(article_id, id)`` in a list of pairs, as three expanding bound lists
    (``aids``, ``ids``, ``pairs``): the first two let SQLite and PostgreSQL probe the
    primary key, the third narrows the product to the exact pairs. A row-value IN list
    would make SQLite scan the whole table."""
    return and_(article_col.in_(bindparam("aids", expanding=True)), id_col.in_(bindparam("ids", expanding=True)),
                _pair_key(article_col, id_col).in_(bindparam("pairs", expanding=True)))


def _pairs_params(keys: list[tuple[str, str]]) -> dict:
    return {"aids": sorted({a for a, _ in keys}), "ids": sorted({v for _, v in keys}),
            "pairs": [f"{a}:{v}" for a, v in keys]}


PAIR_CHUNK = 400  # pairs per detail query: three lists of bound values, under every driver's limit


@functools.cache
def _participants_stmt():
    """Actors and recipients of a list of events, in one statement built once (its
    shape never changes; only the bound lists do). Link rows carry the entity's fields."""
    parts = []
    ent = m.Entity.__table__
    for role, link in (("actors", m.EventActor.__table__), ("recipients", m.EventRecipient.__table__)):
        # The sector is not copied onto link rows: one primary-key probe of entities per row.
        parts.append(select(literal(role).label("role"), link.c.article_id, link.c.event_id, link.c.position,
                            link.c.entity_id, link.c.name, link.c.kind, link.c.code, link.c.country, ent.c.sector)
                     .select_from(link.outerjoin(ent, and_(ent.c.article_id == link.c.article_id,
                                                           ent.c.id == link.c.entity_id)))
                     .where(_pairs_clause(link.c.article_id, link.c.event_id)))
    return union_all(*parts)


def participants(conn, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, list[dict]]]:
    """{(article_id, event_id): {"actors": [...], "recipients": [...]}} for a page of
    events: one query for the whole page (both roles), not one per event."""
    out: dict = defaultdict(lambda: {"actors": [], "recipients": []})
    stmt = _participants_stmt()
    for i in range(0, len(keys), PAIR_CHUNK):
        rows = conn.execute(stmt, _pairs_params(keys[i:i + PAIR_CHUNK])).all()
        for role, aid, vid, _pos, eid, name, kind, code, country, sector in sorted(
                rows, key=lambda r: (r[1], r[2], r[0], r[3])):
            out[(aid, vid)][role].append({"id": eid, "name": name, "kind": kind, "code": code, "country": country,
                                          "sector": sector})
    return out


# Event fields other branches add to the store (the event coder's ``embedded`` and
# trigger-only offsets): read when the column exists, so this works before and after.
OPTIONAL_EVENT_COLUMNS = ("embedded", "historical", "trigger_start", "trigger_end")


def _optional_event_columns(events_table) -> list:
    return [events_table.c[name] for name in OPTIONAL_EVENT_COLUMNS if name in events_table.c]


@functools.cache
def _event_detail_stmt():
    """Everything a listed event shows, for a list of (article_id, id) pairs: the event
    joined to its article, sentence, place, cluster and the speaker of the quote that
    reports it. Built once; a page binds its pairs (see :func:`_pairs_clause`)."""
    E, A, S, P, C = (t.__table__ for t in (m.Event, m.Article, m.Sentence, m.Place, m.EventCluster))
    Qt, Sp = m.Quote.__table__.alias("reporting_quote"), m.Entity.__table__.alias("speaker")
    return (select(E.c.article_id, E.c.id, E.c.type, _json_text(E.c.mode).label("mode"),
                   _json_text(E.c.context).label("context"), E.c.cameo, E.c.trigger, E.c.sentence,
                   E.c.start, E.c.end, E.c.negated, E.c.hypothetical, E.c.reported_by, E.c.date, E.c.day,
                   E.c.confidence, E.c.cluster_id, E.c.place.label("place_id"), P.c.name.label("place_name"),
                   P.c.country.label("place_country"), P.c.lat, P.c.lon, P.c.precision.label("place_precision"),
                   P.c.geonameid, sentence_text(A.c, S.c).label("sentence_text"),
                   S.c.start.label("sentence_start"), S.c.end.label("sentence_end"), A.c.title, A.c.published,
                   A.c.source, A.c.url, A.c.origin, A.c.language, A.c.duplicate_of, *_optional_event_columns(E),
                   C.c.mention_count, C.c.article_count, _json_text(C.c.sources).label("sources"),
                   Sp.c.id.label("speaker_id"), Sp.c.name.label("speaker_name"), Sp.c.code.label("speaker_code"),
                   Qt.c.speaker_text)
            .select_from(E.join(A, A.c.id == E.c.article_id)
                         .outerjoin(Qt, and_(Qt.c.article_id == E.c.article_id, Qt.c.id == E.c.reported_by))
                         .outerjoin(Sp, and_(Sp.c.article_id == E.c.article_id, Sp.c.id == Qt.c.speaker))
                         .outerjoin(S, and_(S.c.article_id == E.c.article_id, S.c.index == E.c.sentence))
                         .outerjoin(P, and_(P.c.article_id == E.c.article_id, P.c.id == E.c.place))
                         .outerjoin(C, C.c.id == E.c.cluster_id))
            .where(_pairs_clause(E.c.article_id, E.c.id)))


def event_items(conn, keys: list[tuple[str, str]]) -> list[dict]:
    """The listed form of the events ``keys`` (``(article_id, id)`` pairs), in that order."""
    stmt, found = _event_detail_stmt(), {}
    for i in range(0, len(keys), PAIR_CHUNK):
        result = conn.execute(stmt, _pairs_params(keys[i:i + PAIR_CHUNK]))
        names = list(result.keys())
        for row in result:  # plain dicts: a RowMapping lookup costs several times a dict's
            r = dict(zip(names, row))
            found[(r["article_id"], r["id"])] = r
    parts = participants(conn, keys)
    return [_event_item(found[k], parts) for k in keys if k in found]


def list_events(store: Store, *, actor: str | None = None, recipient: str | None = None,
                type: str | list[str] | None = None, since: str | None = None, until: str | None = None,
                country: str | None = None, article_id: str | None = None, cluster_id: str | None = None,
                include_negated: bool = True, include_hypothetical: bool = True,
                include_duplicates: bool = True, min_confidence: float | None = None,
                hypothetical: bool | None = None, reported: bool | None = None, negated: bool | None = None,
                q: str | None = None, sort: str | None = None, limit: int | None = 50, offset: int = 0) -> Page:
    """Events, newest day first (or by ``sort``, one of ``EVENT_SORTS``). ``actor``/
    ``recipient`` match an entity name (substring, any case) or exact CAMEO code;
    ``type`` is a PLOVER type or a comma-separated list; ``country`` (ISO alpha-3 or
    alpha-2) matches an actor's or recipient's country or the event's place;
    ``hypothetical``/``reported``/``negated`` are yes/no facets (None = either) and
    ``q`` a substring of the trigger or sentence (see :func:`event_conditions`). Each
    item carries its actors, recipients, place, sentence text, the speaker of the quote
    that reports it (``speaker``, when ``reported_by`` is set), article metadata and
    event cluster (id, mention count, sources).

    Two steps, so a page costs the same on a large store: the filtered, ordered keys of
    the page are read from the events table and its indexes alone (the same query
    counted for ``total``), then :func:`event_items` fetches those rows with their
    article, sentence, place, cluster and participants through statements built once
    per process (building a many-join statement costs more than running it)."""
    E = m.Event
    negated, hypothetical = facet(include_negated, negated), facet(include_hypothetical, hypothetical)
    if LINK_PAGES and include_duplicates and (sort or "-day").strip() == "-day" and bool(actor) != bool(recipient) \
            and not (country or article_id or cluster_id or min_confidence is not None or q
                     or hypothetical is not None or reported is not None or negated is not None):
        return _link_page(store, m.EventActor if actor else m.EventRecipient, actor or recipient, type=type,
                          since=since, until=until, limit=limit, offset=offset)
    filters = dict(actor=actor, recipient=recipient, type=type, since=since, until=until, country=country,
                   article_id=article_id, cluster_id=cluster_id, include_duplicates=include_duplicates,
                   min_confidence=min_confidence, hypothetical=hypothetical, reported=reported, negated=negated, q=q)
    frm = _events_from(include_duplicates)
    limit, offset = _limit(limit), _offset(offset)
    with store.engine.connect() as conn:
        where = and_(True, *event_conditions(**filters, conn=conn))
        # Filtered through a link or a text (actor, recipient, country, q): one pass
        # gives the page and the total (count(*) OVER ()), so the costly match is not
        # evaluated twice. Otherwise the count is an index-only scan and the page comes
        # off an ordered index; a window count would sort every matching row.
        windowed = bool(actor or recipient or country or q)
        cols = [E.article_id, E.id] + ([func.count().over().label("total")] if windowed else [])
        page_keys = (select(*cols).select_from(frm).where(where).order_by(*event_order(sort, store.dialect))
                     .limit(limit).offset(offset))
        if actor or recipient or country:
            # The matching events are probed one by one from the link rows; without
            # statistics SQLite probes the primary key and then reads each row for its
            # day, where ix_events_key_day answers both in one search (6.5 -> 3.1 ms
            # for 1,400 matches on the bench store).
            page_keys = page_keys.with_hint(E.__table__, "INDEXED BY ix_events_key_day", "sqlite")
        return _events_page(conn, page_keys, select(func.count()).select_from(frm).where(where),
                            limit, offset, windowed)


def _events_from(include_duplicates: bool):
    E, A = m.Event, m.Article
    return E.__table__ if include_duplicates else E.__table__.join(A.__table__, A.id == E.article_id)


def iter_event_items(store: Store, *, sort: str | None = None, **filters) -> Iterator[list[dict]]:
    """Every event matching ``filters`` (those of :func:`list_events`), in list order,
    as chunks of listed items: the keys come off one server-side cursor and each chunk's
    details are fetched on a second connection, so memory stays flat however many events
    match (an offset-paged loop would also re-scan the skipped rows for every page)."""
    E = m.Event
    with store.engine.connect() as keys_conn, store.engine.connect() as detail_conn:
        where = and_(True, *event_conditions(**filters, conn=keys_conn))
        stmt = (select(E.article_id, E.id).select_from(_events_from(filters.get("include_duplicates", True)))
                .where(where).order_by(*event_order(sort, store.dialect)))
        result = keys_conn.execution_options(stream_results=True, yield_per=STREAM_CHUNK).execute(stmt)
        for part in result.partitions(STREAM_CHUNK):
            yield event_items(detail_conn, [(r[0], r[1]) for r in part])


def count_undated_events(store: Store, **filters) -> int:
    """Events that ``filters`` would match but for ``since``/``until``: their day is unknown
    (an undated article), so no date range can include them. The CLI says how many."""
    filters = {**filters, "since": None, "until": None}
    E = m.Event
    frm = _events_from(filters.get("include_duplicates", True))
    with store.engine.connect() as conn:
        where = and_(E.day.is_(None), *event_conditions(**filters, conn=conn))
        return conn.execute(select(func.count()).select_from(frm).where(where)).scalar_one()


# Pages filtered only by one actor or recipient (and type and dates), newest first, are
# read from the link table's copies of the event's type, day and position.
LINK_PAGES = True


def _link_page(store: Store, link, value: str, *, type=None, since=None, until=None, limit=50, offset=0) -> Page:
    """The page of events whose ``link`` rows match ``value``, from the link index alone:
    the same items, order and total as the general path, without probing ``events`` for
    each match (an event with two matching rows counts once: GROUP BY its key).

    The page is read in the order of ``ix_<link>_name_day`` (name key, day newest first,
    article, position, event) and stops after ``limit`` rows, instead of sorting every
    event of the actor; the total is counted to :data:`COUNT_CAP`."""
    limit, offset = _limit(limit), _offset(offset)
    with store.engine.connect() as conn:
        conds = [link_match(conn, link, value), *_day_filters(link.day, since, until)]
        if type:
            conds.append(link.event_type.in_(event_types(type)))
        # GROUP BY in the index's column order, ORDER BY the same with event_id last (a
        # no-op: the position is unique in an article): SQLite then groups and orders off
        # the index in one pass, with no temporary B-tree.
        key = (link.day, link.article_id, link.event_position, link.event_id)
        order = [*event_order(None, store.dialect, day=link.day, article_id=link.article_id,
                              position=link.event_position), link.event_id]
        grouped = select(link.article_id, link.event_id).where(*conds).group_by(*key)
        rows = conn.execute(grouped.order_by(*order).limit(limit).offset(offset)).all() if limit else []
        total, capped = capped_count(conn, grouped.order_by(*order), keep_order=True)
        return Page(event_items(conn, [(r[0], r[1]) for r in rows]), total, limit, offset, total_capped=capped)


def _events_page(conn, page_keys, count, limit: int, offset: int, windowed: bool) -> Page:
    """Run ``page_keys`` (article_id, id[, total by a window count]) and fetch the page's
    events. ``count`` gives the total when there is no window count, or no row to carry
    it (an empty page: past the end, or limit 0)."""
    rows = conn.execute(page_keys).all() if limit else []
    total = rows[0][2] if windowed and rows else conn.execute(count).scalar_one()
    return Page(event_items(conn, [(r[0], r[1]) for r in rows]), total, limit, offset)


def _event_item(r, parts) -> dict:
    p = parts.get((r["article_id"], r["id"]), {"actors": [], "recipients": []})
    place = None if r["place_id"] is None else {
        "id": r["place_id"], "name": r["place_name"], "country": r["place_country"], "lat": r["lat"],
        "lon": r["lon"], "precision": r["place_precision"], "geonameid": r["geonameid"]}
    return {
        "article_id": r["article_id"], "id": r["id"], "type": r["type"], "mode": _json_list(r["mode"]),
        "context": _json_list(r["context"]), "cameo": r["cameo"], "trigger": r["trigger"],
        "sentence": r["sentence"], "start": r["start"], "end": r["end"], "negated": bool(r["negated"]),
        "hypothetical": bool(r["hypothetical"]), "reported_by": r["reported_by"], "date": r["date"],
        "day": r["day"], "confidence": r["confidence"], "actors": p["actors"], "recipients": p["recipients"],
        "place": place, "sentence_text": r["sentence_text"], "sentence_start": r["sentence_start"],
        "sentence_end": r["sentence_end"],
        "speaker": None if r["speaker_id"] is None and r["speaker_text"] is None else {
            "id": r["speaker_id"], "name": r["speaker_name"], "code": r["speaker_code"],
            "text": r["speaker_text"]},
        "article": {"title": r["title"], "published": r["published"], "source": r["source"],
                    "url": r["url"], "origin": r["origin"], "language": r["language"],
                    "duplicate_of": r["duplicate_of"]},
        **{name: r[name] for name in OPTIONAL_EVENT_COLUMNS if name in r},
        "cluster": None if r["cluster_id"] is None else {
            "id": r["cluster_id"], "mention_count": r["mention_count"],
            "article_count": r["article_count"], "sources": _json_list(r["sources"])},
    }


def event_places(store: Store, *, limit: int = 2000, **filters) -> list[dict]:
    """Places of events (with the :func:`event_conditions` filters) that have
    coordinates, grouped, with event and article counts (for the map)."""
    E, A, P = m.Event, m.Article, m.Place
    with store.engine.connect() as conn:
        conds = event_conditions(**filters, conn=conn) + [P.lat.is_not(None), P.lon.is_not(None)]
        stmt = (select(P.name, P.country, P.lat, P.lon, P.precision, func.count().label("events"),
                       func.count(E.article_id.distinct()).label("articles"))
                .select_from(E).join(A, A.id == E.article_id)
                .join(P, and_(P.article_id == E.article_id, P.id == E.place))
                .where(and_(True, *conds))
                .group_by(P.name, P.country, P.lat, P.lon, P.precision)
                .order_by(func.count().desc(), P.name).limit(limit))
        return [dict(r) for r in conn.execute(stmt).mappings()]


def list_clusters(store: Store, *, type: str | None = None, since: str | None = None,
                  until: str | None = None, min_mentions: int = 1, limit: int | None = 50,
                  offset: int = 0) -> Page:
    """Event clusters (same type, actors, day, place across articles), most mentioned first."""
    C = m.EventCluster
    conds = _day_filters(C.day, since, until) + [C.mention_count >= min_mentions]
    if type:
        conds.append(C.type == type.upper())
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(C).where(and_(*conds))).scalar_one()
        rows = conn.execute(select(C).where(and_(*conds)).order_by(C.mention_count.desc(), C.day.desc(), C.id)
                            .limit(_limit(limit)).offset(_offset(offset))).mappings().all()
    items = [{"id": c["id"], "type": c["type"], "day": c["day"],
              "actors": c["actors"].split("|") if c["actors"] else [],
              "recipients": c["recipients"].split("|") if c["recipients"] else [], "place": c["place"] or None,
              "mention_count": c["mention_count"], "article_count": c["article_count"],
              "sources": c["sources"] or []} for c in rows]
    return Page(items, total, _limit(limit), offset)


# --------------------------------------------------------------------------- actors, places
def list_actors(store: Store, *, q: str | None = None, kind: str | None = None, country: str | None = None,
                limit: int | None = 50, offset: int = 0) -> Page:
    """Actors across the corpus: entities grouped by (name, kind, code, country), with the
    number of articles naming them and of events they act in; most frequent first."""
    Ent = m.Entity
    conds = []
    if q:
        conds.append(entity_matches(Ent, q))
    if kind:
        conds.append(Ent.kind == kind)
    if country:
        conds.append(Ent.country == _alpha3(country))
    n_events = (select(func.count()).select_from(m.EventActor)
                .where(m.EventActor.article_id == Ent.article_id, m.EventActor.entity_id == Ent.id)
                .scalar_subquery())
    grouped = (select(Ent.name, Ent.kind, Ent.code, Ent.country,
                      func.count(Ent.article_id.distinct()).label("articles"),
                      func.sum(n_events).label("events"))
               .where(and_(True, *conds)).group_by(Ent.name, Ent.kind, Ent.code, Ent.country))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(grouped.subquery())).scalar_one()
        rows = conn.execute(grouped.order_by(text("articles DESC"), Ent.name)
                            .limit(_limit(limit)).offset(_offset(offset))).mappings().all()
    return Page([{**r, "events": int(r["events"] or 0)} for r in rows], total, _limit(limit), offset)


def actor_summary(store: Store, name: str) -> dict | None:
    """The entity rows named ``name`` (exact, any case) grouped by kind/code/country/
    title, with article counts: ``{"name", "variants", "articles"}``, or None."""
    Ent = m.Entity
    n_articles = func.count(Ent.article_id.distinct())
    with store.engine.connect() as conn:
        rows = conn.execute(select(Ent.name, Ent.kind, Ent.code, Ent.country, Ent.title,
                                   n_articles.label("articles"))
                            .where(Ent.name_key == name.lower())
                            .group_by(Ent.name, Ent.kind, Ent.code, Ent.country, Ent.title)
                            .order_by(n_articles.desc(), Ent.name)).mappings().all()
    if not rows:
        return None
    return {"name": rows[0]["name"], "variants": [dict(r) for r in rows],
            "articles": sum(r["articles"] for r in rows)}


def actor_links(store: Store, name: str, *, limit: int = 50) -> list[dict]:
    """Who an actor (entity name, exact, any case) acts on and who acts on it:
    ``[{"other", "direction" ("out"|"in"), "type", "count"}]``, most frequent first.
    Read from the link rows' copies of their entity's name and their event's type
    (migration 0003): joining events and both entities cost 0.7 s for an organisation
    at a million events."""
    ea, er = m.EventActor, m.EventRecipient
    base = (select(ea.name.label("src"), er.name.label("dst"), ea.event_type.label("type"),
                   func.count().label("count"))
            .select_from(ea).join(er, and_(er.article_id == ea.article_id, er.event_id == ea.event_id)))
    low = name.lower()
    out: list[dict] = []
    with store.engine.connect() as conn:
        for direction, mine, other in (("out", ea, er), ("in", er, ea)):
            stmt = (base.where(mine.name_key == low, other.name_key != low)
                    .group_by(ea.name, er.name, ea.event_type).order_by(func.count().desc(), other.name)
                    .limit(limit))
            for r in conn.execute(stmt).mappings():
                out.append({"other": r["dst"] if direction == "out" else r["src"], "direction": direction,
                            "type": r["type"], "count": r["count"]})
    out.sort(key=lambda d: (-d["count"], d["other"], d["direction"], d["type"]))
    return out


def list_places(store: Store, *, q: str | None = None, country: str | None = None,
                limit: int | None = 50, offset: int = 0) -> Page:
    """Places across the corpus grouped by (name, country, lat, lon, precision), with
    article and event counts; most frequent first. ``country`` is ISO alpha-2 or alpha-3."""
    P = m.Place
    conds = []
    if q:
        conds.append(P.name.ilike(like_pattern(q), escape="\\"))
    if country:
        conds.append(P.country == (_alpha2(country) or country.upper()))
    n_events = (select(func.count()).select_from(m.Event)
                .where(m.Event.article_id == P.article_id, m.Event.place == P.id).scalar_subquery())
    grouped = (select(P.name, P.country, P.lat, P.lon, P.geonameid, P.precision,
                      func.count(P.article_id.distinct()).label("articles"), func.sum(n_events).label("events"))
               .where(and_(True, *conds)).group_by(P.name, P.country, P.lat, P.lon, P.geonameid, P.precision))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(grouped.subquery())).scalar_one()
        rows = conn.execute(grouped.order_by(text("articles DESC"), P.name)
                            .limit(_limit(limit)).offset(_offset(offset))).mappings().all()
    return Page([{**r, "events": int(r["events"] or 0)} for r in rows], total, _limit(limit), offset)


# --------------------------------------------------------------------------- aggregates
def timeline(store: Store, *, type: str | None = None, actor: str | None = None, since: str | None = None,
             until: str | None = None, country: str | None = None, include_duplicates: bool = True) -> list[dict]:
    """Event counts by day and type: ``[{"day", "type", "count"}]`` in day order."""
    E, A = m.Event, m.Article
    with store.engine.connect() as conn:
        conds = event_conditions(actor=actor, type=type, since=since, until=until, country=country,
                                 include_duplicates=include_duplicates, conn=conn) + [E.day.is_not(None)]
        stmt = (select(E.day, E.type, func.count().label("count")).join(A, A.id == E.article_id)
                .where(and_(*conds)).group_by(E.day, E.type).order_by(E.day, E.type))
        return [dict(r) for r in conn.execute(stmt).mappings()]


def interactions(store: Store, *, type: str | None = None, since: str | None = None, until: str | None = None,
                 include_duplicates: bool = True, limit: int | None = 100) -> list[dict]:
    """Actor -> recipient interaction counts by event type (entity names), most frequent
    first: ``[{"actor", "actor_code", "recipient", "recipient_code", "type", "count"}]``."""
    E, A = m.Event, m.Article
    ea, er = m.EventActor, m.EventRecipient
    src, dst = aliased(m.Entity), aliased(m.Entity)
    conds = event_conditions(type=type, since=since, until=until, include_duplicates=include_duplicates)
    stmt = (select(src.name.label("actor"), src.code.label("actor_code"), dst.name.label("recipient"),
                   dst.code.label("recipient_code"), E.type, func.count().label("count"))
            .select_from(E).join(A, A.id == E.article_id)
            .join(ea, and_(ea.article_id == E.article_id, ea.event_id == E.id))
            .join(src, and_(src.article_id == ea.article_id, src.id == ea.entity_id))
            .join(er, and_(er.article_id == E.article_id, er.event_id == E.id))
            .join(dst, and_(dst.article_id == er.article_id, dst.id == er.entity_id))
            .where(and_(True, *conds))
            .group_by(src.name, src.code, dst.name, dst.code, E.type)
            .order_by(text("count DESC"), src.name, dst.name, E.type).limit(_limit(limit)))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def stats(store: Store) -> dict:
    """Corpus totals, articles by analyzer version, and events by day and by type."""
    with store.engine.connect() as conn:
        def count(model, *where):
            return conn.execute(select(func.count()).select_from(model).where(and_(True, *where))).scalar_one()

        totals = {"articles": count(m.Article), "duplicates": count(m.Article, m.Article.duplicate_of.is_not(None)),
                  "entities": count(m.Entity), "quotes": count(m.Quote), "events": count(m.Event),
                  "event_clusters": count(m.EventCluster), "figures": count(m.Figure), "places": count(m.Place),
                  "dates": count(m.DateRef)}
        analyzers = {a or "": n for a, n in conn.execute(
            select(m.Article.analyzer, func.count()).group_by(m.Article.analyzer).order_by(m.Article.analyzer))}
        by_type = {t: n for t, n in conn.execute(
            select(m.Event.type, func.count()).group_by(m.Event.type).order_by(func.count().desc(), m.Event.type))}
        span = conn.execute(select(func.min(m.Article.published), func.max(m.Article.published))).one()
    return {"totals": totals, "analyzers": analyzers, "events_by_type": by_type,
            "events_by_day": timeline(store), "published": {"first": span[0], "last": span[1]}}


# --------------------------------------------------------------------------- full-text search
def _fts5_query(query: str) -> str:
    """Every word of the user's query as an FTS5 string literal (all must match): no
    user text is ever read as FTS5 syntax."""
    import re

    words = re.findall(r"\w+", query, re.UNICODE)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search(store: Store, query: str, *, limit: int | None = 20, offset: int = 0) -> Page:
    """Full-text search over article texts and quotes. Items: ``{"article_id", "kind"
    ("article"|"quote"), "ref" (quote id or null), "snippet", "title", "published",
    "source", "url"}``, best match first. SQLite uses FTS5 (bm25); PostgreSQL uses
    ``to_tsvector('english', ...) @@ plainto_tsquery`` over the GIN indexes."""
    limit = _limit(limit)
    if not query or not query.strip():
        return Page([], 0, limit, offset)
    A = m.Article
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            match = _fts5_query(query)
            if not match:
                return Page([], 0, limit, offset)
            total = conn.execute(text("SELECT count(*) FROM search_index WHERE search_index MATCH :q"),
                                 {"q": match}).scalar_one()
            rows = conn.execute(text(
                "SELECT s.article_id, s.kind, s.ref, snippet(search_index, 0, '[', ']', '…', 16) AS snippet, "
                "a.title, a.published, a.source, a.url FROM search_index s JOIN articles a ON a.id = s.article_id "
                "WHERE search_index MATCH :q ORDER BY bm25(search_index), s.article_id, s.ref "
                "LIMIT :limit OFFSET :offset"), {"q": match, "limit": limit, "offset": _offset(offset)}).mappings().all()
            items = [{**r, "ref": r["ref"] or None} for r in rows]
            return Page(items, total, limit, offset)
        if store.dialect == "postgresql":
            tsq = func.plainto_tsquery("english", query)
            art_vec, q_vec = func.to_tsvector("english", A.text), func.to_tsvector("english", m.Quote.text)
            arts = select(A.id.label("article_id"), literal("article").label("kind"),
                          literal(None).label("ref"),
                          func.ts_headline("english", A.text, tsq,
                                           "StartSel=[,StopSel=],MaxWords=20,MinWords=8").label("snippet"),
                          func.ts_rank(art_vec, tsq).label("rank")).where(art_vec.op("@@")(tsq))
            quotes = select(m.Quote.article_id, literal("quote").label("kind"), m.Quote.id.label("ref"),
                            m.Quote.text.label("snippet"), func.ts_rank(q_vec, tsq).label("rank")
                            ).where(q_vec.op("@@")(tsq))
        else:  # any other backend: plain substring match
            pat = like_pattern(query)
            arts = select(A.id.label("article_id"), literal("article").label("kind"), literal(None).label("ref"),
                          func.substr(A.text, 1, 200).label("snippet"), literal(0.0).label("rank")
                          ).where(A.text.ilike(pat, escape="\\"))
            quotes = select(m.Quote.article_id, literal("quote").label("kind"), m.Quote.id.label("ref"),
                            m.Quote.text.label("snippet"), literal(0.0).label("rank")
                            ).where(m.Quote.text.ilike(pat, escape="\\"))
        u = arts.union_all(quotes).subquery()
        total = conn.execute(select(func.count()).select_from(u)).scalar_one()
        rows = conn.execute(select(u.c.article_id, u.c.kind, u.c.ref, u.c.snippet, A.title, A.published,
                                   A.source, A.url).join(A, A.id == u.c.article_id)
                            .order_by(u.c.rank.desc(), u.c.article_id, u.c.ref).limit(limit).offset(_offset(offset))
                            ).mappings().all()
    return Page([dict(r) for r in rows], total, limit, offset)
