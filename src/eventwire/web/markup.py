"""The article body as HTML with its record drawn on it, built from character offsets.

Article text is hostile input: it is never trusted as markup. The body is cut at every
offset where an annotation (sentence, quote, event, figure, entity or place mention)
starts or ends, each text piece goes through :func:`markupsafe.escape`, and the only
tags in the result are the ones written here, whose attribute values are escaped too.

Annotations may overlap without nesting (a quote running across two sentences, an
event span crossing a quote's end). They are drawn with the open-element stack a
browser's HTML parser keeps: at each boundary the elements that end (and everything
opened inside them) are closed, and the ones still running are reopened, so the
output is always well formed and each character is inside exactly the elements whose
span covers it. Outer layers come first (sentence, quote, event, figure, mention), so a
quote is cut only where it really crosses a sentence end.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from eventwire.record import Record

# Layers from outermost to innermost.
SENTENCE, QUOTE, EVENT, FIGURE, MENTION = range(5)


@dataclass(order=True)
class Span:
    start: int
    end: int
    layer: int
    tag: str = field(compare=False)
    attrs: dict[str, str] = field(compare=False, default_factory=dict)
    # Shown once, before the first piece of the span (e.g. a quote's speaker).
    label: str | None = field(compare=False, default=None)
    label_class: str = field(compare=False, default="label")
    key: int = field(compare=False, default=0)


def _open(span: Span, first: bool) -> str:
    attrs = dict(span.attrs)
    if not first:
        attrs.pop("id", None)  # ids stay unique: only the first piece carries it
        attrs["data-cont"] = "1"
    parts = [f"<{span.tag}"]
    for k, v in attrs.items():
        parts.append(f' {k}="{escape(v)}"')
    parts.append(">")
    if first and span.label:
        parts.append(f'<span class="{span.label_class}">{escape(span.label)}</span>')
    return "".join(parts)


def render_spans(text: str, spans: list[Span]) -> Markup:
    """HTML for ``text`` with ``spans`` drawn as elements, every text piece escaped."""
    n = len(text)
    clean: list[Span] = []
    for i, s in enumerate(spans):
        start, end = max(0, min(s.start, n)), max(0, min(s.end, n))
        if start < end:
            s.start, s.end, s.key = start, end, i
            clean.append(s)
    bounds = sorted({0, n, *(s.start for s in clean), *(s.end for s in clean)})
    out: list[str] = []
    stack: list[Span] = []
    opened: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        active = sorted((s for s in clean if s.start <= a and s.end >= b), key=lambda s: (s.layer, s.start, -s.end, s.key))
        active_keys = [s.key for s in active]
        # Keep the longest prefix of the stack that is still active in the same order.
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep].key == active_keys[keep]:
            keep += 1
        for s in reversed(stack[keep:]):
            out.append(f"</{s.tag}>")
        stack = stack[:keep]
        for s in active[keep:]:
            out.append(_open(s, s.key not in opened))
            opened.add(s.key)
            stack.append(s)
        out.append(str(escape(text[a:b])))
    for s in reversed(stack):
        out.append(f"</{s.tag}>")
    return Markup("".join(out))


def record_spans(record: Record) -> list[Span]:
    """The annotations of a record as spans: sentences, quotes (with speaker), events,
    figures and entity mentions."""
    names = {e.id: e.name for e in record.entities}
    spans: list[Span] = []
    for s in record.sentences:
        spans.append(Span(s.start, s.end, SENTENCE, "span", {"class": "sent", "id": f"s{s.index}"}))
    for q in record.quotes:
        speaker = names.get(q.speaker or "", None)
        attrs = {"class": f"quote quote-{q.kind}", "id": f"quote-{q.id}", "data-quote": q.id,
                 "title": f"{q.id} {q.kind} quote" + (f" by {speaker}" if speaker else ", speaker unknown")}
        if speaker:
            attrs["data-speaker"] = speaker
        spans.append(Span(q.start, q.end, QUOTE, "mark", attrs,
                          label=speaker or "unattributed", label_class="speaker"))
    for v in record.events:
        flags = [w for w, on in (("negated", v.negated), ("hypothetical", v.hypothetical),
                                 ("reported", bool(v.reported_by))) if on]
        title = f"{v.id} {v.type}" + (f" ({', '.join(flags)})" if flags else "")
        spans.append(Span(v.start, v.end, EVENT, "span",
                          {"class": f"event ev-{v.type.lower()}", "id": f"event-{v.id}", "data-event": v.id,
                           "title": title}))
    for f in record.figures:
        spans.append(Span(f.start, f.end, FIGURE, "span",
                          {"class": "figure", "id": f"figure-{f.id}", "title": f"{f.id} {f.kind}: {f.value:g}"}))
    for e in record.entities:
        for m in e.mentions:
            spans.append(Span(m.start, m.end, MENTION, "span",
                              {"class": f"mention ent-{e.kind}", "data-entity": e.id, "title": f"{e.name} ({e.kind})"}))
    return spans


def article_html(record: Record) -> Markup:
    return render_spans(record.article.text, record_spans(record))
