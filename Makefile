# tolov — build, tests, benchmarks.
#
#   make            build ./tolov
#   make run        install missing build dependencies, build, open the seed plan
#   make test       every cmocka suite, golden tests of the command line, screen tests
#   make asan       the same under AddressSanitizer and UndefinedBehaviorSanitizer
#   make bench      timings against a bare libyaml parse of the same file
#
# Layout: the core library is built from the tiers in CORE_TIERS, lowest
# first (no curses in any of them); src/tui/ is the terminal interface and
# src/cli/ the command line. tests/check-layers.sh fails when a file calls
# into a higher tier. New files are picked up by wildcard: a new module or
# test needs no edit here.

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

CORE_TIERS := base yaml plan io edit
CORE_SRC := $(foreach t,$(CORE_TIERS),$(wildcard src/$(t)/*.c))
TUI_SRC  := $(wildcard src/tui/*.c)
CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/%.o)
TUI_OBJ  := $(TUI_SRC:%.c=$(BUILD)/%.o)
CLI_SRC  := $(wildcard src/cli/*.c)
MAIN_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_SRC := $(wildcard tests/tools/*.c)
TOOL_BIN := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tools/%)

.PHONY: all tolov run deps test test-run unit golden screen asan bench fuzz clean format check-layers print-core-src
all: tolov

tolov: $(BUILD)/tolov
	@ln -sf $(BUILD)/tolov tolov

$(BUILD)/libtolov.a: $(CORE_OBJ)
	@mkdir -p $(@D)
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
TUI_PURE_OBJ := $(BUILD)/src/tui/sel.o $(BUILD)/src/tui/ledit.o
$(BUILD)/tests/test_tui_%: tests/unit/test_tui_%.c $(TUI_PURE_OBJ) $(BUILD)/libtolov.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CURSES_CFLAGS) -Itests/unit -MMD -MP -o $@ $< $(TUI_PURE_OBJ) $(BUILD)/libtolov.a $(CORE_LIBS) $(CMOCKA_LIBS) $(LDFLAGS)

$(BUILD)/tools/%: tests/tools/%.c $(BUILD)/libtolov.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -o $@ $< $(BUILD)/libtolov.a $(CORE_LIBS) $(LDFLAGS)

-include $(CORE_OBJ:.o=.d) $(TUI_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_BIN:=.d) $(TOOL_BIN:=.d)

deps:
	@sh tests/deps.sh

run: deps
	@$(MAKE) --no-print-directory tolov
	./tolov plans/anti-corruption-2023.yaml

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

test-run: $(BUILD)/tolov $(UNIT_BIN) $(TOOL_BIN)
	@failed=""; \
	sh tests/check-layers.sh || failed="$$failed layers"; \
	sh tests/golden/run.sh $(BUILD)/tolov || failed="$$failed golden"; \
	sh tests/screen/run.sh $(BUILD)/tolov || failed="$$failed screen"; \
	sh tests/pyyaml/run.sh $(BUILD) || failed="$$failed pyyaml"; \
	EXTRA_CFLAGS="$(EXTRA_CFLAGS)" sh tests/fault/run.sh $(BUILD) || failed="$$failed fault"; \
	sh tests/run-unit.sh $(BUILD)/tests $(UNIT_BIN) || failed="$$failed unit"; \
	if [ -n "$$failed" ]; then echo "make test: FAILED:$$failed"; exit 1; fi

asan:
	@$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all" test

bench: tolov $(BUILD)/tools/bench_parse $(BUILD)/tools/genplan $(BUILD)/tools/runstat
	@sh tests/bench.sh ./tolov $(BUILD)/tools

fuzz:
	@sh tests/fuzz/run.sh

format:
	clang-format -i $(wildcard src/*/*.c src/*/*.h include/tolov/*/*.h) tests/unit/*.c

check-layers:
	@sh tests/check-layers.sh

print-core-src:
	@echo $(CORE_SRC)

clean:
	rm -rf build build-asan build-fuzz tolov
