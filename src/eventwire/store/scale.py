"""The same analyzer on Ray Data, for corpora bigger than one machine.

``eventwire ingest --engine ray [--address ray://host:10001|auto] [--shards DIR]``:
the driver reads the corpus (the same readers, the same rejections) and skips articles
already stored by this analyzer version; Ray Data spreads the rest over an actor pool
(:class:`RayAnalyzer`: each actor loads the spaCy pipeline once, ``map_batches`` feeds it
batches of articles) and the records come back either straight into the store or as
Parquet shards in ``--shards DIR`` (one row per article: id, origin, record JSON or the
failure reason), which ``eventwire load DIR`` later stores on any machine that can
reach the database. Without ``--address`` a local Ray instance is started with
``--workers`` CPUs; with it, the job joins the existing cluster (the workers need
eventwire and the spaCy model installed, as the driver does).

Records are identical to the local engine's: both call
:func:`eventwire.store.pipeline._analyze_chunk` on the same inputs.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from eventwire import __version__
from eventwire.config import DEFAULT, Settings
from eventwire.errors import EventwireError
from eventwire.readers import ArticleInput, article_id
from eventwire.readers import Columns, Rejected, read_corpus
from eventwire.record import Record
from eventwire.store.db import Store
from eventwire.store.pipeline import Failed, Summary, _analyze_chunk

BATCH = 16
INPUT_FIELDS = ("text", "title", "published", "url", "source", "language", "origin")
SHARD_FIELDS = ("id", "origin", "analyzer", "record_json", "reason")


class RayAnalyzer:
    """A Ray Data actor: holds one spaCy pipeline, turns batches of inputs into records."""

    def __init__(self, settings: Settings = DEFAULT):
        from eventwire.nlp import get_nlp

        self.settings = settings
        get_nlp(settings.model)

    def __call__(self, batch: dict) -> dict:
        n = len(batch["text"])
        arts = [ArticleInput(**{f: _plain(batch[f][i]) for f in INPUT_FIELDS}) for i in range(n)]
        out: dict[str, list] = {f: [] for f in SHARD_FIELDS}
        for art, result in zip(arts, _analyze_chunk(arts, self.settings)):
            out["id"].append(article_id(art.text))
            out["origin"].append(art.origin)
            out["analyzer"].append(__version__)
            if isinstance(result, Failed):
                out["record_json"].append(None)
                out["reason"].append(result.reason)
            else:
                out["record_json"].append(result.to_json())
                out["reason"].append(None)
        return out


def _plain(value):
    """numpy scalars and None-likes from a Ray batch back to str/None."""
    if value is None:
        return None
    try:
        import numpy as np

        if isinstance(value, np.generic):
            value = value.item()
    except ImportError:
        pass
    if isinstance(value, float):  # a missing string column comes back as NaN
        return None
    return value


def _init_ray(address: str | None, workers: int):
    try:
        import ray
    except ImportError:
        raise EventwireError("--engine ray", "Ray is not installed (pip install 'eventwire[ray]')") from None
    if ray.is_initialized():
        return ray
    try:
        if address:
            ray.init(address=address, include_dashboard=False, log_to_driver=False)
        else:
            ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise EventwireError(f"ray {address or 'local'}", f"cannot start or join Ray: {exc}") from None
    return ray


def analyze_with_ray(articles: list[ArticleInput], *, settings: Settings = DEFAULT, workers: int = 2,
                     address: str | None = None, shards: str | None = None):
    """Run the analyzer over ``articles`` on Ray Data. Returns an iterator over shard rows
    (dicts with :data:`SHARD_FIELDS`), or None after writing Parquet shards to ``shards``."""
    ray = _init_ray(address, workers)
    import ray.data

    rows = [{f: getattr(a, f) for f in INPUT_FIELDS} for a in articles]
    ds = ray.data.from_items(rows, override_num_blocks=max(workers, min(len(rows) // BATCH + 1, workers * 4)))
    from ray.data import ActorPoolStrategy

    ds = ds.map_batches(RayAnalyzer, fn_constructor_args=(settings,), batch_size=BATCH, batch_format="numpy",
                        compute=ActorPoolStrategy(size=max(1, workers)), num_cpus=1)
    if shards:
        Path(shards).mkdir(parents=True, exist_ok=True)
        ds.write_parquet(shards)
        return None
    return ds.iter_rows()


def ingest_ray(sources: list[str], store: Store | None, *, settings: Settings = DEFAULT,
               columns: Columns = Columns(), address: str | None = None, shards: str | None = None,
               workers: int = 2, on_reject: Callable[[Rejected], None] | None = None) -> Summary:
    """`eventwire ingest --engine ray`: read, skip what is stored, analyze on Ray, then
    store the records (or write shards when ``shards`` is given; ``store`` may be None)."""
    import time

    summary = Summary()
    started = time.perf_counter()
    known = store.known_ids() if store is not None else {}
    todo: list[ArticleInput] = []
    seen: set[str] = set()
    for item in read_corpus(sources, columns, settings.max_chars):
        if isinstance(item, Rejected):
            summary.rejected += 1
            summary.rejections.append(item)
            if on_reject:
                on_reject(item)
            continue
        aid = article_id(item.text)
        if known.get(aid) == __version__ or aid in seen:
            summary.unchanged += 1
            continue
        seen.add(aid)
        todo.append(item)
    if todo:
        rows = analyze_with_ray(todo, settings=settings, workers=workers, address=address, shards=shards)
        if rows is not None and store is not None:
            _store_rows(rows, store, summary, on_reject)
        elif shards:
            summary.new = len(todo)  # analyzed into shards; `eventwire load` gives the final statuses
    summary.seconds = time.perf_counter() - started
    return summary


def _store_rows(rows, store: Store, summary: Summary, on_reject=None) -> None:
    for row in rows:
        if not row.get("record_json"):
            r = Rejected(row.get("origin") or "?", row.get("reason") or "the analyzer failed")
            summary.rejected += 1
            summary.rejections.append(r)
            if on_reject:
                on_reject(r)
            continue
        summary.count(store.add_record(Record.model_validate_json(row["record_json"]), origin=row.get("origin")))


def shard_rows(path: str) -> Iterator[dict]:
    """Rows of the Parquet shards under ``path`` (a directory or one file), in file order."""
    import pyarrow.parquet as pq

    p = Path(path)
    if not p.exists():
        raise EventwireError(path, "no such file or directory")
    files = sorted(p.rglob("*.parquet")) if p.is_dir() else [p]
    if not files:
        raise EventwireError(path, "no Parquet shards found")
    for f in files:
        try:
            table = pq.read_table(f, columns=list(SHARD_FIELDS))
        except Exception as exc:  # pyarrow raises several types for foreign or broken files
            raise EventwireError(str(f), f"not an eventwire shard ({type(exc).__name__}: {exc})") from None
        yield from table.to_pylist()


def load_shards(path: str, store: Store, on_reject: Callable[[Rejected], None] | None = None) -> Summary:
    """`eventwire load SHARDS`: store the records of Parquet shards (each in its own transaction)."""
    import time

    summary = Summary()
    started = time.perf_counter()
    _store_rows(shard_rows(path), store, summary, on_reject)
    summary.seconds = time.perf_counter() - started
    return summary


def records_of_rows(rows) -> dict[str, dict]:
    """{article id: record dict} of shard rows, for comparisons."""
    return {r["id"]: json.loads(r["record_json"]) for r in rows if r.get("record_json")}
