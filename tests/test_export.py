"""Exports: the one event / quote / figure row (store/rows.py) in CSV, JSONL and Parquet,
PLOVER JSONL to the format's JSON Schema, filters shared with the lists, the CLI."""
from __future__ import annotations

import csv
import io
import json

import pytest
from test_store import backends, make_record, store, store_url  # noqa: F401  (fixtures)

from eventwire.record import Event, Figure, Sentence
from eventwire.store import export, rows


@pytest.fixture
def filled(store):
    store.add_record(make_record(source="Reuters", url="https://r.example/1"))
    store.add_record(make_record(actor="Hezbollah", actor_code="LBNREB", place="Beirut", place_country="LB",
                                 event_type="THREATEN", published="2024-12-01", source="AP"))
    return store


def _csv(store, what="events", **filters) -> list[dict]:
    out = io.StringIO()
    export.write_csv(store, out, what, **filters)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


# --------------------------------------------------------------------------- the event row
@backends
def test_csv_event_row_columns_and_values(filled):
    out = io.StringIO()
    assert export.write_csv(filled, out) == 4
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    assert reader.fieldnames == rows.names(rows.EVENT_COLUMNS)
    req = next(r for r in reader if r["plover_type"] == "REQUEST")
    aid = req["article_id"]
    assert req["event_id"] == f"{aid}-V1" and req["local_id"] == "V1"
    assert (req["date"], req["date_precision"], req["published"]) == ("2025-05-20", "article", "2025-05-20")
    # REQUEST with mode yield scores -1 (PLOVER manual); quad 3 verbal conflict
    assert (req["mode"], req["context"], req["quad_code"], req["event_scale"]) == ("yield", "military", "3", "-1.0")
    assert (req["cameo"], req["cameo_root"], req["cameo_base"]) == ("1056", "10", "105")
    assert (req["actor_name"], req["actor_code"], req["actor_country"], req["actor_sector"],
            req["actor_entity_id"]) == ("Hamas", "PSEREB", "PSE", "REB", "E1")
    assert (req["recipient_name"], req["recipient_country"]) == ("Israel", "ISR")
    assert (req["place_name"], req["country_code"], req["admin1_name"], req["admin1_code"]) == (
        "Gaza", "PSE", "Gaza Strip", "PS.GZ")
    assert (req["lat"], req["lon"], req["geo_precision"]) == ("31.5", "34.47", "4")
    assert req["sentence_text"].startswith("Hamas called on Israel") and req["url"] == "https://r.example/1"
    assert (req["cluster_articles"], req["cluster_sources"], req["cluster_mentions"]) == ("1", "1", "1")
    agree = next(r for r in _csv(filled) if r["plover_type"] == "AGREE" and r["source"] == "Reuters")
    assert agree["reported_by"] == f"{agree['article_id']}-Q1" and agree["reported_by_speaker"] == "Basem Naim"
    assert agree["hypothetical"] == "true" and agree["negated"] == "false" and agree["cameo"] == "030"


@backends
def test_event_ids_are_unique_across_articles_and_stable(filled):
    first, again = _csv(filled), _csv(filled)
    ids = [r["event_id"] for r in first]
    assert len(set(ids)) == 4 and sorted(ids) == sorted(r["event_id"] for r in again)
    assert sorted(r["local_id"] for r in first) == ["V1", "V1", "V2", "V2"]  # local ids repeat


def test_trigger_offsets_cover_the_trigger_words_only(tmp_path):
    from eventwire.store import open_store

    rec = make_record()
    text = rec.article.text
    span0, span1 = text.index("called on"), text.index(" held in")
    rec.events[0] = rec.events[0].model_copy(update={"start": span0, "end": span1})  # the event span
    s = open_store(tmp_path / "t.db")
    s.add_record(rec)
    row = next(r for r in _csv(s) if r["local_id"] == "V1")
    t0, t1 = int(row["trigger_start"]), int(row["trigger_end"])
    assert text[t0:t1] == "called on"
    assert (int(row["span_start"]), int(row["span_end"])) == (span0, span1)
    s.close()


def test_trigger_offsets_of_a_split_trigger_run_first_to_last_word():
    ev = {"trigger": "exercises pressure", "start": 10, "end": 60, "sentence_start": 10,
          "sentence_text": "He said he exercises enough pressure on the Israelis today."}
    t0, t1 = rows.trigger_offsets(ev)
    assert ev["sentence_text"][t0 - 10:t1 - 10] == "exercises enough pressure"
    assert rows.trigger_offsets({**ev, "trigger": "absent words"}) == (10, 60)  # not found: the span


