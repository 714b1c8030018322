"""Referents named by common nouns: possessive bodies, definite descriptions,
collective speakers, capitals standing for governments."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.extract import actors as actors_x
from eventwire.extract.docfacts import doc_facts
from eventwire.extract.entities.lexicon import (
    ACRONYM_SKIP, DETERMINERS, Gazetteer, Referent, SUBJECT_DEPS, _is_acronym, _key,
    _org_anaphors, _speech_verbs,
)
from eventwire.extract.entities.model import _Ent

NAME_HEAD_SPLIT = re.compile(r"\s(?:of|for|on)\s", re.I)


def _head_word(name: str) -> str:
    """Head noun of an organization's name: "Interior Ministry" -> ministry, "Court of
    Appeal" -> court, "International Organization for Migration" -> organization."""
    words = NAME_HEAD_SPLIT.split(name, maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


def _span_end(e: _Ent, s: int) -> int:
    return next(t for s_, t in e.spans if s_ == s)


ACTOR_PREPS = {"against", "with", "by", "between"}


def _capitals_as_governments(doc: Doc, ents: list[_Ent], g: Gazetteer, earlier: list[_Ent] = ()) -> None:
    """'Kyiv was ready for a ceasefire if Moscow agreed', 'sanctions against Moscow': a
    capital that every mention uses as an actor (subject, possessor, or object of
    against/with/by/between) is metonymy for the government, so its mentions join the
    country's entity (keeping the GOV code per mention). A capital visited, struck or
    named as a location anywhere in the article stays a place. ``earlier``: the countries
    of the earlier pieces of a long text, for a capital whose country this piece does not name."""
    countries = {e.referent.country: e for e in earlier}
    countries.update((e.referent.country, e) for e in ents if e.kind == "country" and e.referent is not None)
    for e in ents:
        ref = e.referent
        if ref is None or ref.kind != "place" or ref.sector != "GOV" or ref.country not in countries:
            continue
        if not all(_agentive(doc, s, t) for s, t in e.spans):
            continue
        country = countries[ref.country]
        country.spans.extend(e.spans)
        e.spans = []


def _agentive(doc: Doc, s: int, t: int) -> bool:
    tok = doc[s:t].root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "poss") or (tok.dep_ == "pobj" and tok.head.lower_ in ACTOR_PREPS)


def _surface_country_names(doc: Doc, ents: list[_Ent], g: Gazetteer) -> None:
    """A country is named as the article first names it when that is a spelled-out name
    ("Britain" stays Britain, not United Kingdom), as annotators and readers do; acronyms
    ("UK", "US") and demonyms ("British") keep the canonical name."""
    for e in ents:
        if e.kind != "country" or e.referent is None:
            continue
        for s, t in sorted(e.spans):
            span = doc[s:t]
            while len(span) > 1 and span[0].lower_ in DETERMINERS:
                span = span[1:]
            words = tuple(_key(x.text) for x in span)
            if (words not in g.phrases or words in g.demonym_keys or _is_acronym(span.text)
                    or not all(x.text[:1].isupper() or x.lower_ in ACRONYM_SKIP for x in span)):
                continue
            if any(r.name == e.referent.name for r, _ in g.phrases[words]):
                e.name = span.text
            break


def _possessive_bodies(doc: Doc, ents: list[_Ent], owner_at: dict[int, _Ent]) -> list[tuple[_Ent, int, int, int]]:
    """"Ukraine's air force", "Russia's defence ministry": a country's possessive before a
    lower-case institution noun (``body`` in ``role_sectors.tsv``) heading its noun phrase
    names an organization of that country. Returns (country, name start, noun start, end)."""
    roles = actors_x.role_nouns()
    out = []
    n = len(doc)
    for e in ents:
        if e.kind != "country" or e.referent is None:
            continue
        for s, t in e.spans:
            if t >= n or doc[t].text not in ("'s", "\u2019s"):
                continue
            j = t + 1
            for k in range(j, min(j + 4, n)):
                w = doc[k]
                if not w.text.isalpha() or not w.text.islower() or k in owner_at:
                    break
                hit = None
                for length in (2, 1):
                    a = k - length + 1
                    r = roles.get(" ".join(x.lower_ for x in doc[a:k + 1])) if a >= j else None
                    if r and r.body and r.type == "group":
                        hit = a
                        break
                if hit is not None and not (k + 1 < n and doc[k + 1].pos_ in ("NOUN", "PROPN") and doc[k].dep_ == "compound"):
                    if k + 1 < n and doc[k + 1].pos_ in ("NOUN", "PROPN"):
                        break  # "Ukraine's air force chief": a title, the person is the referent
                    out.append((e, s, j, k + 1))
                    break
    return out


