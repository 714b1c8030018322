"""Load benchmark of ``eventwire serve``: requests/s and p50/p99 latency on loopback.

Builds a SQLite store of at least 20,000 events from synthetic records (the sample
article analyzed once, then copied with varied actors, dates, types and text so that
no analyzer time is spent per record; written with ``Store.add_records_bulk``), starts the real server (uvicorn) on a free
127.0.0.1 port in a subprocess, and times with a few concurrent httpx clients:

- the events list, filtered (type + date range, and actor), a page of 50;
- the article page (HTML, marked-up body).

Bounded: a fixed number of requests per scenario, loopback only; it stops by itself.
The store is cached in bench/out/ (gitignored) and reused by the next run; the
template record (the analyzed sample) too. A first run takes about 1.5 minutes to build
the 20,000-event store; measuring takes 2-3 minutes on 2 cores.

Usage: ``python bench/api_load.py [--events 20000] [--requests 300] [--clients 4] [--workers 2]
[--warmup 3] [--db PATH] [--fresh]``

Scale (issue 13.8): ``python bench/api_load.py --scale [--url URL]...`` builds 1,000,000
synthetic events made with the record models (``bench/synthetic_corpus.py``, through
``bench/build_scale_store.py``; tens of minutes, kept for the next run) at each store URL
(SQLite file, PostgreSQL database) and times the filtered events list (type + dates;
actor), the quotes page (speaker), the figures page and the article page.
Target: p99 under 100 ms for a filtered page of 50 events.
"""
from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "gaza-hamas-naim.txt"
ACTORS = [("Hamas", "PSEREB", "PSE"), ("Israel", "ISR", "ISR"), ("Russia", "RUS", "RUS"), ("Ukraine", "UKR", "UKR"),
          ("Rapid Support Forces", "SDNREB", "SDN"), ("Sudanese army", "SDNMIL", "SDN"), ("United Nations", "IGOUNO", None),
          ("European Union", "IGOEEC", None), ("Myanmar junta", "MMRMIL", "MMR"), ("Arakan Army", "MMRREB", "MMR"),
          ("Georgian Dream", "GEOGOV", "GEO"), ("Kenyan police", "KENCOP", "KEN")]
TYPES = ["ASSAULT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "COERCE", "AID", "CONSULT", "AGREE"]


OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "bench"))  # build_scale_store, synthetic_corpus
# Bumped whenever synthetic_records changes, so a cached store is not reused across it.
STORE_FORMAT = "v3"


def template_record() -> dict:
    """The sample article analyzed once (cached in bench/out/, keyed by analyzer version)."""
    from eventwire import __version__

    cache = OUT / f"api_load_template-{__version__}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    from eventwire.analyze import analyze_text

    d = analyze_text(SAMPLE.read_text(encoding="utf-8"), published="2025-05-20").to_dict()
    OUT.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(d), encoding="utf-8")
    return d


def synthetic_records(n_events: int, seed: int = 7):
    """Records derived from the analyzed sample with varied actors, dates and types."""
    from eventwire.readers import article_id
    from eventwire.record import Record

    base = template_record()
    rng = random.Random(seed)
    per_article = max(1, len(base["events"]))
    made = 0
    i = 0
    while made < n_events:
        d = {**base}
        text = base["article"]["text"] + f"\n\nUpdate {i}: filed by desk {rng.randint(1, 10**9)}."
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        entities = [dict(e) for e in base["entities"]]
        for e in entities:
            if e["kind"] in ("person", "organization", "country", "group"):
                name, code, country = rng.choice(ACTORS)
                e.update(name=name if rng.random() < 0.7 else e["name"], code=code, country=country)
        ids = [e["id"] for e in entities]
        events = []
        for v in base["events"]:
            events.append({**v, "type": rng.choice(TYPES), "actor": rng.sample(ids, 1) if ids else [],
                           "recipient": rng.sample(ids, 1) if ids and rng.random() < 0.6 else [],
                           "hypothetical": rng.random() < 0.15, "date": None})
        d["article"] = {**base["article"], "id": article_id(text), "text": text, "published": day,
                        "source": rng.choice(["Wire A", "Wire B", "Daily C", "Radio D"]), "title": f"Story {i}"}
        d["entities"], d["events"] = entities, events
        made += per_article
        i += 1
        yield Record.model_validate(d)


