"""Attributions with no verb of their own: colon attributions and headlines (step 3b of
the package doc). Both build a :class:`Cue` so sources resolve as for any other cue."""
from __future__ import annotations

import re

from spacy.tokens import Span

from eventwire.extract import actors as actors_x
from eventwire.extract.cues import source_nouns
from eventwire.extract.docfacts import _strip
from eventwire.extract.quotes.finding import TRAIL_FRAGMENT, Cue, Comp, _is_word
from eventwire.extract.quotes.model import _Draft

MAX_COLON_SOURCE_WORDS = 10  # "Critics of the plan, in a letter to the council:"
MIN_CONTENT_WORDS = 3
HEADLINE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
TITLE_CASE_SHARE = 0.7  # share of a headline's longer words that are capitalized


def colon_attributions(run) -> None:
    """ "Critics, in a letter: '...'", "The mayor's verdict: the budget is balanced",
    "Ortiz: harbor deal will collapse": a colon after a phrase with no verb that names a
    source (an entity, a role or a source noun) attributes what follows it."""
    doc, in_quote = run.doc, run.facts.in_quote
    for sent in run.facts.sents:
        colon = next((t for t in sent if t.text == ":" and in_quote[t.i] < 0), None)
        if colon is None or colon.i == sent.start:
            continue
        pre = doc[sent.start:colon.i]
        words = [t for t in pre if _is_word(t)]
        if not words or len(words) > MAX_COLON_SOURCE_WORDS or any(
                t.pos_ in ("VERB", "AUX") and in_quote[t.i] < 0 and t.tag_ != "VBN" for t in pre):
            continue
        src = _source_token(run, pre)
        if src is None:
            continue
        _colon_draft(run, sent, colon, src)


def _source_token(run, pre: Span):
    """The source in a verbless phrase: a possessor ("the mayor's verdict"), else the first
    entity mention, role noun or source noun."""
    table = run.table
    for t in pre:
        if t.dep_ == "poss" and (table.entity_at(t.i) or _names_source(t)):
            return t
    for t in pre:
        if table.entity_at(t.i) or _names_source(t):
            return t
    return None


def _names_source(t) -> bool:
    if t.pos_ == "PROPN" and t.text[:1].isupper():
        return True  # a name NER missed ("Ortiz: harbor deal will collapse")
    low = t.lower_
    return t.pos_ in ("NOUN", "PROPN") and (low in source_nouns() or t.lemma_.lower() in source_nouns()
                                            or low in actors_x.role_nouns())


def _colon_draft(run, sent: Span, colon, src) -> None:
    doc, text, in_quote, segs = run.doc, run.text, run.facts.in_quote, run.facts.segments
    after = [t for t in doc[colon.i + 1:sent.end] if _is_word(t)]
    if len(after) < MIN_CONTENT_WORDS:
        return
    ids = sorted({in_quote[t.i] for t in after if in_quote[t.i] >= 0})
    unquoted = [t for t in after if in_quote[t.i] < 0]
    if ids and not unquoted:
        if any(k in run.used or k in run.seg_cue for k in ids):
            return
        k = ids[0]
        s, e = _strip(text, segs[k].start, segs[k].end, TRAIL_FRAGMENT)
        kind = "direct"
        run.used.update(ids)
    else:
        s, e = _strip(text, after[0].idx, after[-1].idx + len(after[-1].text), TRAIL_FRAGMENT + "\"'\u201c\u201d")
        kind = "mixed" if ids else "indirect"
        run.used.update(ids)
        k = None
    if e <= s or any(run.claimed[t.i] for t in after):
        return
    cue = Cue(colon, ":", colon.idx, colon.idx + 1, src, None, [Comp(after[0].i, after[-1].i + 1, True, "colon")],
              kind="colon", cue_kind="colon")
    run.claimed[after[0].i:after[-1].i + 1] = b"\x01" * (after[-1].i + 1 - after[0].i)
    run.drafts.append(_Draft(kind, s, e, cue, segment=k))


