"""``eventwire eval GOLD...``: precision, recall and F1 of the analyzer against annotation."""
from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval", help="score the analyzer against gold files (*.gold.json articles or JSONL sentence dev sets)",
        description="Analyze each gold document and print precision, recall and F1 per part, "
        "per event type, and a confusion table of event types.",
    )
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold article (.json) or sentence dev set (.jsonl)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="table or json (default: table)")
    p.add_argument("--min", default="", metavar="PART=X,...",
                   help="fail (exit 1) when a part's F1/score is below X, e.g. events=0.7,event_actors=0.7")
    p.add_argument("-v", "--verbose", action="store_true", help="list missed gold events")
    p.set_defaults(func=run_eval)


def _value(summary: dict, part: str) -> float:
    v = summary["parts"].get(part)
    if v is None:
        return 0.0
    return v.get("f1", v.get("score", 0.0))


def run_eval(args: argparse.Namespace) -> int:
    from eventwire.errors import EventwireError
    from eventwire.evaluate import evaluate, format_table

    try:
        tally = evaluate(args.gold)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EventwireError(" ".join(args.gold), f"cannot read gold: {exc}") from exc
    summary = tally.summary()
    if args.format == "json":
        sys.stdout.write(json.dumps(summary, indent=2) + "\n")
    else:
        print(format_table(summary))
        if args.verbose and tally.misses:
            print("\n" + "\n".join(tally.misses))
    failed = []
    for item in filter(None, args.min.split(",")):
        part, _, val = item.partition("=")
        try:
            if _value(summary, part.strip()) + 1e-9 < float(val):
                failed.append(f"{part} {_value(summary, part.strip()):.2f} < {val}")
        except ValueError as exc:
            raise EventwireError("--min", f"bad item {item!r}") from exc
    if failed:
        print("below minimum: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0
