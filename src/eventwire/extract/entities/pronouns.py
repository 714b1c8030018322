"""Pronoun resolution by salience (recency, gender, subjecthood, the previous speaker)."""
from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.extract.entities.lexicon import (
    MALE_PRONOUNS, OBJECT_DEPS, PERSON_PRONOUNS, PLURAL_PRONOUNS, SUBJECT_DEPS,
)
from eventwire.extract.entities.model import _Ent


@dataclass
class _PMention:
    ent: _Ent
    start: int
    end: int
    root: int
    sent: int
    subject: bool
    main_subject: bool
    quoted: bool


@dataclass
class _Salience:
    """Mentions by sentence and the token -> entity map, grown as pronouns resolve."""

    doc: object
    sent_of: list[int]
    quoted: list[bool]
    attach: object
    by_sent: dict[int, list[_PMention]] = field(default_factory=dict)
    ent_at: dict[int, _Ent] = field(default_factory=dict)

    def add_mention(self, e: _Ent, s: int, t: int) -> None:
        root = self.doc[s:t].root
        subj = root.dep_ in SUBJECT_DEPS
        main = subj and (root.head.dep_ == "ROOT" or root.head.head.dep_ == "ROOT" and root.head.dep_ == "conj")
        si = self.sent_of[s]
        self.by_sent.setdefault(si, []).append(_PMention(e, s, t, root.i, si, subj, main, self.quoted[root.i]))

    def bind(self, e: _Ent, p) -> None:
        self.attach(e, p.i, p.i + 1)
        self.ent_at[p.i] = e


def _resolve_pronouns(doc, sents, sent_of, quoted, ents, attach) -> None:
    """Third-person personal pronouns by salience (see module docstring), and
    'they/their/them' to an organization only when it is the subject of a clause
    governing the pronoun in the same sentence ('Hamas said they ...')."""
    sal = _Salience(doc, sent_of, quoted, attach)
    for e in ents:
        if e.kind == "person":
            for s, t in e.spans:
                sal.add_mention(e, s, t)
    for e in ents:
        for s, t in e.spans:
            for k in range(s, t):
                sal.ent_at.setdefault(k, e)
    non_persons = [e for e in ents if e.kind in ("organization", "group", "country", "media")]
    for si, sent in enumerate(sents):
        _person_pronouns(sal, si, sent)
        _plural_pronouns(sal, sent, non_persons)


def _main_speaker(sal: _Salience, sent) -> _Ent | None:
    speaker = None
    for t in sent:
        if t.dep_ in SUBJECT_DEPS and not sal.quoted[t.i] and t.head.dep_ == "ROOT" and t.i in sal.ent_at:
            if sal.ent_at[t.i].kind == "person":
                speaker = sal.ent_at[t.i]
    return speaker


def _person_pronouns(sal: _Salience, si: int, sent) -> None:
    quoted = sal.quoted
    prons = [t for t in sent if t.lower_ in PERSON_PRONOUNS and t.i not in sal.ent_at]
    # Narrative pronouns first: they tell who speaks the quotes of this sentence.
    prons.sort(key=lambda t: (quoted[t.i], t.i))
    speaker = _main_speaker(sal, sent)
    for p in prons:
        gender = "m" if p.lower_ in MALE_PRONOUNS else "f"
        best, best_score = None, None
        window = [m for k in range(max(0, si - 3), si + 1) for m in sal.by_sent.get(k, ())]
        for m in window:
            score = _antecedent_score(sal, p, m, si, gender, speaker)
            if score is not None and (best_score is None or score > best_score):
                best, best_score = m.ent, score
        if best is not None:
            sal.bind(best, p)
            if not best.gender:
                best.gender = gender
            sal.add_mention(best, p.i, p.i + 1)
            if not quoted[p.i] and p.dep_ in SUBJECT_DEPS and p.head.dep_ == "ROOT":
                speaker = best


def _antecedent_score(sal: _Salience, p, m: _PMention, si: int, gender: str, speaker) -> float | None:
    """Salience of mention ``m`` as the antecedent of pronoun ``p``; None when it cannot be."""
    quoted, doc, e = sal.quoted, sal.doc, m.ent
    if m.start >= p.i or (e.gender and e.gender != gender):
        return None
    if quoted[p.i] and e is speaker and speaker is not None:
        return None  # a speaker says "I", not "he", of themselves
    if p.dep_ in OBJECT_DEPS and p.lower_ not in ("his", "her"):
        verb = p.head if p.dep_ != "pobj" else p.head.head
        verbs = {verb.i}
        while verb.dep_ == "conj" and not any(ch.dep_ in SUBJECT_DEPS for ch in verb.children):
            verb = verb.head  # "X called Y and thanked him": thanked's subject is X
            verbs.add(verb.i)
        if m.subject and doc[m.root].head.i in verbs:
            return None  # "Trump praised him": him is not Trump
    score = -2.0 * (si - m.sent)
    if m.subject:
        score += 3
    if m.main_subject:
        score += 2
    if m.quoted and not quoted[p.i]:
        score -= 2
    if m.quoted == quoted[p.i] and m.sent == si:
        score += 1
    if p.lower_ in ("his", "her") and p.dep_ == "poss" and m.sent == si and p.i - m.end <= 6:
        score += 5  # "Netanyahu and his former defense minister"
    return score - (p.i - m.end) / 1000.0


def _plural_pronouns(sal: _Salience, sent, non_persons: list[_Ent]) -> None:
    for p in sent:
        if p.lower_ not in PLURAL_PRONOUNS or p.i in sal.ent_at:
            continue
        head = p.head
        for _ in range(4):
            subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < p.i and c.i != p.i), None)
            o = sal.ent_at.get(subj.i) if subj is not None else None
            if o is not None and o in non_persons:
                sal.bind(o, p)
                break
            if subj is not None or head.head.i == head.i:
                break
            head = head.head
