"""Format checks for the hand-annotated evaluation data in tests/data/.

These tests check that the files are well formed (the annotations themselves are
judgements, described in tests/data/README.md); they do not run the analyzer.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
DEV = DATA / "events_dev.jsonl"
GOLD_DIR = DATA / "gold" / "gold"

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
CAMEO_CODE = re.compile(r"^(0[1-9]|1[0-9]|20)\d{0,2}$")
EVENT_KEYS = {"type", "cameo", "actor", "recipient", "trigger", "evidence", "negated",
              "hypothetical", "reported", "types_ok"}


def load_dev() -> list[dict]:
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.gold.json"))


def test_dev_set_size_and_ids():
    items = load_dev()
    assert len(items) >= 200
    ids = [it["id"] for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = [it["text"] for it in items]
    assert len(set(texts)) == len(texts), "duplicate sentences"
    assert sum(1 for it in items if it["events"] == []) >= 15, "need event-free sentences"


def test_dev_set_covers_every_type():
    counts = Counter(ev["type"] for it in load_dev() for ev in it["events"])
    assert set(counts) == PLOVER_TYPES
    thin = {t: n for t, n in counts.items() if n < 8}
    assert not thin, f"fewer than 8 events of {thin}"


def test_dev_set_mixes_linguistic_phenomena():
    events = [ev for it in load_dev() for ev in it["events"]]
    for flag in ("negated", "hypothetical", "reported"):
        assert sum(ev[flag] for ev in events) >= 10, flag


@pytest.mark.parametrize("item", load_dev(), ids=lambda it: it["id"])
def test_dev_item_format(item):
    assert set(item) == {"id", "text", "published", "events"}
    assert isinstance(item["text"], str) and item["text"].strip() == item["text"] != ""
    date.fromisoformat(item["published"])
    for ev in item["events"]:
        assert EVENT_KEYS <= set(ev) <= EVENT_KEYS | {"mode", "context"}, sorted(ev)
        assert ev["type"] in PLOVER_TYPES
        assert ev["types_ok"][0] == ev["type"] and set(ev["types_ok"]) <= PLOVER_TYPES
        assert CAMEO_CODE.match(ev["cameo"]), ev["cameo"]
        assert ev["evidence"] in item["text"], ev["evidence"]
        assert ev["trigger"] and ev["trigger"] in ev["evidence"], ev["trigger"]
        for key in ("actor", "recipient"):
            assert isinstance(ev[key], list) and ev[key], key
            assert all(n is None or (isinstance(n, str) and n) for n in ev[key])
        for key in ("negated", "hypothetical", "reported"):
            assert isinstance(ev[key], bool)
        if "mode" in ev:
            assert isinstance(ev["mode"], str) and ev["mode"]
        if "context" in ev:
            assert all(isinstance(c, str) and c for c in ev["context"])


def test_gold_has_enough_articles():
    assert len(gold_files()) >= 4


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.name)
def test_gold_file_format(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    article_path = path.parent.parent / gold["article"]["file"]  # resolved as score_gold.py does
    assert article_path.is_file(), article_path
    text = article_path.read_text(encoding="utf-8")
    assert 250 <= len(text.split()) <= 600
    date.fromisoformat(gold["article"]["published"])

    names = set()
    for ent in gold["entities"]:
        assert ent["kind"] in {"person", "organization", "country", "place", "group", "media", "other"}
        for n in [ent["name"], *ent.get("aliases", [])]:
            assert n in text, n
        names.add(ent["name"])
    for q in gold["quotes"]:
        assert q["kind"] in {"direct", "indirect", "mixed"}
        assert q["text"] in text, q["text"]
        assert q["speaker"] in names, q["speaker"]
        assert q["cue"] in text, q["cue"]
    for ev in gold["events"]:
        assert ev["types"] and set(ev["types"]) <= PLOVER_TYPES
        assert ev["evidence"] in text, ev["evidence"]
        assert isinstance(ev["hypothetical"], bool)
        assert ev["actor"] and isinstance(ev["recipient"], list)
    for fig in gold["figures"]:
        assert fig["kind"] in {"killed", "wounded", "arrested", "detained", "displaced", "hostages",
                               "missing", "protesters", "troops", "aid", "money", "other"}
        assert isinstance(fig["value"], int) and fig["evidence"] in text
    for pl in gold["places"]:
        assert len(pl["country"]) == 2 and pl["country"].isupper()
        assert -90 <= pl["lat"] <= 90 and -180 <= pl["lon"] <= 180 and pl["tolerance_km"] > 0
    for d in gold["dates"]:
        assert d["text"] in text
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d["value"]), d["value"]


# --- attribution_dev.jsonl (section 3 of tests/data/README.md) ---------------------------------

ATTR = DATA / "attribution_dev.jsonl"
CUE_KINDS = {"speech", "stance", "belief", "intention", "statement", "noun", "evidence",
             "directive", "according_to", "colon"}
ATTR_STYLES = {"wire", "local", "political", "business", "courts", "science", "sports", "headline",
               "interview", "roundup", "lowercase", "long"}
SOURCE_KINDS = {"person", "organization", "group", "document", "media", "country"}
ATTR_KEYS = {"cue_kind", "cue", "content", "source", "source_kind", "negated", "quote",
             "content_start", "content_end", "cue_start", "cue_end", "source_start", "source_end"}
ATTR_OPTIONAL = {"parts", "parts_spans", "source_ref", "source_ref_start", "source_ref_end",
                 "continues", "content_occurrence", "source_occurrence", "cue_occurrence",
                 "source_ref_occurrence"}


def load_attr() -> list[dict]:
    return [json.loads(line) for line in ATTR.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_attribution_set_size_and_ids():
    items = load_attr()
    assert len(items) >= 300
    ids = [it["id"] for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert ids == sorted(ids), "not sorted by id"
    assert len({it["text"] for it in items}) == len(items), "duplicate texts"
    assert sum(1 for it in items if it["attributions"] == []) >= 40, "need negative lines"
    counts = Counter(a["cue_kind"] for it in items for a in it["attributions"])
    assert set(counts) == CUE_KINDS, counts
    assert sum(counts.values()) >= 330


def _span(text: str, start, end, expected):
    assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    assert text[start:end] == expected, (text[start:end], expected)


@pytest.mark.parametrize("item", load_attr(), ids=lambda it: it["id"])
def test_attribution_item_format(item):
    assert set(item) <= {"id", "style", "published", "text", "attributions", "note", "tags"}
    assert {"id", "style", "published", "text", "attributions", "note"} <= set(item)
    assert item["style"] in ATTR_STYLES
    date.fromisoformat(item["published"])
    text = item["text"]
    assert isinstance(text, str) and text.strip() == text != ""
    for i, a in enumerate(item["attributions"]):
        assert ATTR_KEYS <= set(a) <= ATTR_KEYS | ATTR_OPTIONAL, sorted(a)
        assert a["cue_kind"] in CUE_KINDS
        assert a["quote"] in {"direct", "indirect", "mixed"}
        assert isinstance(a["negated"], bool)
        _span(text, a["content_start"], a["content_end"], a["content"])
        if a["cue"] is None:
            assert a["cue_start"] is None and a["cue_end"] is None
            assert a["cue_kind"] in {"colon", "according_to"} or "continues" in a
        else:
            _span(text, a["cue_start"], a["cue_end"], a["cue"])
        if a["source"] is None:
            assert a["source_kind"] is None and a["source_start"] is None
        else:
            assert a["source_kind"] in SOURCE_KINDS
            _span(text, a["source_start"], a["source_end"], a["source"])
        if "source_ref" in a:
            _span(text, a["source_ref_start"], a["source_ref_end"], a["source_ref"])
        if "parts" in a:
            assert a["parts"][0] == a["content"] and len(a["parts"]) == len(a["parts_spans"]) >= 2
            prev_end = -1
            for part, (s, e) in zip(a["parts"], a["parts_spans"]):
                _span(text, s, e, part)
                assert s >= prev_end
                prev_end = e
        if "continues" in a:
            j = a["continues"]
            assert isinstance(j, int) and 0 <= j < i
            assert item["attributions"][j]["source"] == a["source"]


# --- events_news_dev.jsonl: the blind news-sentence set (tests/data/README.md, section 3b) ---

NEWS_DEV = DATA / "events_news_dev.jsonl"
NEWS_STYLES = {"wire", "local", "lowercase", "headline", "long", "police"}
NEWS_FOCUS = {
    "embedded_content", "temporal_clause", "relative_clause", "participial", "pp_noun",
    "partitive", "light_verb", "lemma", "failure", "retraction", "obligation", "perpetrator",
    "phrasal_arrest", "hypothetical_arrest", "background_arrest", "not_arrest", "actor_context",
    "ethnic_group", "weapon_subject", "agentless_passive", "igo", "plain",
}
NEWS_EVENT_KEYS = EVENT_KEYS | {"actor_code", "recipient_code", "embedded", "content"}
NEWS_FIGURE_KEYS = {"kind", "value", "by", "by_code", "event_trigger"}
ACTOR_CODE = re.compile(r"^([A-Z0-9]{3}){1,3}$")


def load_news_dev() -> list[dict]:
    return [json.loads(line) for line in NEWS_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_events_news_dev_size_ids_and_order():
    items = load_news_dev()
    assert len(items) >= 320
    ids = [it["id"] for it in items]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"news-\d{4}", i) for i in ids)
    assert len({it["text"] for it in items}) == len(items), "duplicate sentences"
    assert sum(1 for it in items if not it["events"]) >= 25, "need event-free sentences"


def test_events_news_dev_coverage():
    items = load_news_dev()
    types = Counter(ev["type"] for it in items for ev in it["events"])
    assert set(types) == PLOVER_TYPES
    assert not {t: n for t, n in types.items() if n < 12}, types
    focus = Counter(f for it in items for f in it["focus"])
    minimum = {"embedded_content": 40, "perpetrator": 40, "actor_context": 40, "phrasal_arrest": 25,
               "light_verb": 15, "partitive": 12, "pp_noun": 10, "obligation": 10,
               "hypothetical_arrest": 6, "background_arrest": 6, "not_arrest": 8}
    assert not {k: focus[k] for k, n in minimum.items() if focus[k] < n}, focus
    assert focus["temporal_clause"] + focus["relative_clause"] + focus["participial"] >= 25
    assert focus["failure"] + focus["retraction"] >= 15
    styles = Counter(it["style"] for it in items)
    assert set(styles) == NEWS_STYLES
    years = {int(it["published"][:4]) for it in items}
    assert min(years) >= 2019 and max(years) <= 2026


@pytest.mark.parametrize("item", load_news_dev(), ids=lambda it: it["id"])
def test_events_news_dev_item_format(item):
    assert set(item) == {"id", "text", "published", "style", "focus", "events", "figures"}
    check_news_item(item, NEWS_FOCUS)


def check_news_item(item: dict, focus_tags: set[str]) -> None:
    """The events_news_dev format: events with codes, content and flags, figures tied to events."""
    text = item["text"]
    assert isinstance(text, str) and text.strip() == text != ""
    date.fromisoformat(item["published"])
    assert item["style"] in NEWS_STYLES
    if item["style"] == "lowercase":
        assert text == text.lower()
    assert item["focus"] and set(item["focus"]) <= focus_tags, item["focus"]
    triggers = set()
    for ev in item["events"]:
        assert NEWS_EVENT_KEYS <= set(ev) <= NEWS_EVENT_KEYS | {"mode", "context", "historical"}, sorted(ev)
        assert ev["type"] in PLOVER_TYPES
        assert ev["types_ok"][0] == ev["type"] and set(ev["types_ok"]) <= PLOVER_TYPES
        assert CAMEO_CODE.match(ev["cameo"]), ev["cameo"]
        assert ev["evidence"] in text, ev["evidence"]
        assert ev["trigger"] and ev["trigger"] in ev["evidence"], ev["trigger"]
        assert ev["content"] is None or (ev["content"] and ev["content"] in text), ev["content"]
        for key in ("actor", "recipient"):
            assert isinstance(ev[key], list) and ev[key], key
            assert all(n is None or (isinstance(n, str) and n) for n in ev[key])
        for key in ("actor_code", "recipient_code"):
            assert isinstance(ev[key], list) and ev[key], key
            assert all(c is None or ACTOR_CODE.match(c) for c in ev[key]), ev[key]
        for key in ("negated", "hypothetical", "reported", "embedded"):
            assert isinstance(ev[key], bool)
        if "historical" in ev:
            assert ev["historical"] is True
        triggers.add(ev["trigger"])
    for fig in item["figures"]:
        assert set(fig) == NEWS_FIGURE_KEYS
        assert fig["kind"] in {"killed", "wounded", "arrested", "detained"}
        assert isinstance(fig["value"], int) and fig["value"] > 0
        assert isinstance(fig["by"], list) and fig["by"] and isinstance(fig["by_code"], list) and fig["by_code"]
        assert all(c is None or ACTOR_CODE.match(c) for c in fig["by_code"])
        assert fig["event_trigger"] is None or fig["event_trigger"] in triggers, fig["event_trigger"]


# --- events_police_dev.jsonl: police-event news and coded news (tests/data/README.md, section 3d) ---

POLICE_DEV = DATA / "events_police_dev.jsonl"
POLICE_FOCUS = NEWS_FOCUS | {
    "custody_death", "crowd_dispersal", "encounter_killing", "raid", "curfew", "extrajudicial",
    "accident", "criminal_violence", "disease", "denied", "charge_only", "claim",
}
POLICE_NEWS_LAST = 150  # police-0001 ... police-0150 are police-event news, the rest coded news
SECURITY_SECTORS = ("COP", "MIL", "SPY", "JUD")


def load_police_dev() -> list[dict]:
    return [json.loads(line) for line in POLICE_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def _halves(items: list[dict]) -> tuple[list[dict], list[dict]]:
    police = [it for it in items if int(it["id"][-4:]) <= POLICE_NEWS_LAST]
    return police, [it for it in items if int(it["id"][-4:]) > POLICE_NEWS_LAST]


def test_events_police_dev_size_ids_and_order():
    items = load_police_dev()
    assert len(items) >= 250
    ids = [it["id"] for it in items]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert ids == [f"police-{n:04d}" for n in range(1, len(items) + 1)]
    assert len({it["text"] for it in items}) == len(items), "duplicate sentences"


def test_events_police_dev_does_not_reuse_other_sets():
    others = {it["text"].lower() for it in load_news_dev()} | {it["text"].lower() for it in load_dev()}
    assert not [it["id"] for it in load_police_dev() if it["text"].lower() in others]


def test_events_police_dev_flag_balance():
    police, coded = _halves(load_police_dev())
    assert len(police) >= 140 and len(coded) >= 90
    positive = [it for it in police if it["security_deaths"] or it["security_arrests"]]
    # roughly 55% positive, so that both recall and precision of the flags are measured
    assert 0.45 <= len(positive) / len(police) <= 0.65, len(positive)
    assert sum(it["security_deaths"] for it in police) >= 40
    assert sum(it["security_arrests"] for it in police) >= 40
    assert sum(it["security_deaths"] and it["security_arrests"] for it in police) >= 5
    focus = Counter(f for it in police for f in it["focus"])
    negatives = ("accident", "criminal_violence", "disease", "denied", "charge_only",
                 "hypothetical_arrest", "background_arrest", "not_arrest")
    assert not {k: focus[k] for k in negatives if focus[k] < 3}, focus


def test_events_police_dev_coverage():
    police, coded = _halves(load_police_dev())
    types = Counter(ev["type"] for it in coded for ev in it["events"])
    assert set(types) == PLOVER_TYPES
    assert not {t: n for t, n in types.items() if n < 4}, types
    styles = Counter(it["style"] for it in police + coded)
    assert set(styles) == NEWS_STYLES
    focus = Counter(f for it in police for f in it["focus"])
    assert focus["phrasal_arrest"] >= 25 and focus["perpetrator"] >= 40 and focus["agentless_passive"] >= 15


@pytest.mark.parametrize("item", load_police_dev(), ids=lambda it: it["id"])
def test_events_police_dev_item_format(item):
    assert set(item) == {"id", "text", "published", "style", "focus", "events", "figures",
                         "security_deaths", "security_arrests"}
    assert isinstance(item["security_deaths"], bool) and isinstance(item["security_arrests"], bool)
    check_news_item(item, POLICE_FOCUS)
    for fig in item["figures"]:
        surely_security = all(c is not None and c.endswith(SECURITY_SECTORS) for c in fig["by_code"])
        if surely_security and fig["kind"] in ("killed", "wounded"):
            assert item["security_deaths"], fig
        if surely_security and fig["kind"] in ("arrested", "detained"):
            assert item["security_arrests"], fig
