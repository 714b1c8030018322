"""CSV downloads: one streamed response, guarded cells, the columns of each list.

A cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR first)
is prefixed with ``'``.
"""
from __future__ import annotations

from fastapi.responses import StreamingResponse

from eventwire.csvsafe import csv_chunks, safe_cell

# Every CSV goes through the one guarded writer (eventwire.csvsafe).
csv_cell = safe_cell


def csv_response(rows: list[dict], columns: list[tuple[str, callable]], filename: str) -> StreamingResponse:
    """A CSV download of ``rows`` under ``columns`` ((name, getter) pairs)."""
    names = [name for name, _ in columns]
    return csv_rows_response(({name: get(row) for name, get in columns} for row in rows), names, filename)


def csv_rows_response(rows, names: list[str], filename: str) -> StreamingResponse:
    return StreamingResponse(csv_chunks(names, rows), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def table_response(store, what: str, items: list[dict], fmt: str, body: dict):
    """A listed page of events, quotes or figures: the documented rows (docs/data.md) as
    CSV, or the page's JSON with each item's row under ``row``."""
    from eventwire.store import rows as table
    from eventwire.web.jsonbody import FastJSONResponse

    build = {"events": table.event_rows_of, "figures": table.figure_rows_of,
             "quotes": lambda _store, qs: [table.quote_row(q) for q in qs]}[what]
    built = build(store, items)
    if fmt == "csv":
        return csv_rows_response(built, table.names(table.COLUMNS[what]), f"{what}.csv")
    return FastJSONResponse({**body, "items": [{**item, "row": row} for item, row in zip(items, built)]})


def _names(people: list[dict]) -> list[str]:
    return [p.get("name") or p.get("id") or "" for p in people]


EVENT_COLUMNS = [
    ("article_id", lambda r: r["article_id"]), ("id", lambda r: r["id"]), ("day", lambda r: r["day"]),
    ("type", lambda r: r["type"]), ("cameo", lambda r: r["cameo"]), ("trigger", lambda r: r["trigger"]),
    ("actors", lambda r: _names(r["actors"])), ("recipients", lambda r: _names(r["recipients"])),
    ("place", lambda r: (r["place"] or {}).get("name")), ("place_country", lambda r: (r["place"] or {}).get("country")),
    ("negated", lambda r: r["negated"]), ("hypothetical", lambda r: r["hypothetical"]),
    ("reported_by", lambda r: r["reported_by"]), ("confidence", lambda r: r["confidence"]),
    ("sentence", lambda r: r["sentence_text"]), ("title", lambda r: r["article"]["title"]),
    ("source", lambda r: r["article"]["source"]), ("url", lambda r: r["article"]["url"]),
]
QUOTE_COLUMNS = [
    ("article_id", lambda r: r["article_id"]), ("id", lambda r: r["id"]), ("kind", lambda r: r["kind"]),
    ("speaker", lambda r: r["speaker_name"] or r["speaker_text"]), ("speaker_code", lambda r: r["speaker_code"]),
    ("cue", lambda r: r["cue"]), ("text", lambda r: r["text"]), ("published", lambda r: r["article"]["published"]),
    ("title", lambda r: r["article"]["title"]), ("source", lambda r: r["article"]["source"]),
    ("url", lambda r: r["article"]["url"]),
]
FIGURE_COLUMNS = [
    ("article_id", lambda r: r["article_id"]), ("id", lambda r: r["id"]), ("kind", lambda r: r["kind"]),
    ("value", lambda r: r["value"]), ("low", lambda r: r["low"]), ("high", lambda r: r["high"]),
    ("qualifier", lambda r: r["qualifier"]), ("subject", lambda r: r["subject"]), ("since", lambda r: r["since"]),
    ("text", lambda r: r["text"]), ("published", lambda r: r["article"]["published"]),
    ("title", lambda r: r["article"]["title"]), ("source", lambda r: r["article"]["source"]),
]
ARTICLE_COLUMNS = [(k, (lambda k: lambda r: r.get(k))(k)) for k in (
    "id", "title", "published", "source", "url", "language", "analyzer", "duplicate_of", "added", "chars",
    "events", "quotes")]
ACTOR_COLUMNS = [(k, (lambda k: lambda r: r.get(k))(k)) for k in ("name", "kind", "code", "country", "articles", "events")]
PLACE_COLUMNS = [(k, (lambda k: lambda r: r.get(k))(k)) for k in (
    "name", "country", "lat", "lon", "geonameid", "precision", "articles", "events")]
# The pages' CSVs add what the pages show: cue kind, the organisation a speaker belongs
# to and whether the row is the organisation's own or a member's; a figure's claimant and place.
QUOTE_PAGE_COLUMNS = QUOTE_COLUMNS + [("cue_kind", lambda r: r.get("cue_kind")),
                                      ("affiliation", lambda r: r.get("affiliation")),
                                      ("via", lambda r: r.get("via")), ("sentence", lambda r: r.get("sentence"))]
FIGURE_PAGE_COLUMNS = FIGURE_COLUMNS + [("claimant", lambda r: r.get("claimant")),
                                        ("claimant_from", lambda r: r.get("claimant_from")),
                                        ("place", lambda r: r.get("place")), ("sentence", lambda r: r.get("sentence"))]
