"""The map's base layer: the vendored Natural Earth 110m TopoJSON (world-atlas) as
GeoJSON, with every ring that crosses the 180° meridian made continuous.

world-atlas keeps spherical polygons, so a ring that crosses the antimeridian (Russia's
Chukotka, Fiji) jumps from +180 to -180 between two points; Leaflet draws that jump as a
band across the whole world. Here each such ring is unwrapped (longitudes shifted by
360° so consecutive points are never more than 180° apart): it is drawn past the edge of
the map, where it belongs. Rings around a pole (Antarctica) cannot be unwrapped into a
closed ring and are kept as they are (their jump runs along the map's edge).
"""
from __future__ import annotations

import json
from functools import lru_cache

from eventwire.web.templating import WEB_DIR

WORLD = WEB_DIR / "static" / "vendor" / "world-atlas" / "countries-110m.json"


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs: delta-encoded, quantized positions -> lon/lat lists."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs) -> list[tuple[float, float]]:
    """A ring from its arcs (``~i``, i.e. ``-i - 1``, is arc i reversed); shared ends once."""
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``ring`` with longitudes shifted so no step exceeds 180°; unchanged when it has no
    such step, or when it encircles a pole (unwrapping would not close it)."""
    if not ring or all(abs(b[0] - a[0]) <= 180 for a, b in zip(ring, ring[1:])):
        return ring
    out = [ring[0]]
    for lon, lat in ring[1:]:
        prev = out[-1][0]
        lon += 360 * round((prev - lon) / 360)
        out.append((lon, lat))
    if abs(out[-1][0] - out[0][0]) > 180:  # around a pole
        return ring
    mean = sum(p[0] for p in out) / len(out)
    if mean > 180 or mean < -180:  # mostly on the far side: bring it back
        shift = -360 if mean > 180 else 360
        out = [(lon + shift, lat) for lon, lat in out]
    return out


def _geometry(geom: dict, arcs) -> dict | None:
    if geom.get("type") == "Polygon":
        polygons = [geom["arcs"]]
    elif geom.get("type") == "MultiPolygon":
        polygons = geom["arcs"]
    else:
        return None
    coords = [[[list(p) for p in unwrap(_ring(r, arcs))] for r in polygon] for polygon in polygons]
    return {"type": "MultiPolygon", "coordinates": coords}


@lru_cache(maxsize=1)
def world_geojson() -> str:
    """The countries as a GeoJSON FeatureCollection (a JSON string, built once)."""
    topo = json.loads(WORLD.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        shape = _geometry(geom, arcs)
        if shape is not None:
            features.append({"type": "Feature", "id": geom.get("id"),
                             "properties": {"name": (geom.get("properties") or {}).get("name")}, "geometry": shape})
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
