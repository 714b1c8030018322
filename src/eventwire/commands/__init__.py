"""Subcommand groups of the CLI, one module each (see eventwire.cli)."""
