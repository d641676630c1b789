# CaseWatch. `make run` starts the bot on SQLite; `make test` runs lint, types and the suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run console test lint typecheck pytest migrate bench clean i18n i18n-compile

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
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Installed = the package and its compiled catalogs.
install: $(STAMP) i18n-compile

# Recompile a catalog whenever its .po changes (the .mo files are not committed).
$(LOCALE_DIR)/%/LC_MESSAGES/$(I18N_DOMAIN).mo: $(LOCALE_DIR)/%/LC_MESSAGES/$(I18N_DOMAIN).po | $(STAMP)
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

migrate: i18n-compile
	$(BIN)/casewatch db upgrade

run: migrate
	$(BIN)/casewatch run

console: i18n-compile
	$(BIN)/casewatch console

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy bot db services

pytest: i18n-compile
	$(BIN)/pytest -q $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
