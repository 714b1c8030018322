"""Exports of a store's events: flat CSV, PLOVER JSONL, Parquet.

- CSV and Parquet: one row per event, flat columns (:data:`FLAT_COLUMNS`), lists joined
  with ``;`` in CSV and kept as lists in Parquet.
- PLOVER JSONL: one JSON object per event with the field names of the PLOVER manual's
  JSON format (Halterman et al., openeventdata/PLOVER): ``id``, ``date``, ``actor``,
  ``recipient``, ``event``, ``mode``, ``context``, ``event_loc``, ``event_text``,
  ``text_info`` (sentence and trigger offsets into the article text) and ``cite_info``
  (article id, url, source, title, publication date). ``actor``/``recipient`` hold the
  CAMEO-style code when known, else the name; the names are in ``actor_text`` and
  ``recipient_text`` under ``text_info``. eventwire extras (CAMEO code, negation,
  hypothetical, confidence, cluster) sit under ``eventwire``.

All three stream the events page by page, so memory stays flat for large stores. The
filters are those of :func:`eventwire.store.query.list_events`.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO

from eventwire.store.db import Store
from eventwire.store.query import list_events

PAGE = 1000

FLAT_COLUMNS = (
    "article_id", "event_id", "date", "type", "mode", "context", "cameo",
    "actor_names", "actor_codes", "recipient_names", "recipient_codes",
    "negated", "hypothetical", "confidence", "trigger", "start", "end",
    "place", "place_country", "lat", "lon", "precision",
    "quote_speaker", "quote_speaker_code", "sentence_text",
    "url", "source", "title", "published", "cluster_id", "cluster_mentions",
)


def iter_events(store: Store, **filters) -> Iterator[dict]:
    offset = 0
    while True:
        page = list_events(store, limit=PAGE, offset=offset, **filters)
        yield from page.items
        offset += len(page.items)
        if len(page.items) < PAGE:
            return


def flat_row(ev: dict) -> dict:
    place = ev.get("place") or {}
    art = ev.get("article") or {}
    speaker = ev.get("speaker") or {}
    cluster = ev.get("cluster") or {}
    return {
        "article_id": ev["article_id"], "event_id": ev["id"], "date": ev.get("day"), "type": ev["type"],
        "mode": list(ev.get("mode") or []), "context": list(ev.get("context") or []), "cameo": ev.get("cameo"),
        "actor_names": [a["name"] for a in ev["actors"] if a.get("name")],
        "actor_codes": [a.get("code") or "" for a in ev["actors"]],
        "recipient_names": [a["name"] for a in ev["recipients"] if a.get("name")],
        "recipient_codes": [a.get("code") or "" for a in ev["recipients"]],
        "negated": ev["negated"], "hypothetical": ev["hypothetical"], "confidence": ev["confidence"],
        "trigger": ev["trigger"], "start": ev["start"], "end": ev["end"],
        "place": place.get("name"), "place_country": place.get("country"), "lat": place.get("lat"),
        "lon": place.get("lon"), "precision": place.get("precision"),
        "quote_speaker": speaker.get("name") or speaker.get("text"), "quote_speaker_code": speaker.get("code"),
        "sentence_text": ev.get("sentence_text"), "url": art.get("url"), "source": art.get("source"),
        "title": art.get("title"), "published": art.get("published"),
        "cluster_id": cluster.get("id"), "cluster_mentions": cluster.get("mention_count"),
    }


def write_csv(store: Store, out: IO[str], **filters) -> int:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in iter_events(store, **filters):
        row = flat_row(ev)
        for k, v in row.items():
            if isinstance(v, list):
                row[k] = ";".join(v)
            elif isinstance(v, bool):
                row[k] = "true" if v else "false"
        writer.writerow(row)
        n += 1
    return n


def plover_event(ev: dict) -> dict:
    """One event in the PLOVER JSON format (field names from the PLOVER manual)."""
    place = ev.get("place")
    art = ev.get("article") or {}

    def who(parties):
        return [p.get("code") or p.get("name") for p in parties]

    return {
        "id": f"{ev['article_id']}-{ev['id']}",
        "date": ev.get("day"),
        "actor": who(ev["actors"]),
        "recipient": who(ev["recipients"]),
        "event": ev["type"],
        "mode": list(ev.get("mode") or []),
        "context": list(ev.get("context") or []),
        "event_loc": None if not place else {
            "name": place.get("name"), "country": place.get("country"), "lat": place.get("lat"),
            "lon": place.get("lon"), "geonameid": place.get("geonameid"), "precision": place.get("precision")},
        "event_text": ev.get("sentence_text"),
        "text_info": {
            "sentence": ev.get("sentence"), "sentence_start": ev.get("sentence_start"),
            "sentence_end": ev.get("sentence_end"),
            "trigger": ev["trigger"], "trigger_start": ev["start"], "trigger_end": ev["end"],
            "actor_text": [p.get("name") for p in ev["actors"]],
            "recipient_text": [p.get("name") for p in ev["recipients"]],
            "speaker": (ev.get("speaker") or {}).get("name"),
        },
        "cite_info": {"article_id": ev["article_id"], "url": art.get("url"), "source": art.get("source"),
                      "title": art.get("title"), "pubdate": art.get("published")},
        "eventwire": {"cameo": ev.get("cameo"), "negated": ev["negated"], "hypothetical": ev["hypothetical"],
                      "confidence": ev["confidence"], "reported_by": ev.get("reported_by"),
                      "cluster": ev.get("cluster")},
    }


def write_plover(store: Store, out: IO[str], **filters) -> int:
    n = 0
    for ev in iter_events(store, **filters):
        out.write(json.dumps(plover_event(ev), ensure_ascii=False) + "\n")
        n += 1
    return n


def parquet_schema():
    import pyarrow as pa

    s, b, f, i = pa.string(), pa.bool_(), pa.float64(), pa.int64()
    ls = pa.list_(pa.string())
    types = {"mode": ls, "context": ls, "actor_names": ls, "actor_codes": ls, "recipient_names": ls,
             "recipient_codes": ls, "negated": b, "hypothetical": b, "confidence": f, "start": i, "end": i,
             "lat": f, "lon": f, "cluster_mentions": i}
    return pa.schema([(c, types.get(c, s)) for c in FLAT_COLUMNS])


def write_parquet(store: Store, path: str, **filters) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict] = []
        for ev in iter_events(store, **filters):
            batch.append(flat_row(ev))
            if len(batch) >= PAGE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
