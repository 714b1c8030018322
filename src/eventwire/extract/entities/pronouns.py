"""Pronoun resolution by salience (recency, gender, subjecthood, the previous speaker)."""
from __future__ import annotations

from dataclasses import dataclass

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


def _resolve_pronouns(doc, sents, sent_of, quoted, ents, attach) -> None:
    """Third-person personal pronouns by salience (see module docstring), and
    'they/their/them' to an organization only when it is the subject of a clause
    governing the pronoun in the same sentence ('Hamas said they ...')."""
    persons = [e for e in ents if e.kind == "person"]
    non_persons = [e for e in ents if e.kind in ("organization", "group", "country", "media")]
    by_sent: dict[int, list[_PMention]] = {}

    def add_mention(e: _Ent, s: int, t: int) -> None:
        root = doc[s:t].root
        subj = root.dep_ in SUBJECT_DEPS
        main = subj and (root.head.dep_ == "ROOT" or root.head.head.dep_ == "ROOT" and root.head.dep_ == "conj")
        by_sent.setdefault(sent_of[s], []).append(_PMention(e, s, t, root.i, sent_of[s], subj, main, quoted[root.i]))

    for e in persons:
        for s, t in e.spans:
            add_mention(e, s, t)
    ent_at = {}
    for e in ents:
        for s, t in e.spans:
            for k in range(s, t):
                ent_at.setdefault(k, e)

    for si, sent in enumerate(sents):
        prons = [t for t in sent if t.lower_ in PERSON_PRONOUNS and t.i not in ent_at]
        # Narrative pronouns first: they tell who speaks the quotes of this sentence.
        prons.sort(key=lambda t: (quoted[t.i], t.i))
        speaker: _Ent | None = None
        for t in sent:
            if t.dep_ in SUBJECT_DEPS and not quoted[t.i] and t.head.dep_ == "ROOT" and t.i in ent_at:
                if ent_at[t.i].kind == "person":
                    speaker = ent_at[t.i]
        for p in prons:
            gender = "m" if p.lower_ in MALE_PRONOUNS else "f"
            best, best_score = None, None
            window = [m for k in range(max(0, si - 3), si + 1) for m in by_sent.get(k, ())]
            for m in window:
                if m.start >= p.i:
                    continue
                e = m.ent
                if e.gender and e.gender != gender:
                    continue
                if quoted[p.i] and e is speaker and speaker is not None:
                    continue  # a speaker says "I", not "he", of themselves
                if p.dep_ in OBJECT_DEPS and p.lower_ not in ("his", "her"):
                    verb = p.head if p.dep_ != "pobj" else p.head.head
                    verbs = {verb.i}
                    while verb.dep_ == "conj" and not any(ch.dep_ in SUBJECT_DEPS for ch in verb.children):
                        verb = verb.head  # "X called Y and thanked him": thanked's subject is X
                        verbs.add(verb.i)
                    if m.subject and doc[m.root].head.i in verbs:
                        continue  # "Trump praised him": him is not Trump
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
                score -= (p.i - m.end) / 1000.0
                if best_score is None or score > best_score:
                    best, best_score = e, score
            if best is not None:
                attach(best, p.i, p.i + 1)
                ent_at[p.i] = best
                if not best.gender:
                    best.gender = gender
                add_mention(best, p.i, p.i + 1)
                if not quoted[p.i] and p.dep_ in SUBJECT_DEPS and p.head.dep_ == "ROOT":
                    speaker = best
        for p in sent:
            if p.lower_ not in PLURAL_PRONOUNS or p.i in ent_at:
                continue
            head = p.head
            for _ in range(4):
                subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < p.i and c.i != p.i), None)
                o = ent_at.get(subj.i) if subj is not None else None
                if o is not None and o in non_persons:
                    attach(o, p.i, p.i + 1)
                    ent_at[p.i] = o
                    break
                if subj is not None or head.head.i == head.i:
                    break
                head = head.head
