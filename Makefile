# Storyquiz. `make run` needs nothing but Go; `make test` also installs
# Debian's chromium (and Node's axe-core) for the browser tests, Debian's
# postgresql for the PostgreSQL store's tests and Debian's haproxy for the
# several-servers test when missing.
GO      ?= go
ADDR    ?= 127.0.0.1:8000
DB      ?= data/storyquiz.db
SOURCES := $(shell find app quiz -name '*.go' -not -name '*_test.go') go.mod go.sum

.PHONY: all build run test browser postgres haproxy bench fuzz clean quality

all: build

build: web/app.wasm.br web/engine.wasm.br bin/storyquiz

# The client: go-app components compiled to WebAssembly, then precompressed.
# Without inlining (-l) the bundle is 8 % smaller over the wire: in Go's
# WebAssembly every inlined copy of a call carries its own stack-switching
# code, which brotli compresses worse than the calls it replaces. The
# benchmarks build the hello-world they compare against the same way
# (app/tools/bench/bundle.go).
WASMFLAGS := -trimpath -gcflags=all=-l -ldflags='-s -w'
web/app.wasm: $(SOURCES)
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $@ ./app

web/app.wasm.br web/app.wasm.gz &: web/app.wasm
	$(GO) run ./app/tools/precompress web/app.wasm

# The quiz engine for the browser, a second WebAssembly program that only
# the pages making a quiz load, in a Web Worker (app/engine): students never
# download it. The tag "engine" builds in its list of given names.
web/engine.wasm: $(SOURCES)
	GOOS=js GOARCH=wasm $(GO) build -tags engine $(WASMFLAGS) -o $@ ./app/engine/worker

web/engine.wasm.br web/engine.wasm.gz &: web/engine.wasm
	$(GO) run ./app/tools/precompress web/engine.wasm

# The server and command line.
bin/storyquiz: $(SOURCES)
	$(GO) build -trimpath -o $@ ./app

run: build
	./bin/storyquiz serve -addr $(ADDR) -db $(DB)

# browser installs Debian's chromium for the end-to-end tests, and
# libxml2-utils (xmllint) for the export tests, when missing.
browser:
	@command -v chromium >/dev/null 2>&1 && command -v xmllint >/dev/null 2>&1 || { \
	  echo "installing chromium and libxml2-utils for the browser and export tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium libxml2-utils >/dev/null; }

# postgres installs Debian's PostgreSQL for the PostgreSQL store's tests when
# missing: they run its initdb and pg_ctl (app/tools/pgtest) on a temporary
# directory and a loopback port, and need no service running.
postgres:
	@{ command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; } || { \
	  echo "installing postgresql for the PostgreSQL store tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

# haproxy installs Debian's HAProxy for the test of several servers behind a
# reverse proxy (app/e2e/cluster_test.go, app/tools/proxytest); it runs in the
# foreground on a loopback port and needs no service running.
haproxy:
	@command -v haproxy >/dev/null 2>&1 || ls /usr/sbin/haproxy >/dev/null 2>&1 || { \
	  echo "installing haproxy for the several-servers test"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq haproxy >/dev/null; }

# axe installs axe-core, the accessibility checker the browser tests inject
# into each page, at the version pinned in app/e2e/axe/package.json.
AXE_VERSION := 4.14.1
AXE_JS      := app/e2e/axe/node_modules/axe-core/axe.min.js
.PHONY: axe
axe:
	@test -f $(AXE_JS) || { \
	  echo "installing axe-core $(AXE_VERSION) for the accessibility tests"; \
	  npm install --no-audit --no-fund --save-exact --prefix app/e2e/axe axe-core@$(AXE_VERSION); }

# lighthouse installs Lighthouse, which the benchmarks run on three pages,
# at the version pinned in app/tools/bench/lighthouse/package.json.
LIGHTHOUSE_VERSION := 13.5.0
LIGHTHOUSE_BIN     := app/tools/bench/lighthouse/node_modules/.bin/lighthouse
.PHONY: lighthouse
lighthouse:
	@test -x $(LIGHTHOUSE_BIN) || { \
	  echo "installing lighthouse $(LIGHTHOUSE_VERSION) for the benchmarks"; \
	  npm install --no-audit --no-fund --save-exact --prefix app/tools/bench/lighthouse lighthouse@$(LIGHTHOUSE_VERSION); }

# test fuzzes one target per run (go test's rule). The short minimize time
# keeps the fuzzer fuzzing: minimizing each new input (by default up to 60 s,
# with tries that grow with the square of its length) would otherwise eat the
# budget, shown as "0 execs/sec". The budget is a count of runs (about 10 s
# here), not a duration: a duration races the fuzzer's own shutdown and can
# fail a run that found nothing with "context deadline exceeded".
# The browser tests (app/e2e) run last and alone: they watch paints and
# clicks on a CPU slowed as Lighthouse's phone is, and the other packages'
# tests running beside them on a small machine would starve the browser.
test: build browser postgres haproxy axe
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app ./quiz/...
	$(GO) test -count=1 -timeout 15m $$($(GO) list ./... | grep -v '/app/e2e$$')
	$(GO) test -count=1 -timeout 15m ./app/e2e
	$(GO) test -count=1 -race -run '^TestGenerateConcurrently$$' ./quiz
	$(GO) test -run '^$$' -fuzz '^FuzzParseArticle$$' -fuzztime 300000x -fuzzminimizetime 1s ./quiz
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime 200000x -fuzzminimizetime 1s ./quiz

bench: build browser lighthouse
	$(GO) run ./app/tools/bench -out BENCHMARKS.md

fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParseArticle$$' -fuzztime 60s -fuzzminimizetime 5s ./quiz
	$(GO) test -run '^$$' -fuzz '^FuzzGenerate$$' -fuzztime 60s -fuzzminimizetime 5s ./quiz
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime 60s -fuzzminimizetime 5s ./quiz
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime 60s -fuzzminimizetime 5s ./quiz/exchange

clean:
	rm -rf bin web/app.wasm web/app.wasm.br web/app.wasm.gz web/engine.wasm web/engine.wasm.br web/engine.wasm.gz artifacts

# quality: quizzes for every article of a folder (default ../shared/corpus
# when it exists) and their automatic checks, written to QUALITY.md.
quality:
	go run ./app/tools/quality -out QUALITY.md
