"""Places: the article's toponyms, geocoded offline, one Place per referent.

Method: toponym recognition from the entity table (entities of kind place/country with
all their mentions, so "Gaza", "Gaza Strip" and "the strip" stay one referent) plus
spaCy's GPE/LOC/FAC spans the table did not claim; toponym resolution against
:mod:`eventwire.geo` with the classic heuristics of Leidner (2007) and CLAVIN/Mordecai:
curated territories first, then countries, then cities, preferring cities in a country
the article mentions, then the most populous. Referents that resolve to the same
gazetteer entry are merged.

A country is a Place only when the article uses it locatively at least once ("in
Sudan", "to Ukraine", "invaded Ukraine", see ``data/place_cues.tsv``); a country named
only as an actor or a modifier ("Israel said", "US President") stays an entity. Cities,
regions and sites are places however they are used. Demonyms ("Israeli") are never
place mentions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from eventwire.geo import GeoEntry, fold, gazetteer
from eventwire.lexicon import load_tsv
from eventwire.record import Mention, Place

PLACE_KINDS = {"place", "country"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
RECOVERABLE_LABELS = {"PERSON", "ORG", "NORP"}
# An untagged proper noun is taken for a city only if the city is this large: small
# towns share names with people and firms far more often than big cities do.
MIN_UNTAGGED_POPULATION = 100_000


@lru_cache(maxsize=None)
def place_cues() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in load_tsv("place_cues.tsv"):
        out.setdefault(row["role"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in out.items()}


@dataclass
class Referent:
    """One thing the article names: its mentions and (after resolution) its entry."""

    mentions: list[tuple[Span, str]] = field(default_factory=list)  # (span, label)
    entity_id: str | None = None  # the table entity it comes from, if any
    entry: GeoEntry | None = None


def is_locative(span: Span) -> bool:
    """The toponym is where something happens: object of a locative preposition or verb."""
    cues = place_cues()
    tok = span.root
    for _ in range(3):  # "in Sudan and Chad": conjuncts share the preposition
        if tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in cues.get("prep", ()):
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in cues.get("verb", ())


def is_actor_use(span: Span) -> bool:
    """The toponym speaks or takes a stance: "Moscow said", "Paris said she ..."."""
    tok = span.root
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in place_cues().get("actor_verb", ())


def _is_demonym(span: Span) -> bool:
    return span.root.ent_type_ == "NORP" or span.root.pos_ == "ADJ"


def _is_name(span: Span) -> bool:
    """Capitalised like a proper name ("Gaza", "the West Bank"), not "the strip"."""
    words = [t for t in span if t.lower_ != "the"]
    return bool(words) and words[0].text[:1].isupper()


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _referents(doc: Doc, table) -> list[Referent]:
    refs: list[Referent] = []
    claimed: set[int] = set()
    for ent in getattr(table, "entities", None) or []:
        if ent.kind not in PLACE_KINDS:
            continue
        ref = Referent(entity_id=ent.id)
        for m in ent.mentions:
            span = _span(doc, m.start, m.end)
            if span is None or _is_demonym(span):
                continue
            ref.mentions.append((span, ent.kind))
            claimed.update(t.i for t in span)
        if ref.mentions:
            refs.append(ref)
    owned = getattr(table, "token_entity", None) or {}
    by_text: dict[str, Referent] = {}
    for ent in doc.ents:
        if any(t.i in claimed for t in ent):
            continue
        if ent.label_ not in PLACE_LABELS or any(t.i in owned for t in ent):
            # The tagger sometimes calls a town a person or an organisation ("seized
            # El Fasher", "in Rafah"): recover it only when used locatively and the
            # name is a known non-country place (strict: no common-word names).
            if ent.label_ not in RECOVERABLE_LABELS:
                continue
            if not (is_locative(ent) or _site_entry(ent) is not None):
                continue
            entry = _site_entry(ent) or gazetteer().lookup(ent.text, strict=True)
            if entry is None or entry.precision == "country":
                continue
        ref = by_text.get(ent.text.lower())
        if ref is None:
            ref = by_text[ent.text.lower()] = Referent()
            refs.append(ref)
        ref.mentions.append((ent, ent.label_))
    tagged = {t.i for ent in doc.ents for t in ent} | claimed | set(owned)
    for span in _untagged_names(doc, tagged):
        ref = by_text.get(span.text.lower())
        if ref is None:
            ref = by_text[span.text.lower()] = Referent()
            refs.append(ref)
        ref.mentions.append((span, "GAZ"))
    return refs


def _untagged_names(doc: Doc, tagged: set[int]):
    """Proper-noun runs the tagger missed ("Residents of Port-au-Prince", "Odesa's port")
    that name a curated place or a large city (population >= MIN_UNTAGGED_POPULATION)
    whose name is not also a common word: gazetteer matching as in CLAVIN."""
    gaz = gazetteer()
    i, n = 0, len(doc)
    while i < n:
        # A proper noun, or a capitalised word the tagger took for a common noun
        # ("Kharkiv was shelled"); names that are common words are in places_ambiguous.txt.
        if i in tagged or not (doc[i].pos_ == "PROPN" or (doc[i].pos_ == "NOUN" and doc[i].is_title)):
            i += 1
            continue
        j = i + 1
        while j < n and j not in tagged and (
            doc[j].pos_ == "PROPN" or (not doc[j - 1].whitespace_ and not doc[j].whitespace_ and j + 1 < n)
        ):
            j += 1
        while j > i + 1 and doc[j - 1].pos_ != "PROPN":
            j -= 1
        span = doc[i:j]
        key = fold(span.text)
        entry = gaz.supplement.get(key) or gaz.lookup(span.text, strict=True)
        if entry is not None and entry.precision != "country" and key not in gaz.ambiguous and (
            entry.precision != "city" or entry.population >= MIN_UNTAGGED_POPULATION
        ):
            yield span
        i = j


def _context_countries(table, refs: list[Referent]) -> list[tuple[str, object]]:
    """(alpha-2 code, source) for the countries the article is about: the countries of
    its entities and the country of every territory or country it names. The source
    lets a referent ignore its own contribution (Georgia must not vote for Georgia)."""
    gaz = gazetteer()
    out: list[tuple[str, object]] = []
    for ent in getattr(table, "entities", None) or []:
        entry = gaz.country(ent.country)
        if entry is not None and entry.country:
            out.append((entry.country, ent.id))
    for ref in refs:
        for span, _ in ref.mentions:
            entry = gaz.lookup(span.text) if _is_name(span) else None
            if entry is not None and entry.precision != "city" and entry.country:
                out.append((entry.country, id(ref)))
    return out


def _site_entry(span: Span) -> GeoEntry | None:
    """A curated site named by the toponym and the common noun after it
    ("the Rafah crossing", "the Zaporizhzhia plant")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].pos_ != "NOUN":
        return None
    return gazetteer().supplement.get(fold(doc[span.start:span.end + 1].text))


