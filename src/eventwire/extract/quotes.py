"""Quotes: direct, indirect and mixed reported speech with speaker, cue and addressee.

Method: rule-based quotation attribution over a dependency parse, after Pareti et al.,
"Automatically Detecting and Attributing Indirect Quotations" (EMNLP 2013), and the
cue/source/content triple of textacy's ``extract.triples.direct_quotations``
(itself after Krestel et al. 2008): a quotation is *content* attributed to a *source*
through a *cue* (a reporting verb, "according to", a statement noun).

1. Quotation marks are paired per paragraph at character level (curly or straight;
   a straight mark opens or closes by its neighbours). An unclosed mark runs to the end
   of its paragraph; when the next paragraph reopens the mark, the two segments form
   one multi-paragraph quotation chain (news convention: only the last paragraph closes).
2. Every reporting cue outside quotation marks (``data/reporting_cues.tsv``) is read
   off the parse: speaker = its subject (climbing ``advcl``/``conj``/``xcomp`` for
   "..., adding that"), addressee = the hearer ("told Sky News", "said to"), content =
   its clausal complement. A complement entirely inside quotation marks makes the cue
   the attribution of a *direct* quote; one with no marks is an *indirect* quote; one
   mixing both is a *mixed* quote.
3. Quoted segments not used by step 2 are attributed by position: a cue right after the
   closing mark (""...," Naim said." / "said Naim"), or right before the opening mark
   ("He said: "..."", the second half of ""A," he said, "B.""), or in the previous
   sentence ending with a colon. A whole-sentence quote with no cue continues the speaker
   of the immediately preceding quote in the same or the previous paragraph, else has no
   speaker. A mid-sentence quoted phrase with no cue (scare quotes, titles, nicknames) is
   not a quote.

Decisions: a quote split around its attribution is *two* quotes with the same speaker and
cue, and a multi-paragraph quote is one quote per paragraph (``text`` must equal
``article[start:end]``, which a span across the attribution or a paragraph break would
break). A mixed quote's text is the quoted fragment when the reported clause is only the
fragment plus its subject ("Trump "can do it ...""), else the whole reported clause.
Speakers and addressees are resolved only through the :class:`EntityTable`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.extract.cues import CUES_FILE, CueLexicon, cue_lexicon  # noqa: F401 (re-exported)
from eventwire.extract.docfacts import (  # noqa: F401 (find_segments, paragraph_bounds re-exported)
    ALL_MARKS, DocFacts, Segment, _strip, doc_facts, find_segments, paragraph_bounds,
)
from eventwire.record import Quote

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


# ---------------------------------------------------------------- cues


@dataclass
class Cue:
    token: Token  # the anchor token (verb, noun or "according")
    text: str  # as it appears ("told", "pointed out", "according to")
    start: int  # char span of the cue phrase
    end: int
    speaker_tok: Token | None
    addressee_tok: Token | None
    complements: list[tuple[int, int, bool]] = field(default_factory=list)  # [a, b), is_clause
    kind: str = "verb"


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
    for _ in range(5):
        subjects = [c for c in v.children if (c.dep_ in ("nsubj", "csubj") or (passive_ok and c.dep_ == "nsubjpass")) and _is_word(c)]
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


def _complements(v: Token, comps: frozenset, sent: Span) -> list[tuple[int, int, bool]]:
    """Token ranges ``(start, end, is_clause)`` of the reported content attached to cue
    ``v`` (within its sentence), for the complement types the lexicon allows it."""
    out = []
    clausal = "that" in comps or "whether" in comps
    for c in v.children:
        dep = c.dep_
        rng = None
        if clausal and ((dep == "ccomp" and _finite(c)) or (dep in ("advcl", "dep", "parataxis") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))):
            rng = (c.left_edge.i, _coordinated_cue_cut(c), True)
        elif clausal and dep == "dobj" and v.lemma_.lower() not in ADDRESSEE_FIRST and _misparsed_clause(c):
            rng = (c.left_edge.i, c.right_edge.i + 1, True)
        elif dep == "xcomp" and "to" in comps and c.pos_ == "VERB":
            rng = (c.left_edge.i, c.right_edge.i + 1, True)
        elif dep == "prep" and c.lower_ in comps:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                # "warned of a famine in Darfur within weeks": modifiers after the object belong to it
                rng = (objs[0].left_edge.i, max(objs[-1].right_edge.i, v.right_edge.i) + 1, False)
        if rng:
            a, b = max(rng[0], sent.start), min(rng[1], sent.end)
            if b > a:
                out.append((a, b, rng[2]))
    out.sort()
    return out


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


def find_cues(doc: Doc, in_quote: list[int], sent_of: list[int], sents: list[Span], lex: CueLexicon) -> list[Cue]:
    lemmas_of = [t.lemma_.lower() for t in doc]
    lowers = [t.lower_ for t in doc]
    cues: list[Cue] = []
    skip_until = -1
    for t in doc:
        i = t.i
        if i < skip_until or in_quote[i] >= 0 or t.is_punct or t.is_space:
            continue
        sent = sents[sent_of[i]] if sent_of[i] >= 0 else None
        if sent is None:
            continue
        mw = _match_multiword(i, lex, lemmas_of, lowers)
        if mw is not None:
            lemmas, addr, comps, n = mw
            phrase = doc[i:i + n]
            if "idiom" in comps:
                skip_until = i + n  # "all told", "needless to say": no one is reported
                continue
            if "source" in comps:
                cue = _source_cue(doc, phrase, sent, lex)
            else:
                cue = _verb_phrase_cue(doc, phrase, addr, comps, sent, lex.verbs)
            if cue is not None:
                cues.append(cue)
                skip_until = i + n
                continue
        lemma = lemmas_of[i]
        if t.pos_ == "VERB" and lemma in lex.verbs:
            if any(c.dep_ == "neg" for c in t.children):
                continue  # "did not say that ..." reports nothing
            if t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in t.children):
                continue  # "Asked whether he would run, Biden said": the hearer, not a speaker
            addr, comps = lex.verbs[lemma]
            cue = _verb_phrase_cue(doc, doc[i:i + 1], addr, comps, sent, lex.verbs)
            if cue is not None:
                cues.append(cue)
        elif t.pos_ == "NOUN" and lemma in lex.nouns:
            poss = [c for c in t.children if c.dep_ == "poss"]
            clause = [c for c in t.children if c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
            if poss and clause:
                c = clause[0]
                rng = (max(c.left_edge.i, sent.start), min(c.right_edge.i + 1, sent.end))
                cues.append(Cue(t, t.text, t.idx, t.idx + len(t.text), poss[0], None, [(*rng, True)], kind="noun"))
    return cues


def _verb_phrase_cue(doc: Doc, phrase: Span, addr: bool, comps: frozenset, sent: Span, cue_verbs: dict) -> Cue | None:
    anchors = [t for t in phrase if t.pos_ in ("VERB", "AUX")] or [phrase[0]]
    if anchors[0].pos_ not in ("VERB", "AUX"):
        return None
    complements: list[tuple[int, int, bool]] = []
    for a in anchors:
        complements.extend(_complements(a, comps, sent))
    if len(phrase) > 1:
        # content after the phrase is clipped to start after it ("pointed out that");
        # content wholly before it stays ("X would be possible, Peskov told reporters")
        complements = [(a, b, c) if b <= phrase.start else (max(a, phrase.end), b, c)
                       for a, b, c in complements if b <= phrase.start or b > phrase.end]
    head = anchors[0]
    passive_ok = head.lemma_ == "quote"
    subj = None
    for a in anchors:
        subj = _subject(a, passive_ok, cue_verbs)
        if subj is not None:
            break
    heads = {c for a, b, _ in complements for c in range(a, b)}
    address = None
    for a in anchors:
        address = _addressee(a, addr, heads)
        if address is not None and not (phrase.start <= address.i < phrase.end):
            break
        address = None
    if addr and address is None and len(phrase) > 1:
        address = phrase[-1]  # "told reporters"
    text = phrase.text
    return Cue(head, text, phrase.start_char, phrase.end_char, subj, address, sorted(set(complements)))


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
    return Cue(phrase[0], phrase.text, phrase.start_char, phrase.end_char, src, None, [(*rng, True)], kind="source")


# ---------------------------------------------------------------- assembly


@dataclass
class _Draft:
    kind: str
    start: int
    end: int
    cue: Cue | None
    speaker: str | None = None
    speaker_text: str | None = None
    addressee: str | None = None
    cue_text: str | None = None
    segment: int | None = None
    para: int = 0


def _resolve(doc: Doc, table, cue: Cue | None) -> tuple[str | None, str | None, str | None]:
    if cue is None:
        return None, None, None
    speaker = speaker_text = addressee = None
    if cue.speaker_tok is not None:
        if cue.kind == "source":
            s = cue.speaker_tok
            span = doc[s.left_edge.i:s.right_edge.i + 1]
            while len(span) > 1 and not _is_word(span[-1]):
                span = span[:-1]
        else:
            span = speaker_span(doc, cue.speaker_tok)
        if len(span):
            speaker_text = span.text
            speaker = _speaker_entity(doc, table, span, _relative_antecedent(cue.speaker_tok))
    if cue.addressee_tok is not None:
        a = cue.addressee_tok
        addressee = table.entity_in(doc[a.left_edge.i:a.right_edge.i + 1])
    return speaker, speaker_text, addressee


def _speaker_entity(doc: Doc, table, span: Span, head: Token) -> str | None:
    """The entity the speaker phrase names: its head, else its apposition ("the minister,
    Mauro Vieira"), else any mention inside it ("Hamas's spokesman")."""
    eid = table.entity_at(head.i)
    if eid:
        return eid
    for c in head.children:
        if c.dep_ in ("appos", "compound") and c.i > head.i:
            eid = table.entity_in(doc[c.left_edge.i:c.right_edge.i + 1])
            if eid:
                return eid
    eid = table.entity_in(span)
    if eid is None:
        return None
    # "a federal judge in Boston", "the ministry in Copenhagen": a body located in a
    # place is not the place
    for t in span:
        if table.entity_at(t.i) == eid:
            if t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ in ("pobj", "compound") and any(
                    a.dep_ == "prep" and a.lower_ in LOCATIVE_PREPS and a.i >= span.start for a in t.ancestors):
                return None
            break
    return eid


def _token_range_chars(doc: Doc, a: int, b: int) -> tuple[int, int]:
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)


