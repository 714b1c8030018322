"""Shared fixtures: the pipeline is loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "examples" / "gaza-hamas-naim.txt"


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def analyze_text():
    """analyze_text(text, published=None) -> Record, sharing the loaded pipeline."""
    from eventwire.analyze import analyze_text as _analyze

    return _analyze


@pytest.fixture(scope="session")
def sample_record():
    from eventwire.analyze import analyze_text as _analyze

    return _analyze(SAMPLE.read_text(encoding="utf-8"), published="2025-05-20")
