"""RSS and Atom feeds (feedparser): content beats summary, markup is removed."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.readers.article import ArticleInput, Item, Rejected
from eventwire.readers.checks import Checks, checked
from eventwire.readers.dates import normalise_date
from eventwire.readers.fields import text_field
from eventwire.readers.guard import guarded
from eventwire.readers.html_page import html_to_text

CHARREF = re.compile(rb"&#([xX][0-9a-fA-F]{1,16}|[0-9]{1,20});")


def _safe_charref(m: re.Match) -> bytes:
    ref = m.group(1)
    code = int(ref[1:], 16) if ref[:1] in (b"x", b"X") else int(ref)
    ok = 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
    return m.group(0) if ok else b"&#xFFFD;"


def safe_charrefs(data: bytes) -> bytes:
    """Feed bytes with character references to surrogates, NUL or beyond U+10FFFF
    replaced by U+FFFD: feedparser raises on them and would lose the whole feed."""
    return CHARREF.sub(_safe_charref, data)


def _entry_item(entry, where: str, feed_title: str | None, checks: Checks) -> Item:
    body = ""
    if entry.get("content"):
        body = max((c.get("value") or "" for c in entry.content), key=len)
    if not body.strip():
        body = entry.get("summary") or ""
    text = html_to_text(body)
    if not text:
        return Rejected(where, "the entry has no content or summary")
    published = normalise_date(entry.get("published") or entry.get("updated"))
    return checked(ArticleInput(
        text=text, title=text_field(entry.get("title")), published=published,
        url=text_field(entry.get("link")), source=feed_title, origin=where,
        published_from="feed" if published else None), checks)


def read_feed(path: Path, checks: Checks) -> Iterator[Item]:
    """One article per entry, rejected alone as ``path#entryN``."""
    import feedparser

    parsed = feedparser.parse(safe_charrefs(path.read_bytes()))
    if not parsed.entries:
        reason = "not an RSS or Atom feed" if parsed.get("bozo") else "the feed has no entries"
        if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
            reason += f" ({str(parsed.bozo_exception).splitlines()[0]})"
        yield Rejected(str(path), reason)
        return
    feed_title = text_field(parsed.feed.get("title"))
    for i, entry in enumerate(parsed.entries, 1):
        where = f"{path}#entry{i}"
        yield guarded(where, lambda: _entry_item(entry, where, feed_title, checks))
