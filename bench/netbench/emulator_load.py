"""Emulator: predictions per second sustained with 50 concurrent clients, errors, and the
emulator's memory (VmRSS) as predictions accumulate. Each client is a thread with its own
keep-alive connection doing what a user's client does: create (tiny input), poll every 20 ms until
terminal, download the output. Time scale 0.01; retention 300 simulated s (3 s real), so data
removal runs throughout; rate limits raised (the defaults, 600 creates/min, would be the limit
measured). RSS is sampled after each batch; "bounded" means it levels off instead of growing with
the number of predictions (judged on the second half of the run). Writes $OUT_DIR/emulator.txt and emulator.md.
"""
import http.client
import json
import os
import select
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as c  # noqa: E402

build, out_dir = c.env("BUILD_DIR"), c.env("OUT_DIR")
quick = c.env("QUICK", "0") == "1"
CLIENTS = 50
BATCH = 250 if quick else 1000
# SDANIM_BENCH_EMULATOR_BATCHES: a longer run, to see whether the RSS flattens (RESULTS.md).
BATCHES = int(os.environ.get("SDANIM_BENCH_EMULATOR_BATCHES", "2" if quick else "8"))
raw = open(os.path.join(out_dir, "emulator.txt"), "w")


def log(*parts):
    print(*parts, file=raw, flush=True)


emu = c.Emulator(build, ["--time-scale", "0.01", "--retention", "300", "--rate-create", "10000000",
                         "--rate-other", "10000000"], os.path.join(out_dir, "emulator.emulator.log"))
BODY = json.dumps({"version": c.VERSION, "input": {"prompt_start": "a", "prompt_end": "b", "width": 128, "height": 128,
                                                   "num_animation_frames": 2, "num_interpolation_steps": 1}})
HEADERS = {"Authorization": "Bearer r8_bench", "Content-Type": "application/json"}
lock = threading.Lock()
state = {"left": 0, "done": 0, "errors": [], "latencies": []}


def reusable(conn):
    """The connection, or a new one if the server closed it while it was idle (what urllib3 checks
    before reusing a pooled connection: a readable idle socket means EOF)."""
    if conn.sock is not None and select.select([conn.sock], [], [], 0)[0]:
        conn.close()
    return conn


def one(conn):
    t0 = time.time()
    reusable(conn)
    conn.request("POST", "/v1/predictions", BODY, HEADERS)
    r = conn.getresponse()
    body = r.read()
    if r.status != 201:
        raise RuntimeError(f"create {r.status} {body[:200]!r}")
    p = json.loads(body)
    while p["status"] not in ("succeeded", "failed", "canceled", "aborted"):
        time.sleep(0.02)
        reusable(conn)
        conn.request("GET", "/v1/predictions/" + p["id"], headers=HEADERS)
        r = conn.getresponse()
        body = r.read()
        if r.status != 200:
            raise RuntimeError(f"get {r.status} {body[:200]!r}")
        p = json.loads(body)
    if p["status"] != "succeeded":
        raise RuntimeError("prediction " + p["status"] + ": " + str(p.get("error")))
    url = p["output"][-1]
    path = url.split("localhost:%d" % emu.port, 1)[1]
    # A fresh connection per download (Connection: close), as a client fetching a file URL of
    # another origin does; an idle keep-alive would hold one of the server's workers meanwhile.
    files = http.client.HTTPConnection("localhost", emu.port, timeout=60)
    files.request("GET", path, headers={"Connection": "close"})
    r = files.getresponse()
    data = r.read()
    files.close()
    if r.status != 200 or not data.startswith(b"GIF"):
        raise RuntimeError(f"file {r.status}")
    return time.time() - t0


def client():
    conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=60)
    while True:
        with lock:
            if state["left"] <= 0:
                break
            state["left"] -= 1
        try:
            latency = one(conn)
            with lock:
                state["done"] += 1
                state["latencies"].append(latency)
        except Exception as e:  # noqa: BLE001 - every failure is an error of the run
            with lock:
                state["errors"].append(str(e))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=60)


samples = []
try:
    time.sleep(0.5)
    samples.append((0, emu.rss_kib(), emu.threads(), 0))
    log(f"# emulator load: {CLIENTS} clients, batches of {BATCH}, --time-scale 0.01 --retention 300")
    log("# batch predictions_total seconds pred_per_s errors rss_kib threads held p50_latency_ms p95_latency_ms")
    rates = []
    total = 0
    for b in range(BATCHES):
        state.update(left=BATCH, done=0, latencies=[])
        errors_before = len(state["errors"])
        t0 = time.time()
        threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        dt = time.time() - t0
        total += state["done"]
        rate = state["done"] / dt
        rates.append(rate)
        time.sleep(3.5)   # past the retention: this batch's data is removable
        # One request lets the emulator sweep removed data (it sweeps on API traffic).
        emu.control("requests")
        if os.environ.get("BENCH_RESET_LOG"):
            emu.reset()
        lat = sorted(state["latencies"])
        rss = emu.rss_kib()
        held = emu.control("predictions")["held"]
        samples.append((total, rss, emu.threads(), held))
        log(b + 1, total, f"{dt:.2f}", f"{rate:.1f}", len(state["errors"]) - errors_before, rss, emu.threads(), held,
            f"{lat[len(lat) // 2] * 1000:.0f}", f"{lat[int(len(lat) * 0.95)] * 1000:.0f}")
    for e in state["errors"][:20]:
        log("error:", e)
finally:
    emu.stop()

errors = len(state["errors"])
rate = c.med(rates)
# Growth over the second half of the run: the request log (20,000 entries) and the retention
# window fill during the first half; what still grows after that is what would grow for ever.
mid = samples[len(samples) // 2]
first, last = mid[1], samples[-1][1]
growth = (last - first) / 1024
per_1000 = growth / ((samples[-1][0] - mid[0]) / 1000) if samples[-1][0] > mid[0] else 0
log("samples (predictions, rss KiB, threads, predictions held):", json.dumps(samples))
md = [
    c.row([f"Emulator: predictions/s, {CLIENTS} concurrent clients ({BATCHES} × {BATCH})", f"{rate:.1f}/s, {errors} errors",
           "—", "—", "—", "sustained, 0 errors", "yes" if errors == 0 else "no"]),
    c.row([f"Emulator: RSS after {mid[0]} → {samples[-1][0]} predictions (held ≤ {max(x[3] for x in samples)})",
           f"{samples[1][1] / 1024:.0f} (after {samples[1][0]}) → {first / 1024:.0f} → {last / 1024:.0f} MiB "
           f"({per_1000:+.1f} MiB per 1,000)", "—", f"idle: {samples[0][1] / 1024:.0f} MiB", "—", "bounded by retention",
           "yes" if per_1000 < 0.5 else f"partly: held ≤ {max(x[3] for x in samples)}, RSS still {per_1000:+.1f} MiB per 1,000"]),
]
with open(os.path.join(out_dir, "emulator.md"), "w") as f:
    f.write("\n".join(md) + "\n")
print("\n".join(md))