def build_store(path: Path, n_events: int) -> None:
    """Build the store once; a store file that already holds articles is reused as is.

    Records go in through ``Store.add_records_bulk`` (batched transactions, no
    near-duplicate detection): per-article ``add_record`` spends its time on one commit
    and one MinHash per article, which is ingest's cost, not what this bench measures."""
    from build_scale_store import open_empty

    store = open_empty(f"sqlite:///{path}")
    if store is None:
        return
    t = time.perf_counter()
    store.add_records_bulk(synthetic_records(n_events), origin="bench")
    print(f"stored {store.count_articles()} articles in {time.perf_counter() - t:.0f}s")
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port),
                             "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    import httpx

    deadline = time.time() + 240  # each worker starts its analyzer with the model loaded first
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start: " + (proc.stderr.read().decode() if proc.stderr else ""))


def run_scenario(base: str, name: str, paths: list[str], total: int, clients: int, warmup: int = 10) -> dict:
    """``total`` GETs of ``paths`` (round robin) from ``clients`` threads, each with one
    keep-alive connection. The client is the standard library's http.client: a heavier
    client (httpx costs about 1 ms of CPU per request) competes with the server for the
    same 2 cores and shows up in the latencies it measures.

    Each connection first sends ``warmup`` untimed requests: a worker's first request of
    a kind opens the store and compiles its statements and templates (hundreds of ms,
    once per process); the slowest of those is reported as ``cold_ms``."""
    import http.client
    from urllib.parse import urlsplit

    host, port = urlsplit(base).hostname, urlsplit(base).port
    latencies: list[float] = []
    cold: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = iter(range(total))

    def get(conn, path):
        conn.request("GET", path)
        r = conn.getresponse()
        r.read()
        return r.status

    def worker():
        nonlocal errors
        conn = http.client.HTTPConnection(host, port, timeout=30)
        for i in range(warmup):
            t = time.perf_counter()
            get(conn, paths[i % len(paths)])
            with lock:
                cold.append(time.perf_counter() - t)
        for i in counter:
            path = paths[i % len(paths)]
            t = time.perf_counter()
            status = get(conn, path)
            dt = time.perf_counter() - t
            with lock:
                latencies.append(dt)
                if status != 200:
                    errors += 1
        conn.close()

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t0
    lat = sorted(latencies)
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000  # noqa: E731
    out = {"scenario": name, "requests": len(lat), "errors": errors, "rps": len(lat) / wall,
           "p50_ms": p(0.50), "p99_ms": p(0.99), "mean_ms": statistics.mean(lat) * 1000,
           "cold_ms": max(cold, default=0) * 1000}
    print(f"{name:<34} {out['requests']:>5} req  {out['rps']:>7.1f} req/s  p50 {out['p50_ms']:>6.1f} ms  "
          f"p99 {out['p99_ms']:>6.1f} ms  errors {errors}  (slowest warm-up {out['cold_ms']:.0f} ms)")
    return out


SCALE_SPEAKERS = ["Ahmed Hassan", "Maria Kovalenko", "Nabil Abdallah", "Sarah Levi"]
SCALE_ACTORS = ["Hamas", "Rapid Support Forces", "Ukrainian army", "Houthis", "Russia"]


def scale_scenarios(base: str, requests: int, clients: int, warmup: int, article_ids: list[str]) -> list[dict]:
    """The issue 13.8 requests over the synthetic million-event store."""
    types = ["ASSAULT", "ACCUSE", "REQUEST", "THREATEN", "PROTEST", "AID"]
    years = range(2016, 2025)
    run = lambda name, paths: run_scenario(base, name, paths, requests, clients, warmup)  # noqa: E731
    return [
        run("events type+dates, page of 50", [f"/api/events?type={t}&since={y}-03-01&until={y}-05-31&limit=50"
                                              for t in types for y in years]),
        run("events actor, page of 50", [f"/api/events?actor={a.replace(' ', '+')}&limit=50" for a in SCALE_ACTORS]),
        run("quotes page (HTML), speaker", [f"/quotes?speaker={s.replace(' ', '+')}" for s in SCALE_SPEAKERS]),
        run("quotes JSON, speaker, page of 50", [f"/api/quotes?speaker={s.replace(' ', '+')}&limit=50"
                                                 for s in SCALE_SPEAKERS]),
        run("figures page (HTML), kind + year", [f"/figures?kind=killed&since={y}-01-01&until={y}-12-31"
                                                 for y in years]),
        run("article page (HTML)", [f"/articles/{a}" for a in article_ids]),
    ]


