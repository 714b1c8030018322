"""WARC and ARC archives (warcio): HTML responses, main text as for an HTML file."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.readers.article import Item, Rejected
from eventwire.readers.checks import checked
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


def _warc_item(raw: bytes, record, where: str, max_chars: int) -> Item:
    art = html_article(decode(raw, where), where)
    url = record.rec_headers.get_header("WARC-Target-URI")
    art.url = art.url or url
    if url and not art.source:
        from urllib.parse import urlparse

        art.source = urlparse(url).hostname
    return checked(art, max_chars)


def read_warc(path: Path, max_chars: int) -> Iterator[Item]:
    """HTML responses of a WARC (or ARC) file, as ``path@offset``; other records are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    size = path.stat().st_size
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh, arc2warc=True)
        end = 0  # where the last complete record ended
        try:
            for record in it:
                wanted = _wanted(record)
                raw = record.content_stream().read() if wanted else None  # before the offset ends the record
                offset = it.get_record_offset()
                end = offset + it.get_record_length()
                if wanted:
                    where = f"{path}@{offset}"
                    yield guarded(where, lambda: _warc_item(raw, record, where, max_chars))
        except ArchiveLoadFailed as exc:
            yield Rejected(f"{path}@{end}", f"not a valid WARC record ({str(exc).strip().splitlines()[0]})")
            return
        except Exception as exc:  # warcio raises OSError, EOFError, ValueError, AttributeError... on junk
            yield Rejected(f"{path}@{end}", f"the WARC file is corrupt ({type(exc).__name__})")
            return
    if end < size:
        # warcio stops quietly at a cut-off record; the unread tail is the evidence.
        yield Rejected(f"{path}@{end}", f"truncated: {size - end} bytes after the last complete record")
