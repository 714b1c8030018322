"""Entities: one per referent, with all its mentions (placeholder until the full resolver)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from eventwire.record import Entity, Mention

KIND_BY_LABEL = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group", "LOC": "place", "FAC": "place"}


@dataclass
class EntityTable:
    """The entities of one article and which tokens mention them.

    ``token_entity`` maps a token index to the id of the entity that token mentions,
    so later extractors (quotes, events, figures) resolve a speaker or an actor from
    any token of its phrase, pronouns included.
    """

    entities: list[Entity] = field(default_factory=list)
    token_entity: dict[int, str] = field(default_factory=dict)

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


def extract_entities(doc: Doc, actors_files: tuple[str, ...] = (), published: dt.date | None = None) -> EntityTable:
    table = EntityTable()
    by_name: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        kind = KIND_BY_LABEL.get(ent.label_)
        if not kind:
            continue
        key = (ent.text.lower(), kind)
        e = by_name.get(key)
        if e is None:
            e = Entity(id=f"E{len(table.entities) + 1}", name=ent.text, kind=kind)
            by_name[key] = e
            table.entities.append(e)
        e.mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text))
        for t in ent:
            table.token_entity[t.i] = e.id
    return table
