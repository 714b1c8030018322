"""Modality and negation: hypothetical, negated, question, deontic and intended
events, read off the chain of governors above a trigger."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.extract.events.lexicon import Lexicon, grammar
from eventwire.extract.events.matching import _Cand

W = grammar()
# Labels along which modality (modals, "ready to", negation) is inherited (parser labels).
CHAIN_DEPS = {"xcomp", "dobj", "pobj", "prep", "acomp", "attr", "oprd", "pcomp", "agent", "compound", "amod"}


def _chain(tok: Token) -> list[Token]:
    """Tokens whose modality the event inherits: the trigger and its governors up to the clause head."""
    out = [tok]
    t = tok
    while t.dep_ in CHAIN_DEPS and t.head is not t and len(out) < 10:
        t = t.head
        out.append(t)
    return out


@dataclass
class _Modality:
    hypothetical: bool = False
    negated: bool = False
    question: bool = False
    deontic: bool = False
    intent: bool = False  # willingness governor or future tense: "ready to", "will send"


def _nobody(tok) -> bool:
    """"no one was arrested", "nobody was hurt": an act done to or by no one did not happen."""
    from eventwire.extract.events.perpetrators import phrases

    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    words = " ".join(t.lower_ for t in tok.doc[tok.left_edge.i:tok.i + 1])
    return words in phrases().nobody_words


def _modality(c: _Cand, lex: Lexicon) -> _Modality:
    """Hypothetical / negated / question / deontic / intended, read off the trigger's chain."""
    chain = _chain(c.tok)
    if c.light is not None and c.light not in chain:
        chain += _chain(c.light)
    hypo = neg = question = deontic = intent = obliged = False
    for i, t in enumerate(chain):
        lem = t.lemma_.lower()
        if i and lem in lex.hypothetical_governors:
            hypo = True
        if i and lem in W.obligation_governors:
            obliged = hypo = True  # "would be obliged to detain Putin": a duty, not an announced act
        if i and lem in W.deontic_governors and chain[i - 1].dep_ == "xcomp" and _has_to(chain[i - 1]):
            deontic = True  # "has to be released", "need to withdraw"
        if i and lem in lex.willingness_governors:
            intent = True
        if i and lem in lex.negating_governors:
            neg = True
        for ch in t.children:
            cl = ch.lower_
            if ch.dep_ == "neg" or (ch.dep_ == "det" and cl == "no" and t.pos_ == "NOUN") or not i and _nobody(ch):
                neg = True
            elif ch.dep_ == "aux" and (cl in lex.modals or ch.lemma_.lower() in lex.modals):
                hypo = True
                intent = intent or cl in W.future_aux and _announces(t)
            elif ch.dep_ == "aux" and cl in lex.deontic_modals:
                deontic = True
            elif ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in W.condition_marks for g in ch.children):
                hypo = True
            elif ch.dep_ == "mark" and cl in W.condition_marks:
                hypo = True
            elif ch.dep_ == "mark" and cl in W.question_marks:
                question = True
            elif ch.dep_ == "mark" and cl in W.until_marks:
                question = True  # a condition ("until Hamas is disarmed") is not a claim
        if t.dep_ == "pobj" and t.head.lower_ == "without":
            neg = True
    top = chain[-1]
    # "going to attack": the "going" auxiliary-like governor
    if top.lemma_.lower() == "go" and any(ch.dep_ == "xcomp" for ch in top.children) and top.tag_ == "VBG":
        hypo = intent = True
    if top.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in W.question_marks for g in top.children):
        question = True
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in lex.negating_governors:
        neg = True  # "denied that its troops had attacked"
    sent_text = c.sent.text.rstrip()
    if sent_text.endswith("?") and not any(ch in sent_text for ch in "\"\u201c\u201d"):
        question = True
    return _Modality(hypo, neg, question, deontic, intent and not obliged)


def _has_to(t: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _announces(t: Token) -> bool:
    """A future auxiliary announces an act only in the active voice and not in the perfect:
    "would have been detained" is counterfactual, "would be detained" says nothing of who acts."""
    return not any(c.dep_ == "auxpass" or c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children)


