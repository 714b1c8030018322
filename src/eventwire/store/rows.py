"""The event, quote and figure rows: defined once, used by every tabular output.

CSV, Parquet and JSONL exports, the CLI's ``--format csv`` and the API's CSV and JSON
lists all write these rows; ``docs/data.md`` documents every column. A column list is
``(name, type)`` with type one of ``string``, ``int``, ``float``, ``bool``, ``date``
(YYYY-MM-DD) or ``strings`` (a list: ``;``-joined in CSV, a list in Parquet/JSONL).

Rows are built from the listed items of :mod:`eventwire.store.query` plus what a row
adds: global ids (``<article id>-<local id>``), the PLOVER quad code and event scale,
CAMEO root and base codes, ISO alpha-3 place countries, admin1, PLOVER geo resolution,
dead/injured/arrested from the event's figures, and trigger-only offsets.
Fields other work adds to the store are read with a default (``ev.get``), so a row is
complete whichever columns a store has.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import pycountry
from sqlalchemy import select

from eventwire.lexicon import load_tsv
from eventwire.store import models as m

ROW_SCHEMA = "eventwire-rows/1"

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    # identity
    ("event_id", "string"), ("article_id", "string"), ("local_id", "string"), ("title", "string"),
    ("source", "string"), ("url", "string"), ("origin", "string"),
    # time
    ("date", "date"), ("date_precision", "string"), ("published", "date"),
    # type
    ("plover_type", "string"), ("mode", "string"), ("context", "strings"), ("quad_code", "int"),
    ("event_scale", "float"),
    # CAMEO
    ("cameo", "string"), ("cameo_root", "string"), ("cameo_base", "string"),
    # actor and recipient (one entry per party, in order)
    ("actor_name", "strings"), ("actor_code", "strings"), ("actor_country", "strings"),
    ("actor_sector", "strings"), ("actor_entity_id", "strings"),
    ("recipient_name", "strings"), ("recipient_code", "strings"), ("recipient_country", "strings"),
    ("recipient_sector", "strings"), ("recipient_entity_id", "strings"),
    # place
    ("place_name", "string"), ("country_code", "string"), ("admin1_name", "string"), ("admin1_code", "string"),
    ("lat", "float"), ("lon", "float"), ("geo_precision", "int"), ("geonameid", "int"),
    # sizes
    ("dead", "int"), ("injured", "int"), ("arrested", "int"),
    # status
    ("negated", "bool"), ("hypothetical", "bool"), ("embedded", "bool"), ("historical", "bool"),
    ("reported_by", "string"),
    ("reported_by_speaker", "string"), ("reported_by_speaker_code", "string"),
    # provenance
    ("confidence", "float"), ("trigger", "string"), ("trigger_start", "int"), ("trigger_end", "int"),
    ("span_start", "int"), ("span_end", "int"), ("sentence_index", "int"), ("sentence_start", "int"),
    ("sentence_end", "int"), ("sentence_text", "string"),
    # corpus counts
    ("cluster_id", "string"), ("cluster_articles", "int"), ("cluster_sources", "int"),
    ("cluster_mentions", "int"),
)

QUOTE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("quote_id", "string"), ("article_id", "string"), ("local_id", "string"), ("speaker_name", "string"),
    ("speaker_code", "string"), ("speaker_affiliation", "string"), ("speaker_entity_id", "string"),
    ("speaker_text", "string"), ("cue", "string"), ("cue_kind", "string"), ("kind", "string"), ("negated", "bool"),
    ("text", "string"),
    ("start", "int"), ("end", "int"), ("sentence_index", "int"), ("date", "date"), ("title", "string"),
    ("source", "string"), ("url", "string"),
)

FIGURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("figure_id", "string"), ("article_id", "string"), ("local_id", "string"), ("kind", "string"),
    ("value", "float"), ("low", "float"), ("high", "float"), ("qualifier", "string"), ("subject", "string"),
    ("by", "strings"), ("by_entity_id", "strings"), ("since", "string"), ("event_id", "string"),
    ("reported_by", "string"), ("start", "int"), ("end", "int"), ("sentence_index", "int"), ("text", "string"),
    ("date", "date"), ("title", "string"), ("source", "string"), ("url", "string"),
)

COLUMNS = {"events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS, "figures": FIGURE_COLUMNS}
# eventwire's place precision -> PLOVER location resolution (5 sub-city .. 1 country)
RESOLUTION = {"site": 5, "city": 4, "region": 2, "country": 1}


def names(columns) -> list[str]:
    return [c for c, _ in columns]


def global_id(article_id: str, local_id: str | None) -> str | None:
    """Unique across articles and stable: an article id is the hash of its text."""
    return None if local_id is None else f"{article_id}-{local_id}"


# --------------------------------------------------------------------------- lookups
@lru_cache(maxsize=1)
def plover_scale() -> dict[tuple[str, str], tuple[int, float]]:
    return {(r["type"], r["mode"]): (int(r["quad_code"]), float(r["event_scale"]))
            for r in load_tsv("plover_scale.tsv")}


def quad_and_scale(event_type: str, modes: list[str]) -> tuple[int | None, float | None]:
    """PLOVER quad code and event_scale: the mode's score when the reference gives one,
    else the type's."""
    table = plover_scale()
    for mode in modes:
        if (event_type, mode) in table:
            return table[(event_type, mode)]
    return table.get((event_type, ""), (None, None))


