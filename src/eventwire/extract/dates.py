"""Dates named in an article, normalised to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

Method: rule-based temporal tagging in the spirit of HeidelTime (Strötgen & Gertz
2013) for the news domain: lexical patterns find absolute expressions ("Oct. 7,
2023", "7 October 2023", "May 2024", "in 2019") and relative ones ("yesterday",
"last November", "on Wednesday", "two years ago", "earlier this month"), and relative
ones are anchored to the document creation time, i.e. the publication date. spaCy's
DATE entities are used as supporting evidence for the ambiguous forms (a bare year,
or a month name that is also a word: "May", "March"), together with the word before
them; the lexical lists live in ``data/date_words.yaml``.

Conventions (news is mostly past-tense reporting):

- A bare weekday ("on Wednesday", "Wednesday") is the most recent such day on or
  before the publication date, so "on Wednesday" in an article published on a
  Wednesday is that same day. When the clause is future ("will meet on Friday",
  "is due to vote on Friday") it is the next such day on or after publication.
  "last Wednesday" is strictly before, "next Wednesday" strictly after.
- A month without a year ("in November") is its most recent occurrence not after the
  publication month (next occurrence when the clause is future); "last November" is
  the most recent November strictly before the publication month ("last November"
  published 2025-05-20 is 2024-11), "next November" the first one strictly after.
- A day and month without a year ("October 7") follows the same rule at day level,
  except when it modifies a noun ("the October 7 attack", "the January 6 riot") and
  that day would lie more than six months from publication: such phrases name a
  well-known past event whose year the writer did not need to give, so no date is
  recorded rather than a wrong year.
- "this/last/next week" resolves to a month only when that Monday-to-Sunday week
  lies within one month; the record has no week precision.
- "N days/weeks ago" has day precision, "N months ago" month, "N years/decades
  ago" year.
- Without a publication date relative expressions (and those missing a year) are
  skipped rather than guessed; complete absolute dates are kept.
- Durations ("for two years", "three-day", "over the last year") and ages
  ("63-year-old") are not dates; numeric dates such as 10/07/2023 are skipped
  because the day/month order is ambiguous.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.lexicon import load_yaml
from eventwire.record import DatePrecision, DateRef


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    relative_days: dict[str, int]
    cues: frozenset[str]
    modifiers: frozenset[str]
    future: frozenset[str]
    duration_openers: frozenset[str]
    name_heads: frozenset[str]
    named_day_modifiers: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    d = load_yaml("date_words.yaml")
    return _Lexicon(
        months={k.lower(): int(v) for k, v in d["months"].items()},
        ambiguous_months=frozenset(m.lower() for m in d["ambiguous_months"]),
        weekdays={k.lower(): int(v) for k, v in d["weekdays"].items()},
        numbers={k.lower(): int(v) for k, v in d["number_words"].items()},
        relative_days={k.lower(): int(v) for k, v in d["relative_days"].items()},
        cues=frozenset(c.lower() for c in d["temporal_cues"]),
        modifiers=frozenset(m.lower() for m in d["period_modifiers"]),
        future=frozenset(f.lower() for f in d["future_markers"]),
        duration_openers=frozenset(w.lower() for w in d["duration_openers"]),
        name_heads=frozenset(w.lower() for w in d["name_heads"]),
        named_day_modifiers=frozenset(w.lower() for w in d["named_day_modifiers"]),
    )


def _alt(words) -> str:
    """A regex alternation, longest first so "September" wins over "Sep"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    lex = _lexicon()
    month = rf"(?P<month>{_alt(lex.months)})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:18|19|20)\d\d)"
    weekday = rf"(?P<weekday>{_alt(lex.weekdays)})"
    number = rf"(?P<n>\d{{1,3}}|{_alt(lex.numbers)})"
    modifiers = {w.rstrip("-") for w in lex.modifiers}
    mod = rf"(?:(?P<mod>{_alt(modifiers)})(?:-|\s+))?"
    not_num_after = r"(?![\d,.]?\d)"
    raw = [
        ("iso", r"\b(?P<year>\d{4})-(?P<mnum>\d\d)-(?P<day>\d\d)\b(?!-)"),
        ("mdy", rf"\b{month}\s+{day},?\s+{year}\b"),
        ("dmy", rf"\b{day}\s+(?:of\s+)?{month},?\s+{year}\b"),
        ("md", rf"\b{month}\s+{day}\b{not_num_after}(?!\s*(?:%|percent|per\s+cent))"),
        ("dm", rf"\b{day}\s+(?:of\s+)?{month}\b(?![.,]?\s*(?:18|19|20)\d\d)"),
        ("my", rf"\b{mod}{month},?\s+(?:of\s+)?{year}\b{not_num_after}"),
        ("month", rf"\b(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?{mod}(?P<month>{_alt(lex.months)})\b(?!\.?\s*\d)"),
        ("year", rf"\b{mod}{year}\b(?![-/–]\d)(?!\s*(?:%|percent|per\s+cent))"),
        ("relday", rf"\b(?P<rel>{_alt(lex.relative_days)})\b"),
        ("weekday", rf"\b(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?{weekday}\b"),
        ("ago", rf"\b{number}\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b"),
        ("period", r"\b(?:(?P<edge>earlier|later)\s+)?(?P<rel>this|last|next)\s+(?P<unit>week|month|year)\b"),
    ]
    return [(kind, re.compile(p, re.IGNORECASE)) for kind, p in raw]


