"""Places: offline geocoding and one Place per referent (tests/data/places_cases.jsonl)."""
from __future__ import annotations

import json
import math
import resource

import pytest

from conftest import DATA
from eventwire.geo import fold, gazetteer
from eventwire.lexicon import load_tsv

CASES = [json.loads(ln) for ln in (DATA / "places_cases.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]


def km(lat1, lon1, lat2, lon2):
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    cos = math.sin(la1) * math.sin(la2) + math.cos(la1) * math.cos(la2) * math.cos(lo1 - lo2)
    return 6371 * math.acos(max(-1.0, min(1.0, cos)))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_place_cases(analyze_text, case):
    record = analyze_text(case["text"])
    got = {fold(p.name): p for p in record.places}
    want_names = [fold(w["name"]) for w in case["places"]]
    assert sorted(got) == sorted(want_names), [p.model_dump() for p in record.places]
    for want in case["places"]:
        place = got[fold(want["name"])]
        assert km(want["lat"], want["lon"], place.lat, place.lon) <= 50, place.model_dump()
        for key in ("country", "precision"):
            if key in want:
                assert getattr(place, key) == want[key], place.model_dump()
    ids = [p.id for p in record.places]
    assert len(set(ids)) == len(ids)
    for place in record.places:
        assert place.mentions
        for m in place.mentions:
            assert m.text == case["text"][m.start:m.end]


def test_sample_gaza_is_one_place_with_all_mentions(sample_record):
    gaza = [p for p in sample_record.places if p.name == "Gaza Strip"]
    assert len(gaza) == 1
    assert km(31.4, 34.4, gaza[0].lat, gaza[0].lon) <= 50
    texts = {m.text for m in gaza[0].mentions}
    assert {"Gaza", "Gaza Strip"} <= texts
    assert "Israel" not in {p.name for p in sample_record.places}  # named only as an actor


@pytest.mark.parametrize("name,country,precision", [
    ("Kiev", "UA", "city"), ("Bombay", "IN", "city"), ("Gaza City", "PS", "city"), ("Gaza", "PS", "region"),
    ("the UK", "GB", "country"), ("U.S.", "US", "country"), ("DR Congo", "CD", "country"),
    ("Côte d'Ivoire", "CI", "country"), ("Burma", "MM", "country"), ("Donbass", "UA", "region"),
])
def test_lookup_names(name, country, precision):
    entry = gazetteer().lookup(name)
    assert entry is not None and (entry.country, entry.precision) == (country, precision)


def test_context_country_disambiguates():
    gaz = gazetteer()
    assert gaz.lookup("Paris").country == "FR"
    assert gaz.lookup("Paris", {"US"}).country == "FR"  # 2.1M people outweigh Paris, Texas
    assert gaz.lookup("Rafah").country == "PS"
    assert gaz.lookup("Rafah", {"EG"}).country == "EG"
    assert gaz.lookup("Georgia").country == "GE"
    assert (gaz.lookup("Georgia", {"US"}).country, gaz.lookup("Georgia", {"US"}).precision) == ("US", "region")
    assert gaz.lookup("New York").precision == "city" and gaz.lookup("Arizona").country == "US"
    assert gaz.lookup("Odessa").country == "UA"  # an alternate name of a big city beats a small homonym
    assert gaz.lookup("Mobile", strict=True) is None  # a common word, not used locatively
    assert gaz.lookup("Mobile", {"US"}, strict=True).country == "US"


def test_country_centroids_lie_in_their_country():
    """Each curated centroid is near one of the country's own cities (catches typos and sign errors)."""
    gaz = gazetteer()
    by_country: dict[str, list[tuple[float, float]]] = {}
    for cands in gaz.cities.values():
        for entry, primary in cands:
            if primary:
                by_country.setdefault(entry.country, []).append((entry.lat, entry.lon))
    for row in load_tsv("country_centroids.tsv"):
        cities = by_country.get(row["iso2"])
        if not cities:
            continue
        lat, lon = float(row["lat"]), float(row["lon"])
        nearest = min(km(lat, lon, a, b) for a, b in cities)
        assert nearest < 1200, (row["iso2"], nearest)


def test_supplement_rows_are_valid():
    for row in load_tsv("places_supplement.tsv"):
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert row["precision"] in ("country", "region", "city", "site")
        assert row["country"] == "" or gazetteer().country(row["country"]) is not None


@pytest.mark.parametrize("text", ["", " ", '"', "the the the", "In In In.", "Gaza" * 300, "in \u202eGaza\u202c and 🇺🇦",
                                  "Avenue Street district camp regions of town of", "the , and Kursk regions", 'in "Chasiv Yar" \\ "'])
def test_odd_text_never_crashes(nlp, text):
    from eventwire.extract.entities import EntityTable
    from eventwire.extract.places import extract_places

    for place in extract_places(nlp(text), EntityTable()):
        for m in place.mentions:
            assert m.text == text[m.start:m.end]


def test_gazetteer_is_built_once():
    assert gazetteer() is gazetteer()
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1024 * 1024  # KiB: under 1 GiB


def test_small_towns_need_a_context_country_and_both_search_paths_agree():
    from eventwire.geo import Gazetteer

    gaz = Gazetteer()
    assert gaz.town("Chasiv Yar", {"UA"}).country == "UA"
    assert gaz.town("Chasiv Yar", {"FR"}) is None  # not a town of the article's countries
    assert gaz.town("Chasiv Yar", set()) is None
    assert gaz.town("Paris", {"FR"}) is None  # large cities are the main list's business
    names = ["Chasiv Yar", "Sudzha", "Bentiu", "Huliaipole", 'x"y', "the", ""]
    context = {"UA", "RU", "SS"}
    scanned = [gaz.town(n, context) for n in names]
    gaz._town_cache.clear()
    gaz._town_index = gaz._index_towns(gaz._towns_raw())
    assert [gaz.town(n, context) for n in names] == scanned
    assert scanned[3] is not None  # found by an alternate spelling ("Hulyaypole")
