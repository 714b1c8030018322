"""``eventwire settings``: every setting with its environment variable, value in force and help."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="list every setting: environment variable, value in force, help")
    p.set_defaults(func=run_settings)


def run_settings(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from eventwire.config import config_file, load_settings, settings_table

    table = Table(title=f"settings (config file: {config_file() or 'none'})", title_justify="left")
    for column in ("name", "environment", "value", "help"):
        table.add_column(column, overflow="fold")
    for row in settings_table(load_settings()):
        table.add_row(*map(_plain, row))  # Text, never markup: values come from the user
    Console().print(table)
    return 0


def _plain(value: str):
    from rich.text import Text

    return Text(value)
