# SAMLA-portalen. Two commands do everything:
#   make run   install, migrate, load the demo data and start the server
#   make test  install what the tests need and run the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
# The suite runs on every core, a test file per worker (its demo data is shared).
PYTEST_ARGS ?= -n auto --dist loadfile
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test check lint format lock bench bench-web css clean

$(BIN)/python:
	@$(PYTHON) -m venv $(VENV) || { \
	  echo "Kunde inte skapa en virtuell miljö. På Debian/Ubuntu: sudo apt-get install -y python3-venv"; \
	  rm -rf $(VENV); exit 1; }

# Installs are reproducible: constraints.txt pins every package (make lock renews it).
$(VENV)/.installed-runtime: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install -c constraints.txt -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed-runtime
	$(PIP) install -c constraints.txt -e '.[dev]'
	@touch $@

run: $(VENV)/.installed-runtime
	@SAMLA_DEVELOPMENT=1 $(BIN)/python manage.py migrate --noinput -v 0
	@SAMLA_DEVELOPMENT=1 $(BIN)/python manage.py load_demo
	@echo
	@echo "  SAMLA-portalen:  http://$(HOST):$(PORT)/"
	@echo "  Logga in:        http://$(HOST):$(PORT)/konto/logga-in/  (konton ovan; endast utveckling)"
	@echo "  Administration:  http://$(HOST):$(PORT)/admin/"
	@echo
	@SAMLA_DEVELOPMENT=1 $(BIN)/python manage.py runserver --noreload $(HOST):$(PORT)

test: $(VENV)/.installed-dev
	@$(BIN)/python manage.py makemigrations --check --dry-run --settings=tests.settings
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check .
	@$(BIN)/lint-imports
	@$(BIN)/djlint templates --lint --quiet
	$(BIN)/pytest $(PYTEST_ARGS)

# Production settings must pass Django's deployment checks.
check: $(VENV)/.installed-runtime
	@SECRET_KEY=check-only-$$(head -c 32 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9') \
	  ALLOWED_HOSTS=samla.example.se $(BIN)/python manage.py check --deploy --fail-level WARNING

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/djlint templates --lint

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

lock: $(BIN)/python
	$(PIP) install -e '.[dev]'
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

# Benchmarks print figures; they are not tests.
bench: $(VENV)/.installed-dev
	$(BIN)/python bench/web.py
	$(BIN)/python bench/large_plans.py
	$(BIN)/python bench/deviations.py
	$(BIN)/python bench/uploads.py

# The portal next to bare Django under gunicorn, with wrk (PostgreSQL and Redis).
bench-web: $(VENV)/.installed-dev
	$(BIN)/python bench/web.py

# The stylesheet: our tokens and the parts of Bootstrap 5.3 we use, from Sass,
# purged of rules no template uses. The result is committed, so neither
# `make run` nor `make test` needs Node.js.
css: $(VENV)/.installed-runtime
	npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p var/build
	npx sass --style=compressed --no-source-map --load-path=node_modules --quiet-deps \
	  --silence-deprecation=import,global-builtin,color-functions,if-function \
	  assets/scss/samla.scss var/build/samla.css
	npx purgecss --config purgecss.config.cjs
	@echo "static/css/samla.css: $$(wc -c < static/css/samla.css) bytes"

clean:
	rm -rf $(VENV) var
