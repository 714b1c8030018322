"""Places: the article's toponyms, geocoded offline, one Place per referent.

Method: toponym recognition from the entity table (entities of kind place/country with
all their mentions, so "Gaza", "Gaza Strip" and "the strip" stay one referent) plus
spaCy's GPE/LOC/FAC spans the table did not claim; toponym resolution against
:mod:`eventwire.geo` with the classic heuristics of Leidner (2007) and CLAVIN/Mordecai:
curated territories first, then countries, then cities, preferring cities in a country
the article mentions, then the most populous. Referents that resolve to the same
gazetteer entry are merged.

Names followed by an area noun (``data/place_cues.tsv``) are read off the parse
whatever the tagger called them: "the Bryansk, Kursk and Rostov regions" are three
regions, placed at their namesake cities when the gazetteer has no region entry (an
oblast or province is usually named after its capital); "Rustaveli Avenue" or "the
Kyivskyi district" is a site placed at the city the sentence, or else the article, is
about -- the containment ("one sense per discourse") heuristic of Leidner (2007); a
camp is a curated site ("the Zamzam camp"), or the town it is named after ("the Jenin
camp"), or else lies at the city of its sentence.

A country is a Place when the article uses it locatively at least once ("in Sudan",
"to Ukraine", "invaded Ukraine", see ``data/place_cues.tsv``), or when it contains one
of the article's other places (an article about Tbilisi that names Georgia is set in
Georgia, as GeoNames' containment hierarchy and Mordecai's country-first resolution
assume); a country named only as an actor or a modifier of an article set elsewhere
("Israel said" in a report from Gaza) stays an entity. Cities, regions and sites are
places however they are used. Demonyms ("Israeli") are never place mentions.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.geo import BIG_CITY, GeoEntry, fold, gazetteer
from eventwire.lexicon import load_tsv
from eventwire.record import Entity, Mention, Place

PLACE_KINDS = {"place", "country"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
RECOVERABLE_LABELS = {"PERSON", "ORG", "NORP", "PRODUCT"}
AREA_ROLES = ("region_noun", "street_noun", "district_noun", "camp_noun")
# An untagged proper noun is taken for a city only if the city is this large: small
# towns share names with people and firms far more often than big cities do.
MIN_UNTAGGED_POPULATION = 100_000
SPELLING_VARIANT = 0.8  # similarity of an alternate name to the primary ("Khan Younis"/"Khan Yunis" 0.95, "Hamas"/"Hamm" 0.67)


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
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in (
        cues.get("settlement_noun", frozenset()) | cues.get("region_noun", frozenset()) | cues.get("district_noun", frozenset())
    ):
        return True  # "the town of Tawila", "the Punjab province of Pakistan"
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in cues.get("attack_noun", ()):
        return True  # "strikes on Khan Younis", "the assault on El Fasher" (not "sanctions on Russia")
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in cues.get("verb", ())


def is_actor_use(span: Span) -> bool:
    """The toponym speaks or takes a stance: "Moscow said", "Paris said she ..."."""
    tok = span.root
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in place_cues().get("actor_verb", ())


def _is_demonym(span: Span) -> bool:
    """"Israeli", or a common noun it modifies ("Georgian police"; not "Iraqi Kurdistan")."""
    root = span.root
    if root.ent_type_ == "NORP" or root.pos_ == "ADJ":
        return True
    return root.pos_ == "NOUN" and span[0].ent_type_ == "NORP"


def _is_name(span: Span) -> bool:
    """Capitalised like a proper name ("Gaza", "the West Bank"), not "the strip"."""
    words = [t for t in span if t.lower_ != "the"]
    return bool(words) and words[0].text[:1].isupper()


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _name_before(doc: Doc, tok: Token) -> Span | None:
    """The capitalised name ending at ``tok`` (with its compound words), or None."""
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return None
    if tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None  # ("the Sagaing region" may come out as a verb; the tagger still says LOC)
    # (a demonym the tagger made a PROPN finds no gazetteer entry)
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i <= tok.i:
        start -= 1
    return doc[start:tok.i + 1]


def area_names(doc: Doc) -> list[tuple[Span, str, Token]]:
    """(span, role, area noun) for names an area noun makes a place: the bare name of a
    region ("Kursk" in "the Bryansk, Kursk and Rostov regions"), the name with its noun
    for a street or district ("Rustaveli Avenue", "Kyivskyi district")."""
    cues = place_cues()
    roles = {w: role for role in AREA_ROLES for w in cues.get(role, ())}
    out: list[tuple[Span, str, Token]] = []
    for noun in doc:
        role = roles.get(noun.lower_)
        if role is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        heads = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i]
        # "Kutupalong refugee camp": the parser may hang the name on the inner compound
        heads += [g for c in heads if c.is_lower for g in c.children if g.dep_ == "compound" and g.i < c.i]
        names: list[Token] = []
        for head in heads:
            chain = [head]
            for _ in range(6):  # "Bryansk, Kursk and Rostov": the conjuncts share the noun
                nxt = [c for c in chain[-1].children if c.dep_ == "conj" and c.i < noun.i]
                if not nxt:
                    break
                chain.append(nxt[0])
            names.extend(chain)
        for tok in names:
            name = _name_before(doc, tok)
            if name is None:
                continue
            between = doc[tok.i + 1:noun.i]  # "Jabalia refugee camp": lower-case compounds
            if role == "region_noun":
                out.append((name, role, noun))
            elif all(t.dep_ == "compound" and t.is_lower for t in between):
                out.append((doc[name.start:noun.i + 1], role, noun))
    return out


def _referents(doc: Doc, table) -> list[Referent]:
    refs: list[Referent] = []
    claimed: set[int] = set()
    for span, role, _ in area_names(doc):
        refs.append(Referent(mentions=[(span, role)]))
        claimed.update(t.i for t in span)
    for ent in getattr(table, "entities", None) or []:
        if ent.kind not in PLACE_KINDS:
            continue
        ref = Referent(entity_id=ent.id)
        for m in ent.mentions:
            span = _span(doc, m.start, m.end)
            if span is None or _is_demonym(span) or any(t.i in claimed for t in span):
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
            entry = _site_entry(ent) or _name_entry(ent.text)
            if entry is not None and entry.precision == "country":
                continue
            label = ent.label_ if entry is not None else "TOWN"  # maybe a small town: see _resolve
        else:
            label = ent.label_
        ref = by_text.get(ent.text.lower())
        if ref is None:
            ref = by_text[ent.text.lower()] = Referent()
            refs.append(ref)
        ref.mentions.append((ent, label))
    tagged = {t.i for ent in doc.ents for t in ent} | claimed | set(owned)
    for span in _untagged_names(doc, tagged):
        ref = by_text.get(span.text.lower())
        if ref is None:
            ref = by_text[span.text.lower()] = Referent()
            refs.append(ref)
        ref.mentions.append((span, "GAZ"))
    return refs


def _name_entry(text: str) -> GeoEntry | None:
    """The strict gazetteer entry for a name the tagger did not call a place. A city
    matched only on one of its GeoNames alternate names must be a big one ("Kiev") or
    the alternate a spelling variant of its name ("Khan Younis" for Khan Yunis): the
    alternate lists of smaller cities hold other words ("Hamas" is listed for Hamm)."""
    gaz = gazetteer()
    entry = gaz.lookup(text, strict=True)
    if entry is None or entry.precision != "city" or entry.population >= BIG_CITY:
        return entry
    key = fold(text)
    if any(primary and e.key == entry.key for e, primary in gaz.cities.get(key, ())):
        return entry
    return entry if SequenceMatcher(None, key, fold(entry.name)).ratio() >= SPELLING_VARIANT else None


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
        entry = gaz.supplement.get(key) or _name_entry(span.text)
        if entry is not None and entry.precision != "country" and key not in gaz.ambiguous and (
            entry.precision != "city" or entry.population >= MIN_UNTAGGED_POPULATION
        ):
            yield span
        i = j


def _context_countries(table, refs: list[Referent], earlier: Sequence[Entity] = ()) -> list[tuple[str, object]]:
    """(alpha-2 code, source) for the countries the article is about: the countries of
    its entities (with those of the earlier pieces of a long text) and the country of
    every territory or country it names. The source lets a referent ignore its own
    contribution (Georgia must not vote for Georgia), an earlier piece's Georgia too."""
    gaz = gazetteer()
    out: list[tuple[str, object]] = []
    entities = getattr(table, "entities", None) or []
    here = {(e.kind, e.name): e.id for e in entities}
    sources = [(e, e.id) for e in entities] + [(e, ("earlier", e.id)) for e in earlier if (e.kind, e.name) not in here]
    for ent, source in sources:
        entry = gaz.country(ent.country)
        if entry is not None and entry.country:
            out.append((entry.country, source))
    for ref in refs:
        for span, label in ref.mentions:
            if label == "region_noun":
                entry = _resolve_area(span, label, set(), None)
            else:
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


