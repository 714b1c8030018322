# eventwire: one virtualenv (.venv), installed from the exact lock (versions and hashes).
# pyproject.toml holds compatible ranges; requirements/lock.txt is generated from it with
#   make lock   (pip-compile --generate-hashes, all extras: web, postgres, parquet, ray, test)
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements/lock.txt

.PHONY: install lock sample test bench clean

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==24.3.1
	$(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# Regenerate the lock after changing dependencies in pyproject.toml (needs pip-tools).
lock:
	pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links \
	  --extra web --extra postgres --extra parquet --extra ray --extra test \
	  -o $(LOCK) pyproject.toml requirements/lock-extra.in

sample: $(STAMP)
	$(BIN)/eventwire analyze examples/gaza-hamas-naim.txt --published 2025-05-20 --format pretty

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/analyze_throughput.py

clean:
	rm -rf $(VENV) build src/*.egg-info
