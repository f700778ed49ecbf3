# tolov — build, tests, benchmarks.
#
#   make            install missing build dependencies, build ./tolov
#   make install    install tolov, its manual pages, completion and schema
#                   (PREFIX=/usr/local, DESTDIR, BINDIR, MANDIR, ...)
#   make uninstall  remove exactly what make install installed
#   make man        tolov(1) in Mongolian, from the catalog ($(BUILD)/man/mn/)
#   make run        install missing build dependencies, build, open a working copy of the seed plan
#   make test       every cmocka suite, golden tests of the command line, screen tests
#   make asan       the same under AddressSanitizer and UndefinedBehaviorSanitizer
#   make bench      timings against a bare libyaml parse of the same file
#
# Layout: the core library is built from the tiers in CORE_TIERS, lowest
# first (no curses in any of them); src/tui/ is the terminal interface and
# src/cli/ the command line. tests/check-layers.sh fails when a file calls
# into a higher tier. New files are picked up by wildcard: a new module or
# test needs no edit here.

.DEFAULT_GOAL := all
CC      ?= cc
PKGS    := ncursesw yaml-0.1
BUILD   ?= build
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
OPT     ?= -O2 -g
CFLAGS  ?=
CPPFLAGS += -Iinclude
ALL_CFLAGS = $(CSTD) $(WARN) $(OPT) $(CPPFLAGS) $(CORE_CFLAGS) $(CFLAGS) $(EXTRA_CFLAGS)

YAML_LIBS    := $(shell pkg-config --libs yaml-0.1 2>/dev/null || echo -lyaml)
CURSES_CFLAGS:= $(filter-out -D_XOPEN_SOURCE=% -D_DEFAULT_SOURCE,$(shell pkg-config --cflags ncursesw 2>/dev/null)) -DNCURSES_WIDECHAR=1
CURSES_LIBS  := $(shell pkg-config --libs ncursesw 2>/dev/null || echo -lncursesw)
CMOCKA_LIBS  := $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)
# Libraries of the core beyond libyaml: zip containers (libzip) and XML
# (expat) for .docx/.xlsx import, workbooks (libxlsxwriter), hashes (xxHash).
CORE_PKGS    := libzip expat xlsxwriter libxxhash
CORE_CFLAGS  := $(shell pkg-config --cflags $(CORE_PKGS) 2>/dev/null)
CORE_LIBS    := $(YAML_LIBS) $(shell pkg-config --libs $(CORE_PKGS) 2>/dev/null || echo -lzip -lexpat -lxlsxwriter -lz -lxxhash)

# The version, in one place: VERSION plus git describe's suffix when the
# source is a git work tree ("-3-g1a2b3c4" after a tag, "-g1a2b3c4" in a
# clone without tags, "-dirty" with uncommitted changes); nothing outside
# git (nor in a copy unpacked inside another git work tree) or at a tag. Only src/cli/version.c sees it, and is rebuilt when it
# changes (the stamp file below).
VERSION := 0.2.0
GIT_SUFFIX := $(shell [ "$$(git rev-parse --show-toplevel 2>/dev/null)" = "$(CURDIR)" ] && \
	git describe --tags --always --dirty 2>/dev/null | sed -E -n \
	-e 's/^.*(-[0-9]+-g[0-9a-f]+(-dirty)?)$$/\1/p' -e 't' \
	-e 's/^([0-9a-f]{4,})(-dirty)?$$/-g\1\2/p' -e 't' -e 's/^.*(-dirty)$$/\1/p')
TOLOV_VERSION := $(VERSION)$(GIT_SUFFIX)
VERSION_STAMP := $(BUILD)/version.stamp
$(shell mkdir -p $(BUILD) && { echo '$(TOLOV_VERSION)' | cmp -s - $(VERSION_STAMP) || echo '$(TOLOV_VERSION)' > $(VERSION_STAMP); })
$(BUILD)/src/cli/version.o: $(VERSION_STAMP)
$(BUILD)/src/cli/version.o: CPPFLAGS += -DTOLOV_VERSION='"$(TOLOV_VERSION)"'

