"""Language identification: refuse an article only on a confident verdict on enough text."""
from __future__ import annotations

import re

# Language identification: refuse only a confident verdict on enough words, because
# langdetect is unreliable on a headline-sized text (it calls "Kyiv" Finnish).
LANG_MIN_PROB = 0.9
LANG_MIN_WORDS = 20
LANG_SAMPLE_CHARS = 3000


# Scripts written without spaces between words: a run of Han or kana is one word per
# character (a Chinese word averages 1.5 characters, but each carries about a word's worth
# for identification); Thai, Lao, Khmer and Myanmar one word per THAI_CHARS_PER_WORD letters.
CJK = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
SOUTHEAST = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
THAI_CHARS_PER_WORD = 4


def _token_words(token: str) -> float:
    cjk = len(CJK.findall(token))
    sea = len(SOUTHEAST.findall(token))
    rest = len(token) - cjk - sea
    return cjk + sea / THAI_CHARS_PER_WORD + (1 if rest and any(ch.isalnum() for ch in token if not
                                                                   CJK.match(ch) and not SOUTHEAST.match(ch)) else 0)


def word_count(text: str) -> int:
    """Words in any script: space-separated tokens, plus CJK characters and Thai-like letters
    counted as above (counting by spaces alone made Chinese or Thai text one "word" long)."""
    return int(sum(_token_words(t) for t in text.split()) + 0.5)


REAL_WORD = re.compile(r"[^\W\d_]{2,}")


def real_word_count(text: str) -> int:
    """Words of two letters or more (any script; CJK and Thai counted as :func:`word_count`
    does): what an article is made of, unlike digits, punctuation, emoji or lone letters."""
    total = 0.0
    for m in REAL_WORD.finditer(text):
        token = m.group(0)
        total += _token_words(token) if CJK.search(token) or SOUTHEAST.search(token) else 1
    return int(total + 0.5)


def first_words(text: str, n: int) -> str:
    """The first ``n`` words of the text, counted as :func:`word_count` does."""
    out, total = [], 0.0
    for token in text.split():
        w = _token_words(token)
        if total + w <= n or not out:
            if total + w > n:  # a long CJK/Thai run: keep the share that fits
                keep = max(1, int(len(token) * (n - total) / w)) if w else len(token)
                out.append(token[:keep])
                break
            out.append(token)
            total += w
        else:
            break
    return " ".join(out)


def for_identification(text: str) -> str:
    """The text as detectors see it: case folded when mostly capitals (n-gram profiles are
    built on mixed case, so ALL-CAPS English read as German about 3% of the time)."""
    cased = [ch for ch in text[:LANG_SAMPLE_CHARS] if ch.isupper() or ch.islower()]
    upper = sum(1 for ch in cased if ch.isupper())
    return text.lower() if cased and upper / len(cased) > 0.5 else text


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
    """The code of the language the text is confidently in, when that is not English.
    A text shorter than LANG_MIN_WORDS (counted by script) is too short to judge: never refused."""
    if word_count(text) < LANG_MIN_WORDS:
        return None
    found = detect_language(for_identification(text))
    if found and found[0] != "en" and found[1] >= LANG_MIN_PROB:
        return found[0]
    return None
