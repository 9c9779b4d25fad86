#!/usr/bin/env python3
"""What linking a library costs at start: exec -> first paint of two sdanim binaries made from the same
object files, one linked to the library and one not, beside the empty-window floor, the order of the
three rotating from run to run. Same clock, environment and X/D-Bus setup as exec_to_paint.py (run it
under dbus-run-session and xvfb-run the same way). bench/RESULTS.md ("Exec -> first paint") made the
linked binary by relinking build/sdanim's objects with FFmpeg's libraries added:

  g++ -O2 -g <the objects and LINK_LIBRARIES of build.ninja's "build sdanim:" rule> \
      -Wl,--no-as-needed -lavcodec -lavformat -lavutil -lswscale -lavfilter -o /tmp/sdanim-linked

  link_ab.py BUILD_DIR LINKED_BINARY UNLINKED_BINARY REPS
Prints each run and the medians on stdout."""
import os, statistics, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from returning_user import first_paint_ms, returning_user_env
import subprocess, time

build, linked, unlinked, reps = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
env = returning_user_env("sdanim-link-ab-", SDANIM_REPORT_FIRST_PAINT="1", SDANIM_QUIT_AFTER_FIRST_PAINT="1")
progs = {"empty": [os.path.join(build, "bench", "bench_empty_window")], "linked": [linked], "unlinked": [unlinked]}

def run(cmd):
    return first_paint_ms(cmd, env)

for cmd in progs.values():
    run(cmd)   # warm the page cache; not counted
names = list(progs)
times = {k: [] for k in names}
print("load average: " + open("/proc/loadavg").read().strip())
print("%4s %10s %10s %10s" % ("run", *names))
for i in range(reps):
    for k in names[i % 3:] + names[:i % 3]:
        times[k].append(run(progs[k]))
    print("%4d %10.1f %10.1f %10.1f" % (i + 1, *(times[k][-1] for k in names)))
m = {k: statistics.median(v) for k, v in times.items()}
print("median: empty %.1f ms, sdanim linked %.1f ms (%.2fx), not linked %.1f ms (%.2fx)"
      % (m["empty"], m["linked"], m["linked"] / m["empty"], m["unlinked"], m["unlinked"] / m["empty"]))
print("load average: " + open("/proc/loadavg").read().strip())
