"""Assembly: from a candidate trigger (with its folded content) to an ``Event``: the
CAMEO code refined by the content, the PLOVER intent / refusal / obligation rewrites,
span, links and confidence."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.extract.events.arguments import _arguments, _Resolver
from eventwire.extract.events.content import content_of, is_embedded, is_historical
from eventwire.extract.events.lexicon import Entry, Lexicon
from eventwire.extract.events.matching import _Cand
from eventwire.extract.events.modality import _Modality, _modality
from eventwire.extract.events.syntax import _holder
from eventwire.record import Event


def _refine_cameo(gov: _Cand, content: _Cand, lex: Lexicon) -> str:
    if gov.entry.obj is not None:
        return gov.entry.cameo
    table = lex.content_cameo.get(gov.entry.content) or lex.content_cameo.get(gov.entry.type)
    if not table:
        return gov.entry.cameo
    ce = content.entry
    # most specific first: the content's mode, then its context ("COOPERATE.military"), then its type
    for key in (f"{ce.type}.{ce.mode}", *(f"{ce.type}.{c}" for c in ce.context), ce.type):
        if key in table:
            return table[key]
    return gov.entry.cameo


def _coding(cameo: str, lex: Lexicon, entry: Entry) -> tuple[str, list[str], list[str]]:
    """Type, modes and contexts of a code; the entry's own overrides win for its own code."""
    if cameo == entry.cameo:
        return entry.type, [entry.mode] if entry.mode else [], list(entry.context)
    typ, mode, ctx = lex.cameo.get(cameo, (entry.type, entry.mode, " ".join(entry.context)))
    return typ, [mode] if mode else [], ctx.split() if ctx else []


def _nearest(items, lo: int, hi: int, at: int):
    best, dist = None, None
    for item, s in items:
        if lo <= s < hi:
            d = abs(s - at)
            if dist is None or d < dist:
                best, dist = item, d
    return best



@dataclass
class _Coded:
    """The coding of one candidate while the PLOVER conventions rewrite it."""

    cameo: str
    type: str
    mode: list[str]
    context: list[str]
    actors: list[str]
    recipients: list[str]
    negated: bool
    hypothetical: bool

    def recode(self, cameo: str, lex: Lexicon, entry: Entry, forced_type: str | None = None) -> None:
        self.cameo = cameo
        self.type, self.mode, self.context = _coding(cameo, lex, entry)
        if forced_type is not None and self.type != forced_type:
            self.type, self.mode = forced_type, []


def _table_code(lex: Lexicon, table_name: str, typ: str, mode: list[str], fallback: str) -> str:
    """The CAMEO code a content_cameo table gives an act of type ``typ`` (most specific key first)."""
    table = lex.content_cameo.get(table_name, {})
    return table.get(f"{typ}.{mode[0] if mode else ''}") or table.get(typ) or table.get("default") or fallback


def _apply_content(c: _Cand, k: _Coded, res: _Resolver, lex: Lexicon) -> None:
    """A governing act takes its code from its content; an act without actor takes its content's."""
    entry = c.entry
    content_main = next((s for s in c.content if entry.governs), None)
    if content_main is not None:
        k.recode(_refine_cameo(c, content_main, lex), lex, entry)
        if k.type != entry.type:  # a refined code never changes the governor's type
            k.type, k.mode = entry.type, [entry.mode] if entry.mode else k.mode
        if not k.recipients:
            # "called for the withdrawal of Israeli forces": who must act is the recipient
            sub_actors, _, _ = _arguments(content_main, res, lex)
            k.recipients = [a for a in sub_actors if a not in k.actors]
    elif c.content and not k.actors:
        for sub in c.content:
            sub_actors, sub_recips, _ = _arguments(sub, res, lex)
            if sub_actors:
                k.actors = sub_actors
                k.recipients = k.recipients or [r for r in sub_recips if r not in k.actors]
                break


def _apply_intent(c: _Cand, k: _Coded, mod: _Modality, lex: Lexicon) -> None:
    """PLOVER: cooperative acts only intended or promised are AGREE (CAMEO 03 "express
    intent to ..."), refused ones ("would not negotiate") REJECT (CAMEO 12); an announced
    hostile act is a THREATEN (CAMEO 13), which is real, not hypothetical."""
    entry = c.entry
    if entry.governs or not mod.intent or mod.deontic:
        return
    if k.type in lex.cooperative_types:
        name = "REJECT" if k.negated else "AGREE"
        k.recode(_table_code(lex, name, k.type, k.mode, k.cameo), lex, entry, name)
        k.negated = False
    elif k.type in lex.hostile_types and not k.negated:
        k.recode(_table_code(lex, "THREATEN", k.type, k.mode, k.cameo), lex, entry, "THREATEN")
        k.hypothetical = False


