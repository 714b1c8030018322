"""`eventwire ingest` end to end: every corpus format into a store, rejections reported with
their place and counted, re-runs idempotent, a SIGKILLed run leaves whole articles only,
`reprocess` upgrades old analyzer versions, `--workers 2` equals `--workers 1`."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from eventwire import __version__
from eventwire.cli import main
from eventwire.store import models as m

CORPUS = Path(__file__).parent / "data" / "corpus"
ROOT = Path(__file__).resolve().parent.parent

SOURCES = [str(CORPUS / "mixed"), str(CORPUS / "feed.rss"), str(CORPUS / "feed.atom"), str(CORPUS / "bad.rss"),
           str(CORPUS / "pages.warc.gz")]


def summary_of(stderr: str) -> dict:
    line = [ln for ln in stderr.splitlines() if " new, " in ln][-1]
    parts = line.split("eventwire: ", 1)[1].split(" (")[0].split(", ")
    counts = {p.split(" ")[1]: int(p.split(" ")[0]) for p in parts}
    counts.pop("undated", None)  # the undated count has its own tests (test_cli_usability.py)
    return counts


def test_ingest_every_format_then_rerun_is_unchanged(tmp_path, capsys, nlp):
    db = str(tmp_path / "c.db")
    assert main(["ingest", *SOURCES, "--db", db, "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert summary_of(err) == {"new": 10, "unchanged": 0, "duplicate": 0, "updated": 0, "rejected": 7}
    assert "rejected " + str(CORPUS / "mixed" / "wires.jsonl") + ":4: invalid JSON" in err
    assert "pages.warc.gz@" in err and "feed.rss#entry2" in err
    # CSV with its own column names, in the same store
    assert main(["ingest", str(CORPUS / "news.csv"), "--db", db, "--text-column", "body", "--title-column",
                 "headline", "--date-column", "pubdate", "--url-column", "link", "--source-column", "outlet",
                 "--no-progress"]) == 0
    assert summary_of(capsys.readouterr().err)["new"] == 2
    # again: nothing new, nothing analyzed; --strict turns the rejections into exit 1
    assert main(["ingest", *SOURCES, "--db", db, "--no-progress", "--strict"]) == 1
    assert summary_of(capsys.readouterr().err) == {"new": 0, "unchanged": 10, "duplicate": 0, "updated": 0,
                                                   "rejected": 7}
    from eventwire.store import open_store, query
    store = open_store(db)
    arts = {a["url"]: a for a in query.list_articles(store, limit=None).items}
    assert arts["https://example.org/hk-court"]["source"] == "Harbour Post"
    assert all(a["analyzer"] == __version__ for a in arts.values())
    rec = store.get_record(arts["https://example.org/yemen"]["id"])
    assert rec.article.title == "Houthis claim attack on ship"
    assert query.list_articles(store, limit=None).total == 12
    store.close()


def test_query_commands_and_formats(tmp_path, capsys, nlp):
    db = str(tmp_path / "q.db")
    main(["ingest", str(CORPUS / "mixed"), "--db", db, "--progress", "--quiet"])
    err = capsys.readouterr().err
    assert "ingest" in err and "10/10" in err and "art/s" in err  # the bar: done/total, rate
    assert main(["search", "drones", "--db", db, "--format", "jsonl"]) == 0
    hits = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert hits and all(h["kind"] in ("article", "quote") for h in hits)
    assert main(["events", "--db", db, "--format", "jsonl", "--limit", "1000"]) == 0
    events = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert main(["events", "--db", db, "--format", "csv", "--limit", "1000"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))  # the documented event rows (docs/data.md)
    assert rows[0][:3] == ["event_id", "article_id", "local_id"] and len(rows) == len(events) + 1
    assert main(["stats", "--db", db, "--format", "json"]) == 0
    st = json.loads(capsys.readouterr().out)
    assert st["totals"]["articles"] == 6 and st["totals"]["events"] == len(events)
    for cmd in (["quotes"], ["figures"], ["events", "--type", "ASSAULT", "--since", "2025-01-01"], ["stats"]):
        assert main([*cmd, "--db", db]) == 0
    assert main(["events", "--db", db, "--since", "yesterday"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_unopenable_database_is_one_line(tmp_path, capsys):
    assert main(["stats", "--db", str(tmp_path / "missing-dir" / "x.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("eventwire: ") and err.count("\n") == 1 and "Traceback" not in err


def _corpus_jsonl(path: Path, n: int) -> list[str]:
    """n short distinct articles (varied topics, a number changed per copy so ids differ)."""
    bases = [
        "Police in Lagos arrested {n} people on Monday after protests over fuel prices turned violent, "
        "a police spokesman said.",
        "The Ukrainian army said it shot down {n} Russian drones overnight over the Kharkiv region, "
        "the regional governor said.",
        "Floods in Bangladesh have displaced {n} families in the north of the country, the disaster "
        "ministry said on Friday.",
        "Rebels in eastern Congo seized {n} trucks carrying food aid near Goma, the United Nations said.",
    ]
    ids = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = bases[i % len(bases)].format(n=100 + i)
            fh.write(json.dumps({"text": text, "published": "2025-03-01", "source": f"Wire {i % 3}"}) + "\n")
            from eventwire.readers import article_id
            ids.append(article_id(text))
    return ids


def _run_ingest(args, **kw):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", *args, "--no-progress", "--quiet"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _assert_whole(store, expected_ids):
    with store.engine.connect() as conn:
        rows = conn.execute(select(m.Article.id, m.Article.record_json)).all()
        assert len(rows) == len({r[0] for r in rows})  # each article once
        for aid, rj in rows:
            rec = json.loads(rj)
            for model, key in ((m.Entity, "entities"), (m.Event, "events"), (m.Quote, "quotes"),
                               (m.Sentence, "sentences"), (m.Figure, "figures")):
                n = conn.execute(select(func.count()).select_from(model).where(model.article_id == aid)).scalar()
                assert n == len(rec[key]), (aid, key)
    assert {r[0] for r in rows} <= set(expected_ids)
    return {r[0] for r in rows}


def test_sigkill_midway_then_rerun_stores_each_article_once(tmp_path, capsys, nlp):
    from eventwire.store import open_store
    corpus = tmp_path / "c.jsonl"
    ids = _corpus_jsonl(corpus, 40)
    db = tmp_path / "k.db"
    proc = _run_ingest([str(corpus), "--db", str(db)])
    deadline = time.time() + 90
    count = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                s = open_store(db, migrate=False)
                with s.engine.connect() as conn:
                    count = conn.execute(text("SELECT count(*) FROM articles")).scalar()
                s.close()
            except Exception:
                count = 0
            if count >= 2:
                break
    assert proc.poll() is None, "the ingest finished before it could be killed; make the corpus bigger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = open_store(db)
    partial = _assert_whole(store, ids)
    assert 2 <= len(partial) < len(ids)
    store.close()
    capsys.readouterr()
    assert main(["ingest", str(corpus), "--db", str(db), "--no-progress"]) == 0  # the re-run, in-process
    summary = summary_of(capsys.readouterr().err)
    assert summary["unchanged"] == len(partial) and summary["new"] + summary["duplicate"] == len(ids) - len(partial)
    store = open_store(db)
    assert _assert_whole(store, ids) == set(ids)
    store.close()


def test_reprocess_reanalyzes_old_versions(tmp_path, capsys, nlp):
    from eventwire.store import open_store
    db = str(tmp_path / "r.db")
    main(["ingest", str(CORPUS / "mixed" / "kyiv-drones.txt"), "--db", db, "--no-progress"])
    store = open_store(db)
    aid = query_first_id(store)
    old = store.get_record(aid)
    stale = old.model_copy(update={"article": old.article.model_copy(update={"analyzer": "0.0.1"}), "events": []})
    store.delete_article(aid)
    store.add_record(stale)
    store.close()
    capsys.readouterr()
    assert main(["reprocess", "--db", db, "--no-progress"]) == 0
    assert summary_of(capsys.readouterr().err)["updated"] == 1
    store = open_store(db)
    assert store.get_record(aid) == old
    store.close()
    assert main(["reprocess", "--db", db, "--no-progress"]) == 0
    assert summary_of(capsys.readouterr().err)["updated"] == 0


def query_first_id(store):
    from eventwire.store import query
    return query.list_articles(store).items[0]["id"]


def test_two_workers_give_the_same_records_as_one(tmp_path, nlp):
    from eventwire.readers import read_corpus
    from eventwire.store.pipeline import analyze_stream
    arts = [a for a in read_corpus([str(CORPUS / "mixed")]) if not hasattr(a, "reason")]
    one = [r.to_json() for _, r in analyze_stream(arts, workers=1)]
    two = [r.to_json() for _, r in analyze_stream(arts, workers=2)]
    assert one == two and len(one) == 6


def test_analyzer_failure_is_rejected_and_the_run_goes_on(tmp_path, monkeypatch, nlp):
    import eventwire.analyze as analyze_mod
    from eventwire.store import open_store
    from eventwire.store.pipeline import ingest
    real = analyze_mod.build_record

    def flaky(doc, art, settings=None):
        if "Kharkiv" in art.text:
            raise ZeroDivisionError("simulated extractor bug")
        return real(doc, art) if settings is None else real(doc, art, settings)

    monkeypatch.setattr(analyze_mod, "build_record", flaky)
    corpus = tmp_path / "c.jsonl"
    _corpus_jsonl(corpus, 4)
    store = open_store(tmp_path / "f.db")
    seen = []
    summary = ingest([str(corpus)], store, on_reject=seen.append)
    assert summary.new == 3 and summary.rejected == 1
    assert seen[0].origin.endswith("c.jsonl:2") and "ZeroDivisionError" in seen[0].reason
    store.close()


@pytest.mark.parametrize("status", ["new", "duplicate"])
def test_summary_counts_statuses(status):
    from eventwire.store.pipeline import Summary
    s = Summary()
    s.count(status)
    assert getattr(s, status) == 1 and s.stored == 1


def test_bundled_sample_corpus_ingests_and_serves(tmp_path, capsys, nlp):
    """The README's web commands: ingest examples/sample-corpus.jsonl, then serve it."""
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    sample = Path(__file__).resolve().parent.parent / "examples" / "sample-corpus.jsonl"
    db = str(tmp_path / "sample.db")
    assert main(["ingest", str(sample), "--db", db, "--no-progress"]) == 0
    assert summary_of(capsys.readouterr().err) == {"new": 5, "unchanged": 0, "duplicate": 0, "updated": 0,
                                                   "rejected": 0}
    with TestClient(create_app(db)) as c:
        arts = c.get("/api/articles").json()["items"]
        assert len(arts) == 5 and all(a["published"] and a["title"] for a in arts)
        naim = next(a for a in arts if a["title"].startswith("Hamas leader"))
        page = c.get(f"/articles/{naim['id']}", headers={"Accept": "text/html"}).text
        assert "Basem Naim" in page and 'class="speaker' in page
        assert c.get("/api/events", params={"actor": "Rapid Support Forces"}).json()["total"] > 0
