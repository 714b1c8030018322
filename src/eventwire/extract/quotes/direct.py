"""Direct quotes attributed by position: a cue after the closing mark, before the opening
mark, in a preceding sentence ending with a colon, or none (step 3 of the package doc)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.extract.cues import CueLexicon
from eventwire.extract.docfacts import _strip
from eventwire.extract.quotes.finding import (
    MAX_POST_CUE_WORDS, MAX_PRE_CUE_GAP, MIN_UNATTRIBUTED_WORDS, TRAIL_DIRECT, TRAIL_FRAGMENT, _is_word,
    _verb_phrase_cue,
)
from eventwire.extract.quotes.model import _Draft
from eventwire.extract.quotes.reported import _is_title, _looks_like_name

def _quoted_object(doc: Doc, q0: int, q1: int, in_quote: list[int], k: int, lex: CueLexicon) -> Token | None:
    """'The ministry condemned "the excessive use of force"': a quoted phrase that is the
    whole direct object (but its article) of a verb of public evaluation
    (``object_cue`` in the lexicon) is the speaker's wording. Returns that verb. A quoted
    modifier ('welcomed the "historic" deal') or a clause around the object ('condemned
    what it called a "massacre"') is not."""
    for i in range(q0, q1 + 1):
        t = doc[i]
        if t.dep_ != "dobj" or t.head.lemma_.lower() not in lex.object_cues or in_quote[t.head.i] == k:
            continue
        if any(doc[j].pos_ != "DET" and _is_word(doc[j]) for j in range(t.left_edge.i, q0)) or any(in_quote[j] == k and _is_word(doc[j]) and not (t.left_edge.i <= j <= t.right_edge.i)
                                    for j in range(q0, q1 + 1)):
            return None
        return t.head
    return None


def _words_between(doc: Doc, a: int, b: int, in_quote: list[int]) -> list[int]:
    return [i for i in range(a, b) if _is_word(doc[i]) and in_quote[i] < 0]


@dataclass
class _Around:
    """A quoted segment in its sentences: its tokens and the unquoted words around it."""

    k: int
    s: int  # the quote's text, stripped
    e: int
    si: int  # first and last sentence
    se: int
    q0: int  # first and last token inside the marks
    q1: int
    prev_end: int  # end of the previous segment in the sentence (or the sentence start)
    pre: list[int]  # unquoted words before, after
    post: list[int]
    n_words: int

    def make(self, cue, kind: str = "direct") -> _Draft:
        return _Draft(kind, self.s, self.e, cue, segment=self.k)


def _around(run, k: int) -> _Around | None:
    doc, text, in_quote, sents = run.doc, run.text, run.facts.in_quote, run.facts.sents
    seg = run.facts.segments[k]
    s, e = _strip(text, seg.start, seg.end, TRAIL_DIRECT)
    if e <= s or not sents:
        return None
    si = run.facts.sentence_at(seg.open_mark)
    se = run.facts.sentence_at(max(seg.end - 1, seg.start))
    s_first, s_last = sents[si], sents[se]
    q_toks = [i for i in range(s_first.start, s_last.end) if in_quote[i] == k]
    if not q_toks:
        return None
    q0, q1 = q_toks[0], q_toks[-1]
    prev_end = next((i + 1 for i in range(q0 - 1, s_first.start - 1, -1) if in_quote[i] >= 0), s_first.start)
    next_start = next((i for i in range(q1 + 1, s_last.end) if in_quote[i] >= 0), s_last.end)
    return _Around(k, s, e, si, se, q0, q1, prev_end, _words_between(doc, prev_end, q0, in_quote),
                   _words_between(doc, q1 + 1, next_start, in_quote),
                   len([t for t in doc[q0:q1 + 1] if _is_word(t)]))


def direct_quotes(run) -> None:
    """Direct quotes for every segment no parsed cue consumed (see the package doc)."""
    cue_by_tok = {c.token.i: c for c in run.cues}
    for k in range(len(run.facts.segments)):
        if k in run.used:
            continue
        d = _direct(run, k, cue_by_tok)
        if d is not None:
            run.drafts.append(d)


def _direct(run, k: int, cue_by_tok: dict) -> _Draft | None:
    seg = run.facts.segments[k]
    ar = _around(run, k)
    if ar is None:
        return None
    title = _is_title(run.text, run.doc, seg, run.lex)
    parsed = run.seg_cue.get(k)
    if parsed is not None and not title:
        return ar.make(parsed)
    if title:
        return None
    s_first = run.facts.sents[ar.si]
    if not ar.pre or ar.prev_end > s_first.start:
        cue = _cue_after(run, ar, cue_by_tok)
        if cue is not None:
            return ar.make(cue)
    if not ar.post:
        d = _cue_before(run, ar, cue_by_tok)
        if d is not None:
            return d
    quoted_object = _quoted_object(run.doc, ar.q0, ar.q1, run.facts.in_quote, k, run.lex)
    if quoted_object is not None:
        cue = _verb_phrase_cue(run.doc, run.doc[quoted_object.i:quoted_object.i + 1], False, frozenset(), s_first, run.lex.verbs)
        if cue is not None and cue.speaker_tok is not None:
            cue.cue_kind = "stance"  # condemned "the excessive use of force"
            s2, e2 = _strip(run.text, seg.start, seg.end, TRAIL_FRAGMENT)
            return _Draft("mixed", s2, e2, cue, segment=k)
    if ar.pre and ar.prev_end <= s_first.start or ar.post:
        return None  # a quoted phrase inside an unattributed sentence: scare quote, title, term
    return _whole_sentence_quote(run, ar, cue_by_tok)


def _cue_after(run, ar: _Around, cue_by_tok: dict):
    """A cue right after the closing mark: ""...," Naim said." / "said Naim"."""
    for i in ar.post[:MAX_POST_CUE_WORDS]:
        if i in cue_by_tok:
            return cue_by_tok[i]
    sents = run.facts.sents
    if not ar.post and ar.se + 1 < len(sents):
        # '"Stop the killing!" the crowd chanted': the parser ended the sentence at "!"
        nxt = sents[ar.se + 1]
        seg = run.facts.segments[ar.k]
        if nxt[0].text[:1].islower() and "\n" not in run.text[seg.end:nxt.start_char]:
            words = [t.i for t in nxt if _is_word(t) and run.facts.in_quote[t.i] < 0]
            for i in words[:MAX_POST_CUE_WORDS]:
                if i in cue_by_tok:
                    return cue_by_tok[i]
    return None


def _cue_before(run, ar: _Around, cue_by_tok: dict) -> _Draft | None:
    """A cue right before the opening mark: "He said: "..."" / ", he said, "B."" """
    doc, pre = run.doc, ar.pre
    for j in range(len(pre) - 1, -1, -1):
        i = pre[j]
        if i not in cue_by_tok:
            continue
        gap = pre[j + 1:]
        cue = cue_by_tok[i]
        allowed = set()
        for t in (cue.speaker_tok, cue.addressee_tok):
            if t is not None:
                allowed.update(range(t.left_edge.i, t.right_edge.i + 1))
        stray = [g for g in gap if g not in allowed and doc[g].pos_ not in ("ADV", "ADP", "NUM") and doc[g].ent_type_ not in ("DATE", "TIME")]
        if not stray:
            return ar.make(cue)
        if len(gap) <= MAX_PRE_CUE_GAP and cue.kind == "verb" and cue.speaker_tok is not None and ar.n_words >= 2:
            # a reported clause the parser did not attach: treat the fragment as mixed
            seg = run.facts.segments[ar.k]
            s2, e2 = _strip(run.text, seg.start, seg.end, TRAIL_FRAGMENT)
            return _Draft("mixed", s2, e2, cue, segment=ar.k)
        return None
    return None


def _whole_sentence_quote(run, ar: _Around, cue_by_tok: dict) -> _Draft | None:
    """A quote standing as its own sentence: attributed by a preceding sentence ending with
    a colon, else left for continuation (a short one only right after another quote)."""
    sents, segs, text, k = run.facts.sents, run.facts.segments, run.text, ar.k
    seg = segs[k]
    # previous sentence ending with a colon carries the cue: 'The minister was blunt:'
    if ar.si > 0 and sents[ar.si - 1].text.rstrip().endswith(":") and run.facts.paragraph_at(sents[ar.si - 1].start_char) == seg.para:
        prev_s = sents[ar.si - 1]
        for i in range(prev_s.end - 1, prev_s.start - 1, -1):
            if i in cue_by_tok:
                return ar.make(cue_by_tok[i])
    # A short sentence is a quote only as the continuation of the quote just before it in
    # the paragraph (""...," Khan said. "More will follow.""), not a stray slogan.
    follows_quote = (k > 0 and segs[k - 1].para == seg.para and ar.n_words >= 2
                     and len(text[segs[k - 1].end:seg.start].split()) <= MAX_POST_CUE_WORDS + 1
                     and any(segs[k - 1].end <= c.start and c.end <= seg.start for c in run.cues))
    if ar.n_words < MIN_UNATTRIBUTED_WORDS and seg.prev_in_chain is None and not follows_quote:
        return None
    if _looks_like_name(text[ar.s:ar.e]) and seg.prev_in_chain is None:
        return None  # a headline or name in title case
    return ar.make(None)
