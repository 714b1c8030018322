"""Language identification: refuse an article only on a confident verdict on enough text."""
from __future__ import annotations

# Language identification: refuse only a confident verdict on enough words, because
# langdetect is unreliable on a headline-sized text (it calls "Kyiv" Finnish).
LANG_MIN_PROB = 0.9
LANG_MIN_WORDS = 20
LANG_SAMPLE_CHARS = 3000


def language_name(code: str) -> str:
    try:
        import pycountry

        lang = pycountry.languages.get(alpha_2=code.split("-")[0])
        if lang is not None:
            return lang.name
    except (ImportError, LookupError, KeyError):
        pass
    return code


def sample_of(text: str) -> str:
    """The start and the middle of the text, so a long article is judged quickly and a
    foreign-language preamble alone does not decide."""
    if len(text) <= LANG_SAMPLE_CHARS:
        return text
    half = LANG_SAMPLE_CHARS // 2
    mid = len(text) // 2
    return text[:half] + "\n" + text[mid:mid + half]


def detect_language(text: str) -> tuple[str, float] | None:
    """(language code, probability) of the text's sample, or None when langdetect cannot tell."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect is randomised; a fixed seed makes it repeatable
    try:
        langs = detect_langs(sample_of(text))
    except LangDetectException:
        return None
    if not langs:
        return None
    return langs[0].lang, langs[0].prob


def foreign_language(text: str) -> str | None:
    """The code of the language the text is confidently in, when that is not English."""
    words = len(text.split())
    found = detect_language(text)
    if found and found[0] != "en" and found[1] >= LANG_MIN_PROB and words >= LANG_MIN_WORDS:
        return found[0]
    return None
