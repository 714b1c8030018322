"""Corpus commands: ``ingest``, ``reprocess``, ``load``, ``events``, ``quotes``, ``figures``,
``search``, ``stats``, ``export``. A thin layer over :mod:`eventwire.store`."""
from __future__ import annotations

import argparse
import json
import sys

from eventwire.config import load_settings

FORMATS = ("table", "csv", "jsonl")


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=None,
                   help="database: a file path or SQLAlchemy URL (sqlite:///..., postgresql://...); "
                        "default $EVENTWIRE_DB or sqlite:///eventwire.db")


def _page(p: argparse.ArgumentParser, duplicates: bool = True) -> None:
    p.add_argument("--format", choices=FORMATS, default="table",
                   help="table (fitted to the terminal), csv or jsonl (default: %(default)s)")
    p.add_argument("--limit", type=_count, default=None,
                   help="at most this many rows (default: 50 in a table, every match in csv/jsonl)")
    p.add_argument("--offset", type=_count, default=0, help="skip this many rows first (default: 0)")
    if duplicates:
        p.add_argument("--no-duplicates", action="store_true", help="leave out near-duplicate articles")


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number >= 0")
    return int(value)


def _filters(p: argparse.ArgumentParser, what: str) -> None:
    """The filters of ``what`` (events, quotes, figures), from their one definition."""
    from eventwire.store.filters import FILTERS

    FILTERS[what].add_arguments(p)


def _progress_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="show a progress bar (default: only when stderr is a terminal)")
    g.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="analyze a corpus (directories, JSONL, CSV, RSS/Atom, WARC) into a store")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="files or directories")
    _db(p)
    p.add_argument("--workers", type=int, default=1, help="analyzer processes (default: %(default)s)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local processes or a Ray cluster (default: local)")
    p.add_argument("--address", help="Ray cluster address for --engine ray (ray://host:10001 or auto)")
    p.add_argument("--shards", metavar="DIR", help="with --engine ray: write Parquet shards here "
                                                   "(then `eventwire load DIR`); default: load them at once")
    p.add_argument("--text-column", default="text", help="CSV column holding the text (default: %(default)s)")
    p.add_argument("--title-column", help="CSV column holding the title (default: title, if present)")
    p.add_argument("--date-column", help="CSV column or JSON field holding the publication date "
                   "(default: the usual names, published, pubdate, date, datetime...; see data/date_fields.txt)")
    p.add_argument("--url-column", help="CSV column holding the URL (default: url)")
    p.add_argument("--source-column", help="CSV column holding the outlet (default: source)")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date of the articles whose input gives none (a whole run from one day)")
    p.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor dictionary")
    p.add_argument("--events", action="append", default=[], metavar="FILE", help="extra event lexicon (YAML)")
    p.add_argument("--max-chars", type=int, default=None,
                   help="refuse articles above this many characters (default: $EVENTWIRE_MAX_CHARS or 2000000)")
    p.add_argument("--strict", action="store_true", help="exit non-zero if any input was rejected")
    p.add_argument("--quiet", action="store_true", help="do not list rejected inputs")
    _progress_flags(p)
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("reprocess", help="re-analyze articles stored by another analyzer version")
    _db(p)
    p.add_argument("--workers", type=int, default=1, help="analyzer processes (default: %(default)s)")
    _progress_flags(p)
    p.set_defaults(func=run_reprocess)

    p = sub.add_parser("load", help="load Parquet shards written by `ingest --engine ray --shards`")
    p.add_argument("shards", metavar="SHARDS", help="directory (or file) of Parquet shards")
    _db(p)
    p.set_defaults(func=run_load)

    for what, run in (("events", run_events), ("quotes", run_quotes), ("figures", run_figures)):
        p = sub.add_parser(what, help=f"list stored {what}")
        _db(p)
        _filters(p, what)  # --no-duplicates among them
        _page(p, duplicates=False)
        p.set_defaults(func=run)

    p = sub.add_parser("search", help="full-text search over article texts and quotes")
    p.add_argument("query", help="words that must all occur")
    _db(p)
    _page(p, duplicates=False)
    p.set_defaults(func=run_search)

    p = sub.add_parser("stats", help="corpus counts, events by day and type")
    _db(p)
    p.add_argument("--format", choices=("table", "json"), default="table", help="table or json (default: table)")
    p.set_defaults(func=run_stats)

    p = sub.add_parser("export", help="export events, quotes or figures as CSV, JSONL, Parquet or PLOVER JSONL")
    xs = p.add_subparsers(dest="what", metavar="{events,quotes,figures}")
    for what in ("events", "quotes", "figures"):
        x = xs.add_parser(what, help=f"export {what} (docs/data.md lists the columns)")
        _export_options(x, what)
        # An option left out after the table name keeps the value given before it
        # (`export --db X quotes`) instead of the subcommand's default overwriting it.
        for action in x._actions:
            if action.dest != "help":
                action.default = argparse.SUPPRESS
    _export_options(p, "events")  # `eventwire export` alone exports events


