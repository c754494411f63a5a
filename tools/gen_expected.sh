#!/usr/bin/env bash
# Generate the expected-output files of the golden tests from real CPython.
#
#   tools/gen_expected.sh [-j N] [DIR|FILE ...]
#
# DIR is a test directory (tests/lang, or just "lang"); FILE a single test
# (tests/lang/foo.py).  Default: every directory under tests/ with a VERSIONS
# file.  For each test NAME.py (files starting with "_" are helpers, not
# tests) and each version X.Y listed in the directory's VERSIONS file, run
#     PYTHONHASHSEED=0 python NAME.py </dev/null      (cwd = the test's dir)
# with $(pyenv root)/versions/X.Y.*/bin/python and a 20 s timeout.
#
# Expected-file format (tests/run.sh builds exactly the same from slotlab):
#   - the program's stdout, verbatim;
#   - if stderr has a non-blank line: "[stderr] " + its last non-blank line;
#     or, when the test's first line is "# test: full-stderr", every stderr
#     line prefixed with "[stderr] ";
#   - if the exit status is not 0: "[exit N]".
# In the stderr lines the test directory's absolute path is removed (CPython
# 3.9+ prints the script's absolute path in tracebacks), so the files do not
# depend on where the repo is.  The child gets PYTHONIOENCODING=utf-8 and
# PYTHONDONTWRITEBYTECODE=1 too (no __pycache__ in tests/).
# NAME.exp holds the output of the newest version in VERSIONS; NAME.X.Y.exp
# exists only for versions whose output differs from it.  Files are rewritten
# only when their content changes, so running twice changes nothing.
set -u
export LC_ALL=C   # for the text tools only: the child's encoding is pinned below

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TIMEOUT=20

# ---- shared with tests/run.sh (keep the two copies identical) -------------
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

die() { echo "gen_expected: $*" >&2; exit 2; }

