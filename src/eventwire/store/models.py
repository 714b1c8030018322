"""The corpus store's tables, as SQLAlchemy 2.0 declarative models.

One row per article plus one row per item of its record (entities and their mentions,
quotes, events with their actor and recipient links, figures, places and their mentions,
dates, sentences), every character offset kept, so queries can filter on any field and
``article.text[start:end]`` is always the evidence. The record as the analyzer produced
it is also kept whole (``articles.record_json``): reading an article back gives exactly
the record that was stored, whatever the flat tables do with it.

Items are keyed by ``(article_id, id)`` where ``id`` is the record-local id (``E1``,
``Q3``, ``V2``...). References between items of one article (an event's actors, a
quote's speaker, an event's place) are plain columns holding those local ids, joined on
``(article_id, id)``: no foreign key, so a record whose extractor left a dangling id is
still stored (the record JSON stays the truth) instead of being refused.

The schema is created and upgraded by the Alembic migrations in
``eventwire/migrations`` (applied by :func:`eventwire.store.db.open_store`), never by
``metadata.create_all``; these models describe it for queries.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship



def article_fk() -> ForeignKey:
    """Items belong to one article and go with it (``ON DELETE CASCADE``)."""
    return ForeignKey("articles.id", ondelete="CASCADE")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Article(Base):
    """One article, identified by the sha256 of its normalised text (``eventwire.readers.article_id``)."""

    __tablename__ = "articles"
    # Quotes and figures filter and sort on their article's day: these two answer it from
    # an index, without reading the article row (text and record). The duplicates of an
    # article are read in ``added`` order (migration 0007).
    __table_args__ = (Index("ix_articles_published_id", "published", "id"),
                      Index("ix_articles_id_published", "id", "published"),
                      Index("ix_articles_duplicate_of_added", "duplicate_of", "added"))

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))  # YYYY-MM-DD
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16), default="en")
    text: Mapped[str] = mapped_column(Text)
    # eventwire version that produced the record; ``eventwire reprocess`` redoes older ones.
    analyzer: Mapped[str | None] = mapped_column(String(32), index=True)
    # The near-duplicate this article repeats (the first one seen), or null.
    duplicate_of: Mapped[str | None] = mapped_column(String(64))
    # Where the article was read from (path, line or WARC offset), for provenance.
    origin: Mapped[str | None] = mapped_column(Text)
    added: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    # MinHash signature (uint64 little-endian values) of the word shingles, for dedup.
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The complete record (schema eventwire/1) as JSON, for an exact round-trip.
    record_json: Mapped[str] = mapped_column(Text)

    entities: Mapped[list[Entity]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Entity.position")
    quotes: Mapped[list[Quote]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Quote.position")
    events: Mapped[list[Event]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Event.position")
    figures: Mapped[list[Figure]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Figure.position")
    places: Mapped[list[Place]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Place.position")
    dates: Mapped[list[DateRef]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DateRef.position")


class Sentence(Base):
    __tablename__ = "sentences"

    article_id: Mapped[str] = mapped_column(String(64), article_fk(), primary_key=True)
    index: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class Entity(Base):
    __tablename__ = "entities"
    __table_args__ = (Index("ix_entities_name", "name"),
                      Index("ix_entities_code", "code", "article_id", "id"), Index("ix_entities_country", "country"),
                      Index("ix_entities_name_key", "name_key", "article_id", "id"),
                      # An organisation's members, from the index (migration 0007).
                      Index("ix_entities_affiliation", "article_id", "affiliation", "id"))

    article_id: Mapped[str] = mapped_column(String(64), article_fk(), primary_key=True)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)  # order in the record
    name: Mapped[str] = mapped_column(Text)
    # name.lower() (Python's Unicode lower-casing): what actor filters match on, indexed.
    name_key: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    code: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(3))
    sector: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    affiliation: Mapped[str | None] = mapped_column(String(32))  # entity id in the same article

    article: Mapped[Article] = relationship(back_populates="entities")


class EntityName(Base):
    """Every distinct ``Entity.name_key`` ever stored: actor filters match a substring
    against this short list, not against every entity row (3 ms per request on the
    20,000-event bench store). Names stay when their articles go: a stale name only
    adds a value that matches no link row."""
    __tablename__ = "entity_names"

    name_key: Mapped[str] = mapped_column(Text, primary_key=True)


class Mention(Base):
    """One mention of an entity (``entity_id``) in the article text."""

    __tablename__ = "mentions"

    article_id: Mapped[str] = mapped_column(String(64), article_fk(), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (Index("ix_quotes_speaker", "article_id", "speaker"),)

    article_id: Mapped[str] = mapped_column(String(64), article_fk(), primary_key=True)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(String(32))  # entity id
    speaker_text: Mapped[str | None] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(Text)
    addressee: Mapped[str | None] = mapped_column(String(32))  # entity id
    sentence: Mapped[int | None] = mapped_column(Integer)
    cue_kind: Mapped[str] = mapped_column(String(16), default="speech")  # attribution class (record.CueKind)
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    parts: Mapped[list | None] = mapped_column(JSON)  # [{start, end}] of a split quote
    continues: Mapped[str | None] = mapped_column(String(32))  # quote id
    # Copies made when the quote is written (migration 0009): the speaker entity's name key
    # and name, the name of the organisation it is affiliated to, and the article's day.
    # The quotes page filters, orders and counts its facets on them from one index range
    # instead of joining two entities and the article for every quote of a speaker. None
    # of them changes once stored (reprocessing rewrites an article's rows whole).
    speaker_key: Mapped[str | None] = mapped_column(Text)
    speaker_name: Mapped[str | None] = mapped_column(Text)
    affiliation_name: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))

    article: Mapped[Article] = relationship(back_populates="quotes")


_Q = Quote
# The speaker's quotes newest first (missing days last), with the facet columns: the page,
# its keys and its facets are one index range (migration 0009).
Index("ix_quotes_speaker_day", _Q.speaker_key, _Q.published.desc().nulls_last(), _Q.article_id, _Q.position, _Q.id,
      _Q.kind, _Q.cue_kind, _Q.speaker_name, _Q.affiliation_name)
Index("ix_quotes_published", _Q.published.desc().nulls_last(), _Q.article_id, _Q.position, _Q.id)


class EventCluster(Base):
    """Events from different articles sharing type, actors, day and place (GDELT's
    one-event-many-mentions; Phoenix's one-a-day filter). Maintained on every write."""

    __tablename__ = "event_clusters"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # sha1 of the key
    type: Mapped[str] = mapped_column(String(16), index=True)
    day: Mapped[str] = mapped_column(String(10), index=True)
    actors: Mapped[str] = mapped_column(Text)       # sorted actor keys, "|"-joined
    recipients: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(Text)
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    sources: Mapped[list] = mapped_column(JSON, default=list)  # distinct sources, sorted


EVENT_FACETS = ("hypothetical", "negated", "reported_by")


class Event(Base):
    __tablename__ = "events"
    # The ordered indexes end with the yes/no facets: a facet filter is checked in the
    # index, not by reading each candidate row (migration 0003).
    __table_args__ = (Index("ix_events_date", "date"),
                      Index("ix_events_key_day", "article_id", "id", "day", "position"),
                      # The place of a figure's sentence (the figures page), from the index.
                      Index("ix_events_sentence_place", "article_id", "sentence", "position", "place"))

    article_id: Mapped[str] = mapped_column(String(64), article_fk(), primary_key=True)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16))
    mode: Mapped[list] = mapped_column(JSON, default=list)
    context: Mapped[list] = mapped_column(JSON, default=list)
    cameo: Mapped[str | None] = mapped_column(String(8))
    trigger: Mapped[str] = mapped_column(Text)
    sentence: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    hypothetical: Mapped[bool] = mapped_column(Boolean, default=False)
    # In a subordinate position / a background reference to an earlier event (migration 0006).
    embedded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    historical: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    reported_by: Mapped[str | None] = mapped_column(String(32))  # quote id
    date: Mapped[str | None] = mapped_column(String(10))  # as extracted (may be YYYY or YYYY-MM)
    # The day the event is filed under: its own full date, else the article's date.
    day: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str | None] = mapped_column(String(32))  # place id
    confidence: Mapped[float] = mapped_column(Float)
    cluster_id: Mapped[str | None] = mapped_column(
        ForeignKey("event_clusters.id", ondelete="SET NULL"), index=True)

    article: Mapped[Article] = relationship(back_populates="events")


