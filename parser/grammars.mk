# grammars.mk - tree-sitter grammars for foundry-guard (GNU make fragment).
#
# Include it from the top-level Makefile, run from the repository root:
#
#     include parser/grammars.mk
#     foundry-guard: $(ENGINE_OBJS) $(GRAMMAR_OBJS)
#
# The grammars are npm tarballs pinned by parser/grammars.lock, fetched and
# verified by parser/fetch-grammar.sh into $(GRAMMAR_CACHE)/NAME-VERSION/ and
# compiled into $(GRAMMAR_OBJS). Nothing under build/ is committed.
# C symbols: tree_sitter_python, tree_sitter_javascript,
# tree_sitter_typescript, tree_sitter_tsx, tree_sitter_c_sharp,
# tree_sitter_java, tree_sitter_go, tree_sitter_php (php/: HTML + PHP;
# php_only/ is not built), tree_sitter_ruby, tree_sitter_bash,
# tree_sitter_kotlin, tree_sitter_powershell. All scanners are C (no scanner.cc, no libstdc++);
# java and go have no scanner.
#
# Defines: GRAMMAR_CACHE GRAMMAR_OBJDIR GRAMMAR_LOCK GRAMMAR_FETCH
#          GRAMMAR_CFLAGS GRAMMAR_STAMPS GRAMMAR_OBJS
# Targets: grammars (fetch + compile), grammars-fetch, grammars-clean

GRAMMAR_DIR    := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
GRAMMAR_LOCK   := $(GRAMMAR_DIR)/grammars.lock
GRAMMAR_FETCH  := $(GRAMMAR_DIR)/fetch-grammar.sh
GRAMMAR_CACHE  := build/grammars
GRAMMAR_OBJDIR := $(GRAMMAR_CACHE)/obj
# Own flags, not $(CFLAGS): generated code, no warnings, no sanitizers;
# the objects link into normal and -fsanitize builds alike.
GRAMMAR_CFLAGS ?= -O2 -std=c11 -w -fPIC

# $(call grammar-field,NAME,N): field N of NAME's line in the lock.
grammar-field = $(shell awk -v n='$(1)' '$$1 == n { print $$$(2); exit }' '$(GRAMMAR_LOCK)')
# A source tarball made by `make dist` carries the grammar sources in
# vendor/grammars/NAME-VERSION/ with a SHA256SUMS file: they are used from
# there (checked against SHA256SUMS), and npm is not needed.
GRAMMAR_VENDOR   := vendor/grammars
GRAMMAR_VENDORED := $(wildcard $(GRAMMAR_VENDOR)/SHA256SUMS)
ifeq ($(GRAMMAR_VENDORED),)
# $(call grammar-dir,NAME): the unpack directory, NAME-VERSION.
grammar-dir = $(GRAMMAR_CACHE)/$(1)-$(call grammar-field,$(1),2)
# $(call grammar-stamp,NAME): written after a verified fetch. Its name holds
# the integrity, so changing that line of the lock fetches again, while
# editing another line leaves this grammar alone.
grammar-stamp = $(call grammar-dir,$(1))/.fetched-$(subst /,_,$(subst +,-,$(subst =,,$(call grammar-field,$(1),3))))
else
grammar-dir = $(GRAMMAR_VENDOR)/$(1)-$(call grammar-field,$(1),2)
grammar-stamp = $(GRAMMAR_CACHE)/$(1)-$(call grammar-field,$(1),2).verified
endif

ifeq ($(wildcard $(GRAMMAR_LOCK)),)
$(error $(GRAMMAR_LOCK) is missing)
endif
GRAMMAR_PACKAGES := tree-sitter-python tree-sitter-javascript tree-sitter-typescript \
                    tree-sitter-c-sharp tree-sitter-java tree-sitter-go \
                    tree-sitter-php tree-sitter-ruby tree-sitter-bash \
                    tree-sitter-kotlin tree-sitter-powershell
$(foreach p,$(GRAMMAR_PACKAGES),$(if $(call grammar-field,$(p),3),,\
  $(error $(GRAMMAR_LOCK): no "NAME VERSION INTEGRITY" line for $(p))))

