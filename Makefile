# Cities Academy. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
DEBIAN_TEST_PACKAGES := chromium poppler-utils libharfbuzz-subset0 gettext zbar-tools

.PHONY: test-postgres help install install-dev system-deps run serve migrate seed admin test lint format check pytest bench messages clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[1m%-12s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip>=25.1"

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PIP) install --quiet --group dev
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the runtime dependencies

install-dev: $(VENV)/.installed-dev ## Install the runtime and test dependencies

system-deps: ## Install the Debian packages the tests need (chromium, poppler-utils, ...) when missing
	@missing=""; for pkg in $(DEBIAN_TEST_PACKAGES); do \
		dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

migrate: install ## Apply database migrations
	$(MANAGE) migrate --noinput

seed: migrate ## Load the demo content and build the search index (safe to re-run)
	$(MANAGE) seed_demo
	$(MANAGE) search_index rebuild

admin: migrate ## Create the admin account (from DJANGO_SUPERUSER_* or a generated password)
	$(MANAGE) ensure_admin

run: seed admin ## Install, migrate, load the demo content and serve http://127.0.0.1:8000
	@echo "Serving on http://$(HOST):$(PORT)/  (admin at http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

serve: ## Serve without reinstalling or reseeding
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install-dev ## ruff check and ruff format --check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev ## Format and autofix with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check: install-dev ## Django system checks and the missing-migrations check
	DJANGO_SETTINGS_MODULE=academy.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=academy.settings.test $(MANAGE) makemigrations --check --dry-run

pytest: install-dev system-deps ## Run the pytest suite (browser tests included) on every core; PYTEST_ARGS="-m browser" for the browser tests alone
	$(VENV)/bin/pytest -n auto --dist load $(PYTEST_ARGS)

test: install-dev system-deps lint check pytest ## Everything CI runs: ruff, checks, pytest

test-postgres: install-dev ## Run pytest against a throwaway PostgreSQL cluster (optional)
	scripts/with-postgres.sh $(VENV)/bin/pytest -m "not browser" $(PYTEST_ARGS)

bench: install-dev ## Run the benchmarks in bench/ and print one table
	$(PY) -m bench

messages: install-dev ## Extract UI strings into locale/ and compile the catalogues
	$(MANAGE) makemessages --locale es --locale fr --locale pt --ignore ".venv/*" --ignore "var/*" --ignore "build/*" --ignore "tests/*" --ignore "bench/*" --no-obsolete
	$(MANAGE) compilemessages --ignore ".venv/*"

clean: ## Remove the virtual environment, local database, media and caches
	rm -rf $(VENV) var db.sqlite3 .pytest_cache .ruff_cache
