"""From article inputs to records: one spaCy pass (``nlp.pipe``), then the extractors.

Data flows one way: ``ingest`` -> ``nlp`` -> ``extract.*`` -> ``record``. Each extractor
is a pure function over the parsed ``Doc`` plus what earlier extractors found
(entities before quotes, quotes before events...), so the order below is the order of
dependence.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from eventwire import __version__
from eventwire.config import DEFAULT, Settings
from eventwire.extract import actors as actors_x
from eventwire.extract import dates as dates_x
from eventwire.extract.docfacts import doc_facts
from eventwire.extract import entities as entities_x
from eventwire.extract import events as events_x
from eventwire.extract import figures as figures_x
from eventwire.extract import places as places_x
from eventwire.extract import quotes as quotes_x
from eventwire.readers import ArticleInput, article_id
from eventwire.nlp import get_nlp, sentence_spans
from eventwire.record import Article, Record, Sentence


def sentences_of(doc: Doc) -> list[Sentence]:
    """Sentence records from :func:`eventwire.nlp.sentence_spans` (paragraph gaps belong to none)."""
    return [Sentence(index=i, start=s.start_char, end=s.end_char) for i, s in enumerate(sentence_spans(doc))]


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def events_lexicon(settings: Settings):
    """The event lexicon with the user's ``--events`` files merged on top (cached per file set)."""
    return events_x.load_lexicon(tuple(settings.events_files))


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
    article = Article(
        id=article_id(art.text), title=art.title, published=art.published, source=art.source,
        url=art.url, language=art.language or "en", text=art.text, analyzer=__version__,
    )
    return Record(
        article=article, sentences=sentences, entities=entities, quotes=quotes,
        events=events, figures=figures, places=places, dates=dates,
    )


def analyze_many(
    articles: Iterable[ArticleInput], settings: Settings = DEFAULT, n_process: int = 1
) -> Iterator[Record]:
    """Analyze articles in batches with ``nlp.pipe``; yields one record per input, in order.

    With ``n_process > 1`` whole batches (parse *and* extraction) go to worker
    processes, each holding its own pipeline: spaCy's own ``n_process`` would parallelise
    only the parse and leave the extractors serial in this process.
    """
    if n_process > 1:
        yield from _analyze_parallel(articles, settings, n_process)
        return
    nlp = get_nlp(settings.model)
    pairs = ((a.text, a) for a in articles)
    for doc, art in nlp.pipe(pairs, as_tuples=True, batch_size=settings.batch_size):
        yield build_record(doc, art, settings)


def _analyze_batch(job: tuple[list[ArticleInput], Settings]) -> list[Record]:
    batch, settings = job
    return list(analyze_many(batch, settings))


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


def _analyze_parallel(articles: Iterable[ArticleInput], settings: Settings, n_process: int) -> Iterator[Record]:
    import multiprocessing as mp

    # fork shares the already-imported code; each worker loads the pipeline once (lru_cache).
    ctx = mp.get_context("fork")
    with ctx.Pool(n_process) as pool:
        jobs = ((b, settings) for b in batches(articles, settings.batch_size))
        for records in pool.imap(_analyze_batch, jobs):
            yield from records


def analyze(article: ArticleInput, settings: Settings = DEFAULT) -> Record:
    return next(analyze_many([article], settings))


def analyze_text(text: str, published: str | None = None, settings: Settings = DEFAULT, **meta) -> Record:
    """Convenience for library users and tests: analyze a string."""
    return analyze(ArticleInput(text=text, published=published, **meta), settings)
