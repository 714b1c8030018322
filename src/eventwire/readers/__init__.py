"""Readers: from files, directories and standard input to articles, one parser per format.

Every reader yields, in a stable order, either a validated :class:`ArticleInput` (its
``origin`` says where it came from: path, ``path:line``, ``path[i]``, ``path#entryN`` or
``path@offset`` for WARC) or a :class:`Rejected` (the same origin plus a one-line reason).
No input, however broken, raises out of a reader: a failure is the rejection of that
record, or of the rest of that file when the parser itself gives up
(:mod:`eventwire.readers.guard`). :func:`read_articles` is the strict wrapper that raises
:class:`eventwire.errors.InputError` at the first rejection.

Formats (chosen by extension; directories are walked recursively, in sorted order,
skipping hidden entries and files of other types; a file named explicitly is read
whatever its extension, sniffed as text, HTML, JSON or JSON Lines):

- ``.txt .text .md`` (:mod:`.single`): one article, verbatim.
- ``.html .htm .xhtml`` (:mod:`.html_page`): main text and metadata with trafilatura.
- ``.json`` / ``.jsonl .ndjson`` (:mod:`.json_objects`): an object, a list of objects, or one
  object per line (streamed), fields named by :class:`Columns`.
- ``.csv .tsv`` (:mod:`.csv_rows`): one article per row; columns named by :class:`Columns`.
- ``.rss .atom .xml`` (:mod:`.feed`): feed entries via feedparser, content before summary.
- ``.warc .warc.gz .arc .arc.gz`` (:mod:`.warc`): HTML responses via warcio.

Every article passes :func:`validate` (empty, oversized, binary, not English) before the
spaCy model is loaded, so bad input fails fast.

Methods followed: HTML main-text extraction with trafilatura (Barbaresi 2021); encoding
detection with charset-normalizer (mess/coherence measures, decoding only when the mess
ratio is low); language identification (see :mod:`.language`).
"""
from __future__ import annotations

from eventwire.readers.article import ArticleInput, Item, Rejected, article_id, normalise, repair_surrogates
from eventwire.readers.checks import Checks, checked, validate
from eventwire.readers.corpus import corpus_files, kind_of, quick_count, read_articles, read_corpus, read_file
from eventwire.readers.dates import normalise_date
from eventwire.readers.decoding import decode
from eventwire.readers.fields import DATE_FIELDS, Columns
from eventwire.readers.guard import JSON_TOO_DEEP, guarded, strict, unexpected
from eventwire.readers.html_page import html_article, html_to_text
from eventwire.readers.language import detect_language

__all__ = [
    "ArticleInput", "Checks", "Columns", "DATE_FIELDS", "Item", "JSON_TOO_DEEP", "Rejected", "article_id", "checked",
    "corpus_files", "decode", "detect_language", "guarded", "html_article", "html_to_text", "kind_of",
    "normalise", "normalise_date", "quick_count", "read_articles", "read_corpus", "read_file",
    "repair_surrogates", "strict", "unexpected", "validate",
]
