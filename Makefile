# Two commands set up everything on a fresh machine: `make demo` and `make test`.
# Each creates .venv when it is missing and installs the package with the extras it needs.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench lint typecheck clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-base: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev,hypothesis]'
	touch $@ $(VENV)/.installed-base

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[bench]'
	touch $@ $(VENV)/.installed-base

demo: $(VENV)/.installed-base
	$(BIN)/migstd demo --out-dir build/demo

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy --strict src

test: lint typecheck
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/febrl.py
	$(BIN)/python benchmarks/demo_scale.py
	$(BIN)/python benchmarks/script_speed.py
	$(BIN)/python benchmarks/synth_scale.py
	$(BIN)/python benchmarks/codelists.py
	$(BIN)/python benchmarks/identifiers.py
	$(BIN)/python benchmarks/mrz.py
	$(BIN)/python benchmarks/incremental.py
	$(BIN)/python benchmarks/name_keys.py
	$(BIN)/python benchmarks/scale_dedupe.py
	$(BIN)/python benchmarks/cross_script.py

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
