"""Bytes to text: byte-order marks, UTF-8, then charset-normalizer when it is confident."""
from __future__ import annotations

import codecs
import sys
import unicodedata
from pathlib import Path

from eventwire.errors import InputError

# Share of control characters (other than tab/newline/CR/form feed) above which text is
# treated as binary: real prose has none, a stray one or two may come from copy-paste.
CONTROL_RATIO_BINARY = 0.01
# charset-normalizer's "mess" ratio above which a decoding is not trusted.
MAX_MESS = 0.2
NEAR_MESS = 0.05
# Raw input size cap: HTML carries markup, so the byte limit is a multiple of the text limit.
RAW_BYTES_FACTOR = 20

BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def read_bytes(path: str, name: str, max_chars: int) -> bytes:
    """The bytes of a file (``-``: standard input), refusing what cannot be an article file."""
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


def control_ratio(text: str) -> float:
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
        codec = bomless_utf(raw)
        if codec is None:
            raise InputError(name, "looks like a binary file (it contains NUL bytes), not text")
        return raw.decode(codec)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return mostly_utf8(raw, name) or _detected(raw, name)


# UTF-16/32 without a byte-order mark: English text puts a NUL in every other byte (UTF-16)
# or three of every four (UTF-32) at fixed positions; binary data spreads NULs anywhere.
NUL_SHARE = 0.6
# "Overwhelmingly UTF-8": at most one invalid byte for STRAY_RATIO valid multi-byte characters.
STRAY_RATIO = 10


def bomless_utf(raw: bytes) -> str | None:
    """The UTF-16/32 codec a BOM-less text is in, judged by where its NUL bytes fall."""
    for width, codecs in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        if len(raw) % width:
            continue
        columns = [raw[i::width] for i in range(width)]
        shares = [col.count(0) / len(col) for col in columns]
        little = all(x >= NUL_SHARE for x in shares[1:]) and shares[0] < NUL_SHARE
        big = all(x >= NUL_SHARE for x in shares[:-1]) and shares[-1] < NUL_SHARE
        for codec, fits in zip(codecs, (little, big)):
            if fits:
                try:
                    text = raw.decode(codec)
                except UnicodeDecodeError:
                    continue
                if control_ratio(text) <= CONTROL_RATIO_BINARY:
                    return codec
    return None


def _stray_as_cp1252(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode error handler: a lone invalid byte is read as Windows-1252 (a stray Latin-1
    or cp1252 character), a longer broken sequence becomes U+FFFD."""
    bad = exc.object[exc.start:exc.end]
    if len(bad) == 1:
        return bad.decode("cp1252", "replace"), exc.end
    return "\ufffd", exc.end


codecs.register_error("eventwire-stray-cp1252", _stray_as_cp1252)


def mostly_utf8(raw: bytes, name: str) -> str | None:
    """UTF-8 with its few stray bytes repaired, when the rest is plainly UTF-8 (it has valid
    multi-byte characters, many more than bad bytes); None when it is not. Says so on stderr."""
    replaced = raw.decode("utf-8", "replace")
    bad = replaced.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    valid = sum(1 for ch in replaced if ord(ch) > 0x7F and ch != "\ufffd")
    if not bad or valid < STRAY_RATIO * bad:
        return None
    text = raw.decode("utf-8", "eventwire-stray-cp1252")
    print(f"eventwire: {name}: warning: {bad} byte{'s' if bad > 1 else ''} not valid UTF-8 "
          f"repaired (read as Windows-1252); the rest is UTF-8", file=sys.stderr)
    return text


def _detected(raw: bytes, name: str) -> str:
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
