"""Exports of a store's events, quotes and figures: CSV, JSONL, Parquet, PLOVER JSONL.

- CSV, JSONL and Parquet write the rows of :mod:`eventwire.store.rows` (one definition,
  documented in ``docs/data.md``): CSV through the guarded writer
  (:mod:`eventwire.csvsafe`), Parquet typed (dates as ``date32``, codes as strings,
  booleans as booleans, lists as lists) with the row schema and eventwire versions in
  the file's metadata.
- PLOVER JSONL (events only) follows the PLOVER data format
  (``shared/reference/plover_json.md``): entity objects for ``actor``/``recipient``,
  ``event`` as a list, ``quad_code``, ``event_scale``, the location, size, text and
  citation objects. eventwire's own fields sit under ``eventwire``.
  ``data/plover.schema.json`` is the JSON Schema every exported record meets.

Everything streams: rows are produced chunk by chunk off a server-side cursor
(:func:`eventwire.store.query.iter_event_items`), so memory stays flat for any store.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from eventwire import __version__
from eventwire.csvsafe import SafeCsvWriter
from eventwire.store import query, rows
from eventwire.record import day_of
from eventwire.store.db import Store

WHAT = ("events", "quotes", "figures")
FORMATS = ("csv", "jsonl", "parquet", "plover")
PLOVER_CODEBOOK = "plover-2.0"

EVENT_COLUMNS = tuple(rows.names(rows.EVENT_COLUMNS))


def iter_rows(store: Store, what: str = "events", **filters) -> Iterator[list[dict]]:
    """Chunks of rows of ``what`` (events, quotes, figures) matching ``filters``."""
    if what == "events":
        with store.engine.connect() as conn:
            for items in query.iter_event_items(store, **filters):
                yield rows.event_rows(conn, items)
    elif what == "quotes":
        for items in query.iter_quotes(store, **filters):
            yield [rows.quote_row(q) for q in items]
    elif what == "figures":
        with store.engine.connect() as conn:
            for items in query.iter_figures(store, **filters):
                yield rows.figure_rows(conn, items)
    else:
        raise ValueError(f"nothing to export called {what!r}")


def write_csv(store: Store, out: IO[str], what: str = "events", **filters) -> int:
    w = SafeCsvWriter(out, rows.names(rows.COLUMNS[what]))
    w.header()
    for chunk in iter_rows(store, what, **filters):
        w.rows_from(chunk)
    return w.rows


def write_jsonl(store: Store, out: IO[str], what: str = "events", **filters) -> int:
    n = 0
    for chunk in iter_rows(store, what, **filters):
        for row in chunk:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += len(chunk)
    return n


# --------------------------------------------------------------------------- Parquet
def _arrow_type(kind: str):
    import pyarrow as pa

    return {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
            "date": pa.date32(), "strings": pa.list_(pa.string())}[kind]


def parquet_schema(what: str = "events"):
    import pyarrow as pa

    meta = {"eventwire.row_schema": rows.ROW_SCHEMA, "eventwire.version": __version__, "eventwire.table": what}
    return pa.schema([(c, _arrow_type(k)) for c, k in rows.COLUMNS[what]], metadata=meta)


def _as_arrow_values(chunk: list[dict], date_columns: list[str]) -> list[dict]:
    for row in chunk:
        for c in date_columns:
            v = row.get(c)
            row[c] = day_of(v)
    return chunk


def write_parquet(store: Store, path: str, what: str = "events", **filters) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(what)
    dates = [c for c, k in rows.COLUMNS[what] if k == "date"]
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        for chunk in iter_rows(store, what, **filters):
            writer.write_table(pa.Table.from_pylist(_as_arrow_values(chunk, dates), schema=schema))
            n += len(chunk)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


# --------------------------------------------------------------------------- PLOVER
def _entity(row: dict, role: str, i: int) -> dict:
    code, country, sector = (row[f"{role}_{k}"][i] for k in ("code", "country", "sector"))
    return {"code": country or (code[:3] if code else None), "sector": sector or (code[3:] if code else None) or None,
            "entity_text": row[f"{role}_name"][i], "identifier_id": rows.global_id(row["article_id"],
                                                                                    row[f"{role}_entity_id"][i]),
            "identifier_text": row[f"{role}_name"][i], "eventwire_code": code or None}


def _location(row: dict) -> dict | None:
    if row["place_name"] is None:
        return None
    return {"extracted_place": row["place_name"], "resolved_place": row["place_name"],
            "geonameid": row["geonameid"], "lat": row["lat"], "lon": row["lon"],
            "province": row["admin1_name"], "province_code": row["admin1_code"],
            "country_code": row["country_code"], "resolution": row["geo_precision"]}


def plover_event(row: dict, ev: dict) -> dict:
    """One event in the PLOVER JSON format, from its row and listed item."""
    art = ev.get("article") or {}
    return {
        "id": row["event_id"], "has_event": True, "date": row["date"],
        "actor": [_entity(row, "actor", i) for i in range(len(row["actor_name"]))],
        "recipient": [_entity(row, "recipient", i) for i in range(len(row["recipient_name"]))],
        "event": [row["plover_type"]], "mode": list(ev.get("mode") or []), "context": row["context"],
        "quad_code": row["quad_code"], "event_scale": row["event_scale"],
        "event_loc": _location(row),
        "event_text": [row["sentence_text"]] if row["sentence_text"] is not None else [],
        "size": {k: row[k] for k in ("dead", "injured", "arrested")},
        "link": row["cluster_id"],
        "text_info": {"sequence": row["sentence_index"], "start": row["sentence_start"], "end": row["sentence_end"],
                      "trigger": row["trigger"], "trigger_start": row["trigger_start"],
                      "trigger_end": row["trigger_end"]},
        "cite_info": {"citation": row["article_id"], "publication": row["source"], "url": row["url"],
                      "title": row["title"], "language": art.get("language") or "en",
                      "coder": f"eventwire {__version__}", "codebook": PLOVER_CODEBOOK, "version": __version__,
                      "pubdate": row["published"]},
        "coder": f"eventwire {__version__}",
        "eventwire": {"cameo": row["cameo"], "cameo_root": row["cameo_root"], "cameo_base": row["cameo_base"],
                      "date_precision": row["date_precision"], "negated": row["negated"],
                      "hypothetical": row["hypothetical"], "embedded": row["embedded"],
                      "historical": row["historical"],
                      "reported_by": row["reported_by"], "reported_by_speaker": row["reported_by_speaker"],
                      "confidence": row["confidence"], "cluster_articles": row["cluster_articles"],
                      "cluster_sources": row["cluster_sources"]},
    }


def write_plover(store: Store, out: IO[str], what: str = "events", **filters) -> int:
    if what != "events":
        raise ValueError("the PLOVER format holds events only")
    n = 0
    with store.engine.connect() as conn:
        for items in query.iter_event_items(store, **filters):
            for row, ev in zip(rows.event_rows(conn, items), items):
                out.write(json.dumps(plover_event(row, ev), ensure_ascii=False) + "\n")
            n += len(items)
    return n


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "plover": write_plover}
