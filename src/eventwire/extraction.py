"""The engine's parts shared by a whole-document and a piecewise analysis: every
extractor over one Doc (:func:`extract_all`, in order of dependence) and the pieces of
a record that do not depend on how the text was parsed."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire import __version__
from eventwire.config import DEFAULT, Settings
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
from eventwire.nlp import sentence_spans
from eventwire.record import Article, Sentence, day_of


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


def with_context_codes(entities: list, country: str | None, settings: Settings, published) -> list:
    """Entities the table left without a code, coded from context (known names in another
    casing, titled persons in the article's country: ``actors.context_codes``); copies, the
    entity table stays as the entity extractor made it."""
    codes = actors_x.context_codes(entities, country, actors_x.actor_dictionary(settings.actors_files), published)
    return [e.model_copy(update={"code": codes[e.id]}) if e.id in codes else e for e in entities]


@dataclass
class Extracted:
    """What the extractors found in one Doc, before the record is assembled."""

    sentences: list[Sentence]
    entities: list  # the entity table's, without the codes from context
    event_entities: list  # the group entities the event coder made
    quotes: list
    events: list
    figures: list
    places: list
    dates: list


def extract_all(doc: Doc, published, settings: Settings = DEFAULT, prior: tuple = ()) -> Extracted:
    """Every extractor over ``doc``, in order of dependence. ``prior``: the entities of the
    earlier pieces of a long text (:mod:`eventwire.piecewise`), which this piece's
    surnames, definite descriptions and places are resolved against."""
    sentences = sentences_of(doc)
    facts = doc_facts(doc)  # sentences, paragraphs, quotation marks: once, for every extractor
    table = entities_x.extract_entities(doc, actors_files=settings.actors_files, published=published, facts=facts,
                                        prior=prior)
    dates = dates_x.extract_dates(doc, published)
    quotes = quotes_x.extract_quotes(doc, table, facts=facts, cue_kinds=frozenset(settings.cue_kinds))
    places = places_x.extract_places(doc, table, earlier=prior)
    coded = events_x.extract_events(doc, table, quotes, places, dates, sentences, lexicon=events_lexicon(settings))
    # figures after events: each death, injury or arrest count links to the event that caused it
    figures = figures_x.link_events(figures_x.extract_figures(doc, table, quotes, dates), coded.events)
    # deaths no event names ("died in custody") take the doer of their cause phrase
    figures, doers = casualties_x.attribute_figures(doc, table, quotes, places, figures, coded.entities,
                                                   lexicon=events_lexicon(settings))
    return Extracted(sentences, table.entities, coded.entities + doers, quotes, coded.events, figures, places, dates)


def article_of(art: ArticleInput) -> Article:
    return Article(
        id=article_id(art.text), title=art.title, published=art.published, source=art.source,
        url=art.url, language=art.language or "en", text=art.text, analyzer=__version__,
    )
