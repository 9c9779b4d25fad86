#!/usr/bin/env bash
# Export (bench/RESULTS.md): a local re-export of the model's largest output — a 785-frame 1024×768
# GIF (F = 50 with 10 FILM steps, as in the Preview suite) — to MP4 (H.264) and to WebM (VP9)
# through the real ui::ExportDialog (bench_export), timed, with the longest UI-thread stall (a 1 ms
# timer's worst lag, goal ≤ 50 ms) and, beside it, the same timer in an idle process (the floor).
# Peer: the ffmpeg CLI making the same file with the same encoder settings and 2 threads.
# Quick: the 49-frame GIF (F = 4).
# Env: OUT_DIR, BUILD_DIR, QUICK, REPO (bench/run-all).
set -euo pipefail
name=export
bench=$BUILD_DIR/bench/bench_export
preview=$BUILD_DIR/bench/bench_preview
[ -x "$bench" ] || cmake --build "$BUILD_DIR" --target bench_export >&2
[ -x "$preview" ] || cmake --build "$BUILD_DIR" --target bench_preview >&2
cache=$BUILD_DIR/bench-cache/preview
mkdir -p "$cache"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QT_MEDIA_BACKEND=ffmpeg
if [ "$QUICK" = 1 ]; then f=4; else f=50; fi
source=$cache/out-1024x768-f$f-n10.gif
raw=$OUT_DIR/$name.txt
: > "$raw"
if [ ! -s "$source" ]; then
  echo "\$ bench_preview --render $source --format gif --frames $f --steps 10 --width 1024 --height 768" >> "$raw"
  "$preview" --render "$source" --format gif --frames "$f" --steps 10 --width 1024 --height 768 >> "$raw" 2>&1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/sdanim-bench-export.XXXXXX")
trap 'rm -rf "$work"' EXIT
{
  echo "# bench_export: ui::ExportDialog (offscreen) re-exports $(basename "$source") ($(stat -c %s "$source") bytes)"
  echo "# 1 ms PreciseTimer lag sampled on the UI thread; peer: ffmpeg $(ffmpeg -version | head -1 | cut -d' ' -f3) CLI, -threads 2"
  echo "# quick=$QUICK load average: $(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$raw"

declare -A secs lag floor peer frames
for format in mp4 webm; do
  out=$work/out.$format
  # The floor: the idle timer runs beside the export for about as long as it takes.
  if [ "$QUICK" = 1 ]; then seconds=8; elif [ $format = mp4 ]; then seconds=20; else seconds=90; fi
  "$preview" --idle "$seconds" > "$work/idle.txt" 2>/dev/null &
  idle_pid=$!
  echo "\$ bench_export --source $(basename "$source") --format $format --out out.$format   (beside: bench_preview --idle $seconds)" >> "$raw"
  result=$("$bench" --source "$source" --format "$format" --out "$out" 2>>"$raw" | grep '^RESULT ')
  wait "$idle_pid" || true
  echo "$result" >> "$raw"
  cat "$work/idle.txt" >> "$raw"
  probe=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=codec_name,width,height,r_frame_rate,nb_read_frames -of csv=p=0 "$out")
  echo "ffprobe: $probe" >> "$raw"
  val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }
  secs[$format]=$(val seconds)
  lag[$format]=$(val max_lag_ms)
  frames[$format]=$(val frames)
  floor[$format]=$(sed -n 's/.* max_lag_ms=\([^ ]*\).*/\1/p' "$work/idle.txt")
  if [ $format = mp4 ]; then
    args=(-c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p -movflags +faststart)
  else
    args=(-c:v libvpx-vp9 -crf 32 -b:v 0 -deadline good -cpu-used 5 -row-mt 1 -pix_fmt yuv420p)
  fi
  echo "\$ ffmpeg -threads 2 -i $(basename "$source") ${args[*]} -threads 2 peer.$format" >> "$raw"
  start=$(date +%s.%N)
  ffmpeg -v error -y -threads 2 -i "$source" "${args[@]}" -threads 2 "$work/peer.$format" >> "$raw" 2>&1
  peer[$format]=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b - a}')
  echo "ffmpeg: ${peer[$format]} s" >> "$raw"
done

: > "$OUT_DIR/$name.md"
for format in mp4 webm; do
  case $format in mp4) F="MP4 (H.264)";; webm) F="WebM (VP9)";; esac
  ratio=$(awk -v x="${secs[$format]}" -v y="${peer[$format]}" 'BEGIN{printf "%.2f", (y > 0) ? x / y : 0}')
  met=$(awk -v r="$ratio" 'BEGIN{print (r <= 1.5) ? "yes" : "no"}')
  echo "| Export ${frames[$format]}-frame 1024×768 GIF → $F, wall time | ${secs[$format]} s | ffmpeg CLI: ${peer[$format]} s | – | ${ratio}× | ≤ 1.5× ffmpeg | $met |" >> "$OUT_DIR/$name.md"
  met=$(awk -v x="${lag[$format]}" 'BEGIN{print (x <= 50) ? "yes" : "no"}')
  ratio=$(awk -v x="${lag[$format]}" -v y="${floor[$format]}" 'BEGIN{printf "%.1f", (y > 0) ? x / y : 0}')
  echo "| Export → $F, longest UI-thread stall while exporting | ${lag[$format]} ms | – | idle process beside it: ${floor[$format]} ms | ${ratio}× | ≤ 50 ms | $met |" >> "$OUT_DIR/$name.md"
done
cat "$OUT_DIR/$name.md"
