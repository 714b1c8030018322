"""Corpus commands: ``ingest``, ``reprocess``, ``load``, ``events``, ``quotes``, ``figures``,
``search``, ``stats``, ``export``. A thin layer over :mod:`eventwire.store`."""
from __future__ import annotations

import argparse
import csv
import json
import sys

from eventwire.config import Settings

FORMATS = ("table", "csv", "jsonl")


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=None,
                   help="database: a file path or SQLAlchemy URL (sqlite:///..., postgresql://...); "
                        "default $EVENTWIRE_DB or sqlite:///eventwire.db")


def _page(p: argparse.ArgumentParser, default_format: str = "table") -> None:
    p.add_argument("--format", choices=FORMATS, default=default_format)
    p.add_argument("--limit", type=int, default=50, help="at most this many rows (default: %(default)s)")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--no-duplicates", action="store_true", help="leave out near-duplicate articles")


def _progress_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="show a progress bar (default: only when stderr is a terminal)")
    g.add_argument("--no-progress", dest="progress", action="store_false")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="analyze a corpus (directories, JSONL, CSV, RSS/Atom, WARC) into a store")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="files or directories")
    _db(p)
    p.add_argument("--workers", type=int, default=1, help="analyzer processes (default: %(default)s)")
    p.add_argument("--engine", choices=("local", "ray"), default="local")
    p.add_argument("--address", help="Ray cluster address for --engine ray (ray://host:10001 or auto)")
    p.add_argument("--shards", metavar="DIR", help="with --engine ray: write Parquet shards here "
                                                   "(then `eventwire load DIR`); default: load them at once")
    p.add_argument("--text-column", default="text", help="CSV column holding the text (default: %(default)s)")
    p.add_argument("--title-column", help="CSV column holding the title (default: title, if present)")
    p.add_argument("--date-column", help="CSV column holding the publication date (default: published)")
    p.add_argument("--url-column", help="CSV column holding the URL (default: url)")
    p.add_argument("--source-column", help="CSV column holding the outlet (default: source)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor dictionary")
    p.add_argument("--events", action="append", default=[], metavar="FILE", help="extra event lexicon (YAML)")
    p.add_argument("--max-chars", type=int, default=Settings().max_chars)
    p.add_argument("--strict", action="store_true", help="exit non-zero if any input was rejected")
    p.add_argument("--quiet", action="store_true", help="do not list rejected inputs")
    _progress_flags(p)
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("reprocess", help="re-analyze articles stored by another analyzer version")
    _db(p)
    p.add_argument("--workers", type=int, default=1)
    _progress_flags(p)
    p.set_defaults(func=run_reprocess)

    p = sub.add_parser("load", help="load Parquet shards written by `ingest --engine ray --shards`")
    p.add_argument("shards", metavar="SHARDS", help="directory (or file) of Parquet shards")
    _db(p)
    p.set_defaults(func=run_load)

    p = sub.add_parser("events", help="list stored events")
    _db(p)
    p.add_argument("--actor", help="actor name (substring) or CAMEO code")
    p.add_argument("--recipient", help="recipient name (substring) or CAMEO code")
    p.add_argument("--type", help="PLOVER type(s), comma-separated")
    p.add_argument("--since", help="first day, YYYY-MM-DD")
    p.add_argument("--until", help="last day, YYYY-MM-DD")
    p.add_argument("--country", help="ISO country code of an actor, recipient or the place")
    p.add_argument("--article", help="events of one article id")
    _page(p)
    p.set_defaults(func=run_events)

    p = sub.add_parser("quotes", help="list stored quotes")
    _db(p)
    p.add_argument("--speaker", help="speaker name (substring) or code")
    p.add_argument("--text", help="substring of the quote")
    p.add_argument("--since")
    p.add_argument("--until")
    _cue_kind_option(p)
    _page(p)
    p.set_defaults(func=run_quotes)

    p = sub.add_parser("figures", help="list stored figures")
    _db(p)
    p.add_argument("--kind", help="killed, wounded, arrested, ...")
    p.add_argument("--since")
    p.add_argument("--until")
    _page(p)
    p.set_defaults(func=run_figures)

    p = sub.add_parser("search", help="full-text search over article texts and quotes")
    p.add_argument("query")
    _db(p)
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.set_defaults(func=run_search)

    p = sub.add_parser("stats", help="corpus counts, events by day and type")
    _db(p)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run_stats)

    p = sub.add_parser("export", help="export events as CSV, PLOVER JSONL or Parquet")
    _db(p)
    p.add_argument("--format", choices=("csv", "plover", "parquet"), default="csv")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout; required for parquet)")
    p.add_argument("--actor")
    p.add_argument("--type")
    p.add_argument("--since")
    p.add_argument("--until")
    p.add_argument("--country")
    p.add_argument("--no-duplicates", action="store_true")
    p.set_defaults(func=run_export)


# ----------------------------------------------------------------------------- helpers
def _open(args):
    from eventwire.store import open_store

    return open_store(args.db)


