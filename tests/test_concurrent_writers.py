"""Concurrent writers (issue 14.10), with real processes on SQLite and PostgreSQL.

- Cluster source lists: two processes write articles whose events share clusters, each
  with its own sources; every cluster must end with the sources of all its articles (on
  PostgreSQL the read-modify-write lost about half of them before the row lock).
- Two ingests at once: the second is refused in one line while the first holds the
  writer lock; two ingests started together end with each article stored once and no
  false rejection.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("EVENTWIRE_TEST_PG")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=[
    pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="EVENTWIRE_TEST_PG is not set")])]

STORY = ("Israeli forces shelled the town of Khiam on Tuesday, killing three people, the health ministry said. "
         "Hezbollah fired rockets at northern Israel on Tuesday, the army said.")


@pytest.fixture
def store_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
        return
    from eventwire.store.db import normalise_url

    schema = "c_" + uuid.uuid4().hex[:12]
    admin = create_engine(normalise_url(PG_URL))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    base = normalise_url(PG_URL)
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


WRITER = r"""
import json, sys
from eventwire.record import Record
from eventwire.store import open_store
url, path, tag, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
base = Record.model_validate_json(open(path).read())
store = open_store(url)
print("ready", flush=True)
sys.stdin.readline()  # start together
for i in range(n):
    rec = base.model_copy(deep=True)
    rec.article.id = f"{tag}{i:060d}"[:64]
    rec.article.source = f"{tag}-source-{i}"
    store.add_record(rec)
store.close()
"""


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_cluster_sources_survive_two_concurrent_writers(store_url, tmp_path, analyze_text):
    from eventwire.store import open_store

    rec = analyze_text(STORY, published="2025-05-20")
    assert rec.events
    path = tmp_path / "rec.json"
    path.write_text(rec.to_json(), encoding="utf-8")
    open_store(store_url).close()  # migrate once, before the race
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, store_url, str(path), tag, "25"], env=_env(),
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for tag in ("a", "b")]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        p.stdin.close()
        assert p.wait(timeout=300) == 0
    store = open_store(store_url)
    with store.engine.connect() as conn:
        clusters = conn.execute(text("SELECT id, sources, article_count FROM event_clusters")).all()
        truth = {}
        for cid, source in conn.execute(text(
                "SELECT DISTINCT e.cluster_id, a.source FROM events e JOIN articles a ON a.id = e.article_id "
                "WHERE e.cluster_id IS NOT NULL")):
            truth.setdefault(cid, set()).add(source)
    store.close()
    assert clusters
    for cid, sources, articles in clusters:
        sources = json.loads(sources) if isinstance(sources, str) else sources
        assert set(sources) == truth[cid] and len(sources) == 50 == articles


HOLDER = r"""
import sys
from eventwire.store import open_store
from eventwire.store.writer import exclusive_writer
store = open_store(sys.argv[1])
with exclusive_writer(store):
    print("locked", flush=True)
    sys.stdin.readline()
store.close()
"""


def _jsonl(path: Path, n: int) -> str:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"text": f"Article {i}: police in Nairobi arrested {i + 2} protesters on "
                                          f"Monday after a march against taxes number {i}, officials said.",
                                  "published": "2025-03-05", "source": f"wire {i}"}) + "\n")
    return str(path)


def _ingest(src: str, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", src, "--db", url, "--no-progress"],
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_a_second_ingest_is_refused_in_one_line_while_one_writes(store_url, tmp_path):
    src = _jsonl(tmp_path / "c.jsonl", 3)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, store_url], env=_env(), stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        second = _ingest(src, store_url)
        out, err = second.communicate(timeout=300)
        assert second.returncode == 2
        assert err.count("\n") == 1 and "another ingest, reprocess or load is writing to this store" in err
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    again = _ingest(src, store_url)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0 and "3 new" in err


@pytest.mark.parametrize("store_url", BACKENDS, indirect=True)
def test_two_ingests_started_together_store_each_article_once(store_url, tmp_path):
    from eventwire.store import open_store

    src = _jsonl(tmp_path / "c.jsonl", 4)
    open_store(store_url).close()
    runs = [_ingest(src, store_url) for _ in range(2)]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in runs]
    for code, err in results:
        assert "UNIQUE" not in err and "duplicate key" not in err, err
        assert code == 0 or (code == 2 and "another ingest" in err and err.count("\n") == 1), err
    assert any(code == 0 for code, _ in results)
    store = open_store(store_url)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 4
    store.close()