def extract_quotes(doc: Doc, table, facts: DocFacts | None = None) -> list[Quote]:
    """Direct, indirect and mixed quotes of one article, in text order (see module doc)."""
    text = doc.text
    if not text.strip() or len(doc) == 0:
        return []
    lex = cue_lexicon()
    facts = facts or doc_facts(doc)
    sents, sent_of, sent_starts = facts.sents, facts.sent_of, facts.sent_starts
    segs = facts.segments
    para_starts = [a for a, _ in facts.paragraphs]
    in_quote = facts.in_quote
    cues = find_cues(doc, in_quote, sent_of, sents, lex)
    used: set[int] = set()  # segments consumed by a mixed or indirect quote

    drafts: list[_Draft] = []
    seg_cue: dict[int, Cue] = {}  # direct attributions found through the parse
    claimed = bytearray(len(doc))  # tokens already reported (the outermost cue wins)
    cue_tokens = {c.token.i for c in cues}

    def seg_ids(a: int, b: int) -> list[int]:
        return sorted({in_quote[i] for i in range(a, b) if in_quote[i] >= 0})

    for cue in cues:
        if claimed[cue.token.i]:
            continue
        for a, b, is_clause in cue.complements:
            if a < cue.token.i < b:
                a = cue.token.i + 1  # "which critics say is unconstitutional": content follows the cue
            b = _cut_at_nested_cue(doc, a, b, cue_tokens, lex.speech_acts)
            if b <= cue.token.i and any(in_quote[i] < 0 and _is_word(doc[i]) for i in range(a, b)):
                b = _continued_after_cue(doc, cue, b, in_quote, sents[sent_of[cue.token.i]])
            a0 = a
            a = _lead_trim(doc, a, b, in_quote)
            introduced = any(doc[i].lower_ in ("that", "whether", "if") for i in range(a0, a))
            while b > a and not _is_word(doc[b - 1]) and in_quote[b - 1] < 0:
                b -= 1
            if b <= a:
                continue
            words = [i for i in range(a, b) if _is_word(doc[i])]
            inside = [i for i in words if in_quote[i] >= 0]
            outside = [i for i in words if in_quote[i] < 0]
            ids = seg_ids(a, b)
            if inside and not outside:
                if introduced and len(ids) == 1 and cue.speaker_tok is not None:
                    # 'adding that "any meeting must include Europe"': reported syntax, quoted words
                    k = ids[0]
                    used.add(k)
                    claimed[a:b] = b"\x01" * (b - a)
                    s, e = _strip(text, segs[k].start, segs[k].end, TRAIL_FRAGMENT)
                    if e > s:
                        drafts.append(_Draft("mixed", s, e, cue, segment=k))
                    continue
                for k in ids:
                    seg_cue.setdefault(k, cue)
                continue
            if not outside:
                continue
            if cue.kind == "verb" and cue.speaker_tok is None:
                continue
            if not inside and is_clause and cue.kind == "verb" and len(outside) < 3 and not any(doc[i].pos_ in ("VERB", "AUX") for i in outside):
                continue  # "said so", a misparsed fragment: no reported proposition
            claimed[a:b] = b"\x01" * (b - a)
            if not inside:
                s, e = _token_range_chars(doc, a, b)
                s, e = _strip(text, s, e, TRAIL_FRAGMENT)
                drafts.append(_Draft("indirect", s, e, cue))
                continue
            real = [k for k in ids if not _is_title(text, doc, segs[k], lex) and not (
                _looks_like_name(text[segs[k].start:segs[k].end]) and not _after_verb(doc, segs[k]))]
            for k in ids:
                used.add(k)
            if not real:
                s, e = _token_range_chars(doc, a, b)
                s, e = _clause_with_marks(text, segs, ids, s, e)
                drafts.append(_Draft("indirect", s, e, cue))
                continue
            frag = _fragment_only(doc, a, b, in_quote, segs, real, lex, cue)
            if frag is not None:
                s, e = _strip(text, segs[frag].start, segs[frag].end, TRAIL_FRAGMENT)
                if e > s:
                    drafts.append(_Draft("mixed", s, e, cue, segment=frag))
                continue
            s, e = _token_range_chars(doc, a, b)
            s, e = _clause_with_marks(text, segs, ids, s, e)
            drafts.append(_Draft("mixed", s, e, cue))

    # direct quotes
    cue_by_tok = {c.token.i: c for c in cues}
    for k, seg in enumerate(segs):
        if k in used:
            continue
        d = _direct(doc, text, k, segs, seg_cue, cues, cue_by_tok, sents, sent_starts, para_starts, in_quote, lex)
        if d is not None:
            drafts.append(d)

    drafts.sort(key=lambda d: (d.start, d.end))
    # resolve speakers, then chains and continuations inherit from the preceding quote
    by_seg: dict[int, _Draft] = {}
    for d in drafts:
        d.speaker, d.speaker_text, d.addressee = _resolve(doc, table, d.cue)
        d.cue_text = d.cue.text if d.cue else None
        if d.segment is not None:
            by_seg[d.segment] = d
        d.para = bisect.bisect_right(para_starts, d.start) - 1
    _inherit(drafts, segs, by_seg)

    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for d in drafts:
        if d.end <= d.start or (d.start, d.end) in seen:
            continue
        seen.add((d.start, d.end))
        k = bisect.bisect_right(sent_starts, d.start) - 1
        out.append(Quote(
            id=f"Q{len(out) + 1}", kind=d.kind, text=text[d.start:d.end], start=d.start, end=d.end,
            speaker=d.speaker, speaker_text=d.speaker_text, cue=d.cue_text, addressee=d.addressee,
            sentence=max(k, 0) if sents else None,
        ))
    return out