def _attack_record():
    """An ASSAULT with a death toll in its sentence, a linked wounded count in another,
    and detentions in a sentence without an event."""
    text = ("Gunmen attacked a market in Kabul on Sunday, killing 12 people. "
            "Officials said 30 others were wounded in the attack. "
            "Police later detained 4 suspects across the city.")
    rec = make_record()
    s2, s3 = text.index("Officials"), text.index("Police")
    a0 = text.index("attacked")

    def fig(fid, kind, value, phrase, sentence, event=None):
        i = text.index(phrase)
        return Figure(id=fid, kind=kind, value=value, start=i, end=i + len(phrase), text=phrase, sentence=sentence,
                      event=event)

    return rec.model_copy(update={
        "article": rec.article.model_copy(update={"text": text, "id": "a" * 64}),
        "sentences": [Sentence(index=0, start=0, end=s2 - 1), Sentence(index=1, start=s2, end=s3 - 1),
                      Sentence(index=2, start=s3, end=len(text))],
        "quotes": [], "places": [], "dates": [],
        "events": [Event(id="V1", type="ASSAULT", mode=["firearms"], trigger="attacked", sentence=0, start=a0,
                         end=a0 + 8, confidence=0.9)],
        "figures": [fig("F1", "killed", 12, "killing 12 people", 0),
                    fig("F2", "wounded", 30, "30 others were wounded", 1, event="V1"),
                    fig("F3", "detained", 4, "detained 4 suspects", 2)]})


@backends
def test_sizes_come_from_the_figures_linked_to_the_event(store):
    store.add_record(_attack_record())
    (row,) = _csv(store)
    # killed: same sentence as the event; wounded: linked by figures[].event; the
    # detentions sit in a sentence with no event, so they count for none
    assert (row["dead"], row["injured"], row["arrested"]) == ("12", "30", "")
    assert (row["event_scale"], row["quad_code"]) == ("-9.0", "4")  # ASSAULT firearms