def _resolve_area(span: Span, role: str, context: set[str], city_near) -> GeoEntry | None:
    """A region name, or a street or district, per :func:`area_names`."""
    gaz = gazetteer()
    text = span.text.removeprefix("the ").strip()
    if role == "region_noun":
        doc = span.doc
        named = f"{text} {doc[span.end].text}" if span.end < len(doc) else text  # "Shan State"
        entry = gaz.supplement.get(fold(named)) or gaz.supplement.get(fold(text + " region")) or gaz.lookup(text, context, strict=True)
        if entry is not None and entry.precision == "city":
            # The namesake must be a known city or lie in the article's countries:
            # "the Central region" is not Central, Louisiana.
            if entry.country not in context and entry.population < MIN_UNTAGGED_POPULATION:
                return None
            return GeoEntry(f"{text} region", entry.country, entry.lat, entry.lon, None, "region")
        return entry
    entry = gaz.supplement.get(fold(text))
    if entry is not None:
        return entry
    if role == "camp_noun":
        name = span[:-1].text
        entry = gaz.supplement.get(fold(name)) or gaz.lookup(name, context, strict=True)
        if entry is not None and entry.precision in ("site", "city"):
            return entry if entry.precision == "site" else GeoEntry(text, entry.country, entry.lat, entry.lon, None, "site")
    city = city_near(span, same_sentence=role != "street_noun")
    if city is not None:
        return GeoEntry(text, city.country, city.lat, city.lon, None, "site")
    if role == "district_noun":
        name = span[:-1].text
        entry = gaz.lookup(name, context, strict=True)
        if entry is not None and entry.precision == "city":
            return GeoEntry(text, entry.country, entry.lat, entry.lon, None, "region")
    return None