def _apply_obligation(c: _Cand, k: _Coded, mod: _Modality, res: _Resolver, lex: Lexicon) -> bool:
    """"X must withdraw", said by Y, is Y's REQUEST to X; unreported, it is hypothetical.
    True when the act was recoded as a REQUEST (its content is then its own clause)."""
    if not mod.deontic or k.type == "REQUEST" and not c.entry.implicit:
        return False
    holder = _holder(c.tok, lex, res.table.token_entity)
    if holder is None:
        k.hypothetical = True
        return False
    hid = res.holder_entity(holder)
    own = res.phrase_code(hid, holder) if hid else None
    if own:  # "Britain's Supreme Court ruled that ... must": the code as the reporter is named
        res.codes[hid] = own
    code = lex.content_cameo.get("REQUEST", {})
    cameo = code.get(f"{k.type}.{k.mode[0] if k.mode else ''}") or code.get(k.type) or code.get("default", "100")
    k.recode(cameo, lex, c.entry, "REQUEST")
    k.recipients = [a for a in k.actors if a != hid] or k.recipients
    k.actors = [hid] if hid else []
    return True


def _span(c: _Cand, arg_toks: list[Token]) -> tuple[int, int]:
    """Character span of the event: trigger, arguments, content and light verb in its sentence."""
    toks = list(c.toks) + [t for t in arg_toks if c.sent.start <= t.i < c.sent.end]
    for sub in c.content:
        toks += [t for t in sub.toks if c.sent.start <= t.i < c.sent.end]
    if c.light is not None:
        toks.append(c.light)
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks)
    doc = c.tok.doc
    edge = doc[lo].left_edge.i
    span_lo = edge if edge >= c.sent.start and edge > lo - 6 else lo
    return doc[span_lo].idx, doc[hi].idx + len(doc[hi].text)


def _confidence(c: _Cand, k: _Coded, arg_toks: list[Token]) -> float:
    """0.30 + 0.25 specificity + 0.30 arguments + 0.15 parse agreement (module docstring)."""
    entry = c.entry
    spec = min(1.0, entry.specificity / 3)
    args = 0.5 * bool(k.actors) + 0.5 * bool(k.recipients)
    pos_ok = (entry.pos == "verb" and c.tok.pos_ == "VERB") or (entry.pos == "noun" and c.tok.pos_ == "NOUN")
    parse = 1.0 if pos_ok and (entry.pos == "verb" or c.light is not None or arg_toks) else 0.5
    penalty = 0.15 if entry.fallback else 0.0  # coded without its frame
    return round(max(0.0, min(1.0, 0.30 + 0.25 * spec + 0.30 * args + 0.15 * parse) - penalty), 2)


def to_event(c: _Cand, res: _Resolver, lex: Lexicon, places, dates, n: int) -> Event | None:
    """The Event of a candidate that was not folded into another, or None (a question,
    a governing trigger without its required content)."""
    mod = _modality(c, lex)
    if mod.question or (c.entry.requires_content and not c.content):
        return None
    res.codes = {}
    actors, recips, arg_toks = _arguments(c, res, lex)
    typ, mode, ctx = _coding(c.entry.cameo, lex, c.entry)
    k = _Coded(c.entry.cameo, typ, mode, ctx, actors, recips, mod.negated, mod.hypothetical)
    _apply_content(c, k, res, lex)
    _apply_intent(c, k, mod, lex)
    obliged = _apply_obligation(c, k, mod, res, lex)
    start, end = _span(c, arg_toks)
    embedded = is_embedded(c, lex)
    trigger = " ".join(t.text for t in sorted(c.toks + ([c.light] if c.light is not None and c.light.i < c.tok.i else []), key=lambda t: t.i))
    q = res.quote_at(c.tok)
    sent_lo, sent_hi = c.sent.start_char, c.sent.end_char
    place = _nearest(((p.id, m.start) for p in places for m in p.mentions), sent_lo, sent_hi, c.tok.idx)
    date = _nearest(((d.value, d.start) for d in dates), sent_lo, sent_hi, c.tok.idx)
    return Event(
        id=f"V{n}", type=k.type, mode=k.mode, context=k.context, cameo=k.cameo, actor=k.actors,
        recipient=k.recipients, trigger=trigger, sentence=c.sent_index, start=start, end=end,
        negated=k.negated, hypothetical=k.hypothetical, reported_by=q.id if q is not None else None,
        date=date, place=place, confidence=_confidence(c, k, arg_toks), content=content_of(c, own_clause=obliged),
        codes={i: code for i, code in res.codes.items() if i in k.actors or i in k.recipients},
        embedded=embedded, historical=(embedded or c.entry.pos == "noun") and is_historical(c),
    )
