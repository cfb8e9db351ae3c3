# The workflow: each stage is a real file target, redone only when its inputs or code change.
# `make run` and `make test` set everything up themselves on a fresh clone.

# The interpreter for .venv: the first of Python 3.12, 3.13 (on PATH or under pyenv), else python3.
# spaCy's wheels for Python 3.11 and older are compiled with Cython's profiling hooks, which take
# and drop the GIL on every parser-state lookup; its 3.12+ wheels are not: GiNZA parses ~2.5x
# faster there, with identical parses.
PYTHON_CANDIDATES := python3.12 $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3) \
                     python3.13 $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3) python3
ifndef PYTHON
PYTHON := $(firstword $(foreach p,$(PYTHON_CANDIDATES),$(shell $(p) -c 'print("$(p)")' 2>/dev/null)))
endif
VENV   := .venv
PY     := $(VENV)/bin/python
RAW    := data/raw
OUT    := outputs
GOLD   ?= ../shared/gold
DEV_CORPUS ?= ../shared/corpus
DEV_OUT    ?= $(OUT)/dev
CODEBOOK ?= data/codebook.txt
STAMP  := $(VENV)/.installed
INPUTS := $(shell find $(RAW) -type f \( -name '*.txt' -o -name '*.md' \) 2>/dev/null)
CODE    = pipeline/__init__.py pipeline/tables.py

.DEFAULT_GOAL := help
.PHONY: help install run segment parse extract report eval bench browser test clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@# a .venv made by another interpreter is made again
	@[ "$$($(PY) -c 'import sys; print(sys.version)' 2>/dev/null)" = "$$($(PYTHON) -c 'import sys; print(sys.version)')" ] \
	  || { echo "creating $(VENV) with $(PYTHON)"; rm -rf $(VENV); $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP) ## create .venv and install the package with its dependencies

$(OUT)/sentences.csv: $(STAMP) $(RAW) $(INPUTS) $(wildcard $(RAW)/metadata.csv) pipeline/ingest.py pipeline/segment.py pipeline/cues.py $(CODE)
	@rm -f $(OUT)/.failed
	$(PY) -m pipeline segment $(RAW) --out $(OUT) || echo "some input files failed: see $(OUT)/documents.csv" > $(OUT)/.failed

$(OUT)/tokens.csv: $(OUT)/sentences.csv pipeline/parse.py $(CODE)
	$(PY) -m pipeline parse --out $(OUT)

$(OUT)/claims.csv: $(OUT)/tokens.csv $(CODEBOOK) pipeline/extract.py pipeline/cues.py pipeline/links.py pipeline/keypoints.py pipeline/codes.py $(CODE)
	$(PY) -m pipeline extract --out $(OUT) --codebook $(CODEBOOK)

$(OUT)/report.html: $(OUT)/claims.csv pipeline/report.py $(CODE)
	$(PY) -m pipeline report --out $(OUT)

segment: $(OUT)/sentences.csv ## ingest data/raw; write documents, turns, sentences
parse: $(OUT)/tokens.csv ## parse with GiNZA (cached); write tokens, entities
extract: $(OUT)/claims.csv ## write claims (coded with CODEBOOK), relations, arguments, keypoints
report: $(OUT)/report.html ## write outputs/report.html and codes_by_holder.csv

run: $(OUT)/report.html ## set up, then run the whole pipeline on data/raw into outputs/
	@if [ -f $(OUT)/.failed ]; then cat $(OUT)/.failed; exit 1; fi

# The dev corpus is run into its own folder, so that scoring it never mixes with data/raw's run.
eval: $(STAMP) ## run the dev corpus (DEV_CORPUS) into DEV_OUT, score it against GOLD; writes DEV_OUT/eval.json
	$(PY) -m pipeline run $(DEV_CORPUS) --out $(DEV_OUT)
	$(PY) -m pipeline eval --gold $(GOLD) --run $(DEV_OUT)

# Stock GiNZA is timed under .venv's Python and under the machine's python3 (STOCK_PYTHON) when
# that is another version: the latter is what an analyst gets from `pip install ja-ginza` there.
STOCK_PYTHON ?= python3
bench: $(STAMP) ## benchmark parse speed, reruns and memory against stock ja_ginza (LARGE=2000 adds a big run)
	$(PY) -m pipeline bench --raw $(RAW) --out $(OUT) --stock-python $(STOCK_PYTHON) $(if $(LARGE),--large $(LARGE))

# The report test opens report.html in Debian's chromium; install it where apt can (as root).
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && { apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq chromium >/dev/null 2>&1; } \
	  || true; command -v chromium >/dev/null 2>&1 || echo "chromium not available: the browser test will be skipped"; }

test: $(STAMP) browser ## set up (chromium where apt can), then run the test suite
	$(PY) -m pytest -q

clean: ## remove generated tables and the parse cache
	rm -rf $(OUT)/*.csv $(OUT)/*.json $(OUT)/*.html $(OUT)/*.parquet $(OUT)/.parse_cache $(OUT)/.failed $(OUT)/.manifest.json $(OUT)/bench
