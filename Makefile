# foundry-guard - build, test, scan, benchmark.
#
#   make            build build/foundry-guard (installs missing Debian packages when root)
#   make scan       build and scan TARGET (default: the demo repository in examples/)
#   make test       unit, rule, CLI and end-to-end tests, then the corpus score gate
#   make asan       the whole test suite under AddressSanitizer + UBSan
#   make bench      benchmark against ripgrep on large real trees
#   make install    PREFIX=/usr/local: the binary and the foundry-guard(1) man page
#   make static     build/static/foundry-guard: statically linked and stripped
#   make dist       build/dist/foundry-guard-VERSION.tar.gz (sources + pinned grammar sources);
#                   make dist-bin adds the linux-x86_64 binary tarball and SHA256SUMS

CC      ?= cc
PREFIX  ?= /usr/local
PKGS    := libgit2 tree-sitter libpcre2-8 yaml-0.1
DEB_PKGS := build-essential pkg-config libgit2-dev libtree-sitter-dev libpcre2-dev libyaml-dev
WARN    := -Wall -Wextra -Werror -Wshadow -Wno-missing-field-initializers
CFLAGS  ?= -O2 -g
FG_CFLAGS = -std=c11 $(WARN) $(CFLAGS) $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
FG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lpthread
# The version: one line in VERSION, read by --version, the reports and the man page.
VERSION := $(shell cat VERSION 2>/dev/null)
ifeq ($(VERSION),)
$(error VERSION is missing or empty: it holds the release version, e.g. 0.2.0)
endif
FG_CFLAGS += -DFG_VERSION='"$(VERSION)"'
TARGET  ?= examples/demo
# The shared labelled corpus and its scorer live beside the project (../shared): an optional
# extra gate (override with CORPUS= SCORER=). tests/corpus is always gated, by tests/score.py.
CORPUS  ?= ../shared/corpus
SCORER  ?= ../shared/eval/score.py
GATED_SUITES := app-foundry direct-api docs-heavy opsbot polyglot

# Quiet (as with -s) and parallel (JOBS, default: the number of cores) by
# default; `make V=1` shows every command, `make JOBS=1` or `make -jN` decides.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
MAKEFLAGS += --no-print-directory
ifeq ($(MAKELEVEL),0)
MAKEFLAGS += -j$(JOBS)
endif
ifeq ($(V),1)
Q :=
quiet = @:
else
MAKEFLAGS += -s
Q := @
quiet = @:
endif

BUILD   := build
BIN     := $(BUILD)/foundry-guard
MAN     := $(BUILD)/foundry-guard.1

SRCS := $(wildcard src/*.c src/*/*.c) parser/tree.c parser/lang.c
SRCS := $(filter-out src/tools/%,$(SRCS))
OBJS := $(patsubst %.c,$(BUILD)/obj/%.o,$(SRCS))
RULE_FILES := $(shell find rules -type f ! -path rules/README.md | LC_ALL=C sort)
EMBED_C := $(BUILD)/gen/rules_embed.c

.PHONY: all deps scan test unit-test cli-test score asan bench install clean lint

all: $(BIN) $(MAN)

# Missing Debian packages: installed when root, else the exact command is printed.
deps:
	@missing=""; \
	pkg-config --exists $(PKGS) 2>/dev/null || missing="$(DEB_PKGS)"; \
	[ -n "$(GRAMMAR_VENDORED)" ] || command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	command -v git >/dev/null 2>&1 || missing="$$missing git"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "deps: installing $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "foundry-guard: missing build dependencies; run: sudo apt-get install -y $$missing" >&2; exit 1; \
	  fi; \
	fi

include parser/grammars.mk

$(BUILD)/.deps: Makefile VERSION
	@$(MAKE) --no-print-directory deps
	@mkdir -p $(@D) && touch $@

$(BUILD)/tools/embed: src/tools/embed.c
	@mkdir -p $(@D)
	$(Q)$(CC) -O2 -o $@ $<

$(EMBED_C): $(BUILD)/tools/embed $(RULE_FILES)
	@mkdir -p $(@D)
	$(quiet) "  EMBED   rules/"
	$(Q)$(BUILD)/tools/embed $@ fg_embedded_rules rules $(RULE_FILES)

$(BUILD)/gen/hooks_embed.c: $(BUILD)/tools/embed hooks/pre-commit
	@mkdir -p $(@D)
	$(quiet) "  EMBED   hooks/pre-commit"
	$(Q)$(BUILD)/tools/embed $@ fg_embedded_hooks hooks hooks/pre-commit

