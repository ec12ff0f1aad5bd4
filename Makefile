# Two commands for a fresh machine: `make run` (the app) and `make test` (every test).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run test test-e2e bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade --quiet pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

# geo/ is byte-compiled first (as pip does for installed packages): with PYTHONDONTWRITEBYTECODE set, every
# server start would otherwise compile the package from source again (~50 ms of the first page).
run: $(VENV)/.installed
	$(BIN)/python -m compileall -q geo
	$(BIN)/python -m streamlit run app.py --server.port $(PORT)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-e2e: $(VENV)/.installed-dev
	$(BIN)/python -m pytest tests/e2e $(PYTEST_ARGS)

bench: $(VENV)/.installed-dev
	$(BIN)/python -m compileall -q geo
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) static/vendor test-artifacts .pytest_cache .hypothesis
