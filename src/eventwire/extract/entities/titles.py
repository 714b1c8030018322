"""Titles and affiliations from premodifiers and appositions, and the delayed
identification of a news lead's anonymous source."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.extract import actors as actors_x
from eventwire.extract.entities.lexicon import (
    AFFILIATION_KINDS, APPOS_PREPS, DETERMINERS, INDEFINITE, POSSESSIVES, SUBJECT_DEPS, _key,
)
from eventwire.extract.entities.model import _Ent


def _premodifier_title(doc: Doc, person: _Ent, start: int, mention_of: dict[int, _Ent], title_words) -> None:
    """'US President Donald Trump', 'his former Defense Minister Yoav Gallant',
    'White House National Security Council spokesman James Hewitt'."""
    i = start - 1
    title_toks: list[int] = []
    affiliation = None
    possessor = None
    while i >= 0 and start - i <= 12:
        tok = doc[i]
        low = _key(tok.text)
        owner = mention_of.get(i)
        if owner is not None and owner is not person and owner.kind != "person":
            affiliation = owner
            r = actors_x.role_nouns().get(low)
            if title_toks and r and r.type == "group":
                title_toks.append(i)  # "Sudanese army chief": the title is "army chief"
            break
        if tok.text in ("'s", "\u2019s") and i > 0 and mention_of.get(i - 1) not in (None, person):
            affiliation = mention_of[i - 1]
            break
        if low in POSSESSIVES:
            possessor = i
            break
        if (low in title_words and not tok.is_punct) or (title_toks and tok.pos_ == "ADJ" and tok.text.islower()) or (
            title_toks and tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.text.istitle()
        ):
            title_toks.append(i)  # "regional governor", "top diplomat", "U.S. District Judge"
            i -= 1
            continue
        break
    if not title_toks:
        return
    title_toks.sort()
    roles = actors_x.role_nouns()
    words = [doc[k].lower_ for k in title_toks]
    if not any(" ".join(words[a:b]) in roles and roles[" ".join(words[a:b])].type == "title"
               for a in range(len(words)) for b in range(a + 1, len(words) + 1)):
        return
    if words[-1] in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."):
        gender = roles[words[-1]].gender
        if gender and not person.gender:
            person.gender = gender
        return
    if not person.title:
        person.title = doc[title_toks[0]:title_toks[-1] + 1].text
        for w in words:
            r = roles.get(w)
            if r and r.gender and not person.gender:
                person.gender = r.gender
    if person.affiliation is None and affiliation is not None:
        person.affiliation = affiliation
    elif person.affiliation is None and possessor is not None:
        person.possessor = possessor


def _title_phrase(doc: Doc, j: int, title_words, limit: int) -> tuple[int, int] | None:
    """Longest run from ``j`` of adjectives/title words ending in a title role noun."""
    roles = actors_x.role_nouns()
    k = j
    last_role_end = None
    while k < limit and k - j < 8:
        tok = doc[k]
        low = _key(tok.text)
        if low in title_words or (tok.pos_ == "ADJ" and not tok.is_punct):
            k += 1
            for a in range(j, k):
                r = roles.get(" ".join(t.lower_ for t in doc[a:k]))
                if r and r.type == "title":
                    last_role_end = k
                    break
            continue
        break
    return (j, last_role_end) if last_role_end else None


def _apposition_title(doc: Doc, person: _Ent, end: int, mention_of: dict[int, _Ent], title_words) -> None:
    """'Basem Naim, a senior political leader in Hamas, said' and
    'Yulia Svyrydenko, Ukraine's prime minister'."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return
    j = end + 1
    affiliation = None
    limit = min(len(doc), end + 16)
    for k in range(j, limit):
        if doc[k].text in (",", ";", ".", "(", ")") or doc[k].pos_ in ("VERB", "AUX"):
            limit = k
            break
    if doc[j].lower_ in DETERMINERS:
        j += 1
    if (j + 2 < limit and doc[j].pos_ == "NOUN" and doc[j + 1].text in ("'s", "’s")
            and _key(doc[j].text) not in title_words):
        # "the ministry's spokeswoman": the latest body named "... Ministry" before.
        head = doc[j].lower_
        bodies = [(max(sp for sp, _ in e.spans if sp < end), e) for e in set(mention_of.values())
                  if e.kind in ("organization", "media") and e.name.split()[-1].lower() == head
                  and any(sp < end for sp, _ in e.spans)]
        if bodies:
            affiliation = max(bodies, key=lambda x: x[0])[1]
        j += 2
    owner = mention_of.get(j) if affiliation is None else None
    if owner is not None and owner is not person and owner.kind != "person":
        affiliation = owner
        while j < limit and mention_of.get(j) is owner:
            j += 1
        if j < limit and doc[j].text in ("'s", "\u2019s"):
            j += 1
    span = _title_phrase(doc, j, title_words, limit)
    if span is None:
        return
    a, b = span
    if b < limit and doc[b].lower_ in APPOS_PREPS and affiliation is None:
        k = b + 1
        while k < limit and doc[k].lower_ in DETERMINERS:
            k += 1
        owner = mention_of.get(k)
        if owner is not None and owner is not person and owner.kind in AFFILIATION_KINDS:
            affiliation = owner
    if not person.title:
        person.title = doc[a:b].text
        for tok in doc[a:b]:
            r = actors_x.role_nouns().get(tok.lower_)
            if r and r.gender and not person.gender:
                person.gender = r.gender
    if person.affiliation is None and affiliation is not None:
        person.affiliation = affiliation


