# Two commands do all set-up on a fresh machine (Python >= 3.11 with venv):
#   make demo   install, build the graph from data/examples/ into ./kenesh-data, print who spoke where
#   make test   install with test extras and run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STORE  ?= kenesh-data

.PHONY: demo test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

demo: install
	$(BIN)/kenesh build data/examples --store $(STORE)
	$(BIN)/kenesh query who_spoke_where --store $(STORE)

test: install-test
	$(BIN)/python -m pytest

clean:
	rm -rf $(STORE) build dist src/*.egg-info .pytest_cache
