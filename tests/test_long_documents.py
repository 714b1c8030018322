"""Long documents (issue 14.6): analyzed piece by piece (eventwire.piecewise), one record
as a whole-document pass gives. Piece sizes are forced small so the tests stay fast."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import eventwire.analyze as engine
from eventwire import piecewise
from eventwire.readers import ArticleInput

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "gaza-hamas-naim.txt"
sys.path.insert(0, str(ROOT / "bench"))


def _articles(n: int) -> list[str]:
    """The first ``n`` distinct articles of the bench's varied corpus (gold corpora,
    tests/data/corpus, examples/, dev items), in a fixed order."""
    from analyze_throughput import varied_texts

    return [t.strip() for t in varied_texts()[:n]]


def _both(text: str, size: int, monkeypatch):
    """(whole-document record, piecewise record with pieces of ``size`` characters)."""
    art = ArticleInput(text=text, published="2025-05-20")
    monkeypatch.setattr(engine, "LONG_TEXT", 10 ** 9)
    whole = engine.analyze_chunk([art])[0]
    monkeypatch.setattr(engine, "LONG_TEXT", size)
    assert len(piecewise.paragraph_pieces(text, size)) >= 3
    return whole, engine.analyze_chunk([art])[0]


def _pieced(text: str, size: int, monkeypatch):
    monkeypatch.setattr(engine, "LONG_TEXT", size)
    assert len(piecewise.paragraph_pieces(text, size)) >= 3
    return engine.analyze_chunk([ArticleInput(text=text, published="2025-05-20")])[0]


# ------------------------------------------------------------------ cutting


@pytest.mark.parametrize("text, size", [
    ("One.\n\nTwo two.\n\n\nThree three three.\n\n", 8),
    ("no paragraph breaks here at all, only one long line of words", 10),
    ("A sentence. Another sentence? A third one! And the rest", 20),
    ("x" * 95, 10),
    ('"Open.\n\n"Still open," she said.\n\nNext story here.\n\n"Quote."', 30),
])
def test_pieces_join_back_to_the_text_and_respect_the_size(text, size):
    pieces = piecewise.paragraph_pieces(text, size)
    assert "".join(pieces) == text
    assert all(pieces) and all(len(p) <= size for p in pieces[:-1])


def test_pieces_end_after_paragraph_breaks_when_there_are_some():
    text = "First paragraph here.\n\nSecond one, longer than the first.\n\nThird."
    pieces = piecewise.paragraph_pieces(text, 40)
    assert pieces[0] == "First paragraph here.\n\n" and pieces[1].startswith("Second")


@pytest.mark.parametrize("opening", ['"', "\u201c", "\u00ab"])
def test_a_piece_is_not_cut_inside_a_quotation_running_over_paragraphs(opening):
    close = {"\u201c": "\u201d", "\u00ab": "\u00bb"}.get(opening, opening)
    text = (f"Officials met on Monday to discuss the plan for the harbor.\n\n{opening}We will not give up the "
            f"port, and we will rebuild it.\n\n{opening}Nobody can stop that,{close} the mayor said.\n\nOther news.")
    assert piecewise.paragraph_pieces(text, 150)[0] == "Officials met on Monday to discuss the plan for the harbor.\n\n"
    plain = text.replace(opening, "").replace(close, "")
    assert piecewise.paragraph_pieces(plain, 150)[0].endswith("rebuild it.\n\n")  # no quotation: the last break


def test_the_lead_is_the_whole_paragraphs_before_a_piece(monkeypatch):
    text = "A" * 50 + "\n\n" + "B" * 30 + "\n\n" + "C" * 20 + "\n\n" + "D" * 10
    offset = text.index("D")
    monkeypatch.setattr(piecewise, "LEAD_CHARS", 60)
    assert text[piecewise.lead_start(text, offset):offset] == "B" * 30 + "\n\n" + "C" * 20 + "\n\n"
    monkeypatch.setattr(piecewise, "LEAD_CHARS", 5)
    assert piecewise.lead_start(text, offset) == offset  # no whole paragraph fits: no lead


# ------------------------------------------------------------------ same record


def test_many_articles_piecewise_give_the_whole_document_facts(nlp, monkeypatch):
    text = "\n\n".join(_articles(16))
    whole, pieced = _both(text, 4000, monkeypatch)
    assert pieced.article == whole.article

    def spans(items, *fields):
        return {(x.start, x.end) + tuple(getattr(x, f) for f in fields) for x in items}

    assert spans(pieced.quotes, "kind", "cue") == spans(whole.quotes, "kind", "cue")
    assert spans(pieced.events, "type", "cameo") == spans(whole.events, "type", "cameo")
    assert spans(pieced.figures, "kind", "value") == spans(whole.figures, "kind", "value")
    assert spans(pieced.dates, "value") == spans(whole.dates, "value")
    assert [(s.start, s.end) for s in pieced.sentences] == [(s.start, s.end) for s in whole.sentences]

    def speakers(rec):
        name = {e.id: e.name.lower() for e in rec.entities}
        return {(q.start, q.end): name.get(q.speaker) for q in rec.quotes}

    same = [k for k, v in speakers(whole).items() if speakers(pieced)[k] == v]
    # Known difference: a surname used before the full name in another piece (the whole
    # pass also looks ahead: "Ortiz: ..." headline, "Carmen Ortiz" below it).
    assert len(same) >= 0.95 * len(whole.quotes)
    names = {(e.kind, e.name.lower()) for e in whole.entities}
    assert len(names & {(e.kind, e.name.lower()) for e in pieced.entities}) >= 0.95 * len(names)


def test_one_piece_is_the_whole_document_record_byte_for_byte(nlp):
    """A normal-size article goes through build_record as before; analyze_long on a text
    that fits in one piece makes the very same record (no lead, no prior entities)."""
    text = SAMPLE.read_text(encoding="utf-8")
    art = ArticleInput(text=text, published="2025-05-20")
    whole = engine.analyze_chunk([art])[0]
    assert len(text) <= engine.LONG_TEXT
    assert piecewise.analyze_long(nlp, art, engine.DEFAULT, len(text)).to_json() == whole.to_json()


# ------------------------------------------------------------------ state across pieces

FILLER = 5  # articles between the introduction and the later mention: two pieces or more
PIECE = 1500


def _filler() -> str:
    return "\n\n".join(a for a in _articles(40)[20:20 + FILLER])


@pytest.mark.parametrize("intro, later, full, surname", [
    ("Basem Naim, a senior political leader in Hamas, said on Sunday that the group was ready to talk.",
     '"We are not going to give up our weapons," Naim said.', "Basem Naim", "Naim"),
    ("the city's new harbor master, Teresa Okafor, said the port would reopen next week",
     "Okafor told the council that the dredging had ended and that boats could return.",
     "Teresa Okafor", "Okafor"),
    ("PARIS (Reuters) - French Foreign Minister Jean-Luc Marchetti met his German counterpart "
     "on Tuesday, after weeks of talks that had stalled over the budget, the subsidies and the border checks.",
     "Asked about the talks, Marchetti said they would go on.", "Jean-Luc Marchetti", "Marchetti"),
])
def test_a_speaker_named_in_piece_one_is_the_surname_quoted_in_piece_three(nlp, monkeypatch, intro, later, full,
                                                                           surname):
    text = f"{intro}\n\n{_filler()}\n\n{later}"
    rec = _pieced(text, PIECE, monkeypatch)
    person = [e for e in rec.entities if e.name == full]
    assert len(person) == 1 and not [e for e in rec.entities if e.name == surname]
    at = text.rindex(surname)
    assert any(m.start == at and m.text == surname for m in person[0].mentions)
    quote = [q for q in rec.quotes if q.start > text.index(later)]
    assert quote and all(q.speaker == person[0].id for q in quote)


@pytest.mark.parametrize("intro, later, name", [
    ("The Electoral Commission announced a recount in the capital on Friday.",
     "The commission said the recount would end on Monday.", "Electoral Commission"),
    ("officials at the Harbor Authority approved the new fees late on tuesday",
     "the authority said the fees would pay for the dredging", "Harbor Authority"),
])
def test_a_definite_description_in_a_later_piece_joins_the_organization(nlp, monkeypatch, intro, later, name):
    text = f"{intro}\n\n{_filler()}\n\n{later}"
    rec = _pieced(text, PIECE, monkeypatch)
    org = [e for e in rec.entities if e.name.lower().endswith(name.lower())]
    assert len(org) == 1
    anaphor = later.split()[1]
    assert any(m.start == text.rindex(anaphor) for m in org[0].mentions)


def test_mention_counts_are_summed_over_the_pieces_with_one_id(nlp, monkeypatch):
    texts = _articles(40)[20:20 + FILLER]
    text = "\n\n".join(["Basem Naim of Hamas spoke to reporters."] + [t + "\n\nNaim was not there." for t in texts])
    rec = _pieced(text, PIECE, monkeypatch)
    naim = [e for e in rec.entities if e.name == "Basem Naim"]
    assert len(naim) == 1 and len(naim[0].mentions) == 1 + FILLER
    assert [m.start for m in naim[0].mentions] == sorted(m.start for m in naim[0].mentions)


def test_offsets_and_ids_of_the_merged_record_point_into_the_full_text(nlp, monkeypatch):
    text = "\n\n".join(_articles(12))
    rec = _pieced(text, PIECE, monkeypatch)
    assert rec.article.text == text
    ids = {e.id for e in rec.entities}
    assert len(ids) == len(rec.entities) and [e.id for e in rec.entities] == [f"E{i + 1}" for i in range(len(ids))]
    for e in rec.entities:
        assert all(text[m.start:m.end] == m.text for m in e.mentions)
        assert e.affiliation is None or e.affiliation in ids
    qids = {q.id for q in rec.quotes}
    for q in rec.quotes:
        assert text[q.start:q.end] == q.text
        assert all(0 <= p.start < p.end <= len(text) for p in q.parts)
        assert {q.speaker, q.addressee} - {None} <= ids and (q.continues is None or q.continues in qids)
        assert rec.sentences[q.sentence].start <= q.start < rec.sentences[q.sentence].end
    vids = {v.id for v in rec.events}
    for v in rec.events:
        assert v.trigger.split()[0] in text[v.start:v.end]
        assert set(v.actor + v.recipient) <= ids and set(v.codes) <= ids
        assert v.reported_by is None or v.reported_by in qids
    for f in rec.figures:
        assert f.text is None or text[f.start:f.end] == f.text
        assert f.event is None or f.event in vids
    for d in rec.dates:
        assert text[d.start:d.end] == d.text
    for p in rec.places:
        assert all(text[m.start:m.end] == m.text for m in p.mentions)
    assert [s.index for s in rec.sentences] == list(range(len(rec.sentences)))
    json.loads(rec.to_json())  # a valid record


@pytest.mark.parametrize("intro, later, country, capital", [
    ("Russia and Ukraine resumed talks in Istanbul on Monday.",
     "Kyiv was ready for a ceasefire if Moscow agreed, the envoy said.", "Russia", "Moscow"),
    ("Turkey's foreign minister arrived in Doha late on Tuesday for talks on the truce, the third round "
     "this year, after the first two ended without a text.",
     "the plan failed because Ankara refused to sign it", "Turkey", "Ankara"),
])
def test_a_capital_used_as_an_actor_in_a_later_piece_is_the_earlier_country(nlp, monkeypatch, intro, later, country,
                                                                             capital):
    text = f"{intro}\n\n{_filler()}\n\n{later}"
    rec = _pieced(text, PIECE, monkeypatch)
    at = text.rindex(capital)
    owner = [e for e in rec.entities if any(m.start == at for m in e.mentions)]
    assert [(e.kind, e.name) for e in owner] == [("country", country)]
    assert len([e for e in rec.entities if e.name == country]) == 1
