# SOCIEUX+ Desktop. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := translations/socieux_fr.ts translations/socieux_en.ts translations/socieux_es.ts
QM := $(TS:.ts=.qm)

.PHONY: help system system-test web run test check lint typecheck translations update-translations benchmarks package clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-20s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM) ## Compile the .ts catalogues to .qm

# The workshop's browser editor: npm packages from the lock file, bundled into resources/web/dist (shipped with
# the app; the app itself never runs node). Stamps: reinstall when the lock changes, rebuild when a source does.
WEB := resources/web
WEB_INSTALLED := $(WEB)/node_modules/.installed
WEB_BUILT := $(WEB)/dist/.built

$(WEB_INSTALLED): $(WEB)/package.json $(WEB)/package-lock.json
	cd $(WEB) && npm ci --no-audit --no-fund
	touch $@

$(WEB_BUILT): $(WEB_INSTALLED) $(WEB)/build.mjs $(wildcard $(WEB)/src/*)
	cd $(WEB) && npm run build
	touch $@

web: $(WEB_BUILT) ## Build the workshop's browser editor (resources/web/dist) from its npm packages

system: ## Install the Debian packages the app needs (as root; says what is missing otherwise)
	bash scripts/system-packages.sh app

system-test: ## Install the Debian packages the tests need too
	bash scripts/system-packages.sh test

run: system $(STAMP) $(QM) $(WEB_BUILT) ## Set up and open the app (a demo workspace on first start)
	$(BIN)/socieux-desktop $(ARGS)

test: system-test ## Set up everything (packages, venv, PostgreSQL, keychain) and run `make check` with it
	bash scripts/test-env.sh $(MAKE) --no-print-directory check

check: $(STAMP) $(QM) $(WEB_BUILT) ## Lint, type checks and the whole test suite, in this environment as it is
	$(BIN)/ruff check socieux_desktop socieux_hub tests benchmarks
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

update-translations: $(STAMP) ## Collect new UI strings into the three .ts files (then translate them)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none socieux_desktop/ui socieux_desktop/domain/sentences.py -ts $(TS)

benchmarks: $(STAMP) $(QM) ## Run every benchmark and print the ratios
	for script in benchmarks/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

package: $(STAMP) $(QM) $(WEB_BUILT) ## Build the installer: PyInstaller bundle, then the .tar.gz and .deb (Linux) in dist/
	$(BIN)/python installer/build.py $(ARGS)

clean: ## Remove the virtual environment and build products
	rm -rf $(VENV) build dist translations/*.qm $(WEB)/dist $(WEB)/node_modules
