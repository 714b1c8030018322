"""Accuracy measured by the shared scorer (shared/tools/score_gold.py) on hand-annotated articles.

The minimums are regression floors a little under the figures last measured (see the closing
notes); raising them is how progress is locked in. The sample's floors are the issue's
acceptance levels. The articles in tests/data/gold/ were written and annotated by a separate
helper before the rules were measured on them (tests/data/README.md).
"""
import subprocess
import sys

import pytest

from conftest import DATA, ROOT, SHARED

SCORER = SHARED / "tools" / "score_gold.py"
SAMPLE_GOLD = SHARED / "gold" / "gaza-hamas-naim.gold.json"
SAMPLE_FLOORS = ("quotes=0.95,attribution=0.95,events=0.80,event_actors=0.75,figures=1.0,"
                 "entities=0.90,places=1.0,dates=1.0")
OWN_GOLDS = sorted((DATA / "gold" / "gold").glob("*.gold.json"))
# quotes: these golds annotate speech quotes only and split quotes as two; since issue 9 the record
# also holds the other attribution classes (stance, directive, according to, noun cues ...) and one
# quote with parts per split quote, which the shared scorer counts against precision (measured
# 0.76-0.84 after, 0.92-1.00 before, with attribution accuracy unchanged at 0.92-1.00).
OWN_FLOORS = "quotes=0.72,attribution=0.90,events=0.50,event_actors=0.15,figures=0.75,entities=0.85,places=0.6,dates=1.0"

needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="../shared (scorer and gold) is not beside this checkout")


def _score(gold, floors):
    cmd = f"{sys.executable} -m eventwire analyze"
    out = subprocess.run([sys.executable, str(SCORER), str(gold), "--cmd", cmd, "--min", floors, "-v"],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    print(out.stdout, out.stderr)
    assert out.returncode == 0, out.stdout[-1500:] + out.stderr[-1500:]
    assert f"{gold.name}:" in out.stdout


@needs_scorer
def test_sample_article_meets_acceptance():
    _score(SAMPLE_GOLD, SAMPLE_FLOORS)


@needs_scorer
@pytest.mark.parametrize("gold", OWN_GOLDS, ids=[g.name.split(".")[0] for g in OWN_GOLDS])
def test_own_gold_articles_stay_above_floors(gold):
    _score(gold, OWN_FLOORS)


def test_there_are_own_gold_articles():
    assert len(OWN_GOLDS) >= 4