GRAMMAR_PYTHON_STAMP     := $(call grammar-stamp,tree-sitter-python)
GRAMMAR_JAVASCRIPT_STAMP := $(call grammar-stamp,tree-sitter-javascript)
GRAMMAR_TYPESCRIPT_STAMP := $(call grammar-stamp,tree-sitter-typescript)
GRAMMAR_CSHARP_STAMP     := $(call grammar-stamp,tree-sitter-c-sharp)
GRAMMAR_JAVA_STAMP       := $(call grammar-stamp,tree-sitter-java)
GRAMMAR_GO_STAMP         := $(call grammar-stamp,tree-sitter-go)
GRAMMAR_PHP_STAMP        := $(call grammar-stamp,tree-sitter-php)
GRAMMAR_RUBY_STAMP       := $(call grammar-stamp,tree-sitter-ruby)
GRAMMAR_BASH_STAMP       := $(call grammar-stamp,tree-sitter-bash)
GRAMMAR_KOTLIN_STAMP     := $(call grammar-stamp,tree-sitter-kotlin)
GRAMMAR_POWERSHELL_STAMP := $(call grammar-stamp,tree-sitter-powershell)
GRAMMAR_STAMPS := $(GRAMMAR_PYTHON_STAMP) $(GRAMMAR_JAVASCRIPT_STAMP) $(GRAMMAR_TYPESCRIPT_STAMP) \
                  $(GRAMMAR_CSHARP_STAMP) $(GRAMMAR_JAVA_STAMP) $(GRAMMAR_GO_STAMP) \
                  $(GRAMMAR_PHP_STAMP) $(GRAMMAR_RUBY_STAMP) $(GRAMMAR_BASH_STAMP) \
                  $(GRAMMAR_KOTLIN_STAMP) $(GRAMMAR_POWERSHELL_STAMP)

GRAMMAR_PYTHON_SRC     := $(call grammar-dir,tree-sitter-python)/src
GRAMMAR_JAVASCRIPT_SRC := $(call grammar-dir,tree-sitter-javascript)/src
GRAMMAR_TYPESCRIPT_SRC := $(call grammar-dir,tree-sitter-typescript)/typescript/src
GRAMMAR_TSX_SRC        := $(call grammar-dir,tree-sitter-typescript)/tsx/src
GRAMMAR_CSHARP_SRC     := $(call grammar-dir,tree-sitter-c-sharp)/src
GRAMMAR_JAVA_SRC       := $(call grammar-dir,tree-sitter-java)/src
GRAMMAR_GO_SRC         := $(call grammar-dir,tree-sitter-go)/src
GRAMMAR_PHP_SRC        := $(call grammar-dir,tree-sitter-php)/php/src
GRAMMAR_RUBY_SRC       := $(call grammar-dir,tree-sitter-ruby)/src
GRAMMAR_BASH_SRC       := $(call grammar-dir,tree-sitter-bash)/src
GRAMMAR_KOTLIN_SRC     := $(call grammar-dir,tree-sitter-kotlin)/src
GRAMMAR_POWERSHELL_SRC := $(call grammar-dir,tree-sitter-powershell)/src

