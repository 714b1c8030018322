"""A human view of a record in the terminal (rich). Article text is printed as text, never markup."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventwire.record import Record


def _name(rec: Record, eid: str | None) -> str:
    for e in rec.entities:
        if e.id == eid:
            return e.name
    return "?"


def print_record(rec: Record, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    a = rec.article
    head = Text(a.title or "(untitled article)", style="bold")
    head.append(f"  published {a.published or '?'}  source {a.source or '?'}  {len(a.text):,} chars, "
                f"{len(rec.sentences)} sentences", style="dim")
    console.print(head)

    t = Table(title=f"Quotes ({len(rec.quotes)})", show_lines=True, expand=True)
    for col in ("kind", "speaker", "cue", "to", "quote"):
        t.add_column(col, overflow="fold")
    for q in rec.quotes:
        who = _name(rec, q.speaker) if q.speaker else "(unknown)"
        if q.speaker_text and q.speaker_text.lower() != who.lower():
            who += f" [{q.speaker_text}]"
        t.add_row(q.kind, Text(who), Text(q.cue or ""), Text(_name(rec, q.addressee) if q.addressee else ""), Text(q.text))
    console.print(t)

    t = Table(title=f"Entities ({len(rec.entities)})", expand=True)
    for col in ("id", "name", "kind", "code", "title", "mentions"):
        t.add_column(col, overflow="fold")
    for e in rec.entities:
        t.add_row(e.id, Text(e.name), e.kind, e.code or "", Text(e.title or ""),
                  Text(", ".join(sorted({m.text for m in e.mentions}))))
    console.print(t)

    if rec.events:
        t = Table(title=f"Events ({len(rec.events)})", expand=True)
        for col in ("type", "cameo", "actor", "trigger", "recipient", "flags"):
            t.add_column(col, overflow="fold")
        for v in rec.events:
            flags = " ".join(f for f, on in (("hypothetical", v.hypothetical), ("negated", v.negated),
                                              (f"reported:{v.reported_by}", bool(v.reported_by))) if on)
            t.add_row(v.type, v.cameo or "", Text(", ".join(_name(rec, x) for x in v.actor)), Text(v.trigger),
                      Text(", ".join(_name(rec, x) for x in v.recipient)), flags)
        console.print(t)

    if rec.figures:
        t = Table(title=f"Figures ({len(rec.figures)})", expand=True)
        for col in ("kind", "value", "qualifier", "subject", "evidence"):
            t.add_column(col, overflow="fold")
        for f in rec.figures:
            t.add_row(f.kind, f"{f.value:,}", f.qualifier or "", Text(f.subject or ""), Text(a.text[f.start:f.end]))
        console.print(t)

    if rec.places:
        t = Table(title=f"Places ({len(rec.places)})", expand=True)
        for col in ("name", "country", "lat", "lon", "precision"):
            t.add_column(col)
        for p in rec.places:
            t.add_row(Text(p.name), p.country or "", f"{p.lat}", f"{p.lon}", p.precision)
        console.print(t)

    t = Table(title=f"Dates ({len(rec.dates)})", expand=True)
    for col in ("text", "value", "precision"):
        t.add_column(col)
    for d in rec.dates:
        t.add_row(Text(d.text), d.value, d.precision)
    console.print(t)
