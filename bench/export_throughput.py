"""Export benchmark: rows per second and peak memory of ``eventwire export``.

Builds (once, cached in bench/out/) a SQLite store of at least 100,000 events from the
synthetic records of ``bench/api_load.py`` (the sample article analyzed once, copied
with varied actors, days and types; written with ``Store.add_records_bulk``). Then, for
every format, runs ``eventwire export`` in a fresh process and reports rows/s and the
process's peak resident memory (its VmHWM). Each format also runs on a
tenth of the store (one month: ``--since/--until``): with streaming, the peak memory of
the full export stays close to the tenth's instead of growing tenfold.

Usage: ``python bench/export_throughput.py [--events 100000] [--db PATH] [--formats csv,jsonl,parquet,plover]``
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from api_load import OUT, build_store  # noqa: E402  (the shared synthetic store builder)

STORE_FORMAT = "v1"
# The child reports VmHWM (peak RSS of its own address space, reset by exec): ru_maxrss
# would carry over the forking parent's peak.
CHILD = """
import sys, time
from eventwire.cli import main
t = time.perf_counter()
code = main(sys.argv[1:])
hwm = next(ln.split()[1] for ln in open("/proc/self/status") if ln.startswith("VmHWM:"))
print(f"{time.perf_counter() - t:.3f} {hwm}", file=sys.stderr)
sys.exit(code)
"""


def run_export(db: Path, fmt: str, out: Path, extra: list[str]) -> dict:
    """One export in a fresh process: seconds, rows, peak RSS (MB)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    args = [sys.executable, "-c", CHILD, "export", "--db", str(db), "--format", fmt, "-o", str(out), *extra]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"export --format {fmt} failed: {proc.stderr.strip()[-500:]}")
    lines = proc.stderr.strip().splitlines()
    seconds, maxrss_kb = lines[-1].split()
    rows = int(next(ln for ln in lines if "exported" in ln).split("exported ")[1].split()[0])
    return {"seconds": float(seconds), "rows": rows, "peak_mb": int(maxrss_kb) / 1024}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--formats", default="csv,jsonl,parquet,plover")
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    db = args.db or OUT / f"export_bench-{STORE_FORMAT}-{args.events}.db"
    build_store(db, args.events)
    print(f"store: {db} ({db.stat().st_size / 1e6:.0f} MB)")
    print(f"{'format':8} {'subset':10} {'rows':>8} {'seconds':>8} {'rows/s':>9} {'peak MB':>8}")
    for fmt in args.formats.split(","):
        out = OUT / f"export_bench.{fmt}"
        for subset, extra in (("one month", ["--since", "2024-03-01", "--until", "2024-03-31"]), ("all", [])):
            r = run_export(db, fmt, out, extra)
            print(f"{fmt:8} {subset:10} {r['rows']:>8} {r['seconds']:>8.1f} {r['rows'] / r['seconds']:>9.0f} "
                  f"{r['peak_mb']:>8.0f}", flush=True)
        out.unlink(missing_ok=True)
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; {time.ctime()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
