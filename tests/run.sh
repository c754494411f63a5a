#!/usr/bin/env bash
# Run the golden tests against slotlab (needs only bash and coreutils).
#
#   tests/run.sh [-j N] [-v] [-k SUBSTRING] [DIR ...]
#
# DIR: test directories (tests/lang or just "lang"); default: every directory
# under tests/ that has a VERSIONS file.  For each NAME.py there (files
# starting with "_" are helpers) and each version X.Y in VERSIONS, run
#     PYTHONHASHSEED=0 $SLOTLAB --python X.Y NAME.py </dev/null
# in the test's directory with a 20 s timeout, format the output exactly as
# tools/gen_expected.sh does, and compare it with NAME.X.Y.exp if that exists,
# else NAME.exp.
#   -j N          run N tests at a time (default: number of cores)
#   -v            show full diffs (default: the first few differing lines)
#   -k SUBSTRING  only tests whose "DIR/NAME.py" contains SUBSTRING
#   SLOTLAB       the interpreter (default: ./slotlab at the repo root)
# Prints "FAIL DIR/NAME.py [X.Y]" per failure and ends with "N passed, M failed"
# (counting test x version runs); exits 1 if anything failed or nothing ran.
# DIR/PENDING lists known gaps, one per line: "NAME" (every version) or
# "NAME X.Y ...".  Those runs still run; a failure is counted as pending,
# not failed (-v shows it), and a pending run that passes is reported so
# that its line can be removed.
set -u
export LC_ALL=C   # for the text tools only: the child's encoding is pinned below

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TIMEOUT=20

# ---- shared with tools/gen_expected.sh (keep the two copies identical) -----
# run_test OUT DIR NAME CMD...: run "CMD NAME.py" in DIR the golden way and
# write the formatted output to the file OUT (stderr with "DIR/" removed).  Sets RUN_STATUS and
# RUN_TIMED_OUT (1 when the timeout killed it).  Needs $SCRATCH.
run_test() {
    local res=$1 dir=$2 name=$3; shift 3
    local tmp; tmp=$(mktemp -d "$SCRATCH/run.XXXXXX") || return 2
    local start=$SECONDS last
    { (cd "$dir" && exec env -u PYTHONPATH -u PYTHONHOME -u PYTHONSTARTUP \
        -u PYTHONWARNINGS -u PYTHONDEVMODE -u PYTHONSAFEPATH -u PYTHONOPTIMIZE \
        -u PYTHON_COLORS -u FORCE_COLOR -u NO_COLOR -u PYTHONUTF8 \
        PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
        timeout -k 5 "$TIMEOUT" "$@" "$name.py" </dev/null >"$tmp/out" 2>"$tmp/err"); } 2>/dev/null   # no "Segmentation fault" notice from bash
    RUN_STATUS=$?
    RUN_TIMED_OUT=0
    if { [ "$RUN_STATUS" -eq 124 ] || [ "$RUN_STATUS" -eq 137 ]; } &&
       [ $((SECONDS - start)) -ge "$TIMEOUT" ]; then
        RUN_TIMED_OUT=1
    fi
    # CPython 3.9+ shows the absolute path of the script in tracebacks
    # (also when a program prints one with the traceback module): strip the
    # test directory so expected files do not depend on it.
    local f
    for f in out err; do
        if [ -s "$tmp/$f" ]; then
            awk -v p1="$(cd "$dir" && pwd -P)/" -v p2="$(cd "$dir" && pwd -L)/" '{
                while ((i = index($0, p1)) > 0) $0 = substr($0, 1, i - 1) substr($0, i + length(p1))
                while ((i = index($0, p2)) > 0) $0 = substr($0, 1, i - 1) substr($0, i + length(p2))
                print }' "$tmp/$f" >"$tmp/${f}2"
        else
            : >"$tmp/${f}2"
        fi
    done
    {
        cat "$tmp/out2"
        if head -n 1 "$dir/$name.py" | grep -aq '^# test: full-stderr[[:space:]]*$'; then
            sed 's/^/[stderr] /' "$tmp/err2"
        else
            last=$(grep -av '^[[:space:]]*$' "$tmp/err2" | tail -n 1)
            [ -n "$last" ] && printf '[stderr] %s\n' "$last"
        fi
        [ "$RUN_STATUS" -ne 0 ] && printf '[exit %d]\n' "$RUN_STATUS"
    } >"$res"
    rm -rf "$tmp"
    return 0
}
# ---------------------------------------------------------------------------