def _cut_at_nested_cue(doc: Doc, a: int, b: int, cue_tokens: set[int], speech_acts: frozenset) -> int:
    """End a complement before a participle that continues the attribution rather than
    being reported ("said the war would end, adding that talks had failed"; "denied that
    ..., calling the accusation a provocation")."""
    for i in range(a + 1, b):
        t = doc[i]
        if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and (i in cue_tokens or t.lemma_.lower() in speech_acts) and doc[t.left_edge.i - 1].is_punct and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            j = doc[i].left_edge.i
            while j > a and (not _is_word(doc[j - 1]) or doc[j - 1].dep_ == "cc"):
                j -= 1
            return j
    return b


def _clause_with_marks(text: str, segs: list[Segment], ids: list[int], s: int, e: int) -> tuple[int, int]:
    """Widen a clause to the marks of the quoted segments it cuts, then trim the final period."""
    for k in ids:
        seg = segs[k]
        if seg.open_mark < s and seg.start >= s - 2:
            s = seg.open_mark
        if seg.close_mark is not None and seg.close_mark >= e and seg.end <= e + 2:
            e = seg.close_mark + 1
    if e > s and text[e - 1] not in ALL_MARKS:
        s, e = _strip(text, s, e, TRAIL_FRAGMENT)
    return s, e


