"""Frames and matching: which tokens are triggers, which lexicon entry each one is,
whether a nominal trigger names an event, and which event governs which."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from eventwire.extract.events.lexicon import Entry, Lexicon, active_lexicon, grammar
from eventwire.extract.events.syntax import _keys, _may_act, _subject_heads, _tok_is, _with_conj

W = grammar()
# Dependency labels that lead from a governed event up to its governor (parser labels, not words).
CONTENT_DEPS = {"conj", "xcomp", "ccomp", "dobj", "pobj", "prep", "acomp", "attr", "oprd", "pcomp", "compound", "amod", "acl", "nsubj", "nsubjpass", "agent"}


def _words_around(tok: Token, entry: Entry, sent: Span) -> list[Token] | None:
    """The tokens of a multi-word trigger, found in order in a small window, or None."""
    found = [tok]
    before = entry.words[: entry.head_index]
    after = entry.words[entry.head_index + 1:]
    pos = tok.i
    for w in reversed(before):
        k = pos - 1
        lo = max(sent.start, pos - 3)
        while k >= lo and not _tok_is(tok.doc[k], w):
            k -= 1
        if k < lo:
            return None
        found.append(tok.doc[k])
        pos = k
    pos = tok.i
    for w in after:
        k = pos + 1
        hi = min(sent.end, pos + 7)
        while k < hi and not _tok_is(tok.doc[k], w):
            k += 1
        if k >= hi:
            return None
        t = tok.doc[k]
        # a particle or preposition belongs to the verb only as its particle or right after
        # it: "take in refugees", but not "take part in", "take place in"
        if entry.pos == "verb" and t.pos_ in ("ADP", "PART", "ADV") and t.dep_ != "prt" and k != pos + 1 \
                and not ((len(entry.words) > 2 or t.dep_ == "advmod") and t.head.i == tok.i):
            return None  # ("took 27 fishermen into custody", "pulled part of its troops back": the verb's own words may wrap its object)
        found.append(t)
        pos = k
    # the words must form one phrase: each attached to another word of the trigger
    ids = {t.i for t in found}
    for t in found[1:]:
        if t.text == "-":
            continue
        if t.head.i not in ids and not any(f.head.i == t.i for f in found):
            return None
    return found


def _objects(tok: Token, pos: str) -> list[Token]:
    """Object heads: direct objects, passive subjects, prepositional objects (verbs);
    "of"/"for"/"on" objects, compounds and possessors (nouns)."""
    out: list[Token] = []
    for c in tok.children:
        if pos == "verb":
            if c.dep_ in ("dobj", "nsubjpass", "dative", "attr", "oprd"):
                out.extend(_with_conj(c))
            elif c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                # "allowed inspectors to visit": the parser makes the object the infinitive's subject
                out.extend(g for g in c.children if g.dep_ == "nsubj")
            elif c.dep_ in ("prep", "prt") or (c.dep_ == "advmod" and c.i == tok.i + 1):
                for g in c.children:
                    if g.dep_ in ("pobj", "dobj"):
                        out.extend(_with_conj(g))
                    elif g.dep_ == "prep":  # "pulled out of the deal", "backed away from a promise"
                        out.extend(x for gg in g.children if gg.dep_ == "pobj" for x in _with_conj(gg))
        else:
            if c.dep_ == "prep" and c.lower_ in W.noun_object_preps:
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.extend(_with_conj(g))
            elif c.dep_ in ("compound", "poss", "amod"):
                out.append(c)
    if pos == "verb" and (tok.dep_ == "acl" and tok.tag_ == "VBN" or tok.dep_ == "amod"):
        out.append(tok.head)  # "prisoners released by ...", "the blocked convoys"
    return out


def _object_words(objs: list[Token], table=None) -> tuple[set[str], str]:
    """Head lemmas of argument phrases (with compounds; through "dozens of ..." to the
    counted noun), their text, and "@entity" when an argument is a named actor."""
    lemmas: set[str] = set()
    texts = []
    for o in objs:
        lemmas.update(_keys(o))
        if o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or (table is not None and o.i in table.token_entity and o.pos_ == "PROPN"):
            lemmas.add("@entity")
        if o.ent_type_ == "NORP" and o.text.endswith("s") or _names_people(o):
            lemmas.add("people")  # "released six Americans", "booked a film producer": persons
        for c in o.children:
            if c.dep_ in ("compound", "amod") and c.tag_ not in ("VBN", "VBG"):  # "rebel-held town" is no "hold"
                lemmas.update(_keys(c))
            elif c.dep_ == "prep" and c.lower_ == "of" and (o.pos_ == "NUM" or o.lemma_.lower() in W.quantity or o.lower_ in W.quantity
                                                             or any(n.dep_ == "nummod" for n in o.children)):
                for g in c.children:
                    if g.dep_ == "pobj":
                        lemmas.update(_keys(g))
                        lemmas.update(k for cc in g.children if cc.dep_ in ("compound", "amod") for k in _keys(cc))
        lo, hi = o.left_edge.i, min(o.right_edge.i + 1, o.i + 6)
        texts.append(" ".join(t.lower_ for t in o.doc[lo:hi]))
    return lemmas, " | ".join(texts)



def _names_people(o: Token) -> bool:
    """A person: a PERSON name, a person noun (figure person_nouns.txt), a group or person
    actor noun of the lexicon, or a bare number as object ("police nab six")."""
    from eventwire.extract.figures import person_nouns

    lem = o.lemma_.lower()
    if o.ent_type_ == "PERSON" or lem in person_nouns() or o.pos_ == "NUM" and o.dep_ in ("dobj", "nsubjpass"):
        return True
    return active_lexicon().actor_nouns.get(lem) in ("group", "person")


def _fallback_object(objs: list[Token], lemmas: set[str], lex: Lexicon) -> bool:
    """Whether an unmatched object still allows the trigger's default coding: a quantity or
    partitive head ("300 tonnes of flour", "part of its troops", "a mission of observers",
    "a squadron of tanks") or a named actor, never a word of another sense ("figures")."""
    if not objs or lemmas & lex.no_fallback_objects:
        return False
    for o in objs:
        if o.lemma_.lower() not in W.partitive_heads:
            continue
        counted = [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        # "announced a package of sanctions": the counted noun is an event of its own
        if not any(("noun", k) in lex.by_head for g in counted for k in _keys(g)):
            return True
    return False


def _frame_ok(words: frozenset | None, lemmas: set[str], text: str) -> bool:
    if words is None:
        return True
    if lemmas & words:
        return True
    return any(" " in w and w in text for w in words)


def _match(tok: Token, lex: Lexicon, sent: Span, table=None) -> tuple[Entry, list[Token]] | None:
    if tok.pos_ == "VERB":
        pos = "verb"
    elif tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_):
        pos = "noun"
    else:
        return None
    keys = _keys(tok)
    cands: list[Entry] = []
    for k in keys:
        cands.extend(lex.by_head.get((pos, k), ()))
    if not cands:  # most tokens: one dict lookup and out
        return None
    if tok.i > sent.start:
        prev = tok.doc[tok.i - 1].lower_
        if any((prev, k) in lex.ignore for k in keys):
            return None
    if len(keys) > 1:
        cands.sort(key=lambda e: (-e.specificity, e.order))
    objs = subj_words = None
    fallback = None
    for e in cands:
        toks = _words_around(tok, e, sent) if len(e.words) > 1 else [tok]
        if toks is None:
            continue
        if e.obj is not None:
            if objs is None:
                objs = _object_words(_objects(tok, pos), table)
            if not _frame_ok(e.obj, *objs):
                if fallback is None and e.pos == "verb" and _fallback_object(_objects(tok, pos), objs[0], lex):
                    fallback = (e, toks)
                continue
        if e.subj is not None:
            if subj_words is None:
                subj_words = _object_words(_subject_heads(tok, pos), table)
            if not _frame_ok(e.subj, *subj_words):
                continue
        return e, toks
    if fallback is not None:
        # issue 10: a required object that does not match (after looking through quantity
        # heads) leaves the trigger's default coding, at lower confidence, instead of nothing
        return replace(fallback[0], fallback=True), fallback[1]
    return None


# ----------------------------------------------------------------------------- candidates

@dataclass
class _Cand:
    tok: Token
    entry: Entry
    toks: list[Token]
    sent_index: int
    sent: Span
    content: list["_Cand"] = field(default_factory=list)
    absorbed: bool = False
    light: Token | None = None  # light verb governing a nominal trigger
    light_kind: str = ""


def _light_verb(tok: Token, lex: Lexicon) -> tuple[Token | None, str]:
    """The verb that makes a nominal event happen ("launched an offensive", "faces a case")."""
    h = tok
    if h.dep_ in ("conj",) and h.head.pos_ == "NOUN":
        h = h.head
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in W.partitive:
        h = h.head.head  # "hosted a new round of negotiations"
    if h.dep_ == "pobj" and h.head.dep_ in ("prep", "prt", "agent"):
        if h.head.lower_ in W.not_light_preps:
            return None, "circumstance"  # "held the city despite a siege": the siege is not the holder's
        h = h.head
    if h.dep_ in ("dobj", "prep", "nsubjpass", "prt", "attr") and h.head.pos_ in ("VERB", "AUX"):
        keys = _keys(h.head)  # "staged" may be lemmatised "stag"
        lem = next((k for k in keys if k in lex.light_patient or k in lex.light_agent), keys[0])
        if lem in lex.light_patient:
            return h.head, "patient"
        if lem in lex.light_agent:
            return h.head, "agent"
    return None, ""


def _noun_has_argument(tok: Token, entry: Entry, lex: Lexicon, light: Token | None, table) -> bool:
    """A bare noun ("the occupation", "the war") names a state, not an event: a nominal
    trigger needs a light verb, a role as a clause subject, or an explicit argument."""
    if light is not None:
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in (entry.preps or W.noun_arg_preps):
            return True
        if entry.preps is None and c.dep_ == "poss":
            return True
        if entry.preps is None and c.dep_ in ("compound", "amod") and (c.i in table.token_entity or c.ent_type_):
            return True
    if entry.preps is not None:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
        return True
    return False


def _not_an_act(c: _Cand, lex: Lexicon, table) -> bool:
    """Governing triggers used as speech verbs: "declined to comment" (CAMEO 011, not
    coded), or "analysts warned that X could attack" (a report of another's act, not a
    threat by the analysts; "X warned it would strike" stays a threat)."""
    if not c.entry.governs:
        return False
    for ch in c.tok.children:
        if ch.dep_ == "xcomp" and ch.lemma_.lower() in lex.speech_complements:
            return True
        if ch.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in W.question_marks | W.condition_marks for g in ch.children):
            return True  # "asked whether ...": a question
    if c.tok.lemma_.lower() in lex.reporting_verbs:
        subj = next((ch for ch in c.tok.children if ch.dep_ == "nsubj"), None)
        for ch in c.tok.children:
            if ch.dep_ != "ccomp":
                continue
            inner = next((g for g in ch.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if inner is None or subj is None:
                continue
            inner_id = table.token_entity.get(inner.i)
            if inner_id is not None and inner_id != table.token_entity.get(subj.i):
                return True
            if inner_id is None and inner.dep_ == "nsubj" and _may_act(inner) and inner.pos_ != "PRON" \
                    and inner.i not in {t.i for t in subj.subtree}:
                return True  # "both armies are preparing for war, diplomats warned": a report of others
    return False


def _governor_of(c: _Cand, by_tok: dict[int, _Cand]) -> tuple[_Cand | None, bool]:
    """The nearest trigger above c along content dependencies, and whether the path
    goes through a subject (a subject is never the content of a governing verb)."""
    t = c.tok
    steps = 0
    via_subject = False
    while t.dep_ in CONTENT_DEPS and t.head is not t and steps < 7:
        via_subject = via_subject or t.dep_ in ("nsubj", "nsubjpass")
        if t.dep_ == "prep" and t.lower_ in W.not_light_preps:
            return None, False  # "called for elections after his arrest": a circumstance, not content
        t = t.head
        steps += 1
        g = by_tok.get(t.i)
        if g is not None and g is not c:
            return g, via_subject
        if t.dep_ in ("relcl", "advcl", "parataxis"):
            return None, False
    return None, False


