#!/usr/bin/env bash
# Command-line cases the golden format cannot express: Ctrl-C (SIGINT), a
# directory or a missing file as the program, bad source files, a program on
# stdin, the memory-cap variable, and the sandbox.
#
#   tests/cli/run.sh            check slotlab ($SLOTLAB, default ./slotlab)
#   tests/cli/run.sh --gen      rewrite expected/ from real CPython
#
# Each case runs a file from cases/ (cwd = cases/) and formats the result as
# the golden tests do: stdout, then "[stderr] " + every stderr line (or only
# the last one, for tracebacks whose middle lines depend on the version's
# line attribution), then "[exit N]" (130 = ended by SIGINT, as a shell
# reports it).  The interpreter's own name at the start of a stderr line
# ("/path/python3.13:" or "slotlab:") becomes "python:", and the cases
# directory is removed from paths.
#   expected/NAME.exp      CPython's output for the newest listed version,
#   expected/NAME.X.Y.exp  where version X.Y differs (written by --gen);
#   fixed/NAME.exp         slotlab-only behaviour (sandbox, memory cap),
#                          written by hand, checked under the default version.
# Prints "FAIL cli/NAME [X.Y]" per failure and ends with "N passed, M failed".
set -u
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CASES=$HERE/cases
GEN=0
[ "${1:-}" = "--gen" ] && GEN=1
SLOTLAB=${SLOTLAB:-$ROOT/slotlab}
[[ $SLOTLAB == /* ]] || SLOTLAB=$ROOT/$SLOTLAB
ALL="3.8 3.9 3.10 3.11 3.12 3.13"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
set -m   # background jobs keep SIGINT (a non-interactive shell ignores it for them)
passed=0 failed=0

python_for() {   # python_for X.Y -> newest CPython X.Y under pyenv
    local root=/root/.pyenv p
    command -v pyenv >/dev/null 2>&1 && root=$(pyenv root)
    for p in $(ls -d "$root"/versions/"$1".* 2>/dev/null | sort -V -r); do
        [[ ${p##*/} =~ ^${1//./\\.}\.[0-9]+$ ]] && [ -x "$p/bin/python" ] && { echo "$p/bin/python"; return; }
    done
    return 1
}

# run_case OUT HOW STDERR_MODE FILE -- CMD...: HOW is plain, stdin (FILE on
# stdin), or sigint / sigint_fifo (wait for "start" on stdout, then SIGINT;
# sigint_fifo keeps stdin open).  STDERR_MODE: full or last.
run_case() {
    local res=$1 how=$2 mode=$3 file=$4; shift 5
    local out=$SCRATCH/out err=$SCRATCH/err st pid i
    : >"$out"; : >"$err"
    case $how in
        # in the background: bash ends itself when a foreground child dies by SIGINT
        plain) (cd "$CASES" && exec timeout -k 5 20 "$@" "$file" </dev/null >"$out" 2>"$err") &
               set +m; wait $!; st=$?; set -m ;;
        stdin) (cd "$CASES" && exec timeout -k 5 20 "$@" - <"$file" >"$out" 2>"$err") &
               set +m; wait $!; st=$?; set -m ;;
        sigint | sigint_fifo)
            rm -f "$SCRATCH/fifo"
            if [ "$how" = sigint_fifo ]; then
                mkfifo "$SCRATCH/fifo"
                (cd "$CASES" && exec "$@" "$file" <"$SCRATCH/fifo" >"$out" 2>"$err") &
                pid=$!
                set +m
                exec 3>"$SCRATCH/fifo"
            else
                (cd "$CASES" && exec "$@" "$file" </dev/null >"$out" 2>"$err") &
                pid=$!
                set +m
            fi
            for ((i = 0; i < 400; i++)); do grep -q '^start' "$out" && break; sleep 0.05; done
            sleep 0.3   # into the loop / the sleep / the read
            kill -INT "$pid" 2>/dev/null
            # a program that ignores Ctrl-C is a failure, not a hang
            for ((i = 0; i < 200; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
            kill -KILL "$pid" 2>/dev/null
            wait "$pid" 2>/dev/null; st=$?
            [ "$how" = sigint_fifo ] && exec 3>&-
            set -m
            ;;
    esac
    {
        cat "$out"
        local e="$SCRATCH/err2"
        sed -e "s|$CASES/||g" -e 's|^[^ :]*python[0-9.]*: |python: |' -e 's|^slotlab: |python: |' "$err" >"$e"
        if [ "$mode" = full ]; then sed 's/^/[stderr] /' "$e"
        else grep -av '^[[:space:]]*$' "$e" | tail -n 1 | sed 's/^/[stderr] /'; fi
        [ "$st" -ne 0 ] && echo "[exit $st]"
    } >"$res"
}

check() {   # check LABEL VERSION EXPECTED GOT
    if [ -f "$3" ] && cmp -s "$3" "$4"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL cli/$1 [$2]"
        if [ -f "$3" ]; then diff -U0 "$3" "$4" | sed '1,2d' | head -n 6 | sed 's/^/    /'
        else echo "    no expected file $(basename "$3") (run tests/cli/run.sh --gen)"; fi
    fi
}

# golden NAME "VERSIONS" HOW STDERR_MODE FILE: compared with CPython
golden() {
    local name=$1 versions=$2 how=$3 mode=$4 file=$5 v newest
    newest=${versions##* }
    if [ "$GEN" = 1 ]; then
        for v in $versions; do
            run_case "$SCRATCH/$v" "$how" "$mode" "$file" -- "$(python_for "$v")"
        done
        cp "$SCRATCH/$newest" "$HERE/expected/$name.exp"
        for v in $versions; do
            [ "$v" = "$newest" ] && continue
            if cmp -s "$SCRATCH/$v" "$SCRATCH/$newest"; then rm -f "$HERE/expected/$name.$v.exp"
            else cp "$SCRATCH/$v" "$HERE/expected/$name.$v.exp"; fi
        done
        echo "generated $name ($versions)"
        return
    fi
    for v in $versions; do
        run_case "$SCRATCH/got" "$how" "$mode" "$file" -- "$SLOTLAB" --python "$v"
        local exp=$HERE/expected/$name.$v.exp
        [ -f "$exp" ] || exp=$HERE/expected/$name.exp
        check "$name" "$v" "$exp" "$SCRATCH/got"
    done
}

# fixed NAME HOW FILE [ENV=VALUE]: slotlab-only, against fixed/NAME.exp
fixed() {
    [ "$GEN" = 1 ] && return
    local name=$1 how=$2 file=$3
    shift 3
    run_case "$SCRATCH/got" "$how" full "$file" -- env "$@" "$SLOTLAB"
    check "$name" default "$HERE/fixed/$name.exp" "$SCRATCH/got"
}

# bad programs: CPython's message and exit status
mkdir -p "$CASES/a_directory"   # git keeps no empty directories
golden missing_file "$ALL" plain full no_such_file.py
golden directory "$ALL" plain full a_directory
golden empty_file "$ALL" plain full empty.py
golden bad_utf8 "$ALL" plain full bad_utf8.py
golden tab_error "$ALL" plain last tab_error.py
golden unterminated "$ALL" plain last unterminated.py
golden unterminated_triple "$ALL" plain last unterminated_triple.py
# 3.8-3.10 read a line up to its NUL (tests/tb/nul_*.py have the details)
golden nul_byte "$ALL" plain full nul_byte.py
golden binary_garbage "$ALL" plain full binary_garbage.py
golden stdin_program "$ALL" stdin full stdin_prog.py
# Ctrl-C: a traceback ending in KeyboardInterrupt, and death by SIGINT (130)
golden sigint_loop "$ALL" sigint full sigint_loop.py
golden sigint_sleep "$ALL" sigint full sigint_sleep.py
golden sigint_nested "$ALL" sigint full sigint_nested.py
golden sigint_nested_sleep "$ALL" sigint full sigint_nested_sleep.py
# 3.8-3.9 notice Ctrl-C at several places in these loops, 3.10 too in loops with an if
golden sigint_for "3.10 3.11 3.12 3.13" sigint full sigint_for.py
golden sigint_while_test "3.10 3.11 3.12 3.13" sigint full sigint_while_test.py
golden sigint_input "3.8 3.13" sigint_fifo last sigint_input.py
golden sigint_recursion "3.13" sigint last sigint_recursion.py
golden sigint_build "3.13" sigint last sigint_build.py
golden sigint_caught "3.13" sigint last sigint_caught.py
# slotlab's own limits and sandbox
fixed sandbox plain sandbox.py
fixed memory_cap plain memory_cap.py SLOTLAB_MEMORY_LIMIT_MB=64
fixed huge_pow plain huge_pow.py
fixed step_limit plain step_limit.py SLOTLAB_STEP_LIMIT=1000

[ "$GEN" = 1 ] && exit 0
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