def _show_progress(args) -> bool:
    return sys.stderr.isatty() if args.progress is None else bool(args.progress)


class _Progress:
    """rich.progress bar on stderr: articles done, rate, ETA."""

    def __init__(self, enabled: bool, total: int | None, label: str = "ingest"):
        self.bar = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        class Rate(TextColumn):
            def render(self, task):
                from rich.text import Text
                speed = task.finished_speed or task.speed
                return Text(f"{speed:.1f} art/s" if speed else "-- art/s")

        self.bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TaskProgressColumn(), Rate(""), TimeElapsedColumn(), TextColumn("ETA"),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=False)
        self.task = self.bar.add_task(label, total=total)

    def __enter__(self):
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()

    def advance(self, n: int = 1) -> None:
        if self.bar:
            self.bar.advance(self.task, n)

    def print(self, msg: str) -> None:
        if self.bar:
            self.bar.console.print(msg, markup=False, highlight=False)
        else:
            print(msg, file=sys.stderr)


def _report(summary, args) -> int:
    print(f"eventwire: {summary.line()}", file=sys.stderr)
    if summary.rejected and getattr(args, "strict", False):
        print(f"eventwire: --strict: {summary.rejected} input(s) rejected", file=sys.stderr)
        return 1
    return 0


# ----------------------------------------------------------------------------- commands
def run_ingest(args) -> int:
    from eventwire.readers import Columns, quick_count

    explicit = tuple(c for c in (args.title_column, args.date_column, args.url_column, args.source_column) if c)
    columns = Columns(text=args.text_column, title=args.title_column or "title",
                      date=args.date_column or "published", url=args.url_column or "url",
                      source=args.source_column or "source", explicit=explicit)
    settings = Settings(max_chars=args.max_chars, actors_files=tuple(args.actors), events_files=tuple(args.events))
    store = _open(args)
    if args.engine == "ray":
        from eventwire.store.scale import ingest_ray

        summary = ingest_ray(args.sources, store if not args.shards else None, settings=settings,
                             columns=columns, address=args.address, shards=args.shards,
                             workers=max(1, args.workers),
                             on_reject=None if args.quiet else (lambda r: print(f"eventwire: rejected {r}",
                                                                                file=sys.stderr)))
        if args.shards:
            print(f"eventwire: shards written to {args.shards}; load them with `eventwire load {args.shards}`",
                  file=sys.stderr)
        return _report(summary, args)
    from eventwire.store.pipeline import ingest

    show = _show_progress(args)
    total = quick_count(args.sources, columns) if show else None
    with _Progress(show, total) as bar:
        summary = ingest(args.sources, store, settings=settings, workers=max(1, args.workers), columns=columns,
                         on_reject=None if args.quiet else (lambda r: bar.print(f"eventwire: rejected {r}")),
                         on_progress=bar.advance)
    store.close()
    return _report(summary, args)


def run_reprocess(args) -> int:
    from eventwire.store.pipeline import reprocess

    store = _open(args)
    with _Progress(_show_progress(args), None, "reprocess") as bar:
        summary = reprocess(store, workers=max(1, args.workers), on_progress=bar.advance)
    store.close()
    return _report(summary, args)


def run_load(args) -> int:
    from eventwire.store.scale import load_shards

    store = _open(args)
    summary = load_shards(args.shards, store)
    store.close()
    return _report(summary, args)


def _emit(rows: list[dict], columns: list[str], fmt: str, full: list[dict] | None = None) -> None:
    """Rows as a rich table, CSV (the same columns) or JSONL (the full items)."""
    if fmt == "jsonl":
        for item in (full if full is not None else rows):
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in columns])
    Console().print(table)


def _footer(page, fmt: str) -> None:
    if fmt == "table":
        shown = len(page.items)
        print(f"{shown} of {page.total} (offset {page.offset})", file=sys.stderr)


def run_events(args) -> int:
    from eventwire.store.query import list_events

    store = _open(args)
    page = list_events(store, actor=args.actor, recipient=args.recipient, type=args.type, since=args.since,
                       until=args.until, country=args.country, article_id=args.article,
                       include_duplicates=not args.no_duplicates, limit=args.limit, offset=args.offset)
    rows = [{"date": e["day"], "type": e["type"], "mode": ",".join(e["mode"]), "cameo": e["cameo"],
             "actor": "; ".join(f"{a['name']} ({a['code']})" if a.get("code") else str(a["name"]) for a in e["actors"]),
             "recipient": "; ".join(f"{a['name']} ({a['code']})" if a.get("code") else str(a["name"])
                                    for a in e["recipients"]),
             "place": (e["place"] or {}).get("name"), "trigger": e["trigger"],
             "flags": ",".join(f for f, on in (("negated", e["negated"]), ("hypothetical", e["hypothetical"])) if on),
             "source": e["article"]["source"], "article": e["article_id"][:12], "id": e["id"],
             "sentence": e["sentence_text"]} for e in page.items]
    cols = ["date", "type", "mode", "cameo", "actor", "recipient", "place", "trigger", "flags", "source", "article",
            "id"] + (["sentence"] if args.format == "csv" else [])
    _emit(rows, cols, args.format, page.items)
    _footer(page, args.format)
    store.close()
    return 0