@lru_cache(maxsize=1)
def size_kinds() -> dict[str, str]:
    return {r["kind"]: r["size"] for r in load_tsv("plover_size_kinds.tsv")}


@lru_cache(maxsize=512)
def alpha3(alpha2: str | None) -> str | None:
    """ISO 3166-1 alpha-3 for a place's alpha-2 (XK, Kosovo, is user-assigned: XKX)."""
    if not alpha2:
        return None
    c = pycountry.countries.get(alpha_2=alpha2.upper())
    return c.alpha_3 if c else {"XK": "XKX"}.get(alpha2.upper())


def full_date(value: str | None) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, precision) for an extracted date of any precision: a month or year
    is dated to its first day, and its precision says so."""
    if not value:
        return None, None
    if len(value) >= 10:
        return value[:10], "day"
    if len(value) == 7:
        return value + "-01", "month"
    if len(value) == 4 and value.isdigit():
        return value + "-01-01", "year"
    return None, None


def trigger_offsets(ev: dict) -> tuple[int, int]:
    """Offsets of the trigger words alone. Stored events cover the whole event span; the
    trigger is found inside it (first to last trigger word), else the span is kept."""
    if ev.get("trigger_start") is not None and ev.get("trigger_end") is not None:
        return ev["trigger_start"], ev["trigger_end"]
    start, end, text, s0 = ev["start"], ev["end"], ev.get("sentence_text"), ev.get("sentence_start")
    words = (ev.get("trigger") or "").split()
    if not words or text is None or s0 is None:
        return start, end
    lo, hi = start - s0, end - s0
    first = text.find(words[0], lo, hi)
    if first < 0:
        return start, end
    last = text.find(words[-1], first + len(words[0]) if len(words) > 1 else first, hi)
    stop = last + len(words[-1]) if last >= 0 else first + len(words[0])
    return s0 + first, s0 + stop


# --------------------------------------------------------------------------- sizes
MAX_SIZE = 2**63 - 1

def event_sizes(conn, items: list[dict]) -> dict[tuple[str, str], dict[str, int]]:
    """{(article_id, event id): {"dead": n, ...}} from the figures linked to each event:
    the figure's ``event`` when the coder set it, else the nearest event of the figure's
    sentence (the largest value when several figures of a kind link to one event)."""
    aids = sorted({it["article_id"] for it in items})
    if not aids:
        return {}
    F, E = m.Figure.__table__, m.Event.__table__
    figures = conn.execute(select(F.c.article_id, F.c.kind, F.c.value, F.c.sentence, F.c.start, F.c.event)
                           .where(F.c.article_id.in_(aids), F.c.kind.in_(list(size_kinds())))).all()
    unlinked = sorted({f[0] for f in figures if f[5] is None})
    in_sentence = defaultdict(list)
    if unlinked:
        # Only the events of those figures' sentences (ix_events_sentence_place answers it): every
        # event of the articles was ten times the rows needed (a page of 50: ~500 rows, 4 ms).
        sentences = sorted({f[3] for f in figures if f[5] is None and f[3] is not None})
        for aid, vid, sent, start in conn.execute(select(E.c.article_id, E.c.id, E.c.sentence, E.c.start)
                                                  .where(E.c.article_id.in_(unlinked), E.c.sentence.in_(sentences))):
            in_sentence[(aid, sent)].append((start, vid))
    out: dict = defaultdict(dict)
    for aid, kind, value, sent, start, linked in figures:
        vid = linked or _nearest(in_sentence.get((aid, sent), ()), start)
        if vid is None or value is None or not 0 <= value <= MAX_SIZE:
            continue  # a count no int64 column holds (an extractor's 10**30) is no size
        size = size_kinds()[kind]
        out[(aid, vid)][size] = max(out[(aid, vid)].get(size, 0), int(value))
    return out


def _nearest(events: list[tuple[int, str]], start: int) -> str | None:
    return min(events, key=lambda e: abs(e[0] - start))[1] if events else None


# --------------------------------------------------------------------------- rows
def _parties(prefix: str, parties: list[dict]) -> dict:
    return {f"{prefix}_name": [p.get("name") or "" for p in parties],
            f"{prefix}_code": [p.get("code") or "" for p in parties],
            f"{prefix}_country": [p.get("country") or "" for p in parties],
            f"{prefix}_sector": [p.get("sector") or "" for p in parties],
            f"{prefix}_entity_id": [p.get("id") or "" for p in parties]}


def _place(place: dict | None) -> dict:
    from eventwire.store.admin1 import admin1_index

    if not place:
        return {"place_name": None, "country_code": None, "admin1_name": None, "admin1_code": None, "lat": None,
                "lon": None, "geo_precision": None, "geonameid": None}
    adm = admin1_index().lookup(country=place.get("country"), precision=place.get("precision"),
                                name=place.get("name"), geonameid=place.get("geonameid"),
                                lat=place.get("lat"), lon=place.get("lon"))
    return {"place_name": place.get("name"), "country_code": alpha3(place.get("country")),
            "admin1_name": adm.name if adm else None, "admin1_code": adm.code if adm else None,
            "lat": place.get("lat"), "lon": place.get("lon"), "geo_precision": RESOLUTION.get(place.get("precision")),
            "geonameid": place.get("geonameid")}


def _when(ev: dict) -> dict:
    own, precision = full_date(ev.get("date"))
    published = (ev.get("article") or {}).get("published")
    if own is None and published:
        own, precision = published[:10], "article"
    return {"date": own, "date_precision": precision, "published": published}


def event_row(ev: dict, sizes: dict | None = None) -> dict:
    """The event row of one listed event (``sizes``: its dead/injured/arrested)."""
    art, speaker, cluster = ev.get("article") or {}, ev.get("speaker") or {}, ev.get("cluster") or {}
    modes, cameo = list(ev.get("mode") or []), ev.get("cameo")
    quad, scale = quad_and_scale(ev["type"], modes)
    t0, t1 = trigger_offsets(ev)
    sizes = sizes or {}
    return {
        "event_id": global_id(ev["article_id"], ev["id"]), "article_id": ev["article_id"], "local_id": ev["id"],
        "title": art.get("title"), "source": art.get("source"), "url": art.get("url"), "origin": art.get("origin"),
        **_when(ev),
        "plover_type": ev["type"], "mode": modes[0] if modes else None, "context": list(ev.get("context") or []),
        "quad_code": quad, "event_scale": scale,
        "cameo": cameo, "cameo_root": cameo[:2] if cameo else None, "cameo_base": cameo[:3] if cameo else None,
        **_parties("actor", ev.get("actors") or []), **_parties("recipient", ev.get("recipients") or []),
        **_place(ev.get("place")),
        "dead": sizes.get("dead"), "injured": sizes.get("injured"), "arrested": sizes.get("arrested"),
        "negated": bool(ev.get("negated")), "hypothetical": bool(ev.get("hypothetical")),
        "embedded": bool(ev.get("embedded")), "historical": bool(ev.get("historical")),
        "reported_by": global_id(ev["article_id"], ev.get("reported_by")),
        "reported_by_speaker": speaker.get("name") or speaker.get("text"),
        "reported_by_speaker_code": speaker.get("code"),
        "confidence": ev.get("confidence"), "trigger": ev.get("trigger"), "trigger_start": t0, "trigger_end": t1,
        "span_start": ev.get("start"), "span_end": ev.get("end"), "sentence_index": ev.get("sentence"),
        "sentence_start": ev.get("sentence_start"), "sentence_end": ev.get("sentence_end"),
        "sentence_text": ev.get("sentence_text"),
        "cluster_id": cluster.get("id"), "cluster_articles": cluster.get("article_count"),
        "cluster_sources": len(cluster["sources"]) if cluster.get("sources") is not None else None,
        "cluster_mentions": cluster.get("mention_count"),
    }


def event_rows(conn, items: list[dict]) -> list[dict]:
    """Rows of a chunk of listed events (one figures query for the chunk)."""
    sizes = event_sizes(conn, items)
    return [event_row(ev, sizes.get((ev["article_id"], ev["id"]))) for ev in items]


def event_rows_of(store, items: list[dict]) -> list[dict]:
    """:func:`event_rows` on a connection of its own (for a page already listed)."""
    with store.engine.connect() as conn:
        return event_rows(conn, items)


def quote_row(q: dict) -> dict:
    art = q.get("article") or {}
    return {
        "quote_id": global_id(q["article_id"], q["id"]), "article_id": q["article_id"], "local_id": q["id"],
        "speaker_name": q.get("speaker_name"), "speaker_code": q.get("speaker_code"),
        "speaker_affiliation": q.get("speaker_affiliation"), "speaker_entity_id": q.get("speaker"),
        "speaker_text": q.get("speaker_text"), "cue": q.get("cue"), "cue_kind": q.get("cue_kind"),
        "kind": q.get("kind"), "negated": bool(q.get("negated")), "text": q.get("text"), "start": q.get("start"), "end": q.get("end"),
        "sentence_index": q.get("sentence"), "date": art.get("published"), "title": art.get("title"),
        "source": art.get("source"), "url": art.get("url"),
    }


def figure_row(f: dict, entity_names: dict | None = None) -> dict:
    """``entity_names``: {(article_id, entity id): name} for the figure's ``by``."""
    art, names_of = f.get("article") or {}, entity_names or {}
    by = list(f.get("by") or [])
    num = (lambda v: None if v is None else float(v))
    return {
        "figure_id": global_id(f["article_id"], f["id"]), "article_id": f["article_id"], "local_id": f["id"],
        "kind": f.get("kind"), "value": num(f.get("value")), "low": num(f.get("low")), "high": num(f.get("high")),
        "qualifier": f.get("qualifier"), "subject": f.get("subject"),
        "by": [names_of.get((f["article_id"], e), "") for e in by], "by_entity_id": by, "since": f.get("since"),
        "event_id": global_id(f["article_id"], f.get("event")),
        "reported_by": global_id(f["article_id"], f.get("reported_by")), "start": f.get("start"),
        "end": f.get("end"), "sentence_index": f.get("sentence"), "text": f.get("text"),
        "date": art.get("published"), "title": art.get("title"), "source": art.get("source"), "url": art.get("url"),
    }


