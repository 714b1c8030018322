"""WARC and ARC archives (warcio): HTML responses, main text as for an HTML file."""
from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.readers.article import Item, Rejected
from eventwire.readers.checks import Checks, checked
from eventwire.readers.dates import normalise_date
from eventwire.readers.decoding import decode
from eventwire.readers.guard import guarded
from eventwire.readers.html_page import html_article


def _wanted(record) -> bool:
    """An HTTP 2xx response with an HTML body."""
    if record.rec_type != "response" or not record.http_headers:
        return False
    ctype = record.http_headers.get_header("Content-Type") or ""
    status = str(record.http_headers.get_statuscode() or "")
    return "html" in ctype.lower() and status.startswith("2")


def _warc_item(raw: bytes, record, where: str, checks: Checks) -> Item:
    art = html_article(decode(raw, where), where)
    url = record.rec_headers.get_header("WARC-Target-URI")
    art.url = art.url or url
    if not art.published:
        art.published, art.published_from = _header_date(record)
    if url and not art.source:
        from urllib.parse import urlparse

        art.source = urlparse(url).hostname
    return checked(art, checks)


def _not_an_archive(path: Path) -> str | None:
    """Why the file is not a WARC/ARC archive, judged on its first bytes; None when it may be."""
    import zlib

    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return "not a WARC or ARC file (a gzip file that does not decompress)"
    if head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://")):
        return None
    return "not a WARC or ARC file (it does not start with a WARC/ or ARC header)"


def _damage(record) -> str | None:
    """Why a fully read record cannot be trusted: cut off before its Content-Length, or a
    digest that does not match (checked only when the record carries one)."""
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return f"the record is cut off: {missing:,} of its {record.length:,} bytes (Content-Length) are missing"
    checker = record.digest_checker
    if checker is not None and checker.passed is False:
        problem = (checker.problems or ["digest mismatch"])[0]
        return f"the record fails its digest ({problem})"
    return None


def _next_record(it, warnings: io.StringIO):
    # warcio writes multi-line warnings to stderr on junk between records; they are kept
    # and reported as one rejection each instead.
    with contextlib.redirect_stderr(warnings):
        return next(it, None)


def _junk_rejections(path: Path, warnings: io.StringIO) -> list[Rejected]:
    text = warnings.getvalue()
    warnings.seek(0)
    warnings.truncate()
    offsets = re.findall(r"Offset: (\d+)", text)
    return [Rejected(f"{path}@{o}", "junk where a record should start (a wrong Content-Length before it?)")
            for o in offsets]


def _header_date(record) -> tuple[str | None, str | None]:
    """A page without a stated date: the server's Last-Modified, else the crawl time
    (WARC-Date), an upper bound that is usually the day of publication for news crawls."""
    last = normalise_date(record.http_headers.get_header("Last-Modified") if record.http_headers else None)
    if last:
        return last, "warc:Last-Modified"
    crawled = normalise_date(record.rec_headers.get_header("WARC-Date"))
    return (crawled, "warc:WARC-Date") if crawled else (None, None)


def read_warc(path: Path, checks: Checks) -> Iterator[Item]:
    """HTML responses of a WARC (or ARC) file, as ``path@offset``; other records are skipped.
    A response cut off or failing its digest is rejected, never stored half."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    reason = _not_an_archive(path)
    if reason:
        yield Rejected(str(path), reason)
        return
    size = path.stat().st_size
    warnings = io.StringIO()
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh, arc2warc=True, check_digests=True)
        end = 0  # where the last complete record ended
        try:
            while (record := _next_record(it, warnings)) is not None:
                yield from _junk_rejections(path, warnings)
                wanted = _wanted(record)
                raw = record.content_stream().read() if wanted else None  # before the offset ends the record
                damage = _damage(record) if wanted else None
                offset = it.get_record_offset()
                end = offset + it.get_record_length()
                if wanted:
                    where = f"{path}@{offset}"
                    yield Rejected(where, damage) if damage else guarded(
                        where, lambda: _warc_item(raw, record, where, checks))
        except ArchiveLoadFailed as exc:
            yield Rejected(f"{path}@{end}", f"not a valid WARC record ({str(exc).strip().splitlines()[0]})")
            return
        except Exception as exc:  # warcio raises OSError, EOFError, ValueError, AttributeError... on junk
            yield Rejected(f"{path}@{end}", f"the WARC file is corrupt ({type(exc).__name__})")
            return
    yield from _junk_rejections(path, warnings)
    if end < size:
        # warcio stops quietly at a cut-off record; the unread tail is the evidence.
        yield Rejected(f"{path}@{end}", f"truncated: {size - end} bytes after the last complete record")
