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

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token

from eventwire.lexicon import data_path
from eventwire.nlp import sentence_spans
from eventwire.record import EVENT_TYPES, Entity, Event, Mention

LEXICON_FILE = "event_lexicon.yaml"
WORD = re.compile(r"[\w']+|-")

# Dependency labels that lead from a governed event up to its governor.
CONTENT_DEPS = {"conj", "xcomp", "ccomp", "dobj", "pobj", "prep", "acomp", "attr", "oprd", "pcomp", "compound", "amod", "acl", "nsubj", "nsubjpass"}
# Labels along which modality (modals, "ready to", negation) is inherited.
CHAIN_DEPS = {"xcomp", "dobj", "pobj", "prep", "acomp", "attr", "oprd", "pcomp", "agent", "compound", "amod"}
RECIPIENT_PREPS = {"on", "against", "for", "with", "to", "at", "into", "toward", "towards", "upon", "over"}
NOUN_RECIPIENT_PREPS = {"on", "against", "for", "with", "to", "into", "toward", "towards", "upon", "over"}
NOUN_ARG_PREPS = {"of", "on", "against", "by", "for", "with", "to", "between", "in", "at", "near", "across", "into", "from", "over", "toward", "towards", "upon", "inside", "around"}
FIRST_PERSON = {"we", "us", "our", "ours", "ourselves"}
THIRD_PERSON = {"they", "them", "their", "it", "its", "he", "him", "his", "she", "her"}
NEGATORS = {"not", "n't", "never", "no"}


@dataclass(frozen=True)
class Entry:
    """One trigger of the lexicon with its frame and its coding."""

    words: tuple[str, ...]
    pos: str  # "verb" or "noun"
    head_index: int
    cameo: str
    type: str
    mode: str
    context: tuple[str, ...]
    obj: frozenset | None = None
    subj: frozenset | None = None
    preps: frozenset | None = None
    of_role: str = "recipient"
    governs: bool = False
    requires_content: bool = False
    content: str = ""
    reverse: bool = False
    order: int = 0

    @property
    def head(self) -> str:
        return self.words[self.head_index]

    @property
    def specificity(self) -> int:
        return self._specificity

    def __post_init__(self) -> None:
        spec = len([w for w in self.words if w != "-"]) + (self.obj is not None) + (self.subj is not None)
        object.__setattr__(self, "_specificity", spec)


@dataclass
class Lexicon:
    entries: list[Entry]
    by_head: dict[tuple[str, str], list[Entry]]
    cameo: dict[str, tuple[str, str, str]]
    content_cameo: dict[str, dict[str, str]]
    light_agent: frozenset
    light_patient: frozenset
    hypothetical_governors: frozenset
    negating_governors: frozenset
    modals: frozenset
    deontic_modals: frozenset
    reporting_verbs: frozenset
    speech_complements: frozenset
    willingness_governors: frozenset
    cooperative_types: frozenset
    hostile_types: frozenset
    state_heads: frozenset
    ignore: frozenset
    actor_nouns: dict = field(default_factory=dict)  # lemma -> entity kind ("group", "organization")
    acting_nouns: frozenset = frozenset()


