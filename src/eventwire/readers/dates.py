"""Publication dates as ``YYYY-MM-DD``: normalising what inputs state, and finding them."""
from __future__ import annotations

import datetime as dt
import email.utils
import re

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
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s.replace("Sept.", "Sep").replace(".", ""))
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


# YYYY-MM-DD, YYYY_MM_DD, YYYY/MM/DD, YYYY.MM.DD or YYYYMMDD (one separator throughout),
# not inside a longer number.
PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def date_in_path(path: str) -> str | None:
    """The date a file's path states (the one nearest the file name), as ``YYYY-MM-DD``."""
    for m in reversed(list(PATH_DATE.finditer(path))):
        try:
            return dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4))).isoformat()
        except ValueError:
            continue
    return None