CORE_TIERS := base yaml plan io edit
CORE_SRC := $(foreach t,$(CORE_TIERS),$(wildcard src/$(t)/*.c))
TUI_SRC  := $(wildcard src/tui/*.c)
CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/%.o)
TUI_OBJ  := $(TUI_SRC:%.c=$(BUILD)/%.o)
CLI_SRC  := $(wildcard src/cli/*.c)
MAIN_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
# The fuzz harnesses, linked with a replay driver instead of libFuzzer, so
# make test replays tests/fuzz/regress/ with the ordinary compiler.
FUZZ_HARNESS := $(notdir $(basename $(wildcard tests/fuzz/fuzz_*.c)))
REPLAY_BIN := $(FUZZ_HARNESS:%=$(BUILD)/fuzz-replay/%)
TOOL_SRC := $(wildcard tests/tools/*.c)
TOOL_BIN := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tools/%)

.PHONY: all tolov run run-copy deps install install-files uninstall print-installed man test test-run unit golden screen asan bench fuzz clean format check-layers print-core-src
# Plain make checks the build libraries first (tests/deps.sh installs them
# or prints the apt-get line), then builds tolov and the Mongolian manual
# page (so that `sudo make install` has nothing left to build as root).
all: deps
	@$(MAKE) --no-print-directory tolov man

tolov: $(BUILD)/tolov
	@ln -sf $(BUILD)/tolov tolov

$(BUILD)/libtolov.a: $(CORE_OBJ)
	@mkdir -p $(@D)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/tolov: $(MAIN_OBJ) $(TUI_OBJ) $(BUILD)/libtolov.a
	$(CC) $(ALL_CFLAGS) -o $@ $(MAIN_OBJ) $(TUI_OBJ) $(BUILD)/libtolov.a $(CORE_LIBS) $(CURSES_LIBS) $(LDFLAGS)

$(BUILD)/src/tui/%.o: src/tui/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CURSES_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/src/cli/%.o: src/cli/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CURSES_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/src/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# Unit tests link the core library only: no curses.
$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libtolov.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/unit -MMD -MP -o $@ $< $(BUILD)/libtolov.a $(CORE_LIBS) $(CMOCKA_LIBS) $(LDFLAGS)

# Suites of the interface's logic (tests/unit/test_tui_*.c) link its
# curses-free parts (selection, filters, focus, the line editor) and still
# no curses library.
TUI_PURE_OBJ := $(BUILD)/src/tui/sel.o $(BUILD)/src/tui/ledit.o $(BUILD)/src/tui/keydec.o $(BUILD)/src/tui/panels.o
$(BUILD)/tests/test_tui_%: tests/unit/test_tui_%.c $(TUI_PURE_OBJ) $(BUILD)/libtolov.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CURSES_CFLAGS) -Itests/unit -MMD -MP -o $@ $< $(TUI_PURE_OBJ) $(BUILD)/libtolov.a $(CORE_LIBS) $(CMOCKA_LIBS) $(LDFLAGS)

$(BUILD)/tools/%: tests/tools/%.c $(BUILD)/libtolov.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -o $@ $< $(BUILD)/libtolov.a $(CORE_LIBS) $(LDFLAGS)

$(BUILD)/fuzz-replay/%: tests/fuzz/%.c tests/fuzz/common.c tests/fuzz/common.h tests/fuzz/replay.c $(BUILD)/libtolov.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -o $@ $< tests/fuzz/common.c tests/fuzz/replay.c $(BUILD)/libtolov.a $(CORE_LIBS) $(LDFLAGS)

-include $(CORE_OBJ:.o=.d) $(TUI_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_BIN:=.d) $(TOOL_BIN:=.d)

deps:
	@sh tests/deps.sh

# make run opens a working copy of the seed plan, made once and kept between
# runs (make clean keeps it too), so rating and saving never touch a tracked
# file. Delete it to start again from the seed.
RUN_SEED := plans/anti-corruption-2023.yaml
RUN_PLAN := $(BUILD)/anti-corruption-2023.yaml

run: deps
	@$(MAKE) --no-print-directory tolov run-copy
	./tolov $(RUN_PLAN)

run-copy:
	@mkdir -p $(BUILD)
	@if [ -e $(RUN_PLAN) ]; then \
	  echo "make run: opening your working copy $(RUN_PLAN) (delete it to start again from $(RUN_SEED))"; \
	else \
	  cp $(RUN_SEED) $(RUN_PLAN) && \
	  echo "make run: made a working copy of $(RUN_SEED): $(RUN_PLAN) (kept between runs; your edits go there)"; \
	fi

# Installation, as the GNU coding standards name the directories. DESTDIR
# is prepended to every path (staged installs, packages); the defaults put
# bash and zsh completion where those shells look under PREFIX.
# Upper-case names (PREFIX, BINDIR, MANDIR, ...) and the GNU lower-case ones
# (prefix, bindir, mandir, ...) both work.
PREFIX      ?= /usr/local
prefix      ?= $(PREFIX)
exec_prefix ?= $(prefix)
bindir      ?= $(exec_prefix)/bin
datarootdir ?= $(prefix)/share
datadir     ?= $(datarootdir)
mandir      ?= $(datarootdir)/man
BINDIR      ?= $(bindir)
DATAROOTDIR ?= $(datarootdir)
DATADIR     ?= $(datadir)
MANDIR      ?= $(mandir)
BASHCOMPDIR ?= $(DATAROOTDIR)/bash-completion/completions
ZSHCOMPDIR  ?= $(DATAROOTDIR)/zsh/site-functions
INSTALL     ?= install
INSTALL_PROGRAM ?= $(INSTALL)
INSTALL_DATA    ?= $(INSTALL) -m 644

# Source → installed path, one pair per file; uninstall removes exactly the
# right-hand sides. tests/eco/check-install.sh checks this list.
MAN1 := src/man/tolov.1
MAN5 := src/man/tolov-plan.5
# tolov(1) in Mongolian, made from the message catalog through --help.
MAN1_MN := $(BUILD)/man/mn/tolov.1
INSTALLED := $(BINDIR)/tolov $(MANDIR)/man1/tolov.1 $(MANDIR)/man5/tolov-plan.5 \
	$(MANDIR)/mn/man1/tolov.1 \
	$(BASHCOMPDIR)/tolov $(ZSHCOMPDIR)/_tolov $(DATADIR)/tolov/plan.schema.json

install: deps
	@$(MAKE) --no-print-directory install-files

$(MAN1_MN): $(BUILD)/tolov src/man/help2man.sh src/man/help2man.awk $(MAN1)
	@mkdir -p $(@D)
	sh src/man/help2man.sh $(BUILD)/tolov mn > $@.tmp && mv $@.tmp $@

install-files: $(BUILD)/tolov $(MAN1) $(MAN5) $(MAN1_MN) src/completion/tolov.bash src/completion/_tolov src/schema/plan.schema.json
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)/man1" "$(DESTDIR)$(MANDIR)/man5" \
	  "$(DESTDIR)$(MANDIR)/mn/man1" \
	  "$(DESTDIR)$(BASHCOMPDIR)" "$(DESTDIR)$(ZSHCOMPDIR)" "$(DESTDIR)$(DATADIR)/tolov"
	$(INSTALL_PROGRAM) $(BUILD)/tolov "$(DESTDIR)$(BINDIR)/tolov"
	$(INSTALL_DATA) $(MAN1) "$(DESTDIR)$(MANDIR)/man1/tolov.1"
	$(INSTALL_DATA) $(MAN5) "$(DESTDIR)$(MANDIR)/man5/tolov-plan.5"
	$(INSTALL_DATA) $(MAN1_MN) "$(DESTDIR)$(MANDIR)/mn/man1/tolov.1"
	$(INSTALL_DATA) src/completion/tolov.bash "$(DESTDIR)$(BASHCOMPDIR)/tolov"
	$(INSTALL_DATA) src/completion/_tolov "$(DESTDIR)$(ZSHCOMPDIR)/_tolov"
	$(INSTALL_DATA) src/schema/plan.schema.json "$(DESTDIR)$(DATADIR)/tolov/plan.schema.json"

# Removes the installed files and tolov's own folders, nothing shared
# (the mn/man1 folder goes only when empty).
uninstall:
	rm -f $(foreach f,$(INSTALLED),"$(DESTDIR)$(f)")
	@# folders left empty, up to (not including) prefix; a folder that holds
	@# anything else stays
	@for d in $(foreach f,$(INSTALLED),"$(DESTDIR)$(dir $(f))"); do \
	  d=$${d%/}; \
	  while [ "$$d" != "$(DESTDIR)$(prefix)" ] && [ "$$d" != "$(DESTDIR)" ] && \
	        [ "$${d#$(DESTDIR)$(prefix)/}" != "$$d" ] && rmdir "$$d" 2>/dev/null; do \
	    d=$$(dirname "$$d"); \
	  done; \
	done

man: $(MAN1_MN)

print-installed:
	@echo $(INSTALLED)

unit: $(UNIT_BIN)
	@sh tests/run-unit.sh $(BUILD)/tests $(UNIT_BIN)

golden: $(BUILD)/tolov $(TOOL_BIN)
	@sh tests/golden/run.sh $(BUILD)/tolov

screen: $(BUILD)/tolov
	@sh tests/screen/run.sh $(BUILD)/tolov

# Every stage runs even when an earlier one fails; the cmocka suites come
# last so a passing run ends with cmocka's summary.
test:
	@sh tests/deps.sh test
	@$(MAKE) --no-print-directory test-run

test-run: $(BUILD)/tolov $(UNIT_BIN) $(TOOL_BIN) $(REPLAY_BIN)
	@failed=""; \
	sh tests/check-layers.sh || failed="$$failed layers"; \
	sh tests/check-msgargs.sh || failed="$$failed msgargs"; \
	sh tests/fuzz/replay.sh $(BUILD) || failed="$$failed fuzz-replay"; \
	sh tests/golden/run.sh $(BUILD)/tolov || failed="$$failed golden"; \
	sh tests/screen/run.sh $(BUILD)/tolov || failed="$$failed screen"; \
	sh tests/pyyaml/run.sh $(BUILD) || failed="$$failed pyyaml"; \
	sh tests/git/run.sh $(BUILD)/tolov || failed="$$failed git"; \
	EXTRA_CFLAGS="$(EXTRA_CFLAGS)" sh tests/fault/run.sh $(BUILD) || failed="$$failed fault"; \
	sh tests/eco/run.sh $(BUILD) || failed="$$failed eco"; \
	sh tests/run-unit.sh $(BUILD)/tests $(UNIT_BIN) || failed="$$failed unit"; \
	if [ -n "$$failed" ]; then echo "make test: FAILED:$$failed"; exit 1; fi

asan:
	@$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all" test

bench: tolov $(BUILD)/tools/bench_parse $(BUILD)/tools/genplan $(BUILD)/tools/runstat $(BUILD)/tools/planedit $(BUILD)/tools/gentable
	@sh tests/bench.sh ./tolov $(BUILD)/tools

fuzz:
	@sh tests/fuzz/run.sh

format:
	clang-format -i $(wildcard src/*/*.c src/*/*.h include/tolov/*/*.h) tests/unit/*.c

check-layers:
	@sh tests/check-layers.sh

print-core-src:
	@echo $(CORE_SRC)

# The working copy of make run (and its recovery files) survives a clean.
clean:
	@if [ -d build ]; then find build -mindepth 1 -maxdepth 1 \
	  ! -name 'anti-corruption-2023.yaml' ! -name 'anti-corruption-2023.yaml.save*' \
	  -exec rm -rf {} +; fi
	@if [ -e build/anti-corruption-2023.yaml ]; then \
	  echo "kept build/anti-corruption-2023.yaml, the working copy of make run (delete it to start again)"; fi
	rm -rf build-asan build-fuzz tolov
