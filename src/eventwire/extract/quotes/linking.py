"""Linking drafts into statements: a quote split around its attribution is one quote with
parts; multi-paragraph chains share one attribution; a cue-less quote that continues the
previous speaker is linked to it (step 5 of the package doc)."""
from __future__ import annotations

from eventwire.extract import actors as actors_x
from eventwire.extract.docfacts import Segment
from eventwire.extract.quotes.model import _Draft



def merge_split_quotes(run) -> None:
    """ ""A," she said, "B." is one attribution: two direct drafts of one cue, in one
    paragraph, with the cue between them, become one quote whose parts are both pieces."""
    out: list[_Draft] = []
    for d in sorted(run.drafts, key=lambda d: (d.start, d.end)):
        prev = out[-1] if out else None
        if (prev is not None and prev.cue is not None and d.cue is prev.cue and prev.kind == d.kind == "direct"
                and prev.end <= d.cue.start and d.cue.end <= d.start
                and _one_sentence(run, prev, d)):
            prev.parts = (prev.parts or [(prev.start, prev.end)]) + [(d.start, d.end)]
            prev.end = d.end
            continue
        out.append(d)
    run.drafts = out


def inherit(drafts: list[_Draft], segs: list[Segment], by_seg: dict) -> None:
    """Continuation: an unattributed quote takes the speaker of the quote right before it
    (same paragraph, or the previous paragraph: news convention for quote paragraphs),
    and every segment of a multi-paragraph quotation shares one attribution."""
    next_in_chain = {sg.prev_in_chain: m for m, sg in enumerate(segs) if sg.prev_in_chain is not None}
    for d in drafts:
        if d.segment is None or d.cue is not None:
            continue
        for m in _chain(d.segment, segs, next_in_chain):
            src = by_seg.get(m)
            if src is not None and src.cue is not None:
                d.speaker, d.speaker_text, d.cue_text, d.addressee = src.speaker, src.speaker_text, src.cue_text, src.addressee
                d.cue = src.cue
                d.continues = src
                break
    prev: _Draft | None = None
    for d in drafts:
        if d.cue is None and d.kind == "direct" and prev is not None and prev.para in (d.para, d.para - 1):
            if prev.speaker is not None or prev.speaker_text is not None:
                d.speaker, d.speaker_text, d.addressee = prev.speaker, prev.speaker_text, prev.addressee
                d.continues = prev
        prev = d


def _chain(k: int, segs: list[Segment], next_in_chain: dict) -> list[int]:
    chain = [k]
    j = k
    while segs[j].prev_in_chain is not None:
        j = segs[j].prev_in_chain
        chain.append(j)
    j = k
    while j in next_in_chain:
        j = next_in_chain[j]
        chain.append(j)
    return chain


def _one_sentence(run, a: _Draft, b: _Draft) -> bool:
    """Both pieces in one sentence: no sentence-final mark as a token of its own between
    the first piece's closing mark and the second's opening one (""A," X wrote. "B.""
    is a continuation, not a split; the period of "Ms." is part of its word)."""
    if run.facts.paragraph_at(a.start) != run.facts.paragraph_at(b.start):
        return False
    span = run.doc.char_span(a.end, b.start, alignment_mode="expand")
    return span is None or not any(_ends_sentence(t) for t in span)


def _ends_sentence(t) -> bool:
    """A sentence-final mark, alone or closing a word that is no title ("wrote on X.")."""
    if t.text in (".", "!", "?"):
        return True
    return len(t.text) > 1 and t.text.endswith(".") and t.lower_ not in actors_x.role_nouns() \
        and t.lower_.rstrip(".") not in actors_x.role_nouns()
