"""The phases of entity extraction, each a function over one shared :class:`Work`.

The order is the order of dependence and is listed once, in
:data:`eventwire.extract.entities.PHASES`: candidate mentions first (gazetteer,
dictionaries, NER, anaphors), then entities built from them, then referents that only
common nouns name, then titles, pronouns and codes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from eventwire.extract import actors as actors_x
from eventwire.extract.docfacts import DocFacts
from eventwire.extract.entities.codes import _code_of
from eventwire.extract.entities.common_nouns import (
    _capitals_as_governments, _collective_speakers, _definite_anaphors, _possessive_bodies,
    _surface_country_names,
)
from eventwire.extract.entities.lexicon import (
    DETERMINERS, KIND_BY_LABEL, Gazetteer, Referent, _dictionary_surnames, _given_name_gender,
    _is_acronym, _is_known_city, _key, _site_nouns, _surname_forms, _title_words, gazetteer,
)
from eventwire.extract.entities.matching import (
    _dictionary_matches, _extend_collective, _extend_name_left, _gazetteer_matches, _listed_places,
    _lowers, _person_by_apposition, _propn_subjects, _strip_person, _unlabelled_cities,
    _unlabelled_sites, surnames_in,
)
from eventwire.extract.entities.merging import _join_acronyms, _join_short_org_names
from eventwire.extract.entities.model import EntityTable, _Cand, _Ent
from eventwire.extract.entities.pronouns import _resolve_pronouns
from eventwire.extract.entities.titles import _apposition_title, _delayed_identification, _premodifier_title
from eventwire.record import Entity, Mention


@dataclass
class Work:
    """Everything the phases share for one document: candidates, then entities."""

    doc: Doc
    facts: DocFacts
    actors_files: tuple[str, ...]
    published: dt.date | None
    prior: tuple[Entity, ...] = ()  # entities of the earlier pieces of a long text, oldest first
    g: Gazetteer = field(default_factory=gazetteer)
    title_words: frozenset = field(default_factory=_title_words)
    table: EntityTable = field(default_factory=EntityTable)
    cands: list[_Cand] = field(default_factory=list)
    covered: list = field(default_factory=list)  # token -> the _Cand claiming it
    ents: list[_Ent] = field(default_factory=list)
    by_key: dict[tuple, _Ent] = field(default_factory=dict)
    persons: list[_Ent] = field(default_factory=list)  # persons named in full
    mention_of: dict[int, _Ent] = field(default_factory=dict)
    prior_orgs: list[_Ent] = field(default_factory=list)  # earlier pieces' organizations, oldest first
    prior_countries: list[_Ent] = field(default_factory=list)  # and their countries

    def __post_init__(self) -> None:
        self.covered = [None] * len(self.doc)
        self.lowers = _lowers(self.doc)

    def claim(self, c: _Cand) -> None:
        for k in range(c.start, c.end):
            self.covered[k] = c

    def add_cand(self, c: _Cand) -> None:
        self.cands.append(c)
        self.claim(c)

    def attach(self, e: _Ent, s: int, t: int, code: str | None = None) -> None:
        if (s, t) not in e.spans:
            e.spans.append((s, t))
        if code:
            self.table.token_code[self.doc[s:t].root.i] = code
            for k in range(s, t):
                self.table.token_code.setdefault(k, code)

    def get_ent(self, key: tuple, name: str, kind: str, ref: Referent | None = None) -> _Ent:
        e = self.by_key.get(key)
        if e is None:
            e = _Ent(key, name, kind, ref)
            self.by_key[key] = e
            self.ents.append(e)
        return e

    def drop_empty(self) -> None:
        self.ents = [e for e in self.ents if e.spans]


# ------------------------------------------------------------------ 1-2. candidates


def match_gazetteer(w: Work) -> None:
    """Curated names; a country or group extends over a collective noun ("Israeli forces")."""
    for c in _gazetteer_matches(w.doc, w.g):
        w.add_cand(c)
    for c in w.cands:
        if c.referent and c.referent.kind in ("country", "group"):
            old = (c.start, c.end)
            _extend_collective(w.doc, c, w.g)
            if any(w.covered[k] is not None and w.covered[k] is not c for k in range(c.start, c.end)):
                c.start, c.end = old  # never swallow another match
            w.claim(c)


def match_dictionaries(w: Work) -> None:
    """Names from the actor dictionaries (built-in and --actors files), which NER often
    cuts ("Aung Hlaing" for Min Aung Hlaing) or misses."""
    for c in _dictionary_matches(w.doc, w.actors_files, w.covered):
        w.add_cand(c)


def match_ner(w: Work) -> None:
    """NER spans not claimed above, then unlabelled proper-noun subjects, cities and sites."""
    doc, lowers = w.doc, w.lowers
    site_nouns = _site_nouns()
    # "the Zamzam camp" ... "liberated Zamzam": the bare name is the same site.
    site_names = {x.text: x.text + " " + doc[x.end].text for x in doc.ents
                  if x.end < len(doc) and lowers[x.end] in site_nouns and x.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC")}
    listed_places = _listed_places(doc)
    lower_words = {t for t in w.facts.words if t.islower()}
    spans = ([(x.label_, x.start, x.end) for x in doc.ents] + _propn_subjects(doc) + _unlabelled_cities(doc)
             + _unlabelled_sites(doc, lowers, site_nouns))
    for label, s0, e0 in spans:
        if e0 - s0 == 1 and s0 in listed_places:
            label = "GPE"  # "the Bryansk, Kursk and Rostov regions": NER called Kursk a product
        c = _repaired_ner_cand(w, label, s0, e0, site_names, lower_words)
        if c is not None and _wins_over_inner(w, c):
            w.add_cand(c)


def _repaired_ner_cand(w: Work, label: str, s: int, e: int, site_names: dict, lower_words: set) -> _Cand | None:
    """The candidate an NER span stands for after the known NER slips are repaired, or None."""
    doc, lowers, g = w.doc, w.lowers, w.g
    kind = KIND_BY_LABEL.get(label)
    if not kind:
        return None
    if label == "PERSON":
        s, e = _strip_person(doc, s, e, g)
        s = _extend_name_left(doc, s, w.covered, w.title_words, g)
        if e - s == 1 and _is_known_city(doc[s].text) and doc[s].text not in surnames_in(doc, w.cands):
            kind, label = "place", "GPE"
    elif label == "ORG" and _is_known_city(doc[s:e].text):
        kind, label = "place", "GPE"  # "a canopy collapsed in Novi Sad" tagged ORG
    elif label == "ORG" and _person_by_apposition(doc, s, e, w.title_words):
        kind, label = "person", "PERSON"  # "said Nasrin Akter, a Rohingya activist" tagged ORG
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and e < len(doc) and lowers[e] in _site_nouns() \
            and not any(w.covered[k] for k in range(s, e)):
        # "the Zamzam camp", "the Kyivskyi district": a name NER mislabels or cuts is a
        # place when a site noun heads it; the noun is part of the name.
        kind, label, e = "place", "LOC", e + 1
    site_name = site_names.get(doc[s:e].text) if kind != "place" or label != "LOC" else None
    if site_name:
        kind = "place"
    keep_article = doc[s].text == "The" and _is_known_city(doc[s:e].text)  # "The Hague"
    while s < e and not keep_article and (doc[s].lower_ in DETERMINERS or doc[s].is_punct):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].text in ("'s", "\u2019s")):
        e -= 1
    if s >= e or all(_key(t.text) in w.title_words for t in doc[s:e]):
        return None
    if e - s == 1 and (lowers[s] in actors_x.role_nouns() or (
            doc[s].is_sent_start and lowers[s] in lower_words and kind != "place")):
        # "Junta spokesman", "Riot police used ...": a capitalized common word (a role
        # noun, or a sentence-initial word the article also writes in lower case).
        return None
    if not any(t.text[:1].isupper() for t in doc[s:e]):
        return None
    return _Cand(s, e, kind, label=label, name=site_name)


def _wins_over_inner(w: Work, c: _Cand) -> bool:
    """Whether NER candidate ``c`` may replace the curated candidates inside it: a longer
    NER name wins over a curated name inside it ("White House National Security
    Council", "North Darfur"), but never over a country or a dictionary name."""
    inside = {id(w.covered[k]): w.covered[k] for k in range(c.start, c.end) if w.covered[k] is not None}
    if not inside:
        return True
    claimed = list(inside.values())
    strictly_longer = all(c.start <= x.start and x.end <= c.end and (x.end - x.start) < (c.end - c.start) for x in claimed)
    longer_place = c.label in ("GPE", "LOC") and all(x.referent and x.referent.kind == "place" for x in claimed)
    if not (strictly_longer and (c.label in ("ORG", "PERSON", "FAC") or longer_place)) or any(
            x.label == "DICT" for x in claimed):
        return False
    for x in claimed:
        w.cands.remove(x)
    c.inner = [x.referent for x in claimed if x.referent]
    return True


def match_territory_anaphors(w: Work) -> None:
    """Territory anaphors ("the strip") join the territory most recently named before them."""
    named_at: dict[str, list[int]] = {}
    for c in sorted(w.cands, key=lambda c: c.start):
        if c.referent and c.referent.kind == "place":
            named_at.setdefault(c.referent.name, []).append(c.start)
    anaphor_first = {toks[0] for toks in w.g.anaphors}
    lowers = w.lowers
    for i in range(len(w.doc)):
        if lowers[i] not in anaphor_first:
            continue
        for toks, refs in w.g.anaphors.items():
            n = len(toks)
            if tuple(lowers[i:i + n]) != toks or any(w.covered[k] for k in range(i, i + n)):
                continue
            prior = [(max(k for k in named_at[r.name] if k < i), r) for r in refs
                     if any(k < i for k in named_at.get(r.name, ()))]
            if prior:
                w.add_cand(_Cand(i, i + n, "place", referent=max(prior, key=lambda x: x[0])[1], label="ANA"))
                break
    w.cands.sort(key=lambda c: c.start)


# ------------------------------------------------------------------ 3. entities


def carry_prior_entities(w: Work) -> None:
    """Persons, organizations and countries of the earlier pieces of a long text, without
    mentions in this piece: a surname ("Naim"), a definite description ("the ministry")
    or a capital used as an actor ("Moscow agreed") here can join them as it would in one
    whole-document pass; those left without mentions are dropped."""
    for rank, e in enumerate(w.prior):
        ref = w.g.by_name.get(_key(e.name))  # a curated name: no head match, as in build_named_entities
        if e.kind == "person" and _proper_name(e.name):
            ent = w.get_ent(("person", e.name), e.name, "person")  # in w.ents: joins like a full name here
        elif e.kind == "organization":
            ent = _Ent(("organization", _key(e.name)), e.name, e.kind, ref)
            w.prior_orgs.append(ent)  # offered to definite descriptions only
        elif e.kind == "country" and ref is not None and ref.kind == "country":
            ent = _Ent(("ref", ref.name), e.name, e.kind, ref)
            w.prior_countries.append(ent)  # offered to capitals used as actors only
        else:
            continue
        ent.title, ent.code, ent.prior_rank = e.title, e.code, rank


def _proper_name(name: str) -> bool:
    """A person's name of two words or more, all capitalized ("Basem Naim"), not a
    description ("The Prime Minister", "the fire chief") whose last word is no surname."""
    words = name.split()
    return len(words) > 1 and all(x[:1].isupper() for x in words) and words[0].lower() not in DETERMINERS


def build_named_entities(w: Work) -> None:
    """Curated referents by name, then persons by full name."""
    doc, cands = w.doc, w.cands
    full_surnames = {f: c.start for c in cands if c.kind == "person" and c.end - c.start > 1
                     for f in _surname_forms(doc[c.start:c.end].text)}
    for c in cands:
        if (c.referent is not None and c.end - c.start == 1 and c.referent.kind in ("country", "place")
                and full_surnames.get(doc[c.start].text, 10**9) < c.start):
            # "Michael Jordan ... Jordan visited": a surname, not the country.
            c.referent, c.kind, c.label = None, "person", "SURNAME"
    named = {c.referent.name for c in cands if c.referent and c.label == "GAZ"}
    for c in cands:
        if c.referent is not None:
            ref = _chosen_referent(w, c, named)
            e = w.get_ent(("ref", ref.name), ref.name, ref.kind, ref)
            w.attach(e, c.start, c.end, actors_x.combine(ref.country, c.sector) if c.sector else None)
    for c in cands:
        if c.referent is None and c.kind == "person" and c.end - c.start > 1:
            toks = [t.text for t in doc[c.start:c.end]]
            match = next((e for e in w.ents if e.kind == "person" and e.name.split()[0] == toks[0]
                          and e.name.split()[-1] == toks[-1]), None)
            e = match or w.get_ent(("person", " ".join(toks)), doc[c.start:c.end].text, "person")
            w.attach(e, c.start, c.end)
    w.persons = [e for e in w.ents if e.kind == "person"]


def _chosen_referent(w: Work, c: _Cand, named: set[str]) -> Referent:
    """An ambiguous acronym goes to the organization whose full name is in the text, else
    to the one whose country the article names ("RSF" in a Sudan story)."""
    ref = c.referent
    if not (c.label and c.label.startswith("GAZ?")):
        return ref
    options = c.label[4:].split("|")
    countries = {x.referent.country for x in w.cands if x.referent and x.referent.kind == "country"}
    g = w.g
    chosen = next((o for o in options if o in named), None) or next(
        (o for o in options if g.by_name.get(_key(o)) and g.by_name[_key(o)].country in countries), options[0])
    return g.by_name.get(_key(chosen), ref)


def _person_by_part(w: Work, word: str, at: int) -> _Ent | None:
    """The person whose surname is ``word``: the most recent one before ``at``, else the
    first named after it (Stanford sieve's head match)."""
    matches = [e for e in w.persons if len(e.name.split()) > 1 and word in _surname_forms(e.name)]
    if not matches:
        # Family name first ("Xi Jinping" ... "Xi"): a first token that is no known given name.
        matches = [e for e in w.persons if len(e.name.split()) == 2 and e.name.split()[0] == word
                   and _key(word) not in _given_name_gender()]
    if not matches:
        return None
    pool = [e for e in matches if e.first < at] or [e for e in matches if e.prior_rank is not None] or matches
    # an earlier piece's person ranks below any named before ``at`` in this piece
    return max(pool, key=lambda e: max((s for s, _ in e.spans if s < at),
                                       default=-1 if e.prior_rank is None else e.prior_rank - len(w.prior) - 1))


def build_short_names(w: Work) -> None:
    """One-word names: surnames join their person; the rest become entities by text."""
    doc, g = w.doc, w.g
    for c in w.cands:
        if c.referent is not None or c.kind == "person" and c.end - c.start > 1:
            continue
        text = doc[c.start:c.end].text
        if c.end - c.start == 1 and (p := _person_by_part(w, text, c.start)):
            w.attach(p, c.start, c.end)  # "Trump" tagged ORG once is still Trump
            continue
        if c.kind == "person":
            # A surname alone that exactly one dictionary actor carries ("the Trump
            # administration") names that actor, so it is coded and deduplicated.
            name = _dictionary_surnames(tuple(w.actors_files)).get(text) or text
            w.attach(w.get_ent(("person", name), name, "person"), c.start, c.end)
            continue
        kind, name, ref = c.kind, c.name or text, None
        if kind == "country":
            ref = g.country_codes.get(text.replace(".", "")) if _is_acronym(text) else None
            if ref is None:
                kind = "place"
        if ref is not None:
            e = w.get_ent(("ref", ref.name), ref.name, ref.kind, ref)
        else:
            e = w.get_ent((kind, _key(name)), name, kind)
            e.inner.extend(c.inner)
        w.attach(e, c.start, c.end)
    _sweep_surnames(w)
    _join_acronyms(doc, w.ents)
    _join_short_org_names(w.ents)
    w.drop_empty()
    _country_of_bodies(w)


def _sweep_surnames(w: Work) -> None:
    """A capitalized token equal to a known surname, not yet covered, mentions that person."""
    claimed = {k for e in w.ents for s, t in e.spans for k in range(s, t)}
    surnames = {form for e in w.persons if len(e.name.split()) > 1 for form in _surname_forms(e.name)}
    for tok in (w.doc[i] for i, word in enumerate(w.facts.words) if word in surnames):
        if tok.i not in claimed and tok.text in surnames and tok.pos_ in ("PROPN", "NOUN", "X"):
            p = _person_by_part(w, tok.text, tok.i)
            if p:
                w.attach(p, tok.i, tok.i + 1)
                claimed.add(tok.i)


def _country_of_bodies(w: Work) -> None:
    """"Russia's Foreign Ministry", "Israeli Supreme Court": a body of the country before it."""
    doc = w.doc
    country_at = {k: e for e in w.ents if e.kind == "country" and e.referent for s_, t_ in e.spans for k in range(s_, t_)}
    for e in w.ents:
        if e.kind == "organization" and e.referent is None and not e.inner:
            s0 = min(e.spans)[0]
            if s0 >= 2 and doc[s0 - 1].text in ("'s", "’s") and (s0 - 2) in country_at:
                e.inner.append(country_at[s0 - 2].referent)
            elif s0 >= 1 and (s0 - 1) in country_at:
                e.inner.append(country_at[s0 - 1].referent)


def add_common_noun_referents(w: Work) -> None:
    """Institutions and collective speakers named by common nouns (3b of the package doc)."""
    doc = w.doc
    owner_at = {k: e for e in w.ents for s_, t_ in e.spans for k in range(s_, t_)}

    def own(e: _Ent, s: int, t: int) -> None:
        w.attach(e, s, t)
        for k in range(s, t):
            owner_at[k] = e

    for country, cs, s, t in _possessive_bodies(doc, w.ents, owner_at):
        name = doc[cs:t].text
        e = w.get_ent(("organization", _key(name)), name, "organization")
        e.inner.append(country.referent)
        own(e, s, t)
    for s, t, e in _definite_anaphors(doc, w.ents, owner_at, w.prior_orgs):
        own(e, s, t)
    w.ents.extend(e for e in w.prior_orgs if e.spans)
    for s, t, key, name, country, kind in _collective_speakers(doc, owner_at, w.g, w.facts.quoted):
        old_owner = owner_at.get(t - 1)
        if old_owner is not None:
            # "Ukrainian officials said": the speakers, not the country they serve.
            old_owner.spans = [sp for sp in old_owner.spans if not (sp[0] <= t - 1 < sp[1])]
        e = w.get_ent((kind, key), name, kind)
        if country is not None and country not in e.inner:
            e.inner.append(country)
        own(e, s, t)
    w.drop_empty()
    _capitals_as_governments(doc, w.ents, w.g, w.prior_countries)
    w.ents.extend(e for e in w.prior_countries if e.spans)
    w.drop_empty()
    _surface_country_names(doc, w.ents, w.g)


# ------------------------------------------------------------------ 4-5. titles, pronouns


def add_titles(w: Work) -> None:
    """Titles, affiliations and gender from premodifiers, appositions and given names."""
    doc = w.doc
    for e in w.ents:
        for s, t in e.spans:
            for k in range(s, t):
                w.mention_of.setdefault(k, e)
    for e in w.ents:
        if e.kind != "person":
            continue
        for s, t in sorted(e.spans):
            _premodifier_title(doc, e, s, w.mention_of, w.title_words)
            _apposition_title(doc, e, t, w.mention_of, w.title_words)
            given = _given_name_gender().get(_key(doc[s].text)) if t - s > 1 else None
            if given and not e.gender:
                e.gender = given
    _delayed_identification(doc, w.facts.sents, w.facts.sent_of, w.ents, w.mention_of, w.title_words, w.attach)


def resolve_pronouns(w: Work) -> None:
    """Pronouns by salience; "his former Defense Minister X" takes his affiliation."""
    _resolve_pronouns(w.doc, w.facts.sents, w.facts.sent_of, w.facts.quoted, w.ents, w.attach)
    for e in w.ents:
        if e.possessor is not None and e.affiliation is None:
            owner = next((o for o in w.ents if any(s <= e.possessor < t for s, t in o.spans)), None)
            if owner is not None and owner is not e:
                e.affiliation = owner.affiliation if owner.kind == "person" else owner


# ------------------------------------------------------------------ 6. codes and records


def assign_codes(w: Work) -> None:
    """Ids in text order, then actor codes (twice: an affiliation coded later still counts)."""
    dictionary = actors_x.actor_dictionary(tuple(w.actors_files))
    w.ents.sort(key=lambda e: e.first)
    for i, e in enumerate(w.ents):
        e.key = (f"E{i + 1}",)
    for e in w.ents:
        # an earlier piece's entity keeps the code it had there, where it was introduced
        e.code = e.code if e.prior_rank is not None and e.code else _code_of(e, dictionary, w.published, w.g)
    for e in w.ents:
        if e.kind == "person" and not e.code:
            e.code = _code_of(e, dictionary, w.published, w.g)


def fill_table(w: Work) -> None:
    """Entity records with mentions, and the token -> entity map."""
    doc, table = w.doc, w.table
    text = w.facts.text  # spaCy builds doc.text on each access: DocFacts holds it once
    for e in w.ents:
        country, sector = actors_x.split_code(e.code)
        if e.referent and not country:
            country = e.referent.country
        mentions = [Mention(start=doc[s].idx, end=doc[t - 1].idx + len(doc[t - 1].text),
                            text=text[doc[s].idx:doc[t - 1].idx + len(doc[t - 1].text)])
                    for s, t in sorted(set(e.spans))]
        table.entities.append(Entity(
            id=e.key[0], name=e.name, kind=e.kind, code=e.code, country=country, sector=sector,
            title=e.title, affiliation=e.affiliation.key[0] if e.affiliation else None, mentions=mentions,
        ))
    # Longest spans first, so inner names keep their own entity ("Hamas" inside
    # "a senior leader in Hamas" stays Hamas; the head "leader" is the person).
    spans = sorted(((t - s, s, t, e.key[0]) for e in w.ents for s, t in set(e.spans)), reverse=True)
    for _, s, t, eid in spans:
        for k in range(s, t):
            table.token_entity[k] = eid
