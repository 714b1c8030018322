"""Cues read off the parse: reporting verbs and the other cue classes, with their
speaker, addressee and content complements (step 2 of the package doc)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from eventwire.extract.cues import CueLexicon, cue_lexicon, evidence_nouns
from eventwire.extract.docfacts import ALL_MARKS, DocFacts, doc_facts

TRAIL_DIRECT = " \t\n\r,;:\u2014\u2013-"
TRAIL_FRAGMENT = " \t\n\r,;:.\u2014\u2013-"
LOCATIVE_PREPS = {"in", "at", "near", "from", "outside", "inside"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
SUBJECT_CLIMB_DEPS = {"advcl", "conj", "xcomp", "pcomp", "prep", "ccomp", "acl"}
SPEAKER_RIGHT_DEPS = {"prep", "compound", "amod", "nummod", "nmod", "poss", "flat"}
MAX_POST_CUE_WORDS = 8   # "" ...," the ministry's chief spokesman told reporters"
MAX_PRE_CUE_GAP = 7      # words between a cue and an opening mark it introduces
MAX_FRAGMENT_FRAME = 8   # unquoted words allowed before a fragment that is the whole quote
MIN_UNATTRIBUTED_WORDS = 4
ADDRESSEE_FIRST = {"tell", "inform", "brief", "assure", "remind"}  # their object is the hearer
TITLE_PREV = re.compile(r"([\w-]+)[ \t\u00a0,:]*\Z")


class Comp(NamedTuple):
    """A reported-content token range ``[a, b)`` of a cue and what kind of complement it is."""

    a: int
    b: int
    clause: bool
    ctype: str  # that, to, obj, objto, or the preposition (of, about, ...)


@dataclass
class Cue:
    token: Token  # the anchor token (verb, noun or "according")
    text: str  # as it appears ("told", "pointed out", "according to")
    start: int  # char span of the cue phrase
    end: int
    speaker_tok: Token | None
    addressee_tok: Token | None
    complements: list[Comp] = field(default_factory=list)
    kind: str = "verb"  # how it was found: verb, noun, source, statement, colon, headline
    cue_kind: str = "speech"  # the attribution class (quotes.cue_kind)
    negated: bool = False
    source_span: Span | None = None  # the source phrase when no parse gives it (headlines)


def _is_word(t: Token) -> bool:
    return not (t.is_punct or t.is_space) and t.text not in ALL_MARKS


def _subject(v: Token, passive_ok: bool, cue_verbs: dict) -> Token | None:
    if v.tag_ == "VBG" and v.dep_ in ("advcl", "conj"):
        # "said the war would end, adding that ...": the participle shares the subject of
        # the reporting verb above it, not of the reported clause it hangs from
        for anc in v.ancestors:
            if anc.pos_ == "VERB" and anc.lemma_.lower() in cue_verbs:
                subj = _subject(anc, passive_ok, cue_verbs)
                if subj is not None:
                    return subj
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN"):
        return _participle_owner(v.head, cue_verbs)
    for _ in range(5):
        subjects = [c for c in v.children if (c.dep_ in ("nsubj", "csubj") or (passive_ok and c.dep_ == "nsubjpass")) and _is_word(c)]
        if len(subjects) > 1:
            # '"The country," said the president, "is tired"': the quoted words are no speaker
            subjects = [c for c in subjects if not _quoted(c)] or subjects
        if subjects:
            before = [c for c in subjects if c.i < v.i]
            return before[-1] if before else subjects[0]
        for c in v.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if any(c.dep_ == "nsubjpass" for c in v.children):
            return None  # "residents were told": the hearer is the subject, the speaker unknown
        if _coordinated_report(v) and v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() in cue_verbs:
            v = v.head.head  # "X said A and denied B": X denies
            continue
        if v.dep_ in SUBJECT_CLIMB_DEPS and v.head is not v and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            continue
        return None
    return None


def _quoted(t: Token) -> bool:
    return doc_facts(t.doc).in_quote[t.i] >= 0


def _relative_antecedent(s: Token) -> Token:
    if s.lower_ in RELATIVE_PRONOUNS and s.head.dep_ == "relcl":
        ante = s.head.head
        # "staff in Goma, who said": a place does not speak; the relative clause belongs
        # to the noun the place modifies
        if ante.ent_type_ in ("GPE", "LOC", "FAC") and ante.dep_ == "pobj" and ante.head.head.pos_ in ("NOUN", "PROPN"):
            ante = ante.head.head
        return ante
    return s


def speaker_span(doc: Doc, s: Token) -> Span:
    """The speaker phrase: the subject with its modifiers, without appositions or relative clauses."""
    s = _relative_antecedent(s)
    left, right = s.left_edge.i, s.i
    for c in s.rights:
        if c.dep_ in SPEAKER_RIGHT_DEPS or (c.dep_ == "appos" and c.left_edge.i == right + 1):
            right = max(right, _phrase_end(c))
        else:
            break
    # the parser sometimes splits a name ("Ursula" as object, "von der Leyen" as subject)
    # or a title from its name (two subjects: "Sudan's army chief" + "Abdel Fattah al-Burhan")
    if s.pos_ == "PROPN":
        while left > 0 and doc[left - 1].pos_ == "PROPN" and not doc[left - 1].whitespace_ == "":
            left -= 1
        for sib in s.head.children:
            if sib.dep_ == "nsubj" and sib is not s and sib.right_edge.i == left - 1:
                left = sib.left_edge.i
    while right > left and not _is_word(doc[right]):
        right -= 1
    while left < right and not _is_word(doc[left]):
        left += 1
    return doc[left:right + 1]


def _phrase_end(t: Token) -> int:
    """Right edge of a modifier phrase, stopping at relative clauses and appositions
    ("staff in Goma, who said ...")."""
    right = t.i
    for c in t.rights:
        if c.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj", "advcl"):
            break
        right = max(right, _phrase_end(c))
    return right


def _addressee(v: Token, takes_addressee: bool, comp_heads: set[int]) -> Token | None:
    for c in v.children:
        if c.i in comp_heads:
            continue
        if c.dep_ == "dative" or (takes_addressee and c.dep_ == "dobj"):
            if c.dep_ == "dative" and c.pos_ == "ADP":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
                continue
            return c
        if c.dep_ == "prep" and c.lower_ == "to" and v.lemma_ != "accord":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
        if c.dep_ == "prep" and c.lower_ == "in":  # "in an interview with Sky News"
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_ in ("interview", "conversation", "call"):
                    for w in g.children:
                        if w.dep_ == "prep" and w.lower_ == "with":
                            for x in w.children:
                                if x.dep_ == "pobj":
                                    return x
    return None


def _complements(v: Token, comps: frozenset, sent: Span) -> list[Comp]:
    """Token ranges of the reported content attached to cue ``v`` (within its sentence),
    for the complement types the lexicon allows it."""
    out = []
    clausal = "that" in comps or "whether" in comps
    infinitive = "to" in comps or "objto" in comps
    if "obj" in comps and any(c.dep_ == "dobj" and c.i > v.i for c in v.children):
        # a stance verb with a noun-phrase object: the object is the content, whatever
        # the parser hangs after it ("welcomed the deal, and rights groups condemned ...")
        clausal = infinitive = False
    for c in v.children:
        dep = c.dep_
        rng = None
        if clausal and ((dep == "ccomp" and _finite(c)) or (dep in ("advcl", "dep", "parataxis") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))):
            rng = (c.left_edge.i, _coordinated_cue_cut(c), True, "that")
        elif clausal and dep == "dobj" and v.lemma_.lower() not in ADDRESSEE_FIRST and _misparsed_clause(c):
            rng = (c.left_edge.i, c.right_edge.i + 1, True, "that")
        elif dep in ("xcomp", "ccomp") and infinitive and c.pos_ in ("VERB", "AUX"):
            rng = _infinitive_content(v, c, comps)
        elif dep == "prep" and c.lower_ in comps:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                # "warned of a famine in Darfur within weeks": modifiers after the object belong to it
                rng = (objs[0].left_edge.i, max(objs[-1].right_edge.i, v.right_edge.i) + 1, False, c.lower_)
        if rng:
            a, b = max(rng[0], sent.start), min(rng[1], sent.end)
            if b > a:
                out.append(Comp(a, b, rng[2], rng[3]))
    if not out and "obj" in comps:
        out.extend(_object_content(v, sent))
    if not out and clausal:
        out.extend(_misattached_clause(v, sent))
    if not out and clausal:
        out.extend(_parenthetical_host(v, sent))
    out.sort()
    return out


def _parenthetical_host(v: Token, sent: Span) -> list[Comp]:
    """ "The strike, the ministry said, had been declared illegal": a cue set off by commas
    inside the clause it reports; the content is that clause."""
    doc = v.doc
    if v.dep_ != "parataxis" or v.head.pos_ not in ("VERB", "AUX") or v.i == 0 or not any(
            doc[k].text == "," for k in range(max(v.left_edge.i - 1, 0), v.left_edge.i + 1)):
        return []
    h = v.head
    a, b = max(h.left_edge.i, sent.start), min(h.right_edge.i + 1, sent.end)
    return [Comp(a, b, True, "that")] if b > a else []


def _infinitive_content(v: Token, c: Token, comps: frozenset) -> tuple | None:
    """ "plans to delay the vote" (to), "urged the council to delay it" (objto: the
    object and its infinitive, parsed as dobj + xcomp or as one ccomp)."""
    if c.dep_ == "ccomp" and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
        return None
    obj = next((g for g in v.children if g.dep_ == "dobj" and g.i < c.i), None)
    if "objto" in comps and (obj is not None or c.dep_ == "ccomp"):
        a = obj.left_edge.i if obj is not None else c.left_edge.i
        return (a, c.right_edge.i + 1, True, "objto")
    if "to" in comps and c.dep_ == "xcomp":
        return (c.left_edge.i, c.right_edge.i + 1, True, "to")
    return None


def _object_content(v: Token, sent: Span) -> list[Comp]:
    """Stance content: the noun-phrase object with its predicate ("praised the governor
    as a steady hand", "called the deal 'a surrender'", "blamed the council for the
    delays"); a passive "was seen as a concession" gives the "as" phrase. Time and
    place adverbials after it are not content."""
    preps = cue_lexicon().predicate_preps
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    parts = [obj] if obj is not None else []
    for c in v.children:
        if c.i <= v.i or (obj is not None and c.i < obj.i):
            continue
        if c.dep_ in ("oprd", "xcomp", "acomp") and obj is not None:
            parts.append(c)
        elif c.dep_ == "npadvmod" and obj is not None and not _temporal(c):
            parts.append(c)  # 'calling it "a good day for farmers"' 
        elif c.dep_ == "ccomp" and obj is not None and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            parts.append(c)  # "called the deal a surrender" parsed as a small clause
        elif c.dep_ == "prep" and (c.lower_ in preps or obj is not None) and not _temporal(c) and not _setting(c):
            parts.append(c)  # "blamed flooding at its two largest pits": the object's own phrase
    if not parts:
        return []
    if obj is None:  # "was seen as a concession": the predicate alone
        parts = [p for p in parts if p.lower_ == "as"][:1]
        if not parts:
            return []
        a = next((g.left_edge.i for g in parts[0].children if g.dep_ == "pobj"), None)
        if a is None:
            return []
    else:
        a = obj.left_edge.i
    b = max(p.right_edge.i for p in parts) + 1
    doc = v.doc
    while b > a + 1 and (doc[b - 1].dep_ in ("cc", "punct") and doc[b - 1].text not in ALL_MARKS):
        b -= 1  # "the deal with Ethiopia, and ...": not the coordination
    a, b = max(a, sent.start), min(b, sent.end)
    return [Comp(a, b, False, "obj")] if b > a else []


def _setting(prep: Token) -> bool:
    """ "in a statement", "during an interview": where the cue was said, not what."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in cue_lexicon().setting_nouns for g in prep.children)


def _temporal(prep: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _misattached_clause(v: Token, sent: Span) -> list[Comp]:
    """"conceded in an interview on Sunday that ...", "insisted during the hearing that
    ...": the parser hangs the that-clause on a noun of the intervening phrase; a clause
    introduced by "that" inside the cue's own prepositional phrase is its content."""
    for c in v.children:
        if c.i < v.i or not (c.dep_ in ("prep", "npadvmod", "advmod") or (c.dep_ == "advcl" and c.tag_ == "VBG")):
            continue
        for t in c.subtree:
            if c.dep_ == "advcl" and t.dep_ == "mark" and t.lower_ == "that" and t.head.head.i == c.i and t.head.dep_ == "ccomp":
                # "argued, citing three earlier rulings, that the law applied": the clause
                # the parser gave the participle
                h = t.head
                return [Comp(max(t.i, sent.start), min(h.right_edge.i + 1, sent.end), True, "that")]
            if t.dep_ == "mark" and t.lower_ == "that" and t.head.dep_ in ("acl", "relcl", "ccomp", "advcl") \
                    and t.head.pos_ in ("VERB", "AUX") and t.head.head.pos_ in ("NOUN", "PROPN"):
                h = t.head
                a, b = max(t.i, sent.start), min(h.right_edge.i + 1, sent.end)
                if b > a:
                    return [Comp(a, b, True, "that")]
    return []


def _continued_after_cue(doc: Doc, cue: Cue, b: int, in_quote: list[int], sent: Span) -> int:
    """'A meeting would be possible, Peskov told reporters, "only at the final stage" of
    talks': reported content interrupted by a parenthetical attribution and resumed by a
    quotation right after it is one mixed quote to the end of the sentence (its text then
    includes the attribution, since a quote is one contiguous span). Returns the new end."""
    own = set()
    for t in (cue.speaker_tok, cue.addressee_tok):
        if t is not None:
            own.update(range(t.left_edge.i, t.right_edge.i + 1))
    j = b
    while j < sent.end and (not _is_word(doc[j]) or j in own or cue.start <= doc[j].idx < cue.end) and in_quote[j] < 0:
        j += 1
    if j < sent.end and in_quote[j] >= 0 and j > cue.token.i:
        return sent.end
    return b


def _coordinated_report(k: Token) -> bool:
    """A conjunct with no subject of its own that is itself a reporting verb with a clausal
    complement ("said X struck targets and denied that Y", "said X was needed and urged
    Z to act"): the parser hangs it under the reported clause, but it coordinates with
    the reporting verb (the speaker denies, not the reported subject)."""
    return (k.dep_ == "conj" and k.pos_ == "VERB" and k.lemma_.lower() in cue_lexicon().verbs
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in k.children)
            and any(g.dep_ in ("ccomp", "xcomp") for g in k.children))


def _coordinated_cue_cut(c: Token) -> int:
    """End of clause ``c``'s content: its right edge, or before a coordinated reporting verb."""
    end = c.right_edge.i + 1
    for k in c.children:
        if k.i > c.i and _coordinated_report(k):
            j = k.left_edge.i
            doc = c.doc
            while j > c.i + 1 and (doc[j - 1].dep_ == "cc" or doc[j - 1].is_punct):
                j -= 1
            end = min(end, j)
    return end


def _misparsed_clause(obj: Token) -> bool:
    """'says its operations targeted insurgents' parsed as 'says [its operations targeted]
    insurgents': a verb modifying the object that has a subject of its own is the
    reported clause's verb, so the object phrase is the content."""
    return any(t.dep_ in ("amod", "compound") and t.pos_ == "VERB" and t.i < obj.i
               and any(g.dep_ in ("nsubj", "npadvmod") and g.pos_ in ("NOUN", "PROPN", "PRON") and g.i < t.i
                       and t.doc[g.i + 1].text != "-"  # "state-run", "Iranian-made"
                       for g in t.children) for t in obj.lefts)


def _finite(v: Token) -> bool:
    """A clause that can carry reported content: finite, or with an auxiliary/subject of its own
    (rejects the misparse "warned residents with leaflets dropped over the city")."""
    if v.tag_ not in ("VBN", "VBG"):
        return True
    return any(c.dep_ in ("aux", "auxpass", "mark") for c in v.children)


def _lead_trim(doc: Doc, a: int, b: int, in_quote: list[int]) -> int:
    """Skip what precedes the reported content: "that", a colon, "to", and an attachment
    slip of the date ("said on Tuesday it would ...")."""
    while a < b and in_quote[a] < 0:
        t = doc[a]
        nxt = doc[a + 1] if a + 1 < b else None
        that_det = t.lower_ == "that" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM")
        if not _is_word(t) or (t.dep_ == "mark" and t.lower_ in ("that", "whether", "if")) or that_det or (t.dep_ == "aux" and t.lower_ == "to"):
            a += 1
            continue
        if t.dep_ in ("prep", "npadvmod") and t.head.i >= a and t.right_edge.i + 1 < b:
            sub = doc[t.i:t.right_edge.i + 1]
            if any(x.ent_type_ in ("DATE", "TIME") for x in sub) and all(x.ent_type_ in ("DATE", "TIME") or x.pos_ in ("ADP", "DET", "PUNCT") for x in sub):
                a = t.right_edge.i + 1
                continue
        if t.ent_type_ in ("DATE", "TIME") and t.dep_ == "npadvmod":
            a = t.right_edge.i + 1
            continue
        break
    return a


def _match_multiword(i: int, lex: CueLexicon, lemmas_of: list[str], lowers: list[str]) -> tuple | None:
    cands = lex.multiword.get(lemmas_of[i]) or lex.multiword.get(lowers[i])
    if not cands:
        return None
    for lemmas, addr, comps in cands:
        n = len(lemmas)
        if i + n <= len(lowers) and all(lemmas_of[i + j] == w or lowers[i + j] == w for j, w in enumerate(lemmas)):
            return lemmas, addr, comps, n
    return None


def _participle_owner(noun: Token, cue_verbs: dict) -> Token | None:
    """ "with aides saying ...": the participle's speaker is the noun it modifies;
    "released a statement saying ...": a statement that is the object of a verb belongs
    to that verb's subject."""
    if noun.lemma_.lower() in cue_lexicon().statement_nouns and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        subj = _subject(noun.head, False, cue_verbs)
        if subj is not None:
            return subj
    return noun


def find_cues(doc: Doc, facts: DocFacts, lex: CueLexicon) -> list[Cue]:
    """Every cue outside quotation marks, in text order: multiword phrases first, then
    verbs (speech and the other classes), evidence verbs, statement acts and noun cues."""
    in_quote, sent_of, sents = facts.in_quote, facts.sent_of, facts.sents
    lemmas_of, lowers, pos = facts.lemmas, facts.lowers, facts.pos
    settings = {sent_of[i] for i, lem in enumerate(lemmas_of) if lem in lex.setting_nouns}
    cues: list[Cue] = []
    skip_until = -1
    for i, p in enumerate(pos):
        if i < skip_until or in_quote[i] >= 0 or p in ("PUNCT", "SPACE") or sent_of[i] < 0:
            continue
        lemma = lemmas_of[i]
        if not (lemma in lex.multiword or lowers[i] in lex.multiword or lemma in lex.verbs or lemma in lex.nouns
                or lemma in lex.evidence_verbs or lemma in lex.statement_verbs or (p == "VERB" and sent_of[i] in settings)):
            continue  # most tokens: decided from the arrays, without a Token object
        t = doc[i]
        sent = sents[sent_of[i]]
        mw = _match_multiword(i, lex, lemmas_of, lowers)
        if mw is not None:
            lemmas, addr, comps, n = mw
            if "idiom" in comps:
                skip_until = i + n  # "all told", "needless to say": no one is reported
                continue
            cue = _multiword_cue(doc, doc[i:i + n], addr, comps, sent, lex)
            if cue is not None:
                cues.append(cue)
                skip_until = i + n
                continue
        cue = _word_cue(doc, t, lemma, sent, lex)
        if cue is not None:
            cues.append(cue)
    return cues


def _multiword_cue(doc: Doc, phrase: Span, addr: bool, comps: frozenset, sent: Span, lex: CueLexicon) -> Cue | None:
    if "source" in comps:
        cue = _source_cue(doc, phrase, sent, lex)
        if cue is not None:
            cue.cue_kind = lex.cue_kind("multi", " ".join(t.lemma_.lower() for t in phrase))
            cue.cue_kind = "according_to" if cue.cue_kind == "speech" else cue.cue_kind
        return cue
    cue = _verb_phrase_cue(doc, phrase, addr, comps, sent, lex.verbs)
    if cue is not None:
        key = " ".join(w for w in _multi_key(phrase, lex))
        _classify(cue, "multi", key, lex)
    return cue


def _multi_key(phrase: Span, lex: CueLexicon) -> tuple[str, ...]:
    first = phrase[0]
    for lemmas, _, _ in lex.multiword.get(first.lemma_.lower()) or lex.multiword.get(first.lower_) or ():
        if len(lemmas) == len(phrase):
            return lemmas
    return tuple(t.lemma_.lower() for t in phrase)


def _word_cue(doc: Doc, t: Token, lemma: str, sent: Span, lex: CueLexicon) -> Cue | None:
    if t.pos_ == "VERB" and lemma in lex.verbs:
        if t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in t.children):
            return None  # "Asked whether he would run, Biden said": the hearer, not a speaker
        if lemma in lex.negators and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.verbs
                                         and lex.cue_kind("verb", c.lemma_.lower()) == "speech" for c in t.children):
            return None  # "declined to say whether": the speech verb is the (negated) cue
        addr, comps = lex.verbs[lemma]
        cue = _verb_phrase_cue(doc, doc[t.i:t.i + 1], addr, comps, sent, lex.verbs)
        if cue is not None and not cue.complements and lemma in lex.evidence_verbs:
            cue = _evidence_cue(doc, t, lemma, sent, lex) or cue  # "the data indicate a sharp rise"
        if cue is not None and cue.kind != "evidence":
            _classify(cue, "verb", lemma, lex)
        return cue
    if t.pos_ == "VERB" and lemma in lex.evidence_verbs:
        return _evidence_cue(doc, t, lemma, sent, lex)
    if t.pos_ == "VERB" and lemma in lex.statement_verbs:
        return _statement_act_cue(doc, t, sent, lex)
    if t.pos_ == "NOUN" and lemma in lex.nouns:
        return _noun_cue(doc, t, lemma, sent, lex)
    if t.pos_ == "VERB":
        return _setting_cue(doc, t, sent, lex)
    return None


