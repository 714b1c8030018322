"""From article inputs to records: the one analysis engine.

Data flows one way: reader -> ``nlp`` (one spaCy pass, ``nlp.pipe``) -> ``extract.*`` ->
``record``. Each extractor is a pure function over the parsed ``Doc`` plus what earlier
extractors found (entities before quotes, quotes before events...), so the order in
:func:`eventwire.extraction.extract_all` is the order of dependence. A text longer than
:data:`LONG_TEXT` is analyzed piece by piece in bounded memory (:mod:`eventwire.piecewise`).

Every caller analyzes through here: :func:`analyze_stream` (this process, or
``workers`` forked processes each holding one pipeline and running parse *and*
extractors) is used by ``analyze``, ``ingest`` and ``reprocess``
(:mod:`eventwire.corpus`), the Ray actors (:mod:`eventwire.corpus.distributed`, through
:func:`analyze_chunk`) and the benchmarks. One article that crashes the analyzer
comes back as :class:`Failed` and never takes its batch with it.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import sys
import threading
import traceback
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire import piecewise
from eventwire.config import DEFAULT, Settings
from eventwire.errors import InputError
from eventwire.extract import actors as actors_x
from eventwire.extraction import (  # noqa: F401 (re-exported: the engine's parts)
    Extracted, article_of, check_event_lexicons, events_lexicon, extract_all, parse_published, sentences_of,
    with_context_codes,
)
from eventwire.piecewise import paragraph_pieces  # noqa: F401 (re-exported)
from eventwire.readers import ArticleInput
from eventwire.nlp import get_nlp
from eventwire.record import Record


def build_record(doc: Doc, art: ArticleInput, settings: Settings = DEFAULT) -> Record:
    published = parse_published(art.published)
    x = extract_all(doc, published, settings)
    country = actors_x.main_country(x.entities, x.places) or actors_x.text_country(doc)
    entities = with_context_codes(x.entities, country, settings, published) + x.event_entities
    return Record(
        article=article_of(art), sentences=x.sentences, entities=entities, quotes=x.quotes,
        events=x.events, figures=x.figures, places=x.places, dates=x.dates,
    )


CHUNK = 8  # articles per task sent to a worker: amortises pickling without starving the pool


@dataclass
class Failed:
    """An article the analyzer could not handle (a bug, reported and skipped)."""

    origin: str
    reason: str


LONG_TEXT = 50_000  # characters: a longer text is analyzed piece by piece (eventwire.piecewise)


def analyze_chunk(articles: list[ArticleInput], settings: Settings = DEFAULT) -> list[Record | Failed]:
    """Analyze articles one parse batch at a time; one failing article fails alone. A long
    text is analyzed on its own, piece by piece, so its memory is bounded by the piece."""
    nlp = get_nlp(settings.model)
    if any(len(a.text) > LONG_TEXT for a in articles):
        return [_long_record(nlp, a, settings) if len(a.text) > LONG_TEXT else _short_record(nlp, a, settings)
                for a in articles]
    try:
        docs = list(nlp.pipe((a.text for a in articles), batch_size=settings.batch_size))
    except Exception:  # the batch failed: parse one by one so only the culprit is lost
        return [_short_record(nlp, a, settings) for a in articles]
    return [_record_or_failure(doc, art, settings) for doc, art in zip(docs, articles)]


def _short_record(nlp, art: ArticleInput, settings: Settings) -> Record | Failed:
    try:
        doc = nlp(art.text)
    except Exception as exc:
        return Failed(art.origin, f"the analyzer failed: {type(exc).__name__}: {exc}")
    return _record_or_failure(doc, art, settings)


def _long_record(nlp, art: ArticleInput, settings: Settings) -> Record | Failed:
    try:
        return piecewise.analyze_long(nlp, art, settings, LONG_TEXT)
    except Exception as exc:
        return _failure(art, exc)


def _record_or_failure(doc: Doc, art: ArticleInput, settings: Settings) -> Record | Failed:
    try:
        return build_record(doc, art, settings)
    except Exception as exc:
        return _failure(art, exc)


def _failure(art: ArticleInput, exc: Exception) -> Failed:
    last = traceback.extract_tb(exc.__traceback__)[-1]
    return Failed(art.origin, f"the analyzer failed: {type(exc).__name__}: {exc} "
                              f"({last.filename.rsplit('/', 1)[-1]}:{last.lineno})")


_worker_settings: Settings = DEFAULT

# A short text that reaches every extractor, so that warm_up loads their lexicons.
WARM_UP_TEXT = ('"We will not attend," Mayor Ana Ortiz of Lisbon told reporters on Monday, '
                "after police arrested 12 protesters. The council accused the governor of fraud.")


def warm_up(settings: Settings = DEFAULT) -> None:
    """Load everything analysis loads lazily (the model, every lexicon, the gazetteer and
    its town index) so that a long run, a pool worker or a benchmark does not pay for it
    inside the first articles. A one-article CLI run does not call it: it would pay for
    the town index it may never need."""
    from eventwire.geo import gazetteer

    nlp = get_nlp(settings.model)
    build_record(nlp(WARM_UP_TEXT), ArticleInput(text=WARM_UP_TEXT, published="2025-01-01"), settings)
    gazetteer().index_towns()


def _worker_init(settings: Settings) -> None:
    global _worker_settings
    import signal

    from eventwire.nlp import on_model_load

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _worker_settings = settings
    on_model_load(None)  # the parent has said it already
    warm_up(settings)


def _worker_run(articles: list[ArticleInput]) -> list[Record | Failed]:
    return analyze_chunk(articles, _worker_settings)


def analyze_stream(articles: Iterable[ArticleInput], settings: Settings | None = None, workers: int = 1
                   ) -> Iterator[tuple[ArticleInput, Record | Failed]]:
    """(input, record or failure) for each article, in input order, in bounded memory.

    ``workers > 1`` forks a pool: each process holds one pipeline and runs parse and
    extractors on chunks of :data:`CHUNK` articles. spaCy's own ``n_process`` would
    parallelise only the parse and leave every extractor here (measured a tie on 2
    cores, docs/store.md), and could not isolate an article that crashes."""
    settings = settings or DEFAULT
    if workers <= 1:
        for chunk in batches(articles, settings.batch_size):
            yield from zip(chunk, analyze_chunk(chunk, settings))
        return
    articles = iter(articles)
    try:
        first = next(articles)
    except StopIteration:
        return  # nothing to analyze: do not start (and load models in) any process
    yield from _pool_stream(itertools.chain([first], articles), settings, workers)


def _pool_stream(articles: Iterator[ArticleInput], settings: Settings, workers: int):
    # fork: children inherit the imported code instead of importing it again.
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


def analyze_many(articles: Iterable[ArticleInput], settings: Settings | None = None, n_process: int = 1
                 ) -> Iterator[Record]:
    """One record per input, in order (:func:`analyze_stream`); an article the analyzer
    fails on raises :class:`~eventwire.errors.InputError` naming it, in one line."""
    for _art, result in analyze_stream(articles, settings, n_process):
        if isinstance(result, Failed):
            raise InputError(result.origin, result.reason)
        yield result


def batches(articles: Iterable[ArticleInput], size: int) -> Iterator[list[ArticleInput]]:
    """Consecutive lists of at most ``size`` articles (the unit sent to a worker)."""
    batch: list[ArticleInput] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyze(article: ArticleInput, settings: Settings = DEFAULT) -> Record:
    return next(analyze_many([article], settings))


def analyze_text(text: str, published: str | None = None, settings: Settings = DEFAULT, **meta) -> Record:
    """Convenience for library users and tests: analyze a string."""
    return analyze(ArticleInput(text=text, published=published, **meta), settings)


# ----------------------------------------------------------------------------- the Python API
META = ("title", "published", "source", "url")


def article_from(item, settings: Settings, where: str = "<text>", **meta):
    """An :class:`~eventwire.readers.ArticleInput` from a string (text or HTML), a dict with
    ``text`` and metadata fields, or an ArticleInput; checked as the CLI checks a file
    (empty, too large, binary, not English). Metadata given here beats the HTML's."""
    from eventwire.readers import html_article, normalise_date, validate
    from eventwire.readers.single import HTML_SNIFF

    if isinstance(item, ArticleInput):
        art = item
    elif isinstance(item, dict):
        art = ArticleInput(text=str(item.get("text") or ""), origin=where,
                           **{k: item.get(k) for k in META if item.get(k) is not None})
    elif isinstance(item, str):
        art = html_article(item, where) if HTML_SNIFF.match(item) else ArticleInput(text=item, origin=where)
    else:
        raise InputError(where, f"cannot analyze a {type(item).__name__}: give text, HTML, a dict or an ArticleInput")
    for key, value in meta.items():
        if value is not None:
            setattr(art, key, value)
    if art.published:
        day = normalise_date(art.published)
        if day is None:
            raise InputError(where, f"cannot read published={art.published!r} as a date (use YYYY-MM-DD)")
        art.published = day
    return validate(art, settings.max_chars)


def analyze_article(text_or_html: str, *, published: str | None = None, title: str | None = None,
            source: str | None = None, url: str | None = None, settings: Settings | None = None) -> Record:
    """Analyze one article: plain text or an HTML page (main text, title and date taken
    from it). Bad input raises :class:`~eventwire.errors.InputError` with a one-line message."""
    from eventwire.config import load_settings

    settings = settings or load_settings()
    art = article_from(text_or_html, settings, published=published, title=title, source=source, url=url)
    return next(analyze_many([art], settings))



class _CallableModule(types.ModuleType):
    """``eventwire.analyze`` is this module (the engine) and the Python API's one-article
    function at once: calling the module calls :func:`analyze_article`, so
    ``eventwire.analyze(text)`` works however the package was imported."""

    def __call__(self, text_or_html: str, **kwargs) -> Record:
        return analyze_article(text_or_html, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
