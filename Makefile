# slotlab: a Python interpreter that shows CPython's object memory.
# Needs only a C compiler and GNU Make.  `make` builds ./slotlab.

CC ?= cc
CSTD = -std=c11 -D_GNU_SOURCE
WARN = -Wall -Wextra -Wpedantic -Wno-unused-parameter -Werror=implicit-function-declaration -Werror=incompatible-pointer-types -Werror=int-conversion
OPT ?= -O2
CFLAGS ?=
LDLIBS = -lm -pthread

# Optional line editing: readline or libedit, when its header is present.
ifneq ($(wildcard /usr/include/readline/readline.h),)
  ifneq ($(shell printf 'int main(void){return 0;}' | $(CC) -x c - -lreadline -o /dev/null 2>/dev/null && echo yes),)
    EDIT_CFLAGS = -DSL_HAVE_READLINE
    EDIT_LIBS = -lreadline
  endif
endif

SRC = $(sort $(wildcard src/*.c))
BUILD ?= build/release
OBJ = $(SRC:src/%.c=$(BUILD)/%.o) $(BUILD)/frozen.o
DEP = $(OBJ:.o=.d)

TARGET ?= slotlab

all: $(TARGET)

$(TARGET): $(OBJ)
	$(CC) $(OPT) $(CFLAGS) -o $@ $(OBJ) $(LDLIBS) $(EDIT_LIBS)

$(BUILD)/%.o: src/%.c | $(BUILD)
	$(CC) $(CSTD) $(WARN) $(OPT) $(CFLAGS) $(EDIT_CFLAGS) -MMD -MP -c $< -o $@

# Python modules shipped inside the binary (lib/*.py -> frozen.c)
LIBPY = $(sort $(wildcard lib/*.py))
$(BUILD)/embed: tools/embed.c | $(BUILD)
	$(CC) -O1 -o $@ $<
$(BUILD)/frozen.c: $(LIBPY) $(BUILD)/embed
	$(BUILD)/embed $(LIBPY) > $@
$(BUILD)/frozen.o: $(BUILD)/frozen.c
	$(CC) $(CSTD) $(OPT) -Isrc -c $< -o $@

$(BUILD):
	mkdir -p $(BUILD)

debug:
	$(MAKE) BUILD=build/debug TARGET=slotlab-debug OPT="-O0 -g" CFLAGS="-Werror -DSL_DEBUG"

test: slotlab
	tests/run.sh

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.  A huge
# request (e.g. 'x'.ljust(10**12)) must fail like malloc does, giving MemoryError.
asan:
	$(MAKE) BUILD=build/asan TARGET=slotlab-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	    CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined"

test-asan: asan
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    SLOTLAB=./slotlab-asan tests/run.sh

# libFuzzer target (fuzz/): source text through lexer, parser, compiler and
# VM, under ASan+UBSan, seeded with the test programs.  `make fuzz` builds
# and fuzzes until stopped (FUZZ_ARGS adds libFuzzer options, e.g.
# -max_total_time=600); `make fuzz-ci` runs it for 60 s.  Needs clang.
FUZZ_CC ?= clang
FUZZ_DIR = build/fuzz
FUZZ_BIN = $(FUZZ_DIR)/slotlab-fuzz
FUZZ_OPTS = -timeout=30 -rss_limit_mb=3072 -max_len=8192 -artifact_prefix=$(FUZZ_DIR)/ \
	    -dict=fuzz/python.dict
FUZZ_ARGS ?=

fuzz-build:
	@command -v $(FUZZ_CC) >/dev/null || { echo "fuzz: $(FUZZ_CC) not found, skipped"; exit 0; } ; \
	$(MAKE) --no-print-directory CC=$(FUZZ_CC) BUILD=$(FUZZ_DIR) OPT="-O1 -g -fno-omit-frame-pointer" \
	    CFLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" $(FUZZ_BIN)

$(FUZZ_BIN): fuzz/fuzz_slotlab.c $(filter-out $(BUILD)/main.o,$(OBJ))
	$(CC) $(CSTD) $(OPT) -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Isrc \
	    -o $@ $^ $(LDLIBS) $(EDIT_LIBS)

fuzz-seeds: | $(FUZZ_DIR)
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds
	@for f in tests/*/*.py; do cp "$$f" "$(FUZZ_DIR)/seeds/$$(echo "$$f" | tr / _)"; done

fuzz: fuzz-build fuzz-seeds
	@if [ -x $(FUZZ_BIN) ]; then ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 LSAN_OPTIONS=suppressions=fuzz/lsan.supp \
	    $(FUZZ_BIN) $(FUZZ_OPTS) $(FUZZ_ARGS) $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds; fi

fuzz-ci:
	@$(MAKE) --no-print-directory fuzz FUZZ_ARGS="-max_total_time=60 -print_final_stats=1"

# bench/*.py under ./slotlab and CPython 3.12: time and peak-RSS ratios (tools/bench.sh).
bench: slotlab
	tools/bench.sh

# About 30 tests under valgrind (no invalid reads or writes); too slow for `make test`.
valgrind: slotlab
	tests/cli/valgrind.sh

clean:
	rm -rf build slotlab slotlab-asan slotlab-debug

.PHONY: all debug test test-asan asan bench clean fuzz fuzz-build fuzz-seeds fuzz-ci valgrind
-include $(DEP)
