"""One article file or standard input: plain text, HTML, JSON or JSON Lines, sniffed."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import InputError
from eventwire.readers.article import ArticleInput, Item
from eventwire.readers.checks import Checks, checked
from eventwire.readers.decoding import CONTROL_RATIO_BINARY, control_ratio, decode, read_bytes
from eventwire.readers.fields import Columns
from eventwire.readers.html_page import html_article
from eventwire.readers.json_objects import json_items, jsonl_items

HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
JSON_EXTENSIONS = {".json"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
TEXT_EXTENSIONS = {".txt", ".text", ".md"}

HTML_SNIFF = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<article\b|<p\b|<div\b|<!--)", re.I)
# A text starting with "{" or "[{" is JSON; a prose lead such as "[Updated] ..." is not.
JSON_SNIFF = re.compile(r"^\s*(?:\{|\[\s*[{\]])")


def sniff_format(path: str, text: str) -> str:
    """html, json, jsonl or text: from the extension when it names one, else the content."""
    ext = Path(path).suffix.lower() if path != "-" else ""
    for kind, exts in (("html", HTML_EXTENSIONS), ("json", JSON_EXTENSIONS), ("jsonl", JSONL_EXTENSIONS),
                       ("text", TEXT_EXTENSIONS)):
        if ext in exts:
            return kind
    if JSON_SNIFF.match(text):
        try:
            json.loads(text)
            return "json"
        except RecursionError:
            return "json"
        except ValueError:
            # A first line that parses alone means one object per line.
            first = text.lstrip().split("\n", 1)[0]
            try:
                json.loads(first)
                return "jsonl"
            except (ValueError, RecursionError):
                return "json"  # report the JSON error rather than analyse braces as prose
    if HTML_SNIFF.match(text):
        return "html"
    return "text"


def file_text(path: str, name: str, max_chars: int) -> str:
    """The decoded text of an article file, refusing empty and binary files."""
    raw = read_bytes(path, name, max_chars)
    if not raw:
        raise InputError(name, "standard input is empty" if path == "-" else "the file is empty")
    if not raw.strip():
        raise InputError(name, "the article is empty (only whitespace)")
    text = decode(raw, name)
    if control_ratio(text) > CONTROL_RATIO_BINARY:
        raise InputError(name, "looks like a binary file (too many control characters), not text")
    if not text.strip():
        raise InputError(name, "the article is empty (only whitespace)")
    return text


def read_single(path: str, columns: Columns, checks: Checks) -> Iterator[Item]:
    """The article(s) of one file (``-``: standard input), validated, in order."""
    name = "<stdin>" if path == "-" else path
    text = file_text(path, name, checks.max_chars)
    kind = sniff_format(path, text)
    if kind == "json":
        yield from json_items(text, name, columns, checks)
    elif kind == "jsonl":
        yield from jsonl_items(text.splitlines(), name, columns, checks)
    elif kind == "html":
        yield checked(html_article(text, name), checks)
    else:
        yield checked(ArticleInput(text=text, origin=name), checks)
