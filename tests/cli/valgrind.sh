#!/usr/bin/env bash
# `make valgrind`: run a sample of the golden tests (about 30) under valgrind
# and fail if it reports an invalid read or write, a use of uninitialised
# memory or a bad free (leaks are not checked: slotlab frees its pools at exit).
# Exit code 99 marks a valgrind error, so tests that end with a Python
# exception (status 1) still count as clean.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SLOTLAB=${SLOTLAB:-$ROOT/slotlab}
command -v valgrind >/dev/null || { echo "valgrind: not installed, skipped"; exit 0; }
tests=$( { ls "$ROOT"/tests/lang/*.py | grep -v '/_' | awk 'NR % 12 == 1' | head -n 18
           ls "$ROOT"/tests/slots/*.py | grep -v '/_' | awk 'NR % 25 == 1' | head -n 6
           ls "$ROOT"/tests/robust/*.py; } )
one() {
    local py=$1 dir name log
    dir=$(dirname "$py"); name=$(basename "$py")
    log=$(mktemp)
    (cd "$dir" && exec valgrind -q --error-exitcode=99 --leak-check=no \
        "$SLOTLAB" "$name" </dev/null >/dev/null 2>"$log")
    if [ $? -eq 99 ]; then
        echo "FAIL valgrind ${py#"$ROOT"/tests/}"; grep '^==' "$log" | head -n 20 | sed 's/^/    /'
    else
        echo "ok ${py#"$ROOT"/tests/}"
    fi
    rm -f "$log"
}
export -f one; export SLOTLAB ROOT
out=$(printf '%s\n' $tests | xargs -P "${JOBS:-2}" -I{} bash -c 'one "$1"' _ {})
printf '%s\n' "$out" | grep -v '^ok ' || true
n_ok=$(printf '%s\n' "$out" | grep -c '^ok ')
n_fail=$(printf '%s\n' "$out" | grep -c '^FAIL ')
echo "$n_ok passed, $n_fail failed (valgrind)"
[ "$n_fail" -eq 0 ]