def _merge_raw(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, val in (extra or {}).items():
        if key == "entries":
            out["entries"] = list(out.get("entries") or []) + list(val or [])
        elif isinstance(val, dict) and isinstance(out.get(key), dict):
            merged = dict(out[key])
            merged.update(val)
            out[key] = merged
        elif isinstance(val, list) and isinstance(out.get(key), list):
            out[key] = list(out[key]) + [v for v in val if v not in out[key]]
        else:
            out[key] = val
    return out


def _expand_words(words: list, classes: dict) -> frozenset | None:
    if words is None:
        return None
    out: set[str] = set()
    for w in words:
        w = str(w).lower()
        if w.startswith("$"):
            out.update(str(x).lower() for x in classes.get(w[1:], ()))
        else:
            out.add(w)
    return frozenset(out) if out else None


def _head_index(words: tuple[str, ...], pos: str) -> int:
    preps = {"of", "on", "for", "in", "to", "against", "by", "from", "with"}
    if pos == "verb":
        if "-" in words:  # "test-fire": the tokenizer splits it, the parser heads it on "fire"
            return len(words) - 1
        if len(words) > 1 and words[0].endswith("ly"):
            return 1
        return 0
    for i, w in enumerate(words):
        if i and w in preps:
            return i - 1
    return len(words) - 1


def _build(raw: dict) -> Lexicon:
    classes = raw.get("classes") or {}
    cameo = {str(k): (v[0], v[1] or "", v[2] or "") for k, v in (raw.get("cameo") or {}).items()}
    entries: list[Entry] = []
    for gi, grp in enumerate(raw.get("entries") or []):
        code = str(grp["cameo"])
        ctype, cmode, cctx = cameo.get(code, (None, "", ""))
        etype = grp.get("type") or ctype
        if etype not in EVENT_TYPES:
            raise ValueError(f"event lexicon entry {gi}: unknown type {etype!r} for CAMEO {code}")
        mode = grp.get("mode", cmode) or ""
        ctx = grp.get("context", cctx) or ""
        for pos in ("verb", "noun"):
            for trig in grp.get(pos + "s") or []:
                words = tuple(WORD.findall(str(trig).lower()))
                if not words:
                    continue
                entries.append(Entry(
                    words=words, pos=pos, head_index=_head_index(words, pos), cameo=code, type=etype,
                    mode=mode, context=tuple(ctx.split()), obj=_expand_words(grp.get("obj"), classes),
                    subj=_expand_words(grp.get("subj"), classes), preps=_expand_words(grp.get("preps"), classes),
                    of_role=grp.get("of", "actor" if etype in ("PROTEST", "MOBILIZE", "CONSULT") else "recipient"),
                    governs=bool(grp.get("governs")), requires_content=grp.get("requires") == "content",
                    content=grp.get("content") or etype,
                    reverse=grp.get("roles") == "reverse", order=len(entries),
                ))
    by_head: dict[tuple[str, str], list[Entry]] = {}
    for e in entries:
        by_head.setdefault((e.pos, e.head), []).append(e)
    for lst in by_head.values():
        lst.sort(key=lambda e: (-e.specificity, e.order))
    lv = raw.get("light_verbs") or {}

    def fs(key):
        return frozenset(str(x).lower() for x in raw.get(key) or ())

    return Lexicon(
        entries=entries, by_head=by_head, cameo=cameo,
        content_cameo={k: {str(a): str(b) for a, b in v.items()} for k, v in (raw.get("content_cameo") or {}).items()},
        light_agent=frozenset(lv.get("agent") or ()), light_patient=frozenset(lv.get("patient") or ()),
        hypothetical_governors=fs("hypothetical_governors"), negating_governors=fs("negating_governors"),
        modals=fs("modals"), deontic_modals=fs("deontic_modals"), reporting_verbs=fs("reporting_verbs"), speech_complements=fs("speech_complements"),
        willingness_governors=fs("willingness_governors"), cooperative_types=frozenset(raw.get("cooperative_types") or ()),
        hostile_types=frozenset(raw.get("hostile_types") or ()), state_heads=fs("state_heads"),
        ignore=frozenset(tuple(WORD.findall(p.lower())) for p in raw.get("ignore") or ()),
        actor_nouns={str(w).lower(): kind for kind in ("group", "organization")
                     for w in (raw.get("actor_nouns") or {}).get(kind) or ()},
        acting_nouns=fs("acting_nouns"),
    )


@lru_cache(maxsize=8)
def load_lexicon(extra_paths: tuple[str, ...] = ()) -> Lexicon:
    """The event lexicon, with user lexicon files (same YAML format) merged on top."""
    raw = yaml.safe_load(data_path(LEXICON_FILE).read_text(encoding="utf-8"))
    for p in extra_paths:
        raw = _merge_raw(raw, yaml.safe_load(Path(p).read_text(encoding="utf-8")) or {})
    return _build(raw)


# ----------------------------------------------------------------------------- matching

def _keys(tok: Token) -> tuple[str, ...]:
    lem, low = tok.lemma_.lower(), tok.lower_
    return (lem,) if lem == low else (lem, low)


def _tok_is(tok: Token, word: str) -> bool:
    return word == tok.lower_ or word == tok.lemma_.lower()


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
        if entry.pos == "verb" and t.pos_ in ("ADP", "PART", "ADV") and t.dep_ != "prt" and k != pos + 1:
            return None
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


def _with_conj(tok: Token) -> list[Token]:
    return [tok] + [c for c in tok.conjuncts if c.i > tok.i]


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
        else:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "on", "against", "to"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.extend(_with_conj(g))
            elif c.dep_ in ("compound", "poss", "amod"):
                out.append(c)
    if pos == "verb" and (tok.dep_ == "acl" and tok.tag_ == "VBN" or tok.dep_ == "amod"):
        out.append(tok.head)  # "prisoners released by ...", "the blocked convoys"
    return out


QUANTITY = {"dozen", "hundred", "thousand", "million", "score", "group", "number", "some", "all", "most",
            "many", "several", "one", "two", "three", "four", "five", "ten", "couple", "handful", "batch", "team",
            "family", "none", "each", "any", "more", "tens", "hundreds", "thousands", "dozens", "scores"}


def _object_words(objs: list[Token], table=None) -> tuple[set[str], str]:
    """Head lemmas of argument phrases (with compounds; through "dozens of ..." to the
    counted noun), their text, and "@entity" when an argument is a named actor."""
    lemmas: set[str] = set()
    texts = []
    for o in objs:
        lemmas.update(_keys(o))
        if o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or (table is not None and o.i in table.token_entity and o.pos_ == "PROPN"):
            lemmas.add("@entity")
        if o.ent_type_ == "NORP" and o.text.endswith("s"):
            lemmas.add("people")  # "released six Americans": a nationality counts as persons
        for c in o.children:
            if c.dep_ in ("compound", "amod"):
                lemmas.update(_keys(c))
            elif c.dep_ == "prep" and c.lower_ == "of" and (o.pos_ == "NUM" or o.lemma_.lower() in QUANTITY or o.lower_ in QUANTITY
                                                             or any(n.dep_ == "nummod" for n in o.children)):
                for g in c.children:
                    if g.dep_ == "pobj":
                        lemmas.update(_keys(g))
                        lemmas.update(k for cc in g.children if cc.dep_ in ("compound", "amod") for k in _keys(cc))
        lo, hi = o.left_edge.i, min(o.right_edge.i + 1, o.i + 6)
        texts.append(" ".join(t.lower_ for t in o.doc[lo:hi]))
    return lemmas, " | ".join(texts)


RELATIVE = {"who", "which", "that", "whom"}
# Nouns that count or group events: "a new round of talks", "a wave of strikes".
# Prepositions that set a circumstance: a noun under them is no light verb's object.
NOT_LIGHT_PREPS = {"despite", "after", "before", "during", "amid", "amidst", "since", "until", "following",
                   "throughout", "without", "like", "unlike", "including", "because", "notwithstanding"}
PARTITIVE = {"one", "round", "series", "package", "raft", "tranche", "set", "wave", "spate", "string", "day", "days", "week", "weeks", "night", "nights",
             "month", "months", "year", "years", "campaign", "barrage", "volley", "surge", "flurry", "resumption",
             "start", "beginning", "continuation", "number", "dozen", "dozens", "hundreds", "thousands"}


# The lexicon of the extract_events call in progress: the small syntactic helpers below
# read its noun lists without every caller having to pass it down.
_ACTIVE_LEXICON: ContextVar[Lexicon | None] = ContextVar("eventwire_event_lexicon", default=None)


def _lexicon() -> Lexicon:
    return _ACTIVE_LEXICON.get() or load_lexicon()


def _may_act(tok: Token) -> bool:
    """Whether a noun phrase head can name an acting party: a name, a pronoun, or a
    noun of the lexicon's actor_nouns / state_heads ("urged the army to ...")."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_:
        return True
    lex = _lexicon()
    lem = _counted(tok).lemma_.lower()
    return lem in lex.actor_nouns or lem in lex.state_heads or lem in lex.acting_nouns


def _is_person(tok: Token) -> bool:
    """Whether a noun names people ("who" refers to one): a person or nationality name,
    or a group noun of the lexicon ("protesters", "families"), not an institution."""
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    return _lexicon().actor_nouns.get(_counted(tok).lemma_.lower()) == "group"


def _subject_heads(tok: Token, pos: str) -> list[Token]:
    if pos == "verb":
        for c in tok.children:
            if c.dep_ in ("nsubj", "csubj"):
                if c.lower_ in RELATIVE and tok.dep_ == "relcl":
                    if c.lower_ == "who" and not _is_person(tok.head):
                        # "arrested protesters outside the residence who were demanding ...":
                        # "who" is a person, the nearest one before the clause
                        for k in range(tok.head.i - 1, max(0, tok.head.i - 15) - 1, -1):
                            t = tok.doc[k]
                            if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("poss", "compound") and _is_person(t):
                                return [t]
                            if t.is_sent_start:
                                break
                    return [tok.head]  # "protesters who marched on parliament"
                return _with_conj(c)
        if tok.dep_ == "xcomp":
            # object control: "urged Israel to withdraw", "prompting Israel to recall"; an
            # instrument is no controller ("police used tear gas to disperse ...")
            objs = [c for c in tok.head.children if c.dep_ == "dobj"]
            if objs and _may_act(objs[0]):
                return _with_conj(objs[0])
        if tok.dep_ == "advcl" and tok.head.lemma_.lower() in _lexicon().reporting_verbs:
            # "RSF fighters stormed the camp, residents said, setting fire to the market":
            # the participle continues the reported clause, not the reporters' act
            reported = next((c for c in tok.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i), None)
            if reported is not None:
                return _subject_heads(reported, "verb")
        if tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head.pos_ in ("VERB", "AUX", "ADJ"):
            subj = _subject_heads(tok.head, "verb")
            if tok.dep_ == "conj" and subj and tok.head.dep_ == "ccomp" and tok.pos_ == "VERB" \
                    and not any(_may_act(x) for x in subj):
                # "The Taliban said the warrants were meaningless and accused the court":
                # a conjoined act whose inherited subject cannot act joins the reporting verb
                return _subject_heads(tok.head.head, "verb")
            return subj
        if tok.dep_ == "relcl":
            return [tok.head]
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return [tok.head]  # "The Gambia's case accusing Myanmar ..."
        if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "the government's decision to halt talks", "Israel's plan to expand operations"
            return [c for c in tok.head.children if c.dep_ == "poss"]
        return []
    out = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


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
    for e in cands:
        toks = _words_around(tok, e, sent) if len(e.words) > 1 else [tok]
        if toks is None:
            continue
        if e.obj is not None:
            if objs is None:
                objs = _object_words(_objects(tok, pos), table)
            if not _frame_ok(e.obj, *objs):
                continue
        if e.subj is not None:
            if subj_words is None:
                subj_words = _object_words(_subject_heads(tok, pos), table)
            if not _frame_ok(e.subj, *subj_words):
                continue
        return e, toks
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
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() in PARTITIVE:
        h = h.head.head  # "hosted a new round of negotiations"
    if h.dep_ == "pobj" and h.head.dep_ in ("prep", "prt", "agent"):
        if h.head.lower_ in NOT_LIGHT_PREPS:
            return None, "circumstance"  # "held the city despite a siege": the siege is not the holder's
        h = h.head
    if h.dep_ in ("dobj", "prep", "nsubjpass", "prt", "attr") and h.head.pos_ in ("VERB", "AUX"):
        lem = h.head.lemma_.lower()
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
        if c.dep_ == "prep" and c.lower_ in (entry.preps or NOUN_ARG_PREPS):
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
        if ch.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in ch.children):
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
    return False


def _governor_of(c: _Cand, by_tok: dict[int, _Cand]) -> tuple[_Cand | None, bool]:
    """The nearest trigger above c along content dependencies, and whether the path
    goes through a subject (a subject is never the content of a governing verb)."""
    t = c.tok
    steps = 0
    via_subject = False
    while t.dep_ in CONTENT_DEPS and t.head is not t and steps < 7:
        via_subject = via_subject or t.dep_ in ("nsubj", "nsubjpass")
        t = t.head
        steps += 1
        g = by_tok.get(t.i)
        if g is not None and g is not c:
            return g, via_subject
        if t.dep_ in ("relcl", "advcl", "parataxis"):
            return None, False
    return None, False


# ----------------------------------------------------------------------------- modality

def _chain(tok: Token) -> list[Token]:
    """Tokens whose modality the event inherits: the trigger and its governors up to the clause head."""
    out = [tok]
    t = tok
    while t.dep_ in CHAIN_DEPS and t.head is not t and len(out) < 10:
        t = t.head
        out.append(t)
    return out


FUTURE_AUX = {"will", "would", "'ll", "shall", "wo", "'d"}


@dataclass
class _Modality:
    hypothetical: bool = False
    negated: bool = False
    question: bool = False
    deontic: bool = False
    intent: bool = False  # willingness governor or future tense: "ready to", "will send"


def _modality(c: _Cand, lex: Lexicon) -> _Modality:
    """Hypothetical / negated / question / deontic / intended, read off the trigger's chain."""
    chain = _chain(c.tok)
    if c.light is not None and c.light not in chain:
        chain += _chain(c.light)
    hypo = neg = question = deontic = intent = False
    for i, t in enumerate(chain):
        lem = t.lemma_.lower()
        if i and lem in lex.hypothetical_governors:
            hypo = True
        if i and lem in lex.willingness_governors:
            intent = True
        if i and lem in lex.negating_governors:
            neg = True
        for ch in t.children:
            cl = ch.lower_
            if ch.dep_ == "neg" or (ch.dep_ == "det" and cl == "no" and t.pos_ == "NOUN"):
                neg = True
            elif ch.dep_ == "aux" and (cl in lex.modals or ch.lemma_.lower() in lex.modals):
                hypo = True
                intent = intent or cl in FUTURE_AUX
            elif ch.dep_ == "aux" and cl in lex.deontic_modals:
                deontic = True
            elif ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in ch.children):
                hypo = True
            elif ch.dep_ == "mark" and cl in ("if", "unless"):
                hypo = True
            elif ch.dep_ == "mark" and cl == "whether":
                question = True
            elif ch.dep_ == "mark" and cl in ("until", "unless", "till"):
                question = True  # a condition ("until Hamas is disarmed") is not a claim
        if t.dep_ == "pobj" and t.head.lower_ == "without":
            neg = True
    top = chain[-1]
    # "going to attack": the "going" auxiliary-like governor
    if top.lemma_.lower() == "go" and any(ch.dep_ == "xcomp" for ch in top.children) and top.tag_ == "VBG":
        hypo = intent = True
    if top.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ == "whether" for g in top.children):
        question = True
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in lex.negating_governors:
        neg = True  # "denied that its troops had attacked"
    sent_text = c.sent.text.rstrip()
    if sent_text.endswith("?") and not any(ch in sent_text for ch in "\"\u201c\u201d"):
        question = True
    return _Modality(hypo, neg, question, deontic, intent)


