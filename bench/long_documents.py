#!/usr/bin/env python3
"""Time and peak memory of analyzing one long document (issue 14.6), at several sizes.

    python bench/long_documents.py [--sizes 0.1,0.5,1,2]

Each text is made of the VARIED articles of bench/analyze_throughput.py (the gold
corpora, tests/data/corpus, examples/, the shared corpus, dev items joined ten at a
time), joined as paragraphs of one document and cycled until the size is reached (each
copy ends with its own numbered line), cut at a paragraph break at or below the size.
Every size runs in a fresh child process that loads the model, warms up
(``analyze.warm_up``) and analyzes the text once through ``analyze_many``; the parent
reads the child's own peak RSS and CPU time with ``os.wait4`` (``ru_maxrss``). A child
that only warms up gives the baseline, so the growth is shown above it: seconds (wall and
CPU) per MB and MiB per MB stay flat when time and memory grow linearly. On a loaded
machine the CPU column is the steadier one. Sizes are in millions of characters (the
unit of ``EVENTWIRE_MAX_CHARS``, default 2,000,000).

Run it with the source to measure first on the path (``PYTHONPATH=src``).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from analyze_throughput import varied_texts  # noqa: E402


def long_text(chars: int) -> str:
    """One document of about ``chars`` characters made of the varied articles."""
    texts = varied_texts()
    parts: list[str] = []
    total, i = 0, 0
    while total < chars:
        part = f"{texts[i % len(texts)].strip()}\n\nCopy {i}."
        parts.append(part)
        total += len(part) + 2
        i += 1
    text = "\n\n".join(parts)
    if len(text) > chars:
        cut = text.rfind("\n\n", 0, chars)
        text = text[:cut if cut > 0 else chars]
    return text


def child(chars: int) -> None:
    from eventwire.analyze import analyze_many, warm_up
    from eventwire.readers import ArticleInput

    warm_up()
    out = {"chars": 0, "seconds": 0.0}
    if chars:
        text = long_text(chars)
        t0 = time.perf_counter()
        rec = next(analyze_many([ArticleInput(text=text, published="2025-05-20")]))
        out = {"chars": len(text), "seconds": time.perf_counter() - t0, "entities": len(rec.entities),
               "quotes": len(rec.quotes), "events": len(rec.events), "figures": len(rec.figures)}
    print(json.dumps(out), flush=True)


def run_child(chars: int) -> dict:
    """The child's result and its own peak RSS in MiB (wait4: this child only)."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(chars)], stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"long_documents: the {chars}-character child failed (exit {proc.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mib"] = usage.ru_maxrss / 1024
    result["cpu_s"] = usage.ru_utime + usage.ru_stime  # the whole child: model load included
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="0.1,0.5,1,2", help="sizes in millions of characters")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(args.child)
        return
    import eventwire

    print(f"eventwire from {Path(eventwire.__file__).parent}")
    base = run_child(0)
    print(f"baseline (model loaded, warmed up): {base['peak_mib']:.0f} MiB, {base['cpu_s']:.1f} CPU s")
    print(f"{'MB':>5} {'chars':>10} {'seconds':>8} {'s/MB':>6} {'CPU s':>6} {'CPU/MB':>6} {'peak MiB':>9}"
          f" {'above base':>10} {'MiB/MB':>7} {'entities':>8} {'quotes':>6} {'events':>6}")
    for size in (float(s) for s in args.sizes.split(",")):
        r = run_child(int(size * 1_000_000))
        mb = r["chars"] / 1_000_000
        above = r["peak_mib"] - base["peak_mib"]
        cpu = r["cpu_s"] - base["cpu_s"]  # the analysis' CPU time: steady under the machine's other load
        print(f"{size:>5g} {r['chars']:>10,} {r['seconds']:>8.1f} {r['seconds'] / mb:>6.1f} {cpu:>6.1f} {cpu / mb:>6.1f}"
              f" {r['peak_mib']:>9.0f}"
              f" {above:>10.0f} {above / mb:>7.0f} {r['entities']:>8} {r['quotes']:>6} {r['events']:>6}", flush=True)


if __name__ == "__main__":
    main()
