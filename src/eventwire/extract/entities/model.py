"""The entity table handed to later extractors, and the working records of the phases."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from eventwire.extract.entities.lexicon import Referent
from eventwire.record import Entity, Mention


# --------------------------------------------------------------------------- table


@dataclass
class EntityTable:
    """The entities of one article and which tokens mention them.

    ``token_entity`` maps a token index to the id of the entity that token mentions,
    so later extractors (quotes, events, figures) resolve a speaker or an actor from
    any token of its phrase, pronouns included. ``token_code`` gives a mention's own
    actor code where it is more specific than its entity's ("Israeli forces" is a
    mention of Israel coded ISRMIL).
    """

    entities: list[Entity] = field(default_factory=list)
    token_entity: dict[int, str] = field(default_factory=dict)
    token_code: dict[int, str] = field(default_factory=dict)

    def get(self, eid: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == eid:
                return e
        return None

    def entity_at(self, i: int) -> str | None:
        return self.token_entity.get(i)

    def entity_in(self, span: Span) -> str | None:
        """The entity mentioned by the span's syntactic head, else by any of its tokens."""
        eid = self.token_entity.get(span.root.i)
        if eid:
            return eid
        for tok in span:
            if tok.i in self.token_entity:
                return self.token_entity[tok.i]
        return None

    def add_entity(self, name: str, kind: str, mention: Mention, affiliation: str | None = None) -> str:
        """A new entity found after the entity phases (an unnamed source); returns its id."""
        eid = f"E{len(self.entities) + 1}"
        while self.get(eid) is not None:
            eid = f"E{int(eid[1:]) + 1}"
        self.entities.append(Entity(id=eid, name=name, kind=kind, affiliation=affiliation, mentions=[mention]))
        return eid

    def add_mention(self, eid: str, mention: Mention) -> None:
        e = self.get(eid)
        if e is not None and all((m.start, m.end) != (mention.start, mention.end) for m in e.mentions):
            e.mentions.append(mention)
            e.mentions.sort(key=lambda m: m.start)

    def code_at(self, i: int) -> str | None:
        """Actor code of the mention at token ``i``: the mention's own, else its entity's."""
        if i in self.token_code:
            return self.token_code[i]
        e = self.get(self.token_entity.get(i))
        return e.code if e else None


@dataclass(eq=False)
class _Ent:
    key: tuple
    name: str
    kind: str
    referent: Referent | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    affiliation: _Ent | None = None
    gender: str | None = None
    inner: list[Referent] = field(default_factory=list)
    possessor: int | None = None  # token index of "his" in "his former Defense Minister X"
    code: str | None = None
    # An entity of an earlier piece of a long text (``extract_entities(prior=...)``): its
    # recency among them (higher = mentioned later), so a bare surname or "the ministry"
    # of this piece can still join it; it enters the table only if this piece mentions it.
    prior_rank: int | None = None

    @property
    def first(self) -> int:
        return min(s for s, _ in self.spans) if self.spans else 10**9


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    referent: Referent | None = None
    label: str | None = None
    sector: str | None = None  # of a demonym + collective noun ("Israeli forces" -> MIL)
    inner: list[Referent] = field(default_factory=list)  # curated names inside an NER name
    name: str | None = None  # the entity's name when it is not the span's text ("Zamzam camp")