@dataclass
class _Match:
    kind: str
    start: int
    end: int
    groups: dict[str, str | None]


# ---- calendar helpers ----------------------------------------------------------------

def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# ---- context from the parse ----------------------------------------------------------

def _tokens_in(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z'-]+)\W*$", text[max(0, start - 40):start])
    return m.group(1).lower() if m else ""


def _is_future(span: Span | None) -> bool:
    """True when the clause governing the date is future ("will meet on Friday")."""
    if span is None or len(span) == 0:
        return False
    markers = _lexicon().future
    tok: Token | None = span.root
    seen = 0
    while tok is not None and seen < 8:
        if tok.lower_ in markers and tok.pos_ in ("ADJ", "VERB", "AUX"):
            return True
        for child in tok.children:
            # "will meet", "is due (to vote)", "is scheduled for": marker next to the path
            if child.dep_ in ("aux", "auxpass", "acomp", "xcomp") and child.lower_ in markers:
                return True
        if tok.head is tok:
            break
        tok = tok.head
        seen += 1
    return False


def _names_a_noun(span: Span | None, end: int) -> bool:
    """A day and month used as a modifier of a following noun ("the January 6 riot")."""
    if span is None or len(span) == 0:
        return False
    return any(
        t.dep_ in ("nmod", "compound", "amod") and t.head.pos_ == "NOUN" and t.head.idx >= end for t in span
    )


def _in_date_entity(doc: Doc, start: int, end: int) -> bool:
    spans = doc.user_data.get("eventwire_date_ents")
    if spans is None:  # computed once per document: candidates ask many times
        spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
        doc.user_data["eventwire_date_ents"] = spans
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


_FULL_MONTHS = frozenset(calendar.month_name[i].lower() for i in range(1, 13))


def _bare_month_is_date(m: _Match, doc: Doc, text: str) -> bool:
    """A month name alone ("in November") counts only when something supports it.

    It must be written in full, and come after a temporal cue ("in", "since", "by"...)
    or sit inside a spaCy DATE entity; names that are also words ("May", "March",
    "August") need the cue, or the entity with a non-verbal tag: "Theresa May said",
    "May I ask" and "the March on Washington" are not dates.
    """
    lex = _lexicon()
    name = m.groups["month"].lower()
    if name not in _FULL_MONTHS:
        return False
    if _word_before(text, m.start) in lex.cues:
        return True
    if not _in_date_entity(doc, m.start, m.end):
        return False
    if name not in lex.ambiguous_months:
        return True
    span = _tokens_in(doc, m.start, m.end)
    return span is not None and all(t.tag_ not in ("MD", "VB", "VBP") and t.ent_type_ != "PERSON" for t in span)


# ---- resolution ----------------------------------------------------------------------

Resolved = tuple[str, DatePrecision]
# Returned by _resolve for text that is no date and whose parts must not become dates.
BLOCK: Resolved = ("", "day")
# How far from publication a day-and-month naming an event ("the June 30 deadline")
# may be and still be read as the nearest such day.
RECENT_EVENT_DAYS = 183


def _resolve(m: _Match, doc: Doc, text: str, pub: dt.date | None) -> Resolved | None:
    """The value of one candidate match, BLOCK for a non-date, or None."""
    g = m.groups
    if m.kind == "iso":
        d = _safe_date(int(g["year"]), int(g["mnum"]), int(g["day"]))
        return (d.isoformat(), "day") if d else None
    month = _lexicon().months.get((g.get("month") or "").lower())
    if g.get("month") is not None and not g["month"][0].isupper():
        return None  # "may", "march" as ordinary words
    if m.kind in _ABSOLUTE:
        return _ABSOLUTE[m.kind](m, doc, text, pub, month)
    # Everything else is relative to the publication date.
    if pub is None or m.kind not in _RELATIVE:
        return None
    return _RELATIVE[m.kind](m, doc, text, pub)


def _resolve_full_date(m: _Match, doc: Doc, text: str, pub: dt.date | None, month: int) -> Resolved | None:
    d = _safe_date(int(m.groups["year"]), month, int(m.groups["day"]))
    return (d.isoformat(), "day") if d else None


def _resolve_month_year(m: _Match, doc: Doc, text: str, pub: dt.date | None, month: int) -> Resolved:
    return _ym(int(m.groups["year"]), month), "month"


def _resolve_day_month(m: _Match, doc: Doc, text: str, pub: dt.date | None, month: int) -> Resolved | None:
    day = int(m.groups["day"])
    if not 1 <= day <= 31 or pub is None:
        return None
    span = _tokens_in(doc, m.start, m.end)
    future = _is_future(span)
    for year in ((pub.year, pub.year + 1) if future else (pub.year, pub.year - 1)):
        d = _safe_date(year, month, day)
        if d and (d >= pub if future else d <= pub):
            # "the October 26 election" in December is that recent October; "the
            # October 7 attack" in a later year names a past event whose year is not
            # said: neither it nor its "October" is resolved.
            if _names_a_noun(span, m.end) and abs((pub - d).days) > RECENT_EVENT_DAYS:
                return BLOCK
            return d.isoformat(), "day"
    return None


def _resolve_month(m: _Match, doc: Doc, text: str, pub: dt.date | None, month: int) -> Resolved | None:
    g = m.groups
    rel = (g.get("rel") or "").lower().split()
    if not rel and not g.get("mod") and not _bare_month_is_date(m, doc, text):
        return None
    if pub is None:
        return None
    if rel and rel[0] == "last" or rel == ["this", "past"]:
        y = pub.year if month < pub.month else pub.year - 1
    elif rel and rel[0] == "next" or rel == ["this", "coming"]:
        y = pub.year if month > pub.month else pub.year + 1
    elif rel == ["this"]:
        y = pub.year
    elif _is_future(_tokens_in(doc, m.start, m.end)):
        y = pub.year if month >= pub.month else pub.year + 1
    else:
        y = pub.year if month <= pub.month else pub.year - 1
    return _ym(y, month), "month"


def _resolve_year(m: _Match, doc: Doc, text: str, pub: dt.date | None, month: int) -> Resolved | None:
    y = int(m.groups["year"])
    if m.groups.get("mod"):
        return str(y), "year"
    pre = text[max(0, m.start - 2):m.start]
    if re.search(r"[$€£¥#]\s*$", pre):
        return None
    span = _tokens_in(doc, m.start, m.end)
    if span is not None and len(span) == 1 and span[0].dep_ == "nummod" and span[0].head.pos_ == "NOUN":
        return None  # "2019 voters", "a force of 2000 troops"
    if _word_before(text, m.start) in _lexicon().cues or _in_date_entity(doc, m.start, m.end):
        return str(y), "year"
    return None


def _resolve_relative_day(m: _Match, doc: Doc, text: str, pub: dt.date) -> Resolved:
    offset = _lexicon().relative_days[re.sub(r"\s+", " ", m.groups["rel"].lower())]
    return (pub + dt.timedelta(days=offset)).isoformat(), "day"


def _resolve_weekday(m: _Match, doc: Doc, text: str, pub: dt.date) -> Resolved:
    wd = _lexicon().weekdays[m.groups["weekday"].lower()]
    rel = (m.groups.get("rel") or "").lower().split()
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if rel and rel[0] == "last" or rel == ["this", "past"]:
        d = pub - dt.timedelta(days=back or 7)
    elif rel and rel[0] == "next" or rel == ["this", "coming"]:
        d = pub + dt.timedelta(days=ahead or 7)
    elif _is_future(_tokens_in(doc, m.start, m.end)):
        d = pub + dt.timedelta(days=ahead)
    else:
        d = pub - dt.timedelta(days=back)
    return d.isoformat(), "day"


def _resolve_ago(m: _Match, doc: Doc, text: str, pub: dt.date) -> Resolved | None:
    n_text = m.groups["n"].lower()
    n = int(n_text) if n_text.isdigit() else _lexicon().numbers.get(n_text)
    if not n:
        return None
    unit = m.groups["unit"].lower().rstrip("s")
    try:
        if unit == "day":
            return (pub - dt.timedelta(days=n)).isoformat(), "day"
        if unit == "week":
            return (pub - dt.timedelta(weeks=n)).isoformat(), "day"
    except OverflowError:
        return None
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, -n)
        return (_ym(y, mo), "month") if y >= 1 else None
    years = n * (10 if unit == "decade" else 1)
    return (str(pub.year - years), "year") if pub.year - years >= 1 else None


