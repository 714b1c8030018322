"""Reported content of parsed cues: indirect and mixed quotes, and the direct quotes a
cue's complement points at (step 2 of the package doc)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.extract.cues import CueLexicon
from eventwire.extract.docfacts import Segment, _strip
from eventwire.extract.quotes.finding import (
    ALL_MARKS, MAX_FRAGMENT_FRAME, TITLE_PREV, TRAIL_FRAGMENT, Cue, _continued_after_cue, _is_word, _lead_trim,
)
from eventwire.extract.quotes.model import _Draft

def _cut_at_nested_cue(doc: Doc, a: int, b: int, cue_tokens: set[int], speech_acts: frozenset) -> int:
    """End a complement before a participle that continues the attribution rather than
    being reported ("said the war would end, adding that talks had failed"; "denied that
    ..., calling the accusation a provocation")."""
    for i in range(a + 1, b):
        t = doc[i]
        if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and (i in cue_tokens or t.lemma_.lower() in speech_acts) and doc[t.left_edge.i - 1].is_punct and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            j = doc[i].left_edge.i
            while j > a and (not _is_word(doc[j - 1]) or doc[j - 1].dep_ == "cc"):
                j -= 1
            return j
        if i in cue_tokens and t.dep_ in ("advcl", "conj", "parataxis") and t.pos_ == "VERB" and _own_speaker(t, a):
            # "said it would ease pressure, while the lobby warned that ...": a new speaker's
            # attribution ends the first one's content (reaction roundups)
            j = t.left_edge.i
            while j > a and (not _is_word(doc[j - 1]) or doc[j - 1].dep_ in ("cc", "mark")):
                j -= 1
            if j > a:
                return j
    return b


def _own_speaker(t, a: int) -> bool:
    """The cue verb has a subject of its own that is a noun phrase inside the complement."""
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i >= a for c in t.children)


def _clause_with_marks(text: str, segs: list[Segment], ids: list[int], s: int, e: int) -> tuple[int, int]:
    """Widen a clause to the marks of the quoted segments it cuts, then trim the final period."""
    for k in ids:
        seg = segs[k]
        if seg.open_mark < s and seg.start >= s - 2:
            s = seg.open_mark
        if seg.close_mark is not None and seg.close_mark >= e and seg.end <= e + 2:
            e = seg.close_mark + 1
    if e > s and text[e - 1] not in ALL_MARKS:
        s, e = _strip(text, s, e, TRAIL_FRAGMENT)
    return s, e


def _is_title(text: str, doc: Doc, seg: Segment, lex: CueLexicon) -> bool:
    """A quoted phrase naming a work, term or nickname ('the film "Oppenheimer"', 'so-called "...").'"""
    m = TITLE_PREV.search(text, max(0, seg.open_mark - 40), seg.open_mark)
    if not m:
        return False
    word = m.group(1).lower()
    return word in lex.title_cues or word.rstrip("s") in lex.title_cues


def _after_verb(doc: Doc, seg: Segment) -> bool:
    """The quoted phrase is the object of a verb ('shouted "Allahu Akbar"'): uttered words."""
    tok = doc.char_span(seg.open_mark, seg.open_mark + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return False
    prev = doc[tok.start - 1]
    return prev.pos_ == "VERB"


NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
SMALL_WORDS = frozenset("a an the of and or in on at to for with by from de la".split())


def _looks_like_name(body: str) -> bool:
    """A short phrase in title case ("Humanitarian Response Plan", "Crisis Deepens"):
    a name, title or headline rather than speech."""
    words = NAME_WORD.findall(body)
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content) and not body.rstrip().endswith((",", "?", "!"))


def _fragment_only(doc: Doc, a: int, b: int, in_quote: list[int], segs, real: list[int], lex: CueLexicon, cue: Cue) -> int | None:
    """The quoted segment that is the whole substance of a reported clause, if any."""
    if len(real) != 1:
        return None
    k = real[0]
    seg = segs[k]
    inside = [i for i in range(a, b) if in_quote[i] == k]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    after = [i for i in range(last + 1, b) if _is_word(doc[i]) and in_quote[i] < 0]
    if after:
        return None
    before = [i for i in range(a, first) if _is_word(doc[i]) and in_quote[i] < 0]
    if len(before) > MAX_FRAGMENT_FRAME:
        return None
    for i in before:
        t = doc[i]
        if t.dep_ in ("aux", "auxpass", "neg"):
            continue  # "Germany would "keep supporting ...""
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in lex.frames:
            return None
    if seg.start >= seg.end:
        return None
    return k


