"""Server-rendered SVG charts: the events timeline and an actor's interaction network.

Drawn on the server so the pages need no chart library and no script: the browser only
displays markup. Every label that comes from the corpus (actor names, types) goes
through :func:`markupsafe.escape`; colours and geometry are numbers computed here.
Styling uses SVG presentation attributes and CSS classes, never ``style=``, which
the Content-Security-Policy forbids.
"""
from __future__ import annotations

import math
from collections import defaultdict

from markupsafe import Markup, escape

from eventwire.record import EVENT_TYPES

# One colour per PLOVER type, from cooperation (blues/greens) to conflict (reds).
TYPE_COLOURS = dict(zip(EVENT_TYPES, (
    "#1b9e77", "#66a61e", "#7fc97f", "#a6d854", "#4daf4a", "#2ca25f", "#8dd3c7", "#80b1d3",
    "#fdb462", "#fb8072", "#e41a1c", "#984ea3", "#bc80bd", "#ff7f00", "#d95f02", "#a50f15",
)))


def type_colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, "#999999")


def timeline_svg(rows: list[dict], width: int = 900, height: int = 220) -> Markup:
    """Stacked bars of event counts per day (``rows``: ``{"day", "type", "count"}``)."""
    by_day: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        if r.get("day"):
            by_day[r["day"]][r["type"]] = by_day[r["day"]].get(r["type"], 0) + int(r["count"])
    if not by_day:
        return Markup('<p class="empty">No dated events yet.</p>')
    days = sorted(by_day)
    peak = max(sum(v.values()) for v in by_day.values())
    pad_l, pad_b, pad_t = 40, 30, 10
    plot_w, plot_h = width - pad_l - 10, height - pad_b - pad_t
    bar_w = max(1.0, plot_w / len(days))
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="events per day by type" xmlns="http://www.w3.org/2000/svg">']
    parts.append(f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 10}" y2="{pad_t + plot_h}" stroke="#888"/>')
    parts.append(f'<text x="{pad_l - 4}" y="{pad_t + 8}" text-anchor="end" class="axis">{peak}</text>')
    parts.append(f'<text x="{pad_l - 4}" y="{pad_t + plot_h}" text-anchor="end" class="axis">0</text>')
    for i, day in enumerate(days):
        x = pad_l + i * bar_w
        y = pad_t + plot_h
        for etype in EVENT_TYPES:
            n = by_day[day].get(etype, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(bar_w - 1, 0.8):.1f}" height="{h:.1f}" '
                         f'fill="{type_colour(etype)}"><title>{escape(day)} {escape(etype)}: {n}</title></rect>')
    for i in sorted({0, len(days) - 1, len(days) // 2}):
        x = pad_l + i * bar_w + bar_w / 2
        parts.append(f'<text x="{x:.1f}" y="{height - 8}" text-anchor="middle" class="axis">{escape(days[i])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


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
