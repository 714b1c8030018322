"""Perpetrators of the deaths and injuries that no event names (issue 10 point 4): "died in
custody", "succumbed to injuries sustained when officers rammed his motorbike", "died in a
police raid" when the raid is no event of its own.

``link_events`` gives a casualty figure its event's actor; a figure of "died", "succumbed"
or an agentless passive that still has no doer is read here from its cause phrase
(``perpetrators.cause_actors``), and a death in a place of custody with no other doer is the
police's. The group entities made for them are returned, as the event coder returns its own,
for ``build_record`` to add to the record.
"""
from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.events import perpetrators as perp
from eventwire.extract.events.arguments import _Resolver, _through_instruments
from eventwire.extract.events.lexicon import lexicon_in_use, load_lexicon
from eventwire.record import Entity, Figure

CASUALTY_KINDS = ("killed", "wounded")


def _verb_of(doc: Doc, fig: Figure):
    """The verb of a figure's phrase that counts the harm (the last verb in its span)."""
    toks = [t for t in doc.char_span(fig.start, fig.end, alignment_mode="expand") or () if t.pos_ in ("VERB", "AUX")]
    return toks[-1] if toks else None


def _doers(res: _Resolver, verb) -> list[str]:
    actors, noun = perp.cause_actors(verb)
    if not actors:
        actors = perp.custodians(verb)
    ids = res.entities(_through_instruments(actors), verb, create=True)
    ids = perp.force_actors(ids, actors, res, noun)
    if not ids and noun is not None and noun.lemma_.lower() in perp.phrases().custody_nouns:
        ids = [i for i in [res.implied_police(noun)] if i]
    return ids


def _as_coded(res: _Resolver, eid: str, known: set[str]) -> str:
    """The entity of a force as its phrase codes it ("Myanmar's security forces" MMRMIL, not
    Myanmar): a figure has no event to carry the phrase's code, so the force gets an entity."""
    code = res.codes.get(eid)
    ent = res.table.get(eid) or res.made.get(eid)
    if not code or ent is None or ent.code == code:
        return eid
    if eid in res.made and eid not in known:
        res.made[eid] = ent.model_copy(update={"code": code})
        return eid
    key = f"force:{code}"
    if key not in res.groups:
        new = res._new_id()
        res.made[new] = Entity(id=new, name=ent.name, kind="group", country=ent.country, code=code, mentions=[])
        res.valid.add(new)
        res.groups[key] = new
    return res.groups[key]


def attribute_figures(doc: Doc, table, quotes, places, figures: list[Figure], made: list[Entity],
                      lexicon=None) -> tuple[list[Figure], list[Entity]]:
    """(figures, new entities): casualty figures without a doer take the one their cause
    phrase names; the entities made for them are new (``made`` are the coder's, kept)."""
    pending = [f for f in figures if f.kind in CASUALTY_KINDS and not f.by]
    if not pending:
        return figures, []
    with lexicon_in_use(lexicon or load_lexicon()) as lex:
        res = _Resolver(doc, table, quotes, lex, places or ())
        res.made.update({e.id: e for e in made})  # the coder's entities: reused, never renumbered
        res.groups.update({e.name.lower(): e.id for e in made})
        known = set(res.made)
        out = []
        for fig in figures:
            verb = _verb_of(doc, fig) if fig in pending else None
            ids = _doers(res, verb) if verb is not None else []
            ids = [_as_coded(res, eid, known) for eid in ids]
            out.append(fig.model_copy(update={"by": ids}) if ids else fig)
    used = {i for f in out for i in f.by}
    return out, [e for eid, e in res.made.items() if eid not in known and eid in used]
