"""Event coder: per-rule sentences (tests/data/events_rules.jsonl), lexicon, robustness."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate import name_matches, words
from eventwire.record import EVENT_TYPES

DATA = Path(__file__).parent / "data"
RULES = [json.loads(ln) for ln in (DATA / "events_rules.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]


def _names(rec, ids):
    by_id = {e.id: e for e in rec.entities}
    return [by_id[i].name for i in ids]


def _code(rec, eid):
    return next((e.code for e in rec.entities if e.id == eid), None)


def _problems(case: dict, rec) -> list[str]:
    """What the record gets wrong against the expectations of one rule sentence."""
    evs = rec.events
    if not case["events"]:
        return [f"unexpected {e.type} {e.trigger!r}" for e in evs]
    out = [f"unexpected {e.type} {e.trigger!r}" for e in evs if e.type in case.get("absent", ())]
    if "count" in case and len(evs) != case["count"]:
        out.append(f"{len(evs)} events, expected {case['count']}: {[(e.type, e.trigger) for e in evs]}")
    for exp in case["events"]:
        cands = [e for e in evs if e.type == exp["type"]]
        trig = set(words(exp.get("trigger")))
        if trig:
            cands = [e for e in cands if trig & set(words(e.trigger + " " + rec.article.text[e.start:e.end]))]
        if not cands:
            out.append(f"no {exp['type']} event for {exp.get('trigger')!r}; got {[(e.type, e.trigger) for e in evs]}")
            continue
        ev = cands[0]
        if "mode" in exp and exp["mode"] not in ev.mode:
            out.append(f"{ev.trigger!r}: mode {ev.mode} != {exp['mode']}")
        if "cameo" in exp and ev.cameo != exp["cameo"]:
            out.append(f"{ev.trigger!r}: cameo {ev.cameo} != {exp['cameo']}")
        for role in ("actor", "recipient"):
            if role not in exp:
                continue
            got = _names(rec, getattr(ev, role))
            if not exp[role]:
                if got and role == "actor":
                    out.append(f"{ev.trigger!r}: expected no {role}, got {got}")
            elif not any(name_matches(n, exp[role]) or any(set(words(g)) & set(words(n)) for g in exp[role]) for n in got):
                out.append(f"{ev.trigger!r}: {role} {got} not in {exp[role]}")
        for role in ("actor", "recipient"):
            banned = {b.lower() for b in exp.get("not_" + role) or ()}
            wrong = [n for n in _names(rec, getattr(ev, role)) if n.lower() in banned]
            if wrong:
                out.append(f"{ev.trigger!r}: {role} {wrong} must not be there")
        for flag in ("negated", "hypothetical", "embedded", "historical"):
            if flag in exp and getattr(ev, flag) != exp[flag]:
                out.append(f"{ev.trigger!r}: {flag}={getattr(ev, flag)}")
        if "content" in exp:
            got = ev.content.text if ev.content else None
            if exp["content"] is None and got is not None or exp["content"] and (got is None or exp["content"] not in got):
                out.append(f"{ev.trigger!r}: content {got!r}, expected {exp['content']!r}")
        if "actor_code" in exp:
            codes = [ev.codes.get(i) or _code(rec, i) for i in ev.actor] or [None]
            if not set(codes) & set(exp["actor_code"]):
                out.append(f"{ev.trigger!r}: actor codes {codes} not in {exp['actor_code']}")
        if "recipient_code" in exp:
            codes = [ev.codes.get(i) or _code(rec, i) for i in ev.recipient] or [None]
            if not set(codes) & set(exp["recipient_code"]):
                out.append(f"{ev.trigger!r}: recipient codes {codes} not in {exp['recipient_code']}")
    if case.get("first"):
        if not evs or evs[0].type != case["first"]:
            out.append(f"main event should come first: {[(e.type, e.trigger) for e in evs]}")
    for fexp in case.get("figures", ()):
        figs = [f for f in rec.figures if f.kind == fexp["kind"] and f.value == fexp["value"]]
        if not figs:
            out.append(f"no figure {fexp['kind']}={fexp['value']}: {[(f.kind, f.value) for f in rec.figures]}")
            continue
        f = figs[0]
        if "by" in fexp:
            got = _names(rec, f.by)
            if not fexp["by"] and got or fexp["by"] and not any(name_matches(n, fexp["by"]) for n in got):
                out.append(f"figure {f.kind}={f.value}: by {got} not {fexp['by']}")
        if fexp.get("linked") and (f.event is None or f.event not in {e.id for e in evs}):
            out.append(f"figure {f.kind}={f.value} not linked to an event")
        if exp.get("reported") and rec.quotes and ev.reported_by is None:
            out.append(f"{ev.trigger!r}: not linked to its quote")
    return out


@pytest.mark.parametrize("case", RULES, ids=[c["id"] for c in RULES])
def test_rule_sentence(case, analyze_text):
    rec = analyze_text(case["text"])
    assert _problems(case, rec) == [], case["rule"]


def test_rule_set_is_large_and_varied():
    assert len(RULES) >= 80
    covered = {e["type"] for c in RULES for e in c["events"]}
    assert covered == set(EVENT_TYPES)
    assert sum(1 for c in RULES if not c["events"]) >= 8  # negative cases


def test_lexicon_size_and_coverage():
    from eventwire.extract.events import load_lexicon

    lex = load_lexicon()
    assert len(lex.entries) >= 600
    assert {e.type for e in lex.entries} == set(EVENT_TYPES)
    for e in lex.entries:
        assert e.cameo in lex.cameo, e
        assert e.type in EVENT_TYPES


def test_cameo_table_uses_plover_names():
    from eventwire.extract.events import load_lexicon

    lex = load_lexicon()
    assert lex.cameo["0841"][:2] == ("RETREAT", "release")
    assert lex.cameo["173"][:2] == ("COERCE", "arrest")
    assert lex.cameo["195"][:2] == ("ASSAULT", "aerial")
    assert lex.cameo["163"][0] == "SANCTION"


def test_user_lexicon_is_merged(tmp_path, nlp):
    from eventwire.extract.entities import extract_entities
    from eventwire.extract.events import extract_events, load_lexicon
    from eventwire.nlp import sentence_spans

    extra = tmp_path / "mine.yaml"
    extra.write_text('entries:\n  - cameo: "190"\n    verbs: [zap]\n', encoding="utf-8")
    lex = load_lexicon((str(extra),))
    assert len(lex.entries) == len(load_lexicon().entries) + 1
    doc = nlp("The rebels zapped the garrison in Goma.")
    table = extract_entities(doc)
    sents = sentence_spans(doc)
    assert [e.type for e in extract_events(doc, table, [], [], [], sents, lexicon=lex).events] == ["ASSAULT"]
    assert extract_events(doc, table, [], [], [], sents).events == []


def test_bad_user_lexicon_type_is_refused(tmp_path):
    from eventwire.extract.events import load_lexicon

    extra = tmp_path / "bad.yaml"
    extra.write_text('entries:\n  - cameo: "190"\n    type: FIGHT\n    verbs: [zap]\n', encoding="utf-8")
    with pytest.raises(ValueError):
        load_lexicon((str(extra),))


def test_event_arguments_are_known_entities(sample_record):
    ids = {e.id for e in sample_record.entities}
    quote_ids = {q.id for q in sample_record.quotes}
    place_ids = {p.id for p in sample_record.places}
    assert sample_record.events
    for ev in sample_record.events:
        assert set(ev.actor) <= ids and set(ev.recipient) <= ids
        assert ev.reported_by is None or ev.reported_by in quote_ids
        assert ev.place is None or ev.place in place_ids
        assert 0 <= ev.start < ev.end <= len(sample_record.article.text)
        assert 0 <= ev.sentence < len(sample_record.sentences)
        assert 0.0 <= ev.confidence <= 1.0


def test_rule_sentences_arguments_are_known_entities(analyze_text):
    for case in RULES[:40]:
        rec = analyze_text(case["text"])
        ids = {e.id for e in rec.entities}
        for ev in rec.events:
            assert set(ev.actor) <= ids and set(ev.recipient) <= ids, case["id"]


def test_date_and_place_attach_from_the_same_sentence(analyze_text):
    rec = analyze_text("Russian forces shelled Kharkiv on 3 March 2024. Talks resumed later.", published="2024-03-05")
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    if any(d.value == "2024-03-03" for d in rec.dates):
        assert ev.date == "2024-03-03"
    if rec.places:
        assert ev.place is not None


@pytest.mark.parametrize("text", [
    "", " ", '"', '""""', "attack", "\u201cWe will strike,\u201d", "withdrawal of", "by by by",
    "Sanctions " * 300, "They 99999999999999999999 attacked", "\u0627\u0644\u0633\u0644\u0627\u0645 attack \U0001F600 ceasefire?",
])
def test_odd_text_never_crashes(text, analyze_text):
    rec = analyze_text(text)
    for ev in rec.events:
        assert ev.type in EVENT_TYPES