def _export_options(p: argparse.ArgumentParser, what: str) -> None:
    from eventwire.store.export import FORMATS

    _db(p)
    p.add_argument("--format", choices=FORMATS if what == "events" else FORMATS[:3], default="csv",
                   help="csv, jsonl or parquet rows (docs/data.md)" + (", or plover (PLOVER JSONL)"
                                                                        if what == "events" else "")
                        + " (default: csv)")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout; required for parquet)")
    _filters(p, what)
    p.set_defaults(func=run_export, export_what=what)


# ----------------------------------------------------------------------------- helpers
def _open(args, existing: bool = True):
    """The store of ``--db``; read commands (``existing``) refuse one that is not there."""
    from eventwire.store import open_store

    return open_store(args.db, existing=existing)


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
    warning = summary.undated_warning() if hasattr(summary, "undated_warning") else None
    if warning:
        print(f"eventwire: {warning}", file=sys.stderr)
    if summary.rejected and getattr(args, "strict", False):
        print(f"eventwire: --strict: {summary.rejected} input(s) rejected", file=sys.stderr)
        return 1
    return 0


# ----------------------------------------------------------------------------- commands
def run_ingest(args) -> int:
    from eventwire.readers import Columns, quick_count
    from eventwire.store.db import sqlite_file

    explicit = tuple(c for c in (args.title_column, args.date_column, args.url_column, args.source_column) if c)
    columns = Columns(text=args.text_column, title=args.title_column or "title",
                      date=args.date_column, url=args.url_column or "url",
                      source=args.source_column or "source", explicit=explicit)
    settings = load_settings(max_chars=args.max_chars, actors_files=tuple(args.actors) or None,
                             events_files=tuple(args.events) or None)
    published = _published(args.published)
    file = sqlite_file(args.db)
    created = file is not None and not file.exists()
    store = _open(args, existing=False)
    try:
        if args.engine == "ray":
            summary = _ingest_ray(args, store, settings, columns)
        else:
            summary = _ingest_local(args, store, settings, columns, quick_count, published)
    finally:
        store.close()
    if summary.stored + summary.unchanged == 0:
        if created and file is not None:
            _remove_sqlite(file)  # nothing was read: leave no empty store behind
        print(f"eventwire: {summary.line()}", file=sys.stderr)
        print("eventwire: no article could be read from " + ", ".join(args.sources), file=sys.stderr)
        return 1
    return _report(summary, args)


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    from eventwire.errors import InputError
    from eventwire.ingest import normalise_date

    day = normalise_date(value)
    if day is None:
        raise InputError("--published", f"cannot read {value!r} as a date (use YYYY-MM-DD)")
    return day


def _ingest_local(args, store, settings, columns, quick_count, published):
    from eventwire.store.pipeline import ingest

    show = _show_progress(args)
    total = quick_count(args.sources, columns) if show else None
    from eventwire.nlp import on_model_load

    with _Progress(show, total) as bar:
        on_model_load(lambda: bar.print("eventwire: loading the language model ..."))
        try:
            return ingest(args.sources, store, settings=settings, workers=max(1, args.workers), columns=columns,
                          on_reject=None if args.quiet else (lambda r: bar.print(f"eventwire: rejected {r}")),
                          on_progress=bar.advance, published=published)
        finally:
            on_model_load(None)