_E = Event
# Newest day first, missing days last, as every events page orders (PostgreSQL's DESC alone
# puts NULLs first, and an ascending day index read backwards gives the article ids in
# reverse: PostgreSQL sorted a type's 3 months of events for each page, 18 ms at a million
# events). They end with the yes/no facets, checked in the index (migrations 0003, 0009).
Index("ix_events_type_day_desc", _E.type, _E.day.desc().nulls_last(), _E.article_id, _E.position,
      *(_E.__table__.c[f] for f in EVENT_FACETS))
Index("ix_events_day_desc", _E.day.desc().nulls_last(), _E.article_id, _E.position,
      *(_E.__table__.c[f] for f in EVENT_FACETS))

LINK_PAGE_COLUMNS = ("day", "event_position", "event_type")


class _EventLink:
    """An event's link to one of its entities, as an actor or a recipient.

    The row also carries the entity's name, name key, kind, code and country, and the
    event's type, day and position (migration 0003): filters and pages read them here,
    without a join to ``entities`` or a probe of ``events``. An article's entities and
    events never change once stored (reprocessing replaces its rows), so the copies
    cannot drift."""

    article_id: Mapped[str] = mapped_column(String(64), article_fk(), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(Text)
    name_key: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(16))
    code: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(3))
    event_type: Mapped[str | None] = mapped_column(String(16))
    day: Mapped[str | None] = mapped_column(String(10))
    event_position: Mapped[int | None] = mapped_column(Integer)

    @declared_attr.directive
    def __table_args__(cls) -> tuple:
        t = cls.__tablename__
        return (Index(f"ix_{t}_entity", "article_id", "entity_id", "event_id"),
                Index(f"ix_{t}_code", "code", "article_id", "event_id", *LINK_PAGE_COLUMNS),
                Index(f"ix_{t}_country", "country", "article_id", "event_id"))