def _delayed_identification(doc, sents, sent_of, ents, mention_of, title_words, attach) -> None:
    """News leads: 'A senior political leader in Hamas has said ...' names the person
    only in a following sentence. An indefinite subject 'a/an + title (+ in/of ORG)'
    binds to the first person newly named within the next two sentences, when that
    person's known affiliation (if any) agrees; a definite one ('The prosecutor of the
    ICC said ...') only when that person carries the same title ('Prosecutor Karim Khan')."""
    first_sentence = {e: sent_of[e.first] for e in ents if e.kind == "person"}
    for si, sent in enumerate(sents):
        for tok in sent:
            if tok.dep_ not in SUBJECT_DEPS or mention_of.get(tok.i) is not None:
                continue
            left = tok.left_edge.i
            definite = doc[left].lower_ == "the"
            if doc[left].lower_ not in INDEFINITE and not definite:
                continue
            span = _title_phrase(doc, left + 1, title_words, tok.i + 1)
            if span is None or span[1] != tok.i + 1:
                continue
            affiliation = None
            for k in range(left + 1, tok.i):  # "a senior Israeli official"
                o = mention_of.get(k)
                if o is not None and o.kind != "person":
                    affiliation = o
            right = tok.i + 1
            if right < len(doc) and doc[right].lower_ in APPOS_PREPS and doc[right].head.i == tok.i:
                k = right + 1
                while k < len(doc) and doc[k].lower_ in DETERMINERS:
                    k += 1
                o = mention_of.get(k)
                if o is not None and o.kind in AFFILIATION_KINDS:  # "a judge in Washington" is a place
                    affiliation = o
                    right = max(t for s, t in o.spans if s <= k < t)
            later = [e for e, fs in first_sentence.items() if si < fs <= si + 2 and e.first > tok.i]
            if not later:
                continue
            person = min(later, key=lambda e: e.first)
            if definite and not (person.title and person.title.lower().split()[-1] == tok.lower_):
                # "The prosecutor of the court said ..." then "Prosecutor Karim Khan said":
                # a definite description binds only to a person given the same title.
                continue
            if not _reports(doc, person, sents[sent_of[person.first]]):
                continue
            if person.affiliation is not None and affiliation is not None and person.affiliation is not affiliation:
                continue
            attach(person, left, right)
            if not person.title:
                person.title = doc[span[0]:span[1]].text
            if person.affiliation is None:
                person.affiliation = affiliation
            for k in range(left, right):
                mention_of.setdefault(k, person)


def _reports(doc: Doc, person: _Ent, sent: Span) -> bool:
    """The person's first mention is the subject of a verb that reports something (a
    clausal complement, or a quotation in the sentence): the lead's anonymous source
    is named when they speak, not whenever someone new appears."""
    s, t = min(person.spans)
    root = doc[s:t].root
    if root.dep_ not in SUBJECT_DEPS:
        return False
    verb = root.head
    return any(ch.dep_ in ("ccomp", "parataxis") for ch in verb.children) or any(
        tok.text in ('"', "“", "”") for tok in sent
    )
