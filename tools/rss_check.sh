#!/usr/bin/env bash
# Compare the peak RSS (resource ru_maxrss) that slotlab reports with real CPython's.
#
#   tools/rss_check.sh [-v X.Y] [-t SECONDS] [N ...]
#
# For each N (default: 1000000 10000000) and each shape of the lesson's CartItem
# (a plain class and one with __slots__ = ('product_id', 'date')), build
#     items = [CartItem(232322232, '2016-12-12 02:23') for i in range(N)]
# once under `slotlab --python X.Y` and once under CPython X.Y (default 3.12),
# and print both ru_maxrss values (KiB on Linux) side by side with slotlab's
# error in % of CPython's figure.  A run that cannot report a number (no
# `resource` module in slotlab yet, crash, timeout) shows "n/a".
# This is a benchmark-style check, not a golden test: RSS is never exact.
#   SLOTLAB   the interpreter (default: ./slotlab at the repo root)
#   CPYTHON   the reference interpreter (default: newest pyenv X.Y.*)
#   -t        timeout per run in seconds (default 900)
set -u
export LC_ALL=C

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SLOTLAB=${SLOTLAB:-$ROOT/slotlab}
VER=3.12
TIMEOUT=900
sizes=()
while [ $# -gt 0 ]; do
    case $1 in
        -v) VER=$2; shift 2 ;;
        -t) TIMEOUT=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) sizes+=("$1"); shift ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 10000000)

if [ -z "${CPYTHON:-}" ]; then
    root=/root/.pyenv
    command -v pyenv >/dev/null 2>&1 && root=$(pyenv root)
    CPYTHON=$(ls -d "$root"/versions/"$VER".*/bin/python 2>/dev/null |
              grep -E "/versions/${VER//./\\.}\.[0-9]+/bin/python$" | sort -V | tail -n 1)
fi

SCRATCH=$(mktemp -d) || exit 2
trap 'rm -rf "$SCRATCH"' EXIT

# The measured program: argv = N, "slots" or "plain".  Prints ru_maxrss or n/a.
cat >"$SCRATCH/cart.py" <<'EOF'
import sys
n = int(sys.argv[1])
if sys.argv[2] == 'slots':
    class CartItem:
        __slots__ = ('product_id', 'date')
        def __init__(self, product_id, date):
            self.product_id = product_id
            self.date = date
else:
    class CartItem:
        def __init__(self, product_id, date):
            self.product_id = product_id
            self.date = date
items = [CartItem(232322232, '2016-12-12 02:23') for i in range(n)]
try:
    import resource
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
except Exception:
    print('n/a')
EOF

# run_rss CMD... -> prints the number, or n/a
run_rss() {
    local out
    out=$(cd "$SCRATCH" && timeout -k 5 "$TIMEOUT" "$@" 2>/dev/null </dev/null | tail -n 1)
    [[ $out =~ ^[0-9]+$ ]] && echo "$out" || echo "n/a"
}

printf 'ru_maxrss in KiB, CPython %s = %s\n' "$VER" "${CPYTHON:-not found}"
printf '%-10s %-6s %14s %14s %9s\n' N shape "slotlab $VER" "CPython $VER" "error"
for n in "${sizes[@]}"; do
    for shape in plain slots; do
        if [ -x "$SLOTLAB" ]; then s=$(run_rss "$SLOTLAB" --python "$VER" cart.py "$n" "$shape")
        else s="n/a"; fi
        if [ -n "$CPYTHON" ] && [ -x "$CPYTHON" ]; then c=$(run_rss env PYTHONHASHSEED=0 "$CPYTHON" cart.py "$n" "$shape")
        else c="n/a"; fi
        if [ "$s" != "n/a" ] && [ "$c" != "n/a" ] && [ "$c" -gt 0 ]; then
            err=$(awk -v s="$s" -v c="$c" 'BEGIN { printf "%+.1f%%", (s - c) * 100 / c }')
        else
            err="n/a"
        fi
        printf '%-10s %-6s %14s %14s %9s\n' "$n" "$shape" "$s" "$c" "$err"
    done
done