def _ingest_ray(args, store, settings, columns):
    from eventwire.store.scale import ingest_ray

    summary = ingest_ray(args.sources, store if not args.shards else None, settings=settings,
                         columns=columns, address=args.address, shards=args.shards,
                         workers=max(1, args.workers),
                         on_reject=None if args.quiet else (lambda r: print(f"eventwire: rejected {r}",
                                                                            file=sys.stderr)))
    if args.shards:
        print(f"eventwire: shards written to {args.shards}; load them with `eventwire load {args.shards}`",
              file=sys.stderr)
    return summary


def _remove_sqlite(file) -> None:
    from pathlib import Path

    for path in (file, Path(f"{file}-wal"), Path(f"{file}-shm"), Path(f"{file}-journal")):
        path.unlink(missing_ok=True)


def run_reprocess(args) -> int:
    from eventwire.store.pipeline import reprocess

    store = _open(args)
    with _Progress(_show_progress(args), None, "reprocess") as bar:
        summary = reprocess(store, workers=max(1, args.workers), on_progress=bar.advance)
    store.close()
    return _report(summary, args)


def run_load(args) -> int:
    from eventwire.store.scale import load_shards

    store = _open(args, existing=False)
    summary = load_shards(args.shards, store)
    store.close()
    return _report(summary, args)


def _emit(rows: list[dict], columns: list[str], fmt: str, full: list[dict] | None = None,
          wide: tuple[str, ...] = ()) -> None:
    """Rows as a table fitted to the terminal, CSV (the same columns) or JSONL (the full items)."""
    if fmt == "jsonl":
        for item in (full if full is not None else rows):
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        from eventwire.csvsafe import write_csv

        write_csv(sys.stdout, columns, rows)
        return
    from eventwire.terminal import print_rows

    print_rows(rows, columns, wide=wide)


TABLE_LIMIT = 50  # rows a table shows unless --limit says otherwise; csv/jsonl stream everything
PAGE = 500  # rows fetched per query when streaming


def _rows_of(fetch, args):
    """(page of the first fetch, iterator over every item to print).

    Tables show ``--limit`` rows (default 50); csv/jsonl stream every match in pages
    unless ``--limit`` is given, so an export never stops silently at 50."""
    limit = args.limit if args.limit is not None else (TABLE_LIMIT if args.format == "table" else None)
    first = fetch(limit=min(limit, PAGE) if limit is not None else PAGE, offset=args.offset)

    def items():
        page, done = first, 0
        while True:
            for item in page.items:
                if limit is not None and done >= limit:
                    return
                done += 1
                yield item
            if not page.items or (limit is not None and done >= limit) or page.offset + len(page.items) >= page.total:
                return
            page = fetch(limit=PAGE if limit is None else min(PAGE, limit - done),
                         offset=page.offset + len(page.items))

    return first, items()


def _chunks(items, size: int = PAGE):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _csv_table(what: str):
    """(columns, rows of a chunk of listed items): the documented rows of ``what``
    (docs/data.md), the same as the exports write."""
    from eventwire.store import rows

    build = {"events": rows.event_rows_of, "figures": rows.figure_rows_of,
             "quotes": lambda _store, qs: [rows.quote_row(q) for q in qs]}[what]
    return rows.names(rows.COLUMNS[what]), build


def _write_csv(store, items, to_row, columns: list[str], table=None) -> None:
    """CSV through the guarded writer: ``table`` (from :func:`_csv_table`) or ``to_row``."""
    from eventwire.csvsafe import SafeCsvWriter

    names, build = table or (columns, None)
    w = SafeCsvWriter(sys.stdout, names)
    w.header()
    for chunk in _chunks(items):
        w.rows_from(build(store, chunk) if build else [to_row(i) for i in chunk])


