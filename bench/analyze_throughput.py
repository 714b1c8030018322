#!/usr/bin/env python3
"""Throughput and memory of ``eventwire analyze`` against bare spaCy on the same corpus.

    python bench/analyze_throughput.py [-n 200] [--processes 1,2]

The corpus is the bundled sample article repeated N times (each copy numbered so the
texts differ). Every configuration runs in a fresh subprocess so peak memory (ru_maxrss)
is its own; for 2 processes the figure is the largest worker's. Prints articles/s,
words/s, the eventwire / bare-spaCy ratio (target >= 0.70) and peak MiB per process
(target < 1024).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "gaza-hamas-naim.txt"


def corpus(n: int) -> list[str]:
    base = SAMPLE.read_text(encoding="utf-8")
    return [f"{base}\n\nCopy {i} of the story." for i in range(n)]


def run_one(kind: str, n: int, processes: int) -> dict:
    texts = corpus(n)
    words = sum(len(t.split()) for t in texts)
    if kind == "spacy":
        import spacy

        from eventwire.config import DEFAULT

        nlp = spacy.load(DEFAULT.model)
        list(nlp.pipe(texts[:2]))  # warm up
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=DEFAULT.batch_size, n_process=processes):
            pass
    else:
        from eventwire.analyze import analyze_many
        from eventwire.readers import ArticleInput
        from eventwire.nlp import get_nlp

        get_nlp()
        list(analyze_many([ArticleInput(text=t, published="2025-05-20") for t in texts[:2]]))  # warm up
        arts = [ArticleInput(text=t, published="2025-05-20") for t in texts]
        t0 = time.perf_counter()
        for _ in analyze_many(arts, n_process=processes):
            pass
    dt = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"kind": kind, "processes": processes, "seconds": dt, "articles_per_s": n / dt,
            "words_per_s": words / dt, "peak_mib": max(own, kids)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=200, help="articles in the generated corpus")
    ap.add_argument("--processes", default="1,2")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "PROCS"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_one(a.one[0], a.n, int(a.one[1]))))
        return
    rows = {}
    for procs in [int(p) for p in a.processes.split(",")]:
        for kind in ("spacy", "eventwire"):
            out = subprocess.run([sys.executable, __file__, "-n", str(a.n), "--one", kind, str(procs)],
                                 capture_output=True, text=True, check=True)
            rows[(kind, procs)] = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"corpus: {a.n} articles (sample x {a.n}), {len(SAMPLE.read_text().split())} words each")
    print(f"{'engine':10s} {'procs':>5s} {'art/s':>8s} {'words/s':>9s} {'peak MiB':>9s} {'ratio':>6s}")
    for (kind, procs), r in rows.items():
        ratio = r["articles_per_s"] / rows[("spacy", procs)]["articles_per_s"]
        print(f"{kind:10s} {procs:5d} {r['articles_per_s']:8.1f} {r['words_per_s']:9.0f} {r['peak_mib']:9.0f} {ratio:6.2f}")


if __name__ == "__main__":
    main()