def _resolve(ref: Referent, context: set[str]) -> GeoEntry | None:
    gaz = gazetteer()
    everything = sorted((m for m in ref.mentions if _is_name(m[0])), key=lambda m: -len(m[0].text))
    names = [m for m in everything if m[1] != "TOWN"]  # TOWN: only the small-town tier below
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
    for span, label in everything:
        # A town too small for the main list, named as a place where something happens.
        if label in ("GPE", "LOC", "place", "TOWN") and is_locative(span):
            entry = gaz.town(span.text, context)
            if entry is not None:
                return entry
    return None


def extract_places(doc: Doc, table, earlier: Sequence[Entity] = ()) -> list[Place]:
    """Geocoded places of the article with all their mentions, in order of first mention.
    ``earlier``: the entities of the earlier pieces of a long text (:mod:`eventwire.piecewise`),
    whose countries are the article's too."""
    refs = _referents(doc, table)
    if not refs:
        return []
    contributions = _context_countries(table, refs, earlier)
    resolved: list[tuple[Referent, GeoEntry]] = []
    areas: list[tuple[Referent, set[str]]] = []
    for ref in refs:
        context = {code for code, source in contributions if source not in (ref.entity_id, id(ref))}
        if ref.mentions[0][1] in AREA_ROLES[1:]:
            areas.append((ref, context))  # placed after the cities they lie in
            continue
        entry = _resolve_area(ref.mentions[0][0], "region_noun", context, None) if ref.mentions[0][1] == "region_noun" else _resolve(ref, context)
        if entry is not None:
            resolved.append((ref, entry))
    cities = [(span, entry) for ref, entry in resolved if entry.precision == "city" for span, _ in ref.mentions]

    def city_near(span: Span, same_sentence: bool) -> GeoEntry | None:
        sent = span.sent
        near = [(abs(s.start - span.start), e) for s, e in cities if sent.start <= s.start < sent.end]
        if near:
            return min(near, key=lambda ne: ne[0])[1]
        if same_sentence or not cities:
            return None
        counts: dict[str, int] = {}
        for _, e in cities:
            counts[e.key] = counts.get(e.key, 0) + 1
        return max((e for _, e in cities), key=lambda e: counts[e.key])  # first of the most named

    for ref, context in areas:
        span, role = ref.mentions[0]
        entry = _resolve_area(span, role, context, city_near)
        if entry is not None:
            resolved.append((ref, entry))
    # Countries that contain one of the article's places are where it is set.
    settings = {e.country for _, e in resolved if e.precision != "country" and e.country}
    merged: dict[str, tuple[GeoEntry, dict[tuple[int, int], Mention]]] = {}
    for ref, entry in resolved:
        if entry.precision == "country" and entry.country not in settings and not any(is_locative(s) for s, _ in ref.mentions):
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