def _cue_kind_option(p) -> None:
    from eventwire.record import CUE_KINDS

    p.add_argument("--cue-kind", action="append", default=[], choices=CUE_KINDS, metavar="KIND",
                   help=f"keep only this attribution class ({', '.join(CUE_KINDS)}); repeatable")


def run_quotes(args) -> int:
    from eventwire.store.query import list_quotes

    store = _open(args)
    page = list_quotes(store, speaker=args.speaker, q=args.text, since=args.since, until=args.until,
                       include_duplicates=not args.no_duplicates, limit=args.limit, offset=args.offset,
                       cue_kinds=tuple(args.cue_kind))
    rows = [{"date": q["article"]["published"], "speaker": q["speaker_name"] or q["speaker_text"], "kind": q["kind"],
             "cue_kind": q["cue_kind"], "cue": q["cue"], "text": q["text"], "source": q["article"]["source"],
             "article": q["article_id"][:12], "id": q["id"]} for q in page.items]
    _emit(rows, ["date", "speaker", "kind", "cue_kind", "cue", "text", "source", "article", "id"], args.format, page.items)
    _footer(page, args.format)
    store.close()
    return 0


def run_figures(args) -> int:
    from eventwire.store.query import list_figures

    store = _open(args)
    page = list_figures(store, kind=args.kind, since=args.since, until=args.until,
                        include_duplicates=not args.no_duplicates, limit=args.limit, offset=args.offset)
    rows = [{"date": f["article"]["published"], "kind": f["kind"], "value": f["value"], "qualifier": f["qualifier"],
             "subject": f["subject"], "text": f["text"], "source": f["article"]["source"],
             "article": f["article_id"][:12], "id": f["id"]} for f in page.items]
    _emit(rows, ["date", "kind", "value", "qualifier", "subject", "text", "source", "article", "id"], args.format,
          page.items)
    _footer(page, args.format)
    store.close()
    return 0


def run_search(args) -> int:
    from eventwire.store.query import search

    store = _open(args)
    page = search(store, args.query, limit=args.limit, offset=args.offset)
    rows = [{"date": h["published"], "kind": h["kind"], "ref": h["ref"], "snippet": " ".join((h["snippet"] or "").split()),
             "source": h["source"], "article": h["article_id"][:12]} for h in page.items]
    _emit(rows, ["date", "kind", "ref", "snippet", "source", "article"], args.format, page.items)
    _footer(page, args.format)
    store.close()
    return 0


def run_stats(args) -> int:
    from eventwire.store.query import stats

    store = _open(args)
    st = stats(store)
    store.close()
    if args.format == "json":
        print(json.dumps(st, indent=2, ensure_ascii=False))
        return 0
    from rich.console import Console
    from rich.table import Table

    console = Console()
    t = Table(title="corpus")
    t.add_column("item")
    t.add_column("count", justify="right")
    for k, v in st["totals"].items():
        t.add_row(k, str(v))
    console.print(t)
    by_day: dict[str, dict[str, int]] = {}
    for r in st["events_by_day"]:
        by_day.setdefault(r["day"], {})[r["type"]] = r["count"]
    types = list(st["events_by_type"])
    if types:
        d = Table(title="events by day and type")
        d.add_column("day")
        for ty in types:
            d.add_column(ty, justify="right")
        d.add_column("total", justify="right")
        for day in sorted(by_day):
            counts = by_day[day]
            d.add_row(day, *[str(counts.get(ty, "")) for ty in types], str(sum(counts.values())))
        d.add_row("total", *[str(st["events_by_type"][ty]) for ty in types], str(sum(st["events_by_type"].values())))
        console.print(d)
    return 0


def run_export(args) -> int:
    from eventwire.errors import EventwireError
    from eventwire.store import export

    filters = dict(actor=args.actor, type=args.type, since=args.since, until=args.until, country=args.country,
                   include_duplicates=not args.no_duplicates)
    store = _open(args)
    try:
        if args.format == "parquet":
            if not args.output:
                raise EventwireError("export", "--format parquet needs -o FILE")
            n = export.write_parquet(store, args.output, **filters)
        else:
            write = export.write_csv if args.format == "csv" else export.write_plover
            if args.output:
                try:
                    out = open(args.output, "w", encoding="utf-8", newline="")
                except OSError as exc:
                    raise EventwireError(args.output, f"cannot write ({exc.strerror})") from None
                with out:
                    n = write(store, out, **filters)
            else:
                n = write(store, sys.stdout, **filters)
    finally:
        store.close()
    print(f"eventwire: exported {n} events", file=sys.stderr)
    return 0