# ---- worker mode: one test under one version (run in parallel by xargs) ----
# Leaves $SCRATCH/res/IDX.pass, or IDX.fail holding the report.
if [ "${1:-}" = "--one" ]; then
    IFS=$'\t' read -r idx dir name ver label <<<"$2"
    got="$SCRATCH/res/$idx.got"
    run_test "$got" "$dir" "$name" "$SLOTLAB" --python "$ver"
    exp="$dir/$name.$ver.exp"
    [ -f "$exp" ] || exp="$dir/$name.exp"
    if [ "$RUN_TIMED_OUT" = 0 ] && [ -f "$exp" ] && cmp -s "$exp" "$got"; then
        : >"$SCRATCH/res/$idx.pass"; rm -f "$got"; exit 0
    fi
    {
        if [ "$RUN_TIMED_OUT" = 1 ]; then
            echo "FAIL $label [$ver]: timed out after ${TIMEOUT}s"
        elif [ ! -f "$exp" ]; then
            echo "FAIL $label [$ver]: no expected file $name.exp (run tools/gen_expected.sh)"
        else
            why=""
            if [ "$RUN_STATUS" -gt 128 ] && [ "$RUN_STATUS" -lt 160 ]; then
                why=": killed by SIG$(kill -l $((RUN_STATUS - 128)) 2>/dev/null || echo $((RUN_STATUS - 128)))"
            fi
            echo "FAIL $label [$ver]$why"
            if [ "$VERBOSE" = 1 ]; then
                diff -u --label "expected ($(basename "$exp"))" --label "slotlab" "$exp" "$got" | sed 's/^/    /'
            else
                diff -U0 "$exp" "$got" | sed '1,2d' >"$got.diff"
                head -n 6 "$got.diff" | sed 's/^/    /'
                n=$(wc -l <"$got.diff")
                if [ "$n" -gt 6 ]; then
                    # the cut may hide why slotlab stopped: show how it ended
                    echo "    ... ($((n - 6)) more diff lines; -v shows all)"
                    grep -a '^\[stderr\]\|^\[exit' "$got" | tail -n 2 | sed 's/^/    slotlab: /'
                fi
                rm -f "$got.diff"
            fi
        fi
    } >"$SCRATCH/res/$idx.fail.tmp"
    mv "$SCRATCH/res/$idx.fail.tmp" "$SCRATCH/res/$idx.fail"
    rm -f "$got"
    exit 0
fi

# ---- main ----------------------------------------------------------------
usage() { sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
JOBS=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
VERBOSE=0
FILTER=""
dirs=()
while [ $# -gt 0 ]; do
    case $1 in
        -j) JOBS=${2:?-j needs a number}; shift 2 ;;
        -j*) JOBS=${1#-j}; shift ;;
        -v) VERBOSE=1; shift ;;
        -k) FILTER=${2?-k needs a substring}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) dirs+=("$1"); shift ;;
    esac