def test_an_impossible_toll_does_not_stop_an_export(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from eventwire.store import open_store

    rec = _attack_record()
    rec.figures[0].value = 10**30  # an extractor's overflow: stored as a float, no int64 holds it
    s = open_store(tmp_path / "odd.db")
    s.add_record(rec)
    assert export.write_parquet(s, str(tmp_path / "odd.parquet")) == 1
    row = pq.read_table(tmp_path / "odd.parquet").to_pylist()[0]
    assert row["dead"] is None and row["injured"] == 30
    assert float(_csv(s, "figures")[0]["value"]) == 1e30
    s.close()


def test_quad_codes_and_scales_cover_every_plover_type():
    from eventwire.record import EVENT_TYPES

    for t in EVENT_TYPES:
        quad, scale = rows.quad_and_scale(t, [])
        assert quad in (1, 2, 3, 4) and -10 <= scale <= 10, t
    assert rows.quad_and_scale("ASSAULT", ["unconventional"]) == (4, -10.0)
    assert rows.quad_and_scale("ACCUSE", []) == (3, -3.0)  # the manual's printed "3" is a sign slip
    assert rows.quad_and_scale("AID", ["no-such-mode"]) == (2, 10.0)  # unknown mode: the type's score


def test_date_precision_of_partial_event_dates():
    assert rows.full_date("2024-11") == ("2024-11-01", "month")
    assert rows.full_date("2023") == ("2023-01-01", "year")
    assert rows.full_date("2024-02-29") == ("2024-02-29", "day")
    assert rows.full_date(None) == (None, None)


# --------------------------------------------------------------------------- types that load cleanly
@backends
def test_parquet_types_and_metadata(filled, tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert export.write_parquet(filled, str(path), actor="Hamas") == 2
    table = pq.read_table(path)
    assert table.column_names == rows.names(rows.EVENT_COLUMNS)
    schema = table.schema
    assert schema.field("date").type == pa.date32() and schema.field("published").type == pa.date32()
    assert schema.field("cameo").type == pa.string() and schema.field("cameo_root").type == pa.string()
    assert schema.field("negated").type == pa.bool_() and schema.field("quad_code").type == pa.int64()
    assert schema.field("actor_name").type == pa.list_(pa.string())
    meta = {k.decode(): v.decode() for k, v in schema.metadata.items()}
    assert meta["eventwire.row_schema"] == rows.ROW_SCHEMA and meta["eventwire.version"]
    got = {r["local_id"]: r for r in table.to_pylist()}
    assert got["V2"]["cameo"] == "030" and got["V1"]["actor_name"] == ["Hamas"]


@backends
def test_each_format_loads_in_pandas_and_pyarrow_with_its_types(filled, tmp_path):
    pd = pytest.importorskip("pandas")
    export.write_parquet(filled, str(tmp_path / "e.parquet"))
    with open(tmp_path / "e.csv", "w", encoding="utf-8", newline="") as f:
        export.write_csv(filled, f)
    with open(tmp_path / "e.jsonl", "w", encoding="utf-8") as f:
        export.write_jsonl(filled, f)
    frames = {"parquet": pd.read_parquet(tmp_path / "e.parquet"),
              "csv": pd.read_csv(tmp_path / "e.csv", **rows.pandas_csv_options()),
              "jsonl": pd.read_json(tmp_path / "e.jsonl", lines=True, dtype=False)}
    for name, df in frames.items():
        assert list(df.columns) == rows.names(rows.EVENT_COLUMNS), name
        assert sorted(df["cameo"]) == ["030", "030", "1056", "1056"], name  # codes stay strings
        assert df["negated"].dtype == bool or str(df["negated"].dtype) == "boolean", name
        assert pd.api.types.is_integer_dtype(df["span_start"]), name
    assert pd.api.types.is_datetime64_any_dtype(frames["csv"]["date"])
    assert str(frames["parquet"]["date"].iloc[0]) in ("2025-05-20", "2024-12-01")
    # pyarrow reads the CSV and the JSONL too: CSV with the row's types, JSONL inferring them
    pa = pytest.importorskip("pyarrow")
    from pyarrow import csv as pacsv
    from pyarrow import json as pajson

    flat = {c: (pa.string() if k == "strings" else t) for (c, k), t in zip(
        rows.EVENT_COLUMNS, export.parquet_schema().types)}
    table = pacsv.read_csv(tmp_path / "e.csv", convert_options=pacsv.ConvertOptions(column_types=flat))
    assert table.schema.field("date").type == pa.date32() and table.schema.field("negated").type == pa.bool_()
    assert sorted(table.column("cameo").to_pylist()) == ["030", "030", "1056", "1056"]
    lines = pajson.read_json(tmp_path / "e.jsonl")
    assert lines.schema.field("cameo").type == pa.string() and lines.schema.field("negated").type == pa.bool_()
    assert lines.schema.field("actor_name").type == pa.list_(pa.string()) and lines.num_rows == 4


def test_csv_is_utf8_with_a_fixed_column_order(tmp_path):
    from eventwire.cli import main
    from eventwire.store import open_store

    db = str(tmp_path / "u.db")
    s = open_store(db)
    s.add_record(make_record(actor="Hayʼat Taḥrīr al-Shām", actor_code="SYRREB", place="Idlib", place_country="SY"))
    s.close()
    out = tmp_path / "e.csv"
    assert main(["export", "--db", db, "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert "Hayʼat Taḥrīr al-Shām".encode("utf-8") in raw
    assert raw.split(b"\r\n")[0].decode() == ",".join(rows.names(rows.EVENT_COLUMNS))


# --------------------------------------------------------------------------- PLOVER
def _plover_validator():
    import jsonschema

    from eventwire.lexicon import data_path
    schema = json.loads(data_path("plover.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@backends
def test_plover_records_meet_the_format(filled):
    filled.add_record(_attack_record())
    out = io.StringIO()
    assert export.write_plover(filled, out) == 5
    validator = _plover_validator()
    events = [json.loads(x) for x in out.getvalue().splitlines()]
    for ev in events:
        errors = sorted(validator.iter_errors(ev), key=str)
        assert not errors, errors[0].message
    threat = next(e for e in events if e["event"] == ["THREATEN"])
    assert threat["actor"][0]["code"] == "LBN" and threat["actor"][0]["sector"] == "REB"
    assert threat["actor"][0]["entity_text"] == "Hezbollah" and threat["recipient"][0]["code"] == "ISR"
    assert threat["quad_code"] == 3 and threat["event_scale"] == -3.5
    loc = threat["event_loc"]
    assert loc["country_code"] == "LBN" and loc["resolution"] == 4 and loc["extracted_place"] == "Beirut"
    cite = threat["cite_info"]
    assert cite["publication"] == "AP" and cite["coder"].startswith("eventwire ") and cite["codebook"]
    rec = filled.get_record(cite["citation"])
    ti = threat["text_info"]
    assert rec.article.text[ti["start"]:ti["end"]] == threat["event_text"][0]
    attack = next(e for e in events if e["event"] == ["ASSAULT"])
    assert attack["size"] == {"dead": 12, "injured": 30, "arrested": None}


def test_plover_schema_refuses_what_the_format_forbids():
    validator = _plover_validator()
    good = {"id": "x-V1", "date": "2025-01-02", "actor": [{"code": "USA", "entity_text": "Washington"}],
            "event": ["AID"], "cite_info": {"coder": "eventwire", "codebook": "plover-2.0"}}
    assert validator.is_valid(good)
    for bad in ({**good, "event": "AID"}, {**good, "actor": ["USA"]}, {**good, "quad_code": 5},
                {**good, "event_loc": {"country_code": "US"}}, {**good, "event_loc": {"resolution": "city"}},
                {k: v for k, v in good.items() if k != "date"}):
        assert not validator.is_valid(bad), bad


# --------------------------------------------------------------------------- quotes and figures
@backends
def test_quotes_and_figures_export_in_every_format(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    quotes, figures = _csv(filled, "quotes"), _csv(filled, "figures")
    assert [list(quotes[0]), list(figures[0])] == [rows.names(rows.QUOTE_COLUMNS), rows.names(rows.FIGURE_COLUMNS)]
    q = next(r for r in quotes if r["source"] == "Reuters")
    assert (q["speaker_name"], q["speaker_affiliation"], q["cue"], q["kind"]) == (
        "Basem Naim", "Hamas", "told", "direct")
    assert q["quote_id"] == f"{q['article_id']}-Q1" and q["text"].startswith("We are ready")
    f = figures[0]
    assert (f["kind"], f["value"], f["qualifier"], f["since"]) == ("killed", "53000.0", "more than", "2024-11")
    out = io.StringIO()
    assert export.write_jsonl(filled, out, "figures", kind="killed") == 2
    assert {json.loads(x)["figure_id"] for x in out.getvalue().splitlines()} == {r["figure_id"] for r in figures}
    assert export.write_parquet(filled, str(tmp_path / "q.parquet"), "quotes", speaker="naim") == 2
    assert pq.read_table(tmp_path / "q.parquet").column_names == rows.names(rows.QUOTE_COLUMNS)


@backends
def test_export_filters_are_the_list_filters(filled):
    from eventwire.store import query

    assert {r["plover_type"] for r in _csv(filled, type="THREATEN")} == {"THREATEN"}
    assert len(_csv(filled, recipient="israel")) == query.list_events(filled, recipient="israel").total
    assert len(_csv(filled, hypothetical=True)) == 2
    assert len(_csv(filled, "quotes", since="2025-01-01")) == 1
    assert _csv(filled, "figures", kind="wounded") == []


# --------------------------------------------------------------------------- CLI
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
    assert main(["export", "quotes", "--db", db, "--format", "jsonl", "--speaker", "Naim"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["speaker_name"] == "Basem Naim" and "exported 1 quotes" in out.err
    assert main(["export", "figures", "--db", db, "--format", "parquet", "-o", str(tmp_path / "f.parquet")]) == 0
    # options before the table name are kept (the subcommand's defaults do not overwrite them)
    assert main(["export", "--db", db, "--format", "jsonl", "quotes", "--cue-kind", "speech"]) == 0
    assert json.loads(capsys.readouterr().out)["cue_kind"] == "speech"
    assert main(["export", "--db", db, "quotes", "--format", "csv", "--cue-kind", "stance"]) == 0
    assert capsys.readouterr().out.count("\n") == 1  # the header alone: no stance quote
    assert main(["export", "--db", db, "--type", "EXPLODE"]) == 2
    err = capsys.readouterr().err
    assert "--type: EXPLODE not a PLOVER type" in err and "Traceback" not in err
    assert main(["export", "--db", db, "--since", "2025-13-45"]) == 2
    assert "--since" in capsys.readouterr().err


def test_empty_store_exports_headers_only(tmp_path):
    from eventwire.store import open_store
    s = open_store(tmp_path / "e.db")
    out = io.StringIO()
    assert export.write_csv(s, out) == 0 and out.getvalue() == ",".join(rows.names(rows.EVENT_COLUMNS)) + "\r\n"
    assert export.write_parquet(s, str(tmp_path / "e.parquet")) == 0
    assert export.write_parquet(s, str(tmp_path / "q.parquet"), "quotes") == 0
    s.close()
