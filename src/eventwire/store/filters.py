"""The filters of the event, quote and figure lists, defined once.

Each :class:`FilterSet` generates the CLI options (:meth:`FilterSet.add_arguments`,
:meth:`FilterSet.from_args`) and the FastAPI query parameters
(:meth:`FilterSet.dependency`), and validates values the same way for both
(:meth:`FilterSet.validate`), so ``eventwire events``, ``eventwire export``, the API
and the web pages take the same filters, under the same names, with the same checks.
The validated dict is the keyword arguments of :func:`eventwire.store.query.list_events`
(``list_quotes``, ``list_figures``) and of the exports.
"""
from __future__ import annotations

import argparse
import datetime as dt
import inspect
from dataclasses import dataclass
from typing import Literal

import pycountry

from eventwire.errors import EventwireError
from eventwire.record import CUE_KINDS, EVENT_TYPES, FigureKind, QuoteKind

DAY_PATTERN = r"^(\d{4}-\d{2}-\d{2})?$"  # empty = no bound (a submitted blank form field)
FACETS = {"yes": True, "no": False, "any": None}


@dataclass(frozen=True)
class Filter:
    name: str        # keyword of the query functions and name of the API parameter
    kind: str        # text | day | types | country | facet | keep | number | choice | choices
    help: str
    flags: tuple[str, ...] = ()  # CLI option strings (default: --name-with-dashes)
    max_length: int = 200
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None

    @property
    def cli_flags(self) -> tuple[str, ...]:
        return self.flags or ("--" + self.name.replace("_", "-"),)

    # ----------------------------------------------------------------- validation
    def clean(self, value):
        """The validated value (None when not given); EventwireError names the problem."""
        if value is None or value == "":
            return True if self.kind == "keep" else None
        check = getattr(self, f"_clean_{self.kind}")
        return check(value)

    def _fail(self, problem: str):
        raise EventwireError(self.cli_flags[0], problem)

    def _clean_text(self, value: str) -> str:
        value = str(value)
        if len(value) > self.max_length:
            self._fail(f"longer than {self.max_length} characters")
        if "\x00" in value:
            self._fail("contains a NUL character")
        return value

    def _clean_day(self, value: str) -> str:
        try:
            if len(value) != 10:
                raise ValueError
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            self._fail(f"{value!r} is not a date in the form YYYY-MM-DD")

    def _clean_types(self, value: str) -> str:
        types = [t.strip().upper() for t in self._clean_text(value).split(",") if t.strip()]
        unknown = [t for t in types if t not in EVENT_TYPES]
        if unknown:
            self._fail(f"{', '.join(unknown)} not a PLOVER type (one of {', '.join(EVENT_TYPES)})")
        return ",".join(types) or None

    def _clean_country(self, value: str) -> str:
        """ISO alpha-3 for an alpha-2 or alpha-3 code or a country name ("Sudan")."""
        v = self._clean_text(value).strip()
        if v.upper() in ("XK", "XKX"):  # Kosovo: user-assigned, not in ISO 3166
            return "XKX"
        try:
            return pycountry.countries.lookup(v).alpha_3
        except LookupError:
            self._fail(f"{value!r} is not an ISO 3166 code or country name")

    def _clean_facet(self, value):
        if isinstance(value, bool):
            return value
        if value not in FACETS:
            self._fail(f"{value!r}: use yes, no or any")
        return FACETS[value]

    def _clean_keep(self, value) -> bool:
        return bool(value)

    def _clean_number(self, value) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            self._fail(f"{value!r} is not a number")
        if number != number or (self.low is not None and number < self.low) or (
                self.high is not None and number > self.high):
            self._fail(f"{value!r} is outside {self.low:g}..{self.high:g}")
        return number

    def _clean_choices(self, value) -> str | None:
        """Several choices: a repeated CLI option (a list) or a comma-separated string."""
        values = value.split(",") if isinstance(value, str) else list(value)
        picked = [v.strip() for v in values if v and v.strip()]
        for v in picked:
            self._clean_choice(v)
        return ",".join(picked) or None

    def _clean_choice(self, value: str) -> str:
        if value not in self.choices:
            self._fail(f"{value!r}: one of {', '.join(self.choices)}")
        return value

    # ----------------------------------------------------------------- CLI
    def add_to(self, parser: argparse.ArgumentParser) -> None:
        if self.kind == "keep":
            parser.add_argument(*self.cli_flags, dest=self.name, action="store_false", default=True, help=self.help)
            return
        if self.kind == "choices":
            parser.add_argument(*self.cli_flags, dest=self.name, action="append", choices=list(self.choices),
                                metavar="KIND", help=self.help + " (repeatable)")
            return
        extra = {"choices": list(FACETS) if self.kind == "facet" else list(self.choices) or None}
        metavar = {"day": "YYYY-MM-DD", "number": "N", "country": "CODE", "types": "TYPE[,TYPE]"}.get(self.kind)
        parser.add_argument(*self.cli_flags, dest=self.name, help=self.help,
                            **({"metavar": metavar} if metavar else {}), **{k: v for k, v in extra.items() if v})

    # ----------------------------------------------------------------- API
    def api_parameter(self) -> inspect.Parameter:
        from fastapi import Query

        if self.kind == "keep":
            annotation, default = bool, Query(True, description=self.help)
        elif self.kind == "facet":
            annotation, default = Literal["yes", "no", "any"] | None, Query(None, description=self.help)
        elif self.kind == "choice":
            annotation, default = Literal[self.choices] | None, Query(None, description=self.help)  # type: ignore[valid-type]
        elif self.kind == "number":
            annotation, default = float | None, Query(None, ge=self.low, le=self.high, description=self.help)
        elif self.kind == "day":
            annotation, default = str | None, Query(None, pattern=DAY_PATTERN, description=self.help)
        else:
            annotation, default = str | None, Query(None, max_length=self.max_length, description=self.help)
        return inspect.Parameter(self.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


class FilterSet:
    def __init__(self, *filters: Filter):
        self.filters = filters
        self.names = tuple(f.name for f in filters)

    def validate(self, values: dict) -> dict:
        """Validated keyword arguments for the query functions (unknown keys refused)."""
        unknown = set(values) - set(self.names)
        if unknown:
            raise EventwireError("filters", f"unknown filter(s): {', '.join(sorted(unknown))}")
        return {f.name: f.clean(values.get(f.name)) for f in self.filters}

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        for f in self.filters:
            f.add_to(parser)

    def from_args(self, args: argparse.Namespace) -> dict:
        return self.validate({n: getattr(args, n, None) for n in self.names})

    def api_checked(self, values: dict) -> dict:
        """``values`` with this set's filters validated like the CLI's; other names (filters
        that only a web page has) pass through unchanged. A problem is a 422 whose detail is
        the usual list of errors."""
        from fastapi.exceptions import RequestValidationError

        own = {k: v for k, v in values.items() if k in self.names}
        try:
            clean = self.validate(own)
        except EventwireError as exc:
            name = next((f.name for f in self.filters if exc.source in f.cli_flags), exc.source)
            raise RequestValidationError([{"loc": ["query", name], "msg": exc.problem,
                                           "type": "value_error"}]) from None
        return {**values, **clean}

    def dependency(self):
        """A FastAPI dependency: the filters as query parameters, validated like the CLI's."""

        async def filters(**values) -> dict:
            return self.api_checked(values)

        filters.__signature__ = inspect.Signature([f.api_parameter() for f in self.filters])
        return filters


def _since() -> Filter:
    return Filter("since", "day", "first day, YYYY-MM-DD (inclusive)")


def _until() -> Filter:
    return Filter("until", "day", "last day, YYYY-MM-DD (inclusive)")


def _article() -> Filter:
    return Filter("article_id", "text", "items of one article id", flags=("--article-id", "--article"), max_length=64)


def _duplicates() -> Filter:
    return Filter("include_duplicates", "keep", "false (CLI: --no-duplicates) leaves out near-duplicate articles",
                  flags=("--no-duplicates",))


EVENT_FILTERS = FilterSet(
    Filter("actor", "text", "actor name (substring, any case) or CAMEO code"),
    Filter("recipient", "text", "recipient name (substring, any case) or CAMEO code"),
    Filter("type", "types", "PLOVER type, or several comma-separated", max_length=300),
    _since(), _until(),
    Filter("country", "country", "country of an actor, recipient or the place: ISO code (PS, PSE) or name",
           max_length=60),
    _article(),
    Filter("cluster_id", "text", "events of one event cluster", max_length=40),
    Filter("hypothetical", "facet", "only hypothetical events (yes), only factual ones (no)"),
    Filter("reported", "facet", "only events claimed inside a quote (yes), or not (no)"),
    Filter("negated", "facet", "only negated events (yes), or not (no)"),
    Filter("q", "text", "substring of the trigger or the sentence", flags=("--q", "--text")),
    Filter("min_confidence", "number", "lowest confidence, 0..1", low=0.0, high=1.0),
    _duplicates(),
)

QUOTE_FILTERS = FilterSet(
    Filter("speaker", "text", "speaker name (substring, any case) or code"),
    Filter("q", "text", "substring of the quote", flags=("--q", "--text")),
    Filter("kind", "choice", "direct, indirect or mixed", choices=QuoteKind.__args__),  # type: ignore[attr-defined]
    Filter("cue_kind", "choices", f"attribution class, or several comma-separated ({', '.join(CUE_KINDS)})",
           choices=CUE_KINDS),
    _since(), _until(), _article(), _duplicates(),
)

FIGURE_FILTERS = FilterSet(
    Filter("kind", "choice", "figure kind (killed, wounded, arrested, ...)",
           choices=FigureKind.__args__),  # type: ignore[attr-defined]
    _since(), _until(), _article(),
    Filter("min_value", "number", "smallest value", low=-1e15, high=1e15),
    _duplicates(),
)

FILTERS = {"events": EVENT_FILTERS, "quotes": QUOTE_FILTERS, "figures": FIGURE_FILTERS}