def _is_title(text: str, doc: Doc, seg: Segment, lex: CueLexicon) -> bool:
    """A quoted phrase naming a work, term or nickname ('the film "Oppenheimer"', 'so-called "...").'"""
    m = TITLE_PREV.search(text, max(0, seg.open_mark - 40), seg.open_mark)
    if not m:
        return False
    word = m.group(1).lower()
    return word in lex.title_cues or word.rstrip("s") in lex.title_cues


def _after_verb(doc: Doc, seg: Segment) -> bool:
    """The quoted phrase is the object of a verb ('shouted "Allahu Akbar"'): uttered words."""
    tok = doc.char_span(seg.open_mark, seg.open_mark + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return False
    prev = doc[tok.start - 1]
    return prev.pos_ == "VERB"


NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
SMALL_WORDS = frozenset("a an the of and or in on at to for with by from de la".split())


def _looks_like_name(body: str) -> bool:
    """A short phrase in title case ("Humanitarian Response Plan", "Crisis Deepens"):
    a name, title or headline rather than speech."""
    words = NAME_WORD.findall(body)
    if not words or len(words) > 8:
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content) and not body.rstrip().endswith((",", "?", "!"))


def _fragment_only(doc: Doc, a: int, b: int, in_quote: list[int], segs, real: list[int], lex: CueLexicon, cue: Cue) -> int | None:
    """The quoted segment that is the whole substance of a reported clause, if any."""
    if len(real) != 1:
        return None
    k = real[0]
    seg = segs[k]
    inside = [i for i in range(a, b) if in_quote[i] == k]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    after = [i for i in range(last + 1, b) if _is_word(doc[i]) and in_quote[i] < 0]
    if after:
        return None
    before = [i for i in range(a, first) if _is_word(doc[i]) and in_quote[i] < 0]
    if len(before) > MAX_FRAGMENT_FRAME:
        return None
    for i in before:
        t = doc[i]
        if t.dep_ in ("aux", "auxpass", "neg"):
            continue  # "Germany would "keep supporting ...""
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in lex.frames:
            return None
    if seg.start >= seg.end:
        return None
    return k


