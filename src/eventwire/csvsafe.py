"""The one CSV writer: every CSV eventwire writes (``export``, ``events``, ``quotes``,
``figures``, ``search --format csv``, the API's ``format=csv``) goes through it.

Article text is hostile: a cell a spreadsheet would run as a formula (one starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return: the OWASP list) is prefixed with
``'``, which spreadsheets show as text. Only text is neutralised: an int or float value
(a coordinate, a score) is written as the number it is.

Files are UTF-8 with a fixed column order and RFC 4180 CRLF record ends: with LF ends,
Python's writer leaves a cell holding a bare carriage return unquoted and readers split
the record there. Lists are joined with ``;``, booleans written ``true``/``false``, None
as an empty cell.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import IO

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = ";"


def safe_cell(value) -> str:
    """One CSV cell, neutralised: text a spreadsheet would evaluate gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(safe_cell(v) for v in value)
    if isinstance(value, (int, float)):
        # A number the store computed (a longitude, an event_scale) is data, never a
        # formula: "-9.5" stays a number so the column loads as one.
        return repr(value) if isinstance(value, float) else str(value)
    s = str(value)
    return "'" + s if s.startswith(FORMULA_START) else s


class SafeCsvWriter:
    """Writes dict rows under a fixed header, every cell through :func:`safe_cell`."""

    def __init__(self, out: IO[str], columns: Sequence[str]):
        self.columns = tuple(columns)
        self._writer = csv.writer(out, lineterminator="\r\n")
        self.rows = 0

    def header(self) -> None:
        self._writer.writerow([safe_cell(c) for c in self.columns])

    def row(self, row: dict) -> None:
        self._writer.writerow([safe_cell(row.get(c)) for c in self.columns])
        self.rows += 1

    def rows_from(self, rows: Iterable[dict]) -> int:
        for r in rows:
            self.row(r)
        return self.rows


def write_csv(out: IO[str], columns: Sequence[str], rows: Iterable[dict]) -> int:
    """Header and rows to ``out``; returns the number of rows."""
    w = SafeCsvWriter(out, columns)
    w.header()
    return w.rows_from(rows)


def csv_chunks(columns: Sequence[str], rows: Iterable[dict], every: int = 200) -> Iterator[str]:
    """The same CSV as text chunks (header first), for a streaming HTTP response."""
    buf = io.StringIO()
    w = SafeCsvWriter(buf, columns)
    w.header()
    for r in rows:
        w.row(r)
        if w.rows % every == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()
