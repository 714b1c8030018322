"""Date extraction: hand-written cases in tests/data/dates_cases.jsonl plus robustness."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from eventwire.extract.dates import extract_dates

CASES_FILE = Path(__file__).parent / "data" / "dates_cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


PREPOSITION = re.compile(r"(?i)^(?:on|in|since|until|till|by|from|during|before|after)\s+")


def _core(text: str) -> str:
    """The date expression without the temporal preposition the span also covers."""
    return PREPOSITION.sub("", text, count=1)


def _pub(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def test_enough_cases_of_every_kind():
    assert len(CASES) >= 40
    precisions = {p for c in CASES for _, _, p in c["expected"]}
    assert precisions == {"day", "month", "year"}
    assert sum(1 for c in CASES if not c["expected"]) >= 8  # negative cases
    assert sum(1 for c in CASES if c["published"] is None) >= 3


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_date_case(nlp, case):
    doc = nlp(case["text"])
    found = extract_dates(doc, _pub(case["published"]))
    for d in found:
        assert case["text"][d.start:d.end] == d.text
    got = [[_core(d.text), d.value, d.precision] for d in found]
    assert got == case["expected"], case.get("note", "")


def test_dates_are_in_text_order(nlp):
    text = "On Monday the talks failed; in 2019 they had failed too; yesterday they resumed."
    found = extract_dates(nlp(text), dt.date(2024, 3, 15))
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert [d.text for d in found] == ["On Monday", "in 2019", "yesterday"]


def test_month_without_year_future_clause_is_next_occurrence(nlp):
    found = extract_dates(nlp("The country will vote in February."), dt.date(2025, 5, 20))
    assert [(d.text, d.value) for d in found] == [("in February", "2026-02")]


def test_last_and_next_month_name_around_the_publication_month(nlp):
    pub = dt.date(2025, 11, 10)
    last = extract_dates(nlp("The warrants were issued last November."), pub)
    nxt = extract_dates(nlp("The summit will be held next November."), pub)
    assert [d.value for d in last] == ["2024-11"]
    assert [d.value for d in nxt] == ["2026-11"]


def test_invalid_calendar_dates_are_skipped(nlp):
    found = extract_dates(nlp("The memo was dated February 30, 2023 and 2023-13-45."), dt.date(2024, 1, 1))
    assert found == []


@pytest.mark.parametrize("text", [
    "",
    "   \n\n  ",
    "\u201c\u201d\" ' \u2018",
    "May May May May 2024 2024 2024-",
    "999999999999999999999 years ago",
    "On 00 January 0000 and 99 December 1899, 31 February 2020.",
    "Ω≈ç√ 2019年5月 ٢٠١٩ — last —— week",
])
def test_odd_text_never_crashes(nlp, text):
    found = extract_dates(nlp(text), dt.date(2024, 3, 15))
    for d in found:
        assert text[d.start:d.end] == d.text


def test_large_ago_counts_resolve(nlp):
    assert extract_dates(nlp("It happened 999 years ago."), dt.date(2024, 3, 15))[0].value == "1025"
    assert extract_dates(nlp("It happened 999 days ago."), dt.date(2024, 3, 15))[0].value == "2021-06-20"


def test_many_dates_in_a_long_article_are_fast(nlp):
    """Linear in the number of candidates (an earlier version re-read doc.text per candidate)."""
    import time

    sentence = "Troops withdrew on Oct. 7, 2023 and in May, officials said on Wednesday, two years ago, in 2019. "
    doc = nlp(sentence * 80)
    t0 = time.perf_counter()
    found = extract_dates(doc, dt.date(2025, 5, 20))
    assert time.perf_counter() - t0 < 3.0
    assert len(found) == 80 * 5
