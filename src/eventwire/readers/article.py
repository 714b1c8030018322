"""What every reader yields: an :class:`ArticleInput` or a :class:`Rejected` naming where."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

SURROGATE = re.compile("[\ud800-\udfff]")


def repair_surrogates(text: str) -> str:
    """Text with surrogate pairs joined and every lone surrogate replaced by U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


@dataclass
class ArticleInput:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = "en"
    origin: str = "<text>"  # path (and line) the article came from, for error messages
    # Where ``published`` was read: "field:<name>", "html", "feed", "warc:<header>", "path",
    # "argument"; None when undated. Ingest summaries and users can tell a stated date from a guess.
    published_from: str | None = None

    def __post_init__(self) -> None:
        # Every reader, the API and the library build articles here, so this is the one
        # place where lone surrogates (from "\ud800" in JSON, &#xD800; in a feed) are
        # repaired; left in, they make the text unencodable and the article id raise.
        for name in ("text", "title", "published", "url", "source"):
            value = getattr(self, name)
            if isinstance(value, str) and SURROGATE.search(value):
                setattr(self, name, repair_surrogates(value))
        if self.published and not self.published_from:
            self.published_from = "argument"


@dataclass
class Rejected:
    """An input that was skipped: where it is and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


Item = ArticleInput | Rejected


def normalise(text: str) -> str:
    """The form hashed for the article id: NFC, whitespace runs collapsed, trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()
