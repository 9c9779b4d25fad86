#!/usr/bin/env python3
"""Soak: many `sdanim run`s against one standalone `sdanim-emulator` with random injected faults,
kill -9 of the client mid-run (then `sdanim history --resume`), and two client processes sharing one
history for part of it. Afterwards every invariant below is checked; any violation exits 1.

  * `PRAGMA integrity_check` of the history database is `ok`;
  * every prediction the emulator created is in the history exactly once, with the emulator's final
    status, and no history row names a prediction the emulator does not know;
  * no run created more than one prediction (each run has its own prompt);
  * every succeeded prediction has all its files, byte for byte the emulator's, and ffprobe decodes
    the video;
  * the API token is in no file under the data, config and output folders.

Python 3 standard library only. Loopback only. Every loop is bounded in count and in time; the
random seed (fixed by default) is printed so a failing run can be repeated.

  python3 tests/soak/soak.py [--build-dir build] [--runs 200] [--kills 6] [--seed 8]
"""
import argparse
import hashlib
import http.client
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

TERMINAL = {"succeeded", "failed", "canceled", "aborted"}


def log(message):
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", flush=True)


class Emulator:
    """A standalone sdanim-emulator on an ephemeral loopback port."""

    def __init__(self, binary, token, time_scale, workdir):
        self.token = token
        self.stdout = open(os.path.join(workdir, "emulator.log"), "w+")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [binary, "--port", "0", "--time-scale", str(time_scale), "--token", token,
             "--retention", "100000", "--storage", os.path.join(workdir, "emulator-files")],
            stdout=self.stdout, stderr=subprocess.STDOUT, env=env)
        self.api = self.control = None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and (self.api is None or self.control is None):
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
            self.stdout.seek(0)
            for line in self.stdout.read().splitlines():
                if " listening on " in line:
                    self.api = line.split(" listening on ", 1)[1].strip()
                if " control on " in line:
                    self.control = line.split(" control on ", 1)[1].strip().rstrip("/")
        if self.api is None or self.control is None:
            raise RuntimeError("sdanim-emulator did not start")
        for url in (self.api, self.control):
            host = urllib.request.urlparse(url).hostname
            if host not in ("127.0.0.1", "localhost"):
                raise RuntimeError(f"not a loopback address: {url}")

    def request(self, method, url, body=None, auth=True, attempts=20):
        """JSON request; retried (bounded) because the fault plan may hit the soak's own requests."""
        data = None if body is None else json.dumps(body).encode()
        last = None
        for _ in range(attempts):
            req = urllib.request.Request(url, data=data, method=method)
            if data is not None:
                req.add_header("Content-Type", "application/json")
            if auth:
                req.add_header("Authorization", "Bearer " + self.token)
            try:
                with urllib.request.urlopen(req, timeout=20) as reply:
                    return json.loads(reply.read().decode())
            except (urllib.error.URLError, http.client.HTTPException, ValueError, OSError) as error:
                last = error
                time.sleep(0.3)
        raise RuntimeError(f"{method} {url}: {last}")

    def set_faults(self, plan):
        self.request("POST", self.control + "/faults", plan, auth=False)

    def reset(self):
        self.request("POST", self.control + "/reset", {}, auth=False)

    def predictions(self):
        """Every prediction on the emulator, newest first, through `next` (bounded)."""
        url, found = self.api + "/predictions", []
        for _ in range(100):
            page = self.request("GET", url)
            found += page.get("results", [])
            url = page.get("next")
            if not url:
                return found
        raise RuntimeError("the prediction list did not end within 100 pages")

    def download(self, url):
        with urllib.request.urlopen(url, timeout=30) as reply:
            return reply.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.stdout.close()


def random_fault_plan(rng):
    """None half of the time; otherwise one or two of the emulator's faults (docs/emulator.md)."""
    if rng.random() < 0.5:
        return {}
    choices = [
        lambda: {"rate_limit_burst": rng.randint(1, 3)},
        lambda: {"server_errors": [rng.choice([500, 502, 503]) for _ in range(rng.randint(1, 2))]},
        lambda: {"drop_json": rng.randint(1, 2)},
        lambda: {"drop_file": 1},
        lambda: {"malformed_json": 1},
        lambda: {"abort": 1},
        lambda: {"stuck_starting": 1},
        lambda: {"latency_ms": rng.randint(50, 300)},
        lambda: {"duplicate_keys": True},
        lambda: {"varied_timestamps": True},
        lambda: {"legacy_shapes": True},
    ]
    plan = {}
    for make in rng.sample(choices, rng.randint(1, 2)):
        plan.update(make())
    return plan


