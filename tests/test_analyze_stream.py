"""``eventwire analyze`` on batches (issue 11.2, 14.2): records stream out one at a time, a
refused record is one stderr line naming file:line and the run goes on, every corpus format
is read by its reader (never analysed as markup), --strict stops, --language en skips
identification. Real subprocesses, as a user runs them."""
from __future__ import annotations

import json
import shutil

from conftest import DATA
from test_cli_errors import _finish, _start

INGEST = DATA / "ingest"
CORPUS = DATA / "corpus"
EN = (INGEST / "english.txt").read_text(encoding="utf-8")
ES = (INGEST / "spanish.txt").read_text(encoding="utf-8")


def _batch_dir(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    lines = [json.dumps({"text": EN, "title": "one"}), "{not json", json.dumps({"text": ES}),
             json.dumps({"text": EN + "\n\nA second paragraph was added.", "pubdate": "2024-05-06"})]
    (d / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copy(CORPUS / "feed.rss", d / "b.rss")
    shutil.copy(CORPUS / "pages.warc.gz", d / "c.warc.gz")
    (d / "d.csv").write_text('text,date\n"' + EN.replace('"', '""') + '",2023-03-04\n', encoding="utf-8")
    return d


def test_a_batch_goes_on_past_refused_records_and_reads_every_format(tmp_path):
    d = _batch_dir(tmp_path)
    code, out, err = _finish(_start([str(d), "--format", "jsonl"]))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1, err  # some records refused
    assert "Traceback" not in err
    errs = err.splitlines()
    assert any(e.startswith(f"eventwire: {d / 'a.jsonl'}:2: invalid JSON") for e in errs), err
    assert any(e.startswith(f"eventwire: {d / 'a.jsonl'}:3: ") and "Spanish" in e for e in errs), err
    assert any(e.startswith(f"eventwire: {d / 'b.rss'}#entry2: ") for e in errs), err
    titles = [r["article"]["title"] for r in records]
    assert titles[0] == "one" and "Mali junta expels French ambassador" in titles
    assert "Houthis claim attack on ship" in titles  # the WARC page, main text only
    for r in records:
        assert "<p>" not in r["article"]["text"] and "WARC/1.0" not in r["article"]["text"]
    dates = {r["article"]["published"] for r in records}
    assert {"2024-05-06", "2023-03-04", "2023-01-31"} <= dates  # pubdate field, CSV date column, feed


def test_strict_stops_at_the_first_refused_record(tmp_path):
    d = _batch_dir(tmp_path)
    code, out, err = _finish(_start([str(d / "a.jsonl"), "--strict"]))
    assert code == 1
    assert len(err.splitlines()) == 1 and ":2: invalid JSON" in err
    assert "Spanish" not in err  # line 3 was never read


def test_language_en_skips_identification(tmp_path):
    f = tmp_path / "es.txt"
    f.write_text(ES, encoding="utf-8")
    code, out, err = _finish(_start([str(f), "--language", "en"]))
    assert code == 0, err
    assert json.loads(out)["article"]["language"] == "en"


def test_one_good_record_is_pretty_json_and_exit_zero():
    code, out, err = _finish(_start([str(INGEST / "english.txt")]))
    assert code == 0 and err == ""
    assert out.startswith("{\n") and json.loads(out)["article"]["text"] == EN


def test_surrogates_and_deep_json_give_a_record_or_one_line(tmp_path):
    ok = tmp_path / "surrogate.json"
    ok.write_text('{"text": "%s"}' % EN.replace("\n", "\\n").replace('"', '\\"').replace("the", "the \\ud800", 1),
                  encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text('{"text": "x", "meta": ' + "[" * 50_000 + "]" * 50_000 + "}", encoding="utf-8")
    code, out, err = _finish(_start([str(ok)]))
    assert code == 0 and "Traceback" not in err, err
    assert "\ufffd" in json.loads(out)["article"]["text"]
    code, out, err = _finish(_start([str(deep)]))
    assert code == 2 and out == "" and err.splitlines() == [f"eventwire: {deep}: the JSON is nested too deeply "
                                                            "to read (over about 1,000 levels)"]
