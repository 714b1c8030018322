"""Readers: from a path (or stdin) to ``ArticleInput`` objects, with clear one-line errors."""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from eventwire.config import DEFAULT
from eventwire.errors import InputError


@dataclass
class ArticleInput:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = "en"
    origin: str = "<text>"  # path (and line) the article came from, for error messages


def normalise(text: str) -> str:
    """The form hashed for the article id: NFC, whitespace runs collapsed, trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def read_articles(path: str, max_chars: int = DEFAULT.max_chars) -> list[ArticleInput]:
    name = "<stdin>" if path == "-" else path
    if path == "-":
        raw = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(name, "no such file")
        raw = p.read_bytes()
    text = raw.decode("utf-8")
    if not text.strip():
        raise InputError(name, "the article is empty")
    if len(text) > max_chars:
        raise InputError(name, f"the article has {len(text):,} characters, above the limit of {max_chars:,}")
    return [ArticleInput(text=text, origin=name)]
