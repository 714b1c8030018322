"""Files and directories to a stream of articles and rejections, one reader per format."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.readers.article import ArticleInput, Item, Rejected
from eventwire.readers.checks import Checks
from eventwire.readers.csv_rows import read_csv
from eventwire.readers.dates import date_in_path
from eventwire.readers.feed import read_feed
from eventwire.readers.fields import Columns
from eventwire.readers.guard import guarded_stream, strict
from eventwire.readers.json_objects import jsonl_items
from eventwire.readers.single import read_single
from eventwire.readers.warc import read_warc

SINGLE_EXTENSIONS = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
CSV_EXTENSIONS = {".csv", ".tsv"}
FEED_EXTENSIONS = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def kind_of(path: Path) -> str | None:
    """The reader a file's name calls for (single, jsonl, csv, feed, warc), None for other files."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    ext = path.suffix.lower()
    for kind, exts in (("single", SINGLE_EXTENSIONS), ("jsonl", JSONL_EXTENSIONS), ("csv", CSV_EXTENSIONS),
                       ("feed", FEED_EXTENSIONS)):
        if ext in exts:
            return kind
    return None


def corpus_files(source: str) -> Iterator[Path | Rejected]:
    """The article files a source names: itself, or those under a directory (sorted)."""
    p = Path(source)
    if not p.exists():
        yield Rejected(source, "no such file or directory")
        return
    if p.is_file():
        yield p
        return
    for root, dirs, files in os.walk(p):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            f = Path(root) / name
            if not name.startswith(".") and kind_of(f):
                yield f


def read_corpus(sources: Iterable[str], columns: Columns = Columns(), max_chars: int | None = None,
                checks: Checks | None = None) -> Iterator[Item]:
    """Every article (or rejection) in the given files and directories (``-``: stdin), in order.

    ``checks`` (else ``Checks(max_chars)``) says what every article must pass."""
    checks = checks or Checks(max_chars)
    for source in sources:
        if source == "-":
            yield from _nonempty("<stdin>", guarded_stream("<stdin>", lambda: read_single("-", columns, checks)))
            continue
        found = False
        for f in corpus_files(source):
            found = True
            if isinstance(f, Rejected):
                yield f
            else:
                yield from read_file(f, columns, checks=checks)
        if not found:
            yield Rejected(source, "no article files in the directory (.txt .html .json .jsonl .csv .rss .warc...)")


def _reader(path: Path, columns: Columns, checks: Checks):
    kind = kind_of(path) or "single"  # a file named explicitly is read whatever its extension
    if kind == "jsonl":
        return lambda: _jsonl_file(path, columns, checks)
    return {"single": lambda: read_single(str(path), columns, checks),
            "csv": lambda: read_csv(path, columns, checks), "feed": lambda: read_feed(path, checks),
            "warc": lambda: read_warc(path, checks)}[kind]


def _jsonl_file(path: Path, columns: Columns, checks: Checks) -> Iterator[Item]:
    with open(path, "rb") as fh:  # streamed: one line in memory at a time
        yield from jsonl_items(fh, str(path), columns, checks)


def read_file(path: Path, columns: Columns = Columns(), max_chars: int | None = None,
              checks: Checks | None = None) -> Iterator[Item]:
    """The articles and rejections of one file; any failure of its reader is a rejection."""
    reader = _reader(path, columns, checks or Checks(max_chars))
    yield from _dated_by_path(str(path), _nonempty(str(path), guarded_stream(str(path), reader)))


def _dated_by_path(path: str, items: Iterator[Item]) -> Iterator[Item]:
    """The items, undated articles given the date the file's path states (if any)."""
    day = date_in_path(path)
    for item in items:
        if day and isinstance(item, ArticleInput) and not item.published:
            item.published, item.published_from = day, "path"
        yield item


def _nonempty(name: str, items: Iterator[Item]) -> Iterator[Item]:
    """The items, or one rejection saying the input held nothing (a garbage archive, blank lines)."""
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        yield Rejected(name, "no articles found in the file")


def read_articles(path: str, max_chars: int | None = None, columns: Columns = Columns(),
                  checks: Checks | None = None) -> list[ArticleInput]:
    """The articles of one file (``-``: stdin), raising :class:`InputError` at the first problem."""
    if path != "-" and not Path(path).is_file():
        raise InputError(path, "is a directory, not an article file" if Path(path).is_dir() else "no such file")
    return list(strict(read_corpus([path], columns, max_chars, checks)))


def quick_count(sources: Iterable[str], columns: Columns = Columns()) -> int | None:
    """About how many articles the sources hold, cheaply (for the progress bar's ETA):
    lines of JSONL, rows of CSV, feed entries, one per single file; None when unknown (WARC)."""
    total = 0
    for source in sources:
        if source == "-":
            total += 1
            continue
        for f in corpus_files(source):
            if isinstance(f, Rejected):
                continue
            kind = kind_of(f) or "single"
            if kind == "warc":
                return None
            try:
                total += _count_in(f, kind)
            except OSError:
                continue
    return total


def _count_in(f: Path, kind: str) -> int:
    if kind == "jsonl":
        with open(f, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    if kind == "csv":
        with open(f, "rb") as fh:
            return max(0, sum(1 for line in fh if line.strip()) - 1)
    if kind == "feed":
        data = f.read_bytes()
        return data.count(b"<item") + data.count(b"<entry")
    return 1
