"""How the server runs: :class:`ServerSettings`, read from arguments and the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.config import DEFAULT, Settings
from eventwire.errors import EventwireError


def _positive_env(name: str) -> int | None:
    raw = os.environ.get(name)
    if not raw:
        return None
    if not raw.strip().isdigit() or int(raw) < 1:
        raise EventwireError(name, f"not a positive whole number: {raw!r}")
    return int(raw)


def _env_list(name: str) -> tuple[str, ...]:
    return tuple(o.strip() for o in os.environ.get(name, "").split(",") if o.strip())


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes")


def _read_token(token: str | None, token_file: str | None) -> str | None:
    """The token: the file's content when a token file is given, else ``token``."""
    if token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip() or None
        except OSError as exc:
            raise EventwireError(token_file, f"cannot read the token file: {exc.strerror}") from None
        if token is None:
            raise EventwireError(token_file, "the token file is empty")
    return token


# Numeric settings that an environment variable may override: field -> variable.
_NUMERIC_ENV = {"analyze_max_bytes": "EVENTWIRE_ANALYZE_MAX_BYTES",
                "analyze_concurrency": "EVENTWIRE_ANALYZE_CONCURRENCY",
                "analyze_timeout": "EVENTWIRE_ANALYZE_TIMEOUT"}


@dataclass(frozen=True)
class ServerSettings:
    """How the server runs; ``from_env`` reads the operator's environment.

    ``analyze_*`` bound the cost of one analysis (``POST /api/analyze``, ``/analyze``,
    ``POST /api/articles``): the largest text in bytes, how many run at once per process
    (others get 429), and the seconds one may take (then 503). ``analyze_needs_token``
    closes analysis behind the token (``private`` implies it). ``allowed_hosts``: when
    set, a request whose Host header is not among them gets 400."""

    token: str | None = None
    private: bool = False
    cors_origins: tuple[str, ...] = ()
    max_body: int = 2 * 1024 * 1024
    analyze_max_bytes: int = 100_000
    analyze_concurrency: int = 1
    analyze_timeout: float = 60
    analyze_needs_token: bool = False
    allowed_hosts: tuple[str, ...] = ()
    analyzer: Settings = field(default_factory=lambda: DEFAULT)

    @property
    def analyze_private(self) -> bool:
        return self.private or self.analyze_needs_token

    @classmethod
    def from_env(cls, token_file: str | None = None, private: bool | None = None,
                 cors_origins: tuple[str, ...] = (), **kw) -> ServerSettings:
        """Token, privacy, CORS and body limit from :func:`eventwire.config.load_settings`
        (arguments over ``EVENTWIRE_*`` over the config file); the analyze limits and the
        allowed hosts from ``EVENTWIRE_ANALYZE_*`` and ``EVENTWIRE_ALLOWED_HOSTS``."""
        from eventwire.config import load_settings

        env = load_settings(token_file=token_file, private=private, cors_origins=tuple(cors_origins) or None,
                            max_body=kw.pop("max_body", None))
        token = _read_token(env.token or None, env.token_file or None)
        if env.private and not token:
            raise EventwireError("EVENTWIRE_PRIVATE", "a private server needs a token (EVENTWIRE_TOKEN or --token-file)")
        for name, var in _NUMERIC_ENV.items():
            value = _positive_env(var)
            if name not in kw and value is not None:
                kw[name] = value
        if "analyze_needs_token" not in kw and _env_flag("EVENTWIRE_ANALYZE_NEEDS_TOKEN"):
            kw["analyze_needs_token"] = True
        if "allowed_hosts" not in kw and _env_list("EVENTWIRE_ALLOWED_HOSTS"):
            kw["allowed_hosts"] = _env_list("EVENTWIRE_ALLOWED_HOSTS")
        return cls(token=token, private=env.private, cors_origins=tuple(env.cors_origins), max_body=env.max_body, **kw)
