"""Server-rendered SVG charts: the events timeline and an actor's interaction network.

Drawn on the server so the pages need no chart library and no script: the browser only
displays markup. Every label that comes from the corpus (actor names, types) goes
through :func:`markupsafe.escape`; colours and geometry are numbers computed here.
Styling uses SVG presentation attributes and CSS classes, never ``style=``, which
the Content-Security-Policy forbids.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict

from markupsafe import Markup, escape

from eventwire.record import EVENT_TYPES, day_of

# One colour per PLOVER type, from cooperation (blues/greens) to conflict (reds).
TYPE_COLOURS = dict(zip(EVENT_TYPES, (
    "#1b9e77", "#66a61e", "#7fc97f", "#a6d854", "#4daf4a", "#2ca25f", "#8dd3c7", "#80b1d3",
    "#fdb462", "#fb8072", "#e41a1c", "#984ea3", "#bc80bd", "#ff7f00", "#d95f02", "#a50f15",
)))


def type_colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, "#999999")



def bin_unit(first: dt.date, last: dt.date) -> str:
    """Bins chosen by the range: days up to three months, weeks up to two years, else months."""
    span = (last - first).days
    return "day" if span <= 92 else "week" if span <= 730 else "month"


def bin_start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def bin_end(start: dt.date, unit: str) -> dt.date:
    """The first day after the bin starting at ``start``."""
    if unit == "week":
        return start + dt.timedelta(days=7)
    if unit == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=1)


def timeline_bins(rows: list[dict]) -> tuple[str, dict[dt.date, dict[str, int]]]:
    """``rows`` (``{"day", "type", "count"}``) summed into bins of one unit."""
    days = [d for d in (day_of(r.get("day") or "") for r in rows) if d]
    if not days:
        return "day", {}
    unit = bin_unit(min(days), max(days))
    bins: dict[dt.date, dict[str, int]] = defaultdict(dict)
    for r in rows:
        d = day_of(r.get("day") or "")
        if d:
            b = bins[bin_start(d, unit)]
            b[r["type"]] = b.get(r["type"], 0) + int(r["count"])
    return unit, bins


def _time_ticks(first: dt.date, last: dt.date, n: int = 6) -> list[dt.date]:
    span = max((last - first).days, 1)
    return [first + dt.timedelta(days=round(span * i / (n - 1))) for i in range(n)]


def timeline_svg(rows: list[dict], width: int = 900, height: int = 220) -> Markup:
    """Events per bin on a real time axis, stacked by type: x is proportional to time, so
    a gap of a year looks like a year; bins are days, weeks or months by the range."""
    unit, bins = timeline_bins(rows)
    if not bins:
        return Markup('<p class="empty">No dated events yet.</p>')
    first, last = min(bins), bin_end(max(bins), unit)
    span = max((last - first).days, 1)
    peak = max(sum(v.values()) for v in bins.values())
    pad_l, pad_b, pad_t, pad_r = 40, 30, 10, 10
    plot_w, plot_h = width - pad_l - pad_r, height - pad_b - pad_t

    def x_of(day: dt.date) -> float:
        return pad_l + plot_w * (day - first).days / span

    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" data-bin="{unit}" '
             f'aria-label="events per {unit} by type" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - pad_r}" y2="{pad_t + plot_h}" stroke="#888"/>',
             f'<text x="{pad_l - 4}" y="{pad_t + 8}" text-anchor="end" class="axis">{peak}</text>',
             f'<text x="{pad_l - 4}" y="{pad_t + plot_h}" text-anchor="end" class="axis">0</text>']
    for start in sorted(bins):
        x, w = x_of(start), max(x_of(bin_end(start, unit)) - x_of(start) - 0.5, 0.8)
        y = pad_t + plot_h
        for etype in EVENT_TYPES:
            n = bins[start].get(etype, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{type_colour(etype)}">'
                         f'<title>{unit} of {start.isoformat()} · {escape(etype)}: {n}</title></rect>')
    for tick in _time_ticks(first, last):
        x = x_of(tick)
        parts.append(f'<line x1="{x:.1f}" y1="{pad_t + plot_h}" x2="{x:.1f}" y2="{pad_t + plot_h + 4}" stroke="#888"/>'
                     f'<text x="{x:.1f}" y="{height - 8}" text-anchor="middle" class="axis">{tick.isoformat()}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


SERIES_COLOURS = ("#1f78b4", "#e31a1c", "#33a02c", "#ff7f00", "#6a3d9a", "#b15928", "#a6cee3", "#fb9a99")


def claims_svg(group: dict, width: int = 640, height: int = 240) -> Markup:
    """One competing-claims group as a chart: x is the date, y the number, one line per
    claimant (a point where a claimant gave one number), with a legend."""
    series = [(c["claimant"], [(d, p) for p in c["points"] if (d := day_of(p["day"] or "")) and p["value"] is not None])
              for c in group["claimants"]]
    series = [(who, pts) for who, pts in series if pts]
    if not series:
        return Markup('<p class="empty">No dated figures in this group.</p>')
    days = [d for _, pts in series for d, _ in pts]
    values = [float(p["value"]) for _, pts in series for _, p in pts]
    first, last = min(days), max(days)
    span, top = max((last - first).days, 1), max(max(values), 1.0)
    pad_l, pad_r, pad_t, pad_b = 56, 150, 10, 28
    plot_w, plot_h = width - pad_l - pad_r, height - pad_t - pad_b

    def xy(day: dt.date, value) -> tuple[float, float]:
        x = pad_l + plot_w * ((day - first).days / span if last > first else 0.5)
        return x, pad_t + plot_h * (1 - float(value) / top)

    parts = [f'<svg class="claims" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg" '
             f'aria-label="{escape(group["kind"])} of {escape(group["subject"])} by claimant">',
             f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{pad_l + plot_w}" y2="{pad_t + plot_h}" stroke="#888"/>',
             f'<text x="{pad_l - 4}" y="{pad_t + 8}" text-anchor="end" class="axis">{_num_label(top)}</text>',
             f'<text x="{pad_l - 4}" y="{pad_t + plot_h}" text-anchor="end" class="axis">0</text>',
             f'<text x="{pad_l}" y="{height - 8}" class="axis">{first.isoformat()}</text>',
             f'<text x="{pad_l + plot_w}" y="{height - 8}" text-anchor="end" class="axis">{last.isoformat()}</text>']
    for i, (who, pts) in enumerate(series):
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        coords = [xy(d, p["value"]) for d, p in sorted(pts, key=lambda t: t[0])]
        if len(coords) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        label = escape(who)  # once per series, not per point (500 points a page)
        for (d, p), (x, y) in zip(sorted(pts, key=lambda t: t[0]), coords):
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"><title>{label}, '
                         f'{d.isoformat()}: {escape(str(p["value"]))}</title></circle>')
        ly = pad_t + 12 + 16 * i
        parts.append(f'<rect x="{width - pad_r + 10}" y="{ly - 9}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{width - pad_r + 24}" y="{ly}" class="legend">{escape(_short_label(who))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _num_label(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.1f}"


def _short_label(s: str, n: int = 20) -> str:
    return s if len(s) <= n else s[:n - 1] + "…"


def network_svg(center: str, links: list[dict], size: int = 420, max_nodes: int = 16) -> Markup:
    """The actor in the middle, its partners on a circle, edge width by event count.

    ``links``: ``{"other", "count", "direction"}`` with direction ``out`` (center acts on
    other), ``in`` (other acts on center) or ``both``.
    """
    if not links:
        return Markup('<p class="empty">No interactions with other actors.</p>')
    merged: dict[str, dict[str, int]] = defaultdict(lambda: {"out": 0, "in": 0})
    for link in links:
        merged[link["other"]][link["direction"] if link["direction"] in ("out", "in") else "out"] += int(link["count"])
    ranked = sorted(merged.items(), key=lambda kv: (-(kv[1]["out"] + kv[1]["in"]), kv[0]))[:max_nodes]
    peak = max(v["out"] + v["in"] for _, v in ranked)
    c = size / 2
    r = size / 2 - 70
    parts = [f'<svg class="network" viewBox="0 0 {size} {size}" role="img" '
             f'aria-label="interactions of {escape(center)}" xmlns="http://www.w3.org/2000/svg">']
    nodes = []
    for i, (name, counts) in enumerate(ranked):
        angle = 2 * math.pi * i / len(ranked) - math.pi / 2
        x, y = c + r * math.cos(angle), c + r * math.sin(angle)
        total = counts["out"] + counts["in"]
        width = 1 + 7 * total / peak
        colour = "#d95f02" if counts["out"] and not counts["in"] else "#1f78b4" if counts["in"] and not counts["out"] else "#6a3d9a"
        parts.append(f'<line x1="{c:.1f}" y1="{c:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="{colour}" '
                     f'stroke-width="{width:.1f}" stroke-opacity="0.7"><title>{escape(center)} → {escape(name)}: '
                     f'{counts["out"]}; {escape(name)} → {escape(center)}: {counts["in"]}</title></line>')
        nodes.append((name, x, y, angle, total))
    for name, x, y, angle, total in nodes:
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        lx, ly = x + 10 * math.cos(angle), y + 10 * math.sin(angle) + 4
        label = name if len(name) <= 24 else name[:23] + "…"
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{4 + 6 * total / peak:.1f}" fill="#555"/>')
        parts.append(f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" class="node">{escape(label)}</text>')
    parts.append(f'<circle cx="{c:.1f}" cy="{c:.1f}" r="12" fill="#222"/>')
    parts.append(f'<text x="{c:.1f}" y="{c + 28:.1f}" text-anchor="middle" class="center">{escape(center)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