class Soak:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.started = time.monotonic()
        self.workdir = tempfile.mkdtemp(prefix="sdanim-soak-")
        self.home = os.path.join(self.workdir, "home")
        self.out = os.path.join(self.home, "out")
        self.logs = os.path.join(self.workdir, "logs")
        os.makedirs(self.logs)
        os.makedirs(self.out)
        os.chmod(self.home, 0o700)   # it is XDG_RUNTIME_DIR too
        self.token = "r8_soak" + "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
        # Copies: a rebuild in the build folder during the soak must not swap the binaries under it.
        bindir = os.path.join(self.workdir, "bin")
        os.makedirs(bindir)
        for name in ("sdanim", "sdanim-emulator"):
            shutil.copy2(os.path.join(args.build_dir, name), bindir)
        self.sdanim = os.path.join(bindir, "sdanim")
        self.emulator_binary = os.path.join(bindir, "sdanim-emulator")
        self.lock = threading.Lock()     # the fault plan and the shared random generator
        self.results = {}                # run index → (exit code or "killed"/"timeout", log path)
        self.resumes = []                # (exit code, log path)
        self.violations = []
        self.website_cancels = set()     # prediction ids the canceller canceled
        self.stopping = False
        self.children = set()            # client processes running now (killed if the soak is stopped)

    # -- clients -------------------------------------------------------------------------------
    def environment(self):
        env = {k: v for k, v in os.environ.items()
               if k not in ("DBUS_SESSION_BUS_ADDRESS", "REPLICATE_API_TOKEN", "REPLICATE_BASE_URL")}
        env.update(HOME=self.home, XDG_DATA_HOME=os.path.join(self.home, "data"),
                   XDG_CONFIG_HOME=os.path.join(self.home, "config"), XDG_RUNTIME_DIR=self.home,
                   QT_QPA_PLATFORM="offscreen", REPLICATE_API_TOKEN=self.token)
        return env

    def common(self):
        return ["--base-url", self.emulator.api, "--out", self.out]

    def over_budget(self):
        return self.stopping or time.monotonic() - self.started > self.args.budget

    def run_one(self, index, kill):
        prompt = f"soak run {index}"
        with self.lock:
            if self.rng.random() < 0.05:
                prompt = "nsfw " + prompt   # the model's NSFW failure
            fmt = self.rng.choice(["gif", "gif", "mp4"])
            plan = random_fault_plan(self.rng)
            kill_delay = self.rng.uniform(0.0, 0.15)
            self.emulator.set_faults(plan)
        argv = [self.sdanim, "run", "--prompt-start", prompt, "--prompt-end", "soak end",
                "--width", "128", "--height", "128", "--num-animation-frames", "2",
                "--num-interpolation-steps", "1", "--output-format", fmt] + self.common()
        path = os.path.join(self.logs, f"run-{index:03d}.log")
        with open(path, "w") as logfile:
            logfile.write(f"# plan {json.dumps(plan)} kill={kill}\n# {' '.join(argv)}\n")
            logfile.flush()
            process = subprocess.Popen(argv, stdout=logfile, stderr=subprocess.STDOUT, env=self.environment())
            self.children.add(process)
            deadline = time.monotonic() + self.args.run_timeout
            created_at = None
            while process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
                if created_at is None and "Prediction " in open(path).read():
                    created_at = time.monotonic()
                if kill and created_at is not None and time.monotonic() - created_at >= kill_delay:
                    os.kill(process.pid, signal.SIGKILL)
                    process.wait()
                    self.children.discard(process)
                    self.results[index] = ("killed", path)
                    return True
            self.children.discard(process)
            if process.poll() is None:
                process.kill()
                process.wait()
                self.results[index] = ("timeout", path)
                self.violations.append(f"run {index} did not end within {self.args.run_timeout} s (log {path})")
                return False
            self.results[index] = (process.returncode, path)
            if process.returncode not in (0, 3, 4, 5):
                self.violations.append(f"run {index} exited {process.returncode} (log {path})")
            return False

    def canceller(self, stop):
        """Plays the user on the website: a prediction held in `starting` (the stuck_starting fault)
        for more than 3 s is canceled there. Its own requests meet the faults too, hence the retries."""
        first_seen = {}
        while not stop.wait(1.0):
            try:
                for p in self.emulator.predictions():
                    if p.get("status") != "starting":
                        continue
                    seen = first_seen.setdefault(p["id"], time.monotonic())
                    if time.monotonic() - seen > 3:
                        self.emulator.request("POST", f"{self.emulator.api}/predictions/{p['id']}/cancel", {})
                        self.website_cancels.add(p["id"])
            except Exception as error:   # noqa: BLE001 - the canceller must outlive any one reply
                log(f"the canceller's request failed for now: {error}")

    def resume(self, label):
        path = os.path.join(self.logs, f"resume-{len(self.resumes):02d}-{label}.log")
        with open(path, "w") as logfile:
            try:
                code = subprocess.run([self.sdanim, "history", "--resume"] + self.common(), stdout=logfile,
                                      stderr=subprocess.STDOUT, env=self.environment(),
                                      timeout=self.args.run_timeout * 2).returncode
            except subprocess.TimeoutExpired:
                code = "timeout"
        self.resumes.append((code, path))
        # 4: a resumed prediction did not succeed; 3 (mid-run only): the faults kept the server away.
        if code not in ((0, 4) if label == "final" else (0, 3, 4)):
            self.violations.append(f"history --resume ({label}) exited {code} (log {path})")

    def lane(self, indices, kills):
        for index in indices:
            if self.over_budget():
                return
            if self.run_one(index, index in kills):
                self.resume(f"after-kill-{index}")

    def drive(self):
        runs = self.args.runs
        # Phase 1: one client; phase 2: two clients on one history; phase 3: one client again.
        first, second = runs * 3 // 10, runs * 8 // 10
        order = list(range(runs))
        kills = set(self.rng.sample(range(1, runs), min(self.args.kills, runs - 1)))
        # At least two kills fall while the other client is running, if there is such a phase.
        two = [i for i in range(first, second)]
        if len(two) >= 2 and len(kills & set(two)) < 2:
            kills |= set(self.rng.sample(two, 2))
        log(f"{runs} runs, kill -9 after runs {sorted(kills)} were created, phases 0-{first - 1} "
            f"(1 client), {first}-{second - 1} (2 clients), {second}-{runs - 1} (1 client)")
        self.lane(order[:first], kills)
        lanes = [threading.Thread(target=self.lane, args=(order[first:second][k::2], kills), daemon=True)
                 for k in range(2)]
        for t in lanes:
            t.start()
        for t in lanes:
            t.join()
        self.lane(order[second:], kills)
        return kills

    # -- afterwards ----------------------------------------------------------------------------
    def settle_emulator(self):
        """Faults off; anything still `starting` after 5 s (a stuck one whose client was killed) is canceled."""
        self.emulator.reset()
        begin = time.monotonic()
        while time.monotonic() - begin < 60:
            open_ones = [p for p in self.emulator.predictions() if p.get("status") not in TERMINAL]
            if not open_ones:
                return
            if time.monotonic() - begin > 5:
                for p in open_ones:
                    if p.get("status") == "starting":
                        log(f"canceling {p['id']}, still starting (stuck by the fault)")
                        self.emulator.request("POST", f"{self.emulator.api}/predictions/{p['id']}/cancel", {})
            time.sleep(0.5)
        self.violations.append("the emulator still had predictions that were not terminal after 60 s")

    def history(self):
        done = subprocess.run([self.sdanim, "history", "--json", "--limit", "0"], capture_output=True, text=True,
                              env=self.environment(), timeout=60)
        if done.returncode != 0:
            self.violations.append(f"sdanim history --json exited {done.returncode}: {done.stderr.strip()}")
            return []
        return json.loads(done.stdout or "[]")

    def check(self):
        db = os.path.join(self.home, "data", "sdanim", "history.sqlite")
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
            integrity = con.execute("PRAGMA integrity_check").fetchall()
            con.close()
        except sqlite3.Error as error:
            integrity = [(f"cannot open: {error}",)]
        if integrity != [("ok",)]:
            self.violations.append(f"PRAGMA integrity_check: {integrity}")

        server = {p["id"]: p for p in self.emulator.predictions()}
        rows = self.history()
        by_id = {}
        for r in rows:
            if r.get("id"):
                by_id.setdefault(r["id"], []).append(r)
        unsent = [r for r in rows if not r.get("id")]
        per_prompt = {}
        for p in server.values():
            per_prompt.setdefault(p.get("input", {}).get("prompt_start"), []).append(p["id"])
        for prompt, ids in sorted(per_prompt.items(), key=lambda kv: str(kv[0])):
            if len(ids) > 1:
                self.violations.append(f"one run created {len(ids)} predictions ({prompt!r}): {ids}")
        for pid, p in sorted(server.items()):
            found = by_id.get(pid, [])
            prompt = p.get("input", {}).get("prompt_start")
            if len(found) != 1:
                self.violations.append(f"prediction {pid} ({prompt!r}, {p['status']}) is in the history "
                                       f"{len(found)} times")
                continue
            row = found[0]
            if row.get("status") != p.get("status"):
                self.violations.append(f"prediction {pid} ({prompt!r}): history says {row.get('status')!r}, "
                                       f"the emulator {p.get('status')!r}")
            if p.get("status") == "succeeded":
                self.check_files(pid, prompt, p, row)
        for pid in sorted(set(by_id) - set(server)):
            self.violations.append(f"history row {pid} names a prediction the emulator never created")

        leaks = []
        for top in ("data", "config", "out"):
            for root, _, files in os.walk(os.path.join(self.home, top)):
                for name in files:
                    path = os.path.join(root, name)
                    with open(path, "rb") as f:
                        if self.token.encode() in f.read():
                            leaks.append(path)
        for path in leaks:
            self.violations.append(f"the API token is in {path}")
        return server, rows, unsent

    def check_files(self, pid, prompt, prediction, row):
        outputs = prediction.get("output") or []
        if isinstance(outputs, str):
            outputs = [outputs]
        local = {f.get("index"): f.get("path") for f in row.get("local_files", [])}
        if sorted(local) != list(range(len(outputs))):
            self.violations.append(f"prediction {pid} ({prompt!r}): local files at indexes {sorted(local)}, "
                                   f"the emulator has {len(outputs)} outputs")
        for index, url in enumerate(outputs):
            path = local.get(index)
            if not path or not os.path.isfile(path):
                self.violations.append(f"prediction {pid}: output {index} has no file ({path})")
                continue
            with open(path, "rb") as f:
                mine = f.read()
            theirs = self.emulator.download(url)
            if hashlib.sha256(mine).digest() != hashlib.sha256(theirs).digest():
                self.violations.append(f"prediction {pid}: {path} has {len(mine)} bytes, differs from the "
                                       f"emulator's {len(theirs)} bytes")
            if path.endswith((".gif", ".mp4")):
                probe = subprocess.run(["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                                        "-show_entries", "stream=nb_read_frames", "-of", "default=nw=1:nk=1", path],
                                       capture_output=True, text=True, timeout=60)
                frames = probe.stdout.strip()
                if probe.returncode != 0 or probe.stderr.strip() or not frames.isdigit() or int(frames) == 0:
                    self.violations.append(f"prediction {pid}: ffprobe cannot decode {path}: "
                                           f"{probe.stderr.strip() or frames}")

    def main(self):
        log(f"seed {self.args.seed}, work dir {self.workdir}")
        self.emulator = Emulator(self.emulator_binary, self.token,
                                 self.args.time_scale, self.workdir)
        log(f"emulator at {self.emulator.api}")
        stop = threading.Event()
        canceller = threading.Thread(target=self.canceller, args=(stop,), daemon=True)
        canceller.start()
        try:
            try:
                kills = self.drive()
            finally:
                stop.set()
                canceller.join()
            ran = len(self.results)
            if ran < self.args.runs:
                self.violations.append(f"time budget of {self.args.budget} s spent after {ran} of {self.args.runs} runs")
            self.settle_emulator()
            self.resume("final")
            server, rows, unsent = self.check()
        finally:
            self.stopping = True
            for child in list(self.children):
                child.kill()
            self.emulator.stop()
        codes = {}
        for code, _ in self.results.values():
            codes[code] = codes.get(code, 0) + 1
        statuses = {}
        for p in server.values():
            statuses[p["status"]] = statuses.get(p["status"], 0) + 1
        log(f"runs: {ran}, exit codes {dict(sorted(codes.items(), key=str))}; kill -9: "
            f"{sum(1 for c, _ in self.results.values() if c == 'killed')} (planned {len(kills)}); "
            f"resumes: {len(self.resumes)}; canceled on the \"website\" while stuck: {len(self.website_cancels)}")
        log(f"emulator: {len(server)} predictions {dict(sorted(statuses.items()))}; history: {len(rows)} rows "
            f"({len(unsent)} without a server id: creates that never reached the emulator)")
        log(f"elapsed {time.monotonic() - self.started:.0f} s, seed {self.args.seed}, logs in {self.logs}"
            + ("" if self.violations else " (removed: no violation)"))
        if self.violations:
            log(f"FAILED: {len(self.violations)} violation(s):")
            for v in self.violations:
                print("  - " + v, flush=True)
            return 1
        log("OK: every invariant holds")
        # Kept on failure for its logs; on success it is ~120 MB nobody reads.
        shutil.rmtree(self.workdir, ignore_errors=True)
        return 0


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", default=os.environ.get("BUILD_DIR", "build"))
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--kills", type=int, default=6, help="kill -9 restarts of the client (at least 5 in CI)")
    parser.add_argument("--seed", type=int, default=int(os.environ.get("SDANIM_SOAK_SEED", "8")))
    parser.add_argument("--time-scale", type=float, default=0.05)
    parser.add_argument("--run-timeout", type=float, default=60, help="seconds one client process may take")
    parser.add_argument("--budget", type=float, default=600, help="seconds for all runs together (a cap that keeps CI bounded; 200 runs take 3-5 min on 2 shared cores)")
    args = parser.parse_args()
    if args.runs < 1 or args.kills < 0:
        parser.error("--runs must be at least 1 and --kills at least 0")
    return args


if __name__ == "__main__":
    # SIGTERM (CI's timeout) unwinds like an exception, so the emulator and clients are stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    sys.exit(Soak(parse_args()).main())
