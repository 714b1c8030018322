"""Corpus readers: from directories, JSONL, CSV, RSS/Atom feeds and WARC archives to a
stream of articles, where a bad file or record is a :class:`Rejected` item, not an error.

:func:`read_corpus` yields, in a stable order, either a validated
:class:`eventwire.ingest.ArticleInput` (its ``origin`` says where it came from: path,
``path:line`` or ``path@offset`` for WARC) or a :class:`Rejected` (same origin plus the
reason). The caller reports, counts and skips rejections and goes on. Single article
files (.txt, .html, .json) are read by :func:`eventwire.ingest.read_articles`, so a
corpus file and ``eventwire analyze FILE`` see the same article; every article from the
other formats passes the same :func:`eventwire.ingest.validate` (empty, oversized,
binary, non-English).

Formats (chosen by extension; directories are walked recursively, in sorted order,
skipping hidden entries and files of other types):

- ``.txt .text .md .html .htm .xhtml .json``: one article (or a JSON list of them).
- ``.jsonl .ndjson``: one JSON object per line with ``text`` and optional ``title``,
  ``published``/``date``, ``url``, ``source``; a bad line is rejected as ``path:line``.
- ``.csv .tsv``: one article per row; columns named by :class:`Columns`.
- ``.rss .atom .xml``: feed entries via feedparser; the text is the entry's content
  (else its summary) with markup removed, paragraphs kept as blank lines.
- ``.warc .warc.gz .arc .arc.gz``: HTTP responses with an HTML body, main text extracted
  with trafilatura exactly as for an HTML file; rejected as ``path@offset``.
"""
from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire import ingest
from eventwire.config import DEFAULT
from eventwire.errors import InputError
from eventwire.ingest import JSON_TOO_DEEP, ArticleInput, validate

SINGLE_EXTENSIONS = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
CSV_EXTENSIONS = {".csv", ".tsv"}
FEED_EXTENSIONS = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


@dataclass
class Rejected:
    """An input that was skipped: where it is and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class Columns:
    """CSV column names (``--text-column`` etc.); None means the column is not used."""

    text: str = "text"
    title: str | None = "title"
    date: str | None = "published"
    url: str | None = "url"
    source: str | None = "source"
    explicit: tuple[str, ...] = ()  # names given by the user, which must exist


Item = ArticleInput | Rejected


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    ext = path.suffix.lower()
    if ext in SINGLE_EXTENSIONS:
        return "single"
    if ext in JSONL_EXTENSIONS:
        return "jsonl"
    if ext in CSV_EXTENSIONS:
        return "csv"
    if ext in FEED_EXTENSIONS:
        return "feed"
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
            if name.startswith("."):
                continue
            f = Path(root) / name
            if kind_of(f):
                yield f


def read_corpus(sources: Iterable[str], columns: Columns = Columns(), max_chars: int = DEFAULT.max_chars
                ) -> Iterator[Item]:
    """Every article (or rejection) in the given files and directories, in order."""
    for source in sources:
        if source == "-":
            yield from _read_single("-", max_chars)
            continue
        for f in corpus_files(source):
            if isinstance(f, Rejected):
                yield f
                continue
            yield from read_file(f, columns, max_chars)


def read_file(path: Path, columns: Columns = Columns(), max_chars: int = DEFAULT.max_chars) -> Iterator[Item]:
    kind = kind_of(path) or "single"  # a file named explicitly is read whatever its extension
    reader = {"single": lambda: _read_single(str(path), max_chars), "jsonl": lambda: read_jsonl(path, max_chars),
              "csv": lambda: read_csv(path, columns, max_chars), "feed": lambda: read_feed(path, max_chars),
              "warc": lambda: read_warc(path, max_chars)}[kind]
    try:
        yield from reader()
    except InputError as exc:
        yield Rejected(exc.source, exc.problem)
    except OSError as exc:
        yield Rejected(str(path), f"cannot read the file ({exc.strerror or exc})")
    except Exception as exc:  # a parser bug on hostile input ends this file only, never the run
        yield Rejected(str(path), unexpected(exc))


def unexpected(exc: BaseException) -> str:
    """One-line reason for a failure no reader foresaw (the type says where to look)."""
    if isinstance(exc, RecursionError):
        return JSON_TOO_DEEP if "JSON" in str(exc) else "the input is nested too deeply to read"
    detail = (str(exc).strip().splitlines() or [""])[0][:120]
    return f"cannot read the record ({type(exc).__name__}{': ' + detail if detail else ''})"


def guarded(where: str, build: Callable[[], Item]) -> Item:
    """``build()``, with any failure turned into a rejection of this one record."""
    try:
        return build()
    except InputError as exc:
        return Rejected(exc.source, exc.problem)
    except Exception as exc:
        return Rejected(where, unexpected(exc))


def _checked(art: ArticleInput, max_chars: int) -> Item:
    return guarded(art.origin, lambda: validate(art, max_chars))


def _read_single(path: str, max_chars: int) -> Iterator[Item]:
    try:
        articles = ingest.read_articles(path, max_chars=max_chars)
    except InputError as exc:
        yield Rejected(exc.source, exc.problem)
        return
    except Exception as exc:
        yield Rejected("<stdin>" if path == "-" else path, unexpected(exc))
        return
    yield from articles


def _text_field(value) -> str | None:
    if value is None:
        return None
    return str(value).strip() or None


def read_jsonl(path: Path, max_chars: int = DEFAULT.max_chars) -> Iterator[Item]:
    """One article per line; each bad line is rejected alone (``path:line``)."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if raw.strip():
                where = f"{path}:{lineno}"
                yield guarded(where, lambda: _jsonl_item(raw, where, max_chars))


