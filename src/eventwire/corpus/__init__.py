"""Corpora: ingest and reprocess (:mod:`eventwire.corpus.ingest`) and the Ray engine with its
Parquet shards (:mod:`eventwire.corpus.distributed`). Analysis itself is :mod:`eventwire.analyze`;
storage is :mod:`eventwire.store`."""
from eventwire.corpus.ingest import Summary, ingest, reprocess

__all__ = ["Summary", "ingest", "reprocess"]
