"""The event lexicon: loading ``data/event_lexicon.yaml`` (plus user files) into
trigger entries, and the closed word lists of ``data/event_grammar.yaml``."""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

import yaml

from eventwire.errors import EventwireError
from eventwire.lexicon import data_path, load_yaml
from eventwire.record import EVENT_TYPES

LEXICON_FILE = "event_lexicon.yaml"
GRAMMAR_FILE = "event_grammar.yaml"
WORD = re.compile(r"[\w']+|-")


@lru_cache(maxsize=1)
def grammar() -> SimpleNamespace:
    """The closed-class word lists (prepositions, pronouns, markers...) as frozensets."""
    raw = load_yaml(GRAMMAR_FILE)
    lists = {k: v for k, v in raw.items() if isinstance(v, list)}
    for k, v in lists.items():
        bad = [w for w in v if not isinstance(w, str)]
        if bad:  # YAML reads a bare on/no/yes as a boolean: such words must be quoted
            raise ValueError(f"{GRAMMAR_FILE}: {k}: {bad!r} are not words (quote them)")
    return SimpleNamespace(**{k: frozenset(w.lower() for w in v) for k, v in lists.items()})


@dataclass(frozen=True)
class Entry:
    """One trigger of the lexicon with its frame and its coding."""

    words: tuple[str, ...]
    pos: str  # "verb" or "noun"
    head_index: int
    cameo: str
    type: str
    mode: str
    context: tuple[str, ...]
    obj: frozenset | None = None
    subj: frozenset | None = None
    preps: frozenset | None = None
    of_role: str = "recipient"
    governs: bool = False
    requires_content: bool = False
    content: str = ""
    reverse: bool = False
    order: int = 0
    fallback: bool = False  # matched without its frame (lower confidence)
    implicit: bool = False  # no trigger word: a reported obligation ("X must stop Y", said by Z)

    @property
    def head(self) -> str:
        return self.words[self.head_index]

    @property
    def specificity(self) -> int:
        return self._specificity

    def __post_init__(self) -> None:
        spec = len([w for w in self.words if w != "-"]) + (self.obj is not None) + (self.subj is not None)
        object.__setattr__(self, "_specificity", spec)


@dataclass
class Lexicon:
    entries: list[Entry]
    by_head: dict[tuple[str, str], list[Entry]]
    cameo: dict[str, tuple[str, str, str]]
    content_cameo: dict[str, dict[str, str]]
    light_agent: frozenset
    light_patient: frozenset
    hypothetical_governors: frozenset
    negating_governors: frozenset
    modals: frozenset
    deontic_modals: frozenset
    reporting_verbs: frozenset
    speech_complements: frozenset
    willingness_governors: frozenset
    cooperative_types: frozenset
    hostile_types: frozenset
    state_heads: frozenset
    ignore: frozenset
    actor_nouns: dict = field(default_factory=dict)  # lemma -> entity kind ("group", "organization")
    acting_nouns: frozenset = frozenset()
    no_fallback_objects: frozenset = frozenset()
    obligation_cameo: str = "100"  # CAMEO code of a reported obligation without a trigger ("X must ...")


