# Curbside — `make demo` serves the demo site, `make test` runs every test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock | md5sum | cut -c1-8)
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test test-unit test-postgres test-browser lint bench lock clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/curbside demo

test: $(STAMP) lint test-unit test-postgres test-browser

test-unit: $(STAMP)
	$(BIN)/pytest -n 2 -q -m "not browser"

# The same suite against PostgreSQL, when one answers at PG_TEST_URL.
test-postgres: $(STAMP)
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect('$(PG_TEST_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		echo "== PostgreSQL: running the unit suite against $(PG_TEST_URL)"; \
		DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest -n 2 -q -m "not browser"; \
	else \
		echo "== PostgreSQL: SKIPPED — no server answers at $(PG_TEST_URL) (set PG_TEST_URL to run it)"; \
	fi

test-browser: $(STAMP)
	@if [ -x "$(CHROMIUM)" ]; then \
		echo "== Browser tests with $(CHROMIUM)"; \
		CURBSIDE_CHROMIUM=$(CHROMIUM) $(BIN)/pytest -q -m browser -p no:xdist; \
	else \
		echo "== Browser tests: FAILED — $(CHROMIUM) is missing (apt-get install -y chromium)"; exit 1; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src bench
	$(BIN)/mypy src bench

bench: $(STAMP)
	$(BIN)/python bench/run.py

# Re-pin every dependency after changing pyproject.toml.
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --no-emit-find-links \
		--no-emit-index-url --output-file requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
