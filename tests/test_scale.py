"""The Ray engine gives the local engine's records, record for record (slow: starts Ray)."""
from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "data" / "corpus"
SOURCES = [str(CORPUS / "mixed"), str(CORPUS / "feed.rss"), str(CORPUS / "feed.atom"), str(CORPUS / "pages.warc.gz")]


@pytest.fixture(scope="module")
def ray_local():
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.mark.slow
def test_ray_engine_equals_local_engine(tmp_path, ray_local, nlp):
    from eventwire.readers import read_corpus
    from eventwire.store import open_store
    from eventwire.analyze import analyze_stream
    from eventwire.corpus.distributed import ingest_ray, load_shards

    arts = [a for a in read_corpus(SOURCES) if not hasattr(a, "reason")]
    assert len(arts) == 10
    local = {r.article.id: r for _, r in analyze_stream(arts, workers=1)}

    direct = open_store(tmp_path / "ray.db")
    summary = ingest_ray(SOURCES, direct, workers=2)
    assert summary.new == 10 and summary.rejected == 6
    assert {aid: direct.get_record(aid) for aid in local} == local

    # shards written by the Ray job, loaded later by `eventwire load`
    shards = tmp_path / "shards"
    ingest_ray(SOURCES, None, workers=2, shards=str(shards))
    assert list(shards.glob("*.parquet"))
    loaded = open_store(tmp_path / "loaded.db")
    s = load_shards(str(shards), loaded)
    assert s.new == 10
    assert {aid: loaded.get_record(aid) for aid in local} == local
    # loading again: nothing changes
    assert load_shards(str(shards), loaded).unchanged == 10
    # and a second Ray ingest into the first store skips everything before analysis
    assert ingest_ray(SOURCES, direct, workers=2).unchanged == 10
    direct.close()
    loaded.close()


def test_load_rejects_missing_or_foreign_shards(tmp_path):
    from eventwire.errors import EventwireError
    from eventwire.store import open_store
    from eventwire.corpus.distributed import load_shards
    store = open_store(tmp_path / "x.db")
    with pytest.raises(EventwireError, match="no such file"):
        load_shards(str(tmp_path / "none"), store)
    (tmp_path / "empty").mkdir()
    with pytest.raises(EventwireError, match="no Parquet shards"):
        load_shards(str(tmp_path / "empty"), store)
    (tmp_path / "bad.parquet").write_bytes(b"not parquet")
    with pytest.raises(EventwireError, match="not an eventwire shard"):
        load_shards(str(tmp_path / "bad.parquet"), store)
    store.close()


@pytest.mark.slow
def test_cli_ingest_engine_ray_and_load(tmp_path, ray_local, nlp, capsys):
    """The commands a cluster user types: `ingest --engine ray` into a store, `ingest
    --engine ray --shards DIR` then `load DIR`, and `load` again (nothing new)."""
    from test_ingest_corpus import summary_of

    from eventwire.cli import main
    from eventwire.store import open_store, query

    db = str(tmp_path / "direct.db")
    assert main(["ingest", *SOURCES, "--db", db, "--engine", "ray", "--workers", "2", "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert summary_of(err) == {"new": 10, "unchanged": 0, "duplicate": 0, "updated": 0, "rejected": 6}
    assert "rejected " in err  # each rejection named on its own line

    shards, loaded = tmp_path / "shards", str(tmp_path / "loaded.db")
    assert main(["ingest", *SOURCES, "--engine", "ray", "--shards", str(shards), "--db", str(tmp_path / "unused.db"),
                 "--no-progress", "--quiet"]) == 0
    assert f"load them with `eventwire load {shards}`" in capsys.readouterr().err
    assert main(["load", str(shards), "--db", loaded]) == 0
    assert summary_of(capsys.readouterr().err)["new"] == 10
    assert main(["load", str(shards), "--db", loaded]) == 0
    assert summary_of(capsys.readouterr().err)["unchanged"] == 10
    with open_store(db) as a, open_store(loaded) as b:
        assert query.list_events(a, limit=None).to_dict() == query.list_events(b, limit=None).to_dict()

    assert main(["load", str(tmp_path / "nowhere"), "--db", loaded]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("eventwire: ") and "no such file" in err and len(err.splitlines()) == 1
