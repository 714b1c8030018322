"""The event inside the event (PLOVER): the content of a speech act ("threatened to
strike the dam" is THREATEN about "to strike the dam"), and whether an emitted event
sits in a subordinate clause (``embedded``) or only recalls an earlier one (``historical``)."""
from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.events.lexicon import Lexicon, grammar
from eventwire.extract.events.matching import _Cand
from eventwire.record import EventContent

W = grammar()
# Clause labels of a subordinate event (parser labels): relative, participial/adnominal, adverbial.
SUBORDINATE_DEPS = {"relcl", "acl", "advcl"}


def _content_head(c: _Cand) -> Token | None:
    """Head of the action a governing trigger takes when that action is no coded event:
    its infinitive or that-clause, else the object of its content preposition."""
    for t in (c.tok, c.light):
        if t is None:
            continue
        for ch in t.children:
            if ch.dep_ in ("xcomp", "ccomp") and ch.i > t.i:
                return ch
    for ch in c.tok.children:
        if ch.dep_ == "prep" and ch.lower_ in W.content_preps and ch.i not in {x.i for x in c.toks}:
            obj = next((g for g in ch.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
        if ch.dep_ == "prep" and ch.i in {x.i for x in c.toks}:  # "call for": the trigger's own particle
            obj = next((g for g in ch.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
    return None


def _circumstances(head: Token) -> set[int]:
    """Tokens of the circumstances of an embedded action ("agreed to reopen the border
    after talks in Kuala Lumpur", "... when the war ended"): events of their own, not content."""
    out: set[int] = set()
    for ch in head.children:
        if ch.dep_ == "prep" and ch.lower_ in W.not_light_preps and ch.lower_ not in W.not_happened_preps:
            out.update(t.i for t in ch.subtree)
        elif ch.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in W.temporal_marks for m in ch.children):
            out.update(t.i for t in ch.subtree)
    # "return the ferry it impounded", "pull back the troops it has massed": a relative
    # clause in the past happened, on its own
    for t in head.subtree:
        if t.dep_ == "relcl" and (t.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in t.children)):
            out.update(x.i for x in t.subtree)
    return out


def content_span(head: Token) -> set[int]:
    """Token indices that belong to the content headed by ``head`` (for folding events into it)."""
    return {t.i for t in head.subtree} - _circumstances(head)


def content_head(c: _Cand) -> Token | None:
    """Head token of the content of a governing act: its first folded event, else its
    infinitive, that-clause or content preposition's object."""
    if c.entry.implicit:
        return c.tok  # "X must stop Y": the obligation's own clause
    main = next(iter(c.content), None) if c.entry.governs else None
    return main.tok if main is not None else _content_head(c)


def content_of(c: _Cand, own_clause: bool = False) -> EventContent | None:
    """The content of a governing act (REQUEST, THREATEN, AGREE, REJECT...), or None;
    ``own_clause``: an act recoded as a reported obligation is about its own clause."""
    if own_clause:
        return _clause_content(c)
    if not (c.entry.governs or c.entry.type.lower() in W.content_types):
        return None
    main = next(iter(c.content), None) if c.entry.governs else None
    head = content_head(c)
    if head is None:
        return None
    sent = c.sent
    # a condition on the act ("threatened to strike the dam if talks failed") is not its content
    cut = {t.i for ch in head.children if ch.dep_ == "advcl" for t in ch.subtree} | _circumstances(head)
    if c.entry.implicit:
        return _clause_content(c)
    toks = [t for t in head.subtree if sent.start <= t.i < sent.end and t.i > c.tok.i and t.i not in cut]
    while toks and (toks[0].lower_ in W.content_marks and toks[0].dep_ == "mark" or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    # a span's text, not doc.text (rebuilt from the tokens on every access)
    text = c.tok.doc[toks[0].i:toks[-1].i + 1].text
    start = toks[0].idx
    return EventContent(text=text, start=start, end=start + len(text), type=main.entry.type if main is not None else None)


def _clause_content(c: _Cand) -> EventContent | None:
    """The obligation's own clause without its subject, modal and reporting frame:
    "Belgrade must stop obstructing the mission, the commission said" -> "stop obstructing the mission"."""
    head, sent = c.tok, c.sent
    cut = _circumstances(head) | {t.i for ch in head.children if ch.dep_ in ("aux", "auxpass", "neg") or ch.i < head.i
                                  and ch.dep_ in ("nsubj", "nsubjpass", "punct") or ch.dep_ in ("parataxis", "ccomp", "advcl")
                                  for t in ch.subtree}
    toks = [t for t in head.subtree if sent.start <= t.i < sent.end and t.i not in cut]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    text = c.tok.doc[toks[0].i:toks[-1].i + 1].text
    return EventContent(text=text, start=toks[0].idx, end=toks[0].idx + len(text), type=None if c.entry.implicit else c.entry.type)


def is_embedded(c: _Cand, lex: Lexicon) -> bool:
    """A trigger under a relative, participial or adverbial clause (not the continuation
    of a reported clause: "..., residents said, setting fire to"), or a nominal trigger
    in a prepositional phrase without a light verb ("killed in an airstrike")."""
    if c.entry.pos == "noun" and c.light is None and c.tok.dep_ == "pobj":
        return True
    t = c.tok
    for _ in range(12):
        if t.head is t:
            return False
        if t.dep_ in SUBORDINATE_DEPS and not (t.dep_ == "advcl" and t.head.lemma_.lower() in lex.reporting_verbs):
            return True
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in lex.reporting_verbs:
            return False  # the reported clause is the sentence's news
        t = t.head
    return False


def is_historical(c: _Cand) -> bool:
    """A subordinate or nominal event dated before the news ("after his arrest last
    year", "who was detained two years ago")."""
    scope = [c.tok] + ([c.light] if c.light is not None else [])
    for head in scope:
        for t in head.subtree:
            if t.i == head.i or not (c.sent.start <= t.i < c.sent.end):
                continue
            if t.lower_ in W.past_time and (t.head.i == head.i or t.head.head.i == head.i):
                return True
            if _year_alone(t) and t.head.dep_ == "prep" and t.head.head.i == head.i:
                return True  # "who was arrested in 2019": news dates its own events by day, not by year
    return False


def _year_alone(tok) -> bool:
    """A bare year ("in 2019"), the date of a background event."""
    return tok.dep_ == "pobj" and len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2100 \
        and not any(c.dep_ in ("amod", "compound", "nummod") for c in tok.children)
