"""The command line: a thin layer over the library (``eventwire.analyze``, ``eventwire.store``...).

Each group of subcommands lives in its own module with a ``register(subparsers)``
function; this file only assembles them and turns known errors into one-line messages.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from eventwire import __version__
from eventwire.config import using_config
from eventwire.errors import EventwireError

COMMAND_MODULES = (
    "eventwire.commands.analyze",   # analyze, schema
    "eventwire.commands.evaluate",  # eval
    "eventwire.commands.corpus",    # ingest, reprocess, load, events, quotes, figures, search, stats, export
    "eventwire.commands.serve",     # serve
    "eventwire.commands.settings",  # settings
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description="News articles in, evidence out.")
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    parser.add_argument("--config", metavar="FILE", default=None,
                        help="TOML file of settings (default: $EVENTWIRE_CONFIG; see `eventwire settings`)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with using_config(args.config):
            return int(args.func(args) or 0)
    except EventwireError as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