def _merge_raw(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, val in (extra or {}).items():
        if key == "entries":
            out["entries"] = list(out.get("entries") or []) + list(val or [])
        elif isinstance(val, dict) and isinstance(out.get(key), dict):
            merged = dict(out[key])
            merged.update(val)
            out[key] = merged
        elif isinstance(val, list) and isinstance(out.get(key), list):
            out[key] = list(out[key]) + [v for v in val if v not in out[key]]
        else:
            out[key] = val
    return out


def _expand_words(words: list, classes: dict) -> frozenset | None:
    if words is None:
        return None
    out: set[str] = set()
    for w in words:
        w = str(w).lower()
        if w.startswith("$"):
            out.update(str(x).lower() for x in classes.get(w[1:], ()))
        else:
            out.add(w)
    return frozenset(out) if out else None


def _head_index(words: tuple[str, ...], pos: str) -> int:
    preps = grammar().head_split_preps
    if pos == "verb":
        if "-" in words:  # "test-fire": the tokenizer splits it, the parser heads it on "fire"
            return len(words) - 1
        if len(words) > 1 and words[0].endswith("ly") and words[0] not in grammar().ly_verbs:
            return 1
        return 0
    for i, w in enumerate(words):
        if i and w in preps:
            return i - 1
    return len(words) - 1


def _build(raw: dict) -> Lexicon:
    classes = raw.get("classes") or {}
    cameo = {str(k): (v[0], v[1] or "", v[2] or "") for k, v in (raw.get("cameo") or {}).items()}
    entries: list[Entry] = []
    for gi, grp in enumerate(raw.get("entries") or []):
        code = str(grp["cameo"])
        ctype, cmode, cctx = cameo.get(code, (None, "", ""))
        etype = grp.get("type") or ctype
        if etype not in EVENT_TYPES:
            raise ValueError(f"event lexicon entry {gi}: unknown type {etype!r} for CAMEO {code}")
        mode = grp.get("mode", cmode) or ""
        ctx = grp.get("context", cctx) or ""
        for pos in ("verb", "noun"):
            for trig in grp.get(pos + "s") or []:
                words = tuple(WORD.findall(str(trig).lower()))
                if not words:
                    continue
                entries.append(Entry(
                    words=words, pos=pos, head_index=_head_index(words, pos), cameo=code, type=etype,
                    mode=mode, context=tuple(ctx.split()), obj=_expand_words(grp.get("obj"), classes),
                    subj=_expand_words(grp.get("subj"), classes), preps=_expand_words(grp.get("preps"), classes),
                    of_role=grp.get("of", "actor" if etype in ("PROTEST", "MOBILIZE", "CONSULT") else "recipient"),
                    governs=bool(grp.get("governs")), requires_content=grp.get("requires") == "content",
                    content=grp.get("content") or etype,
                    reverse=grp.get("roles") == "reverse", order=len(entries),
                ))
    by_head: dict[tuple[str, str], list[Entry]] = {}
    for e in entries:
        by_head.setdefault((e.pos, e.head), []).append(e)
    for lst in by_head.values():
        lst.sort(key=lambda e: (-e.specificity, e.order))
    lv = raw.get("light_verbs") or {}

    def fs(key):
        return frozenset(str(x).lower() for x in raw.get(key) or ())

    return Lexicon(
        entries=entries, by_head=by_head, cameo=cameo,
        content_cameo={k: {str(a): str(b) for a, b in v.items()} for k, v in (raw.get("content_cameo") or {}).items()},
        light_agent=frozenset(lv.get("agent") or ()), light_patient=frozenset(lv.get("patient") or ()),
        hypothetical_governors=fs("hypothetical_governors"), negating_governors=fs("negating_governors"),
        modals=fs("modals"), deontic_modals=fs("deontic_modals"), reporting_verbs=fs("reporting_verbs"), speech_complements=fs("speech_complements"),
        willingness_governors=fs("willingness_governors"), cooperative_types=frozenset(raw.get("cooperative_types") or ()),
        hostile_types=frozenset(raw.get("hostile_types") or ()), state_heads=fs("state_heads"),
        ignore=frozenset(tuple(WORD.findall(p.lower())) for p in raw.get("ignore") or ()),
        actor_nouns={str(w).lower(): kind for kind in ("group", "organization", "person")
                     for w in (raw.get("actor_nouns") or {}).get(kind) or ()},
        acting_nouns=fs("acting_nouns"), no_fallback_objects=fs("no_fallback_objects"),
    )


@lru_cache(maxsize=8)
def load_lexicon(extra_paths: tuple[str, ...] = ()) -> Lexicon:
    """The event lexicon, with user lexicon files (same YAML format) merged on top."""
    raw = yaml.safe_load(data_path(LEXICON_FILE).read_text(encoding="utf-8"))
    for p in extra_paths:
        raw = _merge_raw(raw, _user_file(p))
    try:
        return _build(raw)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        where = ", ".join(map(str, extra_paths)) or LEXICON_FILE
        raise LexiconError(where, f"not a valid event lexicon: {exc}") from exc


class LexiconError(EventwireError, ValueError):
    """A user event lexicon that cannot be read (a ValueError too, for library callers)."""


def _user_file(path: str) -> dict:
    """A user lexicon file as a mapping; a one-line error naming the file otherwise."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(str(path), f"cannot read event lexicon ({exc.strerror or exc})") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise LexiconError(str(path), f"not valid YAML: {first}") from exc
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise LexiconError(str(path), "an event lexicon must be a mapping (entries:, classes:, ...)")
    return raw




# The lexicon of the extract_events call in progress: the small syntactic helpers
# read its noun lists without every caller having to pass it down.
_ACTIVE_LEXICON: ContextVar[Lexicon | None] = ContextVar("eventwire_event_lexicon", default=None)


def active_lexicon() -> Lexicon:
    # load_lexicon(()) and load_lexicon() are two keys of its cache: name the argument, so a
    # helper called outside an extraction does not parse the YAML a second time (~1 s)
    return _ACTIVE_LEXICON.get() or load_lexicon(())


@contextmanager
def lexicon_in_use(lex: Lexicon):
    """Make ``lex`` the one the syntactic helpers read (:func:`active_lexicon`) for a block:
    the user's ``--events`` lexicon, not the bundled one, in every pass that codes events."""
    token = _ACTIVE_LEXICON.set(lex)
    try:
        yield lex
    finally:
        _ACTIVE_LEXICON.reset(token)
