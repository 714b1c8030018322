"""The article record (schema ``eventwire/1``) as typed models.

These pydantic models are the one definition of the contract in
``shared/docs/SCHEMA.md``: the analyzer builds them, the store persists them, the API
serves them and ``eventwire schema`` prints their JSON Schema, so code and contract
cannot drift. Offsets are 0-based, end-exclusive character offsets into
``article.text``.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "eventwire/1"

EntityKind = Literal["person", "organization", "country", "place", "group", "media", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]
DatePrecision = Literal["day", "month", "year"]
PlacePrecision = Literal["country", "region", "city", "site"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
FigureKind = Literal[
    "killed", "wounded", "arrested", "detained", "displaced", "hostages", "missing",
    "protesters", "troops", "aid", "money", "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Article(_Model):
    id: str = Field(description="sha256 hex of the normalised text")
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD")
    source: str | None = None
    url: str | None = None
    language: str = "en"
    text: str
    analyzer: str | None = Field(None, description="eventwire version that produced the record")


class Sentence(_Model):
    index: int
    start: int
    end: int


class Mention(_Model):
    start: int
    end: int
    text: str


class Entity(_Model):
    id: str
    name: str
    kind: EntityKind
    code: str | None = Field(None, description="CAMEO-style actor code: ISO alpha-3 + sector")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    sector: str | None = None
    title: str | None = None
    affiliation: str | None = Field(None, description="entity id of the affiliation")
    mentions: list[Mention] = Field(default_factory=list)


class Quote(_Model):
    id: str
    kind: QuoteKind
    text: str
    start: int
    end: int
    speaker: str | None = Field(None, description="entity id, never a pronoun string")
    speaker_text: str | None = None
    cue: str | None = None
    addressee: str | None = Field(None, description="entity id")
    sentence: int | None = None


class EventContent(_Model):
    """The action a speech act is about (PLOVER: the content of the main event, not an event of its own)."""

    text: str = Field(description="the embedded action as written (\"to strike the dam\")")
    start: int = Field(description="offset of the embedded action in article.text")
    end: int
    type: EventType | None = Field(None, description="PLOVER type the embedded action would have on its own")


class Event(_Model):
    id: str
    type: EventType
    mode: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    cameo: str | None = None
    actor: list[str] = Field(default_factory=list)
    recipient: list[str] = Field(default_factory=list)
    trigger: str
    sentence: int
    start: int
    end: int
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = Field(None, description="quote id")
    date: str | None = None
    place: str | None = Field(None, description="place id")
    confidence: float = Field(ge=0.0, le=1.0)
    content: EventContent | None = Field(
        None, description="for saying, intending, agreeing, demanding, threatening, refusing acts: the action "
        "they are about (\"threatened to strike the dam\" is THREATEN with content \"to strike the dam\"); "
        "that action is not emitted as an event of its own")
    embedded: bool = Field(
        False, description="the event sits in a subordinate position (temporal, relative, participial clause, "
        "or a noun in a prepositional phrase) and really happened; the sentence's main event comes first")
    historical: bool = Field(
        False, description="a background reference to an earlier event (\"after his arrest last year\"), "
        "not news of the article")


class Figure(_Model):
    id: str
    kind: FigureKind
    value: int | float
    low: int | float | None = None
    high: int | float | None = None
    qualifier: str | None = None
    subject: str | None = None
    by: list[str] = Field(default_factory=list)
    since: str | None = None
    start: int
    end: int
    text: str | None = None
    sentence: int | None = None
    reported_by: str | None = None
    event: str | None = Field(None, description="id of the event that caused the deaths, injuries or arrests counted")


class Place(_Model):
    id: str
    name: str
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: PlacePrecision
    mentions: list[Mention] = Field(default_factory=list)


class DateRef(_Model):
    text: str
    start: int
    end: int
    value: str
    precision: DatePrecision


class Record(_Model):
    schema_: str = Field(SCHEMA_ID, alias="schema")
    article: Article
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[DateRef] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


def json_schema() -> dict:
    return Record.model_json_schema(by_alias=True)
