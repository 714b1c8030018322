"""The one reporting-cue lexicon (``data/reporting_cues.tsv``), shared by quotes,
entities (collective speakers) and anything else that must know what a cue is."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.errors import EventwireError
from eventwire.lexicon import load_tsv

CUES_FILE = "reporting_cues.tsv"


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict  # lemma -> (takes_addressee, complements)
    multiword: dict  # first lemma -> tuple of (lemmas, takes_addressee, complements)
    nouns: frozenset
    frames: frozenset
    source_blockers: frozenset
    title_cues: frozenset
    speech_acts: frozenset
    object_cues: frozenset = frozenset()


# Cue kinds that are plain word lists, by the CueLexicon field that holds them.
WORD_LIST_KINDS = {"noun": "nouns", "frame": "frames", "source_blocker": "source_blockers",
                   "title_cue": "title_cues", "speech_act": "speech_acts", "object_cue": "object_cues"}


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The reporting-cue lexicon, loaded once per process. A row of an unknown kind is
    an error naming the file: a typo must not silently drop a cue."""
    verbs: dict = {}
    multi: dict = {}
    words: dict[str, set] = {kind: set() for kind in WORD_LIST_KINDS}
    for row in load_tsv(CUES_FILE):
        cue = (row.get("cue") or "").strip().lower()
        kind = (row.get("kind") or "").strip()
        if not cue:
            continue
        addr = (row.get("takes_addressee") or "0").strip() == "1"
        comps = frozenset(c.strip() for c in (row.get("complements") or "").split(";") if c.strip())
        if kind == "verb":
            verbs[cue] = (addr, comps)
        elif kind in ("idiom", "multiword"):
            lemmas = tuple(cue.split())
            entry = (lemmas, False, frozenset({"idiom"})) if kind == "idiom" else (lemmas, addr, comps)
            multi.setdefault(lemmas[0], []).append(entry)
        elif kind in words:
            words[kind].add(cue)
        else:
            raise EventwireError(CUES_FILE, f"unknown cue kind {kind!r} for {cue!r}")
    multi = {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in multi.items()}
    return CueLexicon(verbs, multi, **{field_name: frozenset(words[kind]) for kind, field_name in WORD_LIST_KINDS.items()})

