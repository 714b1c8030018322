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
    from eventwire.store.pipeline import analyze_stream
    from eventwire.store.scale import ingest_ray, load_shards

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
    from eventwire.store.scale import load_shards
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
