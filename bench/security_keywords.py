"""Deaths and arrests by security forces at sentence level: eventwire against a keyword search.

Issue 10 found that a keyword search beat eventwire at finding deaths caused by security
forces. This prints, for a dev set whose lines carry ``security_deaths`` / ``security_arrests``
(tests/data/events_police_dev.jsonl), precision, recall and F1 of the keyword search in
bench/data/security_keywords.yaml and of eventwire (the same parts as ``eventwire eval``).

Usage: ``python bench/security_keywords.py tests/data/events_police_dev.jsonl``
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

KEYWORDS = Path(__file__).resolve().parent / "data" / "security_keywords.yaml"


def _pattern(words: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


def keyword_flags(text: str, words: dict) -> tuple[bool, bool]:
    harm, force, arrest = (_pattern(words[k]) for k in ("harm", "force", "arrest"))
    return bool(harm.search(text) and force.search(text)), bool(arrest.search(text))


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    tp = sum(1 for g, p in pairs if g and p)
    n_pred, n_gold = sum(1 for _, p in pairs if p), sum(1 for g, _ in pairs if g)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", type=Path)
    args = ap.parse_args(argv)
    lines = [json.loads(x) for x in args.dev.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = [x for x in lines if "security_deaths" in x or "security_arrests" in x]
    words = yaml.safe_load(KEYWORDS.read_text(encoding="utf-8"))
    kw = [keyword_flags(x["text"], words) for x in lines]

    from eventwire.evaluate import evaluate

    parts = evaluate([args.dev]).summary()["parts"]
    print(f"{len(lines)} sentences with security flags in {args.dev.name}")
    print(f"{'':18s} {'keyword P/R/F1':>22s}   {'eventwire P/R/F1':>22s}")
    for i, (flag, part) in enumerate((("security_deaths", "security_deaths"), ("security_arrests", "security_arrests"))):
        kp = prf([(bool(x.get(flag)), k[i]) for x, k in zip(lines, kw)])
        e = parts.get(part) or {}
        print(f"{flag:18s} {kp[0]:6.3f} {kp[1]:6.3f} {kp[2]:6.3f}     "
              f"{e.get('precision', 0):6.3f} {e.get('recall', 0):6.3f} {e.get('f1', 0):6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
