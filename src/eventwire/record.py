"""The article record (schema ``eventwire/1``) as typed models.

These pydantic models are the one definition of the contract in
``shared/docs/SCHEMA.md``: the analyzer builds them, the store persists them, the API
serves them and ``eventwire schema`` prints their JSON Schema, so code and contract
cannot drift. Offsets are 0-based, end-exclusive character offsets into
``article.text``.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "eventwire/1"

EntityKind = Literal["person", "organization", "country", "place", "group", "media", "document", "other"]
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


def day_of(value: str | None) -> dt.date | None:
    """The day a record's date string starts with ("2025-05-20", "2025-05-20T08:00"),
    or None when there is none or it is no calendar day."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


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


CueKind = Literal["speech", "stance", "belief", "intention", "statement", "noun", "evidence", "directive",
                  "according_to", "colon"]
CUE_KINDS: tuple[str, ...] = CueKind.__args__  # type: ignore[attr-defined]


class TextSpan(_Model):
    start: int
    end: int


class Quote(_Model):
    """One attribution: content (``text``) attributed to a source (``speaker``) through a cue.

    Not only quotations: every class of attribution news uses (``cue_kind``); see
    docs/attribution.md."""

    id: str
    kind: QuoteKind = Field(description="direct (all in quotation marks), indirect (none), mixed (a reported clause with a quoted fragment)")
    text: str = Field(description="the attributed content, article[start:end]; for a split quote it runs from the first part to the last")
    start: int
    end: int
    speaker: str | None = Field(None, description="entity id of the source (a person, organization, group, media outlet or document; unnamed sources are entities too), never a pronoun string")
    speaker_text: str | None = Field(None, description="the source phrase as written at the cue")
    cue: str | None = Field(None, description="the cue as written: said, praised, according to, her claim, ':' ...")
    addressee: str | None = Field(None, description="entity id")
    sentence: int | None = None
    cue_kind: CueKind = Field("speech", description=(
        "class of the attribution cue: speech (said, told), stance (praised X as Y, denied the allegations), "
        "belief (believes, fears, is expected to), intention (plans to, vowed to, declined to), statement "
        "(released a statement saying, expressed concern that), noun (her claim that, allegations of), "
        "evidence (the report found, a poll shows), directive (urged X to, called on X to), according_to "
        "(according to X), colon (Critics, in a letter: ...)"))
    negated: bool = Field(False, description="the cue is negated: did not say whether, never claimed, declined to say")
    parts: list[TextSpan] = Field(default_factory=list, description=(
        "character spans of the pieces of a quote split around its attribution (\"A,\" she said, \"B.\"); "
        "empty when the content is one piece"))
    continues: str | None = Field(None, description=(
        "quote id of the attribution this cue-less quote continues (same speaker, following sentence or paragraph)"))


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
    codes: dict[str, str] = Field(
        default_factory=dict, description="actor codes of this event's actors and recipients as named in it, where "
        "more specific than their entity's code (entity id -> code: \"Kenyan police\" is a mention of Kenya, "
        "coded KENCOP here)")
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