def _resolve_period(m: _Match, doc: Doc, text: str, pub: dt.date) -> Resolved | None:
    g = m.groups
    if _word_before(text, m.start) in _lexicon().duration_openers and not g.get("edge"):
        return None  # "over the last year", "for the past month": a duration
    if re.match(r"\s+(?:and|or)\s+(?:a\s+)?half\b", text[m.end:m.end + 12]):
        return None  # "the last year and a half"
    step = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
    unit = g["unit"].lower()
    if unit == "year":
        return str(pub.year + step), "year"
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, step)
        return _ym(y, mo), "month"
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _ym(monday.year, monday.month), "month"
    return None


# Resolvers by pattern kind: the first table needs no publication date (or checks it
# itself), the second is only consulted when there is one.
_ABSOLUTE = {"mdy": _resolve_full_date, "dmy": _resolve_full_date, "my": _resolve_month_year,
             "md": _resolve_day_month, "dm": _resolve_day_month, "month": _resolve_month,
             "year": _resolve_year}
_RELATIVE = {"relday": _resolve_relative_day, "weekday": _resolve_weekday, "ago": _resolve_ago,
             "period": _resolve_period}


# ---- candidate selection -------------------------------------------------------------

def _candidates(text: str) -> list[_Match]:
    found: list[_Match] = []
    for kind, pat in _patterns():
        for mt in pat.finditer(text):
            found.append(_Match(kind, mt.start(), mt.end(), mt.groupdict()))
    return found