class EventActor(_EventLink, Base):
    __tablename__ = "event_actors"


class EventRecipient(_EventLink, Base):
    __tablename__ = "event_recipients"


# An actor's events newest first, in index order (migration 0007). The page sorts
# missing days last: PostgreSQL's DESC alone would put them first; SQLite's DESC already
# puts them last (and its CREATE INDEX takes no NULLS LAST).
for _link in (EventActor, EventRecipient):
    Index(f"ix_{_link.__tablename__}_name_day", _link.name_key, _link.day.desc().nulls_last(), _link.article_id,
          _link.event_position, _link.event_id, _link.event_type)


class Figure(Base):
    __tablename__ = "figures"
    __table_args__ = (Index("ix_figures_event", "article_id", "event"),
                      Index("ix_figures_article_kind", "article_id", "kind", "position", "id"))

    article_id: Mapped[str] = mapped_column(String(64), article_fk(), primary_key=True)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[float] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    by: Mapped[list] = mapped_column(JSON, default=list)  # entity ids
    since: Mapped[str | None] = mapped_column(String(10))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    sentence: Mapped[int | None] = mapped_column(Integer)
    reported_by: Mapped[str | None] = mapped_column(String(32))
    event: Mapped[str | None] = mapped_column(String(32))  # the event counted (migration 0006)
    # The article's published day, copied when the figure is written (migration 0008): the
    # figures pages filter and sort on it from the index below, without joining articles.
    # An article's day never changes once stored (reprocessing rewrites its figures).
    published: Mapped[str | None] = mapped_column(String(10))
    # Who gives the number and where, computed when the figure is written (migration 0009):
    # the claimant is the speaker of the quote reporting it (the speaker entity's name,
    # else the speaker as written), else the article's source; ``claimant_from`` says
    # which ("quote" or "source"); the place is that of the first event of the figure's
    # sentence with a place. The figures page and its competing claims read them off the
    # row; joining quote, speaker, article and the sentence's events for every figure was
    # most of the page (and a claimant filter scanned all of them through the joins).
    claimant: Mapped[str | None] = mapped_column(Text)
    claimant_from: Mapped[str | None] = mapped_column(String(8))
    place: Mapped[str | None] = mapped_column(Text)


# A kind and/or a date range as one range of an index, in the order the pages read:
# newest first, missing days last, for the list (PostgreSQL's DESC alone would put them
# first; SQLite's already puts them last and its CREATE INDEX takes no NULLS LAST);
# oldest first among figures with a subject, for the competing claims. Migration 0008.
_F = Figure
Index("ix_figures_kind_published", _F.kind, _F.published.desc().nulls_last(), _F.article_id, _F.position, _F.id)
Index("ix_figures_published", _F.published.desc().nulls_last(), _F.article_id, _F.position, _F.id)
# The claims' indexes carry what the claims read after their keys: index-only (0009).
_CLAIM_READS = (_F.subject, _F.value, _F.qualifier, _F.sentence, _F.claimant, _F.claimant_from, _F.place)
Index("ix_figures_kind_claims", _F.kind, _F.published, _F.article_id, _F.position, _F.id, *_CLAIM_READS,
      sqlite_where=_F.subject.is_not(None), postgresql_where=_F.subject.is_not(None))
Index("ix_figures_claims", _F.published, _F.article_id, _F.position, _F.id, *_CLAIM_READS,
      sqlite_where=_F.subject.is_not(None), postgresql_where=_F.subject.is_not(None))


class Place(Base):
    __tablename__ = "places"
    __table_args__ = (Index("ix_places_name", "name"), Index("ix_places_country", "country"))

    article_id: Mapped[str] = mapped_column(String(64), article_fk(), primary_key=True)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    precision: Mapped[str] = mapped_column(String(16))


class PlaceMention(Base):
    __tablename__ = "place_mentions"

    article_id: Mapped[str] = mapped_column(String(64), article_fk(), primary_key=True)
    place_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class DateRef(Base):
    __tablename__ = "dates"
    __table_args__ = (Index("ix_dates_value", "value"),)

    article_id: Mapped[str] = mapped_column(String(64), article_fk(), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(String(10))
    precision: Mapped[str] = mapped_column(String(8))


# Tables holding one article's items, in the order they are written (and cleared).
ITEM_TABLES = (
    Sentence.__table__, Entity.__table__, Mention.__table__, Quote.__table__, Event.__table__,
    EventActor.__table__, EventRecipient.__table__, Figure.__table__, Place.__table__,
    PlaceMention.__table__, DateRef.__table__,
)
