# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test index bytecode bench bench-scale screenshots torture clean

run: index
	$(BIN)/borderlens

test: index
	$(BIN)/python -m pytest -q

index: bytecode
	$(BIN)/borderlens index

# pip compiles an installed package's modules; an editable install leaves them to the
# first import, which never writes them when PYTHONDONTWRITEBYTECODE is set (0.09 s of
# every start). Only modules changed since are compiled again.
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q index tui >/dev/null

bench: bytecode
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m tests.benchmarks

SIZES ?= 1000,10000
STEPS ?= build,updates,open,queries,cold,app
bench-scale: bytecode
	$(BIN)/python -m tests.benchmarks.scale.bench_scale --sizes $(SIZES) --steps $(STEPS)

screenshots: $(STAMP)
	$(BIN)/python -m tui.screenshots

# Issue 10's proof: a hostile folder, kill -9, damage, a full or read-only cache, articles
# changing under the app, adversarial queries; one line per scenario and a summary.
torture: $(STAMP)
	$(BIN)/python -m tests.torture

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info