def _jsonl_item(raw: bytes, where: str, max_chars: int) -> Item:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return Rejected(where, "the line is not UTF-8")
    try:
        obj = json.loads(line)
    except RecursionError:
        return Rejected(where, JSON_TOO_DEEP)
    except json.JSONDecodeError as exc:
        return Rejected(where, f"invalid JSON at column {exc.colno}: {exc.msg}")
    if not isinstance(obj, dict):
        return Rejected(where, f"expected a JSON object with a \"text\" field, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        return Rejected(where, "no \"text\" string field" if text is None
                        else f"the \"text\" field is {type(text).__name__}, not a string")
    published = obj.get("published", obj.get("date"))
    return _checked(ArticleInput(
        text=text, title=_text_field(obj.get("title")),
        published=ingest.normalise_date(None if published is None else str(published)),
        url=_text_field(obj.get("url")), source=_text_field(obj.get("source")), origin=where), max_chars)


def read_csv(path: Path, columns: Columns = Columns(), max_chars: int = DEFAULT.max_chars) -> Iterator[Item]:
    """One article per row; the header names the columns. Row numbers count the header as 1."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    raw = path.read_bytes()
    text = ingest.decode(raw, str(path))
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    reader = csv.reader(text.splitlines(keepends=True), dialect=dialect)
    try:
        header = next(reader)
    except StopIteration:
        yield Rejected(str(path), "the CSV file is empty")
        return
    except csv.Error as exc:
        yield Rejected(str(path), f"cannot parse the CSV header ({exc})")
        return
    index = {name.strip().lstrip("\ufeff"): i for i, name in enumerate(header)}
    if columns.text not in index:
        yield Rejected(str(path), f"no text column {columns.text!r} (columns: {', '.join(index) or 'none'}); "
                                  "name it with --text-column")
        return
    for name in columns.explicit:
        # A column the user named but the file lacks is a mistake, not an empty value.
        if name and name not in index:
            yield Rejected(str(path), f"no column {name!r} (columns: {', '.join(index)})")
            return

    def cell(row, name):
        i = index.get(name) if name else None
        return _text_field(row[i]) if i is not None and i < len(row) else None

    rowno = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rowno += 1
            yield Rejected(f"{path}:{rowno}", f"cannot parse the CSV row ({exc})")
            continue
        rowno += 1
        if not row or not any(c.strip() for c in row):
            continue
        where = f"{path}:{rowno}"
        body = row[index[columns.text]] if index[columns.text] < len(row) else ""
        yield guarded(where, lambda: _checked(ArticleInput(
            text=body, title=cell(row, columns.title), published=ingest.normalise_date(cell(row, columns.date)),
            url=cell(row, columns.url), source=cell(row, columns.source), origin=where), max_chars))


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry), one blank line between blocks."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in blocks:
            el.tail = "\n\n" + (el.tail or "")
    lines = [" ".join(part.split()) for part in root.text_content().split("\n\n")]
    return "\n\n".join(x for x in lines if x)


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


def read_feed(path: Path, max_chars: int = DEFAULT.max_chars) -> Iterator[Item]:
    """RSS or Atom entries (feedparser); content beats summary, markup is removed."""
    import feedparser

    parsed = feedparser.parse(safe_charrefs(path.read_bytes()))
    if not parsed.entries:
        reason = "not an RSS or Atom feed" if parsed.get("bozo") else "the feed has no entries"
        if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
            reason += f" ({str(parsed.bozo_exception).splitlines()[0]})"
        yield Rejected(str(path), reason)
        return
    feed_title = _text_field(parsed.feed.get("title"))
    for i, entry in enumerate(parsed.entries, 1):
        where = f"{path}#entry{i}"
        yield guarded(where, lambda: _feed_item(entry, where, feed_title, max_chars))


def _feed_item(entry, where: str, feed_title: str | None, max_chars: int) -> Item:
    body = ""
    if entry.get("content"):
        body = max((c.get("value") or "" for c in entry.content), key=len)
    if not body.strip():
        body = entry.get("summary") or ""
    text = html_to_text(body)
    if not text:
        return Rejected(where, "the entry has no content or summary")
    published = entry.get("published") or entry.get("updated")
    return _checked(ArticleInput(
        text=text, title=_text_field(entry.get("title")), published=ingest.normalise_date(published),
        url=_text_field(entry.get("link")), source=feed_title, origin=where), max_chars)


def _html_article(html: str, where: str) -> ArticleInput:
    """Main text of an HTML page, as ``eventwire analyze`` extracts it (trafilatura)."""
    return ingest._html_article(html, where)


def _warc_item(raw: bytes, url: str | None, where: str, max_chars: int) -> Item:
    art = _html_article(ingest.decode(raw, where), where)
    art.url = art.url or url
    if url and not art.source:
        from urllib.parse import urlparse

        art.source = urlparse(url).hostname
    return _checked(art, max_chars)


def read_warc(path: Path, max_chars: int = DEFAULT.max_chars) -> Iterator[Item]:
    """HTML responses of a WARC (or ARC) file; other records are skipped silently."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    size = path.stat().st_size
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh, arc2warc=True)
        end = 0  # where the last complete record ended
        try:
            for record in it:
                raw = None
                wanted = False
                if record.rec_type == "response" and record.http_headers:
                    ctype = record.http_headers.get_header("Content-Type") or ""
                    status = str(record.http_headers.get_statuscode() or "")
                    wanted = "html" in ctype.lower() and status.startswith("2")
                if wanted:
                    raw = record.content_stream().read()  # before get_record_offset(), which ends the record
                offset = it.get_record_offset()
                end = offset + it.get_record_length()
                if not wanted:
                    continue
                where = f"{path}@{offset}"
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield guarded(where, lambda: _warc_item(raw, url, where, max_chars))
        except ArchiveLoadFailed as exc:
            yield Rejected(f"{path}@{end}", f"not a valid WARC record ({str(exc).strip().splitlines()[0]})")
            return
        except Exception as exc:  # warcio raises OSError, EOFError, ValueError, AttributeError... on junk
            yield Rejected(f"{path}@{end}", f"the WARC file is corrupt ({type(exc).__name__})")
            return
    if end < size:
        # warcio stops quietly at a cut-off record; the unread tail is the evidence.
        yield Rejected(f"{path}@{end}", f"truncated: {size - end} bytes after the last complete record")


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
            try:
                if kind == "jsonl":
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                elif kind == "csv":
                    with open(f, "rb") as fh:
                        total += max(0, sum(1 for line in fh if line.strip()) - 1)
                elif kind == "feed":
                    data = f.read_bytes()
                    total += data.count(b"<item") + data.count(b"<entry")
                elif kind == "warc":
                    return None
                else:
                    total += 1
            except OSError:
                continue
    return total
