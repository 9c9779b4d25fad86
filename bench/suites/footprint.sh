#!/usr/bin/env bash
# Thread and CPU footprint (bench/RESULTS.md): threads and idle CPU of sdanim with the offline
# backend (in-process emulator) running, under Xvfb in one D-Bus session
# (bench/sysbench/footprint.py). Full: 5 s to settle, 10 s idle, threads again after 40 s (Qt's
# pools have expired). Quick: 2 s, 5 s, no late look.
# Env: OUT_DIR, BUILD_DIR, QUICK, REPO (bench/run-all).
set -euo pipefail
name=footprint
raw=$OUT_DIR/$name.txt
[ -x "$BUILD_DIR/sdanim" ] || cmake --build "$BUILD_DIR" --target sdanim >&2
if [ "$QUICK" = 1 ]; then settle=2; idle=5; late=0; else settle=5; idle=10; late=25; fi
unset QT_QPA_PLATFORM
{
  echo "# quick=$QUICK load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "\$ dbus-run-session -- xvfb-run -a -s '-screen 0 1600x1000x24' bench/sysbench/footprint.py BUILD_DIR $settle $idle $late"
} > "$raw"
dbus-run-session -- xvfb-run -a -s "-screen 0 1600x1000x24" \
  python3 "$REPO/bench/sysbench/footprint.py" "$BUILD_DIR" "$settle" "$idle" "$late" >> "$raw" 2>&1
python3 - "$raw" > "$OUT_DIR/$name.md" <<'PY'
import re, sys
raw = open(sys.argv[1]).read()
r = dict(re.findall(r"(\w+)=([^ \n]+)", re.search(r"RESULT idle .*", raw).group(0)))
pct = float(r["cpu_percent"])
print("| Footprint: idle CPU over %s s, offline backend running | %s ms (%.2f %% of a core, %s wake-ups/s) | — | 0 | — | ~0 | %s |"
      % (r["seconds"], r["cpu_ms"], pct, r["switches_per_s"], "yes" if pct < 0.5 else "no"))
late = re.search(r"RESULT late .*", raw)
lt = dict(re.findall(r"(\w+)=([^ \n]+)", late.group(0))) if late else None
print("| Footprint: threads, offline backend running | %s (%s after %s s) | — | — | — | justified (RESULTS.md) | see list |"
      % (r["threads"], lt["threads"] if lt else "—", lt["seconds"] if lt else "—"))
PY
cat "$OUT_DIR/$name.md"