def _resolve(ref: Referent, context: set[str]) -> GeoEntry | None:
    gaz = gazetteer()
    names = sorted((m for m in ref.mentions if _is_name(m[0])), key=lambda m: -len(m[0].text))
    for span, label in names:
        entry = _site_entry(span)
        if entry is not None:
            return entry
    for span, label in names:
        entry = gaz.lookup(span.text, context, strict=not is_locative(span))
        if entry is not None:
            return entry
    for span, label in names:
        # "the Rafah crossing", "Kharkiv airport": the proper-name part locates the site.
        if label != "FAC":
            continue
        propn = [t for t in span if t.pos_ == "PROPN"]
        if propn and len(propn) < len(span):
            entry = gaz.lookup(" ".join(t.text for t in propn), context)
            if entry is not None and entry.precision == "city":
                return GeoEntry(span.text.removeprefix("the ").strip(), entry.country, entry.lat, entry.lon, None, "site")
    return None


def extract_places(doc: Doc, table) -> list[Place]:
    """Geocoded places of the article with all their mentions, in order of first mention."""
    refs = _referents(doc, table)
    if not refs:
        return []
    contributions = _context_countries(table, refs)
    merged: dict[str, tuple[GeoEntry, dict[tuple[int, int], Mention]]] = {}
    for ref in refs:
        context = {code for code, source in contributions if source not in (id(ref), ref.entity_id)}
        entry = _resolve(ref, context)
        if entry is None:
            continue
        if entry.precision == "country" and not any(is_locative(s) for s, _ in ref.mentions):
            continue
        if all(is_actor_use(s) for s, _ in ref.mentions):
            continue
        _, mentions = merged.setdefault(entry.key, (entry, {}))
        for span, _ in ref.mentions:
            mentions[(span.start_char, span.end_char)] = Mention(start=span.start_char, end=span.end_char, text=span.text)
    ordered = sorted(merged.values(), key=lambda em: min(em[1]))
    places = []
    for i, (entry, mentions) in enumerate(ordered, 1):
        places.append(Place(
            id=f"P{i}", name=entry.name, country=entry.country, lat=round(entry.lat, 5), lon=round(entry.lon, 5),
            geonameid=entry.geonameid, precision=entry.precision,
            mentions=[mentions[k] for k in sorted(mentions)],
        ))
    return places