def _not_a_date(m: _Match, text: str) -> bool:
    """Durations, ages and names that share words with dates."""
    lex = _lexicon()
    after = text[m.end:m.end + 12]
    before = text[max(0, m.start - 2):m.start]
    next_word = re.match(r"[\s-]+([A-Z][a-z]+)\b", text[m.end:m.end + 30])
    if next_word and next_word.group(1).lower() in lex.name_heads:
        return True  # "March 23 Movement", "February 17 Revolution"
    prev_word = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, m.start - 20):m.start])
    if m.kind == "weekday" and prev_word and prev_word.group(1).lower() in lex.named_day_modifiers:
        return True  # "Good Friday", "Super Tuesday"
    if m.kind == "relday" and text[m.start].isupper():
        # "Today" capitalised inside a sentence is a name ("USA Today", "the Today programme").
        lead = text[:m.start].rstrip(" \t\u00a0")
        if lead and lead[-1] not in ".!?:;\n\"'\u201c\u2018([-\u2014":
            return True
    if m.kind in ("year", "my", "mdy", "dmy", "iso", "md", "dm") and re.match(r"-?\s*(?:year|month|day|week)s?-old", after):
        return True
    if m.kind == "year" and (before.endswith("-") or re.match(r"-(?:day|week|month|year)", after)):
        return True
    return False


