"""JSON (one object or a list of them) and JSON Lines (one object per line, streamed)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from eventwire.readers.article import ArticleInput, Item, Rejected
from eventwire.readers.checks import Checks, checked
from eventwire.readers.decoding import mostly_utf8
from eventwire.readers.fields import Columns, date_of, text_field
from eventwire.readers.guard import JSON_TOO_DEEP, guarded


def json_article(obj, where: str, columns: Columns, checks: Checks) -> Item:
    """The article a JSON object holds, validated, or why it is refused."""
    if not isinstance(obj, dict):
        return Rejected(where, f"expected a JSON object with a \"{columns.text}\" field, got {type(obj).__name__}")
    if columns.text not in obj:
        fields = ", ".join(sorted(map(str, obj))) or "none"
        return Rejected(where, f"the JSON object has no \"{columns.text}\" field (fields: {fields})")
    text = obj[columns.text]
    if not isinstance(text, str):
        return Rejected(where, f"the \"{columns.text}\" field is {type(text).__name__}, not a string")
    published, found_in = date_of(obj, columns)

    def field(name):
        return text_field(obj.get(name)) if name else None

    return checked(ArticleInput(
        text=text, title=field(columns.title), published=published, url=field(columns.url),
        source=field(columns.source), origin=where, published_from=found_in), checks)


def _parsed_line(line: bytes | str, where: str):
    """The JSON value on one line, or the rejection of that line."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError:
            line = mostly_utf8(line, where)
            if line is None:
                return Rejected(where, "the line is not UTF-8")
    try:
        return json.loads(line)
    except RecursionError:
        return Rejected(where, JSON_TOO_DEEP)
    except json.JSONDecodeError as exc:
        return Rejected(where, f"invalid JSON at column {exc.colno}: {exc.msg}")


def _line_item(line: bytes | str, where: str, columns: Columns, checks: Checks) -> Item:
    obj = _parsed_line(line, where)
    return obj if isinstance(obj, Rejected) else json_article(obj, where, columns, checks)


def jsonl_items(lines: Iterable[bytes | str], name: str, columns: Columns, checks: Checks) -> Iterator[Item]:
    """One article per non-blank line, each bad line rejected alone as ``name:line``."""
    for lineno, line in enumerate(lines, 1):
        if line.strip():
            where = f"{name}:{lineno}"
            yield guarded(where, lambda: _line_item(line, where, columns, checks))


def json_items(text: str, name: str, columns: Columns, checks: Checks) -> Iterator[Item]:
    """The articles of a JSON document: one object, or a list (each item ``name[i]``)."""
    try:
        data = json.loads(text)
    except RecursionError:
        yield Rejected(name, JSON_TOO_DEEP)
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and exc.lineno > 1:  # a .json file holding JSON lines
            yield from jsonl_items(text.splitlines(), name, columns, checks)
        else:
            yield Rejected(name, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")
        return
    if not isinstance(data, list):
        yield json_article(data, name, columns, checks)
        return
    if not data:
        yield Rejected(name, "the JSON list holds no articles")
    for i, obj in enumerate(data):
        where = f"{name}[{i}]"
        yield guarded(where, lambda: json_article(obj, where, columns, checks))
