"""Issue 12.6: ingest the bundled sample corpus, export every table in every format,
read each back (pandas, pyarrow, json) and check that counts and ids match the store."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.store import rows

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample-corpus.jsonl"
ID_COLUMN = {"events": "event_id", "quotes": "quote_id", "figures": "figure_id"}


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, nlp):
    from eventwire.cli import main

    db = str(tmp_path_factory.mktemp("roundtrip") / "sample.db")
    assert main(["ingest", str(SAMPLE), "--db", db, "--no-progress"]) == 0
    return db


def _store_ids(db: str, what: str) -> list[str]:
    from eventwire.store import open_store, query

    lister = {"events": query.list_events, "quotes": query.list_quotes, "figures": query.list_figures}[what]
    store = open_store(db)
    page = lister(store, limit=None)
    store.close()
    assert page.total == len(page.items)
    return sorted(f"{it['article_id']}-{it['id']}" for it in page.items)


@pytest.mark.parametrize("what", ["events", "quotes", "figures"])
def test_every_format_reads_back_the_same_ids(sample_db, tmp_path, what):
    pd = pytest.importorskip("pandas")
    pq = pytest.importorskip("pyarrow.parquet")
    from eventwire.cli import main

    expected = _store_ids(sample_db, what)
    assert expected, f"the sample corpus has no {what}"
    paths = {fmt: tmp_path / f"{what}.{fmt}" for fmt in ("csv", "jsonl", "parquet")}
    for fmt, path in paths.items():
        assert main(["export", what, "--db", sample_db, "--format", fmt, "-o", str(path)]) == 0
    key = ID_COLUMN[what]
    read = {
        "csv (pandas)": pd.read_csv(paths["csv"], **rows.pandas_csv_options(what))[key].tolist(),
        "jsonl (json)": [json.loads(line)[key] for line in paths["jsonl"].read_text(encoding="utf-8").splitlines()],
        "parquet (pyarrow)": pq.read_table(paths["parquet"]).column(key).to_pylist(),
        "parquet (pandas)": pd.read_parquet(paths["parquet"])[key].tolist(),
    }
    for how, ids in read.items():
        assert sorted(ids) == expected, how
    table = pq.read_table(paths["parquet"])
    assert table.column_names == rows.names(rows.COLUMNS[what])


def test_plover_export_reads_back_every_event(sample_db, tmp_path):
    import jsonschema

    from eventwire.cli import main
    from eventwire.lexicon import data_path

    out = tmp_path / "events.plover.jsonl"
    assert main(["export", "--db", sample_db, "--format", "plover", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == _store_ids(sample_db, "events")
    validator = jsonschema.Draft202012Validator(json.loads(data_path("plover.schema.json").read_text()))
    problems = [e.message for r in records for e in validator.iter_errors(r)]
    assert not problems, problems[:3]