def extract_dates(doc: Doc, published: dt.date | None) -> list[DateRef]:
    """Dates mentioned in ``doc``, resolved against ``published`` where relative.

    Candidates are all pattern matches; overlapping ones keep the longest that
    resolves (so "Oct. 7, 2023" wins over "Oct. 7" and "2023"). Every ``DateRef.text``
    equals ``doc.text[start:end]``.
    """
    text = doc.text
    if not text:
        return []
    resolved: list[tuple[_Match, Resolved]] = []
    blocked: list[tuple[int, int]] = []
    for m in _candidates(text):
        if _not_a_date(m, text):
            continue
        try:
            r = _resolve(m, doc, text, published)  # doc.text is rebuilt on every access: pass it
        except (ValueError, OverflowError, KeyError):
            r = None  # odd numbers (day 00, year 0) are not dates
        if r is BLOCK:
            blocked.append((m.start, m.end))
        elif r is not None:
            resolved.append((m, r))
        elif m.kind in ("iso", "mdy", "dmy"):
            blocked.append((m.start, m.end))  # "February 30, 2023" is no date, nor is its "2023"
    # Longest first; ties keep the earlier pattern (more specific).
    order = {kind: i for i, (kind, _) in enumerate(_patterns())}
    resolved.sort(key=lambda mr: (-(mr[0].end - mr[0].start), order[mr[0].kind], mr[0].start))
    taken = bytearray(len(text))  # characters already claimed by a longer date
    for s, e in blocked:
        taken[s:e] = b"\x01" * (e - s)
    kept: list[tuple[_Match, Resolved]] = []
    for m, r in resolved:
        if any(taken[m.start:m.end]):
            continue
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        kept.append((m, r))
    kept.sort(key=lambda mr: mr[0].start)
    # "Wednesday, Oct. 7, 2023": the weekday only names the day the full date gives.
    out: list[DateRef] = []
    for i, (m, (value, precision)) in enumerate(kept):
        if m.kind == "weekday" and i + 1 < len(kept):
            nxt = kept[i + 1][0]
            if nxt.kind in ("mdy", "dmy", "md", "dm", "iso") and re.fullmatch(r",?\s*(?:the\s+)?", text[m.end:nxt.start]):
                continue
        start = _with_preposition(text, m.start)
        out.append(DateRef(text=text[start:m.end], start=start, end=m.end, value=value, precision=precision))
    return out


_LEADING_PREPOSITION = re.compile(r"(?i)\b(?:on|in|since|until|till|by|from|during|before|after)\s{1,2}$")


def _with_preposition(text: str, start: int) -> int:
    """Start of the date phrase including a temporal preposition right before it.

    News annotators mark "on Tuesday" and "since February" as the date (the issue text
    itself writes "on Wednesday"), so the evidence span takes the preposition in; the
    value is unchanged. A span that contains the bare expression still contains it.
    """
    m = _LEADING_PREPOSITION.search(text, max(0, start - 12), start)
    return m.start() if m else start
