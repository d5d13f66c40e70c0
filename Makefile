# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: run test lint typecheck eval bench bundle test-bundle clean translations system-deps model

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
	@echo "== PDF import: samples and notices made into PDFs (LibreOffice, PolicyLens, Chromium) and read back"
	$(BIN)/python -m tests.eval.pdf_import

# The shipped model, from the corpus's train split only (fixed seeds: the same files each run).
model: $(STAMP)
	$(BIN)/python -m policylens.core.learn.build_shipped

# The real components some tests drive (Debian packages; run as root or with sudo). `make test`
# runs without them and says what it skipped; CI installs them first so that it covers them.
#   poppler-utils, xvfb, imagemagick: PDF text/pictures, a screen to look at the window
#   tesseract-ocr + language packs: OCR of scanned PDFs
#   postgresql: a throw-away server for the team-library tests
#   nodejs, npm: pdf.js (pdfjs-dist, pinned in tests/pdfjs/) as a fourth PDF reader in the
#   export tests
#   libreoffice-calc-nogui: opens the exported CSV headless to prove no formula is evaluated
APT_PACKAGES := poppler-utils xvfb imagemagick \
	tesseract-ocr tesseract-ocr-fas tesseract-ocr-ara tesseract-ocr-eng tesseract-ocr-rus \
	tesseract-ocr-kaz tesseract-ocr-swe tesseract-ocr-deu tesseract-ocr-fra \
	postgresql nodejs libreoffice-calc-nogui \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

system-deps:
	$(SUDO) apt-get update -q
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $(APT_PACKAGES)
	# npm: Debian's package, unless nodejs came with its own (NodeSource's conflicts with it).
	command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends npm
	npm ci --prefix tests/pdfjs --no-audit --no-fund

bench: $(STAMP)
	$(BIN)/python -m tests.bench.run

bundle: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build build_spec/policylens.spec

test-bundle: bundle
	$(BIN)/python -m pytest -q -m slow tests/e2e

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
