"""Long documents (issue 14.6): parsed in paragraph-aligned pieces, analyzed as one article."""
from __future__ import annotations

from pathlib import Path

import pytest

import eventwire.analyze as engine
from eventwire.readers import ArticleInput

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "gaza-hamas-naim.txt"


@pytest.mark.parametrize("text, size", [
    ("One.\n\nTwo two.\n\n\nThree three three.\n\n", 8),
    ("no paragraph breaks here at all, only one long line of words", 10),
    ("A sentence. Another sentence? A third one! And the rest", 20),
    ("x" * 95, 10),
])
def test_pieces_join_back_to_the_text_and_respect_the_size(text, size):
    pieces = engine.paragraph_pieces(text, size)
    assert "".join(pieces) == text
    assert all(pieces) and all(len(p) <= size for p in pieces[:-1])


def test_pieces_end_after_paragraph_breaks_when_there_are_some():
    text = "First paragraph here.\n\nSecond one, longer than the first.\n\nThird."
    pieces = engine.paragraph_pieces(text, 40)
    assert pieces[0] == "First paragraph here.\n\n" and pieces[1].startswith("Second")


def test_a_long_article_parsed_in_pieces_gives_the_same_record(nlp, monkeypatch):
    text = "\n\n".join([SAMPLE.read_text(encoding="utf-8").strip()] * 3)
    art = ArticleInput(text=text, published="2025-05-20")
    whole = engine.analyze_chunk([art])[0]
    monkeypatch.setattr(engine, "LONG_TEXT", 1500)  # about two paragraphs a piece
    assert len(engine.paragraph_pieces(text, 1500)) >= 4
    pieced = engine.analyze_chunk([art])[0]
    assert pieced.article.text == text
    # speakers, entities and quotes carry across the pieces: the extractors see one Doc
    assert pieced.to_json() == whole.to_json()
