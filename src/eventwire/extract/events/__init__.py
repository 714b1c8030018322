"""Events: PLOVER 2.0 event types, modes and contexts, with the nearest CAMEO code.

Method: dictionary-driven event coding over a dependency parse, the approach of the
PETRARCH coders (Schrodt, Norris, Halterman) simplified to spaCy's parse: every verb or
noun whose lemma is a trigger in ``data/event_lexicon.yaml`` is a candidate; the
lexicon's argument frames (object / subject head lemmas, required words) pick the most
specific entry; the subject, passive agent ("by X"), possessor, "of"-phrase or
light-verb subject ("X launched an offensive") gives the actor, and objects and
prepositional targets (on, against, for, with, to...) give the recipient. Events
governed by another event ("called for the withdrawal", "threatened to strike",
"refused to release") are folded into the governing event and refine its CAMEO code,
as CAMEO codes the communicative act, not its content. Modality follows the parse:
modal auxiliaries, intention governors ("ready to", "plans to") and "if"-clauses make an
event hypothetical; "not", "never", "no" and denial verbs ("denied attacking") negate
it; "X must withdraw", said by Y, is Y's REQUEST to X.

Confidence (0..1) is the sum of three documented parts:
  0.30 + 0.25 * specificity  (lexicon entry: 1 word bare = 1/3, each extra word or
                              satisfied frame adds 1/3, capped at 1)
       + 0.30 * arguments    (half for an actor, half for a recipient)
       + 0.15 * parse        (1 when the tagger's part of speech is the entry's and a
                              nominal trigger has a light verb or explicit argument,
                              0.5 otherwise)
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

from eventwire.extract.events.arguments import _Resolver
from eventwire.extract.events.assemble import to_event
from eventwire.extract.events.content import content_head, content_span
from eventwire.extract.events.lexicon import _ACTIVE_LEXICON, Entry, Lexicon, grammar, lexicon_in_use, load_lexicon
from eventwire.extract.events.matching import _Cand, _governor_of, _light_verb, _match, _noun_has_argument, _not_an_act
from eventwire.extract.events.syntax import _holder, _is_person, _may_act
from eventwire.nlp import sentence_spans
from eventwire.record import Entity, Event

W = grammar()

__all__ = ["EventResult", "Entry", "Lexicon", "extract_events", "load_lexicon", "_ACTIVE_LEXICON", "_is_person", "_may_act"]


class EventResult(NamedTuple):
    """What the coder yields: its events, and the group entities it made for their actors
    (``build_record`` adds them to the record's entities; the entity table is not touched)."""

    events: list[Event]
    entities: list[Entity]


def extract_events(doc: Doc, table, quotes, places, dates, sentences, lexicon: Lexicon | None = None) -> EventResult:
    """PLOVER events of a parsed article (see the module docstring for the method)."""
    with lexicon_in_use(lexicon or load_lexicon()) as lex:
        res = _Resolver(doc, table, quotes, lex, places or ())
        events = _extract(doc, table, places or [], dates or [], lex, res)
        # group entities made for arguments that no emitted event kept are dropped
        used = {i for ev in events for i in ev.actor + ev.recipient}
        return EventResult(events, [e for eid, e in res.made.items() if eid in used])


def _candidate(tok, lex: Lexicon, sent, si: int, table) -> _Cand | None:
    """The trigger candidate at ``tok``, or None (no entry, or a nominal that names no event)."""
    m = _match(tok, lex, sent, table)
    if m is None:
        return None
    entry, toks = m
    c = _Cand(tok=tok, entry=entry, toks=toks, sent_index=si, sent=sent)
    if entry.pos != "noun":
        # a participle used as an adjective names a state, not an act: "the seized ship",
        # "jailed activists", "the besieged city", "a kidnapping gang"
        # (unless the parse has no verb root: "The RSF blocked aid convoys" misread as a noun phrase)
        return None if tok.dep_ == "amod" and tok.sent.root.pos_ in ("VERB", "AUX") else c
    # a nominal trigger modifying another noun ("genocide case") is that noun's topic
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i not in [t.i for t in toks]:
        return None
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lex.reporting_verbs:
        return None  # "a UN fact-finding mission said ...": a speaker, not an event
    c.light, c.light_kind = _light_verb(tok, lex)
    # "despite a siege that began in May", "after an attack on ...": a described
    # or indefinite circumstance is an event of its own
    described = c.light_kind == "circumstance" and entry.preps is None and not _under(tok, W.not_happened_preps)
    if not described and not _noun_has_argument(tok, entry, lex, c.light, table):
        return None
    return c


def _under(tok, preps) -> bool:
    """Whether a noun (or the partitive that counts it) is the object of one of ``preps``."""
    h = tok.head if tok.dep_ == "conj" else tok
    if h.dep_ == "pobj" and h.head.lower_ == "of":
        h = h.head.head
    return h.dep_ == "pobj" and h.head.lower_ in preps


def _alleged(tok) -> bool:
    """"alleged war crimes and crimes against humanity": an allegation, not an event."""
    for t in (tok, tok.head if tok.dep_ == "conj" else tok):
        if any(c.dep_ == "amod" and c.lower_ in W.allegation_words for c in t.children):
            return True
    return False


def _obligation(tok, lex: Lexicon, sent, si: int, table) -> _Cand | None:
    """A reported obligation without a trigger word ("Belgrade must stop obstructing the
    mission, the commission said"): the reporter's REQUEST (PLOVER), its clause the content."""
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ in lex.deontic_modals for c in tok.children):
        return None
    if _holder(tok, lex, table.token_entity) is None:
        return None
    entry = Entry(words=(tok.lemma_.lower(),), pos="verb", head_index=0, cameo=lex.obligation_cameo, type="REQUEST",
                  mode="", context=(), governs=True, implicit=True)
    return _Cand(tok=tok, entry=entry, toks=[tok], sent_index=si, sent=sent)


