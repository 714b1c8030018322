"""Ingest: read a corpus, analyze what is new, store each article in its own transaction.

Flow (one way): :func:`eventwire.readers.read_corpus` -> skip articles already stored
by this analyzer version (by id, before any analysis) -> analyze, in this process or in
``workers`` processes -> :meth:`Store.add_record`, one transaction per article ->
:class:`Summary` counts. Killing the run at any point leaves only whole articles;
running it again analyzes only what is missing.

Parallelism: with ``workers > 1`` a pool of processes each holds one spaCy pipeline
and runs both the parse and the extractors on chunks of articles; the parent reads,
hashes and writes. The alternative, ``nlp.pipe(n_process=N)``, parallelises only the
parse and leaves every extractor in the parent; bench/ingest_throughput.py measures
both (see docs/store.md: within noise of each other on a shared 2-core machine). The
pool also isolates an article that crashes the analyzer.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from eventwire import __version__
from sqlalchemy.exc import DataError, IntegrityError, OperationalError, StatementError

from eventwire.config import DEFAULT, Settings
from eventwire.errors import EventwireError
from eventwire.readers import ArticleInput, article_id
from eventwire.readers import Columns, Rejected, read_corpus
from eventwire.record import Record
from eventwire.store.db import DUPLICATE, NEW, UNCHANGED, UPDATED, Store

CHUNK = 8  # articles per task sent to a worker: amortises pickling without starving the pool


@dataclass
class Summary:
    new: int = 0
    unchanged: int = 0
    duplicate: int = 0
    updated: int = 0
    rejected: int = 0
    undated: int = 0  # stored (new/updated/duplicate) articles without a publication date
    rejections: list[Rejected] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def stored(self) -> int:
        return self.new + self.duplicate + self.updated

    @property
    def seen(self) -> int:
        return self.stored + self.unchanged + self.rejected

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    def line(self) -> str:
        rate = self.seen / self.seconds if self.seconds else 0.0
        return (f"{self.new} new, {self.unchanged} unchanged, {self.duplicate} duplicate, "
                f"{self.updated} updated, {self.rejected} rejected, {self.undated} undated "
                f"({self.seen} articles in {self.seconds:.1f} s, {rate:.1f}/s)")

    def undated_warning(self) -> str | None:
        """A warning when articles were stored without a publication date, else None."""
        if not self.undated:
            return None
        return (f"warning: {self.undated} of {self.stored} stored articles have no publication date: "
                f"their events have no day and relative dates stay unresolved "
                f"(give `--published YYYY-MM-DD`, `--date-column`, or a date in the input)")


# ----------------------------------------------------------------------------- analysis
@dataclass
class Failed:
    """An article the analyzer could not handle (a bug, reported and skipped)."""

    origin: str
    reason: str


def _analyze_chunk(articles: list[ArticleInput], settings: Settings) -> list[Record | Failed]:
    """Analyze articles one parse batch at a time; one failing article fails alone."""
    from eventwire.analyze import build_record
    from eventwire.nlp import get_nlp

    nlp = get_nlp(settings.model)
    out: list[Record | Failed] = []
    try:
        docs = list(nlp.pipe((a.text for a in articles), batch_size=settings.batch_size))
    except Exception:  # the batch failed: parse one by one so only the culprit is lost
        docs = []
        for a in articles:
            try:
                docs.append(nlp(a.text))
            except Exception as exc:
                docs.append(Failed(a.origin, f"the analyzer failed: {type(exc).__name__}: {exc}"))
    for doc, art in zip(docs, articles):
        if isinstance(doc, Failed):
            out.append(doc)
            continue
        try:
            out.append(build_record(doc, art, settings))
        except Exception as exc:
            last = traceback.extract_tb(exc.__traceback__)[-1]
            out.append(Failed(art.origin, f"the analyzer failed: {type(exc).__name__}: {exc} "
                                          f"({last.filename.rsplit('/', 1)[-1]}:{last.lineno})"))
    return out


_worker_settings: Settings = DEFAULT


def _worker_init(settings: Settings) -> None:
    global _worker_settings
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _worker_settings = settings
    from eventwire.nlp import get_nlp, on_model_load

    on_model_load(None)  # the parent has said it already
    get_nlp(settings.model)


def _worker_run(articles: list[ArticleInput]) -> list[Record | Failed]:
    return _analyze_chunk(articles, _worker_settings)


def analyze_stream(articles: Iterable[ArticleInput], settings: Settings = DEFAULT, workers: int = 1
                   ) -> Iterator[tuple[ArticleInput, Record | Failed]]:
    """(input, record or failure) for each article, in input order."""
    from eventwire.analyze import batches  # imports spaCy: only when analyzing

    if workers <= 1:
        for chunk in batches(articles, settings.batch_size):
            yield from zip(chunk, _analyze_chunk(chunk, settings))
        return
    articles = iter(articles)
    try:
        first = next(articles)
    except StopIteration:
        return  # nothing to analyze: do not start (and load models in) any process
    articles = itertools.chain([first], articles)
    # fork: children inherit the loaded pipeline instead of loading it again.
    ctx = mp.get_context("fork") if sys.platform.startswith("linux") else mp.get_context()
    pending: list[list[ArticleInput]] = []
    # Pool.imap drains its input in a feeder thread; the semaphore keeps only a few
    # chunks in flight, so a corpus of any size streams in bounded memory.
    in_flight = threading.BoundedSemaphore(workers * 4)

    def feed(chunks):
        for c in chunks:
            in_flight.acquire()
            pending.append(c)
            yield c

    with ctx.Pool(workers, initializer=_worker_init, initargs=(settings,)) as pool:
        for results in pool.imap(_worker_run, feed(batches(articles, CHUNK))):
            chunk = pending.pop(0)
            in_flight.release()
            yield from zip(chunk, results)


# ----------------------------------------------------------------------------- ingest
def ingest(sources: Iterable[str], store: Store, *, settings: Settings = DEFAULT, workers: int = 1,
           columns: Columns = Columns(), on_reject: Callable[[Rejected], None] | None = None,
           on_progress: Callable[[int], None] | None = None, items: Iterable | None = None,
           published: str | None = None) -> Summary:
    """Ingest every article of ``sources`` into ``store``; returns the counts.

    ``published`` (YYYY-MM-DD) dates the articles whose input gives no date. An article
    already stored by this analyzer whose title, date, source or url now differs is
    re-analyzed with the new metadata (a new date moves its events and relative dates)
    and counted ``updated``; a field the input leaves empty keeps its stored value.

    ``on_reject`` is called with each rejection (bad file, bad record, analyzer failure)
    as it happens; ``on_progress`` with the number of articles just finished. ``items``
    replaces reading ``sources`` (an iterable of ArticleInput/Rejected), for callers
    that read articles themselves.
    """
    summary = Summary()
    started = time.perf_counter()
    known = store.known_ids()  # id -> analyzer version: what is stored already
    seen_now: set[str] = set()
    replace: set[str] = set()  # stored ids whose metadata changed: re-analyze and replace
    lock = threading.Lock()  # reading runs in the pool's feeder thread when workers > 1

    def reject(r: Rejected) -> None:
        with lock:
            summary.rejected += 1
            summary.rejections.append(r)
            if on_reject:
                on_reject(r)
            if on_progress:
                on_progress(1)

    def to_analyze() -> Iterator[ArticleInput]:
        stream = items if items is not None else read_corpus(sources, columns, settings.max_chars)
        for item in stream:
            if isinstance(item, Rejected):
                reject(item)
                continue
            if published and not item.published:
                item.published = published
            aid = article_id(item.text)
            if aid in seen_now or (known.get(aid) == __version__ and not _metadata_changed(store, aid, item)):
                with lock:  # stored by this analyzer already, or repeated in this run
                    summary.unchanged += 1
                    if on_progress:
                        on_progress(1)
                continue
            if known.get(aid) == __version__:
                replace.add(aid)
            seen_now.add(aid)
            yield item

    try:
        for art, result in analyze_stream(to_analyze(), settings, workers):
            if isinstance(result, Failed):
                reject(Rejected(result.origin, result.reason))
                continue
            try:
                status = store.add_record(result, origin=art.origin, replace=result.article.id in replace)
            except (DataError, IntegrityError, StatementError, ValueError, OverflowError) as exc:
                # this record cannot be stored (its transaction rolled back); the run goes on
                reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
                reject(Rejected(art.origin, f"cannot store the record: {reason}"))
                continue
            except OperationalError as exc:
                reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
                raise EventwireError(store.where, f"the database failed: {reason}") from None
            with lock:
                summary.count(status)
                if status != UNCHANGED and not result.article.published:
                    summary.undated += 1
                if on_progress:
                    on_progress(1)
    finally:
        summary.seconds = time.perf_counter() - started
    return summary


META_FIELDS = ("title", "published", "source", "url")


def _metadata_changed(store: Store, aid: str, item: ArticleInput) -> bool:
    """True when ``item`` brings a title, date, source or url the stored article lacks or
    has otherwise; then ``item`` takes the stored value of every field it leaves empty."""
    stored = store.stored_metadata(aid)
    if stored is None:
        return False
    if not any(getattr(item, f) and getattr(item, f) != stored[f] for f in META_FIELDS):
        return False
    for f in META_FIELDS:
        if not getattr(item, f):
            setattr(item, f, stored[f])
    return True


def reprocess(store: Store, *, settings: Settings = DEFAULT, workers: int = 1,
              on_progress: Callable[[int], None] | None = None) -> Summary:
    """Re-analyze every stored article whose analyzer version differs from this one."""
    from sqlalchemy import select

    from eventwire.store import models as m

    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(select(m.Article.id).where(
            (m.Article.analyzer != __version__) | m.Article.analyzer.is_(None)).order_by(m.Article.added))]

    def articles() -> Iterator[ArticleInput]:
        for aid in ids:
            rec = store.get_record(aid)
            if rec is None:
                continue
            a = rec.article
            with store.engine.connect() as conn:
                origin = conn.execute(select(m.Article.origin).where(m.Article.id == aid)).scalar()
            yield ArticleInput(text=a.text, title=a.title, published=a.published, url=a.url, source=a.source,
                               language=a.language, origin=origin or f"article {aid[:12]}")

    return ingest([], store, settings=settings, workers=workers, on_progress=on_progress, items=articles())


STATUSES = (NEW, UNCHANGED, DUPLICATE, UPDATED)
