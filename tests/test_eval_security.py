"""Sentence-level security-force metrics of `eventwire eval` (eval_security.py)."""
from __future__ import annotations

import json

import pytest

from eventwire.eval_security import predicted_arrests, predicted_deaths, security_gold
from eventwire.evaluate import Tally, dev_line_to_gold, evaluate, score_record

POLICE = {"id": "E1", "name": "police", "kind": "organization", "code": "KENCOP"}
GANG = {"id": "E2", "name": "gunmen", "kind": "organization", "code": "CRM"}
VILLAGERS = {"id": "E3", "name": "villagers", "kind": "organization", "code": "KENCVL"}


def record(entities, events=(), figures=()):
    return {"article": {"text": "x"}, "sentences": [], "entities": list(entities), "events": list(events),
            "figures": list(figures)}


def test_flags_are_read_only_when_the_line_has_them():
    assert security_gold({"text": "x"}) is None
    assert security_gold({"security_deaths": True}) == {"deaths": True, "arrests": False}
    gold = dev_line_to_gold({"text": "x", "events": [], "security_arrests": True})
    assert gold["security"] == {"deaths": False, "arrests": True}


def test_a_death_figure_counts_through_its_by_or_its_event_actor():
    by_fig = record([POLICE], figures=[{"kind": "killed", "value": 2, "by": ["E1"], "sentence": 0}])
    assert predicted_deaths(by_fig)
    via_event = record([POLICE, VILLAGERS],
                       events=[{"id": "V1", "type": "ASSAULT", "actor": ["E1"], "recipient": ["E3"], "sentence": 0}],
                       figures=[{"kind": "wounded", "value": 4, "by": [], "event": "V1", "sentence": 0}])
    assert predicted_deaths(via_event)
    # the event's own codes win over the entity's: "Kenyan police" coded on the event
    coded_on_event = record([{"id": "E4", "name": "Kenya", "kind": "country", "code": "KEN"}],
                            figures=[{"kind": "killed", "value": 1, "by": ["E4"], "event": "V1", "sentence": 0}],
                            events=[{"id": "V1", "type": "ASSAULT", "actor": ["E4"], "codes": {"E4": "KENCOP"},
                                     "sentence": 0}])
    assert predicted_deaths(coded_on_event)


def test_deaths_by_others_or_unreal_attacks_do_not_count():
    assert not predicted_deaths(record([GANG], figures=[{"kind": "killed", "value": 3, "by": ["E2"], "sentence": 0}]))
    assert not predicted_deaths(record([POLICE], figures=[{"kind": "displaced", "value": 300, "by": ["E1"]}]))
    hypothetical = record([POLICE], events=[{"id": "V1", "type": "ASSAULT", "actor": ["E1"], "hypothetical": True,
                                            "sentence": 0}],
                          figures=[{"kind": "killed", "value": 2, "by": [], "event": "V1", "sentence": 0}])
    assert not predicted_deaths(hypothetical)
    # an assault by police with no one counted dead or hurt is not a death
    assert not predicted_deaths(record([POLICE], events=[{"id": "V1", "type": "ASSAULT", "actor": ["E1"], "sentence": 0}]))


def test_arrests_need_a_real_arrest_event_or_figure():
    arrest = {"id": "V1", "type": "COERCE", "cameo": "173", "mode": ["arrest"], "actor": ["E1"], "sentence": 0}
    assert predicted_arrests(record([POLICE], events=[arrest]))
    assert not predicted_arrests(record([POLICE], events=[{**arrest, "hypothetical": True}]))
    assert not predicted_arrests(record([POLICE], events=[{**arrest, "historical": True}]))
    charge = {**arrest, "mode": []}  # 173 without mode arrest: a formal charge
    assert not predicted_arrests(record([POLICE], events=[charge]))
    assert predicted_arrests(record([POLICE], figures=[{"kind": "detained", "value": 12, "by": ["E1"]}]))


def test_sentences_are_tallied_as_a_binary_classification():
    tally = Tally()
    pos = record([POLICE], figures=[{"kind": "killed", "value": 2, "by": ["E1"], "sentence": 0}])
    neg = record([GANG], figures=[{"kind": "killed", "value": 2, "by": ["E2"], "sentence": 0}])
    for gold_flag, rec in ((True, pos), (True, neg), (False, pos), (False, neg)):
        score_record({"security": {"deaths": gold_flag, "arrests": False}}, rec, tally)
    assert tally.counts["security_deaths"] == [1, 2, 2]
    assert tally.counts["security_arrests"] == [0, 0, 0]
    parts = tally.summary()["parts"]
    assert parts["security_deaths"]["precision"] == 0.5 and parts["security_deaths"]["recall"] == 0.5


SENTENCES = [
    # (text, deaths, arrests): wire, local, lower-case, headline and long styles
    ("Soldiers shot dead two protesters in the northern town of Kano on Tuesday, witnesses said.", True, False),
    ("Police in Nairobi arrested 14 people after clashes near the parliament.", False, True),
    ("three men were arrested by police in bristol on friday night.", False, True),
    ("Gunmen killed four villagers in a night attack on a village in Zamfara state.", False, False),
    ("The minister said officers could face arrest if the inquiry finds wrongdoing.", False, False),
]


@pytest.mark.parametrize("text,deaths,arrests", SENTENCES)
def test_real_sentences(analyze_text, text, deaths, arrests):
    rec = analyze_text(text, "2024-05-01").to_dict()
    assert predicted_deaths(rec) is deaths
    assert predicted_arrests(rec) is arrests


def test_eval_prints_the_security_parts(tmp_path, analyze_text):
    dev = tmp_path / "dev.jsonl"
    lines = [{"id": f"s{i}", "text": t, "published": "2024-05-01", "events": [], "figures": [],
              "security_deaths": d, "security_arrests": a} for i, (t, d, a) in enumerate(SENTENCES)]
    dev.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    parts = evaluate([dev], analyze=lambda t, pub: analyze_text(t, pub).to_dict()).summary()["parts"]
    assert parts["security_deaths"]["f1"] == 1.0 and parts["security_arrests"]["f1"] == 1.0
