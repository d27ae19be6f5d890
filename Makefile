PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: serve test bench clean screenshot system-packages

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

# --dirty: after an edit, only the pages whose content changed are rendered again
serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty

NODE_STAMP := node_modules/.package-lock.json

# the YAML language server that tests/test_editor.py drives (devDependency in package.json)
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund

# Chromium and npm: installed when missing and allowed, else a stop with the command to run
system-packages:
	@scripts/system-packages

test: system-packages $(STAMP) $(NODE_STAMP)
	$(BIN)/ruff check plugins tests benchmarks scripts
	$(BIN)/ruff format --check plugins tests benchmarks scripts
	$(BIN)/mypy
	HYPOTHESIS_PROFILE=thorough $(BIN)/pytest

screenshot: $(STAMP)
	$(BIN)/python scripts/screenshot.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) site .pytest_cache .mypy_cache .ruff_cache
