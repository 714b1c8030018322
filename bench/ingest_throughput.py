"""Ingest throughput: bare analysis vs end-to-end ingest, local workers vs Ray, store writes.

    .venv/bin/python bench/ingest_throughput.py [--n 2000] [--pg URL] [--no-ray] [--json OUT]

The corpus is N variants of examples/gaza-hamas-naim.txt, each with small edits (a
changed figure, a changed day, a sentence added) so every article id differs. Printed:

- bare analysis (articles/s): the pool engine with 1 and 2 workers, and spaCy's own
  ``nlp.pipe(n_process=2)`` (parse parallel, extractors in the parent) for comparison;
- end-to-end ``ingest`` into a fresh SQLite store with 1 and 2 workers, and with the
  local Ray engine (2 CPUs);
- store write rate (records/s) on SQLite and, when a URL is given, PostgreSQL, over the
  first ``WRITE_SAMPLE`` (300) records into an empty store;
- the ratio end-to-end / bare analysis with 2 workers on SQLite (target >= 0.8);
- peak resident memory of this process and of its children.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SAMPLE = ROOT / "examples" / "gaza-hamas-naim.txt"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]



WRITE_SAMPLE = 300  # records written for the store write rate

def variants(n: int) -> list[dict]:
    base = SAMPLE.read_text(encoding="utf-8")
    out = []
    for i in range(n):
        text = base.replace("53,000", f"{53000 + i:,}") if "53,000" in base else base
        day = DAYS[i % 7]
        for d in DAYS:
            if d in text:
                text = text.replace(d, day, 1)
                break
        text = text.rstrip() + f"\n\nThis report was updated {i % 24 + 1} hours after first publication (edition {i})."
        out.append({"text": text, "published": f"2025-05-{1 + i % 28:02d}", "source": f"Outlet {i % 17}",
                    "url": f"https://example.org/story/{i}"})
    return out


def rss_mb(who) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--pg", default=os.environ.get("EVENTWIRE_TEST_PG"), help="PostgreSQL URL for the write rate")
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args()

    from eventwire.analyze import analyze_many
    from eventwire.readers import ArticleInput
    from eventwire.nlp import get_nlp
    from eventwire.store import open_store
    from eventwire.store.pipeline import analyze_stream, ingest

    get_nlp()
    rows = variants(args.n)
    tmp = Path(tempfile.mkdtemp(prefix="eventwire-bench-"))
    corpus = tmp / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    arts = [ArticleInput(text=r["text"], published=r["published"], source=r["source"], url=r["url"], origin=f"#{i}")
            for i, r in enumerate(rows)]
    list(analyze_stream(arts[:8]))  # warm up lexicons and caches outside the timings
    res: dict = {"n": args.n, "cpus": os.cpu_count(), "load_before": os.getloadavg()[0]}

    def rate(seconds):
        return round(args.n / seconds, 2)

    # Keep only the records the write test needs: holding all N records (about 0.5 MB of
    # Python objects each) made this process 1.5 GB at N=2000, and every worker forked
    # after it looked as large.
    records: list = []

    def keep_some(stream):
        for _, r in stream:
            if len(records) < WRITE_SAMPLE:
                records.append(r)

    _, s = timed(lambda: keep_some(analyze_stream(arts, workers=1)))
    res["bare_1_worker"] = rate(s)
    _, s = timed(lambda: collections.deque(analyze_stream(arts, workers=2), maxlen=0))
    res["bare_2_workers"] = rate(s)
    _, s = timed(lambda: collections.deque(analyze_many(arts, n_process=2), maxlen=0))
    res["bare_nlp_pipe_n_process_2"] = rate(s)
    print(f"bare analysis: 1 worker {res['bare_1_worker']}/s, 2 workers {res['bare_2_workers']}/s, "
          f"nlp.pipe(n_process=2) {res['bare_nlp_pipe_n_process_2']}/s", flush=True)

    for workers in (1, 2):
        store = open_store(tmp / f"e2e{workers}.db")
        summary, s = timed(lambda: ingest([str(corpus)], store, workers=workers))
        assert summary.stored == args.n, summary.line()
        store.close()
        res[f"ingest_sqlite_{workers}_worker"] = rate(s)
    res["ratio_ingest_to_bare_2_workers"] = round(res["ingest_sqlite_2_worker"] / res["bare_2_workers"], 3)
    print(f"end-to-end ingest (SQLite): 1 worker {res['ingest_sqlite_1_worker']}/s, 2 workers "
          f"{res['ingest_sqlite_2_worker']}/s; ratio to bare analysis with 2 workers "
          f"{res['ratio_ingest_to_bare_2_workers']}", flush=True)

    if not args.no_ray:
        from eventwire.store.scale import ingest_ray
        store = open_store(tmp / "ray.db")
        t0 = time.perf_counter()
        import ray
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        res["ray_start_seconds"] = round(time.perf_counter() - t0, 1)
        summary, s = timed(lambda: ingest_ray([str(corpus)], store, workers=2))
        assert summary.stored == args.n, summary.line()
        res["ingest_ray_local_2_cpus"] = rate(s)
        ray.shutdown()
        store.close()
        print(f"Ray engine (local, 2 CPUs): {res['ingest_ray_local_2_cpus']}/s "
              f"(plus {res['ray_start_seconds']} s to start Ray)", flush=True)

    # Write rate: the same records into fresh stores (ids made unique per copy).
    def write_rate(url: str) -> float:
        store = open_store(url)
        _, s = timed(lambda: [store.add_record(r) for r in records])
        store.close()
        return round(len(records) / s, 2)

    res["write_sqlite"] = write_rate(str(tmp / "write.db"))
    if args.pg:
        import uuid

        from sqlalchemy import create_engine, text

        from eventwire.store.db import normalise_url
        schema = "bench_" + uuid.uuid4().hex[:8]
        admin = create_engine(normalise_url(args.pg))
        with admin.begin() as c:
            c.execute(text(f'CREATE SCHEMA "{schema}"'))
        base = normalise_url(args.pg)
        try:
            res["write_postgresql"] = write_rate(f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}")
        finally:
            with admin.begin() as c:
                c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    print(f"store writes: SQLite {res['write_sqlite']} records/s"
          + (f", PostgreSQL {res['write_postgresql']} records/s" if "write_postgresql" in res else ""), flush=True)
    res["peak_rss_mb_self"] = round(rss_mb(resource.RUSAGE_SELF), 1)
    res["peak_rss_mb_children"] = round(rss_mb(resource.RUSAGE_CHILDREN), 1)
    res["load_after"] = os.getloadavg()[0]
    print(f"peak memory: this process {res['peak_rss_mb_self']} MB, largest child {res['peak_rss_mb_children']} MB; "
          f"load average {res['load_before']:.1f} -> {res['load_after']:.1f} on {res['cpus']} CPUs")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
