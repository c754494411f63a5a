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

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	$(MAKE) BUILD=build/asan TARGET=slotlab-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	    CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined"

test-asan: asan
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    SLOTLAB=./slotlab-asan tests/run.sh

clean:
	rm -rf build slotlab slotlab-asan slotlab-debug

.PHONY: all debug test test-asan asan clean
-include $(DEP)
