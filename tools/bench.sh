#!/usr/bin/env bash
# tools/bench.sh: run bench/*.py under ./slotlab and real CPython 3.12 and
# print, per program, the median wall time and peak RSS of each, their
# ratios (slotlab / CPython), whether stdout is identical, and the
# geometric means.  `make bench` runs it.
#
#   tools/bench.sh [NAME...]      only the programs whose name contains NAME
#
# Environment: RUNS (runs per interpreter, default 3), SLOTLAB (default
# ./slotlab), SLOTLAB_ARGS (default "--python 3.12", so version-dependent
# output such as sys.getsizeof matches the CPython it is compared with),
# PYTHON (default: newest $(pyenv root)/versions/3.12.*/bin/python),
# BENCH_TIMEOUT (seconds per run, default 300).
#
# Runs alternate slotlab, CPython, slotlab, CPython, ... so that a change
# in machine load hits both alike.  A program that slotlab cannot run (or
# whose output differs) is reported as FAIL/DIFF and left out of the
# means; the harness itself never stops on it.  cart_slots_1e7_traced is
# left out of the means too: it is timed against slotlab's own untraced
# cart_slots_1e7 (issue 6: tracing may cost at most 1.5x).
set -u
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SLOTLAB=${SLOTLAB:-./slotlab}
SLOTLAB_ARGS=${SLOTLAB_ARGS:---python 3.12}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-300}

if [ -z "${PYTHON:-}" ]; then
    root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
    for p in "$root"/versions/3.12.*/bin/python; do [ -x "$p" ] && PYTHON=$p; done
fi
if [ -n "${PYTHON:-}" ] && ! "$PYTHON" -c 'pass' 2>/dev/null; then PYTHON=; fi
if [ -z "${PYTHON:-}" ]; then
    echo "bench: CPython 3.12 not found under \$(pyenv root)/versions/3.12.*; timing slotlab alone"
fi
if [ ! -x "$SLOTLAB" ]; then echo "bench: $SLOTLAB not built (run make)"; exit 1; fi

# Peak RSS: GNU time's %M if it works, else getrusage of the child through
# CPython's resource module, else none.
if /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then RSS_TOOL=gnutime
elif [ -n "${PYTHON:-}" ]; then RSS_TOOL=python
else RSS_TOOL=none; fi
TIMEOUT=$(command -v timeout >/dev/null && echo "timeout $BENCH_TIMEOUT" || echo "")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run OUTFILE RSSFILE CMD...: prints "seconds kb status"
run() {
    local out=$1 rssf=$2
    shift 2
    local t0 t1 st kb
    t0=$(date +%s%N)
    case $RSS_TOOL in
    gnutime) $TIMEOUT /usr/bin/time -f '%M' -o "$rssf" "$@" >"$out" 2>"$out.err"; st=$? ;;
    python)
        "$PYTHON" -c 'import resource, subprocess, sys
r = subprocess.call(sys.argv[2:], stdout=open(sys.argv[1], "w"), stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(r)' "$out" "$@" 2>"$rssf"; st=$? ;;
    *) "$@" >"$out" 2>"$out.err"; st=$?; echo 0 >"$rssf" ;;
    esac
    t1=$(date +%s%N)
    kb=$(grep -E '^[0-9]+$' "$rssf" 2>/dev/null | tail -1)
    echo "$(( (t1 - t0) / 1000000 )) ${kb:-0} $st"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

