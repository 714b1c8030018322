"""Build the scale bench's store: ``N`` synthetic events (bench/synthetic_corpus.py) written
with ``Store.add_records_bulk``, into a SQLite file or a PostgreSQL database.

Usage: ``python bench/build_scale_store.py URL [--events 1000000]``; prints progress and the rate.
Used by ``bench/api_load.py --scale``; run it once, it takes tens of minutes at 1,000,000.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import synthetic_records  # noqa: E402


def build(url: str, n_events: int, batch: int = 1000) -> None:
    from eventwire.store import open_store

    store = open_store(url)
    have = store.count_articles()
    if have:
        print(f"reusing {url} ({have} articles)")
        store.close()
        return
    t0 = time.perf_counter()
    done = 0
    records = synthetic_records(n_events)
    while True:
        chunk = [r for _, r in zip(range(batch * 10), records)]
        if not chunk:
            break
        store.add_records_bulk(chunk, origin="bench", batch=batch)
        done += len(chunk)
        rate = done * 10 / (time.perf_counter() - t0)
        print(f"{done} articles, {done * 10} events, {rate:.0f} events/s", flush=True)
    if store.dialect == "postgresql":
        from sqlalchemy import text

        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    else:
        from sqlalchemy import text

        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    print(f"built {done} articles in {time.perf_counter() - t0:.0f} s", flush=True)
    store.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("--events", type=int, default=1_000_000)
    args = ap.parse_args(argv)
    build(args.url, args.events)
    return 0


if __name__ == "__main__":
    sys.exit(main())
