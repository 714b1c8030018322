"""Reads during an analysis (issue 14.5): p50/p99 of ``GET /api/events?limit=50`` from two
clients while one ``POST /api/analyze`` of a long text runs, on the real server.

Run it with the source to measure first on the path (``PYTHONPATH=src``): the same script
measured the server before analysis moved to a child process and after.

Usage: ``python bench/analyze_interference.py DB [--kb 90] [--port-file ...]``
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from api_load import SAMPLE, free_port, start_server  # noqa: E402


def _reads(port: int, stop: threading.Event, out: list[float]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while not stop.is_set():
        t = time.perf_counter()
        conn.request("GET", "/api/events?type=ASSAULT&limit=50")
        conn.getresponse().read()
        out.append(time.perf_counter() - t)
    conn.close()


def _reads_for(port: int, seconds: float, out: list[float]) -> None:
    stop = threading.Event()
    threads = [threading.Thread(target=_reads, args=(port, stop, out)) for _ in range(2)]
    for th in threads:
        th.start()
    time.sleep(seconds)
    stop.set()
    for th in threads:
        th.join()


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))] * 1000 if s else float("nan")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--kb", type=int, default=90, help="size of the analyzed text in KB")
    args = ap.parse_args(argv)
    base = SAMPLE.read_text(encoding="utf-8")
    text = "\n\n".join([base] * (args.kb * 1000 // len(base.encode()) + 1))[: args.kb * 1000]
    port = free_port()
    # the server's own time limit (60 s) would cut the analysis short on a loaded machine;
    # the server before the limits existed ignores it
    os.environ.setdefault("EVENTWIRE_ANALYZE_TIMEOUT", "900")
    proc = start_server(args.db, port, 1)
    try:
        _reads_for(port, 3.0, [])  # untimed: the first reads open the store and compile the queries
        quiet: list[float] = []
        _reads_for(port, 5.0, quiet)
        busy: list[float] = []
        stop = threading.Event()
        threads = [threading.Thread(target=_reads, args=(port, stop, busy)) for _ in range(2)]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        for th in threads:
            th.start()
        t = time.perf_counter()
        conn.request("POST", "/api/analyze", body=json.dumps({"text": text}),
                     headers={"Content-Type": "application/json"})
        status = conn.getresponse().status
        took = time.perf_counter() - t
        stop.set()
        for th in threads:
            th.join()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"reads alone: {len(quiet)} requests, p50 {_pct(quiet, .5):.0f} ms, p99 {_pct(quiet, .99):.0f} ms")
    print(f"during a {args.kb} KB analysis ({status}, {took:.1f} s): {len(busy)} reads, "
          f"p50 {_pct(busy, .5):.0f} ms, p99 {_pct(busy, .99):.0f} ms, max {max(busy, default=0) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
