"""Entities: one per referent, with all its mentions, titles, affiliations and actor codes.

Method, in the textacy spirit of small rule passes over one parsed ``Doc``:

1. **Gazetteer matching** (longest match over lower-cased tokens, acronyms
   case-sensitive) of curated tables under ``data/``: countries (pycountry plus
   ``countries_extra.tsv``), demonyms, territories with their short forms and
   anaphors ("the strip" joins Gaza Strip once Gaza is named), capitals and seats of
   power, organizations and media outlets. Curated entries override spaCy's NER label
   (a newspaper tagged ORG is still media), as gazetteer-first NER does in
   PETRARCH/Phoenix actor coding.
2. **NER spans** for the rest (PERSON, ORG, GPE, LOC, FAC, NORP), with titles split
   off person spans; an acronym joins the organization whose initials it spells.
3. **Name coreference** after Stanford's multi-pass sieve (Lee et al. 2013, "exact
   match" then "head match"): a surname-only mention joins the person whose full
   name ends with it.
3b. **Common-noun referents**: a country's possessive before an institution noun is an
   organization ("Ukraine's air force"); definite descriptions join the organization
   whose head noun they repeat ("the ministry", "the court"; "the group" the most
   salient one); a capital used only as an actor is its country ("if Moscow agreed");
   the collective subject of a reporting verb ("residents said", "Ukrainian
   officials said", "police said") is a group or organization, since a speaker must be
   an entity.
4. **Titles and affiliations** from premodifiers ("US President Donald Trump") and
   appositions ("Basem Naim, a senior political leader in Hamas"), and the delayed
   identification of news leads ("A senior leader in Hamas said ..." followed by the
   named person within two sentences).
5. **Pronouns** by a Hobbs/Lappin-Leass style salience score: recency, gender
   agreement, subjecthood, and the speaker of the preceding report; a third-person
   pronoun inside a quote never refers to that quote's speaker.
6. **Actor codes** (:mod:`eventwire.extract.actors`): dated dictionaries for named
   persons, tables for organizations and countries, title + affiliation for the rest.

All tables are built once per process (``lru_cache``); per document the work is
linear in tokens with dictionary look-ups only.

Layout: each phase is a function of :mod:`.phases` over one shared ``Work``; the
rules they call live in :mod:`.matching` (1-2), :mod:`.common_nouns` (3b),
:mod:`.titles` (4), :mod:`.pronouns` (5) and :mod:`.codes` (6), the tables in
:mod:`.lexicon`. :data:`PHASES` below is the one list of the order.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from eventwire.extract.docfacts import DocFacts, doc_facts
from eventwire.extract.entities import phases as p
from eventwire.extract.entities.lexicon import Gazetteer, Referent, gazetteer
from eventwire.extract.entities.model import EntityTable
from eventwire.record import Entity

__all__ = ["EntityTable", "Gazetteer", "PHASES", "Referent", "extract_entities", "gazetteer"]

PHASES = (
    p.match_gazetteer,            # 1. curated names
    p.match_dictionaries,         # 2a. actor-dictionary names
    p.match_ner,                  # 2b. NER spans, repaired
    p.match_territory_anaphors,   # "the strip" after Gaza Strip
    p.carry_prior_entities,       # earlier pieces of a long text: persons, organizations, countries
    p.build_named_entities,       # 3. referents and full person names
    p.build_short_names,          # 3. surnames, acronyms, one-word names
    p.add_common_noun_referents,  # 3b. "the ministry", "residents said"
    p.add_titles,                 # 4. titles and affiliations
    p.resolve_pronouns,           # 5. pronouns
    p.assign_codes,               # 6. ids and actor codes
    p.fill_table,                 # records and the token -> entity map
)


def extract_entities(doc: Doc, actors_files: tuple[str, ...] = (), published: dt.date | None = None,
                     facts: DocFacts | None = None, prior: tuple[Entity, ...] = ()) -> EntityTable:
    """Entities of ``doc`` with mentions, titles, affiliations and CAMEO actor codes.
    ``prior``: the entities of the earlier pieces of a long text, least recent first
    (:mod:`eventwire.piecewise`); this piece's surnames and definite descriptions can join them."""
    if len(doc) == 0:
        return EntityTable()
    work = p.Work(doc, facts or doc_facts(doc), tuple(actors_files), published, tuple(prior))
    for phase in PHASES:
        phase(work)
    return work.table
