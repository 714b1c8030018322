"""Which field of a JSON object or CSV row holds what (``--text-column`` etc.)."""
from __future__ import annotations

from dataclasses import dataclass

from eventwire.config import DATA_DIR
from eventwire.readers.dates import normalise_date


def _names(file: str) -> tuple[str, ...]:
    lines = (DATA_DIR / file).read_text(encoding="utf-8").splitlines()
    return tuple(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


# The usual names of a publication-date column, in order of preference (data file).
DATE_FIELDS = _names("date_fields.txt")


@dataclass(frozen=True)
class Columns:
    """Field names; None means the field is not used. ``date=None`` tries :data:`DATE_FIELDS`."""

    text: str = "text"
    title: str | None = "title"
    date: str | None = None
    url: str | None = "url"
    source: str | None = "source"
    explicit: tuple[str, ...] = ()  # names given by the user, which must exist

    def date_names(self) -> tuple[str, ...]:
        return (self.date,) if self.date else DATE_FIELDS


def text_field(value) -> str | None:
    """A metadata value as a trimmed string, None when absent or blank (nested values are refused)."""
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None


def date_of(fields: dict, columns: Columns) -> tuple[str | None, str | None]:
    """(date, where it came from) from the first date field that holds a readable date.

    Names match exactly, then ignoring case ("PubDate" is "pubdate"); an explicit
    ``--date-column`` matches exactly only.
    """
    lower = {} if columns.date else {str(k).lower(): k for k in fields}
    for name in columns.date_names():
        key = name if name in fields else lower.get(name.lower())
        value = text_field(fields.get(key)) if key is not None else None
        day = normalise_date(value) if value else None
        if day:
            return day, f"field:{key}"
    return None, None