def test_every_lexicon_code_is_a_cameo_code():
    """Each group names a real CAMEO code (the codebook ships in shared/reference)."""
    import csv

    from eventwire.extract.events import load_lexicon

    book = Path(__file__).resolve().parents[2] / "shared" / "reference" / "cameo-codebook.csv"
    if not book.is_file():
        pytest.skip("CAMEO codebook not available")
    with book.open(encoding="utf-8") as fh:
        codes = {row["code"] for row in csv.DictReader(fh)}
    lex = load_lexicon()
    assert {e.cameo for e in lex.entries} <= codes
    assert {c for table in lex.content_cameo.values() for c in table.values()} <= codes


def test_refusal_and_intent_conversions(analyze_text):
    rec = analyze_text("Moscow said it would not withdraw its troops from the Zaporizhzhia plant.")
    assert [e.type for e in rec.events] == ["REJECT"]
    assert rec.events[0].cameo == "1246" and not rec.events[0].negated


def test_random_text_never_crashes(nlp):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from eventwire.extract.entities import extract_entities
    from eventwire.extract.events import extract_events
    from eventwire.nlp import sentence_spans

    vocab = st.sampled_from(["attack", "the", "Russia", "said", "not", "would", "\"", "release", "of", "by",
                             "prisoners", "ceasefire", "calls", "for", "we", "it", "?", ",", "if", "must", "\u201c", "99"])

    @settings(max_examples=40, deadline=None)
    @given(st.lists(vocab, max_size=25))
    def run(tokens):
        doc = nlp(" ".join(tokens))
        table = extract_entities(doc)
        result = extract_events(doc, table, [], [], [], sentence_spans(doc))
        # the coder's own group entities (actors and recipients it made) are returned beside its events
        ids = {e.id for e in table.entities} | {e.id for e in result.entities}
        for ev in result.events:
            assert set(ev.actor) <= ids and set(ev.recipient) <= ids
            assert 0 <= ev.start <= ev.end <= len(doc.text)

    run()


