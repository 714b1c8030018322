"""Per-document facts computed once and shared by every extractor.

Entities, quotes and events all need the same three readings of an article: which
sentence each token is in, where paragraphs start and end, and which spans are inside
quotation marks. :func:`doc_facts` builds them once per parsed ``Doc`` (cached in
``doc.user_data``) so the rules cannot disagree, e.g. about whether a pronoun is quoted.

Quotation marks are paired per paragraph at character level (curly or straight; a
straight mark opens or closes by its neighbours). An unclosed mark runs to the end of
its paragraph; when the next paragraph reopens the mark, the two segments form one
multi-paragraph quotation chain (news convention: only the last paragraph closes).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from eventwire.nlp import PARAGRAPH_BREAK, sentence_spans

# Quotation marks: role by glyph ("open", "close") or by context ("either").
DOUBLE_MARKS = {'"': "either", "\u201c": "open", "\u201d": "close", "\u201e": "open",
                "\u00ab": "open", "\u00bb": "close", "\u201f": "open"}
SINGLE_MARKS = {"\u2018": "open", "\u2019": "close"}
ALL_MARKS = frozenset(DOUBLE_MARKS) | frozenset(SINGLE_MARKS) | {"'"}
OPEN_BEFORE = set(" \t\n\r([{\u2014\u2013-/:")
CLOSE_AFTER = set(" \t\n\r.,;:!?)]}\u2014\u2013-")
STRAIGHT_SINGLE = re.compile(r"(?<![\w'])'(?=[A-Za-z0-9])((?:[^'\n]|(?<=\w)'(?=\w))*?[,.!?])'(?!\w)")


# ---------------------------------------------------------------- quotation marks


@dataclass
class Segment:
    """The content between a pair of quotation marks (character offsets, marks excluded)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when unclosed
    para: int
    prev_in_chain: int | None = None  # multi-paragraph quotation: the segment it continues


def _role(text: str, i: int, table: dict) -> str:
    role = table.get(text[i], "either")
    if role != "either":
        return role
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in OPEN_BEFORE and after not in CLOSE_AFTER:
        return "open"
    if after in CLOSE_AFTER or before.isalnum() or before in ".,!?;:":
        return "close"
    return "either"


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    return bounds


def _pair_marks(text: str, ps: int, pe: int, para: int, marks: dict, skip: list[tuple[int, int]]) -> list[Segment]:
    segs: list[Segment] = []
    open_at: int | None = None
    skip = sorted(skip)
    skip_starts = [a for a, _ in skip]
    for i in range(ps, pe):
        ch = text[i]
        if ch not in marks:
            continue
        if skip:
            n = bisect.bisect_right(skip_starts, i) - 1
            if n >= 0 and i < skip[n][1]:
                continue
        role = _role(text, i, marks)
        if marks is SINGLE_MARKS and role == "close" and i + 1 < pe and text[i + 1].isalpha():
            continue  # an apostrophe inside a word (don’t)
        if role == "either":
            role = "close" if open_at is not None else "open"
        if role == "open":
            if open_at is not None:
                # an opener while open: the earlier mark was never closed; end it here
                segs.append(Segment(open_at + 1, i, open_at, None, para))
            open_at = i
        elif open_at is not None:
            segs.append(Segment(open_at + 1, i, open_at, i, para))
            open_at = None
        # a stray closing mark with nothing open is ignored
    if open_at is not None:
        segs.append(Segment(open_at + 1, pe, open_at, None, para))
    return segs