# ----------------------------------------------------------------------------- arguments

def _phrase(tok: Token) -> Span:
    """The argument phrase of a head token: its left modifiers plus "of"/"in" phrases and appositions."""
    start = tok.left_edge.i
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "appos") or (c.dep_ == "prep" and c.lower_ in ("of", "in", "from")):
            end = max(end, c.right_edge.i + 1)
    return tok.doc[start:end]


def _counted(tok: Token) -> Token:
    """The counted noun of a quantity phrase ("thousands of people", "dozens of gunmen")."""
    actor_nouns = _lexicon().actor_nouns
    for _ in range(3):
        if not (tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY or tok.lower_ in QUANTITY) or tok.lemma_.lower() in actor_nouns:
            break  # "families of the victims" name the families
        nxt = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        if nxt is None:
            break
        tok = nxt
    return tok


def _holder(tok: Token, lex: Lexicon, resolved: dict) -> Token | None:
    """The subject of the reporting clause that governs tok ("X said [they would ...]");
    an unresolved pronoun subject is skipped so the search goes on upwards."""
    t = tok
    for _ in range(8):
        if t.head is t:
            return None
        dep = t.dep_
        t = t.head
        if dep in ("ccomp", "parataxis", "xcomp", "advcl", "conj") or t.lemma_.lower() in lex.reporting_verbs:
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    if c.lower_ in THIRD_PERSON | FIRST_PERSON and c.i not in resolved:
                        continue
                    return c
    return None


