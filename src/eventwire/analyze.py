"""From article inputs to records: the one analysis engine.

Data flows one way: reader -> ``nlp`` (one spaCy pass, ``nlp.pipe``) -> ``extract.*`` ->
``record``. Each extractor is a pure function over the parsed ``Doc`` plus what earlier
extractors found (entities before quotes, quotes before events...), so the order in
:func:`build_record` is the order of dependence.

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

from eventwire import __version__
from eventwire.config import DEFAULT, Settings
from eventwire.errors import InputError
from eventwire.extract import actors as actors_x
from eventwire.extract import dates as dates_x
from eventwire.extract.docfacts import doc_facts
from eventwire.extract import entities as entities_x
from eventwire.extract import events as events_x
from eventwire.extract.events import casualties as casualties_x
from eventwire.extract import figures as figures_x
from eventwire.extract import places as places_x
from eventwire.extract import quotes as quotes_x
from eventwire.readers import ArticleInput, article_id
from eventwire.nlp import get_nlp, sentence_spans
from eventwire.record import Article, Record, Sentence, day_of


def sentences_of(doc: Doc) -> list[Sentence]:
    """Sentence records from :func:`eventwire.nlp.sentence_spans` (paragraph gaps belong to none)."""
    return [Sentence(index=i, start=s.start_char, end=s.end_char) for i, s in enumerate(sentence_spans(doc))]


parse_published = day_of  # the publication date as a day, None when absent or unreadable


def events_lexicon(settings: Settings):
    """The event lexicon with the user's ``--events`` files merged on top (cached per file set)."""
    return events_x.load_lexicon(tuple(settings.events_files))


def check_event_lexicons(settings: Settings) -> None:
    """Load the user's --events files once before any article: a bad file is one line naming
    it (EventwireError), not a failure of every record."""
    if settings.events_files:
        events_lexicon(settings)


def _with_context_codes(doc: Doc, entities: list, places: list, settings: Settings, published) -> list:
    """Entities the table left without a code, coded from context (known names in another
    casing, titled persons in the article's country: ``actors.context_codes``); copies, the
    entity table stays as the entity extractor made it."""
    country = actors_x.main_country(entities, places) or actors_x.text_country(doc)
    codes = actors_x.context_codes(entities, country, actors_x.actor_dictionary(settings.actors_files), published)
    return [e.model_copy(update={"code": codes[e.id]}) if e.id in codes else e for e in entities]


def build_record(doc: Doc, art: ArticleInput, settings: Settings = DEFAULT) -> Record:
    published = parse_published(art.published)
    sentences = sentences_of(doc)
    facts = doc_facts(doc)  # sentences, paragraphs, quotation marks: once, for every extractor
    table = entities_x.extract_entities(doc, actors_files=settings.actors_files, published=published, facts=facts)
    dates = dates_x.extract_dates(doc, published)
    quotes = quotes_x.extract_quotes(doc, table, facts=facts, cue_kinds=frozenset(settings.cue_kinds))
    places = places_x.extract_places(doc, table)
    coded = events_x.extract_events(doc, table, quotes, places, dates, sentences, lexicon=events_lexicon(settings))
    events = coded.events
    entities = _with_context_codes(doc, table.entities, places, settings, published) + coded.entities
    # figures after events: each death, injury or arrest count links to the event that caused it
    figures = figures_x.link_events(figures_x.extract_figures(doc, table, quotes, dates), events)
    # deaths no event names ("died in custody") take the doer of their cause phrase
    figures, doers = casualties_x.attribute_figures(doc, table, quotes, places, figures, coded.entities,
                                                   lexicon=events_lexicon(settings))
    entities += doers
    article = Article(
        id=article_id(art.text), title=art.title, published=art.published, source=art.source,
        url=art.url, language=art.language or "en", text=art.text, analyzer=__version__,
    )
    return Record(
        article=article, sentences=sentences, entities=entities, quotes=quotes,
        events=events, figures=figures, places=places, dates=dates,
    )


CHUNK = 8  # articles per task sent to a worker: amortises pickling without starving the pool


@dataclass
class Failed:
    """An article the analyzer could not handle (a bug, reported and skipped)."""

    origin: str
    reason: str


LONG_TEXT = 50_000  # characters: a longer text is parsed in paragraph-aligned pieces


def paragraph_pieces(text: str, size: int = LONG_TEXT) -> list[str]:
    """``text`` cut after paragraph breaks into pieces of about ``size`` characters (a
    paragraph longer than that is cut after a sentence end, else at a space); the pieces
    join back to exactly ``text``."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind("\n\n"), -1)
        if cut > 0:
            cut += 2
            while cut < len(window) and window[cut] in "\n\r\t ":
                cut += 1
        else:
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            cut = cut + 2 if cut > 0 else (window.rfind(" ") + 1 or size)
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse(nlp, text: str) -> Doc:
    """One Doc for ``text``. A long text is parsed piece by piece (:func:`paragraph_pieces`)
    and the pieces joined into one Doc, so the parser's working memory is bounded by the
    piece size; the extractors then see the whole article at once, so entities, speakers
    and quotes carry across the pieces as in a short article."""
    if len(text) <= LONG_TEXT:
        return nlp(text)
    return Doc.from_docs(list(nlp.pipe(paragraph_pieces(text, LONG_TEXT))), ensure_whitespace=False)


def analyze_chunk(articles: list[ArticleInput], settings: Settings = DEFAULT) -> list[Record | Failed]:
    """Analyze articles one parse batch at a time; one failing article fails alone."""
    nlp = get_nlp(settings.model)
    try:
        if any(len(a.text) > LONG_TEXT for a in articles):
            docs: list = [parse(nlp, a.text) for a in articles]
        else:
            docs = list(nlp.pipe((a.text for a in articles), batch_size=settings.batch_size))
    except Exception:  # the batch failed: parse one by one so only the culprit is lost
        docs = [_parse_one(nlp, a) for a in articles]
    return [doc if isinstance(doc, Failed) else _record_or_failure(doc, art, settings)
            for doc, art in zip(docs, articles)]


def _parse_one(nlp, art: ArticleInput):
    try:
        return parse(nlp, art.text)
    except Exception as exc:
        return Failed(art.origin, f"the analyzer failed: {type(exc).__name__}: {exc}")


def _record_or_failure(doc: Doc, art: ArticleInput, settings: Settings) -> Record | Failed:
    try:
        return build_record(doc, art, settings)
    except Exception as exc:
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
