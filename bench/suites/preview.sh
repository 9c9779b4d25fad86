#!/usr/bin/env bash
# Preview (bench/RESULTS.md): peak memory and the longest UI-thread stall while a 1024×768 output is
# downloaded and played three loops, as GIF and as MP4, at two frame counts (does memory grow with
# the frame count?). num_interpolation_steps = 10 with FILM: (F − 1) · 16 + 1 frames, so
# F = 50 → 785 frames (the issue's output, `sdanim plan --json`) and F = 7 → 97.
# Quick: F = 4 → 49 and F = 7 → 97 frames, one loop each.
# Env: OUT_DIR, BUILD_DIR, QUICK, REPO (bench/run-all). One process per measurement: VmHWM is per process.
set -euo pipefail
name=preview
bench=$BUILD_DIR/bench/bench_preview
[ -x "$bench" ] || cmake --build "$BUILD_DIR" --target bench_preview >&2
cache=$BUILD_DIR/bench-cache/preview
mkdir -p "$cache"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QT_MEDIA_BACKEND=ffmpeg

if [ "$QUICK" = 1 ]; then small=4; large=7; loops=1; else small=7; large=50; loops=3; fi
raw=$OUT_DIR/$name.txt
: > "$raw"
{
  echo "# bench_preview: download over HTTP (127.0.0.1) with api::OutputDownloader, then ui::PreviewPane plays"
  echo "# $loops loop(s) at 1x; 1 ms PreciseTimer lag sampled on the UI thread; RSS from /proc/self/status."
  echo "# quick=$QUICK load average: $(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$raw"

declare -A growth lag dlag frames floor
for format in gif mp4; do
  for f in $small $large; do
    file=$cache/out-1024x768-f$f-n10.$format
    if [ ! -s "$file" ]; then
      echo "\$ bench_preview --render $file --format $format --frames $f --steps 10 --width 1024 --height 768" >> "$raw"
      "$bench" --render "$file" --format "$format" --frames "$f" --steps 10 --width 1024 --height 768 >> "$raw" 2>&1
    fi
    # The floor beside it: the same timer in an idle process, for as long as the play lasts.
    seconds=$(( ((f - 1) * 16 + 1) * loops / 20 + 4 ))
    "$bench" --idle "$seconds" > "$OUT_DIR/$name.idle" 2>/dev/null &
    idle_pid=$!
    echo "\$ bench_preview --play $(basename "$file") --loops $loops   (beside: bench_preview --idle $seconds)" >> "$raw"
    out=$("$bench" --play "$file" --loops "$loops" 2>>"$raw")
    wait "$idle_pid" || true
    echo "$out" >> "$raw"
    cat "$OUT_DIR/$name.idle" >> "$raw"
    floor[$format$f]=$(sed -n 's/.* max_lag_ms=\([^ ]*\).*/\1/p' "$OUT_DIR/$name.idle")
    rm -f "$OUT_DIR/$name.idle"
    line=$(grep '^RESULT ' <<<"$out")
    val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    growth[$format$f]=$(( $(val growth_kb) / 1024 ))
    lag[$format$f]=$(val max_lag_ms)
    dlag[$format$f]=$(val download_max_lag_ms)
    frames[$format$f]=$(val file_frames)
  done
done

# Rows: the longest stall over both sizes, and the peak growth over the baseline at both frame counts.
: > "$OUT_DIR/$name.md"
for format in gif mp4; do
  F=${format^^}
  a=$format$small; b=$format$large
  worst=$(printf '%s\n' "${lag[$a]}" "${lag[$b]}" "${dlag[$a]}" "${dlag[$b]}" | sort -g | tail -1)
  met=$(awk -v x="$worst" 'BEGIN{print (x <= 50) ? "yes" : "no"}')
  ratio=$(awk -v x="${lag[$b]}" -v y="${floor[$b]}" 'BEGIN{printf "%.1f", (y > 0) ? x / y : 0}')
  echo "| Preview $F 1024×768, longest UI stall playing $loops loops at ${frames[$a]} / ${frames[$b]} frames (downloading: ${dlag[$a]} / ${dlag[$b]} ms) | ${lag[$a]} / ${lag[$b]} ms | – | idle process beside it: ${floor[$a]} / ${floor[$b]} ms | ${ratio}× | ≤ 50 ms | $met |" >> "$OUT_DIR/$name.md"
  ratio=$(awk -v x="${growth[$b]}" -v y="${growth[$a]}" 'BEGIN{printf "%.2f", (y > 0) ? x / y : 0}')
  # Not growing: the longer file may cost at most a quarter more (or 16 MB) than the short one.
  met=$(awk -v x="${growth[$b]}" -v y="${growth[$a]}" 'BEGIN{print (x <= 1.25 * y || x - y <= 16) ? "yes" : "no"}')
  echo "| Preview $F 1024×768, peak memory over baseline at ${frames[$a]} → ${frames[$b]} frames | +${growth[$a]} → +${growth[$b]} MB | – | – | ${ratio}× | bounded, not growing with frames | $met |" >> "$OUT_DIR/$name.md"
done
cat "$OUT_DIR/$name.md"