progs=()
for f in bench/*.py; do
    name=$(basename "$f" .py)
    if [ $# -gt 0 ]; then
        keep=0
        for pat in "$@"; do case $name in *"$pat"*) keep=1 ;; esac; done
        [ $keep = 1 ] || continue
    fi
    progs+=("$name")
done

echo "slotlab bench: $RUNS runs each, alternating; slotlab $SLOTLAB_ARGS vs ${PYTHON:-(no CPython)}"
echo "peak RSS from: $RSS_TOOL"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)  ($(nproc 2>/dev/null || echo '?') CPUs)"
echo
printf '%-21s %9s %9s %7s %9s %9s %7s  %s\n' program 'slotlab s' 'cpython s' 'time x' 'slot MB' 'cpy MB' 'rss x' output
printf '%-21s %9s %9s %7s %9s %9s %7s  %s\n' --------------------- --------- --------- ------- --------- --------- ------- ------

results=$tmp/results
: >"$results"
for name in "${progs[@]}"; do
    : >"$tmp/st" ; : >"$tmp/sr" ; : >"$tmp/ct" ; : >"$tmp/cr"
    status=same
    [ -n "${PYTHON:-}" ] || status=ran
    for ((i = 1; i <= RUNS; i++)); do
        read -r ms kb st < <(run "$tmp/s.out" "$tmp/s.rss" $SLOTLAB $SLOTLAB_ARGS "bench/$name.py")
        echo "$ms" >>"$tmp/st"; echo "$kb" >>"$tmp/sr"
        if [ "$st" != 0 ]; then status="FAIL(exit $st)"; fi
        if [ -n "${PYTHON:-}" ]; then
            read -r ms kb cst < <(run "$tmp/c.out" "$tmp/c.rss" "$PYTHON" "bench/$name.py")
            echo "$ms" >>"$tmp/ct"; echo "$kb" >>"$tmp/cr"
            if [ "$cst" != 0 ]; then status="CPYTHON-FAIL(exit $cst)"; fi
            if [ "$status" = same ] && ! cmp -s "$tmp/s.out" "$tmp/c.out"; then status=DIFF; fi
        fi
        # a failing program is not timed again
        case $status in FAIL*) break ;; esac
    done
    case $status in
    FAIL*) status="$status: $(tail -1 "$tmp/s.out.err" 2>/dev/null | cut -c1-60)" ;;
    esac
    smed=$(median <"$tmp/st"); srss=$(median <"$tmp/sr")
    if [ -n "${PYTHON:-}" ]; then
        cmed=$(median <"$tmp/ct"); crss=$(median <"$tmp/cr")
        line=$(awk -v s="$smed" -v c="$cmed" -v sr="$srss" -v cr="$crss" -v n="$name" -v st="$status" 'BEGIN {
            tr = c > 0 ? s / c : 0; rr = cr > 0 ? sr / cr : 0
            printf "%-21s %9.2f %9.2f %7.2f %9.1f %9.1f %7.2f  %s\n", n, s/1000, c/1000, tr, sr/1024, cr/1024, rr, st
            printf "%s %s %s %s %s\n", n, tr, rr, st, s > "/dev/stderr" }' 2>>"$results")
    else
        line=$(printf '%-21s %9.2f %9s %7s %9.1f %9s %7s  %s' "$name" "$(awk -v s="$smed" 'BEGIN{print s/1000}')" - - \
            "$(awk -v s="$srss" 'BEGIN{print s/1024}')" - - "$status")
    fi
    echo "$line"
done
echo

if [ -n "${PYTHON:-}" ] && [ -s "$results" ]; then
    awk '
    $1 == "cart_slots_1e7_traced" { if ($4 == "same") traced = $5; next }
    $1 == "cart_slots_1e7" { untraced = $5 }
    $4 == "same" { n++; lt += log($2); lr += log($3)
                   if ($2 > 1) slow = slow " " $1; if ($3 > 1) big = big " " $1
                   if ($1 == "cart_slots_1e7") c7 = $2 }
    $4 != "same" { bad = bad " " $1 }
    END {
        if (!n) { print "no program ran with identical output"; exit }
        gt = exp(lt / n); gr = exp(lr / n)
        printf "geometric mean over %d programs with identical output: time %.2fx, peak RSS %.2fx CPython\n", n, gt, gr
        if (bad != "") printf "left out (failed or different output):%s\n", bad
        print ""
        print "targets (issue 6):"
        printf "  geomean wall time <= 0.50x CPython 3.12   %s (%.2fx)\n", gt <= 0.5 ? "met " : "MISS", gt
        printf "  no program slower than CPython           %s%s\n", slow == "" ? "met" : "MISS:", slow
        printf "  peak RSS <= 1.00x on every program       %s%s\n", big == "" ? "met" : "MISS:", big
        if (c7 != "") printf "  cart_slots_1e7 < 0.50x CPython           %s (%.2fx)\n", c7 < 0.5 ? "met " : "MISS", c7
        if (traced != "" && untraced > 0)
            printf "  tracemalloc on <= 1.50x off (1e7 slots)  %s (%.2fx of its own untraced time)\n", traced / untraced <= 1.5 ? "met " : "MISS", traced / untraced
    }' "$results"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
