# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: run test lint typecheck eval bench bundle test-bundle clean translations system-deps model \
	model-check sqlite-shell

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Qt Linguist sources → compiled .qm next to them (not committed; the app also compiles a
# missing one into the user cache). `python -m policylens.ui.infra.translations_build --update`
# re-extracts the UI strings into the .ts.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(BIN)/policylens $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff format --check desktop tests
	$(BIN)/ruff check desktop tests

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/python -m pytest -q

# Per language, lexicon alone and with the shipped model: the samples, the corpus dev split,
# OPP-115 dev (research-only: measured, never trained on); then the learned-model lift.
eval: $(STAMP)
	$(BIN)/python -m tests.eval.report $(SHARED)
	@echo "== learned model: lift on held-out OPP-115 policies (3 folds; LIFT=--quick: one; models in memory only)"
	$(BIN)/python -m tests.eval.learn_lift $(SHARED) $(LIFT)
	@echo "== learned model across domains: trained on all 29 OPP-115 policies, scored on English policies that are not OPP-115's"
	$(BIN)/python -m tests.eval.learn_lift $(SHARED) --cross
	@echo "== PDF import: samples and notices made into PDFs (LibreOffice, PolicyLens, Chromium) and read back"
	$(BIN)/python -m tests.eval.pdf_import

# The shipped model, from the corpus's train split only (fixed seeds: the same files each run).
model: $(STAMP)
	$(BIN)/python -m policylens.core.learn.build_shipped

# Whether the shipped arrays are what `make model` makes today, to the byte (a test runs it too).
model-check: $(STAMP)
	$(BIN)/python -m policylens.core.learn.build_shipped --check

# The real components some tests drive (Debian packages; run as root or with sudo). `make test`
# runs without them and says what it skipped; CI installs them first so that it covers them.
#   poppler-utils, xvfb, imagemagick: PDF text/pictures, a screen to look at the window
#   tesseract-ocr + language packs: OCR of scanned PDFs
#   postgresql: a throw-away server for the team-library tests
#   nodejs, npm: pdf.js (pdfjs-dist, pinned in tests/pdfjs/) as a fourth PDF reader in the
#   export tests
#   libreoffice-calc-nogui: opens the exported CSV headless to prove no formula is evaluated
#   libreoffice-writer-nogui: PDFs of the samples by a common producer, read back by the PDF
#   import tests (soffice without Writer converts no text file)
#   gcc, libc6-dev: build the sqlite3 shell whose `.recover` `library repair` uses (below)
APT_PACKAGES := poppler-utils xvfb imagemagick gcc libc6-dev \
	tesseract-ocr tesseract-ocr-fas tesseract-ocr-ara tesseract-ocr-eng tesseract-ocr-rus \
	tesseract-ocr-kaz tesseract-ocr-swe tesseract-ocr-deu tesseract-ocr-fra \
	postgresql nodejs libreoffice-calc-nogui libreoffice-writer-nogui \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

system-deps:
	$(SUDO) apt-get update -q
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $(APT_PACKAGES)
	# npm: Debian's package, unless nodejs came with its own (NodeSource's conflicts with it).
	command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends npm
	npm ci --prefix tests/pdfjs --no-audit --no-fund
	$(MAKE) sqlite-shell

# A current sqlite3 shell for `library repair` (its `.recover`; Debian 12's 3.40.1 outputs no
# table) and the tests of it: SQLite's own sources, from the autoconf tarball that the npm
# package `sqlite3` ships, compiled with the sqlite_dbpage table `.recover` reads pages through.
# The tests point POLICYLENS_SQLITE3 at it; so can a user, at this or any current shell.
SQLITE_NPM   := sqlite3@6.0.1
SQLITE_SHELL := tests/sqlite_shell/sqlite3
SQLITE_BUILD := tests/sqlite_shell/build

sqlite-shell: $(SQLITE_SHELL)

$(SQLITE_SHELL):
	rm -rf $(SQLITE_BUILD) && mkdir -p $(SQLITE_BUILD)
	cd $(SQLITE_BUILD) && npm pack $(SQLITE_NPM) --silent >/dev/null \
		&& tar xzf sqlite3-*.tgz package/deps && tar xzf package/deps/sqlite-autoconf-*.tar.gz
	cc -O2 -DSQLITE_ENABLE_DBPAGE_VTAB -DSQLITE_ENABLE_FTS5 -DSQLITE_THREADSAFE=0 \
		-DSQLITE_OMIT_LOAD_EXTENSION -o $@.tmp \
		$(SQLITE_BUILD)/sqlite-autoconf-*/shell.c $(SQLITE_BUILD)/sqlite-autoconf-*/sqlite3.c -lm
	mv $@.tmp $@ && rm -rf $(SQLITE_BUILD)

bench: $(STAMP)
	$(BIN)/python -m tests.bench.run

bundle: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build build_spec/policylens.spec

test-bundle: bundle
	$(BIN)/python -m pytest -q -m slow tests/e2e

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
