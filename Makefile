# Curbside — `make demo` serves the demo site, `make test` runs every test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-$(shell cat requirements.lock pyproject.toml | md5sum | cut -c1-8)
DEV := $(VENV)/.dev-$(shell cat requirements-dev.lock pyproject.toml | md5sum | cut -c1-8)
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test
CHROMIUM ?= /usr/bin/chromium

.PHONY: install demo test test-unit test-api test-postgres test-browser lint bench lock clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Runtime dependencies only: what `make demo` needs.
$(RUNTIME): requirements.lock pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	rm -f $(VENV)/.runtime-* && touch $@

# Everything for tests, lint and benchmarks.
$(DEV): requirements-dev.lock pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	rm -f $(VENV)/.dev-* $(VENV)/.runtime-* && touch $@ $(RUNTIME)

install: $(RUNTIME)

demo: $(RUNTIME)
	$(BIN)/curbside demo

test: $(DEV) lint test-unit test-api test-postgres test-browser

test-unit: $(DEV)
	$(BIN)/pytest -n 2 -q -m "not browser and not fuzz"

# schemathesis against /api/v1/openapi.json: no server errors, responses as the schema says.
test-api: $(DEV)
	@echo "== API schema probe (schemathesis)"
	$(BIN)/pytest -p no:xdist -q -m fuzz

# The same suite against PostgreSQL, when one answers at PG_TEST_URL.
test-postgres: $(DEV)
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect('$(PG_TEST_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		echo "== PostgreSQL: running the unit suite against $(PG_TEST_URL)"; \
		DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest -n 2 -q -m "not browser and not fuzz"; \
	else \
		echo "== PostgreSQL: SKIPPED — no server answers at $(PG_TEST_URL) (set PG_TEST_URL to run it)"; \
	fi

test-browser: $(DEV)
	@if [ -x "$(CHROMIUM)" ]; then \
		echo "== Browser tests with $(CHROMIUM)"; \
		CURBSIDE_CHROMIUM=$(CHROMIUM) $(BIN)/pytest -q -m browser -p no:xdist; \
	else \
		echo "== Browser tests: FAILED — $(CHROMIUM) is missing (apt-get install -y chromium)"; exit 1; \
	fi

lint: $(DEV)
	$(BIN)/ruff check src bench
	$(BIN)/mypy src bench

bench: $(DEV)
	$(BIN)/python bench/run.py

# Re-pin every dependency after changing pyproject.toml.
lock: $(DEV)
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-find-links \
		--no-emit-index-url --output-file requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --no-emit-find-links \
		--no-emit-index-url --output-file requirements-dev.lock pyproject.toml

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