def test_group_entities_made_for_actors_have_unique_known_ids(analyze_text):
    rec = analyze_text("Riot police detained dozens of protesters in Tbilisi. Protesters threw stones at police, "
                       "and police later arrested 20 more protesters. Gunmen killed two guards.")
    ids = [e.id for e in rec.entities]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for ev in rec.events:
        assert set(ev.actor) <= known and set(ev.recipient) <= known
    groups = [e for e in rec.entities if e.kind in ("group", "organization") and e.name.lower() in ("protesters", "gunmen")]
    assert {e.name.lower() for e in groups} == {"protesters", "gunmen"}  # one entity per name
    text = rec.article.text
    for e in rec.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    used = {i for ev in rec.events for i in ev.actor + ev.recipient}
    assert all(e.id in used for e in groups)  # made for an event's argument, never orphaned


def test_no_group_entity_without_an_event(analyze_text):
    rec = analyze_text("Protesters gathered peacefully in the square while police watched.")
    made = [e for e in rec.entities if e.name.lower() in ("protesters", "police")]
    used = {i for ev in rec.events for i in ev.actor + ev.recipient}
    assert all(e.id in used for e in made)


def test_user_lexicon_nouns_reach_the_syntactic_helpers(tmp_path, nlp):
    """Who may act ("urged the zorblers to withdraw") is read from the lexicon of the
    extract_events call in progress, not from the default one."""
    from eventwire.extract import events
    from eventwire.extract.entities import extract_entities
    from eventwire.nlp import sentence_spans

    extra = tmp_path / "mine.yaml"
    extra.write_text("actor_nouns:\n  group: [zorbler]\n", encoding="utf-8")
    lex = events.load_lexicon((str(extra),))
    assert "zorbler" in lex.actor_nouns and "zorbler" not in events.load_lexicon().actor_nouns
    doc = nlp("The envoy urged the zorblers to withdraw.")
    noun = next(t for t in doc if t.lower_ == "zorblers")
    assert not events._may_act(noun)
    token = events._ACTIVE_LEXICON.set(lex)
    try:
        assert events._may_act(noun) and events._is_person(noun)
    finally:
        events._ACTIVE_LEXICON.reset(token)
    events.extract_events(doc, extract_entities(doc), [], [], [], sentence_spans(doc), lexicon=lex)
    assert events._ACTIVE_LEXICON.get() is None  # reset when the call returns
