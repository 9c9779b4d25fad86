"""Network, long runs: default inputs on a cold-booting model, so every run outlasts the 60 s
blocking window; all predictions of all clients run at once on one emulator. Clients: `sdanim run`,
the npm client's run() with wait: {mode: "poll"}, and run() in its default (block) mode.

Per prediction: the requests that are its own (GET /v1/predictions/<id>, its stream, its files, by
path; creates and model fetches by User-Agent), and the delays from the emulator marking it
terminal (completed_at_ms of GET /_emulator/predictions) to (a) the output file being complete on
disk (its mtime) and (b) the client having the file *and* the final state (sdanim: the moment it
printed the path; npm: when the download finished after run() returned). Floor: curl fetching the
same file afterwards (the bare transfer). Writes $OUT_DIR/network-long.txt and network-long.md.
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
PER_CLIENT = 2 if quick else 4
# Full: real time. A warm default run takes 58.9 s (4 s starting + 54.92 s predict, docs/emulator.md),
# just inside the window; a 15 s cold boot (a real cold start of this model takes minutes) makes
# it 69.9 s. Quick: the same run at a tenth of the time, with the blocking window scaled alike
# (--scale-wait), so it is still outlasted; the clients' own poll intervals are not scaled, so
# quick request counts are not the reported ones.
SCALE = "0.1" if quick else "1"
COLD_BOOT = "15"
EMU_ARGS = ["--time-scale", SCALE, "--cold-boot-seconds", COLD_BOOT, "--rate-create", "100000", "--rate-other", "1000000"]
if quick:
    EMU_ARGS.append("--scale-wait")


def default_input(seed):
    return {"prompt_start": "a lighthouse at dawn", "prompt_end": "a lighthouse at night", "seed": seed}


raw = open(os.path.join(out_dir, "network-long.txt"), "w")


def log(*parts):
    print(*parts, file=raw, flush=True)


work = tempfile.mkdtemp(prefix="sdanim-bench-long-")
atexit.register(shutil.rmtree, work, True)
emu = c.Emulator(build, EMU_ARGS, os.path.join(out_dir, "network-long.emulator.log"))
home = os.path.join(work, "home")
os.makedirs(home)
log(f"# network-long: {PER_CLIENT} predictions per client, all at once; emulator {' '.join(EMU_ARGS)}; default inputs + seed")

runs = []
try:
    # The version cache is warm, as after any earlier run (the cold fetch is measured in network-short).
    warm = c.sdanim_run(build, emu.api, {"prompt_start": "a", "prompt_end": "b", "width": 128, "height": 128,
                                         "num_animation_frames": 2}, os.path.join(work, "warm"), home)
    if warm.wait() != 0:
        raise SystemExit("warm-up sdanim run failed: " + warm.stderr[-2000:])
    emu.reset()
    seed = 0
    for i in range(PER_CLIENT):
        for client in ("sdanim", "npm-poll", "npm-block"):
            seed += 1
            if client == "sdanim":
                r = c.sdanim_run(build, emu.api, default_input(seed), os.path.join(work, f"sdanim-{i}"), home)
            else:
                r = c.npm_run(repo, emu.api, default_input(seed), os.path.join(work, f"{client}-{i}.gif"), client[4:], client)
            runs.append((client, i, r))
    for client, i, r in runs:
        r.wait(900)
    entries = emu.requests()
    timelines = emu.predictions()
    rows = []
    for client, i, r in runs:
        item = {"client": client, "i": i}
        if client == "sdanim":
            pid, path, printed = c.sdanim_result(r)
            item.update(id=pid, path=path, done_ms=printed, exit=r.proc.returncode, status="exit %d" % r.proc.returncode)
            if not pid:
                item["error"] = r.stderr[-1500:]
        else:
            res, _ = c.npm_result(r)
            res = res or {"error": r.stderr[-1500:]}
            item.update(id=res.get("id"), status=res.get("status"), output=res.get("output"), error=res.get("error"))
            path = os.path.join(work, f"{client}-{i}.gif")
            item["path"] = path if os.path.isfile(path) else None
            item["done_ms"] = res.get("file_done_ms")
        tl = timelines.get(item["id"]) if item["id"] else None
        item["emulator_status"] = tl["status"] if tl else None
        if tl:
            own = c.requests_of(entries, tl)
            item["kinds"] = c.count_kinds(own)
            item["terminal_ms"] = tl["completed_at_ms"]
            item["video_yield_ms"] = tl["outputs"][-1]["at_ms"] if tl["outputs"] else None
            item["run_s"] = (tl["completed_at_ms"] - tl["created_at_ms"]) / 1000 if tl["completed_at_ms"] else None
            if item["path"] and tl["completed_at_ms"]:
                item["file_delay"] = c.mtime_ms(item["path"]) - tl["completed_at_ms"]
                item["done_delay"] = max(c.mtime_ms(item["path"]), item["done_ms"]) - tl["completed_at_ms"]
            if tl["outputs"]:
                url = emu.base.replace("127.0.0.1", "localhost") + tl["outputs"][-1]["path"]
                item["curl_ms"] = c.curl_time_ms(url, os.path.join(work, "curl.gif"))
                item["bytes"] = os.path.getsize(os.path.join(work, "curl.gif"))
        rows.append(item)
    # Creates and model fetches carry no prediction id: counted per client by User-Agent.
    by_agent = {"sdanim": "sdanim/", "npm-poll": "replicate-javascript/bench-npm-poll",
                "npm-block": "replicate-javascript/bench-npm-block"}
    shared = {}
    for client, prefix in by_agent.items():
        mine = [e for e in entries if e["headers"].get("user-agent", "").startswith(prefix)
                and c.classify(e) in ("create", "model", "list")]
        shared[client] = c.count_kinds(mine)
    for item in rows:
        log(json.dumps(item))
    log("creates/model fetches by client:", json.dumps(shared))
finally:
    emu.stop()


def per_client(client):
    mine = [x for x in rows if x["client"] == client]
    n = len(mine)
    own = sum(x.get("kinds", {}).get("total", 0) for x in mine)
    total = own + shared[client]["total"]
    return {
        "n": n,
        "requests": total / n,
        "polls": sum(x.get("kinds", {}).get("poll", 0) for x in mine) / n,
        "files_ok": sum(1 for x in mine if x.get("path")),
        "null_outputs": sum(1 for x in mine if x["client"] != "sdanim" and not x.get("output")),
        "file_delay": c.med([x.get("file_delay") for x in mine]),
        "done_delay": c.med([x.get("done_delay") for x in mine]),
        "curl": c.med([x.get("curl_ms") for x in mine]),
        "run_s": c.med([x.get("run_s") for x in mine]),
        "bytes": c.med([x.get("bytes") for x in mine]),
    }


S, P, B = per_client("sdanim"), per_client("npm-poll"), per_client("npm-block")
log("summary:", json.dumps({"sdanim": S, "npm-poll": P, "npm-block": B}))
floor = c.med([x.get("curl_ms") for x in rows])
label = f"{PER_CLIENT} per client at once, default input, run {S['run_s']:.1f} s, time scale {SCALE}"


def ratio(a, b):
    return "—" if a is None or b is None or b <= 0 else f"{a / b:.1f}×"


sd_file = max(S["file_delay"], 0) if S["file_delay"] is not None else None
md = [
    c.row([f"Long runs: requests per prediction ({label})", f"{S['requests']:.2f}",
           f"npm poll: {P['requests']:.1f}", "—", f"{P['requests'] / S['requests']:.1f}× fewer", "≥ 10× fewer",
           "yes" if P["requests"] >= 10 * S["requests"] else "no"]),
    c.row(["Long runs: terminal → file on disk (median)",
           f"{c.fmt_ms(S['file_delay'])} (file on disk before the terminal mark)" if S["file_delay"] is not None and S["file_delay"] < 0
           else c.fmt_ms(S["file_delay"]),
           f"npm poll: {c.fmt_ms(P['file_delay'])}", f"curl: {c.fmt_ms(floor)}",
           "∞ (ours ≤ 0)" if sd_file == 0 else ratio(P["file_delay"], sd_file), "≥ 5× lower; ≤ 1.5× floor",
           "yes" if sd_file is not None and P["file_delay"] is not None and sd_file * 5 <= P["file_delay"] and sd_file <= 1.5 * floor else "no"]),
    c.row(["Long runs: terminal → file and final state both in hand (median)", c.fmt_ms(S["done_delay"]),
           f"npm poll: {c.fmt_ms(P['done_delay'])}", f"curl: {c.fmt_ms(floor)}", ratio(P["done_delay"], S["done_delay"]),
           "≥ 5× lower", "yes" if S["done_delay"] is not None and P["done_delay"] is not None and S["done_delay"] * 5 <= P["done_delay"] else "no"]),
    c.row(["Long runs: npm run() in its default (block) mode", f"{S['files_ok']}/{S['n']} files",
           f"npm block: {B['null_outputs']}/{B['n']} returned null, {B['files_ok']}/{B['n']} files; {B['requests']:.1f} requests",
           "—", "—", "(result)", "—"]),
]
with open(os.path.join(out_dir, "network-long.md"), "w") as f:
    f.write("\n".join(md) + "\n")
print("\n".join(md))