GRAMMAR_PYTHON_OBJS     := $(GRAMMAR_OBJDIR)/python-parser.o $(GRAMMAR_OBJDIR)/python-scanner.o
GRAMMAR_JAVASCRIPT_OBJS := $(GRAMMAR_OBJDIR)/javascript-parser.o $(GRAMMAR_OBJDIR)/javascript-scanner.o
GRAMMAR_TYPESCRIPT_OBJS := $(GRAMMAR_OBJDIR)/typescript-parser.o $(GRAMMAR_OBJDIR)/typescript-scanner.o
GRAMMAR_TSX_OBJS        := $(GRAMMAR_OBJDIR)/tsx-parser.o $(GRAMMAR_OBJDIR)/tsx-scanner.o
GRAMMAR_CSHARP_OBJS     := $(GRAMMAR_OBJDIR)/c-sharp-parser.o $(GRAMMAR_OBJDIR)/c-sharp-scanner.o
GRAMMAR_JAVA_OBJS       := $(GRAMMAR_OBJDIR)/java-parser.o
GRAMMAR_GO_OBJS         := $(GRAMMAR_OBJDIR)/go-parser.o
GRAMMAR_PHP_OBJS        := $(GRAMMAR_OBJDIR)/php-parser.o $(GRAMMAR_OBJDIR)/php-scanner.o
GRAMMAR_RUBY_OBJS       := $(GRAMMAR_OBJDIR)/ruby-parser.o $(GRAMMAR_OBJDIR)/ruby-scanner.o
GRAMMAR_BASH_OBJS       := $(GRAMMAR_OBJDIR)/bash-parser.o $(GRAMMAR_OBJDIR)/bash-scanner.o
GRAMMAR_KOTLIN_OBJS     := $(GRAMMAR_OBJDIR)/kotlin-parser.o $(GRAMMAR_OBJDIR)/kotlin-scanner.o
GRAMMAR_POWERSHELL_OBJS := $(GRAMMAR_OBJDIR)/powershell-parser.o $(GRAMMAR_OBJDIR)/powershell-scanner.o
GRAMMAR_OBJS := $(GRAMMAR_PYTHON_OBJS) $(GRAMMAR_JAVASCRIPT_OBJS) \
                $(GRAMMAR_TYPESCRIPT_OBJS) $(GRAMMAR_TSX_OBJS) \
                $(GRAMMAR_CSHARP_OBJS) $(GRAMMAR_JAVA_OBJS) $(GRAMMAR_GO_OBJS) \
                $(GRAMMAR_PHP_OBJS) $(GRAMMAR_RUBY_OBJS) $(GRAMMAR_BASH_OBJS) \
                $(GRAMMAR_KOTLIN_OBJS) $(GRAMMAR_POWERSHELL_OBJS)

# Fetch: the stamp's directory is NAME-VERSION; the recipe re-reads the
# package's lock line with awk and hands it to the fetch script.
$(GRAMMAR_PYTHON_STAMP):     GRAMMAR_PKG := tree-sitter-python
$(GRAMMAR_JAVASCRIPT_STAMP): GRAMMAR_PKG := tree-sitter-javascript
$(GRAMMAR_TYPESCRIPT_STAMP): GRAMMAR_PKG := tree-sitter-typescript
$(GRAMMAR_CSHARP_STAMP):     GRAMMAR_PKG := tree-sitter-c-sharp
$(GRAMMAR_JAVA_STAMP):       GRAMMAR_PKG := tree-sitter-java
$(GRAMMAR_GO_STAMP):         GRAMMAR_PKG := tree-sitter-go
$(GRAMMAR_PHP_STAMP):        GRAMMAR_PKG := tree-sitter-php
$(GRAMMAR_RUBY_STAMP):       GRAMMAR_PKG := tree-sitter-ruby
$(GRAMMAR_BASH_STAMP):       GRAMMAR_PKG := tree-sitter-bash
$(GRAMMAR_KOTLIN_STAMP):     GRAMMAR_PKG := tree-sitter-kotlin
$(GRAMMAR_POWERSHELL_STAMP): GRAMMAR_PKG := tree-sitter-powershell
ifeq ($(GRAMMAR_VENDORED),)
$(GRAMMAR_STAMPS):
	set -e; set -- $$(awk -v n='$(GRAMMAR_PKG)' '$$1 == n { print $$1, $$2, $$3; exit }' '$(GRAMMAR_LOCK)'); \
	sh '$(GRAMMAR_FETCH)' "$$1" "$$2" "$$3" '$(@D)'
	touch '$@'
else
$(GRAMMAR_STAMPS): $(GRAMMAR_VENDOR)/SHA256SUMS
	@set -e; dir='$(GRAMMAR_PKG)-$(call grammar-field,$(GRAMMAR_PKG),2)'; \
	[ -d '$(GRAMMAR_VENDOR)/'"$$dir" ] || { echo "foundry-guard: $(GRAMMAR_VENDOR)/$$dir is missing: this tarball was made with another $(GRAMMAR_LOCK); use the tarball's own lock" >&2; exit 1; }; \
	(cd '$(GRAMMAR_VENDOR)' && grep "  \./$$dir/" SHA256SUMS | sha256sum --quiet --strict -c -) \
	  || { echo "foundry-guard: $(GRAMMAR_VENDOR)/$$dir does not match $(GRAMMAR_VENDOR)/SHA256SUMS; unpack the tarball again" >&2; exit 1; }
	@mkdir -p '$(@D)' && touch '$@'
