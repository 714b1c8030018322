"""``eventwire analyze`` and ``eventwire schema``."""
from __future__ import annotations

import argparse
import json
import sys

from eventwire.config import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="analyze one article (text, HTML, JSON or JSONL) and print its record")
    p.add_argument("path", metavar="PATH|-", help="article file, or - for standard input")
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
    from eventwire.commands.corpus import _cue_kind_option

    _cue_kind_option(p)  # e.g. --cue-kind speech: quotations and reported speech only
    p.set_defaults(func=run_analyze)

    s = sub.add_parser("schema", help="print the JSON Schema of the article record")
    s.set_defaults(func=run_schema)


def run_analyze(args: argparse.Namespace) -> int:
    from eventwire.analyze import analyze_many
    from eventwire.errors import InputError
    from eventwire.ingest import normalise_date, read_articles

    published = None
    if args.published:
        published = normalise_date(args.published)
        if published is None:
            raise InputError("--published", f"cannot read {args.published!r} as a date (use YYYY-MM-DD)")
    settings = load_settings(max_chars=args.max_chars, actors_files=tuple(args.actors) or None,
                             events_files=tuple(args.events) or None, cue_kinds=tuple(args.cue_kind) or None)
    articles = read_articles(args.path, max_chars=settings.max_chars)
    for a in articles:
        a.published = published or a.published
        a.source = args.source or a.source
        a.url = args.url or a.url
        a.title = args.title or a.title
    records = analyze_many(articles, settings)
    if args.format == "pretty":
        from eventwire.pretty import print_record

        for rec in records:
            print_record(rec)
        return 0
    if args.format == "json" and len(articles) == 1:
        sys.stdout.write(next(records).to_json(indent=2) + "\n")
        return 0
    for rec in records:  # jsonl, or json given several articles: one record per line
        sys.stdout.write(rec.to_json() + "\n")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from eventwire.record import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0