def find_segments(text: str) -> list[Segment]:
    """Quoted segments, paragraph by paragraph; single curly quotes only outside double ones."""
    segs: list[Segment] = []
    for p, (ps, pe) in enumerate(paragraph_bounds(text)):
        dbl = _pair_marks(text, ps, pe, p, DOUBLE_MARKS, [])
        covered = [(s.open_mark, (s.close_mark if s.close_mark is not None else s.end) + 1) for s in dbl]
        sgl = _pair_marks(text, ps, pe, p, SINGLE_MARKS, covered)
        # a single curly segment left unclosed is most likely a stray apostrophe
        sgl = [s for s in sgl if s.close_mark is not None]
        covered = sorted(covered + [(s.open_mark, s.close_mark + 1) for s in sgl])
        covered_starts = [a for a, _ in covered]
        # straight single quotes (British style in ASCII text): only the unambiguous shape
        # 'Words ...,' where the closing mark follows the quotation's own punctuation
        for m in STRAIGHT_SINGLE.finditer(text, ps, pe):
            n = bisect.bisect_right(covered_starts, m.start()) - 1
            if n < 0 or m.start() >= covered[n][1]:
                sgl.append(Segment(m.start(1), m.end(1), m.start(), m.end() - 1, p))
        segs.extend(dbl + sgl)
    segs.sort(key=lambda s: s.start)
    # multi-paragraph quotation: an unclosed segment ending its paragraph whose next
    # paragraph starts by reopening the mark
    out: list[Segment] = []
    for s in segs:
        s.start, s.end = _strip(text, s.start, s.end, " \t\n\r")
        if s.end > s.start:
            out.append(s)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if prev.close_mark is None and cur.para == prev.para + 1 and not text[_para_start(text, cur.open_mark):cur.open_mark].strip():
            cur.prev_in_chain = k - 1
    return out


def _para_start(text: str, i: int) -> int:
    j = text.rfind("\n", 0, i)
    return j + 1


def _strip(text: str, s: int, e: int, chars: str) -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


@dataclass
class DocFacts:
    """What every extractor reads off one article; build it with :func:`doc_facts`."""

    sents: list[Span]
    sent_of: list[int]  # token index -> sentence index, -1 for whitespace between sentences
    sent_starts: list[int]  # character offset where each sentence starts
    paragraphs: list[tuple[int, int]]  # character bounds of each paragraph
    segments: list[Segment]  # quoted segments, in text order
    in_quote: list[int]  # token index -> index into ``segments``, -1 when unquoted
    text: str = ""  # doc.text, which spaCy rebuilds on every access
    lowers: list[str] = field(default_factory=list)  # per token, read from arrays (no Token objects)
    lemmas: list[str] = field(default_factory=list)  # lower-cased lemmas
    pos: list[str] = field(default_factory=list)  # coarse part of speech (VERB, NOUN, ...)
    words: list[str] = field(default_factory=list)  # token texts

    def where_pos(self, *tags: str) -> list[int]:
        """Token indices with one of these parts of speech (no Token objects made)."""
        return [i for i, p in enumerate(self.pos) if p in tags]
    _quoted: list[bool] | None = None

    @property
    def quoted(self) -> list[bool]:
        if self._quoted is None:
            self._quoted = [k >= 0 for k in self.in_quote]
        return self._quoted

    def sentence_at(self, char: int) -> int:
        """Index of the sentence holding character offset ``char`` (0 before the first)."""
        return max(bisect.bisect_right(self.sent_starts, char) - 1, 0)

    def paragraph_at(self, char: int) -> int:
        return max(bisect.bisect_right([a for a, _ in self.paragraphs], char) - 1, 0)


def doc_facts(doc: Doc) -> DocFacts:
    """The :class:`DocFacts` of ``doc``, computed on first use and cached on the doc."""
    cached = doc.user_data.get("eventwire_facts")
    if cached is not None:
        return cached
    sents = sentence_spans(doc)
    sent_of = [-1] * len(doc)
    for k, s in enumerate(sents):
        for i in range(s.start, s.end):
            sent_of[i] = k
    text = doc.text
    segs = find_segments(text)
    # token attributes through arrays: creating a Token object per access dominates the
    # extractors' time on long articles
    arr = doc.to_array(["IDX", "LOWER", "LEMMA", "POS", "ORTH"]).tolist() if len(doc) else []
    strings = doc.vocab.strings
    facts = DocFacts(sents, sent_of, [s.start_char for s in sents], paragraph_bounds(text), segs,
                     _token_segments([r[0] for r in arr], segs), text,
                     [strings[r[1]] for r in arr], [strings[r[2]].lower() for r in arr],
                     [strings[r[3]] for r in arr], [strings[r[4]] for r in arr])
    doc.user_data["eventwire_facts"] = facts
    return facts


def _token_segments(idx: list[int], segs: list[Segment]) -> list[int]:
    """Token -> quoted segment holding its first character (-1 for none)."""
    starts = [s.start for s in segs]
    out = [-1] * len(idx)
    if not segs:
        return out
    for i, c in enumerate(idx):
        k = bisect.bisect_right(starts, c) - 1
        if k >= 0 and segs[k].start <= c < segs[k].end:
            out[i] = k
    return out