def _candidates(doc: Doc, lex: Lexicon, table) -> list[_Cand]:
    cands: list[_Cand] = []
    used: set[int] = set()
    for si, sent in enumerate(sentence_spans(doc)):
        for tok in sent:
            if tok.i in used:
                continue
            c = _candidate(tok, lex, sent, si, table) or _obligation(tok, lex, sent, si, table)
            if c is not None:
                used.update(t.i for t in c.toks)
                cands.append(c)
    return [c for c in cands if not _not_an_act(c, lex, table)]


def _fold_governed(cands: list[_Cand], by_tok: dict[int, _Cand]) -> None:
    """Fold governed events into their governor; merge nominal duplicates of verbal triggers."""
    for c in cands:
        g, via_subject = _governor_of(c, by_tok)
        if g is None or via_subject and g.entry.type != c.entry.type:
            continue
        # a governed event is the governor's content; a nominal event inside another
        # event's argument ("arrested for the killing of ...") describes that event
        if c.tok.dep_ == "conj" and c.tok.head.i == g.tok.i and not _shared_act(g, c):
            continue  # "visited Kyiv and met Zelensky": coordinated events stay separate
        # "allowed inspectors to visit": the complement describes the governing act
        direct_xcomp = c.tok.head.i == g.tok.i and (c.tok.dep_ == "xcomp" or c.tok.dep_ == "ccomp" and any(
            x.dep_ == "aux" and x.lower_ == "to" for x in c.tok.children))
        if g.entry.type != c.entry.type and c.entry.pos == "noun" and not _alleged(c.tok) and _joined_by_separate_prep(c, g):
            continue  # "charged over the fatal shooting of a man": a circumstance, its own event
        if g.entry.governs or g.entry.type == c.entry.type or c.entry.pos == "noun" or direct_xcomp:
            g.content.append(c)
            c.absorbed = True


def _shared_act(g: _Cand, c: _Cand) -> bool:
    """"shot and killed seven protesters": two verbs of one type sharing the second's
    object are one act (the first has no object of its own)."""
    return g.entry.type == c.entry.type and g.entry.pos == c.entry.pos == "verb" and not any(
        ch.dep_ in ("dobj", "nsubjpass") for ch in g.tok.children)


def _joined_by_separate_prep(c: _Cand, g: _Cand) -> bool:
    """Whether the nominal c hangs under g through a circumstance or cause preposition
    that is not part of g's trigger (data: event_grammar.yaml separate_preps)."""
    t = c.tok
    trigger = {x.i for x in g.toks}
    if c.light is not None and c.light.i != g.tok.i:
        return False  # "launched an attack": the light verb's own event
    while t.head is not t and t.i != g.tok.i:
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in W.separate_preps and t.head.i not in trigger:
            return True
        t = t.head
    return False


def _fold_participles(cands: list[_Cand], by_tok: dict[int, _Cand]) -> None:
    """"met to discuss trade" (purpose), "shelled the city, killing three", "stormed the
    prison, freeing inmates": one event, the participle or purpose elaborates it."""
    for c in cands:
        if c.absorbed or c.tok.dep_ != "advcl":
            continue
        h = by_tok.get(c.tok.head.i) or next((x for x in cands if x.light is not None and x.light.i == c.tok.head.i), None)
        when = any(m.dep_ in ("mark", "advmod") and m.lower_ in W.when_marks for m in c.tok.children)
        if h is not None and not h.absorbed and (
                h.entry.type == c.entry.type and (c.tok.tag_ in ("VBG", "VB") or when)
                or h.entry.type == "ASSAULT" and c.tok.tag_ == "VBG"):
            c.absorbed = True
            h.content.append(c)


def _fold_into_content(cands: list[_Cand]) -> None:
    """PLOVER: what a speech act is about is one proposition. An event anywhere inside the
    content of a governing act ("agreed to a ceasefire that requires its troops to leave",
    "offered to hand over the airport if government troops pulled back") is part of it."""
    for g in cands:
        if g.absorbed or not (g.entry.governs or g.entry.type.lower() in W.content_types):
            continue
        head = content_head(g)
        if head is None:
            continue
        inside = content_span(head)
        for c in cands:
            if c is not g and not c.absorbed and c.tok.i in inside:
                c.absorbed = True
                g.content.append(c)


def _extract(doc, table, places, dates, lex: Lexicon, res: _Resolver) -> list[Event]:
    cands = _candidates(doc, lex, table)
    by_tok = {c.tok.i: c for c in cands}
    _fold_governed(cands, by_tok)
    _fold_participles(cands, by_tok)
    _fold_into_content(cands)
    events: list[Event] = []
    for c in cands:
        if c.absorbed:
            continue
        ev = to_event(c, res, lex, places, dates, len(events) + 1)
        if ev is not None:
            events.append(ev)
    # the sentence's main event first, then the events of its subordinate clauses
    events.sort(key=lambda ev: (ev.sentence, ev.embedded, ev.start))
    for n, ev in enumerate(events, 1):
        ev.id = f"V{n}"
    return events