class _Resolver:
    """Entity ids for argument tokens, with the quote and reporting context for pronouns."""

    def __init__(self, doc: Doc, table, quotes, lex: Lexicon):
        self.doc, self.table, self.quotes, self.lex = doc, table, quotes or [], lex
        self.valid = {e.id for e in table.entities}
        self.groups: dict[str, str] = {}  # lower-cased name -> id of a group entity made here

    def group_entity(self, tok: Token, country: str | None = None) -> str | None:
        """An entity for a common-noun actor the table has none for ("police", "gunmen",
        "Serbian students"), appended to the table with the next free E-number; one
        entity per name in an article. None when the noun does not name people."""
        head = _counted(tok)
        kind = self.lex.actor_nouns.get(head.lemma_.lower()) or self.lex.actor_nouns.get(head.lower_)
        if kind is None and head is not tok and head.ent_type_ == "NORP" and head.text.endswith("s"):
            kind = "group"  # "tens of thousands of Israelis rallied": the people, not the state
        if kind is None or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("GPE", "LOC", "FAC"):
            return None
        # the name: the noun with its compounds and proper adjectives ("riot police",
        # "Air traffic controllers", "Serbian students"); "young", "unidentified" are left out
        kept = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN", "ADJ")
                or c.dep_ == "amod" and (c.ent_type_ in ("NORP", "GPE") or c.text[:1].isupper() and not c.is_sent_start)]
        toks = sorted(kept, key=lambda t: t.i) + [head]
        words = [t.text for t in toks]
        if toks[0].is_sent_start and toks[0].ent_type_ not in ("NORP", "GPE", "ORG") and not toks[0].text.isupper():
            words[0] = words[0].lower()
        name = " ".join(words)
        key = name.lower()
        start, end = toks[0].idx, head.idx + len(head.text)
        mention = Mention(start=start, end=end, text=self.doc[toks[0].i:head.i + 1].text)
        eid = self.groups.get(key)
        if eid is not None:
            ent = self.table.get(eid)
            if ent is not None and all(m.start != start for m in ent.mentions):
                ent.mentions.append(mention)
            return eid
        taken = {e.id for e in self.table.entities}
        n = 1 + max((int(i[1:]) for i in taken if i[:1] == "E" and i[1:].isdigit()), default=0)
        while f"E{n}" in taken:
            n += 1
        eid = f"E{n}"
        self.table.entities.append(Entity(id=eid, name=name, kind=kind, country=country, mentions=[mention]))
        self.valid.add(eid)
        self.groups[key] = eid
        return eid

    def quote_at(self, tok: Token):
        for q in self.quotes:
            if q.start <= tok.idx < q.end:
                return q
        return None

    def _speaker_side(self, speaker: str | None) -> str | None:
        if not speaker or speaker not in self.valid:
            return None
        ent = self.table.get(speaker)
        if ent is not None and ent.kind == "person" and ent.affiliation in self.valid:
            return ent.affiliation
        return speaker

    def entity(self, tok: Token, context: Token, create: bool = False) -> str | None:
        low = tok.lower_
        eid = self.table.token_entity.get(tok.i)
        if eid is None and tok.pos_ != "PRON":
            eid = self.table.entity_in(tok.doc[tok.left_edge.i:tok.i + 1])
            ent = self.table.get(eid) if eid else None
            kind = self.lex.actor_nouns.get(tok.lemma_.lower())
            if create and ent is not None and kind and (
                    ent.kind == "place"  # "a Manhattan jury" is not Manhattan
                    or ent.kind in ("country", "group") and kind == "group" and tok.lemma_.lower() not in self.lex.state_heads
                    and tok.lower_ not in self.lex.state_heads):
                # "French farmers blocked ...": a nationality does not make a group the state
                gid = self.group_entity(tok, ent.country)
                if gid:
                    return gid
            if eid is None:
                # "its soldiers": the possessor stands for the group
                poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
                if poss is not None:
                    eid = self.entity(poss, context)
            if eid is None:
                # "a senior leader in Hamas" names Hamas, "the junta in Burkina Faso" the
                # state; "police in Yangon", "parties in Mozambique" and "gunmen in central
                # Mali" do not name the place
                eid = self.table.entity_in(_phrase(tok))
                ent = self.table.get(eid) if eid else None
                if ent is not None and (ent.kind == "place" or ent.kind == "country" and tok.lemma_.lower() not in self.lex.state_heads):
                    eid = None
            if eid is None and create and not any(c.dep_ == "poss" for c in tok.children):
                # ("its forces" belong to whoever "its" is: no new group for them)
                eid = self.group_entity(tok)
        if eid in self.valid:
            return eid
        if tok.pos_ != "PRON":
            return None
        if low in FIRST_PERSON:
            q = self.quote_at(tok)
            if q is not None and q.speaker:
                return self._speaker_side(q.speaker)
            h = _holder(context, self.lex, self.table.token_entity)
            return self._speaker_side(self.holder_entity(h))
        if low in ("he", "him", "she", "her"):
            # "Trump said he would impose ...": the reporting subject, when it is a person
            h = _holder(context, self.lex, self.table.token_entity)
            hid = self.holder_entity(h)
            ent = self.table.get(hid) if hid else None
            # (an organisation too: the tagger sometimes labels a surname as one)
            return hid if ent is not None and ent.kind in ("person", "organization") else None
        if low in ("they", "them", "their", "it", "its"):
            # a spokesperson's "they" is the organisation they speak for
            q = self.quote_at(tok)
            h = _holder(context, self.lex, self.table.token_entity)
            spk = self.holder_entity(h) if h is not None else (q.speaker if q is not None and q.kind != "direct" else None)
            if spk:
                return self._speaker_side(spk)
        return None

    def holder_entity(self, h: Token | None) -> str | None:
        if h is None:
            return None
        eid = self.table.token_entity.get(h.i) or self.table.entity_in(_phrase(h))
        return eid if eid in self.valid else None

    def entities(self, toks: list[Token], context: Token, create: bool = False) -> list[str]:
        out: list[str] = []
        for t in toks:
            eid = self.entity(t, context, create)
            if eid and eid not in out:
                out.append(eid)
        return out