def _token_range_chars(doc: Doc, a: int, b: int) -> tuple[int, int]:
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)


def reported_from_cues(run) -> None:
    """Indirect and mixed quotes from each cue's complements; a complement wholly in
    quotation marks marks that segment as the cue's direct quote."""
    cue_tokens = {c.token.i for c in run.cues}
    for cue in run.cues:
        # The outermost cue wins ("said he thinks ..."), but a noun cue inside another's
        # content keeps its own source ("rejected her claim that ...": two attributions).
        if run.claimed[cue.token.i] and cue.kind != "noun":
            continue
        for comp in cue.complements:
            _from_complement(run, cue, comp, cue_tokens)


def _content_bounds(run, cue: Cue, a: int, b: int, cue_tokens: set[int]) -> tuple[int, int, bool]:
    """Trimmed token range of a complement, and whether "that"/"whether" introduced it."""
    doc, in_quote = run.doc, run.facts.in_quote
    if a < cue.token.i < b:
        a = cue.token.i + 1  # "which critics say is unconstitutional": content follows the cue
    b = _cut_at_nested_cue(doc, a, b, cue_tokens, run.lex.speech_acts)
    if b <= cue.token.i and any(in_quote[i] < 0 and _is_word(doc[i]) for i in range(a, b)):
        b = _continued_after_cue(doc, cue, b, in_quote, run.facts.sents[run.facts.sent_of[cue.token.i]])
    a0 = a
    a = _lead_trim(doc, a, b, in_quote)
    introduced = any(doc[i].lower_ in ("that", "whether", "if") for i in range(a0, a))
    while b > a and not _is_word(doc[b - 1]) and in_quote[b - 1] < 0:
        b -= 1
    return a, b, introduced


def _from_complement(run, cue: Cue, comp, cue_tokens: set[int]) -> None:
    doc, text, in_quote, segs = run.doc, run.text, run.facts.in_quote, run.facts.segments
    a, b, introduced = _content_bounds(run, cue, comp.a, comp.b, cue_tokens)
    if b <= a:
        return
    words = [i for i in range(a, b) if _is_word(doc[i])]
    inside = [i for i in words if in_quote[i] >= 0]
    outside = [i for i in words if in_quote[i] < 0]
    ids = sorted({in_quote[i] for i in range(a, b) if in_quote[i] >= 0})
    if inside and not outside:
        if introduced and len(ids) == 1 and cue.speaker_tok is not None:
            # 'adding that "any meeting must include Europe"': reported syntax, quoted words
            k = ids[0]
            run.used.add(k)
            run.claimed[a:b] = b"\x01" * (b - a)
            s, e = _strip(text, segs[k].start, segs[k].end, TRAIL_FRAGMENT)
            if e > s:
                run.drafts.append(_Draft("mixed", s, e, cue, segment=k))
            return
        for k in ids:
            run.seg_cue.setdefault(k, cue)
        return
    if not outside or (cue.kind in ("verb", "statement") and cue.speaker_tok is None and not _agentless_belief(cue)):
        return
    if not inside and comp.clause and cue.kind == "verb" and len(outside) < 3 \
            and not any(doc[i].pos_ in ("VERB", "AUX") for i in outside):
        return  # "said so", a misparsed fragment: no reported proposition
    run.claimed[a:b] = b"\x01" * (b - a)
    s, e = _token_range_chars(doc, a, b)
    if not inside:
        s, e = _strip(text, s, e, TRAIL_FRAGMENT)
        run.drafts.append(_Draft("indirect", s, e, cue))
        return
    real = [k for k in ids if not _is_title(text, doc, segs[k], run.lex) and not (
        _looks_like_name(text[segs[k].start:segs[k].end]) and not _after_verb(doc, segs[k]))]
    run.used.update(ids)
    if not real:
        s, e = _clause_with_marks(text, segs, ids, s, e)
        run.drafts.append(_Draft("indirect", s, e, cue))
        return
    frag = _fragment_only(doc, a, b, in_quote, segs, real, run.lex, cue)
    if frag is not None:
        s, e = _strip(text, segs[frag].start, segs[frag].end, TRAIL_FRAGMENT)
        if e > s:
            run.drafts.append(_Draft("mixed", s, e, cue, segment=frag))
        return
    s, e = _clause_with_marks(text, segs, ids, s, e)
    run.drafts.append(_Draft("mixed", s, e, cue))


def _agentless_belief(cue: Cue) -> bool:
    """ "The bank is expected to raise rates", "the plan was seen as a concession": a
    passive belief cue attributes its content to no one in particular (source null)."""
    return cue.cue_kind == "belief" and any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.token.children)
