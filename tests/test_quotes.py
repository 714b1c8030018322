"""Quote extraction: direct, indirect and mixed quotes, attribution, negatives, robustness.

Cases live in tests/data/quotes_cases.jsonl (one article snippet per line with its
expected quotes); each runs through the full analyzer. A case lists *all* the quotes it
expects, so an extra quote (a scare quote, a title, a duplicate fragment) fails it.
Expected fields: kind, text (exact), cue, speaker (a name whose last word must appear in
the resolved speaker entity's name; null means no speaker), speaker_text (exact),
addressee (a name, checked the same way), cue_kind, negated, parts (the exact texts of
the pieces of a split quote) and continues (the expected text of the quote it continues).
``pronoun: true`` marks a speaker that only pronoun coreference (the entity resolver) can
supply.
"""
from __future__ import annotations

import json
import re

import pytest

from conftest import DATA, SAMPLE

CASES = [json.loads(ln) for ln in (DATA / "quotes_cases.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
WORD = re.compile(r"[\w']+")


def _name_ok(entity, expected: str) -> bool:
    if entity is None:
        return False
    last = WORD.findall(expected.lower())[-1]
    return last in WORD.findall(entity.name.lower())


def _check_case(rec, case, *, check_pronouns: bool) -> list[str]:
    ents = {e.id: e for e in rec.entities}
    text = rec.article.text
    problems = []
    got = list(rec.quotes)
    for q in got:
        if text[q.start:q.end] != q.text:
            problems.append(f"offsets: {q.text!r} != text[{q.start}:{q.end}]")
    if len(got) != len(case["quotes"]):
        problems.append(f"expected {len(case['quotes'])} quotes, got {[(q.kind, q.text) for q in got]}")
    for exp in case["quotes"]:
        match = [q for q in got if q.text == exp["text"]]
        if not match:
            problems.append(f"missing quote {exp['text']!r}; got {[q.text for q in got]}")
            continue
        q = match[0]
        if q.kind != exp["kind"]:
            problems.append(f"{exp['text'][:30]!r}: kind {q.kind} != {exp['kind']}")
        if "cue" in exp and q.cue != exp["cue"]:
            problems.append(f"{exp['text'][:30]!r}: cue {q.cue!r} != {exp['cue']!r}")
        if "speaker_text" in exp and q.speaker_text != exp["speaker_text"]:
            problems.append(f"{exp['text'][:30]!r}: speaker_text {q.speaker_text!r} != {exp['speaker_text']!r}")
        if "speaker" in exp and (check_pronouns or not exp.get("pronoun")):
            if exp["speaker"] is None:
                if q.speaker is not None:
                    problems.append(f"{exp['text'][:30]!r}: speaker should be null, got {ents[q.speaker].name}")
            elif not _name_ok(ents.get(q.speaker), exp["speaker"]):
                problems.append(f"{exp['text'][:30]!r}: speaker {q.speaker} ({ents.get(q.speaker)}) is not {exp['speaker']}")
        for fld in ("cue_kind", "negated"):
            if fld in exp and getattr(q, fld) != exp[fld]:
                problems.append(f"{exp['text'][:30]!r}: {fld} {getattr(q, fld)!r} != {exp[fld]!r}")
        if "parts" in exp and [text[p.start:p.end] for p in q.parts] != exp["parts"]:
            problems.append(f"{exp['text'][:30]!r}: parts {[text[p.start:p.end] for p in q.parts]} != {exp['parts']}")
        if "continues" in exp:
            target = next((x.id for x in got if x.text == exp["continues"]), None)
            if q.continues != target or target is None:
                problems.append(f"{exp['text'][:30]!r}: continues {q.continues} != {target} ({exp['continues']!r})")
        if "addressee" in exp and not _name_ok(ents.get(q.addressee), exp["addressee"]):
            problems.append(f"{exp['text'][:30]!r}: addressee {q.addressee} is not {exp['addressee']}")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_quote_case(analyze_text, case):
    rec = analyze_text(case["text"])
    problems = _check_case(rec, case, check_pronouns=False)
    assert not problems, "\n".join(problems)


PRONOUN_CASES = [c for c in CASES if any(q.get("pronoun") for q in c["quotes"])]


@pytest.mark.parametrize("case", PRONOUN_CASES, ids=[c["id"] for c in PRONOUN_CASES])
def test_quote_pronoun_speaker(analyze_text, case):
    """Speakers given only by a pronoun resolve to the person (needs entity coreference)."""
    rec = analyze_text(case["text"])
    problems = _check_case(rec, case, check_pronouns=True)
    assert not problems, "\n".join(problems)


def test_case_inventory():
    kinds = {q["kind"] for c in CASES for q in c["quotes"]}
    assert kinds == {"direct", "indirect", "mixed"}
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if not c["quotes"]) >= 12


def test_cue_lexicon_size():
    from eventwire.extract.quotes import cue_lexicon

    lex = cue_lexicon()
    assert len(lex.verbs) + sum(len(v) for v in lex.multiword.values()) >= 100
    for lemma in ("say", "tell", "add", "stress", "reiterate", "deny", "warn", "announce"):
        assert lemma in lex.verbs
    assert ("according", "to") in {m[0] for v in lex.multiword.values() for m in v}
    assert cue_lexicon() is lex  # loaded once


def test_sample_offsets_and_fields(sample_record):
    rec = sample_record
    text = rec.article.text
    ids = {e.id for e in rec.entities}
    assert len(rec.quotes) >= 9
    for n, q in enumerate(rec.quotes, 1):
        assert q.id == f"Q{n}"
        assert text[q.start:q.end] == q.text
        assert q.speaker is None or q.speaker in ids
        assert q.addressee is None or q.addressee in ids
        assert q.speaker_text is None or (q.speaker_text.strip() == q.speaker_text and q.speaker_text in text)
        s = rec.sentences[q.sentence]
        assert s.start <= q.start < s.end


def test_sample_no_fragment_duplicated(sample_record):
    """A quoted fragment inside a mixed quote is not also a direct quote."""
    quotes = sample_record.quotes
    for a in quotes:
        for b in quotes:
            if a is not b:
                assert not (a.start <= b.start and b.end <= a.end), (a.text, b.text)


ODD_TEXTS = [
    '"', '""', '“”', '" " "', "“unclosed", "closed” only", '"a" "b" "c" "d"', "‘’’‘", "'''",
    'He said: "', 'He said "x', '"\n\n"\n\n"', "said said said that that that",
    "“Nested ‘single “double” inside’ marks,” she said.", '""""""""', "«Bonjour», a-t-il dit.",
    "He said that " + "very " * 2000 + "long.", "\u200b\u201c\u200b\u201d\u200b", "x" * 5000 + '"',
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_never_crashes(analyze_text, text):
    rec = analyze_text(text)
    for q in rec.quotes:
        assert rec.article.text[q.start:q.end] == q.text
        assert q.end > q.start


def test_unclosed_quote_does_not_swallow_next_paragraph(analyze_text):
    text = '"We will hold the line, said the commander.\n\n"The enemy is exhausted," said a second officer.'
    rec = analyze_text(text)
    assert all("\n" not in q.text for q in rec.quotes)
    assert any(q.text == "The enemy is exhausted" for q in rec.quotes)


def test_segments_pairing():
    from eventwire.extract.quotes import find_segments

    text = 'He said "a b" and “c d” then ‘e f’ but don’t and "g\n\nNext "h" para.'
    segs = [text[s.start:s.end] for s in find_segments(text)]
    assert segs == ["a b", "c d", "e f", "g", "h"]


def test_multi_paragraph_chain():
    from eventwire.extract.quotes import find_segments

    text = '“First part.\n\n“Second part,” she said.'
    segs = find_segments(text)
    assert [text[s.start:s.end] for s in segs] == ["First part.", "Second part,"]
    assert segs[1].prev_in_chain == 0 and segs[0].close_mark is None


def test_sample_gold_quotes(sample_record):
    """The sample's gold quotes are found (token F1 >= 0.5, the scorer's rule)."""
    gold_path = SAMPLE.parent.parent.parent / "shared" / "gold" / "gaza-hamas-naim.gold.json"
    if not gold_path.exists():
        pytest.skip("shared gold not available")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["quotes"]

    def f1(a, b):
        wa, wb = WORD.findall(a.lower()), WORD.findall(b.lower())
        pool, common = list(wb), 0
        for w in wa:
            if w in pool:
                pool.remove(w)
                common += 1
        return 0 if not common else 2 * common / (len(wa) + len(wb))

    found = sum(1 for g in gold if any(f1(g["text"], q.text) >= 0.5 for q in sample_record.quotes))
    assert found >= 0.9 * len(gold)


def test_fuzz_marks_never_crash(nlp):
    """Random mixes of words, quotation marks, apostrophes and paragraph breaks."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from eventwire.extract.entities import extract_entities
    from eventwire.extract.quotes import extract_quotes

    pieces = st.sampled_from([
        '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb", " said ", " told ", "He", " that ",
        "according to", " the minister", ",", ".", ":", "\n\n", " ", "we will win", "Naim", "adding", "\u200b",
    ])

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(pieces, max_size=30))
    def run(parts):
        text = "".join(parts)
        doc = nlp(text)
        for q in extract_quotes(doc, extract_entities(doc)):
            assert text[q.start:q.end] == q.text and q.end > q.start

    run()


def test_cue_lexicon_refuses_an_unknown_kind(monkeypatch):
    from eventwire.errors import EventwireError
    from eventwire.extract import cues as quotes  # the one cue lexicon lives in extract.cues

    rows = [{"cue": "say", "kind": "verb"}, {"cue": "statement", "kind": "noun"}, {"cue": "aver", "kind": "verbb"}]
    monkeypatch.setattr(quotes, "load_tsv", lambda name: rows)
    quotes.cue_lexicon.cache_clear()
    try:
        with pytest.raises(EventwireError, match="unknown cue kind 'verbb' for 'aver'"):
            quotes.cue_lexicon()
        rows.pop()
        lex = quotes.cue_lexicon()
        assert "say" in lex.verbs and lex.nouns == frozenset({"statement"}) and lex.title_cues == frozenset()
    finally:
        quotes.cue_lexicon.cache_clear()