def _arguments(c: _Cand, res: _Resolver, lex: Lexicon) -> tuple[list[str], list[str], list[Token]]:
    """(actor ids, recipient ids, argument head tokens) of a candidate."""
    tok, e = c.tok, c.entry
    actors: list[Token] = []
    recips: list[Token] = []
    if e.pos == "verb":
        passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in tok.children)
        for ch in tok.children:
            if ch.dep_ == "agent":
                actors += [g for p in [ch] for g in p.children if g.dep_ == "pobj"]
        if passive:
            recips += [t for ch in tok.children if ch.dep_ == "nsubjpass" for t in _with_conj(ch)]
        else:
            actors += _subject_heads(tok, "verb")
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            recips.append(tok.head)
        heads = [tok] + [t for t in c.toks[1:] if t.head.i == tok.i and t.pos_ == "NOUN"]
        for ch in (ch for h in heads for ch in h.children):
            if (ch.dep_ == "dobj" or ch.dep_ == "dative" and ch.pos_ != "ADP") and ch not in c.toks:
                recips += _with_conj(ch)
                # "send air defence systems to Ukraine": the target may hang on the object
                recips += [g for p in ch.children if p.dep_ == "prep" and p.lower_ in ("to", "against", "on", "into", "with")
                           for g in p.children if g.dep_ == "pobj"]
            elif ch.dep_ in ("prep", "prt", "dative") and ch.lower_ in RECIPIENT_PREPS:
                recips += [t for g in ch.children if g.dep_ == "pobj" for t in _with_conj(g)]
    else:
        for ch in tok.children:
            if ch.dep_ == "poss" or (ch.dep_ in ("compound", "amod") and (ch.i in res.table.token_entity or ch.ent_type_)):
                actors.append(ch)
            elif ch.dep_ == "prep":
                pobjs = [t for g in ch.children if g.dep_ == "pobj" for t in _with_conj(g)]
                if ch.lower_ in ("by", "from"):  # "strike by the RSF", "condemnation from the UN"
                    actors += pobjs
                elif ch.lower_ == "of":
                    (actors if e.of_role == "actor" else recips).extend(pobjs)
                elif ch.lower_ in NOUN_RECIPIENT_PREPS:
                    recips += pobjs
        if c.light is not None:
            subj = _subject_heads(c.light, "verb")
            if c.light_kind == "patient":
                recips = subj + recips
                for ch in c.light.children:  # "faced criticism from the UN", "received aid from"
                    if ch.dep_ == "prep" and ch.lower_ == "from":
                        actors += [g for g in ch.children if g.dep_ == "pobj"]
            else:
                if not res.entities(actors, tok):
                    actors = subj + actors
                elif all(a.pos_ == "PRON" for a in actors) and res.entities(subj, tok):
                    # "Russia launched one of its largest attacks": "its" is the subject's
                    actors = subj
                for ch in c.light.children:
                    if ch.dep_ in ("prep",) and ch.lower_ in NOUN_RECIPIENT_PREPS:
                        recips += [t for g in ch.children if g.dep_ == "pobj" for t in _with_conj(g)]
                    elif ch.dep_ in ("dative",):
                        recips += _with_conj(ch)
        elif tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX", "ADJ") and (
                tok.head.lower_ == "during"
                or tok.head.lower_ == "with" and not any(x.dep_ == "nsubjpass" for x in tok.head.head.children)
                or tok.head.head.pos_ == "ADJ" and tok.head.head.lemma_.lower() in lex.willingness_governors):
            # "X told reporters during a visit to Y", "X retaliated with tariffs", "X was open to talks"
            actors += _subject_heads(tok.head.head, "verb")
    if not actors and e.pos == "verb" and any(ch.dep_ == "nsubjpass" for ch in tok.children):
        # "Two civilians were killed when a Russian bomb hit ...": the agent is in the clause
        for ch in tok.children:
            if ch.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in ("when", "as", "after") for g in ch.children):
                actors += [g for g in ch.children if g.dep_ == "nsubj"]
    if e.reverse:
        src = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "from" for g in ch.children if g.dep_ == "pobj"]
        actors, recips = src, actors
    actor_ids = res.entities(actors, tok, create=True)
    if not actor_ids and e.pos == "verb" and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" \
            and tok.head.head.pos_ == "VERB" and not tok.head.ent_type_:
        # "Trump signed an order imposing tariffs": the document acts for its signer
        actors = _subject_heads(tok.head.head, "verb")
        actor_ids = res.entities(actors, tok, create=True)
    recip_ids = [r for r in res.entities(recips, tok) if r not in actor_ids]
    return actor_ids, recip_ids, actors + recips


