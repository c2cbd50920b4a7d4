# Two commands on a fresh machine: `make demo` and `make test`.
# Each bootstraps .venv from nothing, then runs.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-postgres lint pytest bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11+" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[all,dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/truce demo
	@mkdir -p build
	$(BIN)/truce report gaza-ceasefire-2024 -o build/gaza-ceasefire-2024.html --force
	@echo "flagship report: $(abspath build/gaza-ceasefire-2024.html)"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs
	$(BIN)/mypy
	$(BIN)/interrogate src/truce

# The browser tests drive Debian's chromium; Playwright never downloads a browser.
CHROMIUM := /usr/bin/chromium

$(CHROMIUM):
	apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium

pytest: $(STAMP) $(CHROMIUM)
	$(BIN)/pytest -n 2 -q

test: lint pytest

test-postgres: $(STAMP)
	bash tests/store/postgres.sh

bench: $(STAMP)
	$(BIN)/python benchmarks/frontier.py
	$(BIN)/python benchmarks/zone.py
	$(BIN)/python benchmarks/conflict.py
	$(BIN)/python benchmarks/e2e.py
	$(BIN)/python benchmarks/news.py
	$(BIN)/python benchmarks/web.py
	$(BIN)/python benchmarks/simulation.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