def figure_rows(conn, items: list[dict]) -> list[dict]:
    """Rows of a chunk of figures (one entities query for their ``by`` names)."""
    wanted = {(f["article_id"], e) for f in items for e in (f.get("by") or [])}
    found = {}
    if wanted:
        Ent = m.Entity.__table__
        rows = conn.execute(select(Ent.c.article_id, Ent.c.id, Ent.c.name)
                            .where(Ent.c.article_id.in_(sorted({a for a, _ in wanted})))).all()
        found = {(a, i): n for a, i, n in rows if (a, i) in wanted}
    return [figure_row(f, found) for f in items]


def figure_rows_of(store, items: list[dict]) -> list[dict]:
    with store.engine.connect() as conn:
        return figure_rows(conn, items)


# --------------------------------------------------------------------------- readers
PANDAS_CSV_TYPES = {"string": "string", "int": "Int64", "float": "float64", "bool": "boolean", "date": "string",
                    "strings": "string"}


def pandas_csv_options(what: str = "events") -> dict:
    """Keyword arguments for ``pandas.read_csv`` that load an exported CSV with its
    documented types: a CSV has none of its own, and pandas would read the CAMEO code
    ``030`` as the integer 30. Dates come back as datetimes, lists as ``;``-joined text."""
    columns = COLUMNS[what]
    return {"dtype": {c: PANDAS_CSV_TYPES[k] for c, k in columns},
            "parse_dates": [c for c, k in columns if k == "date"], "keep_default_na": False,
            "na_values": {c: [""] for c, _ in columns}}
