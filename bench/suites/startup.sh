#!/usr/bin/env bash
# Startup (bench/RESULTS.md): time until the window is shown and until the first history page is
# painted with 0, 10,000 and 100,000 history entries (bench_history_startup, in one process), and
# the whole process from exec to the first painted window against a Qt Widgets program showing one
# empty window (bench/sysbench/exec_to_paint.py). Under Xvfb, in one D-Bus session.
# Quick: 2,000 and 10,000 entries, 3 repetitions.
# Env: OUT_DIR, BUILD_DIR, QUICK, REPO (bench/run-all).
set -euo pipefail
name=startup
raw=$OUT_DIR/$name.txt
for t in bench_history_startup bench_empty_window sdanim; do
  [ -x "$BUILD_DIR/bench/$t" ] || [ -x "$BUILD_DIR/$t" ] || cmake --build "$BUILD_DIR" --target "$t" >&2
done
if [ "$QUICK" = 1 ]; then sizes=2000,10000; big=10000; reps=3; paint_reps=3; else sizes=10000,100000; big=100000; reps=15; paint_reps=11; fi
{
  echo "# quick=$QUICK load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "\$ xvfb-run -a -s '-screen 0 1600x1000x24' bench_history_startup --reps $reps --entries $sizes"
} > "$raw"
unset QT_QPA_PLATFORM
xvfb=(xvfb-run -a -s "-screen 0 1600x1000x24")
"${xvfb[@]}" "$BUILD_DIR/bench/bench_history_startup" --reps "$reps" --entries "$sizes" >> "$raw" 2>/dev/null
echo "\$ dbus-run-session -- xvfb-run -a -s '-screen 0 1600x1000x24' bench/sysbench/exec_to_paint.py BUILD_DIR $paint_reps" >> "$raw"
paint=$(dbus-run-session -- "${xvfb[@]}" python3 "$REPO/bench/sysbench/exec_to_paint.py" "$BUILD_DIR" "$paint_reps" "$raw" 2>>"$raw")
echo "$paint" >> "$raw"

python3 - "$raw" "$sizes" "$paint" > "$OUT_DIR/$name.md" <<'PY'
import re, sys
raw, sizes, paint = open(sys.argv[1]).read(), [int(s) for s in sys.argv[2].split(",")], sys.argv[3]
def kv(line): return {k: v for k, v in re.findall(r"(\w+)=([^ ]+)", line)}
for n in sizes:
    m = re.search(r"RESULT window entries=%d .*" % n, raw)
    if not m: continue
    r = kv(m.group(0)); se, sf, fe, ff = (float(r[k]) for k in ("shown_empty_ms", "shown_full_ms", "filled_empty_ms", "filled_full_ms"))
    ratio = sf / se if se else 0
    print("| Startup: window shown, %s history entries | %.1f ms | — | %.1f ms (no history) | %.2f× | ≤ 1.2× | %s |"
          % (format(n, ","), sf, se, ratio, "yes" if ratio <= 1.2 else "no"))
    print("| Startup: first history page painted, %s entries | %.1f ms | — | %.1f ms (no history) | %+.1f ms | ≤ +50 ms | %s |"
          % (format(n, ","), ff, fe, ff - fe, "yes" if ff - fe <= 50 else "no"))
r = kv(paint)
ratio = float(r["ratio"])
print("| Startup: exec → first painted window | %s ms | — | %s ms (empty Qt window) | %.2f× | ≤ 2× | %s |"
      % (r["sdanim_ms"], r["empty_ms"], ratio, "yes" if ratio <= 2 else "no"))
print("| Startup: exec → first painted window, against the same window with one line of text | %s ms | — | %s ms (one QLabel) | %.2f× | (informative) | — |"
      % (r["sdanim_ms"], r["label_ms"], float(r["label_ratio"])))
PY
cat "$OUT_DIR/$name.md"
