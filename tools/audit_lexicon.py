"""Audit the event lexicon against the CAMEO codebook (issue 10).

Every CAMEO code of the codebook should be reachable by the event coder: directly, by a
trigger group of ``data/event_lexicon.yaml`` (or a user lexicon), or through a
``content_cameo`` table (the CAMEO 03 "express intent" codes come from an intended act,
the 12 refusals from a refused one). Codes the coder leaves out on purpose (PLOVER drops
neutral statements, CAMEO 01) are listed in ``data/event_audit.yaml`` with the reason.

    python tools/audit_lexicon.py [--codebook PATH] [--events FILE ...] [--strict]

prints the codes with no trigger, grouped by root code, and exits 1 with --strict when
there are any.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# shared/ sits beside the repository (CI, /work/main) or beside the worktrees' folder
DEFAULT_BOOK = next((p / "shared" / "reference" / "cameo-codebook.csv" for p in (ROOT.parent, ROOT.parent.parent)
                     if (p / "shared" / "reference" / "cameo-codebook.csv").is_file()),
                    ROOT.parent / "shared" / "reference" / "cameo-codebook.csv")


def codebook(path: Path) -> dict[str, str]:
    """CAMEO code -> name, from the codebook CSV (code,name,...)."""
    with path.open(encoding="utf-8") as fh:
        return {row["code"].strip(): row["name"].strip() for row in csv.DictReader(fh) if row.get("code")}


def reachable(extra: tuple[str, ...] = ()) -> tuple[dict[str, int], set[str]]:
    """(triggers per CAMEO code, codes reachable through content tables)."""
    from eventwire.extract.events import load_lexicon

    lex = load_lexicon(extra)
    direct: dict[str, int] = defaultdict(int)
    for e in lex.entries:
        direct[e.cameo] += 1
    via_content = {c for table in lex.content_cameo.values() for c in table.values()}
    return dict(direct), via_content


def exempt() -> dict[str, str]:
    """Codes left out on purpose (root code or full code -> reason)."""
    from eventwire.lexicon import load_yaml

    return {str(k): str(v) for k, v in (load_yaml("event_audit.yaml").get("exempt") or {}).items()}


def audit(book: dict[str, str], direct: dict[str, int], via_content: set[str], skip: dict[str, str]) -> dict[str, list[str]]:
    """Codes with no trigger, by root code; exempt codes (or roots) are left out."""
    missing: dict[str, list[str]] = defaultdict(list)
    def covered(code: str) -> bool:
        return bool(direct.get(code)) or code in via_content

    for code in sorted(book):
        if covered(code) or code in skip or code[:2] in skip:
            continue
        if len(code) == 2 and covered(code + "0"):
            continue  # a root heading ("19 FIGHT") is coded through its residual code (190)
        missing[code[:2]].append(code)
    return dict(missing)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--codebook", type=Path, default=DEFAULT_BOOK, help="cameo-codebook.csv (default: %(default)s)")
    ap.add_argument("--events", action="append", default=[], metavar="FILE", help="a user event lexicon to include")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a code has no trigger")
    args = ap.parse_args(argv)
    if not args.codebook.is_file():
        print(f"audit_lexicon: {args.codebook}: codebook not found", file=sys.stderr)
        return 2
    book = codebook(args.codebook)
    direct, via_content = reachable(tuple(args.events))
    skip = exempt()
    missing = audit(book, direct, via_content, skip)
    n_missing = sum(len(v) for v in missing.values())
    covered = sum(1 for c in book if direct.get(c) or c in via_content or len(c) == 2 and (direct.get(c + "0") or c + "0" in via_content))
    print(f"{len(book)} CAMEO codes: {covered} with triggers or content rules, "
          f"{sum(1 for c in book if c in skip or c[:2] in skip)} exempt, {n_missing} with none")
    for root, codes in sorted(missing.items()):
        print(f"  {root} {book.get(root, '')}:")
        for code in codes:
            print(f"    {code}  {book[code]}")
    return 1 if args.strict and n_missing else 0


if __name__ == "__main__":
    sys.exit(main())
