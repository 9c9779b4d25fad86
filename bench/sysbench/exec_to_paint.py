#!/usr/bin/env python3
"""Exec-to-first-paint of sdanim against the floor, a Qt Widgets program that shows one empty
window (bench_empty_window), and, informative, the same window with one line of text
(bench_empty_window --label: what drawing any text costs the first time). All print "first-paint-ns <CLOCK_MONOTONIC ns>" on stderr once
their window's first paint has been flushed, then quit (sdanim with SDANIM_REPORT_FIRST_PAINT=1
and SDANIM_QUIT_AFTER_FIRST_PAINT=1, see ui/FirstPaintWatcher). The time is that stamp minus the
monotonic clock read just before the process is started, the same way for both; runs alternate.
sdanim starts as a returning user would: the offline-emulator backend chosen, the welcome already
seen, in a fresh HOME (empty history). Run it inside one X server and one D-Bus session (startup.sh
does), so neither program starts a bus of its own.

  exec_to_paint.py BUILD_DIR REPS OUT_TXT
Prints one RESULT line; the raw per-run numbers go to OUT_TXT (appended)."""
import os, statistics, subprocess, sys, time

from returning_user import first_paint_ms, returning_user_env

build, reps, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
env = returning_user_env("sdanim-startup-", SDANIM_REPORT_FIRST_PAINT="1", SDANIM_QUIT_AFTER_FIRST_PAINT="1")

def run(cmd):
    return first_paint_ms(cmd, env)

empty_cmd = [os.path.join(build, "bench", "bench_empty_window")]
label_cmd = empty_cmd + ["--label"]   # the same window with one line of text: informative
app_cmd = [os.path.join(build, "sdanim")]
run(empty_cmd); run(label_cmd); run(app_cmd)   # warm the page cache; not counted
empty, label, app = [], [], []
with open(out, "a") as raw:
    raw.write("exec -> first paint, %d runs each, order rotating (ms)\n%4s %12s %12s %12s\n"
              % (reps, "run", "empty window", "one label", "sdanim"))
    for i in range(reps):
        times = {}
        order = [("e", empty_cmd), ("l", label_cmd), ("a", app_cmd)]
        for key, cmd in order[i % 3:] + order[:i % 3]:
            times[key] = run(cmd)
        empty.append(times["e"]); label.append(times["l"]); app.append(times["a"])
        raw.write("%4d %12.1f %12.1f %12.1f\n" % (i + 1, times["e"], times["l"], times["a"]))
    me, ml, ma = statistics.median(empty), statistics.median(label), statistics.median(app)
    raw.write("median: empty window %.1f ms, one label %.1f ms, sdanim %.1f ms, ratio %.2f (to one label %.2f)\n"
              % (me, ml, ma, ma / me, ma / ml))
print("RESULT exec_to_paint empty_ms=%.1f label_ms=%.1f sdanim_ms=%.1f ratio=%.2f label_ratio=%.2f"
      % (me, ml, ma, ma / me, ma / ml))
