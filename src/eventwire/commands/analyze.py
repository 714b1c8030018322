"""``eventwire analyze`` and ``eventwire schema``."""
from __future__ import annotations

import argparse
import json
import sys

from eventwire.config import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="analyze articles (a file of any corpus format, a directory, or -) "
                                       "and print their records, one at a time")
    p.add_argument("path", metavar="PATH|-", help="article file (text, HTML, JSON, JSONL, CSV, RSS/Atom, WARC), "
                                                  "directory, or - for standard input")
    p.add_argument("--published", help="publication date YYYY-MM-DD (relative dates resolve against it)")
    p.add_argument("--source", help="name of the outlet")
    p.add_argument("--url", help="address of the article")
    p.add_argument("--title", help="title of the article")
    p.add_argument("--format", choices=("json", "jsonl", "pretty"), default="json",
                   help="json (indented), jsonl (one record a line) or pretty (tables) (default: json)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="extra actor dictionary (CSV/YAML or PETRARCH .actors); repeatable")
    p.add_argument("--events", action="append", default=[], metavar="FILE",
                   help="extra event lexicon (YAML, the format of data/event_lexicon.yaml); repeatable")
    p.add_argument("--max-chars", type=int, default=None,
                   help="refuse articles above this many characters (default: $EVENTWIRE_MAX_CHARS or 2000000)")
    p.add_argument("--language", choices=("auto", "en"), default="auto",
                   help="auto: identify each article's language and refuse non-English ones; "
                        "en: the input is English, skip identification (default: %(default)s)")
    p.add_argument("--strict", action="store_true",
                   help="stop at the first record that cannot be analyzed (default: report it and go on)")
    from eventwire.commands.corpus import _cue_kind_option

    _cue_kind_option(p)  # e.g. --cue-kind speech: quotations and reported speech only
    p.set_defaults(func=run_analyze)

    s = sub.add_parser("schema", help="print the JSON Schema of the article record")
    s.set_defaults(func=run_schema)


class _Stop(Exception):
    """--strict: the first refused record ends the run."""


class _Refusals:
    """One stderr line per refused record (``eventwire: file:line: reason``), counted."""

    def __init__(self, strict: bool):
        self.count = 0
        self.strict = strict

    def report(self, origin: str, reason: str) -> None:
        print(f"eventwire: {origin}: {reason}", file=sys.stderr, flush=True)
        self.count += 1
        if self.strict:
            raise _Stop


def _articles(items, args, published, refusals: _Refusals):
    """The readable articles, with the command line's metadata; rejections reported on the way."""
    from eventwire.readers import Rejected

    for item in items:
        if isinstance(item, Rejected):
            refusals.report(item.origin, item.reason)
            continue
        if published:
            item.published, item.published_from = published, "argument"
        item.source = args.source or item.source
        item.url = args.url or item.url
        item.title = args.title or item.title
        yield item


class _Output:
    """Records to stdout as they come. ``json`` pretty-prints a lone record; from the
    second one on, every record is one line (JSONL), so nothing is held but the first."""

    def __init__(self, fmt: str):
        self.fmt = fmt
        self.held = None
        self.written = 0

    def write(self, rec) -> None:
        self.written += 1
        if self.fmt == "pretty":
            from eventwire.pretty import print_record

            print_record(rec)
        elif self.fmt == "json" and self.written == 1:
            self.held = rec
        else:
            if self.held is not None:
                sys.stdout.write(self.held.to_json() + "\n")
                self.held = None
            sys.stdout.write(rec.to_json() + "\n")
        sys.stdout.flush()

    def close(self) -> None:
        if self.held is not None:
            sys.stdout.write(self.held.to_json(indent=2) + "\n")
            self.held = None


def run_analyze(args: argparse.Namespace) -> int:
    """Stream the records of every article in PATH; exit 0 if all were analyzed, 1 if some were
    refused (or --strict stopped), 2 if none could be (the input itself is unreadable)."""
    from eventwire.errors import InputError
    from eventwire.readers import Checks, normalise_date, read_corpus
    from eventwire.store.pipeline import Failed, analyze_stream

    published = None
    if args.published:
        published = normalise_date(args.published)
        if published is None:
            raise InputError("--published", f"cannot read {args.published!r} as a date (use YYYY-MM-DD)")
    settings = load_settings(max_chars=args.max_chars, actors_files=tuple(args.actors) or None,
                             events_files=tuple(args.events) or None, cue_kinds=tuple(args.cue_kind) or None)
    checks = Checks(max_chars=settings.max_chars, language=None if args.language == "auto" else args.language)
    refusals, out = _Refusals(args.strict), _Output(args.format)
    articles = _articles(read_corpus([args.path], checks=checks), args, published, refusals)
    try:
        for art, result in analyze_stream(articles, settings):
            if isinstance(result, Failed):
                refusals.report(result.origin, result.reason)
            else:
                out.write(result)
    except _Stop:
        pass
    finally:
        out.close()
    if not refusals.count:
        return 0
    return 1 if out.written or args.strict else 2


def run_schema(args: argparse.Namespace) -> int:
    from eventwire.record import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0
