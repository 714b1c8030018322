"""The views: each computes its data once and returns a :class:`~eventwire.web.render.ViewResult`
that :func:`~eventwire.web.render.respond` renders as HTML, JSON or CSV (datasette's model).

Views read the store only through :mod:`eventwire.store.query` (the CLI's read layer);
the JSON API under ``/api`` and the pages call the same views, so ``/api/events`` and
``/events.json`` are the same data.
"""
from __future__ import annotations

from eventwire.record import EVENT_TYPES, Record
from eventwire.store import query as sq
from eventwire.web import csvout
from eventwire.web.deps import PAGE_SIZE
from eventwire.web.errors import ApiError
from eventwire.web.render import ViewResult


def record_view(record: Record) -> dict:
    """What the record side list needs: names resolved, events with actor names."""
    names = {e.id: e.name for e in record.entities}
    places = {p.id: p.name for p in record.places}

    def who(ids):
        return [names.get(i, i) for i in ids]

    return {
        "entities": [e.model_dump() for e in record.entities],
        "quotes": [{**q.model_dump(), "speaker_name": names.get(q.speaker or "")} for q in record.quotes],
        "events": [{**v.model_dump(), "actor_names": who(v.actor), "recipient_names": who(v.recipient),
                    "place_name": places.get(v.place or "")} for v in record.events],
        "figures": [f.model_dump() for f in record.figures],
        "places": [p.model_dump() for p in record.places],
        "dates": [d.model_dump() for d in record.dates],
    }


def _list(template: str | None, page: sq.Page, columns, filename: str, params: dict | None = None,
          **context) -> ViewResult:
    return ViewResult(template, page.to_dict(), {"result": page.to_dict(), "params": params or {},
                                                 "page_size": PAGE_SIZE, **context},
                      columns=columns, filename=filename)


def _colours() -> dict:
    from eventwire.web.svg import TYPE_COLOURS

    return TYPE_COLOURS


# --------------------------------------------------------------------------- corpus
def dashboard(store) -> ViewResult:
    from eventwire.web.svg import timeline_svg

    stats = sq.stats(store)
    data = {"stats": stats, "top_actors": sq.list_actors(store, limit=12).items,
            "latest_articles": sq.list_articles(store, limit=10).items}
    return ViewResult("dashboard.html", data, {"timeline": timeline_svg(stats["events_by_day"]),
                                               "colours": _colours()})


def stats(store) -> ViewResult:
    return ViewResult(None, sq.stats(store))


def search(store, q: str, limit: int, offset: int) -> ViewResult:
    return ViewResult(None, sq.search(store, q, limit=limit, offset=offset).to_dict())


# --------------------------------------------------------------------------- articles
def articles(store, *, params: dict | None = None, limit: int = PAGE_SIZE, offset: int = 0, **filters) -> ViewResult:
    page = sq.list_articles(store, limit=limit, offset=offset, **filters)
    return _list("articles.html", page, csvout.ARTICLE_COLUMNS, "articles.csv", params)


def _record_or_404(store, article_id: str) -> Record:
    record = sq.get_article(store, article_id)
    if record is None:
        raise ApiError(404, "article not found", f"no article with id {article_id!r}")
    return record


def article_record(store, article_id: str) -> ViewResult:
    return ViewResult(None, _record_or_404(store, article_id).to_dict())


def article_info(store, article_id: str) -> ViewResult:
    info = sq.get_article_info(store, article_id)
    if info is None:
        raise ApiError(404, "article not found", f"no article with id {article_id!r}")
    return ViewResult(None, info)


HEADLINE_MAX_CHARS, HEADLINE_MAX_WORDS = 160, 25


def headline_of(text: str) -> str | None:
    """The first line of a plain-text article when it looks like a headline: a line of its
    own (a line break follows), short, starting with a capital or a digit, and not ending
    like a sentence of prose (a period or a comma). None otherwise."""
    first, sep, _rest = text.lstrip().partition("\n")
    line = first.strip()
    if not sep or not line or len(line) > HEADLINE_MAX_CHARS or len(line.split()) > HEADLINE_MAX_WORDS:
        return None
    if len(line.split()) < 2 or line[-1] in ".,;:" or not (line[0].isupper() or line[0].isdigit()):
        return None
    return line


def display_title(record: Record) -> str | None:
    """The article's title, else the headline its plain text starts with."""
    return record.article.title or headline_of(record.article.text)


