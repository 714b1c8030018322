"""Joining short forms to their full names: acronyms and one-word organization names."""
from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.entities.lexicon import _initials, _is_acronym
from eventwire.extract.entities.model import _Ent


def _join_short_org_names(ents: list[_Ent]) -> None:
    """'Harvard' after 'Harvard University': a one-word organization name that is the
    first word of exactly one longer uncurated organization name joins it."""
    orgs = [e for e in ents if e.kind == "organization" and e.spans]
    for e in orgs:
        if e.referent is not None or len(e.name.split()) != 1 or _is_acronym(e.name):
            continue
        longer = [o for o in orgs if o is not e and o.referent is None and len(o.name.split()) > 1
                  and o.name.split()[0] == e.name]
        if len(longer) == 1:
            longer[0].spans.extend(e.spans)
            e.spans = []


def _join_acronyms(doc: Doc, ents: list[_Ent]) -> None:
    """An uncurated acronym ("ICC") joins the organization whose initials it spells,
    or the one it follows in parentheses: "the Rapid Support Forces (RSF)"."""
    orgs = [e for e in ents if e.kind in ("organization", "media", "place", "group")]
    for e in list(orgs):
        if e.referent is not None or not _is_acronym(e.name):
            continue
        acr = e.name.replace(".", "")
        target = next((o for o in orgs if o is not e and len(o.name.split()) > 1 and _initials(o.name) == acr), None)
        if target is None:
            s = min(s for s, _ in e.spans)
            if s >= 2 and doc[s - 1].text == "(":
                target = next((o for o in orgs if o is not e and any(t == s - 1 for _, t in o.spans)), None)
        if target is not None:
            target.spans.extend(e.spans)
            target.inner.extend(e.inner)
            e.spans = []