def _quoted_object(doc: Doc, q0: int, q1: int, in_quote: list[int], k: int, lex: CueLexicon) -> Token | None:
    """'The ministry condemned "the excessive use of force"': a quoted phrase that is the
    whole direct object (but its article) of a verb of public evaluation
    (``object_cue`` in the lexicon) is the speaker's wording. Returns that verb. A quoted
    modifier ('welcomed the "historic" deal') or a clause around the object ('condemned
    what it called a "massacre"') is not."""
    for i in range(q0, q1 + 1):
        t = doc[i]
        if t.dep_ != "dobj" or t.head.lemma_.lower() not in lex.object_cues or in_quote[t.head.i] == k:
            continue
        if any(doc[j].pos_ != "DET" and _is_word(doc[j]) for j in range(t.left_edge.i, q0)) or any(in_quote[j] == k and _is_word(doc[j]) and not (t.left_edge.i <= j <= t.right_edge.i)
                                    for j in range(q0, q1 + 1)):
            return None
        return t.head
    return None


def _words_between(doc: Doc, a: int, b: int, in_quote: list[int]) -> list[int]:
    return [i for i in range(a, b) if _is_word(doc[i]) and in_quote[i] < 0]


def _direct(doc, text, k, segs, seg_cue, cues, cue_by_tok, sents, sent_starts, para_starts, in_quote, lex) -> _Draft | None:
    seg = segs[k]
    s, e = _strip(text, seg.start, seg.end, TRAIL_DIRECT)
    if e <= s:
        return None
    title = _is_title(text, doc, seg, lex)
    si = max(bisect.bisect_right(sent_starts, seg.open_mark) - 1, 0)
    se = max(bisect.bisect_right(sent_starts, max(seg.end - 1, seg.start)) - 1, 0)
    if not sents:
        return None
    s_first, s_last = sents[si], sents[se]
    # token positions of the quote in its sentences
    q_toks = [i for i in range(s_first.start, s_last.end) if in_quote[i] == k]
    if not q_toks:
        return None
    q0, q1 = q_toks[0], q_toks[-1]
    # the unquoted words before (from the previous segment in the sentence) and after
    prev_end = s_first.start
    for i in range(q0 - 1, s_first.start - 1, -1):
        if in_quote[i] >= 0:
            prev_end = i + 1
            break
    next_start = s_last.end
    for i in range(q1 + 1, s_last.end):
        if in_quote[i] >= 0:
            next_start = i
            break
    pre = _words_between(doc, prev_end, q0, in_quote)
    post = _words_between(doc, q1 + 1, next_start, in_quote)
    n_words = len([t for t in doc[q0:q1 + 1] if _is_word(t)])

    def make(cue, kind="direct"):
        return _Draft(kind, s, e, cue, segment=k)

    parsed = seg_cue.get(k)
    if parsed is not None and not title:
        return make(parsed)
    if title:
        return None
    # cue after the closing mark: ""...," Naim said." / "said Naim"
    if not pre or prev_end > s_first.start:
        for i in post[:MAX_POST_CUE_WORDS]:
            if i in cue_by_tok:
                return make(cue_by_tok[i])
        if not post and se + 1 < len(sents):
            # '"Stop the killing!" the crowd chanted': the parser ended the sentence at "!"
            nxt = sents[se + 1]
            first = nxt[0]
            if first.text[:1].islower() and "\n" not in text[seg.end:nxt.start_char]:
                words = [t.i for t in nxt if _is_word(t) and in_quote[t.i] < 0]
                for i in words[:MAX_POST_CUE_WORDS]:
                    if i in cue_by_tok:
                        return make(cue_by_tok[i])
    # cue before the opening mark: "He said: "..."" / ", he said, "B.""
    if not post:
        for j in range(len(pre) - 1, -1, -1):
            i = pre[j]
            if i in cue_by_tok:
                gap = pre[j + 1:]
                cue = cue_by_tok[i]
                sp = cue.speaker_tok
                ad = cue.addressee_tok
                allowed = set()
                for t in (sp, ad):
                    if t is not None:
                        allowed.update(range(t.left_edge.i, t.right_edge.i + 1))
                stray = [g for g in gap if g not in allowed and doc[g].pos_ not in ("ADV", "ADP", "NUM") and doc[g].ent_type_ not in ("DATE", "TIME")]
                if not stray:
                    return make(cue)
                if len(gap) <= MAX_PRE_CUE_GAP and cue.kind == "verb" and cue.speaker_tok is not None and n_words >= 2:
                    # a reported clause the parser did not attach: treat the fragment as mixed
                    s2, e2 = _strip(text, seg.start, seg.end, TRAIL_FRAGMENT)
                    return _Draft("mixed", s2, e2, cue, segment=k)
                break
    quoted_object = _quoted_object(doc, q0, q1, in_quote, k, lex)
    if quoted_object is not None:
        cue = _verb_phrase_cue(doc, doc[quoted_object.i:quoted_object.i + 1], False, frozenset(), s_first, lex.verbs)
        if cue is not None and cue.speaker_tok is not None:
            s2, e2 = _strip(text, seg.start, seg.end, TRAIL_FRAGMENT)
            return _Draft("mixed", s2, e2, cue, segment=k)
    whole = not pre or prev_end > s_first.start
    whole = whole and not post
    if not whole:
        return None  # a quoted phrase inside an unattributed sentence: scare quote, title, term
    # previous sentence ending with a colon carries the cue: 'The minister was blunt:'
    if si > 0 and sents[si - 1].text.rstrip().endswith(":") and bisect.bisect_right(para_starts, sents[si - 1].start_char) - 1 == seg.para:
        prev_s = sents[si - 1]
        for i in range(prev_s.end - 1, prev_s.start - 1, -1):
            if i in cue_by_tok:
                return make(cue_by_tok[i])
    # A short sentence is a quote only as the continuation of the quote just before it in
    # the paragraph (""...," Khan said. "More will follow.""), not a stray slogan.
    follows_quote = (k > 0 and segs[k - 1].para == seg.para and n_words >= 2
                     and len(text[segs[k - 1].end:seg.start].split()) <= MAX_POST_CUE_WORDS + 1
                     and any(segs[k - 1].end <= c.start and c.end <= seg.start for c in cues))
    if n_words < MIN_UNATTRIBUTED_WORDS and seg.prev_in_chain is None and not follows_quote:
        return None
    if _looks_like_name(text[s:e]) and seg.prev_in_chain is None:
        return None  # a headline or name in title case
    return make(None)