done
[[ $JOBS =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: bad -j value: $JOBS" >&2; exit 2; }

# the interpreter: default ROOT/slotlab; a relative path is taken from the
# current directory if it exists there, else from the repo root
SLOTLAB=${SLOTLAB:-$ROOT/slotlab}
if [[ $SLOTLAB != /* ]]; then
    if [[ $SLOTLAB == */* ]]; then
        if [ -e "$SLOTLAB" ]; then SLOTLAB=$PWD/$SLOTLAB; else SLOTLAB=$ROOT/$SLOTLAB; fi
    else
        SLOTLAB=$(command -v "$SLOTLAB" || echo "$ROOT/$SLOTLAB")
    fi
fi
if [ ! -x "$SLOTLAB" ] || [ -d "$SLOTLAB" ]; then
    echo "run.sh: interpreter not found or not executable: $SLOTLAB (run make, or set SLOTLAB)" >&2
    echo "0 passed, 0 failed"
    exit 1
fi

RUN_CLI=0   # the whole suite also runs tests/cli/run.sh (signals, files, sandbox)
if [ ${#dirs[@]} -eq 0 ]; then
    [ -z "$FILTER" ] && [ -x "$ROOT/tests/cli/run.sh" ] && RUN_CLI=1
    for vf in "$ROOT"/tests/*/VERSIONS; do [ -f "$vf" ] && dirs+=("$(dirname "$vf")"); done
fi

SCRATCH=$(mktemp -d) || { echo "run.sh: mktemp failed" >&2; exit 2; }
trap 'rm -rf "$SCRATCH"' EXIT
trap 'exit 130' INT TERM
export SCRATCH SLOTLAB VERBOSE
mkdir "$SCRATCH/res"

idx=0
: >"$SCRATCH/jobs"
for d in "${dirs[@]}"; do
    if [ -d "$d" ]; then dir=$(cd "$d" && pwd)
    elif [ -d "$ROOT/tests/$d" ]; then dir=$ROOT/tests/$d
    else echo "run.sh: no such test directory: $d" >&2; exit 2; fi
    if [ ! -f "$dir/VERSIONS" ]; then echo "run.sh: $dir has no VERSIONS file" >&2; exit 2; fi
    read -r -a versions <<<"$(tr '\n' ' ' <"$dir/VERSIONS")"
    area=${dir#"$ROOT"/tests/}
    if [ -f "$dir/PENDING" ]; then
        grep -v '^[[:space:]]*\(#\|$\)' "$dir/PENDING" | while read -r pname pvers; do
            [ -n "$pvers" ] || pvers="${versions[*]}"
            for pv in $pvers; do printf '%s/%s.py [%s]\n' "$area" "$pname" "$pv"; done
        done >>"$SCRATCH/pending"
    fi
    for py in "$dir"/*.py; do
        [ -f "$py" ] || continue
        name=$(basename "$py" .py)
        [[ $name == _* ]] && continue
        label="$area/$name.py"
        [ -n "$FILTER" ] && [[ $label != *"$FILTER"* ]] && continue
        for v in "${versions[@]}"; do
            idx=$((idx + 1))
            printf '%06d\t%s\t%s\t%s\t%s\n' "$idx" "$dir" "$name" "$v" "$label" >>"$SCRATCH/jobs"
        done
    done
done

self=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
if [ "$idx" -gt 0 ]; then
    xargs -d '\n' -P "$JOBS" -n 1 "$self" --one <"$SCRATCH/jobs"
fi

passed=0 failed=0 pending=0
touch "$SCRATCH/pending"
declare -A is_pending=()
while IFS= read -r line; do is_pending[$line]=1; done <"$SCRATCH/pending"
mapfile -t joblines <"$SCRATCH/jobs"
for ((i = 1; i <= idx; i++)); do
    id=$(printf '%06d' "$i")
    IFS=$'\t' read -r _ _ _ jver jlabel <<<"${joblines[i - 1]}"
    key="$jlabel [$jver]"
    if [ -n "${is_pending[$key]:-}" ]; then
        if [ -f "$SCRATCH/res/$id.pass" ]; then
            passed=$((passed + 1))
            echo "NOW PASSING $key: remove it from PENDING"
        else
            pending=$((pending + 1))
            [ "$VERBOSE" = 1 ] && [ -f "$SCRATCH/res/$id.fail" ] && sed 's/^FAIL/PENDING/' "$SCRATCH/res/$id.fail"
        fi
    elif [ -f "$SCRATCH/res/$id.pass" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        if [ -f "$SCRATCH/res/$id.fail" ]; then cat "$SCRATCH/res/$id.fail"
        else echo "FAIL $(sed -n "${i}p" "$SCRATCH/jobs" | cut -f5) [$(sed -n "${i}p" "$SCRATCH/jobs" | cut -f4)]: runner error"; fi
    fi
done
[ "$pending" -gt 0 ] && echo "($pending known gaps not counted: see tests/*/PENDING)"
if [ "$RUN_CLI" = 1 ]; then
    cli_out=$(SLOTLAB="$SLOTLAB" "$ROOT/tests/cli/run.sh" 2>&1)
    cli_last=$(printf '%s\n' "$cli_out" | tail -n 1)
    printf '%s\n' "$cli_out" | sed '$d'
    if [[ $cli_last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        passed=$((passed + BASH_REMATCH[1])); failed=$((failed + BASH_REMATCH[2]))
    else
        echo "FAIL cli: tests/cli/run.sh ended with: $cli_last"; failed=$((failed + 1))
    fi
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$idx" -gt 0 ]
