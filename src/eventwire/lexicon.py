"""Loading the data files under ``eventwire/data/`` (lexicons are data, not code)."""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path

import yaml

from eventwire.config import DATA_DIR


def data_path(name: str) -> Path:
    return DATA_DIR / name


@lru_cache(maxsize=None)
def load_json(name: str):
    return json.loads(data_path(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_yaml(name: str):
    return yaml.safe_load(data_path(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[dict, ...]:
    """Rows of a tab-separated file with a header; lines starting with # are comments."""
    with data_path(name).open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a plain list file."""
    out = []
    for ln in data_path(name).read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            out.append(ln)
    return tuple(out)
