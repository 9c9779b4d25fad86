#!/usr/bin/env bash
# Takes a screenshot of bench_ui_demo under Xvfb.
#   xvfb-run -a -s "-screen 0 1600x1000x24" bench/screenshot-ui-demo.sh <build dir> out.png <seconds> [demo options]
set -euo pipefail
build=$1; out=$2; delay=$3; shift 3
"$build/bench/bench_ui_demo" "$@" >/dev/null 2>&1 &
pid=$!
sleep "$delay"
import -window root -crop 1400x900+0+0 "$out"
kill "$pid"