def _list(args, fetch, to_row, columns: list[str], wide: tuple[str, ...] = (), undated=None, table=None) -> int:
    """Print what ``fetch(limit, offset)`` pages through, in ``args.format``; ``undated(store)``
    counts the items a --since/--until filter left out for having no date; ``table``: the
    documented rows a CSV gets instead of ``to_row``'s."""
    store = _open(args)
    try:
        first, items = _rows_of(lambda **kw: fetch(store, **kw), args)
        if args.format == "jsonl":
            for item in items:
                sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        elif args.format == "csv":
            _write_csv(store, items, to_row, columns, table)
        else:
            rows = [to_row(item) for item in items]
            _emit(rows, columns, "table", wide=wide)
            more = "" if len(rows) >= first.total - args.offset else " (--limit N for more)"
            print(f"{len(rows)} of {first.total} (offset {args.offset}){more}", file=sys.stderr)
        if undated is not None and (getattr(args, "since", None) or getattr(args, "until", None)):
            _undated_hint(undated(store))
    finally:
        store.close()
    return 0


def _undated_hint(left_out: int) -> None:
    """Say how many undated items a --since/--until filter left out (no range can include them)."""
    if left_out:
        print(f"eventwire: {left_out} undated event(s) left out by --since/--until (no publication date; "
              f"set one with `ingest --published` or a date field)", file=sys.stderr)


def _names(people: list[dict]) -> str:
    return "; ".join(f"{a['name']} ({a['code']})" if a.get("code") else str(a["name"]) for a in people)


def _event_row(e: dict) -> dict:
    return {"date": e["day"], "type": e["type"], "mode": ",".join(e["mode"]), "cameo": e["cameo"],
            "actor": _names(e["actors"]), "recipient": _names(e["recipients"]),
            "place": (e["place"] or {}).get("name"), "trigger": e["trigger"],
            "flags": ",".join(f for f, on in (("negated", e["negated"]), ("hypothetical", e["hypothetical"])) if on),
            "source": e["article"]["source"], "article": e["article_id"][:12], "id": e["id"],
            "sentence": e["sentence_text"]}


def run_events(args) -> int:
    from eventwire.store.filters import EVENT_FILTERS
    from eventwire.store.query import count_undated_events, list_events

    filters = EVENT_FILTERS.from_args(args)

    def fetch(store, limit, offset):
        return list_events(store, limit=limit, offset=offset, **filters)

    cols = ["date", "type", "actor", "trigger", "recipient", "place", "flags", "source", "id"]
    if args.format != "table":
        cols = ["date", "type", "mode", "cameo", "actor", "recipient", "place", "trigger", "flags", "source",
                "article", "id", "sentence"]
    return _list(args, fetch, _event_row, cols, wide=("actor", "recipient", "trigger", "place", "source"),
                 undated=lambda store: count_undated_events(store, **filters), table=_csv_table("events"))


def _cue_kind_option(p) -> None:
    """``analyze --cue-kind`` (the quotes list gets its --cue-kind from the filter set)."""
    from eventwire.record import CUE_KINDS

    p.add_argument("--cue-kind", action="append", default=[], choices=CUE_KINDS, metavar="KIND",
                   help=f"keep only this attribution class ({', '.join(CUE_KINDS)}); repeatable")


def run_quotes(args) -> int:
    from eventwire.store.filters import QUOTE_FILTERS
    from eventwire.store.query import list_quotes

    filters = QUOTE_FILTERS.from_args(args)

    def fetch(store, limit, offset):
        return list_quotes(store, limit=limit, offset=offset, **filters)

    def row(q):
        return {"date": q["article"]["published"], "speaker": q["speaker_name"] or q["speaker_text"],
                "kind": q["kind"], "cue_kind": q["cue_kind"], "cue": q["cue"], "text": q["text"],
                "source": q["article"]["source"], "article": q["article_id"][:12], "id": q["id"]}

    cols = ["date", "speaker", "kind", "cue_kind", "cue", "text", "source", "article", "id"]
    if args.format == "table":
        cols = ["date", "speaker", "cue_kind", "text", "source", "id"]
    return _list(args, fetch, row, cols, wide=("speaker", "text", "source"), table=_csv_table("quotes"))


