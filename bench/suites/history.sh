#!/usr/bin/env bash
# Long runs and long history (bench/RESULTS.md): CPU time and database writes per log line over a
# 10,000-line log (bench_history_log: first vs last thousand lines), and history search time at
# 10,000 and 100,000 rows (bench_history_search: a page plus the count, what the sidebar asks).
# Quick: a 2,000-line log in buckets of 500, searches at 2,000 and 10,000 rows, 3 repetitions.
# Env: OUT_DIR, BUILD_DIR, QUICK, REPO (bench/run-all).
set -euo pipefail
name=history
raw=$OUT_DIR/$name.txt
for t in bench_history_log bench_history_search; do
  [ -x "$BUILD_DIR/bench/$t" ] || cmake --build "$BUILD_DIR" --target "$t" >&2
done
if [ "$QUICK" = 1 ]; then lines=2000; bucket=500; sizes=2000,10000; reps=3; else lines=10000; bucket=1000; sizes=10000,100000; reps=9; fi
export QT_QPA_PLATFORM=offscreen
echo "# quick=$QUICK load average: $(cut -d' ' -f1-3 /proc/loadavg)" > "$raw"
echo "\$ bench_history_log --lines $lines --bucket $bucket" >> "$raw"
"$BUILD_DIR/bench/bench_history_log" --lines "$lines" --bucket "$bucket" >> "$raw" 2>/dev/null
echo "\$ bench_history_log --lines $lines --bucket $bucket --interval 0 --update-interval 0   # every line written" >> "$raw"
"$BUILD_DIR/bench/bench_history_log" --lines "$lines" --bucket "$bucket" --interval 0 --update-interval 0 \
  | sed 's/^RESULT bucket/RESULT stress bucket/' >> "$raw" 2>/dev/null
echo "\$ bench_history_search --sizes $sizes --reps $reps" >> "$raw"
"$BUILD_DIR/bench/bench_history_search" --sizes "$sizes" --reps "$reps" >> "$raw" 2>&1

python3 - "$raw" "$sizes" > "$OUT_DIR/$name.md" <<'PY'
import re, sys
raw, sizes = open(sys.argv[1]).read(), [int(s) for s in sys.argv[2].split(",")]
def buckets(prefix):
    return [dict(re.findall(r"(\w+)=([^ ]+)", m)) for m in re.findall(r"^%s (.*)$" % prefix, raw, re.M)]
for label, prefix in (("app's throttled writes", "RESULT bucket"), ("every line written", "RESULT stress bucket")):
    b = buckets(prefix)
    if len(b) < 2: continue
    first, last = b[0], b[-1]
    n = lambda d: int(d["to"]) - int(d["from"]) + 1
    cf, cl = float(first["cpu_us_per_line"]), float(last["cpu_us_per_line"])
    ratio = cl / cf if cf else 0
    span = lambda d: "%s–%s" % (format(int(d["from"]), ","), format(int(d["to"]), ","))
    print("| Long log (%s): CPU per line, lines %s vs %s | %.0f µs | — | %.0f µs (first lines) | %.2f× | constant | %s |"
          % (label, span(last), span(first), cl, cf, ratio, "yes" if ratio <= 1.25 else "no"))
    # ui::RunRow's log view keeps the last 5,000 lines (RunRow::MaxLogLines): until then it grows.
    capped = [d for d in b if int(d["from"]) > 5000]
    if len(capped) >= 2 and label == "app's throttled writes":
        cc = float(capped[0]["cpu_us_per_line"])
        print("| Long log (%s): CPU per line once the log view holds its 5,000 lines, lines %s vs %s | %.0f µs | — | %.0f µs | %.2f× | constant | %s |"
              % (label, span(last), span(capped[0]), cl, cc, cl / cc, "yes" if cl / cc <= 1.25 else "no"))
    # The throttled writes come every 2 s, i.e. every other bucket: writes are compared over the
    # first and the last fifth of the log.
    k = max(1, len(b) // 5)
    head, tail = b[:k], b[-k:]
    lines = lambda ds: sum(n(d) for d in ds)
    wf, wl = sum(int(d["row_writes"]) for d in head) / lines(head), sum(int(d["row_writes"]) for d in tail) / lines(tail)
    bf, bl = sum(int(d["bytes"]) for d in head) / lines(head), sum(int(d["bytes"]) for d in tail) / lines(tail)
    spans = lambda ds: "%s–%s" % (format(int(ds[0]["from"]), ","), format(int(ds[-1]["to"]), ","))
    print("| Long log (%s): database writes per line, lines %s vs %s | %.4f row writes, %.0f B | — | %.4f, %.0f B (first lines) | %.2f× bytes | constant | %s |"
          % (label, spans(tail), spans(head), wl, bl, wf, bf, bl / bf if bf else 0,
             "yes" if (bf > 0 and 0.8 <= bl / bf <= 1.25) else "no"))
for n in sizes:
    rows = [{k: v.strip('"') for k, v in re.findall(r'(\w+)=("[^"]*"|[^ ]+)', m)}
            for m in re.findall(r"^RESULT search size=%d (.*)$" % n, raw, re.M)]
    if not rows: continue
    worst = max(rows, key=lambda r: float(r["median_ms"]))
    indexed = [r for r in rows if len(r["text"]) >= 3]
    wi = max(indexed, key=lambda r: float(r["median_ms"]))
    print("| History search, %s rows: slowest of the searches ≥ 3 characters (“%s”) | %s ms | — | — | — | < 50 ms | %s |"
          % (format(n, ","), wi["text"], wi["median_ms"], "yes" if float(wi["median_ms"]) < 50 else "no"))
    short = [r for r in rows if len(r["text"]) < 3]
    for r in short:
        how = "trigrams that start with it" if len(r["text"]) == 2 else "a scan"
        print("| History search, %s rows: %d character%s (“%s”, %s matches; %s) | %s ms | — | — | — | < 50 ms | %s |"
              % (format(n, ","), len(r["text"]), "s" if len(r["text"]) > 1 else "", r["text"],
                 format(int(r["matches"]), ","), how, r["median_ms"], "yes" if float(r["median_ms"]) < 50 else "no"))
PY
cat "$OUT_DIR/$name.md"