def headline_attribution(run) -> None:
    """A headline-style first line ("Mayor Says Budget Is Balanced"): title case, no
    final period, with a cue verb after its first word: the words before are the source,
    the words after the content. The parser reads title case badly, so the line is read
    by word shape and the cue lexicon."""
    doc, text = run.doc, run.text
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end].rstrip()
    if not line or line.endswith((".", "?", "!", ":")) or ":" in line:
        return  # a colon headline is read by colon_attributions
    words = list(HEADLINE_WORD.finditer(line))
    long_words = [m.group() for m in words if len(m.group()) > 3]
    if len(words) < 3 or not long_words or sum(w[0].isupper() for w in long_words) < TITLE_CASE_SHARE * len(long_words):
        return
    verbs = run.lex.verbs
    for n, m in enumerate(words[1:-1], start=1):
        lemma = _verb_lemma(m.group().lower(), verbs)
        prev = words[n - 1].group()
        if lemma is None and m.group().lower() in verbs and prev.endswith("s") and not prev.endswith(("'s", "\u2019s")):
            lemma = m.group().lower()  # "Doctors Warn ...": a plural subject
        if lemma is None:
            continue
        src = doc.char_span(words[0].start(), words[n - 1].end(), alignment_mode="expand")
        content = doc.char_span(words[n + 1].start(), words[-1].end(), alignment_mode="expand")
        cue_tok = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if src is None or content is None or cue_tok is None or any(run.claimed[t.i] for t in content):
            return
        # "Kremlin Denies Role In Blast": no verb in the content, so a noun-phrase object
        ctype = "that" if any(t.pos_ in ("VERB", "AUX") for t in content) else "obj"
        cue = Cue(cue_tok[0], m.group(), m.start(), m.end(), src.root, None, [Comp(content.start, content.end, True, ctype)],
                  kind="headline", cue_kind=run.lex.cue_kind("verb", lemma, ctype))
        cue.source_span = src
        run.claimed[content.start:content.end] = b"\x01" * len(content)
        run.drafts.append(_Draft("indirect", content.start_char, content.end_char, cue))
        return


def _verb_lemma(word: str, verbs: dict) -> str | None:
    """'says' -> say, 'denies' -> deny, 'vows' -> vow: third-person forms of a cue verb."""
    for cand in (word[:-3] + "y" if word.endswith("ies") else None, word[:-2] if word.endswith("es") else None,
                 word[:-1] if word.endswith("s") else None):
        if cand and cand in verbs:
            return cand
    return None


MAX_TAG_WORDS = 6  # "(port authority figures)", "- army sources -"
DASHES = ("-", "\u2013", "\u2014", "--")


def bracketed_sources(run) -> None:
    """Bare source tags: "The election will cost $40 million (electoral commission).",
    "Two soldiers were wounded - army sources - and one died.": a short verbless
    phrase in brackets or between dashes that names a source attributes the clause
    before it (class according_to)."""
    doc = run.doc
    for sent in run.facts.sents:
        tag = _source_tag(run, sent)
        if tag is None:
            continue
        a, b = tag
        words = [t for t in doc[sent.start:a] if _is_word(t)]
        if len(words) < MIN_CONTENT_WORDS or any(run.claimed[t.i] for t in words):
            continue
        src = _source_token(run, doc[a + 1:b])
        if src is None:
            continue
        phrase = doc[a:b + 1]
        cue = Cue(doc[a], phrase.text, phrase.start_char, phrase.end_char, src, None,
                  [Comp(words[0].i, words[-1].i + 1, True, "source")], kind="source", cue_kind="according_to")
        cue.source_span = doc[a + 1:b]
        s, e = _strip(run.text, words[0].idx, words[-1].idx + len(words[-1].text), TRAIL_FRAGMENT)
        run.claimed[words[0].i:words[-1].i + 1] = b"\x01" * (words[-1].i + 1 - words[0].i)
        run.drafts.append(_Draft("indirect", s, e, cue))


def _source_tag(run, sent: Span) -> tuple[int, int] | None:
    """Token indices of the opening and closing bracket (or dash) of a source tag."""
    doc, in_quote = run.doc, run.facts.in_quote
    toks = [t for t in sent if in_quote[t.i] < 0]
    for n, t in enumerate(toks):
        closer = ")" if t.text == "(" else (t.text if t.text in DASHES else None)
        if closer is None or t.i == sent.start:
            continue
        for u in toks[n + 1:n + MAX_TAG_WORDS + 2]:
            if u.text == closer:
                inner = doc[t.i + 1:u.i]
                if len(inner) and not any(x.pos_ in ("VERB", "AUX") for x in inner) and all(
                        _is_word(x) or x.text == "," for x in inner):
                    if closer == ")" and any(_is_word(x) for x in doc[u.i + 1:sent.end]):
                        break  # a bracket mid-sentence is an aside, not a tag
                    return t.i, u.i
                break
    return None
