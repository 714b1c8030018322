"""Reads the researcher's pages need beyond :mod:`eventwire.store.query`: quotes by
affiliation with facets, figures grouped into competing claims, and an organisation's
roll-up through its members. Small functions over the store models, bound parameters
only, so the pages can switch to the shared filter object without changing shape.

Affiliation: a speaker (or an event's actor) belongs to an organisation when its entity's
``affiliation`` is that organisation's entity in the same article ("Hamas spokesman
Hazem Qassem": Qassem -> Hamas). Rows reached that way carry ``via: "member"``.
"""
from __future__ import annotations

from sqlalchemy import and_, case, func, or_, select, union
from sqlalchemy.orm import aliased

from eventwire.store import models as m
from eventwire.store.query import (
    Page, _day_filters, capped_count, code_in_use, entity_matches, event_items, like_pattern, matching_names,
    newest_first,
)

FACET_SIZE = 10


def _num(v):
    """Integers stored as floats come back as integers (12.0 -> 12)."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


# --------------------------------------------------------------------------- quotes
def resolve_names(filters: dict, conn=None) -> tuple[dict, dict]:
    """The entity names matching the speaker and affiliation filters, and whether any
    entity has each as its code (both read once per request, for every query built)."""
    names = {k: matching_names(conn, filters[k]) if conn is not None and filters.get(k) else None
             for k in ("speaker", "affiliation")}
    # The code branch only when some entity has that code: the OR of a name and a code
    # that no row has made SQLite read every quote (3 s a page at a million events).
    codes = {k: conn is None or code_in_use(conn, m.Entity.code, filters[k])
             for k in ("speaker", "affiliation") if filters.get(k)}
    return names, codes


def _quote_from(filters: dict, conn=None, *, lean: bool = False, resolved: tuple | None = None):
    """The filtered quotes as a SELECT (speaker, affiliation and article joined). With a
    connection, the names matching a speaker or affiliation filter are resolved first
    (:func:`~eventwire.store.query.matching_names`), and a speaker is matched on the
    quote's own copy of its speaker's name key (migration 0009): one index range.

    ``lean``: the quote's own columns only (keys, order and facet columns, from the
    quote's copies), joined to the article, the speaker or its organisation only when the
    filter needs them: the page's keys and the facets read ``ix_quotes_speaker_day``
    alone. Joining two entities and the article for each of a speaker's 1,400 quotes was
    121 ms on PostgreSQL and 20 ms on SQLite at a million events."""
    Q, A = m.Quote, m.Article
    Spk, Aff = aliased(m.Entity), aliased(m.Entity)
    conds = _day_filters(Q.published, filters.get("since"), filters.get("until"))
    names, codes = resolved or resolve_names(filters, conn)
    joins_speaker = bool(filters.get("affiliation"))
    if filters.get("speaker"):
        value, found = filters["speaker"], names["speaker"]
        by_text = Q.speaker_text.ilike(like_pattern(value), escape="\\")
        # The speaker as written is searched only when no entity has that name: the OR of
        # the two made SQLite read every quote (577 ms at a million events).
        if found == [] and not codes["speaker"]:
            conds.append(by_text)
        elif found is not None and not codes["speaker"]:
            conds.append(Q.speaker_key.in_(found))
        else:
            joins_speaker = True
            conds.append(entity_matches(Spk, value, found, codes["speaker"]) if found is not None
                         else or_(entity_matches(Spk, value), by_text))
    if filters.get("q"):
        conds.append(Q.text.ilike(like_pattern(filters["q"]), escape="\\"))
    for key, col in (("kind", Q.kind), ("cue_kind", Q.cue_kind), ("article_id", Q.article_id)):
        if filters.get(key):
            conds.append(col == filters[key])
    if filters.get("include_duplicates") is False:
        conds.append(A.duplicate_of.is_(None))
    via = case((and_(Aff.id.is_not(None), entity_matches(Aff, filters["affiliation"], names["affiliation"],
                                                        codes["affiliation"])), "member"),
               else_="self") if filters.get("affiliation") else None
    if lean:
        cols = [Q.article_id, Q.id, Q.published, Q.position, Q.kind, Q.cue_kind, Q.speaker_name,
                Q.affiliation_name.label("affiliation")]
    else:
        cols = [Q.article_id, Q.id, Q.kind, Q.text, Q.start, Q.end, Q.speaker, Q.speaker_text, Q.cue, Q.cue_kind,
                Q.addressee, Q.negated, Q.sentence, Q.position, Spk.name.label("speaker_name"),
                Spk.code.label("speaker_code"), Aff.name.label("affiliation"), A.title, A.published, A.source, A.url]
        if via is not None:
            cols.append(via.label("via"))
    stmt = select(*cols).select_from(Q)
    if not lean or filters.get("include_duplicates") is False:
        stmt = stmt.join(A, A.id == Q.article_id)
    if not lean or joins_speaker:
        stmt = (stmt.outerjoin(Spk, and_(Spk.article_id == Q.article_id, Spk.id == Q.speaker))
                .outerjoin(Aff, and_(Aff.article_id == Q.article_id, Aff.id == Spk.affiliation)))
    if filters.get("affiliation"):
        speakers = _affiliated_speakers(filters["affiliation"], names["affiliation"], codes["affiliation"])
        stmt = stmt.join(speakers, and_(speakers.c.article_id == Q.article_id, speakers.c.id == Q.speaker))
    return stmt.where(and_(True, *conds))


def _affiliated_speakers(value: str, names, codes: bool):
    """(article_id, entity id) of the entities matching ``value`` and of their members
    (entities affiliated to one), as a subquery the quotes join: a union of two index
    reads that drives the query. The OR of the speaker's and the affiliation's match
    over the joined rows made SQLite read every quote (5 s at a million events)."""
    Ent, Mem, Org = aliased(m.Entity), aliased(m.Entity), aliased(m.Entity)
    itself = select(Ent.article_id, Ent.id).where(entity_matches(Ent, value, names, codes))
    members = (select(Mem.article_id, Mem.id).join(Org, and_(Org.article_id == Mem.article_id, Org.id == Mem.affiliation))
               .where(entity_matches(Org, value, names, codes)))
    return union(itself, members).subquery("affiliated")


QUOTE_KEYS = ("article_id", "id", "kind", "text", "start", "end", "speaker", "speaker_text", "speaker_name",
              "speaker_code", "affiliation", "cue", "cue_kind", "addressee", "negated", "sentence")


def _quote_item(r) -> dict:
    return {**{k: r[k] for k in QUOTE_KEYS}, "via": r.get("via") or "self",
            "article": {k: r[k] for k in ("title", "published", "source", "url")}}


FACET_ROWS = 5000  # facets count at most this many of the filtered rows (the newest)


def facet_groups(conn, frm, columns: tuple[str, ...]) -> list:
    """``(value of each column..., count)`` of the filtered rows (at most ``FACET_ROWS``
    of them) grouped by all ``columns`` at once: one read instead of a GROUP BY per facet,
    each of which ran the whole filter again (1.5 s for four facets at a million events),
    grouped by the database rather than fetched row by row (a speaker's 1,400 quotes:
    ~8 ms of row handling in Python)."""
    sample = narrowed(frm, columns).order_by(None).limit(FACET_ROWS).subquery("facet_rows")
    keys = [sample.c[c] for c in columns]
    return conn.execute(select(*keys, func.count()).group_by(*keys)).all()


def _facets(groups: list, columns: dict) -> dict:
    """Counts by each facet of ``groups`` (from :func:`facet_groups`, in the order of
    ``columns``' values), most frequent first."""
    from collections import Counter

    out = {}
    for i, name in enumerate(columns):
        counts: Counter = Counter()
        for g in groups:
            if g[i] is not None:
                counts[g[i]] += g[-1]
        out[name] = [{"value": v, "count": n} for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
                     [:FACET_SIZE]]
    return out


QUOTE_FACETS = {"kind": "kind", "cue_kind": "cue_kind", "speaker": "speaker_name", "affiliation": "affiliation"}


def narrowed(frm, keys: tuple[str, ...]):
    """``frm`` selecting only its columns named ``keys`` (same joins and filter)."""
    return frm.with_only_columns(*[c for c in frm.selected_columns if c.key in keys], maintain_column_froms=True)


def keyed_page(conn, frm, order: tuple, key_cols: tuple, limit: int, offset: int, keys_from=None) -> list:
    """The page of ``frm`` in ``order``, in two steps: the page's keys first (ordering
    the matching rows on their keys and sort columns, which covering indexes answer),
    then the full rows of those keys only. In one step SQLite reads every matching
    article's row (text and record included) before sorting: 90 ms for a speaker's
    1,400 quotes at a million events. ``keys_from``: the same rows with fewer joins."""
    keys = ((frm if keys_from is None else keys_from).with_only_columns(*key_cols, maintain_column_froms=True)
            .order_by(*order).limit(limit).offset(offset).subquery("page"))
    on = and_(True, *[keys.c[c.key] == c for c in key_cols])
    return conn.execute(frm.join(keys, on).order_by(*order)).mappings().all()


def quotes_page(store, *, limit: int = 50, offset: int = 0, facets: bool = True, count: bool = True,
                **filters) -> Page:
    """Quotes matching ``filters`` (speaker, affiliation, cue_kind, kind, q, since, until,
    article_id, include_duplicates), newest first; ``extra["facets"]`` counts them by
    kind, cue kind, speaker and affiliation. ``count`` False: no count (a caller that shows
    none, such as the actor page's members' quotes: 0.44 s of PostgreSQL for an organisation
    at a million events); the total is then what the page holds, a lower bound when full."""
    Q = m.Quote
    with store.engine.connect() as conn:
        resolved = resolve_names(filters, conn)
        frm = _quote_from(filters, conn, resolved=resolved)
        lean = _quote_from(filters, conn, lean=True, resolved=resolved)
        # The facets read only their columns; when fewer than FACET_ROWS rows match,
        # those are all of them and give the total too (one query less).
        groups = facet_groups(conn, lean, tuple(QUOTE_FACETS.values())) if facets else None
        sampled = sum(g[-1] for g in groups) if groups is not None else None
        order = (newest_first(Q.published, store.dialect), Q.article_id, Q.position)
        rows = keyed_page(conn, frm, order, (Q.article_id, Q.id), limit, offset, keys_from=lean)
        if not count and groups is None:
            total, capped = offset + len(rows), len(rows) == limit
        elif sampled is not None and sampled < FACET_ROWS:
            total, capped = sampled, False
        else:
            total, capped = capped_count(conn, lean)
        extra = {"facets": _facets(groups, QUOTE_FACETS)} if facets else {}
    return Page([_quote_item(r) for r in rows], total, limit, offset, extra, total_capped=capped)


def speaker_quotes(store, name_key: str, *, limit: int = 50) -> list[dict]:
    """The quotes whose speaker entity is named ``name_key`` (any case: ``name.lower()``),
    newest first, as :func:`eventwire.store.query.list_quotes` gives them. The page's
    keys are a range of ``ix_quotes_speaker_day`` (the quote's copy of its speaker's name
    key), stopping after the page; the substring filter it replaced counted and sorted
    every match (4.6 s for an organisation at a million events)."""
    from eventwire.store.query_lists import _quote_item, _quotes_select

    Q = m.Quote
    keys = select(Q.article_id, Q.id).select_from(Q).where(Q.speaker_key == name_key)
    with store.engine.connect() as conn:
        rows = keyed_page(conn, _quotes_select(), (newest_first(Q.published, store.dialect), Q.article_id, Q.position),
                          (Q.article_id, Q.id), limit, 0, keys_from=keys)
    return [_quote_item(r) for r in rows]


# --------------------------------------------------------------------------- figures
def _figure_from(filters: dict, *, count: bool = False):
    """Figures with their claimant (the quote's speaker when the figure is reported in a
    quote, else the article's source) and the place of an event in the same sentence,
    both read off the figure row (written with it, migration 0009). ``count``: the
    figure's own columns only, for the count and the page's keys."""
    F, A = m.Figure, m.Article
    # The figure's copy of its article's day: kind, dates and order are one index range.
    conds = _day_filters(F.published, filters.get("since"), filters.get("until"))
    for key, col in (("kind", F.kind), ("article_id", F.article_id)):
        if filters.get(key):
            conds.append(col == filters[key])
    for key, col in (("subject", F.subject), ("claimant", F.claimant), ("place", F.place)):
        if filters.get(key):
            conds.append(col.ilike(like_pattern(filters[key]), escape="\\"))
    if filters.get("min_value") is not None:
        conds.append(F.value >= float(filters["min_value"]))
    if filters.get("include_duplicates") is False:
        conds.append(A.duplicate_of.is_(None))
    if count:
        frm = select(F.article_id).select_from(F)
        if filters.get("include_duplicates") is False:
            frm = frm.join(A, A.id == F.article_id)
        return frm.where(and_(True, *conds))
    return (select(F.article_id, F.id, F.kind, F.value, F.low, F.high, F.qualifier, F.subject, F.by, F.since,
                   F.start, F.end, F.text, F.sentence, F.reported_by, F.position, F.claimant,
                   F.claimant_from, F.place,
                   A.title, A.published, A.source, A.url)
            .join(A, A.id == F.article_id)
            .where(and_(True, *conds)))


FIGURE_KEYS = ("article_id", "id", "kind", "value", "low", "high", "qualifier", "subject", "by", "since", "start",
               "end", "text", "sentence", "reported_by", "claimant", "claimant_from", "place")


def _figure_item(r) -> dict:
    d = {k: r[k] for k in FIGURE_KEYS}
    for k in ("value", "low", "high"):
        d[k] = _num(d[k])
    d["article"] = {k: r[k] for k in ("title", "published", "source", "url")}
    return d


def figures_page(store, *, limit: int = 50, offset: int = 0, **filters) -> Page:
    """Figures matching ``filters`` (kind, subject, claimant, place, since, until,
    article_id, min_value), newest first, each with its claimant and place."""
    F = m.Figure
    frm = _figure_from(filters)
    with store.engine.connect() as conn:
        count_from = _figure_from(filters, count=True)
        total, capped = capped_count(conn, count_from)
        rows = keyed_page(conn, frm, (newest_first(F.published, store.dialect), F.article_id, F.position),
                          (F.article_id, F.id), limit, offset, keys_from=count_from)
    return Page([_figure_item(r) for r in rows], total, limit, offset, total_capped=capped)


# Figures read (oldest first) to build the competing-claims groups. Each is a table row
# and a chart point on the page: 2,000 cost 60 ms to group and 2,000 rows to render at a
# million events, for groups no one reads to the end; narrow the filter to see further.
MAX_CLAIMS = 500

def competing_claims(store, *, max_groups: int = 12, **filters) -> list[dict]:
    """The same kind of count about the same subject, as told by different claimants over
    time: groups ``{kind, subject, claimants: [{claimant, points: [{day, value, ...}]}]}``
    with at least two claimants, the most-claimed first."""
    F = m.Figure
    # The figure rows alone (claimant and place are theirs): an index range of
    # ix_figures_kind_claims, oldest first, index-only (it carries these columns).
    frm = (_figure_from(filters, count=True).where(F.subject.is_not(None))
           .with_only_columns(F.article_id, F.id, F.kind, F.subject, F.value, F.qualifier, F.sentence, F.claimant,
                              F.claimant_from, F.place, F.published,
                              maintain_column_froms=True))
    with store.engine.connect() as conn:
        rows = conn.execute(frm.order_by(F.published, F.article_id, F.position).limit(MAX_CLAIMS)).mappings().all()
    groups: dict[tuple[str, str], dict[str, list[dict]]] = {}
    for r in rows:
        key = (r["kind"], (r["subject"] or "").strip().lower())
        who = r["claimant"] or "unknown source"
        groups.setdefault(key, {}).setdefault(who, []).append(
            {"day": r["published"], "value": _num(r["value"]), "qualifier": r["qualifier"], "place": r["place"],
             "article_id": r["article_id"], "id": r["id"], "sentence": r["sentence"], "from": r["claimant_from"]})
    out = [{"kind": kind, "subject": subject,
            "claimants": [{"claimant": c, "points": pts} for c, pts in sorted(by.items())]}
           for (kind, subject), by in groups.items() if len(by) >= 2]
    out.sort(key=lambda g: (-sum(len(c["points"]) for c in g["claimants"]), g["kind"], g["subject"]))
    return out[:max_groups]


# --------------------------------------------------------------------------- organisation roll-up
def member_events(store, name_key: str, *, limit: int = 50) -> Page:
    """Events whose actor is a member of the organisation ``name_key`` (its entity is
    affiliated to an entity of that name), newest first; each item has ``via: member``."""
    L, Mem, Org = m.EventActor, aliased(m.Entity), aliased(m.Entity)
    frm = (select(L.article_id, L.event_id, L.day).distinct()
           .join(Mem, and_(Mem.article_id == L.article_id, Mem.id == L.entity_id))
           .join(Org, and_(Org.article_id == Mem.article_id, Org.id == Mem.affiliation))
           .where(Org.name_key == name_key, func.coalesce(L.name_key, "") != name_key))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(frm.subquery())).scalar_one()
        keys = [(a, e) for a, e, _ in conn.execute(frm.order_by(L.day.desc().nulls_last(), L.article_id, L.event_id)
                                                   .limit(limit))]
        items = [{**item, "via": "member"} for item in event_items(conn, keys)]
    return Page(items, total, limit, 0)


# --------------------------------------------------------------------------- map
AREA_PRECISIONS = ("country", "region")  # drawn as areas, never as precise points


def events_at_place(store, name: str, country: str | None, filters: dict, *, limit: int = 20) -> Page:
    """Events located at the place ``name`` (in ``country``) under the event filter, newest first."""
    from eventwire.store.query import event_conditions

    E, A, P = m.Event, m.Article, m.Place
    with store.engine.connect() as conn:
        conds = event_conditions(**filters, conn=conn) + [P.name == name]
        if country:
            conds.append(P.country == country)
        frm = (select(E.article_id, E.id).select_from(E).join(A, A.id == E.article_id)
               .join(P, and_(P.article_id == E.article_id, P.id == E.place)).where(and_(True, *conds)))
        total = conn.execute(select(func.count()).select_from(frm.subquery())).scalar_one()
        keys = [tuple(r) for r in conn.execute(frm.order_by(E.day.desc().nulls_last(), E.article_id, E.position)
                                               .limit(limit))]
        return Page(event_items(conn, keys), total, limit, 0)
