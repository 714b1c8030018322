"""Exports: flat CSV (one row per event), PLOVER JSONL (the manual's field names),
Parquet (same columns as CSV, lists kept as lists); filters apply; the CLI writes files."""
from __future__ import annotations

import csv
import io
import json

import pytest
from test_store import backends, make_record, store, store_url  # noqa: F401  (fixtures)

from eventwire.store import export

PLOVER_FIELDS = {"id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "event_text",
                 "text_info", "cite_info"}


@pytest.fixture
def filled(store):
    store.add_record(make_record(source="Reuters", url="https://r.example/1"))
    store.add_record(make_record(actor="Hezbollah", actor_code="LBNREB", place="Beirut", place_country="LB",
                                 event_type="THREATEN", published="2024-12-01", source="AP"))
    return store


@backends
def test_csv_one_row_per_event_with_flat_columns(filled):
    out = io.StringIO()
    assert export.write_csv(filled, out) == 4
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(export.FLAT_COLUMNS)
    req = next(r for r in rows if r["type"] == "REQUEST")
    assert (req["date"], req["actor_names"], req["actor_codes"], req["recipient_names"], req["cameo"]) == (
        "2025-05-20", "Hamas", "PSEREB", "Israel", "1056")
    assert (req["place"], req["lat"], req["lon"], req["precision"]) == ("Gaza", "31.5", "34.47", "city")
    assert req["sentence_text"].startswith("Hamas called on Israel") and req["url"] == "https://r.example/1"
    agree = next(r for r in rows if r["type"] == "AGREE" and r["source"] == "Reuters")
    assert agree["quote_speaker"] == "Basem Naim" and agree["hypothetical"] == "true"


@backends
def test_plover_jsonl_fields_and_offsets(filled):
    out = io.StringIO()
    export.write_plover(filled, out, type="THREATEN")
    events = [json.loads(x) for x in out.getvalue().splitlines()]
    assert len(events) == 1
    ev = events[0]
    assert PLOVER_FIELDS <= set(ev)
    assert ev["event"] == "THREATEN" and ev["actor"] == ["LBNREB"] and ev["recipient"] == ["ISR"]
    assert ev["event_loc"]["name"] == "Beirut" and ev["cite_info"]["source"] == "AP"
    rec = filled.get_record(ev["cite_info"]["article_id"])
    ti = ev["text_info"]
    assert rec.article.text[ti["trigger_start"]:ti["trigger_end"]] == ti["trigger"]
    assert rec.article.text[ti["sentence_start"]:ti["sentence_end"]] == ev["event_text"]


@backends
def test_parquet_round_trip(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert export.write_parquet(filled, str(path), actor="Hamas") == 2
    table = pq.read_table(path)
    assert table.num_rows == 2 and table.column_names == list(export.FLAT_COLUMNS)
    rows = table.to_pylist()
    assert {r["type"] for r in rows} == {"REQUEST", "AGREE"}
    assert rows[0]["actor_names"] == ["Hamas"] and isinstance(rows[0]["negated"], bool)


def test_empty_store_exports_headers_only(tmp_path):
    from eventwire.store import open_store
    s = open_store(tmp_path / "e.db")
    out = io.StringIO()
    assert export.write_csv(s, out) == 0 and out.getvalue().startswith("article_id,event_id,date")
    assert export.write_parquet(s, str(tmp_path / "e.parquet")) == 0
    s.close()


def test_export_cli(tmp_path, capsys):
    from eventwire.cli import main
    from eventwire.store import open_store
    db = str(tmp_path / "x.db")
    s = open_store(db)
    s.add_record(make_record())
    s.close()
    assert main(["export", "--db", db, "--format", "plover", "-o", str(tmp_path / "e.jsonl")]) == 0
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == 2
    assert main(["export", "--db", db, "--format", "parquet"]) == 2  # needs -o
    assert "needs -o" in capsys.readouterr().err
    assert main(["export", "--db", db, "--format", "csv", "--type", "AGREE"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
