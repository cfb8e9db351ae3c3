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

.DEFAULT_GOAL := help
.PHONY: help install run segment parse extract report eval bench browser test test-unit clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@# a .venv made by another interpreter is made again
	@[ "$$($(PY) -c 'import sys; print(sys.version)' 2>/dev/null)" = "$$($(PYTHON) -c 'import sys; print(sys.version)')" ] \
	  || { echo "creating $(VENV) with $(PYTHON)"; rm -rf $(VENV); $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dask]'
	touch $@

install: $(STAMP) ## create .venv and install the package with its dependencies

# Each stage target runs the workflow up to that stage: `pipeline run` skips whatever is unchanged
# (inputs, the code each stage runs, the model), so make and `pipeline run` cannot disagree.
RUN_ARGS = $(RAW) --out $(OUT) --codebook $(CODEBOOK)

segment parse extract report: $(STAMP) ## run the pipeline up to that stage (segment, parse, extract, report)
	$(PY) -m pipeline run $(RUN_ARGS) --until $@

run: $(STAMP) ## set up, then run the whole pipeline on data/raw into outputs/
	$(PY) -m pipeline run $(RUN_ARGS)

# The dev corpus is run into its own folder, so that scoring it never mixes with data/raw's run.
eval: $(STAMP) ## run the dev corpus (DEV_CORPUS) into DEV_OUT, score it against GOLD; writes DEV_OUT/eval.json
	$(PY) -m pipeline run $(DEV_CORPUS) --out $(DEV_OUT)
	$(PY) -m pipeline eval --gold $(GOLD) --run $(DEV_OUT)

# Stock GiNZA is timed under .venv's Python and under the machine's python3 (STOCK_PYTHON) when
# that is another version: the latter is what an analyst gets from `pip install ja-ginza` there.
STOCK_PYTHON ?= python3
# ENGINE=dask times the local pool against a LocalCluster of 2 workers and of 1 (outputs/bench_dask.json).
bench: $(STAMP) ## benchmark against stock ja_ginza (LARGE=2000 adds a big run; HOSTILE=1 only the hostile corpora; ENGINE=dask: local pool vs Dask)
	$(PY) -m benchmarks.bench --raw $(RAW) --out $(OUT) $(if $(filter dask,$(ENGINE)),--engine dask,--stock-python $(STOCK_PYTHON) $(if $(LARGE),--large $(LARGE)) $(if $(HOSTILE),--hostile))

# The report tests open report.html in Debian's chromium, with Noto CJK so Japanese labels are
# measured in a real Japanese font; install both where apt can (as root).
browser:
	@{ command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -q "Noto Sans CJK"; } \
	  || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && { apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq chromium fonts-noto-cjk >/dev/null 2>&1; } \
	  || true; command -v chromium >/dev/null 2>&1 || echo "chromium not available: the browser tests will be skipped"; }

test: $(STAMP) browser ## set up (chromium where apt can), then run the test suite
	$(PY) -m pytest -q

test-unit: $(STAMP) ## the tests that need no GiNZA model (rules on tests/parses.tsv): seconds
	$(PY) -m pytest -q -m "not e2e"

clean: ## remove everything generated under outputs/ (tables, report, parse cache, manifest)
	find $(OUT) -mindepth 1 ! -name .gitkeep -delete
