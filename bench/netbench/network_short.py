"""Network, short runs: `sdanim run` vs the npm client's run() + download, one emulator, runs that
end well inside the 60 s blocking window. Sequential and interleaved (the clients take turns, the
order alternating), the emulator's request log reset before each run, so every logged request
belongs to that run. Writes $OUT_DIR/network-short.txt (raw) and network-short.md (rows).
"""
import atexit
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as c  # noqa: E402

build, out_dir, repo = c.env("BUILD_DIR"), c.env("OUT_DIR"), c.env("REPO")
quick = c.env("QUICK", "0") == "1"
N = 3 if quick else 20
SCALE = "0.1" if quick else "1"


def tiny(seed):
    return {"prompt_start": "a lighthouse at dawn", "prompt_end": "a lighthouse at night", "width": 128, "height": 128,
            "num_animation_frames": 2, "num_interpolation_steps": 1, "seed": seed}


raw = open(os.path.join(out_dir, "network-short.txt"), "w")


def log(*parts):
    print(*parts, file=raw, flush=True)


work = tempfile.mkdtemp(prefix="sdanim-bench-short-")
atexit.register(shutil.rmtree, work, True)
emu = c.Emulator(build, ["--time-scale", SCALE, "--rate-create", "100000", "--rate-other", "1000000"],
                 os.path.join(out_dir, "network-short.emulator.log"))
home = os.path.join(work, "home")
os.makedirs(home)
log(f"# network-short: {N} predictions per client, emulator --time-scale {SCALE}, input {json.dumps(tiny(0))}")
log("# columns: client seed requests(kinds) wall_file_ms wall_exit_ms status id")

results = {"sdanim": [], "npm-block": [], "npm-create-wait": []}
cold = None
try:
    # The first `sdanim run` on a fresh data directory fetches the model version once and caches it.
    emu.reset()
    r = c.sdanim_run(build, emu.api, tiny(999), os.path.join(work, "out"), home)
    if r.wait() != 0:
        raise SystemExit("sdanim run failed: " + r.stderr[-2000:])
    cold = c.count_kinds(emu.requests())
    log("cold-cache sdanim run:", json.dumps(cold))

    for i in range(N):
        clients = ["sdanim", "npm-block", "npm-create-wait"]
        if i % 2:
            clients.reverse()
        for client in clients:
            emu.reset()
            if client == "sdanim":
                run = c.sdanim_run(build, emu.api, tiny(i), os.path.join(work, "out"), home)
                code = run.wait()
                pid, path, _ = c.sdanim_result(run)
                status = "exit %d" % code
                if code != 0 or not path:
                    raise SystemExit("sdanim run failed: " + run.stderr[-2000:])
            else:
                path = os.path.join(work, f"{client}-{i}.gif")
                run = c.npm_run(repo, emu.api, tiny(i), path, client[4:], client)
                run.wait()
                res, _ = c.npm_result(run)
                if not res or res.get("error") or not os.path.isfile(path):
                    raise SystemExit(f"{client} failed: {res} {run.stderr[-2000:]}")
                pid, status = res["id"], res["status"]
            kinds = c.count_kinds(emu.requests())
            wall_file = c.mtime_ms(path) - run.t0
            wall_exit = run.exit_ms - run.t0
            results[client].append({"requests": kinds["total"], "kinds": kinds, "wall_file": wall_file, "wall_exit": wall_exit})
            log(client, i, kinds["total"], json.dumps(kinds), f"{wall_file:.1f}", f"{wall_exit:.1f}", status, pid)
finally:
    emu.stop()

summary = {}
for client, rows in results.items():
    summary[client] = {
        "requests": c.med([x["requests"] for x in rows]),
        "requests_mean": sum(x["requests"] for x in rows) / len(rows),
        "wall_file": c.med([x["wall_file"] for x in rows]),
        "wall_exit": c.med([x["wall_exit"] for x in rows]),
        "kinds": rows[0]["kinds"],
    }
log("summary:", json.dumps(summary))

s, b, w = summary["sdanim"], summary["npm-block"], summary["npm-create-wait"]


def kinds_text(k):
    return ", ".join(f"{k[n]} {n}" for n in ("model", "create", "stream", "poll", "file") if k.get(n))


label = f"{N} runs, 128², 2 frames, time scale {SCALE}"
md = [
    c.row([f"Short runs: requests per prediction ({label})", f"{s['requests_mean']:.2f} ({kinds_text(s['kinds'])})",
           f"npm run(): {b['requests_mean']:.2f} ({kinds_text(b['kinds'])})", "—",
           f"{s['requests_mean'] / b['requests_mean']:.2f}×", "≤ peer",
           "yes" if s["requests_mean"] <= b["requests_mean"] else "no (+1: the final GET, see RESULTS.md)"]),
    c.row(["Short runs: requests, peer brought to the final state (create + wait())", f"{s['requests_mean']:.2f}",
           f"npm create+wait(): {w['requests_mean']:.2f} ({kinds_text(w['kinds'])})", "—",
           f"{s['requests_mean'] / w['requests_mean']:.2f}×", "≤ peer", "yes" if s["requests_mean"] <= w["requests_mean"] else "no"]),
    c.row([f"Short runs: wall time, start → file on disk (median, {label})", c.fmt_ms(s["wall_file"]),
           f"npm run(): {c.fmt_ms(b['wall_file'])}", "—", f"{s['wall_file'] / b['wall_file']:.2f}×", "≤ peer",
           "yes" if s["wall_file"] <= b["wall_file"] else "no"]),
    c.row(["Short runs: wall time, start → process exit (median)", c.fmt_ms(s["wall_exit"]),
           f"npm run(): {c.fmt_ms(b['wall_exit'])}; create+wait(): {c.fmt_ms(w['wall_exit'])}", "—",
           f"{s['wall_exit'] / b['wall_exit']:.2f}×", "(informative)", "—"]),
]
if cold:
    md.append(c.row(["Short runs: first `sdanim run` with an empty version cache", f"{cold['total']} ({kinds_text(cold)})",
                     "—", "—", "—", "(informative)", "—"]))
with open(os.path.join(out_dir, "network-short.md"), "w") as f:
    f.write("\n".join(md) + "\n")
print("\n".join(md))
