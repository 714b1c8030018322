"""Sources: the entity each attribution belongs to (step 4 of the package doc).

The speaker phrase is the cue's subject (or "according to" object, or a noun cue's
possessor) with its modifiers. Its entity is, in order: the entity mentioned by the
phrase's head; an apposition's ("the minister, Mauro Vieira"); for "it"/"they", the
organisation or group named last before; for a common-noun head, a new *unnamed source*
entity ("analysts", "a senior official", "the report"), since a source is never a null
speaker, with a named modifier as its affiliation ("staff at Lakeview Resort"); else any
entity inside the phrase. A dateline ("OSLO -") is never part of a source.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire.extract import actors as actors_x
from eventwire.extract.cues import source_nouns
from eventwire.extract.quotes.finding import LOCATIVE_PREPS, Cue, _is_word, _relative_antecedent, speaker_span
from eventwire.record import Mention

# "OSLO -", "KYIV (Reuters) -", "WASHINGTON, D.C. -": capitals, an optional agency, a dash.
DATELINE = re.compile(r"\A[ \t]*[A-Z][A-Z .,'\u2019-]{1,40}?(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*[-\u2013\u2014]+[ \t]")
IT_PRONOUNS = {"it", "its"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
THEY_PRONOUNS = {"they", "their", "them"}
NON_PERSON = ("organization", "group", "media", "document", "country")
PRONOUN_WINDOW = 3  # sentences back in which "it"/"they" look for their referent


def dateline_ends(text: str, paragraphs: list[tuple[int, int]]) -> dict[int, int]:
    """Paragraph start -> end of its dateline, for paragraphs that open with one."""
    out = {}
    for a, b in paragraphs:
        m = DATELINE.match(text, a, b)
        if m and any(c.isalpha() for c in m.group()):
            out[a] = m.end()
    return out


def resolve(run, cue: Cue | None) -> tuple[str | None, str | None, str | None]:
    """(speaker entity id, speaker phrase, addressee entity id) of a cue."""
    if cue is None:
        return None, None, None
    doc, table = run.doc, run.table
    speaker = speaker_text = addressee = None
    if cue.speaker_tok is not None:
        span = _source_phrase(run, cue)
        if len(span):
            speaker_text = span.text
            head = span.root if cue.source_span is not None else _relative_antecedent(cue.speaker_tok)
            speaker = speaker_entity(run, span, head)
    if cue.addressee_tok is not None:
        a = cue.addressee_tok
        addressee = table.entity_in(doc[a.left_edge.i:a.right_edge.i + 1])
    return speaker, speaker_text, addressee


def _source_phrase(run, cue: Cue) -> Span:
    doc = run.doc
    if cue.source_span is not None:
        return cue.source_span
    if cue.kind == "source":
        s = cue.speaker_tok
        span = doc[s.left_edge.i:s.right_edge.i + 1]
        while len(span) > 1 and not _is_word(span[-1]):
            span = span[:-1]
    else:
        span = speaker_span(doc, cue.speaker_tok)
    return _one_line(_without_dateline(run, span), cue.speaker_tok)


def _one_line(span: Span, head: Token) -> Span:
    """A source phrase never crosses a line break: a headline run into the next line
    by the parser ("Residents Fear Flooding\nPeople living along the Oder said")."""
    if "\n" not in span.text:
        return span
    a, b = span.start, span.end
    for t in span:
        if "\n" in t.text_with_ws or t.is_space:
            if t.i < head.i:
                a = t.i + 1
            elif t.i >= head.i:
                b = t.i + 1
                break
    while a < b and not _is_word(span.doc[a]):
        a += 1
    while b > a and not _is_word(span.doc[b - 1]):
        b -= 1
    return span.doc[a:b]


def _without_dateline(run, span: Span) -> Span:
    ends = run.datelines
    if not ends or not len(span):
        return span
    para = run.facts.paragraphs[run.facts.paragraph_at(span.start_char)][0]
    end = ends.get(para)
    if end is None or span.start_char >= end:
        return span
    i = span.start
    while i < span.end and span.doc[i].idx < end:
        i += 1
    while i < span.end and not _is_word(span.doc[i]):
        i += 1
    return span.doc[i:span.end]


def speaker_entity(run, span: Span, head: Token) -> str | None:
    """The entity the speaker phrase names (see the module doc for the order)."""
    doc, table = run.doc, run.table
    if not len(span):
        return None
    if not (span.start <= head.i < span.end):
        head = span.root  # the dateline held the parser's head
    eid = table.entity_at(head.i)
    if eid and not _overruns(table, eid, span):
        return eid
    for c in head.children:
        if c.dep_ in ("appos", "compound") and c.i > head.i:
            eid = table.entity_in(doc[c.left_edge.i:c.right_edge.i + 1])
            if eid:
                return eid
    if head.lower_ in IT_PRONOUNS | THEY_PRONOUNS:
        return _pronoun_referent(run, head)
    if head.lower_ in PERSON_PRONOUNS:
        return _person_referent(run, head)
    inner = _inner_entity(table, span)
    if head.pos_ == "NOUN" or (head.pos_ == "ADJ" and head.dep_ in ("nsubj", "nsubjpass")):
        # the head noun wins over a named modifier ("staff at Lakeview Resort"); a noun
        # the cue makes a source is one ("the accused", "hardliners", "the referee")
        return unnamed_source(run, span, head, inner)
    if (inner is None or _overruns(table, inner, span)) and head.pos_ == "PROPN":
        return unnamed_source(run, span, head, None)
    return inner


def _overruns(table, eid: str, span: Span) -> bool:
    """The entity's mention at the phrase runs past it: an NER span that swallowed the cue
    in a title-case headline ("Kremlin Denies Role")."""
    e = table.get(eid)
    if e is None:
        return False
    return any(m.start < span.end_char and span.start_char < m.end and m.end > span.end_char + 1 and m.start >= span.start_char
               and any(c.isupper() for c in span.doc.text[span.end_char:m.end]) for m in e.mentions)


def _inner_entity(table, span: Span) -> str | None:
    """Any entity mentioned inside the phrase, but not a place a body is located in
    ("a federal judge in Boston", "the ministry in Copenhagen")."""
    eid = table.entity_in(span)
    if eid is None:
        return None
    for t in span:
        if table.entity_at(t.i) == eid:
            if t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ in ("pobj", "compound") and any(
                    a.dep_ == "prep" and a.lower_ in LOCATIVE_PREPS and a.i >= span.start for a in t.ancestors):
                return None
            break
    return eid


def _source_kind(head: Token) -> str | None:
    """Entity kind of an unnamed source headed by this common noun, from the source nouns
    and role nouns; None when neither lists it."""
    low = head.lower_
    kind = source_nouns().get(low) or source_nouns().get(head.lemma_.lower())
    if kind in ("person", "group") and head.tag_ == "NNS":
        return "group"
    if kind:
        return kind
    role = actors_x.role_nouns().get(low) or actors_x.role_nouns().get(head.lemma_.lower())
    if role is None:
        return None
    if role.type == "title":
        return "group" if head.tag_ == "NNS" else "person"
    return "organization" if role.body else "group"


def _fallback_kind(span: Span, head: Token) -> str:
    if head.pos_ == "PROPN":
        return "person" if sum(t.pos_ == "PROPN" for t in span) in (2, 3) else "organization"
    return "group" if head.tag_ == "NNS" else "other"


def unnamed_source(run, span: Span, head: Token, affiliation: str | None) -> str:
    """An entity for a source no name gives: one per distinct phrase (articles aside)."""
    kind = _source_kind(head) or _fallback_kind(span, head)
    words = [t for t in span if _is_word(t)]
    while len(words) > 1 and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    key = (kind, " ".join(t.lower_ for t in words))
    mention = Mention(start=span.start_char, end=span.end_char, text=span.text)
    eid = run.unnamed.get(key)
    table = run.table
    if eid is None:
        eid = table.add_entity(span.text, kind, mention, affiliation=affiliation)
        run.unnamed[key] = eid
    else:
        table.add_mention(eid, mention)
    if kind == "document" and affiliation is not None:
        return eid  # "Nicaragua's lawsuit accusing ...": as an actor, the owner acts (events)
    for t in span:
        table.token_entity.setdefault(t.i, eid)
    table.token_entity[head.i] = eid
    return eid


def _pronoun_referent(run, pron: Token) -> str | None:
    """'it' and 'they' as a source: the organisation, group, outlet or document named
    last before, within a few sentences ("they" prefers a group or organisation)."""
    table, facts = run.table, run.facts
    si = facts.sent_of[pron.i]
    lo = facts.sents[max(si - PRONOUN_WINDOW, 0)].start if si >= 0 else 0
    kinds = {e.id: e.kind for e in table.entities}
    best = fallback = None
    for i in range(pron.i - 1, lo - 1, -1):
        eid = table.token_entity.get(i)
        if not eid or kinds.get(eid) not in NON_PERSON or facts.quoted[i]:
            continue
        if pron.lower_ in THEY_PRONOUNS and kinds[eid] not in ("group", "organization"):
            fallback = fallback or eid
            continue
        best = eid
        break
    best = best or fallback
    return _bind(table, best, pron) if best is not None else None


def _person_referent(run, pron: Token) -> str | None:
    """'he'/'she' the entity resolver left open (an unnamed antecedent, "The accused ...
    he said"): the person, or the unnamed singular source, named last before."""
    table, facts = run.table, run.facts
    si = facts.sent_of[pron.i]
    lo = facts.sents[max(si - PRONOUN_WINDOW, 0)].start if si >= 0 else 0
    kinds = {e.id: e.kind for e in table.entities}
    for i in range(pron.i - 1, lo - 1, -1):
        eid = table.token_entity.get(i)
        if eid and kinds.get(eid) in ("person", "other") and not facts.quoted[i]:
            return _bind(table, eid, pron)
    for i in range(pron.i - 1, lo - 1, -1):
        t = run.doc[i]
        if (t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "ADJ") and t.tag_ != "NNS"
                and not facts.quoted[i] and table.entity_at(i) is None):
            # "The accused stood up. He said ...": the last singular subject
            span = speaker_span(run.doc, t)
            return _bind(table, unnamed_source(run, span, t, _inner_entity(table, span)), pron)
    return None


def _bind(table, eid: str, pron: Token) -> str:
    table.add_mention(eid, Mention(start=pron.idx, end=pron.idx + len(pron.text), text=pron.text))
    table.token_entity[pron.i] = eid
    return eid
