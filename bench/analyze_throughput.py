#!/usr/bin/env python3
"""Throughput and memory of ``eventwire analyze`` against bare spaCy on the same corpus.

    python bench/analyze_throughput.py [-n 200] [--processes 1,2] [--corpus sample,varied]

Two corpora: ``sample``, the bundled sample article repeated N times (each copy numbered
so the texts differ), and ``varied``, the distinct articles found in the repository and
the shared corpus (the gold corpora, tests/data/corpus, examples/, ../shared/corpus;
plain text and the ``text`` of JSON/JSONL records, at least 200 characters each) plus
the short items of the dev sets (tests/data/*_dev.jsonl) joined ten at a time into
articles of many styles, cycled to N. The varied one is what the target is measured on: one article repeated hits the
same rules on every copy. Every configuration runs in a fresh subprocess so peak memory (ru_maxrss)
is its own; for 2 processes the figure is the largest worker's. Prints articles/s,
words/s, the eventwire / bare-spaCy ratio (target >= 0.75) and peak MiB per process
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


VARIED_DIRS = (ROOT / "tests" / "data" / "gold" / "corpus", ROOT / "tests" / "data" / "corpus", ROOT / "examples",
               ROOT.parent / "shared" / "corpus", Path("/work/shared/corpus"))
MIN_CHARS = 200
DEV_ITEMS_PER_ARTICLE = 10


def corpus(n: int, name: str = "sample") -> list[str]:
    if name == "varied":
        texts = varied_texts()
        return [f"{texts[i % len(texts)]}\n\nCopy {i}." for i in range(n)]
    base = SAMPLE.read_text(encoding="utf-8")
    return [f"{base}\n\nCopy {i} of the story." for i in range(n)]


def varied_texts() -> list[str]:
    """Distinct article texts of the varied corpus (see the module doc), in a fixed order."""
    seen: dict[str, None] = {}
    for d in VARIED_DIRS:
        if not d.is_dir():
            continue
        for f in sorted(d.rglob("*")):
            for text in _texts_of(f):
                if len(text) >= MIN_CHARS:
                    seen.setdefault(text.strip(), None)
    for f in sorted((ROOT / "tests" / "data").glob("*_dev.jsonl")):
        items = _texts_of(f)
        for i in range(0, len(items) - DEV_ITEMS_PER_ARTICLE + 1, DEV_ITEMS_PER_ARTICLE):
            seen.setdefault("\n\n".join(items[i:i + DEV_ITEMS_PER_ARTICLE]), None)
    return list(seen)


def _texts_of(f: Path) -> list[str]:
    try:
        if f.suffix == ".txt":
            return [f.read_text(encoding="utf-8")]
        if f.suffix in (".json", ".jsonl"):
            raw = f.read_text(encoding="utf-8")
            objs = [json.loads(raw)] if f.suffix == ".json" else [json.loads(ln) for ln in raw.splitlines() if ln.strip()]
            return [o["text"] for o in objs if isinstance(o, dict) and isinstance(o.get("text"), str)]
    except (OSError, UnicodeDecodeError, ValueError):
        return []  # a deliberately broken test input
    return []


def run_one(kind: str, n: int, processes: int, corpus_name: str = "sample") -> dict:
    texts = corpus(n, corpus_name)
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
    ap.add_argument("--corpus", default="sample,varied", help="sample, varied, or both (comma list)")
    ap.add_argument("--one", nargs=3, metavar=("KIND", "PROCS", "CORPUS"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_one(a.one[0], a.n, int(a.one[1]), a.one[2])))
        return
    for name in a.corpus.split(","):
        rows = {}
        for procs in [int(p) for p in a.processes.split(",")]:
            for kind in ("spacy", "eventwire"):
                out = subprocess.run([sys.executable, __file__, "-n", str(a.n), "--one", kind, str(procs), name],
                                     capture_output=True, text=True, check=True)
                rows[(kind, procs)] = json.loads(out.stdout.strip().splitlines()[-1])
        texts = corpus(a.n, name)
        print(f"corpus {name}: {a.n} articles, {sum(len(t.split()) for t in texts) // a.n} words each on average"
              + (f" ({len(varied_texts())} distinct)" if name == "varied" else ""))
        print(f"{'engine':10s} {'procs':>5s} {'art/s':>8s} {'words/s':>9s} {'peak MiB':>9s} {'ratio':>6s}")
        for (kind, procs), r in rows.items():
            ratio = r["articles_per_s"] / rows[("spacy", procs)]["articles_per_s"]
            print(f"{kind:10s} {procs:5d} {r['articles_per_s']:8.1f} {r['words_per_s']:9.0f} {r['peak_mib']:9.0f} {ratio:6.2f}")


if __name__ == "__main__":
    main()