def article_page(store, article_id: str) -> ViewResult:
    from eventwire.web.markup import article_html

    record = _record_or_404(store, article_id)
    info = sq.get_article_info(store, article_id) or {}
    data = {"record": record.to_dict(), "store": info}
    return ViewResult("article.html", data, {"record": record, "view": record_view(record), "title": display_title(record),
                                             "body": article_html(record), "info": info, "colours": _colours()})


# --------------------------------------------------------------------------- events
def events(store, filters: dict, *, sort: str = "-day", limit: int = PAGE_SIZE, offset: int = 0,
           params: dict | None = None) -> ViewResult:
    page = sq.list_events(store, sort=sort, limit=limit, offset=offset, **filters)
    result = _list("events.html", page, csvout.EVENT_COLUMNS, "events.csv", params, types=EVENT_TYPES,
                   sorts=sq.EVENT_SORTS, sort=sort, colours=_colours())
    result.table, result.store = "events", store
    return result


TIMELINE_FILTERS = ("type", "actor", "since", "until", "country", "include_duplicates")


def events_page(store, filters: dict, *, sort: str, limit: int, offset: int, params: dict) -> ViewResult:
    """The events page: the list and, above it, the timeline of the same filter."""
    from eventwire.web.svg import timeline_svg

    result = events(store, filters, sort=sort, limit=limit, offset=offset, params=params)
    rows = sq.timeline(store, **{k: filters.get(k) for k in TIMELINE_FILTERS if k in filters})
    result.context["timeline"] = timeline_svg(rows)
    return result


def timeline(store, **filters) -> ViewResult:
    return ViewResult(None, {"items": sq.timeline(store, **filters)})


def interactions(store, **filters) -> ViewResult:
    return ViewResult(None, {"items": sq.interactions(store, **filters)})


def event_map(store, filters: dict, params: dict) -> ViewResult:
    """Places of the filtered events. City and site places are points on the map;
    country- and region-level places are drawn as hollow areas and listed beside it,
    never as precise points (``area: true``)."""
    from eventwire.web.data import AREA_PRECISIONS

    places = [{**p, "area": p["precision"] in AREA_PRECISIONS} for p in sq.event_places(store, **filters)]
    data = {"places": places}
    return ViewResult("map.html", data, {"params": params, "types": EVENT_TYPES,
                                         "points": [p for p in places if not p["area"]],
                                         "areas": [p for p in places if p["area"]]})


def place_events(store, name: str, country: str | None, filters: dict) -> ViewResult:
    """The events at one place of the map (what a click on its marker lists)."""
    from eventwire.web.data import events_at_place

    return ViewResult(None, {"place": name, "country": country,
                             **events_at_place(store, name, country, filters).to_dict()})


# --------------------------------------------------------------------------- quotes, figures
def quotes(store, *, params: dict | None = None, limit: int = PAGE_SIZE, offset: int = 0, **filters) -> ViewResult:
    """The API's quote list: the page's filters and rows, without facets."""
    from eventwire.web import data

    page = data.quotes_page(store, limit=limit, offset=offset, facets=False, **filters)
    result = _list(None, page, csvout.QUOTE_PAGE_COLUMNS, "quotes.csv", params)
    result.table, result.store = "quotes", store
    return result


def quotes_page(store, *, params: dict, limit: int = PAGE_SIZE, offset: int = 0, **filters) -> ViewResult:
    """Quotes by speaker, affiliation (members count), cue kind, text and date, with facets."""
    from eventwire.record import CUE_KINDS
    from eventwire.web import data

    page = data.quotes_page(store, limit=limit, offset=offset, **filters)
    payload = {**page.to_dict(), "facets": page.extra.get("facets", {})}
    return ViewResult("quotes.html", payload, {"result": payload, "params": params, "page_size": PAGE_SIZE,
                                               "cue_kinds": CUE_KINDS},
                      columns=csvout.QUOTE_PAGE_COLUMNS, filename="quotes.csv")


def figures(store, *, params: dict | None = None, limit: int = PAGE_SIZE, offset: int = 0, **filters) -> ViewResult:
    """The API's figure list: the page's filters and rows (claimant, place)."""
    from eventwire.web import data

    page = data.figures_page(store, limit=limit, offset=offset, **filters)
    result = _list(None, page, csvout.FIGURE_PAGE_COLUMNS, "figures.csv", params)
    result.table, result.store = "figures", store
    return result


def figure_claims(store, **filters) -> ViewResult:
    from eventwire.web import data

    return ViewResult(None, {"items": data.competing_claims(store, **filters)})


