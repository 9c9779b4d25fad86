"""Shared pieces of the network and emulator benchmarks (bench/suites/network-*.sh, emulator.sh).

Starts sdanim-emulator, reads its request log and prediction timeline (GET /_emulator/requests and
GET /_emulator/predictions, both with wall-clock milliseconds), runs `sdanim run` and the npm
client driver (bench/netbench/npm-client.mjs) as separate processes, and formats table rows.
Standard library only.
"""
import json
import os
import re
import signal
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request

VERSION = "ca1f5e306e5721e19c473e0d094e6603f0456fe759c10715fcd6c1b79242d4a5"
MODEL = "andreasjansson/stable-diffusion-animation"
HERE = os.path.dirname(os.path.abspath(__file__))


def env(name, default=None):
    value = os.environ.get(name, default)
    if value is None:
        raise SystemExit(f"{name} is not set (run through bench/run-all)")
    return value


class Emulator:
    """One sdanim-emulator process on a free port."""

    def __init__(self, build_dir, args, log_path=None):
        exe = os.path.join(build_dir, "sdanim-emulator")
        self.storage = tempfile.mkdtemp(prefix="sdanim-bench-emu-")
        environ = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        self.log = open(log_path, "w") if log_path else subprocess.DEVNULL
        # e.g. SDANIM_BENCH_EMULATOR_PREFIX="heaptrack -o /tmp/emu" to profile the emulator under load
        prefix = os.environ.get("SDANIM_BENCH_EMULATOR_PREFIX", "").split()
        self.proc = subprocess.Popen(prefix + [exe, "--port", "0", "--storage", self.storage] + list(args),
                                     stdout=subprocess.PIPE, stderr=self.log, text=True, env=environ,
                                     start_new_session=True)
        deadline = time.time() + 30
        while True:
            line = self.proc.stdout.readline()
            m = re.search(r"listening on (http://127\.0\.0\.1:(\d+))/v1", line or "")
            if m:
                self.base = m.group(1)
                self.port = int(m.group(2))
                break
            if not line or time.time() > deadline:
                raise SystemExit("sdanim-emulator did not start")
        # Keep reading stdout so the emulator never blocks on a full pipe.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()
        self.api = self.base + "/v1"

    def control(self, path, method="GET", body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + "/_emulator/" + path, data=data, method=method)
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read() or b"{}")

    def reset(self):
        self.control("reset", "POST")

    def requests(self):
        return self.control("requests")["requests"]

    def predictions(self):
        return {p["id"]: p for p in self.control("predictions")["predictions"]}

    def rss_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return -1

    def threads(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
        return -1

    def stop(self):
        if self.proc.poll() is None:
            # Its own process group: a wrapper (SDANIM_BENCH_EMULATOR_PREFIX) and the emulator both end.
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        subprocess.run(["rm", "-rf", self.storage])


def classify(entry):
    """What a logged request was: create, model, poll, stream, file, cancel, list, other."""
    method, path = entry["method"], entry["path"]
    if method == "POST" and path == "/v1/predictions":
        return "create"
    if path.startswith("/v1/models/"):
        return "model"
    if path.startswith("/v1/files/"):
        return "stream"
    if path.startswith("/pbxt/"):
        return "file"
    if method == "POST" and path.endswith("/cancel"):
        return "cancel"
    if method == "GET" and path.startswith("/v1/predictions/"):
        return "poll"
    if path == "/v1/predictions":
        return "list"
    return "other"


def count_kinds(entries):
    counts = {}
    for e in entries:
        k = classify(e)
        counts[k] = counts.get(k, 0) + 1
    counts["total"] = len(entries)
    return counts


def requests_of(entries, timeline):
    """The requests that belong to one prediction: its GETs, cancel, stream and files, by path. Its
    create (and a model fetch) carry no id; callers count those per client by User-Agent."""
    own = {"/v1/predictions/" + timeline["id"], "/v1/predictions/" + timeline["id"] + "/cancel", timeline["stream_path"]}
    own |= {o["path"] for o in timeline["outputs"]}
    return [e for e in entries if e["path"] in own]


def sdanim_env(home):
    environ = dict(os.environ)
    environ.update({"HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data",
                    "XDG_CACHE_HOME": home + "/cache", "XDG_RUNTIME_DIR": home + "/run",
                    "REPLICATE_API_TOKEN": "r8_bench", "QT_QPA_PLATFORM": "offscreen"})
    os.makedirs(home + "/run", mode=0o700, exist_ok=True)
    return environ


def sdanim_settings(home):
    """A settings file whose data directory (history, model version cache) is inside `home`."""
    path = os.path.join(home, "sdanim.ini")
    if not os.path.exists(path):
        with open(path, "w") as f:
            f.write(f"[storage]\ndataDirectory={home}/sdanim-data\n")
    return path


def input_args(inp):
    args = []
    for key, value in inp.items():
        flag = "--" + key.replace("_", "-")
        if isinstance(value, bool):
            value = "true" if value else "false"
        args += [flag, str(value)]
    return args


class Run:
    """One client process: spawned at t0 (ms), its stdout lines with arrival times, its exit time."""

    def __init__(self, argv, environ, cwd=None):
        self.argv = argv
        self.lines = []
        self.t0 = time.time() * 1000
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environ, cwd=cwd, text=True)
        self.stderr = ""
        self._out = threading.Thread(target=self._read_out, daemon=True)
        self._err = threading.Thread(target=self._read_err, daemon=True)
        self._out.start()
        self._err.start()
        self.exit_ms = None

    def _read_out(self):
        for line in self.proc.stdout:
            self.lines.append((time.time() * 1000, line.rstrip("\n")))

    def _read_err(self):
        self.stderr = self.proc.stderr.read()

    def wait(self, timeout=600):
        self.proc.wait(timeout)
        self.exit_ms = time.time() * 1000
        self._out.join()
        self._err.join()
        return self.proc.returncode


def sdanim_run(build_dir, api, inp, out_dir, home):
    argv = [os.path.join(build_dir, "sdanim"), "run", "--base-url", api, "--out", out_dir,
            "--settings", sdanim_settings(home)] + input_args(inp)
    return Run(argv, sdanim_env(home))


def npm_run(repo, api, inp, out_file, mode, label):
    spec = {"apiBase": api, "input": inp, "out": out_file, "mode": mode, "ref": f"{MODEL}:{VERSION}",
            "userAgent": f"replicate-javascript/bench-{label}",
            "modules": os.path.join(repo, "tests", "conformance", "node_modules")}
    return Run(["node", os.path.join(HERE, "npm-client.mjs"), json.dumps(spec)], dict(os.environ))


def sdanim_result(run):
    """(prediction id, saved file, time the path was printed) from `sdanim run`'s stdout."""
    for at, line in run.lines:
        if line.startswith("/") and os.path.isfile(line):
            return os.path.basename(os.path.dirname(line)), line, at
    return None, None, None


def npm_result(run):
    for at, line in run.lines:
        if line.startswith("{"):
            return json.loads(line), at
    return None, None


def mtime_ms(path):
    return os.stat(path).st_mtime_ns / 1e6


def curl_time_ms(url, dest):
    """The bare transfer: curl fetching the same file, total time in ms."""
    r = subprocess.run(["curl", "-s", "-o", dest, "-w", "%{time_total}", url], capture_output=True, text=True, check=True)
    return float(r.stdout) * 1000


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt_ms(v):
    return "—" if v is None else (f"{v:.0f} ms" if abs(v) >= 100 else f"{v:.1f} ms")


def row(cells):
    return "| " + " | ".join(str(c) for c in cells) + " |"