def run_scale(args) -> int:
    """``--scale``: build (or reuse) the synthetic store at each ``--url`` and measure."""
    from build_scale_store import build

    from eventwire.store import open_store, query as sq

    summary = []
    for url in args.url:
        build(url, args.events)
        store = open_store(url)
        article_ids = [a["id"] for a in sq.list_articles(store, limit=40).items]
        store.close()
        port = free_port()
        proc = start_server(url, port, args.workers)
        print(f"{url}: server with {args.workers} worker(s), {args.clients} clients")
        try:
            results = scale_scenarios(f"http://127.0.0.1:{port}", args.requests, args.clients, args.warmup,
                                      article_ids)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
        summary.append((url, results))
    for url, results in summary:
        print(f"\n{url.split('://')[0]}: " + "; ".join(f"{r['scenario']}: p50 {r['p50_ms']:.0f} / p99 {r['p99_ms']:.0f} ms"
                                                      for r in results))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=20_000, help="events in the synthetic store (at least)")
    ap.add_argument("--requests", type=int, default=300, help="requests per scenario")
    ap.add_argument("--clients", type=int, default=4, help="concurrent clients (threads in this process)")
    ap.add_argument("--workers", type=int, default=2,
                    help="server processes (eventwire serve --workers; default 2, one per core)")
    ap.add_argument("--warmup", type=int, default=10, help="untimed requests per connection before timing")
    ap.add_argument("--db", type=Path, help=f"store file to build or reuse (default: {OUT}/api_load-N-{STORE_FORMAT}.db)")
    ap.add_argument("--fresh", action="store_true", help="rebuild the store even if the file exists")
    ap.add_argument("--scale", action="store_true",
                    help="issue 13.8: the synthetic store of --events (default then 1,000,000) at each --url")
    ap.add_argument("--url", action="append", default=[],
                    help="with --scale: a store URL (repeatable; default sqlite:////tmp/ew_scale/scale-1m.db)")
    args = ap.parse_args(argv)
    if args.scale:
        if args.events == 20_000:
            args.events = 1_000_000
        args.url = args.url or ["sqlite:////tmp/ew_scale/scale-1m.db"]
        return run_scale(args)

    started = time.perf_counter()
    db = args.db or OUT / f"api_load-{args.events}-{STORE_FORMAT}.db"
    if args.fresh:
        for f in db.parent.glob(db.name + "*"):
            f.unlink()
    db.parent.mkdir(parents=True, exist_ok=True)
    build_store(db, args.events)

    from eventwire.store import open_store, query as sq

    store = open_store(f"sqlite:///{db}")
    n_events = store.count_articles()
    total_events = sq.stats(store)["totals"]["events"]
    article_ids = [a["id"] for a in sq.list_articles(store, limit=50).items]
    store.close()
    print(f"store: {n_events} articles, {total_events} events")

    port = free_port()
    proc = start_server(db, port, args.workers)
    print(f"server: {args.workers} worker process(es); clients: {args.clients}")
    base = f"http://127.0.0.1:{port}"
    try:
        results = [
            run_scenario(base, "events type+dates, page of 50", [
                f"/api/events?type={t}&since=2024-0{m}-01&until=2024-1{m % 3}-28&limit=50"
                for t in TYPES for m in range(1, 8)], args.requests, args.clients, args.warmup),
            run_scenario(base, "events actor filter, page of 50", [
                f"/api/events?actor={a[0].replace(' ', '+')}&limit=50" for a in ACTORS], args.requests, args.clients, args.warmup),
            run_scenario(base, "events page 50 (HTML), hypothetical", [
                f"/events?type={t}&hypothetical=no" for t in TYPES], args.requests, args.clients, args.warmup),
            run_scenario(base, "article page (HTML)", [f"/articles/{a}" for a in article_ids],
                         args.requests, args.clients, args.warmup),
        ]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"bench took {time.perf_counter() - started:.0f}s in all")
    worst = max(r["p99_ms"] for r in results[:2])
    print(f"target p99 < 100 ms for a filtered page of 50 events: {'met' if worst < 100 else 'NOT met'} "
          f"(worst {worst:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
