"""Property: every offset in a record slices the article text to the evidence it claims.

Articles are generated from realistic news pieces (quotes with straight and curly
marks, stray quotation marks, names, numbers, dates, non-Latin scripts, odd
whitespace) so the whole analyzer, every extractor included, is exercised on text
it was not written for. The pipeline is loaded once (``analyze_text`` shares the
cached spaCy pipeline), so examples cost one parse each.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.analyze import analyze_text

NAMES = [
    "Volodymyr Zelensky", "Abdel Fattah al-Burhan", "Min Aung Hlaing", "Basem Naim", "Ursula von der Leyen",
    "the army spokesman", "Hamas", "the Rapid Support Forces", "Kenyan police", "he", "she", "They",
    "Luiz Inácio Lula da Silva", "Recep Tayyip Erdoğan", "Nguyễn Phú Trọng", "O'Brien", "Zelensky's office",
]
PLACES = ["Kyiv", "Khartoum", "Gaza", "Naypyidaw", "São Paulo", "Zürich", "El Fasher", "Tbilisi", "Goma", "the West Bank"]
VERBS = ["said", "told reporters", "warned", "denied", "added", "insisted", "claimed", "announced", "wrote on X"]
CLAUSES = [
    "we will not retreat", "the ceasefire has collapsed", "we are ready to hand over all the prisoners immediately",
    "nobody was killed", "the elections will be held in November", "this is a historic day",
    "the army attacked the camp", "sanctions must be lifted", "they detained 43 protesters",
]
NUMBERS = ["53,000", "1.2 million", "dozens", "at least 17", "more than 3,400", "$3 billion", "2,000", "99999999999999999999", "½", "٣"]
DATES = ["on Oct. 7, 2023", "last November", "on Wednesday", "yesterday", "two years ago", "in May 2024", "in 2019",
         "earlier this month", "on 15 April 2023", "next month", "since February 30, 2023"]
ODD = ["\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "«", "»", "\u200b", "\u00ad", "e\u0301", "🇺🇦", "—", "…", "(", ")",
       "東京", "القاهرة", "Київ", "\t", "\u00a0", "#", "@", "&amp;", "<b>", "\\"]
SEPARATORS = [" ", "  ", "\n", "\n\n", "\n \n\n", "\t", " \u00a0 ", "\r\n\r\n", ""]

name = st.sampled_from(NAMES)
place = st.sampled_from(PLACES)
verb = st.sampled_from(VERBS)
clause = st.sampled_from(CLAUSES)
number = st.sampled_from(NUMBERS)
date = st.sampled_from(DATES)
odd = st.sampled_from(ODD)

sentence = st.one_of(
    st.builds(lambda c, n, v: f'"{c.capitalize()}," {n} {v}.', clause, name, verb),
    st.builds(lambda c, n, v: f"\u201c{c.capitalize()},\u201d {n} {v}.", clause, name, verb),
    st.builds(lambda n, v, c: f"{n} {v} that {c}.", name, verb, clause),
    st.builds(lambda n, v, c: f'{n} {v}: "{c.capitalize()}', name, verb, clause),  # never closed
    st.builds(lambda n, c: f"{n} said \u201c{c} and \u201cthen {c}.", name, clause),  # stray opener
    st.builds(lambda x, p, d: f"{x} people were killed in {p} {d}, officials said.", number, place, date),
    st.builds(lambda n, p, d: f"{n} met leaders in {p} {d}.", name, place, date),
    st.builds(lambda n, x, p: f"{n} said {x} troops had withdrawn from {p}.", name, number, place),
    st.builds(lambda p: f"Protesters gathered in {p}.", place),
    st.builds(lambda o, n, o2: f"{o}{n}{o2}", odd, name, odd),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
)


@st.composite
def articles(draw) -> str:
    pieces = draw(st.lists(sentence, min_size=1, max_size=7))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces)))
    lead = draw(st.sampled_from(["", " ", "\n", "\u201c"]))
    text = lead + "".join(p + s for p, s in zip(pieces, seps))
    return text if text.strip() else "Protesters gathered in Kyiv."


def _check_span(text: str, start: int, end: int, claimed: str | None, what: str) -> None:
    assert 0 <= start <= end <= len(text), f"{what} offsets {start}:{end} outside the text"
    if claimed is not None:
        assert text[start:end] == claimed, f"{what} text {claimed!r} != slice {text[start:end]!r}"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles(), published=st.sampled_from([None, "2025-05-20", "2023-11-08", "2024-02-29"]))
def test_every_offset_slices_its_evidence(text, published):
    rec = analyze_text(text, published=published)
    assert rec.article.text == text
    n = len(text)
    for s in rec.sentences:
        assert 0 <= s.start < s.end <= n
    for e in rec.entities:
        for m in e.mentions:
            _check_span(text, m.start, m.end, m.text, f"entity {e.id} mention")
            assert m.start < m.end
    for q in rec.quotes:
        _check_span(text, q.start, q.end, q.text, f"quote {q.id}")
        assert q.start < q.end
        if q.sentence is not None:
            assert 0 <= q.sentence < len(rec.sentences)
    for v in rec.events:
        assert 0 <= v.start < v.end <= n, f"event {v.id} offsets {v.start}:{v.end}"
        assert 0 <= v.sentence < len(rec.sentences)
    for f in rec.figures:
        _check_span(text, f.start, f.end, f.text, f"figure {f.id}")
    for p in rec.places:
        for m in p.mentions:
            _check_span(text, m.start, m.end, m.text, f"place {p.id} mention")
    for d in rec.dates:
        _check_span(text, d.start, d.end, d.text, "date")
        assert d.start < d.end


def test_generated_articles_cover_the_hard_pieces():
    """The strategy must be able to produce the pieces the property is about."""
    seen = set()

    @settings(max_examples=200, deadline=None, database=None)
    @given(articles())
    def collect(text):
        for mark in ("\u201c", '"', "\n\n", "2023", "people were killed"):
            if mark in text:
                seen.add(mark)

    collect()
    assert seen == {"\u201c", '"', "\n\n", "2023", "people were killed"}
