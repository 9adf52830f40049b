# One command per job. `make` creates .venv and installs the pinned dependencies itself.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8700
SPECTRAL := npx --yes @stoplight/spectral-cli@6.16.3
REDOCLY := npx --yes @redocly/cli@2.77.0
ASYNCAPI := npx --yes @asyncapi/cli@6.2.0

.PHONY: help demo test generate check-generated bundle lint lint-tools mock conformance build publish bench bench-check spec-diff typecheck clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | column -t -s $$'\t'

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "installing pinned dependencies into $(VENV) ..."
	@$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,cli]'
	@touch $@

bundle: $(STAMP) ## write the single-file spec to build/openapi.yaml
	@$(PY) -m generator bundle

generate: $(STAMP) ## regenerate generated/ from spec/ and generator/
	@$(PY) -m generator generate

check-generated: $(STAMP) ## fail with a diff if generated/ is not what spec/ + generator/ produce
	@$(PY) -m generator check

lint: lint-tools ## validate the spec: openapi-spec-validator, Spectral, Redocly, AsyncAPI, example checks
	@$(PY) -m pytest -q -p no:schemathesis tests/spec

# The external validators alone; `make test` runs these, and the example checks (tests/spec) with
# the rest of pytest, so that nothing runs twice.
lint-tools: bundle
	@$(PY) -m openapi_spec_validator build/openapi.yaml
	@out=$$($(SPECTRAL) lint build/openapi.yaml --ruleset spec/lint/spectral.yaml --fail-severity warn 2>&1); rc=$$?; \
	  echo "$$out" | grep -v 'npm warn'; echo "spectral: exit $$rc"; exit $$rc
	@out=$$($(REDOCLY) lint build/openapi.yaml --config spec/lint/redocly.yaml 2>&1); rc=$$?; \
	  echo "$$out" | grep -v -E 'npm warn|Node.js|nodejs.org|║|╔|╚'; echo "redocly: exit $$rc"; exit $$rc
	@out=$$(ASYNCAPI_METRICS=false $(ASYNCAPI) validate build/asyncapi.yaml 2>&1); rc=$$?; \
	  echo "$$out" | grep -v -E 'npm warn|WARNING|anonymous|analytics|^$$|Once disabled|To disable'; echo "asyncapi: exit $$rc"; exit $$rc

typecheck: $(STAMP) ## mypy --strict and ruff on the hand-written and generated code
	@$(VENV)/bin/mypy
	@$(VENV)/bin/ruff check --isolated --line-length 120 generated
	@$(VENV)/bin/ruff check overrides generator mock tests examples release
	@$(VENV)/bin/ruff format --check overrides generator mock tests examples release

# Each check once: the external spec validators and the type/lint checks here, then one pytest
# run (tests/generator checks that generated/ is current, tests/spec checks the examples) spread
# over PYTEST_WORKERS processes, one test file per process at a time. The time per folder is
# printed at the end.
PYTEST_WORKERS ?= 2

test: $(STAMP) lint-tools typecheck ## everything CI runs: generated/ current, spec lint, mypy --strict, ruff, pytest
	@$(PY) -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile

demo: $(STAMP) ## end-to-end on the embedded mock: submit text, wait, page, print insights
	@PYTHONPATH=mock $(PY) -m examples.demo

mock: $(STAMP) ## serve the mock Symbl API on 127.0.0.1:$(PORT) in the foreground
	@PYTHONPATH=mock $(PY) -m symbl_mock --port $(PORT)

conformance: $(STAMP) ## schemathesis (every phase, a stateful pass per link source, mutants of the mock), then WebSocket frames (or BASE_URL: safe live profile)
	@PYTHONPATH=mock $(PY) -m tests.conformance.run
	@PYTHONPATH=mock $(PY) -m tests.realtime.conformance

build: $(STAMP) check-generated ## sdist + wheel into dist/, checked by twine
	@rm -rf dist && $(PY) -m build --quiet --outdir dist . && $(VENV)/bin/twine check --strict dist/*

spec-diff: $(STAMP) ## classify API and client changes since BASE=<git ref> (default: newest v* tag); a break needs a MAJOR bump (STRICT=1: any missing bump fails)
	@$(PY) -m release spec-diff $(if $(BASE),--base '$(BASE)') $(if $(STRICT),--strict)

publish: $(STAMP) ## upload dist/ to INDEX_URL with INDEX_USER/INDEX_PASSWORD (or TWINE_*); refuses a stale generated/ or an existing version
	@$(PY) -m release publish

bench: $(STAMP) ## benchmark suite: one table of ratios, results in build/bench/results.json (~3 min)
	@PYTHONPATH=mock $(PY) -m tests.bench

bench-check: $(STAMP) ## run the benchmarks; fail if a ratio is >20% worse than tests/bench/baseline.json
	@PYTHONPATH=mock $(PY) -m tests.bench --check

# Everything the targets write (the same list as .gitignore, less .venv); `make clean` keeps .venv.
CLEANED := build dist reports .pytest_cache .mypy_cache .ruff_cache .hypothesis .schemathesis schemathesis-report \
	results symbl-results *.egg-info

clean: ## remove everything the targets create (keeps .venv)
	rm -rf $(CLEANED)
	find . -path ./.venv -prune -o \( -name __pycache__ -o -name .ruff_cache \) -type d -prune -exec rm -rf {} +
	find . -path ./.venv -prune -o -name '*.pyc' -type f -exec rm -f {} +
