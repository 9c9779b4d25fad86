#!/usr/bin/env python3
"""Threads and idle CPU of the running app with the offline backend (the in-process emulator).

Starts sdanim as a returning user would (offline emulator chosen, welcome seen, fresh HOME), waits
until the emulator listens on 127.0.0.1 (its socket appears among the process's), lets it settle,
then reads /proc/PID/stat (utime + stime) and the voluntary and involuntary context switches of
every thread (/proc/PID/task/*/status: each wake-up of a sleeping thread is one) over an idle
window. Lists every thread by name, at the start of the window and after Qt's idle pools have
expired (QThreadPool threads end after 30 s without work). Run inside an X server and a D-Bus
session (footprint.sh does).

  footprint.py BUILD_DIR SETTLE_S IDLE_S LATE_S
Prints RESULT lines; the rest is raw output."""
import collections, os, subprocess, sys, time

from returning_user import returning_user_env

build, settle, idle, late = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
hz = os.sysconf("SC_CLK_TCK")
env = returning_user_env("sdanim-footprint-")

def cpu_ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])   # utime, stime (fields 14 and 15)

def threads(pid):
    out = []
    for tid in sorted(os.listdir("/proc/%d/task" % pid), key=int):
        try:
            with open("/proc/%d/task/%s/comm" % (pid, tid)) as f: name = f.read().strip()
            sw = 0
            with open("/proc/%d/task/%s/status" % (pid, tid)) as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        sw += int(line.split()[1])
            out.append((int(tid), name, sw))
        except FileNotFoundError:
            pass
    return out

def listening(pid):
    inodes = set()
    for fd in os.listdir("/proc/%d/fd" % pid):
        try:
            link = os.readlink("/proc/%d/fd/%s" % (pid, fd))
        except OSError:
            continue
        if link.startswith("socket:["): inodes.add(link[8:-1])
    with open("/proc/%d/net/tcp" % pid) as f:
        for line in f.readlines()[1:]:
            parts = line.split()
            if parts[3] == "0A" and parts[9] in inodes:   # LISTEN
                return int(parts[1].split(":")[1], 16)
    return 0

def show(label, ts):
    names = collections.Counter(n for _, n, _ in ts)
    print("%s: %d threads: %s" % (label, len(ts), ", ".join("%s×%d" % (n, c) if c > 1 else n for n, c in sorted(names.items()))))

p = subprocess.Popen([os.path.join(build, "sdanim")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    t0 = time.monotonic()
    port = 0
    while time.monotonic() - t0 < 30 and not port:
        time.sleep(0.05)
        port = listening(p.pid)
    if not port:
        raise SystemExit("the offline backend did not start listening within 30 s")
    print("offline emulator listening on 127.0.0.1:%d after %.2f s" % (port, time.monotonic() - t0))
    time.sleep(settle)
    before = threads(p.pid)
    show("after %.0f s" % settle, before)
    c0, sw0 = cpu_ticks(p.pid), {tid: sw for tid, _, sw in before}
    time.sleep(idle)
    c1, after = cpu_ticks(p.pid), threads(p.pid)
    cpu_ms = (c1 - c0) * 1000.0 / hz
    wakeups = {name: 0 for _, name, _ in after}
    for tid, name, sw in after:
        wakeups[name] += sw - sw0.get(tid, 0)
    print("idle %.0f s: CPU %.0f ms (%.3f %% of one core), context switches %d (%.1f/s)"
          % (idle, cpu_ms, cpu_ms / (idle * 10), sum(wakeups.values()), sum(wakeups.values()) / idle))
    print("context switches by thread name during the idle window: " + ", ".join("%s %d" % kv for kv in sorted(wakeups.items())))
    print("RESULT idle seconds=%.0f cpu_ms=%.0f cpu_percent=%.3f switches_per_s=%.1f threads=%d"
          % (idle, cpu_ms, cpu_ms / (idle * 10), sum(wakeups.values()) / idle, len(after)))
    if late > 0:
        time.sleep(late)
        ts = threads(p.pid)
        show("after %.0f s" % (settle + idle + late), ts)
        print("RESULT late seconds=%.0f threads=%d" % (settle + idle + late, len(ts)))
finally:
    p.terminate()
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        p.kill()
