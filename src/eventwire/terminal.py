"""Everything eventwire prints to a terminal goes through here.

Article text is hostile: it may hold rich markup (``[bold]``, ``[/]``: printed as data,
never interpreted, so brackets survive) and terminal control sequences (ESC ``[2J``
clears the screen, OSC sets the window title; bidi overrides reorder what is shown).
:func:`clean` removes both kinds of control; :func:`cell` makes a rich ``Text`` that
is never parsed as markup. :func:`print_rows` fits a table to the terminal: fixed-width
columns are never cut, wide ones share what is left and end in an ellipsis, and when
even the headers do not fit, each row is printed as a block of ``name: value`` lines.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-byte ESC sequences; then any
# C0/C1 control but tab and newline, DEL, and the bidi embedding/override/isolate marks.
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")

# A column narrower than this is not worth showing as a table: print blocks instead.
MIN_WIDE = 12


def clean(value: object, *, one_line: bool = False) -> str:
    """``value`` as text without control sequences (and on one line if ``one_line``)."""
    text = "" if value is None else str(value)
    text = _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))
    return _SPACES.sub(" ", text).strip() if one_line else text


def cell(value: object, style: str = "", *, one_line: bool = True) -> Text:
    """A table cell: cleaned text, never parsed as markup."""
    return Text(clean(value, one_line=one_line), style=style)


def console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, emoji=False)


def print_rows(rows: Sequence[dict], columns: Sequence[str], *, wide: Sequence[str] = (), title: str | None = None,
               out: Console | None = None) -> None:
    """Rows as a table that fits the terminal, or as blocks when it cannot.

    ``wide`` names the columns of free text (quote, sentence, snippet...): they give up
    width first and are cut with an ellipsis; the others keep their full width.
    """
    out = out or console()
    texts = [{c: clean(r.get(c), one_line=True) for c in columns} for r in rows]
    widths = {c: max([len(c)] + [len(t[c]) for t in texts]) for c in columns}
    borders = 3 * len(columns) + 1
    fixed = sum(widths[c] for c in columns if c not in wide)
    room = out.width - borders - fixed
    n_wide = len([c for c in wide if c in columns])
    if (n_wide and room < MIN_WIDE * n_wide) or (not n_wide and room < 0):
        _print_blocks(texts, columns, title, out)
        return
    table = Table(title=title, title_justify="left", expand=False)
    for c in columns:
        if c in wide:
            table.add_column(c, overflow="ellipsis", no_wrap=True, min_width=min(widths[c], MIN_WIDE))
        else:
            table.add_column(c, no_wrap=True, min_width=widths[c])
    for t in texts:
        table.add_row(*(Text(t[c]) for c in columns))
    out.print(table)


def _print_blocks(texts: list[dict], columns: Sequence[str], title: str | None, out: Console) -> None:
    if title:
        out.print(Text(title, style="bold"))
    pad = max(len(c) for c in columns)
    for i, t in enumerate(texts):
        if i:
            out.print()
        for c in columns:
            if t[c]:
                line = Text(f"{c:>{pad}}  ", style="dim")
                line.append(t[c])
                out.print(line, overflow="fold")
