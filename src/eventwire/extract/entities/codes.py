"""Actor codes of entities (dictionary, curated referent, title + affiliation)."""
from __future__ import annotations

from eventwire.extract import actors as actors_x
from eventwire.extract.entities.lexicon import Gazetteer
from eventwire.extract.entities.model import _Ent


def _code_of(e: _Ent, dictionary: actors_x.ActorDictionary, published, g: Gazetteer) -> str | None:
    entry = dictionary.lookup(e.name)
    if entry is not None:
        code = entry.code_on(published)
        if code:
            return code
    if e.referent is not None:
        return e.referent.code
    if e.kind == "person":
        aff = e.affiliation
        return actors_x.person_code(e.title, aff.code if aff else None, aff.kind if aff else None)
    if e.kind in ("organization", "media", "group") and e.inner:
        # "White House National Security Council": the body of a known actor's country,
        # with the sector of its head noun ("Israeli Supreme Court" -> JUD) or the inner one's.
        ref = e.inner[0]
        words = e.name.lower().split()
        roles = actors_x.role_nouns()
        head = roles.get(" ".join(words[-2:])) or roles.get(words[-1])  # "air force" before "force"
        sector = head.sector if head and head.sector else ref.sector or ("GOV" if ref.kind == "country" else None)
        country = ref.country
        if ref.code and ref.code.startswith(("IGO", "NGO")):
            return ref.code
        return actors_x.combine(country, sector)
    return None