def _definite_anaphors(doc: Doc, ents: list[_Ent], owner_at: dict[int, _Ent], earlier: list[_Ent] = ()
                       ) -> list[tuple[int, int, _Ent]]:
    """Head-match coreference for definite descriptions (Lee et al. 2013's "strict head
    match" relaxed to common nouns): "the ministry" after "the Interior Ministry", "the
    court" after "the International Criminal Court" join that organization; a generic
    "the group" / "the organisation" (``data/org_anaphors.txt``) joins the most recently
    mentioned organization. ``earlier`` are the organizations of the earlier pieces of a
    long text (oldest first), before every organization of this one."""
    generic = _org_anaphors()
    orgs = [e for e in ents if e.kind == "organization"]
    if not orgs and not earlier:
        return []
    first_at = sorted((s, e) for e in orgs for s, _ in e.spans)
    before = [(-1, e) for e in earlier]
    out = []
    n = len(doc)
    lowers = doc_facts(doc).lowers
    for i in (k for k in range(1, n) if lowers[k - 1] == "the"):
        w = doc[i]
        if doc[i - 1].lower_ != "the" or i in owner_at or not w.text.isalpha() or not w.text.islower():
            continue
        if i + 1 < n and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[i + 1].text.islower():
            continue  # "the ministry building"
        prior = [(s, e) for s, e in first_at if s < i]
        low = w.lower_
        if not prior:
            match = [(s, e) for s, e in before if low in generic or e.referent is None and _head_word(e.name) == low]
            if match:
                out.append((i, i + 1, match[-1][1]))
            continue
        if low in generic:
            # Salience: an organization that was a subject ("The RSF denied ...") before
            # one that was only a prepositional object ("a statement on Telegram").
            subj = [(s, e) for s, e in prior if doc[s:_span_end(e, s)].root.dep_ in SUBJECT_DEPS | {"poss"}]
            e = (subj or prior)[-1][1]
        else:
            match = [(s, e) for s, e in before + prior if e.referent is None and _head_word(e.name) == low]
            if not match:
                continue
            e = match[-1][1]
        out.append((i, i + 1, e))
    return out



def _collective_speakers(doc: Doc, owner_at: dict[int, _Ent], g: Gazetteer, quoted: list[bool]) -> list[tuple[int, int, str, str, Referent | None, str]]:
    """"residents said", "the opposition said", "Ukrainian officials told reporters": the
    subject of a reporting verb that is a collective role noun (``group`` in
    ``role_sectors.tsv``) is a group entity, since a quote's speaker must be an entity.
    Phrases sharing the role word ("the opposition", "Opposition parties") are one group;
    a demonym keeps its country for the code; an institution noun (``body``: "police
    said") makes an organization. Returns (start, end, key, name, country, kind)."""
    roles = actors_x.role_nouns()
    verbs = _speech_verbs()
    out = []
    seen: dict[str, str] = {}
    facts = doc_facts(doc)
    for v in (doc[i] for i in facts.where_pos("VERB") if facts.lemmas[i] in verbs):
        if v.pos_ != "VERB" or v.lemma_.lower() not in verbs:
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("which", "who") and v.dep_ == "relcl":
            subj = v.head
        if subj is None or subj.pos_ != "NOUN" or quoted[subj.i] or (
                (r0 := roles.get(subj.lower_)) is not None and r0.type == "title"):
            continue  # "a foreign ministry spokeswoman said": a person, named elsewhere
        owner = owner_at.get(subj.i)
        if owner is not None and not (owner.kind == "country" and owner.referent is not None):
            continue
        s = subj.left_edge.i
        while s < subj.i and (doc[s].lower_ in DETERMINERS or doc[s].is_punct):
            s += 1
        phrase = doc[s:subj.i + 1]
        role = None
        country = None
        kind = "group"
        for tok in phrase:
            r = roles.get(tok.lower_)
            if r and r.type == "group" and (tok.i == subj.i or (not r.body and subj.tag_ == "NNS")):
                # the head names the speakers; a modifier only before a plural ("Opposition parties")
                role = tok.lower_
                # "police said", "the army said": an institution, not a crowd
                kind = "organization" if r.body else "group"
            elif owner_at.get(tok.i) is not None and owner_at[tok.i].kind == "country" and tok.i != subj.i:
                country = owner_at[tok.i].referent
            elif tok.i != subj.i and tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
                role = None
                break
        if role is None or (owner is not None and country is None):
            continue
        if kind == "organization" and country is not None:
            continue  # "the Israeli army said" stays a mention of Israel (coded ISRMIL)
        key = (country.name + " " if country else "") + role
        name = seen.setdefault(key, phrase.text)
        out.append((s, subj.i + 1, key, name, country, kind))
    return out
