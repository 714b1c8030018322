"""The analyze requests (``POST /api/analyze``, ``POST /api/articles``, the ``/analyze``
form): the input model, and the cost limits that keep one request from taking the
server down.

Analysis runs in a separate process (:class:`Analyzer`), never on the event loop nor in
a thread of the server process: spaCy's parse holds the GIL, so a thread slowed every
read (p99 of reads reached 1.6 s during one 400 KB request). A process also makes the
time limit real: one that runs too long is killed and replaced. Limits, from
:class:`~eventwire.web.settings.ServerSettings`: text size (413), analyses at once per
server process (429 with Retry-After), seconds per analysis (503).
"""
from __future__ import annotations

import asyncio
import multiprocessing
import os
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from eventwire.config import Settings
from eventwire.errors import InputError
from eventwire.web.errors import ApiError, validation_detail

UPLOAD_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson"}


def _clean_text(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if "\x00" in value:
        raise ValueError(f"{name} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{name} is not valid Unicode (lone surrogate)") from None
    return value


class ArticleIn(BaseModel):
    """An article to analyze: its text and what is known about it."""

    text: str = Field(description="the article text (plain text)", min_length=1)
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, description="publication date, YYYY-MM-DD (other common forms accepted)",
                                  max_length=100)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=4000)

    @field_validator("text", "title", "published", "source", "url")
    @classmethod
    def _no_nul(cls, v, info):
        return _clean_text(v, info.field_name)


class StoreResult(BaseModel):
    status: Literal["new", "unchanged", "duplicate", "updated"]
    article_id: str
    events: int
    quotes: int


def article_input(body: ArticleIn, settings: Settings, max_bytes: int):
    """The validated :class:`~eventwire.ingest.ArticleInput` (same checks as the CLI,
    plus the server's analyze size limit)."""
    from eventwire.ingest import ArticleInput, normalise_date, validate

    size = len(body.text.encode("utf-8"))
    if size > max_bytes:
        raise ApiError(413, "article too large to analyze here",
                       f"the text is {size} bytes; this server analyzes at most {max_bytes} "
                       "(use `eventwire analyze` or `ingest` for longer texts)")
    published = None
    if body.published and body.published.strip():
        published = normalise_date(body.published)
        if published is None:
            raise ApiError(422, "invalid request", validation_detail(
                ["body", "published"], f"published: {body.published!r} is not a date (YYYY-MM-DD)"))
    art = ArticleInput(text=body.text, title=(body.title or "").strip() or None, published=published,
                       url=(body.url or "").strip() or None, source=(body.source or "").strip() or None,
                       origin="request body")
    validate(art, settings.max_chars)
    return art


# --------------------------------------------------------------------------- the analyzer process
def _warm(settings: Settings) -> None:
    """Pool initializer: load the model when the analyzer process starts."""
    from eventwire.nlp import get_nlp

    get_nlp(settings.model)


def _analyze(art, settings: Settings):
    from eventwire.analyze import analyze

    return analyze(art, settings)


def _ping() -> bool:
    return True


class Analyzer:
    """Analyses in a child process, at most ``concurrency`` at once, ``timeout`` seconds
    each. The child starts on :meth:`start` (worker start-up, see ``server.settle``) or
    on the first analysis, and loads the model as it starts."""

    def __init__(self, settings: Settings, concurrency: int = 1, timeout: float = 60):
        self.settings = settings
        self.concurrency = max(1, concurrency)
        self.timeout = timeout
        self._pool: ProcessPoolExecutor | None = None
        self._busy = 0
        self._lock = threading.Lock()

    def start(self, wait: bool = False) -> None:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.concurrency, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_warm, initargs=(self.settings,))
            pool = self._pool
        ready = pool.submit(_ping)  # makes the pool start its process now
        if wait:
            ready.result()

    def _take_slot(self) -> None:
        with self._lock:
            if self._busy >= self.concurrency:
                raise ApiError(429, "the analyzer is busy",
                               f"{self.concurrency} analysis at a time on this server process; retry shortly",
                               headers={"Retry-After": "5"})
            self._busy += 1

    def _free_slot(self) -> None:
        with self._lock:
            self._busy -= 1

    def _kill(self) -> None:
        """Stop the child processes now (a runaway analysis) and start afresh next time."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    async def run(self, art):
        """The record of ``art``; 429 when every slot is busy, 503 past the time limit."""
        self._take_slot()
        try:
            self.start()
            future = asyncio.wrap_future(self._pool.submit(_analyze, art, self.settings))
            try:
                return await asyncio.wait_for(future, self.timeout)
            except asyncio.TimeoutError:
                self._kill()
                raise ApiError(503, "analysis took too long",
                               f"stopped after {self.timeout:g} s; send a shorter text") from None
            except BrokenProcessPool:
                self._kill()
                raise ApiError(503, "the analyzer stopped", "its process exited; retry") from None
        finally:
            self._free_slot()

    def close(self) -> None:
        """Stop the child at server shutdown. It is killed, not asked: a child still loading
        the model outlived its worker after ``shutdown(wait=False)`` and kept the server's
        output pipe open (seen as a hang of test_serve's two-worker test)."""
        self._kill()


# --------------------------------------------------------------------------- uploads
def read_upload(raw: bytes, filename: str, max_chars: int) -> tuple[str, dict]:
    """Text and metadata of an uploaded file, read like the CLI reads a file (text, HTML,
    JSON), through :func:`eventwire.ingest.read_articles`."""
    from eventwire.ingest import read_articles

    suffix = Path(filename).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        suffix = ""
    fd, path = tempfile.mkstemp(suffix=suffix, prefix="eventwire-upload-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        try:
            arts = read_articles(path, max_chars=max_chars)
        except InputError as exc:
            raise InputError(filename, exc.problem) from None
    finally:
        os.unlink(path)
    if not arts:
        raise InputError(filename, "no article in the file")
    a = arts[0]
    return a.text, {"title": a.title, "published": a.published, "source": a.source, "url": a.url}
