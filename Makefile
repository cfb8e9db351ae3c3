# The workflow: each stage is a real file target, redone only when its inputs or code change.
# `make run` and `make test` set everything up themselves on a fresh clone.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
RAW    := data/raw
OUT    := outputs
GOLD   ?= ../shared/gold
STAMP  := $(VENV)/.installed
INPUTS := $(shell find $(RAW) -type f \( -name '*.txt' -o -name '*.md' \) 2>/dev/null)
CODE    = pipeline/__init__.py pipeline/tables.py

.DEFAULT_GOAL := help
.PHONY: help install run segment parse extract eval bench test clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP) ## create .venv and install the package with its dependencies

$(OUT)/sentences.csv: $(STAMP) $(RAW) $(INPUTS) pipeline/ingest.py pipeline/segment.py $(CODE)
	@rm -f $(OUT)/.failed
	$(PY) -m pipeline segment $(RAW) --out $(OUT) || echo "some input files failed: see $(OUT)/documents.csv" > $(OUT)/.failed

$(OUT)/tokens.csv: $(OUT)/sentences.csv pipeline/parse.py $(CODE)
	$(PY) -m pipeline parse --out $(OUT)

$(OUT)/claims.csv: $(OUT)/tokens.csv pipeline/extract.py pipeline/cues.py pipeline/links.py pipeline/keypoints.py $(CODE)
	$(PY) -m pipeline extract --out $(OUT)

segment: $(OUT)/sentences.csv ## ingest data/raw; write documents, turns, sentences
parse: $(OUT)/tokens.csv ## parse with GiNZA (cached); write tokens, entities
extract: $(OUT)/claims.csv ## write claims, relations, arguments, keypoints

run: $(OUT)/claims.csv ## set up, then run the whole pipeline on data/raw into outputs/
	@if [ -f $(OUT)/.failed ]; then cat $(OUT)/.failed; exit 1; fi

eval: run ## score outputs/ against the gold folder (GOLD=../shared/gold); writes outputs/eval.json
	$(PY) -m pipeline eval --gold $(GOLD) --run $(OUT)

bench: $(STAMP) ## benchmark parse speed, reruns and memory against stock ja_ginza (LARGE=2000 adds a big run)
	$(PY) -m pipeline bench --raw $(RAW) --out $(OUT) $(if $(LARGE),--large $(LARGE))

test: $(STAMP) ## set up, then run the test suite
	$(PY) -m pytest -q

clean: ## remove generated tables and the parse cache
	rm -rf $(OUT)/*.csv $(OUT)/*.json $(OUT)/.parse_cache $(OUT)/.failed
