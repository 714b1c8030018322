"""The one reporting-cue lexicon (``data/reporting_cues.tsv``), shared by quotes,
entities (collective speakers) and anything else that must know what a cue is."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from eventwire.errors import EventwireError
from eventwire.lexicon import load_tsv

CUES_FILE = "reporting_cues.tsv"


CUE_KINDS = ("speech", "stance", "belief", "intention", "statement", "noun", "evidence", "directive",
             "according_to", "colon")


@dataclass(frozen=True)
class CueClass:
    """The attribution class of a cue: a default, and overrides by complement type
    ("deny" is speech with a that-clause, stance with a noun-phrase object)."""

    default: str
    by_complement: tuple[tuple[str, str], ...] = ()

    def of(self, complement: str | None) -> str:
        return dict(self.by_complement).get(complement or "", self.default)


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
    negators: frozenset = frozenset()
    statement_verbs: frozenset = frozenset()
    setting_nouns: frozenset = frozenset()
    statement_nouns: frozenset = frozenset()
    predicate_preps: frozenset = frozenset()
    evidence_verbs: dict = field(default_factory=dict)  # lemma -> (takes_addressee, complements)
    noun_complements: dict = field(default_factory=dict)  # noun -> complements
    classes: dict = field(default_factory=dict)  # (group, cue) -> CueClass; group verb|multi|noun|evidence

    def cue_kind(self, group: str, cue: str, complement: str | None = None) -> str:
        c = self.classes.get((group, cue))
        return c.of(complement) if c else ("noun" if group == "noun" else "speech")


# Cue kinds that are plain word lists, by the CueLexicon field that holds them.
WORD_LIST_KINDS = {"noun": "nouns", "frame": "frames", "source_blocker": "source_blockers",
                   "title_cue": "title_cues", "speech_act": "speech_acts", "object_cue": "object_cues",
                   "negator": "negators", "statement_verb": "statement_verbs", "setting_noun": "setting_nouns",
                   "statement_noun": "statement_nouns", "predicate_prep": "predicate_preps"}
CLASS_GROUP = {"verb": "verb", "multiword": "multi", "noun": "noun", "evidence_verb": "evidence"}


def _cue_class(cell: str | None, cue: str) -> CueClass | None:
    """Parse a cue_kind cell ("speech;to=intention"); an unknown class is an error."""
    parts = [x.strip() for x in (cell or "").split(";") if x.strip()]
    if not parts:
        return None
    default, overrides = parts[0], []
    for x in parts[1:]:
        comp, _, kind = x.partition("=")
        overrides.append((comp.strip(), kind.strip()))
    for kind in [default, *(k for _, k in overrides)]:
        if kind not in CUE_KINDS:
            raise EventwireError(CUES_FILE, f"unknown cue_kind {kind!r} for {cue!r}")
    return CueClass(default, tuple(overrides))


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The reporting-cue lexicon, loaded once per process. A row of an unknown kind is
    an error naming the file: a typo must not silently drop a cue."""
    verbs: dict = {}
    evidence: dict = {}
    multi: dict = {}
    noun_comps: dict = {}
    classes: dict = {}
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
        elif kind == "evidence_verb":
            evidence[cue] = (addr, comps)
        elif kind in ("idiom", "multiword"):
            lemmas = tuple(cue.split())
            entry = (lemmas, False, frozenset({"idiom"})) if kind == "idiom" else (lemmas, addr, comps)
            multi.setdefault(lemmas[0], []).append(entry)
        elif kind in words:
            words[kind].add(cue)
            if kind == "noun":
                noun_comps[cue] = comps or frozenset({"that"})
        else:
            raise EventwireError(CUES_FILE, f"unknown cue kind {kind!r} for {cue!r}")
        cls = _cue_class(row.get("cue_kind"), cue)
        if cls is not None and kind in CLASS_GROUP:
            classes[(CLASS_GROUP[kind], cue)] = cls
    multi = {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in multi.items()}
    return CueLexicon(verbs, multi, **{field_name: frozenset(words[kind]) for kind, field_name in WORD_LIST_KINDS.items()},
                      evidence_verbs=evidence, noun_complements=noun_comps, classes=classes)


SOURCE_NOUNS_FILE = "source_nouns.tsv"


@lru_cache(maxsize=1)
def source_nouns() -> dict[str, str]:
    """Common noun heading an unnamed source -> entity kind (``data/source_nouns.tsv``)."""
    return {r["word"].strip().lower(): r["kind"].strip() for r in load_tsv(SOURCE_NOUNS_FILE) if r.get("word")}


@lru_cache(maxsize=1)
def evidence_nouns() -> frozenset[str]:
    """Documents, polls and data sets whose findings are evidence ("the report found")."""
    return frozenset(r["word"].strip().lower() for r in load_tsv(SOURCE_NOUNS_FILE)
                     if (r.get("evidence") or "").strip() == "1")