endif

# Compile: static pattern rules (explicit, so no top-level pattern rule
# can take them over); the stem is "parser" or "scanner". The typescript
# and tsx scanners include ../../common/scanner.h, which resolves from the
# scanner's own directory, and that header includes "tree_sitter/parser.h"
# from the -I directory; the php scanner does the same with
# php/src/../../common/scanner.h. java and go are parser-only.
$(GRAMMAR_PYTHON_OBJS): $(GRAMMAR_OBJDIR)/python-%.o: $(GRAMMAR_PYTHON_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_PYTHON_SRC)' -c '$(GRAMMAR_PYTHON_SRC)/$*.c' -o '$@'
$(GRAMMAR_JAVASCRIPT_OBJS): $(GRAMMAR_OBJDIR)/javascript-%.o: $(GRAMMAR_JAVASCRIPT_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_JAVASCRIPT_SRC)' -c '$(GRAMMAR_JAVASCRIPT_SRC)/$*.c' -o '$@'
$(GRAMMAR_TYPESCRIPT_OBJS): $(GRAMMAR_OBJDIR)/typescript-%.o: $(GRAMMAR_TYPESCRIPT_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_TYPESCRIPT_SRC)' -c '$(GRAMMAR_TYPESCRIPT_SRC)/$*.c' -o '$@'
$(GRAMMAR_TSX_OBJS): $(GRAMMAR_OBJDIR)/tsx-%.o: $(GRAMMAR_TYPESCRIPT_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_TSX_SRC)' -c '$(GRAMMAR_TSX_SRC)/$*.c' -o '$@'
$(GRAMMAR_CSHARP_OBJS): $(GRAMMAR_OBJDIR)/c-sharp-%.o: $(GRAMMAR_CSHARP_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_CSHARP_SRC)' -c '$(GRAMMAR_CSHARP_SRC)/$*.c' -o '$@'
$(GRAMMAR_JAVA_OBJS): $(GRAMMAR_OBJDIR)/java-%.o: $(GRAMMAR_JAVA_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_JAVA_SRC)' -c '$(GRAMMAR_JAVA_SRC)/$*.c' -o '$@'
$(GRAMMAR_GO_OBJS): $(GRAMMAR_OBJDIR)/go-%.o: $(GRAMMAR_GO_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_GO_SRC)' -c '$(GRAMMAR_GO_SRC)/$*.c' -o '$@'
$(GRAMMAR_PHP_OBJS): $(GRAMMAR_OBJDIR)/php-%.o: $(GRAMMAR_PHP_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_PHP_SRC)' -c '$(GRAMMAR_PHP_SRC)/$*.c' -o '$@'
$(GRAMMAR_RUBY_OBJS): $(GRAMMAR_OBJDIR)/ruby-%.o: $(GRAMMAR_RUBY_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_RUBY_SRC)' -c '$(GRAMMAR_RUBY_SRC)/$*.c' -o '$@'
$(GRAMMAR_BASH_OBJS): $(GRAMMAR_OBJDIR)/bash-%.o: $(GRAMMAR_BASH_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_BASH_SRC)' -c '$(GRAMMAR_BASH_SRC)/$*.c' -o '$@'
$(GRAMMAR_KOTLIN_OBJS): $(GRAMMAR_OBJDIR)/kotlin-%.o: $(GRAMMAR_KOTLIN_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_KOTLIN_SRC)' -c '$(GRAMMAR_KOTLIN_SRC)/$*.c' -o '$@'
$(GRAMMAR_POWERSHELL_OBJS): $(GRAMMAR_OBJDIR)/powershell-%.o: $(GRAMMAR_POWERSHELL_STAMP)
	@mkdir -p '$(@D)'
	$(quiet) "  CC      grammar $(notdir $@)"
	@$(CC) $(GRAMMAR_CFLAGS) -I'$(GRAMMAR_POWERSHELL_SRC)' -c '$(GRAMMAR_POWERSHELL_SRC)/$*.c' -o '$@'

.PHONY: grammars grammars-fetch grammars-clean
grammars: $(GRAMMAR_OBJS)
grammars-fetch: $(GRAMMAR_STAMPS)
grammars-clean:
	rm -rf '$(GRAMMAR_CACHE)'