def claimant_rows(group: dict) -> list[dict]:
    """One table row per claimant of a competing-claims group, side by side: how many
    numbers it gave, its latest (with day, place and a link to the sentence), its first
    when it gave several, and their range. The chart shows every point; a row per point
    was up to 500 rows a page (40 ms of rendering at a million events) to read down."""
    rows = []
    for c in group["claimants"]:
        # Oldest first, undated first: the latest is the last dated number (the database
        # order puts undated figures first on SQLite, last on PostgreSQL).
        pts = sorted(c["points"], key=lambda p: (p["day"] is not None, p["day"] or ""))
        values = [p["value"] for p in pts if p["value"] is not None]
        rows.append({"claimant": c["claimant"], "count": len(pts), "latest": pts[-1],
                     "first": pts[0] if len(pts) > 1 else None,
                     "low": min(values) if values else None, "high": max(values) if values else None})
    return rows


def figures_page(store, *, params: dict, limit: int = PAGE_SIZE, offset: int = 0, **filters) -> ViewResult:
    """Figures by kind, subject, place, claimant and date, and the competing claims: the
    same kind of count about the same subject given by different claimants over time."""
    from eventwire.web import data
    from eventwire.web.svg import claims_svg

    page = data.figures_page(store, limit=limit, offset=offset, **filters)
    claims = data.competing_claims(store, **filters)
    payload = {**page.to_dict(), "claims": claims}
    charts = [claims_svg(g) for g in claims]
    return ViewResult("figures.html", payload, {"result": payload, "params": params, "page_size": PAGE_SIZE,
                                                "charts": charts, "claim_rows": [claimant_rows(g) for g in claims]},
                      columns=csvout.FIGURE_PAGE_COLUMNS, filename="figures.csv")


# --------------------------------------------------------------------------- actors, places
def actors(store, *, params: dict | None = None, limit: int = PAGE_SIZE, offset: int = 0, **filters) -> ViewResult:
    page = sq.list_actors(store, limit=limit, offset=offset, **filters)
    return _list("actors.html", page, csvout.ACTOR_COLUMNS, "actors.csv", params)


def _actor_or_404(store, name: str) -> dict:
    summary = sq.actor_summary(store, name)
    if summary is None:
        raise ApiError(404, "actor not found", f"no entity named {name!r}")
    return summary


def actor_summary(store, name: str) -> ViewResult:
    summary = _actor_or_404(store, name)
    return ViewResult(None, {**summary, "interactions": sq.actor_links(store, summary["name"])})


def _network(exact: str, links: list[dict]):
    from eventwire.web.svg import network_svg

    merged: dict[tuple[str, str], int] = {}
    for link in links:
        key = (link["other"], link["direction"])
        merged[key] = merged.get(key, 0) + link["count"]
    return network_svg(exact, [{"other": o, "direction": d, "count": n} for (o, d), n in merged.items()])


def actor_page(store, name: str, own_only: bool = False) -> ViewResult:
    """One actor: its quotes and events; for an organisation also its members' (through
    affiliation), marked ``via: member``, unless ``own_only``."""
    from eventwire.web import data

    summary = _actor_or_404(store, name)
    exact, key = summary["name"], summary["name"].strip().lower()
    links = sq.actor_links(store, exact)
    own = [{**q, "via": "self"} for q in data.speaker_quotes(store, exact.lower())]
    members = [] if own_only else [q for q in data.quotes_page(store, affiliation=exact, limit=100,
                                                                facets=False, count=False).items
                                   if q["via"] == "member" and (q["affiliation"] or "").lower() == key][:50]
    as_actor = sq.list_events(store, actor=exact, limit=50).to_dict()
    member_events = {"items": [], "total": 0} if own_only else data.member_events(store, key).to_dict()
    data_ = {"actor": summary, "interactions": links, "quotes": own + members, "own_only": own_only,
             "member_quotes": len(members), "events_as_actor": as_actor, "events_of_members": member_events,
             "events_as_recipient": sq.list_events(store, recipient=exact, limit=50).to_dict()}
    return ViewResult("actor.html", data_, {"network": _network(exact, links), "colours": _colours()})


def places(store, *, params: dict | None = None, limit: int = PAGE_SIZE, offset: int = 0, **filters) -> ViewResult:
    page = sq.list_places(store, limit=limit, offset=offset, **filters)
    return _list(None, page, csvout.PLACE_COLUMNS, "places.csv", params)
