"""CSV and TSV: one article per row, the header names the columns."""
from __future__ import annotations

import codecs
import contextlib
import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from eventwire.readers.article import ArticleInput, Item, Rejected
from eventwire.readers.checks import Checks, checked
from eventwire.readers.decoding import decode
from eventwire.readers.fields import Columns, date_of, text_field
from eventwire.readers.guard import guarded


def _header(reader, path: Path, columns: Columns) -> dict[str, int] | Rejected:
    """Column name -> index, or why the file cannot be read."""
    try:
        header = next(reader)
    except StopIteration:
        return Rejected(str(path), "the CSV file is empty")
    except csv.Error as exc:
        return Rejected(str(path), f"cannot parse the CSV header ({exc})")
    index = {name.strip().lstrip("\ufeff"): i for i, name in enumerate(header)}
    if columns.text not in index:
        return Rejected(str(path), f"no text column {columns.text!r} (columns: {', '.join(index) or 'none'}); "
                                   "name it with --text-column")
    for name in columns.explicit:
        # A column the user named but the file lacks is a mistake, not an empty value.
        if name and name not in index:
            return Rejected(str(path), f"no column {name!r} (columns: {', '.join(index)})")
    return index


def _row_item(row: list[str], index: dict[str, int], where: str, columns: Columns, checks: Checks) -> Item:
    fields = {name: row[i] for name, i in index.items() if i < len(row)}
    published, found_in = date_of(fields, columns)

    def cell(name):
        return text_field(fields.get(name)) if name else None

    return checked(ArticleInput(
        text=fields.get(columns.text, ""), title=cell(columns.title), published=published, url=cell(columns.url),
        source=cell(columns.source), origin=where, published_from=found_in), checks)


def _is_utf8(path: Path) -> bool:
    """Whether the whole file is valid UTF-8, checked in 1 MiB chunks (bounded memory)."""
    dec = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as fh:
        try:
            while chunk := fh.read(1 << 20):
                dec.decode(chunk)
            dec.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


@contextlib.contextmanager
def _lines(path: Path):
    """The file's lines: streamed when it is UTF-8 (the usual case, any size), else decoded
    whole with encoding detection (legacy code pages, stray bytes)."""
    if _is_utf8(path):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            yield fh
    else:
        yield decode(path.read_bytes(), str(path)).splitlines(keepends=True)


def read_csv(path: Path, columns: Columns, checks: Checks) -> Iterator[Item]:
    """One article per row, streamed. Row numbers count the header as 1."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    with _lines(path) as lines:
        yield from _rows(csv.reader(lines, dialect=dialect), path, columns, checks)


def _rows(reader, path: Path, columns: Columns, checks: Checks) -> Iterator[Item]:
    index = _header(reader, path, columns)
    if isinstance(index, Rejected):
        yield index
        return
    rowno = 1
    while True:
        rowno += 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejected(f"{path}:{rowno}", f"cannot parse the CSV row ({exc})")
            continue
        if row and any(c.strip() for c in row):
            where = f"{path}:{rowno}"
            yield guarded(where, lambda: _row_item(row, index, where, columns, checks))
