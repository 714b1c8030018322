"""The checks every article passes before analysis, whatever reader built it."""
from __future__ import annotations

from dataclasses import dataclass

from eventwire.config import load_settings
from eventwire.errors import InputError
from eventwire.readers.article import ArticleInput, Item
from eventwire.readers.guard import guarded
from eventwire.readers.decoding import CONTROL_RATIO_BINARY, control_ratio
from eventwire.readers.language import foreign_language, language_name, real_word_count


@dataclass(frozen=True)
class Checks:
    """What every article must pass. ``language="en"`` skips identification (the caller
    vouches for it); None identifies the language and refuses a confident non-English verdict."""

    max_chars: int | None = None  # None: the settings in force (EVENTWIRE_MAX_CHARS, config file)
    language: str | None = None
    min_words: int | None = None  # None: the settings in force (EVENTWIRE_MIN_WORDS)

    def __post_init__(self) -> None:
        if self.max_chars is None or self.min_words is None:
            settings = load_settings()
            if self.max_chars is None:
                object.__setattr__(self, "max_chars", settings.max_chars)
            if self.min_words is None:
                object.__setattr__(self, "min_words", settings.min_words)


def validate(art: ArticleInput, checks: Checks | int) -> ArticleInput:
    """Refuse an article that cannot be analyzed; set its language. An int is ``max_chars``."""
    checks = checks if isinstance(checks, Checks) else Checks(max_chars=checks)
    max_chars = checks.max_chars
    where = art.origin
    if not art.text:
        raise InputError(where, "the article is empty")
    if not art.text.strip():
        raise InputError(where, "the article is empty (only whitespace)")
    if len(art.text) > max_chars:
        raise InputError(where, f"the article has {len(art.text):,} characters, above the limit of {max_chars:,}")
    if control_ratio(art.text) > CONTROL_RATIO_BINARY:
        raise InputError(where, "looks like a binary file (too many control characters), not text")
    words = real_word_count(art.text)
    if words < checks.min_words:
        raise InputError(where, f"not an article: {words} real words, below the minimum of {checks.min_words} "
                                "(set EVENTWIRE_MIN_WORDS to change it)")
    code = None if checks.language == "en" else foreign_language(art.text)
    if code:
        raise InputError(where, f"the article is in {language_name(code)} ({code}), eventwire analyzes English only")
    art.language = "en"
    return art


def checked(art: ArticleInput, checks: Checks) -> Item:
    """The article validated, or its rejection: what every reader yields for a record."""
    return guarded(art.origin, lambda: validate(art, checks))