# ----------------------------------------------------------------------------- assembly

def _refine_cameo(gov: _Cand, content: _Cand, lex: Lexicon) -> str:
    if gov.entry.obj is not None:
        return gov.entry.cameo
    table = lex.content_cameo.get(gov.entry.content) or lex.content_cameo.get(gov.entry.type)
    if not table:
        return gov.entry.cameo
    ce = content.entry
    for key in (f"{ce.type}.{ce.mode}", ce.type):
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


def extract_events(doc: Doc, table, quotes, places, dates, sentences, lexicon: Lexicon | None = None) -> list[Event]:
    """PLOVER events of a parsed article (see the module docstring for the method)."""
    lex = lexicon or load_lexicon()
    token = _ACTIVE_LEXICON.set(lex)
    try:
        res = _Resolver(doc, table, quotes, lex)
        return _extract(doc, table, quotes, places or [], dates or [], lex, res)
    finally:
        _ACTIVE_LEXICON.reset(token)


def _extract(doc, table, quotes, places, dates, lex: Lexicon, res: _Resolver) -> list[Event]:
    sents = sentence_spans(doc)
    cands: list[_Cand] = []
    used: set[int] = set()
    for si, sent in enumerate(sents):
        for tok in sent:
            if tok.i in used:
                continue
            m = _match(tok, lex, sent, table)
            if m is None:
                continue
            entry, toks = m
            c = _Cand(tok=tok, entry=entry, toks=toks, sent_index=si, sent=sent)
            if entry.pos == "noun":
                # a nominal trigger modifying another noun ("genocide case") is that noun's topic
                if tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i not in [t.i for t in toks]:
                    continue
                if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lex.reporting_verbs:
                    continue  # "a UN fact-finding mission said ...": a speaker, not an event
                c.light, c.light_kind = _light_verb(tok, lex)
                # "despite a siege that began in May", "after an attack on ...": a described
                # or indefinite circumstance is an event of its own
                described = c.light_kind == "circumstance" and entry.preps is None and any(
                    ch.dep_ in ("relcl", "acl") or ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in tok.children)
                if not described and not _noun_has_argument(tok, entry, lex, c.light, table):
                    continue
            used.update(t.i for t in toks)
            cands.append(c)
    cands = [c for c in cands if not _not_an_act(c, lex, table)]
    by_tok = {c.tok.i: c for c in cands}
    # fold governed events into their governor; merge nominal duplicates of verbal triggers
    for c in cands:
        g, via_subject = _governor_of(c, by_tok)
        if g is None or via_subject and g.entry.type != c.entry.type:
            continue
        # a governed event is the governor's content; a nominal event inside another
        # event's argument ("arrested for the killing of ...") describes that event
        if c.tok.dep_ == "conj" and c.tok.head.i == g.tok.i:
            continue  # "visited Kyiv and met Zelensky": coordinated events stay separate
        # "allowed inspectors to visit": the complement describes the governing act
        direct_xcomp = c.tok.head.i == g.tok.i and (c.tok.dep_ == "xcomp" or c.tok.dep_ == "ccomp" and any(
            x.dep_ == "aux" and x.lower_ == "to" for x in c.tok.children))
        if g.entry.governs or g.entry.type == c.entry.type or c.entry.pos == "noun" or direct_xcomp:
            g.content.append(c)
            c.absorbed = True
    # "shelled the city, killing three": the participial clause elaborates the same event
    for c in cands:
        if c.absorbed or c.tok.dep_ != "advcl":
            continue
        h = by_tok.get(c.tok.head.i) or next((x for x in cands if x.light is not None and x.light.i == c.tok.head.i), None)
        # "met to discuss trade" (purpose), "shelled the city, killing three", "stormed the
        # prison, freeing inmates": one event, the participle or purpose elaborates it
        if h is not None and not h.absorbed and (
                h.entry.type == c.entry.type and c.tok.tag_ in ("VBG", "VB")
                or h.entry.type == "ASSAULT" and c.tok.tag_ == "VBG"):
            c.absorbed = True
            h.content.append(c)
    events: list[Event] = []
    for c in cands:
        if c.absorbed:
            continue
        ev = _to_event(c, res, lex, places, dates, len(events) + 1)
        if ev is not None:
            events.append(ev)
    if res.groups:
        # group entities made for arguments that no emitted event kept are dropped
        used_ids = {i for ev in events for i in ev.actor + ev.recipient}
        made = set(res.groups.values())
        table.entities[:] = [e for e in table.entities if e.id not in made or e.id in used_ids]
    return events


