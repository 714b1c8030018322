"""Readers: from a path (or stdin) to ``ArticleInput`` objects, with clear one-line errors.

One entry point, :func:`read_articles`, accepts plain text, HTML, JSON (one object or
a list of objects) and JSONL (one object per line), from a file or from ``-``
(standard input). The format is taken from the file extension when it names one, else
sniffed from the content. Every problem with the input (missing file, directory,
binary data, unknown encoding, empty or oversized article, invalid JSON, article not
in English) raises :class:`eventwire.errors.InputError` naming the input and the
problem, so the command line prints one line and never a traceback. All checks run
before the spaCy model is loaded, so bad input fails fast.

Methods followed: HTML main-text extraction with trafilatura (Barbaresi 2021,
boilerplate removal plus htmldate for the publication date); encoding detection with
charset-normalizer (mess/coherence measures, decoding only when the mess ratio is
low); language identification with langdetect (Shuyo 2010, character n-gram naive
Bayes), seeded for reproducible results.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from eventwire.config import DEFAULT
from eventwire.errors import InputError


@dataclass
class ArticleInput:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = "en"
    origin: str = "<text>"  # path (and line) the article came from, for error messages

    def __post_init__(self) -> None:
        # Every reader, the API and the library build articles here, so this is the one
        # place where lone surrogates (from "\ud800" in JSON, &#xD800; in a feed) are
        # repaired; left in, they make the text unencodable and the article id raise.
        for name in ("text", "title", "published", "url", "source"):
            value = getattr(self, name)
            if isinstance(value, str) and SURROGATE.search(value):
                setattr(self, name, repair_surrogates(value))


SURROGATE = re.compile("[\ud800-\udfff]")


def repair_surrogates(text: str) -> str:
    """Text with surrogate pairs joined and every lone surrogate replaced by U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def normalise(text: str) -> str:
    """The form hashed for the article id: NFC, whitespace runs collapsed, trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


# --- thresholds (why these values: see the comments) ---------------------------------

# Share of control characters (other than tab/newline/CR/form feed) above which text is
# treated as binary: real prose has none, a stray one or two may come from copy-paste.
CONTROL_RATIO_BINARY = 0.01
# charset-normalizer's "mess" ratio above which a decoding is not trusted.
MAX_MESS = 0.2
NEAR_MESS = 0.05
# Language identification: refuse only a confident verdict on enough words, because
# langdetect is unreliable on a headline-sized text (it calls "Kyiv" Finnish).
LANG_MIN_PROB = 0.9
LANG_MIN_WORDS = 20
LANG_SAMPLE_CHARS = 3000
# Raw input size cap: HTML carries markup, so the byte limit is a multiple of the text limit.
RAW_BYTES_FACTOR = 20

HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
JSON_EXTENSIONS = {".json"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
TEXT_EXTENSIONS = {".txt", ".text", ".md"}

HTML_SNIFF = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<article\b|<p\b|<div\b|<!--)", re.I)
# A text starting with "{" or "[{" is JSON; a prose lead such as "[Updated] ..." is not.
JSON_SNIFF = re.compile(r"^\s*(?:\{|\[\s*[{\]])")
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


# --- bytes to text -------------------------------------------------------------------

def _read_bytes(path: str, name: str, max_chars: int) -> bytes:
    if path == "-":
        if sys.stdin is None:
            raise InputError(name, "no standard input to read")
        stream = getattr(sys.stdin, "buffer", None)
        return stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    p = Path(path)
    if not p.exists():
        raise InputError(name, "no such file")
    if p.is_dir():
        raise InputError(name, "is a directory, not an article file")
    try:
        size = p.stat().st_size
        if size > max_chars * RAW_BYTES_FACTOR:
            raise InputError(name, f"the file has {size:,} bytes, far above the limit of {max_chars:,} characters")
        return p.read_bytes()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read the file ({exc.strerror or exc})") from None


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return bad / len(text)


def decode(raw: bytes, name: str) -> str:
    """Bytes to text: BOM, then UTF-8, then charset-normalizer when it is confident."""
    for bom, codec in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                raise InputError(name, f"the file starts with a {codec} byte-order mark but does not decode as {codec}") from None
    if b"\x00" in raw:
        raise InputError(name, "looks like a binary file (it contains NUL bytes), not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    if not matches or matches[0].chaos > MAX_MESS:
        raise InputError(name, "the text is not UTF-8 and its encoding cannot be detected with confidence; convert it to UTF-8")
    best = matches[0]
    # Mess ratios a few points apart do not separate single-byte code pages (a cp1252
    # text scores 0.0 as mac_latin2 and 0.013 as cp1252). Among the near-best, prefer
    # Windows-1252, the usual legacy encoding of English news, then the most coherent.
    near = [m for m in matches if m.chaos <= best.chaos + NEAR_MESS]
    for m in near:
        if "cp1252" in m.could_be_from_charset:
            return raw.decode("cp1252")
    return str(max(near, key=lambda m: m.coherence))


# --- formats ---------------------------------------------------------------------------

def _sniff_format(path: str, text: str) -> str:
    ext = Path(path).suffix.lower() if path != "-" else ""
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in JSON_EXTENSIONS:
        return "json"
    if ext in JSONL_EXTENSIONS:
        return "jsonl"
    if ext in TEXT_EXTENSIONS:
        return "text"
    if JSON_SNIFF.match(text):
        try:
            json.loads(text)
            return "json"
        except ValueError:
            # A first line that parses alone means one object per line.
            first = text.lstrip().split("\n", 1)[0]
            try:
                json.loads(first)
                return "jsonl"
            except ValueError:
                return "json"  # report the JSON error rather than analyse braces as prose
    if HTML_SNIFF.match(text):
        return "html"
    return "text"


def _html_article(html: str, name: str) -> ArticleInput:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False,
            # Only dates the page states (meta tags, <time>, URL): htmldate's extensive
            # search would otherwise turn "Copyright 2025" into a publication date of
            # 2025-01-01, and relative dates would resolve against it.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise various errors on broken markup
        raise InputError(name, f"cannot parse the HTML ({type(exc).__name__})") from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(name, "no article text found in the HTML")
    paragraphs = [ln.strip() for ln in doc.text.split("\n") if ln.strip()]
    title = (doc.title or "").strip() or None
    # trafilatura keeps the <h1> headline as the first line; the title field holds it.
    if title and paragraphs and len(paragraphs) > 1 and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    # Blank lines between paragraphs: the pipeline starts a sentence at each of them.
    return ArticleInput(
        text="\n\n".join(paragraphs), title=title, published=normalise_date(doc.date),
        url=doc.url or None, source=doc.sitename or None, origin=name,
    )


def _str_field(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    return str(value).strip() or None


JSON_TOO_DEEP = "the JSON is nested too deeply to read (over about 1,000 levels)"


def _json_article(obj, where: str) -> ArticleInput:
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object with a \"text\" field, got {type(obj).__name__}")
    if "text" not in obj:
        fields = ", ".join(sorted(map(str, obj))) or "none"
        raise InputError(where, f"the JSON object has no \"text\" field (fields: {fields})")
    text = obj["text"]
    if not isinstance(text, str):
        raise InputError(where, f"the \"text\" field is {type(text).__name__}, not a string")
    published = obj.get("published", obj.get("date"))
    return ArticleInput(
        text=text, title=_str_field(obj, "title"),
        published=normalise_date(None if published is None else str(published)),
        url=_str_field(obj, "url"), source=_str_field(obj, "source"), origin=where,
    )


def _json_articles(text: str, name: str) -> list[ArticleInput]:
    try:
        data = json.loads(text)
    except RecursionError:
        raise InputError(name, JSON_TOO_DEEP) from None
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and exc.lineno > 1:  # a .json file holding JSON lines
            return _jsonl_articles(text, name)
        raise InputError(name, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if isinstance(data, list):
        if not data:
            raise InputError(name, "the JSON list holds no articles")
        return [_json_article(obj, f"{name}[{i}]") for i, obj in enumerate(data)]
    return [_json_article(data, name)]


def _jsonl_articles(text: str, name: str) -> list[ArticleInput]:
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except RecursionError:
            raise InputError(where, JSON_TOO_DEEP) from None
        except json.JSONDecodeError as exc:
            raise InputError(name, f"invalid JSON on line {lineno}, column {exc.colno}: {exc.msg}") from None
        out.append(_json_article(obj, where))
    if not out:
        raise InputError(name, "the article is empty")
    return out


# --- publication dates ---------------------------------------------------------------

_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d")


def normalise_date(value: str | None) -> str | None:
    """A publication date as ``YYYY-MM-DD``, or None when it cannot be read.

    Accepts ISO dates and timestamps, RFC 2822 (feeds), and a few written forms
    ("October 7, 2023", "7 Oct 2023"). An unreadable value is dropped rather than kept,
    because the record promises ``YYYY-MM-DD`` and relative dates resolve against it.
    """
    if not value:
        return None
    s = value.strip()
    if re.fullmatch(r"\d{9,10}(?:\.\d+)?", s):  # Unix time in seconds, as some feeds give
        return dt.datetime.fromtimestamp(float(s), tz=dt.timezone.utc).date().isoformat()
    try:
        return dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s.replace("Sept.", "Sep").replace(".", ""))
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


# --- validation ----------------------------------------------------------------------

def _language_name(code: str) -> str:
    try:
        import pycountry

        lang = pycountry.languages.get(alpha_2=code.split("-")[0])
        if lang is not None:
            return lang.name
    except (ImportError, LookupError, KeyError):
        pass
    return code


def detect_language(text: str) -> tuple[str, float] | None:
    """(language code, probability) of the text's sample, or None when langdetect cannot tell.

    The sample is the start and the middle of the text, so a long article is judged
    quickly and a foreign-language preamble alone does not decide.
    """
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect is randomised; a fixed seed makes it repeatable
    if len(text) > LANG_SAMPLE_CHARS:
        half = LANG_SAMPLE_CHARS // 2
        mid = len(text) // 2
        sample = text[:half] + "\n" + text[mid:mid + half]
    else:
        sample = text
    try:
        langs = detect_langs(sample)
    except LangDetectException:
        return None
    if not langs:
        return None
    return langs[0].lang, langs[0].prob


def validate(art: ArticleInput, max_chars: int) -> ArticleInput:
    """Refuse an article that cannot be analyzed; set its language."""
    where = art.origin
    if not art.text:
        raise InputError(where, "the article is empty")
    if not art.text.strip():
        raise InputError(where, "the article is empty (only whitespace)")
    if len(art.text) > max_chars:
        raise InputError(where, f"the article has {len(art.text):,} characters, above the limit of {max_chars:,}")
    if _control_ratio(art.text) > CONTROL_RATIO_BINARY:
        raise InputError(where, "looks like a binary file (too many control characters), not text")
    words = len(art.text.split())
    found = detect_language(art.text)
    if found and found[0] != "en" and found[1] >= LANG_MIN_PROB and words >= LANG_MIN_WORDS:
        code = found[0]
        raise InputError(where, f"the article is in {_language_name(code)} ({code}), eventwire analyzes English only")
    art.language = "en"
    return art


def read_articles(path: str, max_chars: int = DEFAULT.max_chars) -> list[ArticleInput]:
    """The articles in ``path`` (``-`` for standard input), validated, in order."""
    name = "<stdin>" if path == "-" else path
    raw = _read_bytes(path, name, max_chars)
    if not raw:
        raise InputError(name, "standard input is empty" if path == "-" else "the file is empty")
    if not raw.strip():
        raise InputError(name, "the article is empty (only whitespace)")
    text = decode(raw, name)
    if _control_ratio(text) > CONTROL_RATIO_BINARY:
        raise InputError(name, "looks like a binary file (too many control characters), not text")
    if not text.strip():
        raise InputError(name, "the article is empty (only whitespace)")
    kind = _sniff_format(path, text)
    if kind == "html":
        articles = [_html_article(text, name)]
    elif kind == "json":
        articles = _json_articles(text, name)
    elif kind == "jsonl":
        articles = _jsonl_articles(text, name)
    else:
        articles = [ArticleInput(text=text, origin=name)]
    return [validate(a, max_chars) for a in articles]