def run_figures(args) -> int:
    from eventwire.store.filters import FIGURE_FILTERS
    from eventwire.store.query import list_figures

    filters = FIGURE_FILTERS.from_args(args)

    def fetch(store, limit, offset):
        return list_figures(store, limit=limit, offset=offset, **filters)

    def row(f):
        return {"date": f["article"]["published"], "kind": f["kind"], "value": f["value"],
                "qualifier": f["qualifier"], "subject": f["subject"], "text": f["text"],
                "source": f["article"]["source"], "article": f["article_id"][:12], "id": f["id"]}

    return _list(args, fetch, row, ["date", "kind", "value", "qualifier", "subject", "text", "source", "article", "id"],
                 wide=("subject", "text", "source"), table=_csv_table("figures"))


def run_search(args) -> int:
    from eventwire.store.query import search

    def fetch(store, limit, offset):
        return search(store, args.query, limit=limit, offset=offset)

    def row(h):
        return {"date": h["published"], "kind": h["kind"], "ref": h["ref"], "snippet": h["snippet"] or "",
                "source": h["source"], "article": h["article_id"][:12]}

    return _list(args, fetch, row, ["date", "kind", "ref", "snippet", "source", "article"], wide=("snippet", "source"))


def run_stats(args) -> int:
    from eventwire.store.query import stats

    store = _open(args)
    st = stats(store)
    store.close()
    dated = sum(r["count"] for r in st["events_by_day"])
    st["totals"]["undated_events"] = st["totals"]["events"] - dated
    if args.format == "json":
        print(json.dumps(st, indent=2, ensure_ascii=False))
        return 0
    from eventwire.terminal import console, print_rows

    out = console()
    print_rows([{"item": k.replace("_", " "), "count": v} for k, v in st["totals"].items()], ["item", "count"],
               title="corpus", out=out)
    print_rows(_type_rows(st), ["type", "events", "first day", "last day", "busiest day"],
               title="events by type", out=out)
    if st["totals"]["undated_events"]:
        print(f"eventwire: {st['totals']['undated_events']} of {st['totals']['events']} events are undated "
              f"(their articles have no publication date) and are in no day's count", file=sys.stderr)
    return 0


def _type_rows(st: dict) -> list[dict]:
    """One row per PLOVER type (types on rows, so the table fits 80 columns at any count)."""
    days: dict[str, list[tuple[str, int]]] = {}
    for r in st["events_by_day"]:
        days.setdefault(r["type"], []).append((r["day"], r["count"]))
    rows = []
    for ty, n in st["events_by_type"].items():
        seen = sorted(days.get(ty, []))
        busiest = max(seen, key=lambda dc: (dc[1], dc[0])) if seen else None
        rows.append({"type": ty, "events": n, "first day": seen[0][0] if seen else "",
                     "last day": seen[-1][0] if seen else "",
                     "busiest day": f"{busiest[0]} ({busiest[1]})" if busiest else ""})
    return rows


def run_export(args) -> int:
    from eventwire.errors import EventwireError, require_extra
    from eventwire.store import export
    from eventwire.store.filters import FILTERS

    what = args.export_what
    filters = FILTERS[what].from_args(args)
    store = _open(args)
    try:
        if args.format == "parquet":
            if not args.output:
                raise EventwireError("export", "--format parquet needs -o FILE")
            require_extra("pyarrow", "parquet", "export --format parquet")
            n = export.write_parquet(store, args.output, what, **filters)
        else:
            write = export.WRITERS[args.format]
            if args.output:
                try:
                    out = open(args.output, "w", encoding="utf-8", newline="")
                except OSError as exc:
                    raise EventwireError(args.output, f"cannot write ({exc.strerror})") from None
                with out:
                    n = write(store, out, what, **filters)
            else:
                n = write(store, sys.stdout, what, **filters)
    finally:
        store.close()
    print(f"eventwire: exported {n} {what}", file=sys.stderr)
    return 0
