"""Errors users see as one line: ``eventwire: <input>: <problem>``, never a traceback."""


class EventwireError(Exception):
    """A problem with the user's input or environment, reported as one line."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class InputError(EventwireError):
    """An article that cannot be analyzed (missing, empty, binary, too big, not English...)."""


class MissingDependency(EventwireError):
    """A package an installed feature needs is absent; the message gives the pip command."""


def require_extra(module: str, extra: str, feature: str):
    """Import ``module`` or raise one line naming the extra that provides it.

    The core install leaves out the web server, PostgreSQL driver, Parquet and Ray
    (``pip install 'eventwire[web]'`` etc.), so their first use says how to get them.
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependency(
            feature, f"needs the {extra!r} extra; run: pip install 'eventwire[{extra}]'"
        ) from exc
