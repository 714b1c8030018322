"""A human view of a record in the terminal (rich). Article text is printed as text, never markup,
and without control sequences (:mod:`eventwire.terminal`)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventwire.record import Record
from eventwire.terminal import cell, clean


def _name(rec: Record, eid: str | None) -> str:
    for e in rec.entities:
        if e.id == eid:
            return e.name
    return "?"


def print_record(rec: Record, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    a = rec.article
    head = Text(clean(a.title or "(untitled article)", one_line=True), style="bold")
    head.append(f"  published {a.published or '?'}  source {clean(a.source or '?', one_line=True)}  {len(a.text):,} chars, "
                f"{len(rec.sentences)} sentences", style="dim")
    console.print(head)

    t = Table(title=f"Quotes ({len(rec.quotes)})", show_lines=True, expand=True)
    for col in ("kind", "speaker", "cue", "to", "quote"):
        t.add_column(col, overflow="fold")
    for q in rec.quotes:
        who = _name(rec, q.speaker) if q.speaker else "(unknown)"
        if q.speaker_text and q.speaker_text.lower() != who.lower():
            who += f" [{q.speaker_text}]"
        t.add_row(cell(q.kind), cell(who), cell(q.cue or ""), cell(_name(rec, q.addressee) if q.addressee else ""), cell(q.text))
    console.print(t)

    t = Table(title=f"Entities ({len(rec.entities)})", expand=True)
    for col in ("id", "name", "kind", "code", "title", "mentions"):
        t.add_column(col, overflow="fold")
    for e in rec.entities:
        t.add_row(cell(e.id), cell(e.name), cell(e.kind), cell(e.code or ""), cell(e.title or ""),
                  cell(", ".join(sorted({m.text for m in e.mentions}))))
    console.print(t)

    if rec.events:
        t = Table(title=f"Events ({len(rec.events)})", expand=True)
        for col in ("type", "cameo", "actor", "trigger", "recipient", "flags"):
            t.add_column(col, overflow="fold")
        for v in rec.events:
            flags = " ".join(f for f, on in (("hypothetical", v.hypothetical), ("negated", v.negated),
                                              (f"reported:{v.reported_by}", bool(v.reported_by))) if on)
            t.add_row(cell(v.type), cell(v.cameo or ""), cell(", ".join(_name(rec, x) for x in v.actor)), cell(v.trigger),
                      cell(", ".join(_name(rec, x) for x in v.recipient)), cell(flags))
        console.print(t)

    if rec.figures:
        t = Table(title=f"Figures ({len(rec.figures)})", expand=True)
        for col in ("kind", "value", "qualifier", "subject", "evidence"):
            t.add_column(col, overflow="fold")
        for f in rec.figures:
            t.add_row(cell(f.kind), f"{f.value:,}", cell(f.qualifier or ""), cell(f.subject or ""), cell(a.text[f.start:f.end]))
        console.print(t)

    if rec.places:
        t = Table(title=f"Places ({len(rec.places)})", expand=True)
        for col in ("name", "country", "lat", "lon", "precision"):
            t.add_column(col)
        for p in rec.places:
            t.add_row(cell(p.name), cell(p.country or ""), f"{p.lat}", f"{p.lon}", cell(p.precision))
        console.print(t)

    t = Table(title=f"Dates ({len(rec.dates)})", expand=True)
    for col in ("text", "value", "precision"):
        t.add_column(col)
    for d in rec.dates:
        t.add_row(cell(d.text), cell(d.value), cell(d.precision))
    console.print(t)