def _to_event(c: _Cand, res: _Resolver, lex: Lexicon, places, dates, n: int) -> Event | None:
    mod = _modality(c, lex)
    if mod.question or (c.entry.requires_content and not c.content):
        return None
    hypo, neg, deontic = mod.hypothetical, mod.negated, mod.deontic
    actors, recips, arg_toks = _arguments(c, res, lex)
    entry = c.entry
    cameo = entry.cameo
    typ, mode, ctx = _coding(cameo, lex, entry)
    content_main = next((s for s in c.content if entry.governs), None)
    if content_main is not None:
        cameo = _refine_cameo(c, content_main, lex)
        typ, mode, ctx = _coding(cameo, lex, entry)
        if typ != entry.type:  # a refined code never changes the governor's type
            typ, mode = entry.type, [entry.mode] if entry.mode else mode
        if not recips:
            # "called for the withdrawal of Israeli forces": who must act is the recipient
            sub_actors, _, _ = _arguments(content_main, res, lex)
            recips = [a for a in sub_actors if a not in actors]
    elif c.content and not actors:
        for sub in c.content:
            sub_actors, sub_recips, _ = _arguments(sub, res, lex)
            if sub_actors:
                actors = sub_actors
                recips = recips or [r for r in sub_recips if r not in actors]
                break
    if typ in lex.cooperative_types and not entry.governs and mod.intent and not deontic:
        # PLOVER: cooperative acts only intended or promised are AGREE (CAMEO 03 "express
        # intent to ..."); refused ones ("would not negotiate") are REJECT (CAMEO 12)
        table_name = "REJECT" if neg else "AGREE"
        table = lex.content_cameo.get(table_name, {})
        cameo = table.get(f"{typ}.{mode[0] if mode else ''}") or table.get(typ) or table.get("default") or cameo
        typ, mode, ctx = _coding(cameo, lex, entry)
        if typ != table_name:
            typ, mode = table_name, []
        neg = False
    elif typ in lex.hostile_types and not entry.governs and mod.intent and not neg and not deontic:
        # an announced or intended hostile act is a threat (CAMEO 13), which is real, not hypothetical
        table = lex.content_cameo.get("THREATEN", {})
        cameo = table.get(f"{typ}.{mode[0] if mode else ''}") or table.get(typ) or table.get("default") or cameo
        typ, mode, ctx = _coding(cameo, lex, entry)
        if typ != "THREATEN":
            typ, mode = "THREATEN", []
        hypo = False
    if deontic and typ not in ("REQUEST",):
        holder = _holder(c.tok, lex, res.table.token_entity)
        hid = res.holder_entity(holder) if holder is not None else None
        if holder is not None:
            req_table = lex.content_cameo.get("REQUEST", {})
            cameo = req_table.get(f"{typ}.{mode[0] if mode else ''}") or req_table.get(typ) or req_table.get("default", "100")
            typ, mode, ctx = _coding(cameo, lex, entry)
            if typ != "REQUEST":
                typ, mode = "REQUEST", []
            recips = [a for a in actors if a != hid] or recips
            actors = [hid] if hid else []
        else:
            hypo = True
    toks = list(c.toks) + [t for t in arg_toks if c.sent.start <= t.i < c.sent.end]
    for sub in c.content:
        toks += [t for t in sub.toks if c.sent.start <= t.i < c.sent.end]
    if c.light is not None:
        toks.append(c.light)
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks)
    doc = c.tok.doc
    span_lo = doc[lo].left_edge.i if doc[lo].left_edge.i >= c.sent.start and doc[lo].left_edge.i > lo - 6 else lo
    start = doc[span_lo].idx
    end = doc[hi].idx + len(doc[hi].text)
    trigger = " ".join(t.text for t in sorted(c.toks + ([c.light] if c.light is not None and c.light.i < c.tok.i else []), key=lambda t: t.i))
    q = res.quote_at(c.tok)
    sent_lo, sent_hi = c.sent.start_char, c.sent.end_char
    place = _nearest(((p.id, m.start) for p in places for m in p.mentions), sent_lo, sent_hi, c.tok.idx)
    date = _nearest(((d.value, d.start) for d in dates), sent_lo, sent_hi, c.tok.idx)
    spec = min(1.0, entry.specificity / 3)
    args = 0.5 * bool(actors) + 0.5 * bool(recips)
    pos_ok = (entry.pos == "verb" and c.tok.pos_ == "VERB") or (entry.pos == "noun" and c.tok.pos_ == "NOUN")
    parse = 1.0 if pos_ok and (entry.pos == "verb" or c.light is not None or arg_toks) else 0.5
    confidence = round(min(1.0, 0.30 + 0.25 * spec + 0.30 * args + 0.15 * parse), 2)
    return Event(
        id=f"V{n}", type=typ, mode=mode, context=ctx, cameo=cameo, actor=actors, recipient=recips,
        trigger=trigger, sentence=c.sent_index, start=start, end=end, negated=neg, hypothetical=hypo,
        reported_by=q.id if q is not None else None, date=date, place=place, confidence=confidence,
    )
