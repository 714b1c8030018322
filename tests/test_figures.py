"""Figures: counts with kind, value, bounds, subject and perpetrator (tests/data/figures_cases.jsonl)."""
from __future__ import annotations

import json

import pytest

from conftest import DATA
from eventwire.extract.figures import extract_figures, number_phrases, read_number
from eventwire.record import DateRef, Quote

CASES = [json.loads(ln) for ln in (DATA / "figures_cases.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
FIELDS = ("low", "high", "qualifier", "subject")


def _names(record, eid):
    ent = next(e for e in record.entities if e.id == eid)
    return [ent.name.lower()] + [m.text.lower() for m in ent.mentions]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_figure_cases(analyze_text, case):
    record = analyze_text(case["text"])
    got = record.figures
    assert len(got) == len(case["figures"]), [f.model_dump() for f in got]
    entity_ids = {e.id for e in record.entities}
    for want in case["figures"]:
        match = [f for f in got if f.kind == want["kind"] and f.value == want["value"]]
        assert match, (want, [f.model_dump() for f in got])
        fig = match[0]
        for key in FIELDS:
            if key in want:
                assert getattr(fig, key) == want[key], (key, fig.model_dump())
        if "by_any" in want:
            assert fig.by, fig.model_dump()
            assert any(want["by_any"].lower() in n for eid in fig.by for n in _names(record, eid))
    for fig in got:
        assert fig.text == case["text"][fig.start:fig.end]
        assert set(fig.by) <= entity_ids
        sent = record.sentences[fig.sentence]
        assert sent.start <= fig.start and fig.end <= sent.end


@pytest.mark.parametrize("text,value,vague", [
    ("twenty-three", 23, False), ("a dozen", 12, False), ("three million", 3_000_000, False),
    ("1.2 million", 1_200_000, False), ("53,000", 53000, False), ("hundreds of thousands", 200_000, True),
    ("tens of millions", 20_000_000, True), ("dozens", 24, True), ("one hundred twenty", 120, False),
    ("an estimated", None, False),
])
def test_read_number(nlp, text, value, vague):
    doc = nlp(text)
    phrase = read_number(doc, 0, len(doc)) if value is not None else read_number(doc, 1, len(doc))
    if value is None:
        assert phrase is None
        return
    assert phrase is not None and phrase.end == len(doc)
    assert phrase.value == value and phrase.vague is vague


def test_ranges(nlp):
    doc = nlp("Between 3 and 4 million people, and 10-15 soldiers, and 20 to 30 workers.")
    spans = [(p.value, p.high) for p in number_phrases(doc, doc[:])]
    assert spans == [(3_000_000, 4_000_000), (10, 15), (20, 30)]


def test_since_and_reported_by(nlp):
    from eventwire.extract.entities import extract_entities

    text = 'The minister said: "Since March 2022, we have evacuated 4,000 residents from Pokrovsk."'
    doc = nlp(text)
    table = extract_entities(doc)
    start = text.index("Since") + len("Since ")
    dates = [DateRef(text="March 2022", start=start, end=start + len("March 2022"), value="2022-03", precision="month")]
    q0 = text.index('"') + 1
    quote = Quote(id="Q1", kind="direct", text=text[q0:-2], start=q0, end=len(text) - 2)
    figs = extract_figures(doc, table, [quote], dates)
    assert len(figs) == 1
    fig = figs[0]
    assert (fig.kind, fig.value, fig.since, fig.reported_by) == ("displaced", 4000, "2022-03", "Q1")
    assert extract_figures(doc, table, [], [])[0].since is None


@pytest.mark.parametrize("text", [
    "", " ", '"', "\u201c\u201d\u201c", "9" * 400 + " people were killed.", "1,000,000,000,000,000,000 dead",
    "killed killed 5 5 5 - - - of of dozens of of", "Zwölf Menschen 💥 ١٢ were killed by by by",
])
def test_odd_text_never_crashes(nlp, text):
    from eventwire.extract.entities import EntityTable

    for fig in extract_figures(nlp(text), EntityTable(), [], []):
        assert fig.text == text[fig.start:fig.end]


def test_sample_article(sample_record):
    killed = [f for f in sample_record.figures if f.kind == "killed"]
    assert [(f.value, f.qualifier) for f in killed] == [(53000, "more than")]
    assert len(sample_record.figures) == 1


def test_attack_far_after_a_death_is_not_its_cause(analyze_text):
    """An operation named further on in the sentence is another act: it gives the deaths
    before it no perpetrator (link_events looks only at the cause phrase right after)."""
    record = analyze_text("Three hikers died in an avalanche high in the Alps on Saturday, days before "
                          "the army's crackdown on smugglers in the valley began.")
    killed = [f for f in record.figures if f.kind == "killed"]
    assert [f.value for f in killed] == [3]
    assert killed[0].by == []