def _inherit(drafts: list[_Draft], segs: list[Segment], by_seg: dict) -> None:
    """Continuation: an unattributed quote takes the speaker of the quote right before it
    (same paragraph, or the previous paragraph: news convention for quote paragraphs),
    and every segment of a multi-paragraph quotation shares one attribution."""
    # chains first: attribution found anywhere in the chain applies to all its segments
    next_in_chain = {sg.prev_in_chain: m for m, sg in enumerate(segs) if sg.prev_in_chain is not None}
    for d in drafts:
        if d.segment is None or d.cue is not None:
            continue
        chain = [d.segment]
        k = d.segment
        while segs[k].prev_in_chain is not None:
            k = segs[k].prev_in_chain
            chain.append(k)
        j = d.segment
        while j in next_in_chain:
            j = next_in_chain[j]
            chain.append(j)
        if d.cue is None:
            for m in chain:
                src = by_seg.get(m)
                if src is not None and src.cue is not None:
                    d.speaker, d.speaker_text, d.cue_text, d.addressee = src.speaker, src.speaker_text, src.cue_text, src.addressee
                    d.cue = src.cue
                    break
    prev: _Draft | None = None
    for d in drafts:
        if d.cue is None and d.kind == "direct" and prev is not None and prev.para in (d.para, d.para - 1):
            if prev.speaker is not None or prev.speaker_text is not None:
                d.speaker, d.speaker_text, d.addressee = prev.speaker, prev.speaker_text, prev.addressee
        prev = d
