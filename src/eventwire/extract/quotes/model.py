"""The working records of quote extraction: drafts, and the state the phases share."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from eventwire.extract.cues import CueLexicon
from eventwire.extract.docfacts import DocFacts
from eventwire.extract.quotes.finding import Cue


@dataclass(eq=False)
class _Draft:
    kind: str
    start: int
    end: int
    cue: Cue | None
    speaker: str | None = None
    speaker_text: str | None = None
    addressee: str | None = None
    cue_text: str | None = None
    segment: int | None = None
    para: int = 0
    parts: list[tuple[int, int]] = field(default_factory=list)  # pieces of a split quote
    continues: _Draft | None = None  # the quote this cue-less one continues
    qid: str | None = None


@dataclass
class Run:
    """What the phases of :func:`eventwire.extract.quotes.extract_quotes` share."""

    doc: Doc
    table: object  # EntityTable
    facts: DocFacts
    lex: CueLexicon
    cues: list[Cue] = field(default_factory=list)
    drafts: list[_Draft] = field(default_factory=list)
    seg_cue: dict[int, Cue] = field(default_factory=dict)  # direct attributions found through the parse
    used: set[int] = field(default_factory=set)  # segments consumed by a mixed, indirect or colon quote
    datelines: dict[int, int] = field(default_factory=dict)  # paragraph start -> dateline end
    unnamed: dict[tuple, str] = field(default_factory=dict)  # unnamed sources: (kind, phrase) -> entity id

    def __post_init__(self) -> None:
        self.text = self.facts.text
        self.claimed = bytearray(len(self.doc))  # tokens already reported (the outermost cue wins)

    @property
    def para_starts(self) -> list[int]:
        return [a for a, _ in self.facts.paragraphs]