def _setting_cue(doc: Doc, t: Token, sent: Span, lex: CueLexicon) -> Cue | None:
    """ "In a speech on Monday, the president outlined a plan to cut taxes": a verb that is
    no cue, set in a statement act ("in a speech", "in an interview", "in a letter"),
    attributes its own complements to its subject."""
    setting = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                    and any(g.dep_ == "pobj" and g.lemma_.lower() in lex.setting_nouns for g in c.children)), None)
    if setting is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    parts = [c for c in t.children if c.i > t.i and c.i != setting.i and not c.is_punct
             and c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prep", "oprd") and not _temporal(c)]
    if not parts:
        return None
    a, b = max(parts[0].left_edge.i, sent.start), min(max(p.right_edge.i for p in parts) + 1, sent.end)
    if b <= a:
        return None
    span = doc[setting.i:setting.right_edge.i + 1]
    cue = Cue(t, span.text, span.start_char, span.end_char, _subject(t, False, lex.verbs), None,
              [Comp(a, b, True, "setting")], kind="statement", cue_kind="statement")
    cue.negated = _negated(t, lex)
    return cue


def _classify(cue: Cue, group: str, key: str, lex: CueLexicon) -> None:
    """Class and negation of a cue: by its complement type, its subject (a document or
    data set makes evidence), a governing statement act, and negation."""
    ctype = cue.complements[0].ctype if cue.complements else None
    cue.cue_kind = lex.cue_kind(group, key, ctype)
    v = cue.token
    if v.dep_ == "acl" and v.head.lemma_.lower() in lex.statement_nouns:
        cue.cue_kind = "statement"  # "released a statement saying", "in a letter warning"
    elif cue.speaker_tok is not None and _is_evidence_source(cue.speaker_tok):
        cue.cue_kind = "evidence"  # "the report said", "a poll suggests"
    cue.negated = _negated(v, lex)


def _is_evidence_source(t: Token) -> bool:
    """The source is a document, poll or data set ("the report", "data", "records")."""
    t = _relative_antecedent(t)
    nouns = evidence_nouns()
    return t.pos_ == "NOUN" and (t.lower_ in nouns or t.lemma_.lower() in nouns)


def _negated(v: Token, lex: CueLexicon) -> bool:
    """ "did not say", "never claimed", "declined to say": a negated cue."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in v.children):
        return True
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in lex.negators


def _evidence_cue(doc: Doc, t: Token, lemma: str, sent: Span, lex: CueLexicon) -> Cue | None:
    """ "the report found that", "a poll shows", "records reveal": an evidence verb is a
    cue only when its subject is a document or data set (``source_nouns.tsv``)."""
    addr, comps = lex.evidence_verbs[lemma]
    cue = _verb_phrase_cue(doc, doc[t.i:t.i + 1], addr, comps, sent, lex.verbs)
    if cue is None or cue.speaker_tok is None or not _is_evidence_source(cue.speaker_tok):
        return None
    cue.cue_kind = cue.kind = "evidence"
    cue.negated = _negated(t, lex)
    return cue


def _statement_act_cue(doc: Doc, t: Token, sent: Span, lex: CueLexicon) -> Cue | None:
    """ "expressed concern that/about ...", "issued a warning that ...": a statement act
    whose object noun carries the content."""
    noun = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.statement_nouns), None)
    if noun is None:
        return None
    comps = _noun_content(noun, sent, frozenset({"that", "about", "over", "at", "for", "on", "of", "to"}))
    if not comps:
        # "voiced concern over the plan": the preposition may hang on the verb
        comps = [Comp(g.left_edge.i, g.right_edge.i + 1, False, c.lower_) for c in t.children
                 if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("about", "over", "at", "on")
                 for g in c.children if g.dep_ == "pobj"][:1]
    if not comps:
        return None
    span = doc[t.i:noun.i + 1]
    cue = Cue(t, span.text, span.start_char, span.end_char, _subject(t, False, lex.verbs), None, comps,
              kind="statement", cue_kind="statement")
    cue.negated = _negated(t, lex)
    return cue


def _noun_content(noun: Token, sent: Span, comps: frozenset) -> list[Comp]:
    """What a cue noun reports: its that-clause ("the news that"), its to-infinitive
    ("his vow to resign") or its prepositional object ("allegations of fraud")."""
    for c in noun.children:
        rng = None
        if c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            rng = (c.left_edge.i, c.right_edge.i + 1, True, "that")
        elif c.dep_ == "acl" and "to" in comps and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            rng = (c.left_edge.i, c.right_edge.i + 1, True, "to")
        elif c.dep_ == "prep" and c.lower_ in comps:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                # "allegations of fraud in the awarding of contracts": the noun's phrases after it
                end = max([objs[-1].right_edge.i] + [g.right_edge.i for g in noun.children
                                                     if g.i > c.i and g.dep_ in ("prep", "acl") and not _temporal(g)])
                rng = (c.i, end + 1, False, c.lower_)
        if rng:
            a, b = max(rng[0], sent.start), min(rng[1], sent.end)
            if b > a:
                return [Comp(a, b, rng[2], rng[3])]
    return []


def _noun_cue(doc: Doc, t: Token, lemma: str, sent: Span, lex: CueLexicon) -> Cue | None:
    """ "her claim that the audit was rigged", "allegations of fraud", "the news that":
    the possessor (or the "by" agent) is the source; a noun with only a prepositional
    object needs a source, unless the lexicon allows it bare (``ofany``)."""
    comps = lex.noun_complements.get(lemma, frozenset({"that"}))
    content = _noun_content(t, sent, comps)
    if not content:
        return None
    src = next((c for c in t.children if c.dep_ == "poss"), None)
    if src is None:
        src = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
    if src is None and content[0].ctype != "that" and "ofany" not in comps:
        return None
    cue = Cue(t, t.text, t.idx, t.idx + len(t.text), src, None, content, kind="noun", cue_kind="noun")
    return cue


def _verb_phrase_cue(doc: Doc, phrase: Span, addr: bool, comps: frozenset, sent: Span, cue_verbs: dict) -> Cue | None:
    anchors = [t for t in phrase if t.pos_ in ("VERB", "AUX")] or [phrase[0]]
    if anchors[0].pos_ not in ("VERB", "AUX"):
        return None
    complements: list[Comp] = []
    for a in anchors:
        complements.extend(_complements(a, comps, sent))
    if not complements and len(phrase) > 1:
        # "is confident his side can win": the clause hangs on the adjective of the phrase
        for a in phrase:
            if a not in anchors:
                complements.extend(_complements(a, comps, sent))
    if len(phrase) > 1:
        # content after the phrase is clipped to start after it ("pointed out that");
        # content wholly before it stays ("X would be possible, Peskov told reporters")
        complements = [c if c.b <= phrase.start else c._replace(a=max(c.a, phrase.end))
                       for c in complements if c.b <= phrase.start or c.b > phrase.end]
    head = anchors[0]
    passive_ok = head.lemma_ == "quote"
    subj = None
    for a in anchors:
        subj = _subject(a, passive_ok, cue_verbs)
        if subj is not None:
            break
    heads = {i for c in complements for i in range(c.a, c.b)}
    address = None
    for a in anchors:
        address = _addressee(a, addr, heads)
        if address is not None and not (phrase.start <= address.i < phrase.end):
            break
        address = None
    if addr and address is None and len(phrase) > 1:
        address = phrase[-1]  # "told reporters"
    return Cue(head, phrase.text, phrase.start_char, phrase.end_char, subj, address, sorted(set(complements)))


def _source_cue(doc: Doc, phrase: Span, sent: Span, lex: CueLexicon) -> Cue | None:
    """ "according to X": X is the speaker, the rest of the sentence the content."""
    objs = [c for t in phrase for c in t.children if c.dep_ == "pobj"]
    if not objs:
        nxt = phrase.end
        if nxt < sent.end and doc[nxt].pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"):
            j = nxt
            while j + 1 < sent.end and doc[j + 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "ADP", "NUM") and doc[j + 1].dep_ != "punct":
                j += 1
            objs = [doc[j]]
        else:
            return None
    src = objs[0]
    if src.lemma_.lower() in lex.source_blockers:
        return None
    p_start, p_end = phrase.start, max(phrase.end, src.right_edge.i + 1)
    # content: the sentence without the "according to X" phrase and its commas
    before = (sent.start, p_start)
    after = (p_end, sent.end)
    wb = sum(1 for t in doc[before[0]:before[1]] if _is_word(t))
    wa = sum(1 for t in doc[after[0]:after[1]] if _is_word(t))
    if wb and wa:
        rng = (sent.start, sent.end)
    elif wb:
        rng = before
    elif wa:
        rng = after
    else:
        return None
    return Cue(phrase[0], phrase.text, phrase.start_char, phrase.end_char, src, None, [Comp(*rng, True, "source")], kind="source", cue_kind="according_to")