find_python() {   # find_python X.Y -> path of the newest X.Y.* CPython
    local ver=$1 root best="" p v
    if command -v pyenv >/dev/null 2>&1; then root=$(pyenv root); else root=/root/.pyenv; fi
    for p in "$root"/versions/"$ver".*/bin/python; do
        [ -x "$p" ] || continue
        v=${p#"$root"/versions/}; v=${v%/bin/python}
        [[ $v =~ ^${ver//./\\.}\.[0-9]+$ ]] || continue   # no 3.13.0t, no 3.1 -> 3.10
        best=$(printf '%s\n%s\n' "$best" "$v" | sed '/^$/d' | sort -V | tail -n 1)
    done
    [ -n "$best" ] && echo "$root/versions/$best/bin/python"
}

# ---- worker mode: one test, all its versions (run in parallel by xargs) ---
if [ "${1:-}" = "--one" ]; then
    IFS=$'\t' read -r dir name vlist <<<"$2"
    read -r -a versions <<<"$vlist"
    newest=${versions[${#versions[@]}-1]}
    res=$(mktemp -d "$SCRATCH/res.XXXXXX")
    for v in "${versions[@]}"; do
        py=$(find_python "$v") || { echo "ERROR $dir/$name.py: no CPython $v" >>"$SCRATCH/log"; exit 1; }
        run_test "$res/$v" "$dir" "$name" "$py"
        if [ "$RUN_TIMED_OUT" = 1 ]; then
            echo "ERROR $dir/$name.py [$v]: timed out after ${TIMEOUT}s (expected files not updated)" >>"$SCRATCH/log"
            exit 1
        fi
    done
    put() {   # put SRC DEST: copy only when the content changes
        if [ ! -f "$2" ]; then cp "$1" "$2"; echo "new $2" >>"$SCRATCH/log"
        elif cmp -s "$1" "$2"; then echo "same $2" >>"$SCRATCH/log"
        else cp "$1" "$2"; echo "changed $2" >>"$SCRATCH/log"; fi
    }
    put "$res/$newest" "$dir/$name.exp"
    for v in "${versions[@]}"; do
        [ "$v" = "$newest" ] && continue
        f="$dir/$name.$v.exp"
        if cmp -s "$res/$v" "$res/$newest"; then
            [ -f "$f" ] && { rm -f "$f"; echo "removed $f" >>"$SCRATCH/log"; }
        else
            put "$res/$v" "$f"
        fi
    done
    # per-version files of versions no longer listed
    for f in "$dir/$name".*.exp; do
        [ -f "$f" ] || continue
        v=${f#"$dir/$name".}; v=${v%.exp}
        [[ $v =~ ^[0-9]+\.[0-9]+$ ]] || continue
        [[ " ${versions[*]} " == *" $v "* ]] || { rm -f "$f"; echo "removed $f" >>"$SCRATCH/log"; }
    done
    rm -rf "$res"
    exit 0
fi

# ---- main ----------------------------------------------------------------
JOBS=$(nproc 2>/dev/null || echo 2)
args=()
while [ $# -gt 0 ]; do
    case $1 in
        -j) JOBS=$2; shift 2 ;;
        -j*) JOBS=${1#-j}; shift ;;
        -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) args+=("$1"); shift ;;
    esac
done

# resolve the arguments to "dir" or "dir/NAME.py"
targets=()
if [ ${#args[@]} -eq 0 ]; then
    for vf in "$ROOT"/tests/*/VERSIONS; do [ -f "$vf" ] && targets+=("$(dirname "$vf")"); done
    [ ${#targets[@]} -gt 0 ] || die "no tests/*/VERSIONS file"
else
    for a in "${args[@]}"; do
        if [ -e "$a" ]; then targets+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")")
        elif [ -d "$ROOT/tests/$a" ]; then targets+=("$ROOT/tests/$a")
        else die "no such test directory or file: $a"; fi
    done
fi

SCRATCH=$(mktemp -d) || die "mktemp failed"
export SCRATCH
trap 'rm -rf "$SCRATCH"' EXIT
: >"$SCRATCH/log"
: >"$SCRATCH/jobs"
ntests=0
for t in "${targets[@]}"; do
    if [ -d "$t" ]; then dir=${t%/}; only=""
    else dir=$(dirname "$t"); only=$(basename "$t" .py); fi
    [ -f "$dir/VERSIONS" ] || die "$dir has no VERSIONS file"
    read -r -a versions <<<"$(tr '\n' ' ' <"$dir/VERSIONS")"
    [ ${#versions[@]} -gt 0 ] || die "$dir/VERSIONS is empty"
    mapfile -t versions < <(printf '%s\n' "${versions[@]}" | sort -V -u)
    for v in "${versions[@]}"; do find_python "$v" >/dev/null || die "CPython $v not found"; done
    for py in "$dir"/*.py; do
        [ -f "$py" ] || continue
        name=$(basename "$py" .py)
        [[ $name == _* ]] && continue
        [ -n "$only" ] && [ "$name" != "$only" ] && continue
        printf '%s\t%s\t%s\n' "$dir" "$name" "${versions[*]}" >>"$SCRATCH/jobs"
        ntests=$((ntests + 1))
    done
    # expected files whose test is gone
    if [ -z "$only" ]; then
        for f in "$dir"/*.exp; do
            [ -f "$f" ] || continue
            base=$(basename "$f"); base=${base%.exp}
            [[ $base =~ ^(.*)\.[0-9]+\.[0-9]+$ ]] && base=${BASH_REMATCH[1]}
            [ -f "$dir/$base.py" ] || { rm -f "$f"; echo "removed $f" >>"$SCRATCH/log"; }
        done
    fi
done
[ "$ntests" -gt 0 ] || die "no tests found"

self=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
xargs -d '\n' -P "$JOBS" -n 1 "$self" --one <"$SCRATCH/jobs"

errors=$(grep -c '^ERROR' "$SCRATCH/log")
grep '^ERROR' "$SCRATCH/log" | sort >&2
grep -E '^(new|changed|removed) ' "$SCRATCH/log" | sed "s|$ROOT/||" | sort
printf '%d tests: %d new, %d changed, %d unchanged, %d removed, %d errors\n' "$ntests" \
    "$(grep -c '^new ' "$SCRATCH/log")" "$(grep -c '^changed ' "$SCRATCH/log")" \
    "$(grep -c '^same ' "$SCRATCH/log")" "$(grep -c '^removed ' "$SCRATCH/log")" "$errors"
[ "$errors" -eq 0 ]
