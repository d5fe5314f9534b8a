# explainer-server: two commands set everything up on a fresh Debian machine.
#   make run    installs what is missing, builds release, serves Content/ on 127.0.0.1:8080
#   make test   installs what is missing, builds, runs every test
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
SWIFT ?= swift
HOST ?= 127.0.0.1
PORT ?= 8080
FUZZ_SECONDS ?= 60

# Debian packages the build, the tests and the benchmarks need.
APT_PACKAGES := libssl-dev zlib1g-dev libstemmer-dev pkg-config curl openssl nginx-light wrk chromium python3-pip

.PHONY: run test deps build build-release fuzz lint bench clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; fi
	@python3 -c 'import pytest, openapi_spec_validator, schemathesis, prometheus_client, kubernetes_validate, yaml' 2>/dev/null || \
	  python3 -m pip install -q --disable-pip-version-check -r Tests/e2e/requirements.txt

build-release: deps
	$(SWIFT) build -c release

run: build-release
	.build/release/explainer-server serve --host $(HOST) --port $(PORT) --content Content

build: deps
	$(SWIFT) build --build-tests

lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

test: build lint
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(FUZZ_SECONDS)

clean:
	rm -rf .build