$(BUILD)/obj/hooks_embed.o: $(BUILD)/gen/hooks_embed.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(FG_CFLAGS) -Isrc -c $< -o $@

$(BUILD)/obj/%.o: %.c $(BUILD)/.deps
	@mkdir -p $(@D)
	$(quiet) "  CC      $<"
	$(Q)$(CC) $(FG_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/rules_embed.o: $(EMBED_C)
	@mkdir -p $(@D)
	$(Q)$(CC) $(FG_CFLAGS) -Isrc -c $< -o $@

# The answers of the literal pre-test's derivation for the embedded rules, computed
# at build time by a program linked from the same objects (start-up looks them up).
LITERALS_TABLE := $(BUILD)/obj/literals_table.o

$(BIN): $(BUILD)/.deps $(OBJS) $(BUILD)/obj/rules_embed.o $(BUILD)/obj/hooks_embed.o $(LITERALS_TABLE) $(GRAMMAR_OBJS)
	$(quiet) "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) -o $@ $(OBJS) $(BUILD)/obj/rules_embed.o $(BUILD)/obj/hooks_embed.o $(LITERALS_TABLE) \
	  $(GRAMMAR_OBJS) $(FG_LIBS)

-include $(OBJS:.o=.d)

# The main job: scan TARGET and print the report; findings do not fail it.
scan: $(BIN)
	@$(BIN) scan $(TARGET) --explain-flows; rc=$$?; [ $$rc -le 1 ] || exit $$rc

# ---- tests ----
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BIN  := $(BUILD)/unit-tests
LIB_OBJS  := $(filter-out $(BUILD)/obj/src/main.o,$(OBJS)) $(BUILD)/obj/rules_embed.o $(BUILD)/obj/hooks_embed.o

$(BUILD)/tools/literals-gen: src/tools/literals_gen.c $(LIB_OBJS) $(GRAMMAR_OBJS)
	@mkdir -p $(@D)
	$(Q)$(CC) $(FG_CFLAGS) -Isrc -o $@ $< $(LIB_OBJS) $(GRAMMAR_OBJS) $(FG_LIBS)

$(BUILD)/gen/literals_table.c: $(BUILD)/tools/literals-gen
	@mkdir -p $(@D)
	$(quiet) "  GEN     $@"
	$(Q)$(BUILD)/tools/literals-gen $@.tmp && mv $@.tmp $@

$(LITERALS_TABLE): $(BUILD)/gen/literals_table.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(FG_CFLAGS) -Isrc -c $< -o $@

$(UNIT_BIN): $(UNIT_SRCS) tests/unit/harness.h tests/unit/main.c $(LIB_OBJS) $(GRAMMAR_OBJS)
	$(quiet) "  LINK    $@"
	$(Q)$(CC) $(FG_CFLAGS) -Isrc -o $@ tests/unit/main.c $(UNIT_SRCS) $(LIB_OBJS) $(GRAMMAR_OBJS) $(FG_LIBS)

test: $(BIN) $(UNIT_BIN)
	@python3 tests/run.py --bin $(BIN) --unit $(UNIT_BIN) --corpus $(CORPUS) --scorer $(SCORER) \
	  --suites "$(GATED_SUITES)"

# Sanitizer build in its own tree; the same test runner drives it.
asan:
	@ASAN_OPTIONS=fast_unwind_on_malloc=0 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 $(MAKE) --no-print-directory BUILD=build/asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" test

# ---- fuzzing (tests/fuzz) ----
# make fuzz [FUZZ_SECONDS=N] [FUZZ_TARGETS="..."]: builds each libFuzzer target with clang
# (ASan + UBSan + coverage, objects in build/fuzz) and runs it N seconds, one after the other,
# from its seeds (tests/fuzz/corpus/T, and build/fuzz/seeds/T drawn from the test material by
# tests/fuzz/make_seeds.py) and regressions (tests/fuzz/regressions/T). Crashes and
# slow inputs land in build/fuzz/artifacts/T/ and are minimised into build/fuzz/minimized/T/;
# a fixed one goes to tests/fuzz/regressions/T/, which `make test` and `make asan` replay
# (with the seeds) through the same entry points, built by gcc without libFuzzer.
FUZZ_TARGETS ?= analyze config rules baseline diff
FUZZ_SECONDS ?= 60
# FUZZ_RUNS=0: no new inputs, only the seeds and saved regressions under the
# sanitizers (deterministic: what CI runs).
FUZZ_RUNS ?=
FUZZ_MAX_LEN ?= 16384
FUZZ_CC      ?= clang
FUZZ_BUILD   := build/fuzz
FUZZ_CFLAGS  := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_ALL     := analyze config rules baseline diff
FUZZ_COMMON  := $(BUILD)/obj/tests/fuzz/common.o
FUZZ_REPLAY  := $(BUILD)/fuzz-replay
FUZZ_REPLAY_OBJS := $(BUILD)/obj/tests/fuzz/replay.o $(FUZZ_COMMON) $(FUZZ_ALL:%=$(BUILD)/obj/tests/fuzz/one_%.o)

.PHONY: fuzz fuzz-build fuzz-clean
.SECONDARY: $(FUZZ_ALL:%=$(BUILD)/obj/tests/fuzz/fuzz_%.o)

# The replay build: each target's entry point renamed fz_one_T.
$(BUILD)/obj/tests/fuzz/one_%.o: tests/fuzz/fuzz_%.c $(BUILD)/.deps
	@mkdir -p $(@D)
	$(quiet) "  CC      $< (replay)"
	$(Q)$(CC) $(FG_CFLAGS) -MMD -MP -DLLVMFuzzerTestOneInput=fz_one_$* -c $< -o $@

$(FUZZ_REPLAY): $(FUZZ_REPLAY_OBJS) $(LIB_OBJS) $(GRAMMAR_OBJS)
	$(quiet) "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) -o $@ $(FUZZ_REPLAY_OBJS) $(LIB_OBJS) $(GRAMMAR_OBJS) $(FG_LIBS)

-include $(FUZZ_REPLAY_OBJS:.o=.d)

# tests/run.py finds the replay driver beside the binary.
test: $(FUZZ_REPLAY)

clean: fuzz-clean
fuzz-clean:
	rm -rf $(FUZZ_REPLAY) $(FUZZ_BUILD)

# Run with BUILD=$(FUZZ_BUILD) CC=clang (see fuzz).
fuzz-build: $(FUZZ_TARGETS:%=$(BUILD)/fuzzer-%)

$(BUILD)/fuzzer-%: $(BUILD)/obj/tests/fuzz/fuzz_%.o $(FUZZ_COMMON) $(LIB_OBJS) $(GRAMMAR_OBJS)
	$(quiet) "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_COMMON) $(LIB_OBJS) $(GRAMMAR_OBJS) $(FG_LIBS)

fuzz:
	@command -v $(FUZZ_CC) >/dev/null 2>&1 || { echo "foundry-guard: make fuzz needs clang; run: apt-get install -y clang" >&2; exit 2; }
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) \
	  CFLAGS="$(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link" FUZZ_TARGETS="$(FUZZ_TARGETS)" fuzz-build
	@python3 tests/fuzz/make_seeds.py --out $(FUZZ_BUILD)/seeds --bin $(BIN)
	@export LSAN_OPTIONS=suppressions=$(CURDIR)/tests/fuzz/lsan.supp:print_suppressions=0; fail=""; \
	for t in $(FUZZ_TARGETS); do \
	  art=$(FUZZ_BUILD)/artifacts/$$t; min=$(FUZZ_BUILD)/minimized/$$t; \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t $$art $$min; \
	  dirs=$(FUZZ_BUILD)/corpus/$$t; \
	  for d in tests/fuzz/corpus/$$t $(FUZZ_BUILD)/seeds/$$t tests/fuzz/regressions/$$t; do \
	    [ -d $$d ] && dirs="$$dirs $$d"; \
	  done; \
	  echo "  FUZZ    $$t ($(if $(FUZZ_RUNS),$(FUZZ_RUNS) new runs,$(FUZZ_SECONDS)s))"; \
	  unwind=; [ $$t = rules ] && unwind=fast_unwind_on_malloc=0; \
	  ASAN_OPTIONS=$$unwind $(FUZZ_BUILD)/fuzzer-$$t -max_total_time=$(FUZZ_SECONDS) $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS)) -timeout=10 -rss_limit_mb=2048 \
	    -max_len=$(FUZZ_MAX_LEN) -print_final_stats=1 -artifact_prefix=$$art/ $$dirs \
	    >$(FUZZ_BUILD)/$$t.log 2>&1 || fail="$$fail $$t"; \
	  grep -E '^(stat::number_of_executed_units|stat::new_units_added|==[0-9]+==ERROR|SUMMARY)' $(FUZZ_BUILD)/$$t.log | sed 's/^/          /'; \
	  for a in $$art/*; do \
	    [ -f "$$a" ] && [ ! -f "$$min/$${a##*/}" ] || continue; \
	    echo "  MIN     $$a -> $$min/$${a##*/}"; \
	    ASAN_OPTIONS=$$unwind $(FUZZ_BUILD)/fuzzer-$$t -minimize_crash=1 -max_total_time=60 -timeout=10 \
	      -exact_artifact_path=$$min/$${a##*/} $$a >$$min/$${a##*/}.log 2>&1 || true; \
	    [ -f "$$min/$${a##*/}" ] || cp "$$a" "$$min/$${a##*/}"; \
	  done; \
	done; \
	if [ -n "$$fail" ]; then echo "fuzz: findings in:$$fail (logs: $(FUZZ_BUILD)/T.log, inputs: $(FUZZ_BUILD)/minimized/)"; exit 1; fi

# make bench [TREE=DIR] [TREES=stdlib,npm,heavy,synth50k] [HEAVY=DIR] [RUNS=N] (tests/bench.py)
bench: $(BIN)
	@python3 tests/bench.py --bin $(BIN) $(if $(TREES),--trees $(TREES)) $(foreach t,$(TREE),--tree $(t)) \
	  $(if $(HEAVY),--heavy-dir $(HEAVY)) $(if $(RUNS),--runs $(RUNS))

install: $(BIN) $(MAN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/foundry-guard
	install -m 0644 $(MAN) $(DESTDIR)$(PREFIX)/share/man/man1/foundry-guard.1

lint:
	clang-format --dry-run --Werror $(SRCS) $(wildcard src/*/*.h src/*.h parser/*.h)

clean:
	rm -rf $(BUILD)/obj $(BUILD)/gen $(BUILD)/tools/embed $(BIN) $(UNIT_BIN) build/asan

# ---- release: man page, static binary, tarballs ----
# The man page carries the version of VERSION (src/foundry-guard.1 says @VERSION@).
$(MAN): src/foundry-guard.1 VERSION
	@mkdir -p $(@D)
	$(Q)sed 's/@VERSION@/$(VERSION)/g' src/foundry-guard.1 > $@.tmp && mv $@.tmp $@

# A statically linked, stripped binary: the same objects, linked against
# static archives. Debian's libgit2.a needs GSSAPI (krb5), which Debian ships
# only as shared libraries, so libgit2 is built from the distribution's own
# source package without network transports (release/libgit2-static.sh);
# tree-sitter, PCRE2, libyaml, zlib and http-parser are Debian's .a files.
STATIC_DIR  := build/static
STATIC_BIN  := $(STATIC_DIR)/foundry-guard
LIBGIT2_A   := $(STATIC_DIR)/libgit2/lib/libgit2.a
STATIC_LIBS := $(LIBGIT2_A) -lhttp_parser -lz -ltree-sitter -lpcre2-8 -lyaml -lpthread

.PHONY: static dist dist-bin
static: $(STATIC_BIN)

$(LIBGIT2_A):
	$(Q)sh release/libgit2-static.sh $(STATIC_DIR)/libgit2

$(STATIC_BIN): $(LIBGIT2_A) $(BUILD)/.deps $(OBJS) $(BUILD)/obj/rules_embed.o $(BUILD)/obj/hooks_embed.o $(LITERALS_TABLE) $(GRAMMAR_OBJS)
	@mkdir -p $(@D)
	$(Q)$(CC) -static -s -o $@.tmp $(filter-out $(BUILD)/obj/src/source/no_ca.o,$(OBJS)) $(BUILD)/obj/rules_embed.o $(BUILD)/obj/hooks_embed.o $(LITERALS_TABLE) \
	  $(GRAMMAR_OBJS) $(STATIC_LIBS) 2>$@.log || { cat $@.log >&2; exit 1; }
	$(Q)grep -v -e "requires at runtime the shared libraries" -e ": in function" $@.log >&2 || true
	$(Q)mv $@.tmp $@ && rm -f $@.log
	@echo "$@: $$(wc -c < $@) bytes, statically linked, stripped"

# Source tarball with the grammar sources of parser/grammars.lock (verified by
# their sha512 when it is made): building it needs a C compiler and the
# Debian -dev packages, no npm and no network. Reproducible: the same commit
# gives the same bytes.
DIST_DIR := build/dist
dist:
	$(Q)sh release/dist.sh source $(VERSION) $(DIST_DIR)

# The binary tarball: the static binary, the man page, LICENSE, README,
# CHANGELOG; SHA256SUMS covers both tarballs.
dist-bin: $(STATIC_BIN) $(MAN)
	$(Q)sh release/dist.sh source $(VERSION) $(DIST_DIR)
	$(Q)sh release/dist.sh binary $(VERSION) $(DIST_DIR) $(STATIC_BIN) $(MAN)

clean: release-clean
.PHONY: release-clean
release-clean:
	rm -rf $(MAN) $(STATIC_BIN) $(DIST_DIR)
