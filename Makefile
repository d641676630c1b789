# CaseWatch. `make run` starts the bot on SQLite; `make test` runs lint, types and the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install install-main lock run console test lint typecheck pytest migrate bench clean i18n i18n-compile

# Translations (see README, "Languages"): bot/locale/<lang>/LC_MESSAGES/casewatch.po.
LOCALE_DIR := bot/locale
I18N_DOMAIN := casewatch
LANGUAGES := en ru kk
POT := $(LOCALE_DIR)/$(I18N_DOMAIN).pot
# Keep in step with tests/test_i18n.py, which checks that the .pot is up to date.
EXTRACT_KEYWORDS := --no-default-keywords -k _ -k N_ -k ngettext:1,2
MO_FILES := $(foreach lang,$(LANGUAGES),$(LOCALE_DIR)/$(lang)/LC_MESSAGES/$(I18N_DOMAIN).mo)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Installs come from the committed lock (exact versions with hashes), never from the ranges in
# pyproject.toml: requirements/main.txt for running the bot, requirements/dev.txt (a superset, at
# the same versions) for tests and tools. The project itself goes in last, editable, without
# dependencies and with the locked build backend (so nothing unpinned is fetched to build it).
$(VENV)/.installed-main: requirements/main.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/main.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(STAMP): requirements/dev.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Re-lock after changing dependencies in pyproject.toml (tests/test_lock.py fails until then).
PIP_COMPILE := $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links
lock: $(STAMP)
	$(PIP_COMPILE) -o requirements/main.txt pyproject.toml requirements/build.in
	$(PIP_COMPILE) --extra dev -o requirements/dev.txt pyproject.toml requirements/build.in \
		requirements/dev.in

# Installed = the package and its compiled catalogs. `make run` needs no dev tools.
install: $(STAMP) i18n-compile
install-main: $(VENV)/.installed-main

# Recompile a catalog whenever its .po changes (the .mo files are not committed).
$(LOCALE_DIR)/%/LC_MESSAGES/$(I18N_DOMAIN).mo: $(LOCALE_DIR)/%/LC_MESSAGES/$(I18N_DOMAIN).po | $(VENV)/.installed-main
	$(BIN)/pybabel compile -l $* -i $< -o $@

i18n-compile: $(MO_FILES)

# One command after changing user-visible strings: extract them into the .pot and merge it into
# every catalog; then translate the new entries (empty or fuzzy) and `make test`.
i18n: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg $(EXTRACT_KEYWORDS) -c Translators: --add-location=file \
		--sort-output --project casewatch --copyright-holder "CaseWatch" -o $(POT) .
	for lang in $(LANGUAGES); do \
		$(BIN)/pybabel update --init-missing --ignore-obsolete -i $(POT) -d $(LOCALE_DIR) \
			-D $(I18N_DOMAIN) -l $$lang || exit 1; \
	done
	$(MAKE) i18n-compile

migrate: install-main i18n-compile
	$(BIN)/casewatch db upgrade

run: migrate
	$(BIN)/casewatch run

console: install-main i18n-compile
	$(BIN)/casewatch console

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy bot db bench

# One worker per core (pytest-xdist); PYTEST_WORKERS=0 runs in this process (pdb, -x).
PYTEST_WORKERS ?= auto
pytest: $(STAMP) i18n-compile
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
