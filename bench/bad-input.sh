#!/usr/bin/env bash
# Tries every kind of bad input against a built tree and prints one Markdown table row per case:
# what was tried, the first line(s) the user got on stderr, the exit code, whether anything crashed
# and whether a file was left half-written. bench/RESULTS.md "Bad input" is this script's output.
#
#   bash bench/bad-input.sh [--build DIR] [--raw DIR]
#
# --build  the build tree (default: build); its sdanim and sdanim-emulator are copied first, so a
#          rebuild running beside this script does not change the binaries mid-way.
# --raw    also write each case's full stdout/stderr to DIR/<case>.txt.
#
# Needs python3 only (standard library). Everything runs on 127.0.0.1 in a temporary HOME: no
# keyring, no real token, no network. Server payloads come from sdanim-emulator, partly through a
# tampering proxy started by this script (replies rewritten per case).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec python3 - "$here/.." "$@" <<'PYTHON'
import http.client, http.server, json, os, re, shutil, signal, socket, socketserver, subprocess, sys
import tempfile, threading, time, urllib.parse

root = os.path.abspath(sys.argv[1])
args = sys.argv[2:]
build = os.path.join(root, "build")
raw_dir = None
while args:
    a = args.pop(0)
    if a == "--build": build = os.path.abspath(args.pop(0))
    elif a == "--raw": raw_dir = os.path.abspath(args.pop(0))
    else: sys.exit(f"bad-input.sh: unknown argument {a!r}")

work = tempfile.mkdtemp(prefix="sdanim-bad-input-")
bins = os.path.join(work, "bin"); os.makedirs(bins)
for b in ("sdanim", "sdanim-emulator"):
    shutil.copy2(os.path.join(build, b), bins)
SDANIM = os.path.join(bins, "sdanim")
EMULATOR = os.path.join(bins, "sdanim-emulator")
TOKEN = "r8_badinput_0123456789abcdef"

home = os.path.join(work, "home")
env = {k: v for k, v in os.environ.items() if k not in ("REPLICATE_API_TOKEN", "DBUS_SESSION_BUS_ADDRESS")}
env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"), XDG_DATA_HOME=os.path.join(home, ".local/share"),
           XDG_CACHE_HOME=os.path.join(home, ".cache"), XDG_RUNTIME_DIR=os.path.join(work, "run"),
           QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="en")
os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
SETTINGS = os.path.join(work, "settings.ini")

# --- the emulator ---------------------------------------------------------------------------------
emu = subprocess.Popen([EMULATOR, "--port", "0", "--time-scale", "0.01"], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env, text=True)
first = emu.stdout.readline()
EPORT = int(re.search(r":(\d+)/v1", first).group(1))
threading.Thread(target=lambda: [None for _ in emu.stdout], daemon=True).start()

def emulator_control(path, body=None):
    c = http.client.HTTPConnection("127.0.0.1", EPORT, timeout=10)
    c.request("POST" if body is not None else "GET", "/_emulator" + path, body=json.dumps(body) if body is not None else None)
    r = c.getresponse(); data = r.read(); c.close()
    return json.loads(data or b"{}")

# --- a peer that records who sent what (the "other host" of redirects) ----------------------------
seen = []   # (port label, path, had Authorization)

class Recorder(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        seen.append(("other-host", self.path, self.headers.get("Authorization") is not None))
        body = b'{"id":"x","status":"succeeded"}'
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)

class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

other = Server(("127.0.0.1", 0), Recorder)
OPORT = other.server_address[1]
threading.Thread(target=other.serve_forever, daemon=True).start()

# --- the tampering proxy in front of the emulator -------------------------------------------------
mode = {"name": "pass", "left": 0, "served": 0}
mode_lock = threading.Lock()
MiB = 1024 * 1024

def take(name):
    """True (and one use consumed) when the current mode is `name` with uses left."""
    with mode_lock:
        if mode["name"] == name and mode["left"] > 0:
            mode["left"] -= 1
            mode["served"] += 1
            return True
    return False

def current():
    with mode_lock:
        return mode["name"] if mode["left"] > 0 else "pass"

def proxied(url):
    return f"http://127.0.0.1:{PPORT}/tamper/file?to=" + urllib.parse.quote(url, safe="")

class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass

    def answer(self, status, body, ctype="application/json", extra=()):
        if isinstance(body, (dict, list)): body = json.dumps(body).encode()
        self.send_response(status); self.send_header("Content-Type", ctype)
        for k, v in extra: self.send_header(k, v)
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)

    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        c = http.client.HTTPConnection("127.0.0.1", EPORT, timeout=60)
        # Without Prefer: wait the create answers at once, so the job follows by stream and polls
        # (where most of the tampering is) instead of getting everything in one blocking answer.
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "accept-encoding", "prefer")}
        c.request(self.command, self.path, body=body, headers=headers)
        r = c.getresponse()
        try:
            data = r.read()
        except http.client.IncompleteRead as cut:   # the emulator's drop_json: pass the cut on
            data = cut.partial
            self.close_connection = True
        c.close()
        return r.status, dict(r.getheaders()), data

    def huge(self, total, send):
        self.send_response(200); self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(total)); self.end_headers()
        try:
            for _ in range(send // MiB): self.wfile.write(b" " * MiB)
        except OSError:
            pass
        self.close_connection = True

    def handle_file(self):
        target = urllib.parse.unquote(urllib.parse.urlparse(self.path).query.split("to=", 1)[1])
        seen.append(("file", self.path.split("?")[0], self.headers.get("Authorization") is not None))
        if current() == "download_over_cap":
            return self.huge(3 * 1024 * MiB, 4 * MiB)
        if current() == "file_redirect_other_host":
            # Output files live elsewhere on the real service: a redirect to another host is normal.
            return self.answer(302, b"", extra=[("Location", target.replace("127.0.0.1", "localhost"))])
        u = urllib.parse.urlparse(target)
        c = http.client.HTTPConnection("127.0.0.1", u.port, timeout=60)
        c.request("GET", u.path); r = c.getresponse(); data = r.read(); c.close()
        self.answer(r.status, data, r.getheader("Content-Type") or "application/octet-stream")

    def handle_sse(self):
        seen.append(("stream", self.path, self.headers.get("Authorization") is not None))
        with mode_lock: mode["served"] += 1
        self.send_response(200); self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store"); self.end_headers()
        try:
            if "long" in self.path:
                self.wfile.write(b"event: output\ndata: " + b"x" * (17 * MiB))   # one 17 MiB line
                self.wfile.write(b"\n\n")
            else:
                self.wfile.write(b"\x00\xff\xfe garbage\r\nevent:\ndata\n: ::\nevent: done\ndata: {not json\n\n"
                                 + bytes(range(256)) + b"\nid: \x00\n\nevent: output\ndata: [1,2\n\n")
            self.wfile.flush()
            time.sleep(0.5)
        except OSError:
            pass
        self.close_connection = True

    def rewrite(self, obj, kind):
        if not isinstance(obj, dict): return obj
        m = current()
        out = obj.get("output")
        if isinstance(out, list) and m in ("download_over_cap", "file_redirect_other_host"):
            if any(isinstance(o, str) and o.startswith("http") for o in out):
                with mode_lock: mode["served"] += 1
            obj["output"] = [proxied(o) if isinstance(o, str) and o.startswith("http") else o for o in out]
        if kind == "create" and m in ("download_over_cap", "file_redirect_other_host"):
            obj.get("urls", {}).pop("stream", None)   # outputs come by poll only, where they are rewritten
        if kind == "create" and m in ("sse_garbage", "sse_long_line"):
            obj.setdefault("urls", {})["stream"] = f"http://127.0.0.1:{PPORT}/tamper/sse/" + ("long" if m == "sse_long_line" else "junk")
        if kind == "get":
            if take("wrong_types"):
                obj.update(status=42, output={"not": "a list"}, logs=7, error=["x"], metrics="fast")
            elif take("unknown_status"):
                obj["status"] = "exploded"
            elif take("missing_fields"):
                obj = {"id": obj.get("id")}
        if kind == "create" and take("create_missing_id"):
            obj.pop("id", None); obj.pop("urls", None)
        return obj

    def do_GET(self):
        if self.path.startswith("/tamper/file"): return self.handle_file()
        if self.path.startswith("/tamper/sse"): return self.handle_sse()
        is_get = re.match(r"^/v1/predictions/[a-z0-9]+$", self.path) is not None
        if self.path.startswith("/cog/health-check") and take("cog_health_over_limit"):
            return self.huge(64 * MiB + 1, 64 * MiB + MiB)
        if is_get and take("json_over_limit"):
            return self.huge(64 * MiB + 1, 1 * MiB)
        if is_get and take("api_redirect_other_host"):
            return self.answer(302, b"", extra=[("Location", f"http://localhost:{OPORT}{self.path}")])
        if is_get and take("malformed_get"):
            status, headers, data = self.forward()
            return self.answer(status, data[: len(data) // 2] + b"}")
        status, headers, data = self.forward()
        ctype = headers.get("Content-Type", "application/json")
        if "json" in ctype and data:
            try:
                data = json.dumps(self.rewrite(json.loads(data), "get" if is_get else "other")).encode()
            except ValueError:
                pass
        self.answer(status, data, ctype)

    def do_POST(self):
        is_create = self.path == "/v1/predictions"
        if is_create and take("malformed_create"):
            status, headers, data = self.forward()
            return self.answer(status, data[: len(data) // 2] + b"}")
        if self.path.startswith("/cog/predictions/") and take("cog_run_over_limit"):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            return self.huge(1024 * MiB + 1, 4 * MiB)
        if is_create and take("create_500"):
            return self.answer(500, {"detail": "Internal server error"})
        status, headers, data = self.forward()
        if is_create and data:
            try:
                data = json.dumps(self.rewrite(json.loads(data), "create")).encode()
            except ValueError:
                pass
        self.answer(status, data, headers.get("Content-Type", "application/json"))
    do_PUT = do_POST

proxy = Server(("127.0.0.1", 0), Proxy)
PPORT = proxy.server_address[1]
threading.Thread(target=proxy.serve_forever, daemon=True).start()
API = f"http://127.0.0.1:{PPORT}/v1"

# --- running one case -----------------------------------------------------------------------------
NOISE = re.compile(r"^(QStandardPaths:|No Replicate API token|Outputs are OFFLINE PREVIEWS|Set REPLICATE_API_TOKEN or save|"
                   r"qt\.|Warning: Ignoring XDG)")
PROGRESS = re.compile(r"^(Prediction \S+ created|progress |  \||saved output |See: sdanim)")
PROBLEM = re.compile(r"\b(failed|Cannot|cannot|refused|larger than|not valid|redirect\w*|limit|Error|error|Warning|expected|invalid|Invalid|Unknown)\b")
# QSaveFile's temporary names (<file>.XXXXXX) and the usual partial-download suffixes.
TEMP_NAME = re.compile(r"(\.(json|gif|mp4|png|jpg|webm|sqlite|ini)\.[A-Za-z0-9]{6}|\.part|\.tmp|~)$")
rows = []
def small(**override):
    """A quick run's options; override=value replaces one, override=None drops it."""
    values = dict(prompt_start="a lighthouse", prompt_end="a storm", width="128", height="128", num_animation_frames="2")
    values.update(override)
    out = []
    for k, v in values.items():
        if v is not None: out += ["--" + k.replace("_", "-"), v]
    return out
SMALL = small()

def files_under(path):
    out = []
    for d, _, fs in os.walk(path):
        out += [os.path.join(d, f) for f in fs]
    return out

def run_case(name, what, argv, token=False, mode_name="pass", uses=0, faults=None, timeout=120):
    with mode_lock:
        mode.update(name=mode_name, left=uses, served=0)
    seen.clear()
    emulator_control("/reset", {})
    if faults: emulator_control("/faults", faults)
    out_dir = os.path.join(work, "out", name)
    os.makedirs(out_dir)
    before = set(files_under(home))
    e = dict(env)
    if token: e["REPLICATE_API_TOKEN"] = TOKEN
    # Each case its own prompt: the recovery of a lost create looks for a prediction with the same
    # input, and must not find the previous case's.
    cmd = [SDANIM] + [a.replace("@OUT", out_dir).replace("@CASE", name) for a in argv]
    if cmd[1] in ("run", "plan", "presets", "history"): cmd[2:2] = ["--settings", SETTINGS]
    started = time.monotonic()
    try:
        p = subprocess.run(cmd, env=e, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           errors="replace", timeout=timeout)
        rc, so, se = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as t:
        rc, so, se = "timeout", (t.stdout or b"").decode(errors="replace"), (t.stderr or b"").decode(errors="replace")
    took = time.monotonic() - started
    lines = [l for l in se.splitlines() if l.strip() and not NOISE.match(l) and not PROGRESS.match(l)]
    shown = lines[:1]
    if lines and lines[0].rstrip().endswith(":") and len(lines) > 1: shown = lines[:2]
    # The line saying what went wrong matters more than a first line of notes.
    if not any(PROBLEM.search(l) for l in shown):
        shown += [l for l in lines if PROBLEM.search(l)][:1]
    crashed = (isinstance(rc, int) and (rc < 0 or rc in (134, 136, 139))) or re.search(
        r"(Received signal|Segmentation fault|AddressSanitizer|terminate called|ASSERT)", se) is not None
    left = [f for f in files_under(out_dir) + sorted(set(files_under(home)) - before) if TEMP_NAME.search(f)]
    outputs = [os.path.relpath(f, out_dir) for f in files_under(out_dir)]
    # The emulator logs every request it got (the Authorization header only as a hash): files
    # and streams fetched from it directly must have come without the token.
    for q in emulator_control("/requests").get("requests", []):
        # (The proxy, the API base here, reaches the emulator as 127.0.0.1; the emulator's own file
        # and stream URLs name it localhost, another host.)
        foreign = q.get("host", "").startswith("localhost") or not q.get("path", "").startswith(("/v1/", "/cog"))
        if q.get("headers", {}).get("authorization") and foreign:
            seen.append(("emulator " + q.get("path", "").split("/")[1], q.get("path"), True))
    token_elsewhere = [s for s in seen if s[2]]
    with mode_lock: served = mode["served"]
    rows.append(dict(name=name, what=what, rc=rc, shown=shown, crashed=crashed, left=left, outputs=outputs, served=served,
                     seen=list(seen), token_elsewhere=token_elsewhere, took=took))
    if raw_dir:
        os.makedirs(raw_dir, exist_ok=True)
        with open(os.path.join(raw_dir, name + ".txt"), "w") as f:
            f.write("$ " + " ".join(cmd) + f"\nexit: {rc} ({took:.1f} s)\n--- stdout\n{so}\n--- stderr\n{se}\n--- requests seen by the proxy's peers\n{seen}\n")

def preset_file(name, content):
    path = os.path.join(work, "presets-in", name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f: f.write(content if isinstance(content, bytes) else content.encode())
    return path

RUN = ["run", "--backend", "emulator", "--time-scale", "0.01", "--out", "@OUT"]
CLOUD = ["run", "--base-url", API, "--out", "@OUT"] + small(prompt_start="bad input @CASE")

# --- CLI flags and values -------------------------------------------------------------------------
run_case("unknown-command", "`sdanim rnu`", ["rnu"])
run_case("unknown-option", "`sdanim --bogus`", ["--bogus"])
run_case("unknown-input", "`run --frobnicate 3`", RUN + SMALL + ["--frobnicate", "3"])
run_case("missing-value", "`run … --width` (no value)", RUN + small(width=None) + ["--width"])
run_case("width-not-in-enum", "`--width 300`", RUN + small(width="300"))
run_case("width-wrong-type", "`--width wide`", RUN + small(width="wide"))
run_case("frames-out-of-range", "`--num-animation-frames 0`", RUN + small(num_animation_frames="0"))
run_case("frames-huge", "`--num-animation-frames 99999999999`", RUN + small(num_animation_frames="99999999999"))
run_case("strength-wrong-type", "`--prompt-strength 0,8`", RUN + small(prompt_strength="0,8"))
run_case("bool-bad", "`--gif-ping-pong maybe`", RUN + small(gif_ping_pong="maybe"))
run_case("enum-bad", "`--output-format webm`", RUN + small(output_format="webm"))
run_case("seed-text", "`--seed abc`", RUN + small(seed="abc"))
run_case("seed-negative", "`--seed -1`", RUN + small(seed="-1"))
run_case("seed-fraction", "`--seed 1.5`", RUN + small(seed="1.5"))
run_case("seed-too-big", "`--seed 99999999999999999999`", RUN + small(seed="99999999999999999999"))
run_case("prompt-missing", "no `--prompt-start`", RUN + small(prompt_start=None))
run_case("prompt-empty", "`--prompt-start \"\"` (runs, with a warning)", RUN + small(prompt_start=""))
run_case("backend-bad", "`--backend gpu`", RUN[:1] + ["--backend", "gpu", "--out", "@OUT"] + SMALL)
run_case("base-url-garbage", "`--base-url notaurl`", ["run", "--base-url", "notaurl", "--out", "@OUT"] + SMALL, token=True)
run_case("base-url-ftp", "`--base-url ftp://127.0.0.1/v1`", ["run", "--base-url", "ftp://127.0.0.1/v1", "--out", "@OUT"] + SMALL, token=True)
run_case("base-url-remote-http", "`--base-url http://example.invalid/v1` (token over plain http)",
         ["run", "--base-url", "http://example.invalid/v1", "--out", "@OUT"] + SMALL, token=True)
run_case("base-url-nobody", "`--base-url http://127.0.0.1:9/v1` (nothing listening)",
         ["run", "--base-url", "http://127.0.0.1:9/v1", "--out", "@OUT"] + SMALL, token=True)
run_case("time-scale-bad", "`--time-scale zero`", RUN[:3] + ["--time-scale", "zero", "--out", "@OUT"] + SMALL)

# --- preset files ---------------------------------------------------------------------------------
valid = {"format": "sdanim-preset", "version": 1, "name": "Bad input test", "model": "andreasjansson/stable-diffusion-animation",
         "input": {"width": 256}}
run_case("preset-missing", "`run --preset /nonexistent/p.json`", RUN + SMALL + ["--preset", "/nonexistent/p.json"])
run_case("preset-directory", "`run --preset <a directory>`", RUN + SMALL + ["--preset", work + "/"])
run_case("preset-malformed", "`presets import` of `{\"format\": \"sdanim-preset\",`",
         ["presets", "import", preset_file("malformed.json", '{"format": "sdanim-preset",')])
run_case("preset-malformed-run", "`run --preset` of the same malformed file",
         RUN + SMALL + ["--preset", preset_file("malformed.json", '{"format": "sdanim-preset",')])
run_case("preset-oversized", "`presets import` of a 2 MiB preset (limit 1 MiB)",
         ["presets", "import", preset_file("big.json", json.dumps(dict(valid, description="d" * (2 * MiB))))])
run_case("preset-newer-version", "`presets import` of `\"version\": 2`", ["presets", "import", preset_file("v2.json", json.dumps(dict(valid, version=2)))])
run_case("preset-wrong-format", "`presets import` of `\"format\": \"photoshop\"`", ["presets", "import", preset_file("fmt.json", json.dumps(dict(valid, format="photoshop")))])
run_case("preset-version-string", "`presets import` of `\"version\": \"1\"`", ["presets", "import", preset_file("vs.json", json.dumps(dict(valid, version="1")))])
run_case("preset-input-not-object", "`presets import` of `\"input\": [256]`", ["presets", "import", preset_file("in.json", json.dumps(dict(valid, input=[256])))])
run_case("preset-wrong-types", "`presets import` of `\"input\": {\"width\": \"wide\", \"seed\": 1.5}`",
         ["presets", "import", preset_file("types.json", json.dumps(dict(valid, input={"width": "wide", "seed": 1.5})))])
run_case("preset-unknown-input", "`presets import` of `\"input\": {\"colour\": 1}`", ["presets", "import", preset_file("unk.json", json.dumps(dict(valid, input={"colour": 1})))])
run_case("preset-binary", "`presets import` of 4 KiB of binary garbage", ["presets", "import", preset_file("garbage.json", bytes((i * 37) % 256 for i in range(4096)))])
run_case("preset-empty", "`presets import` of an empty file", ["presets", "import", preset_file("empty.json", b"")])

# --- server payloads (cloud protocol against the emulator, through the proxy) ---------------------
run_case("baseline", "a valid cloud run through the proxy (reference)", CLOUD, token=True)
run_case("create-malformed-json", "create answer cut in half + `}` (201)", CLOUD, token=True, mode_name="malformed_create", uses=1)
run_case("get-malformed-json", "first 2 poll answers cut in half + `}`", CLOUD, token=True, mode_name="malformed_get", uses=2)
run_case("emulator-malformed-json", "emulator fault `malformed_json: 3` (model, create, poll)", CLOUD, token=True, faults={"malformed_json": 3})
run_case("emulator-drop-json", "emulator fault `drop_json: 2` (bodies cut after half)", CLOUD, token=True, faults={"drop_json": 2})
run_case("emulator-5xx", "emulator fault `server_errors: [500, 502, 503]`", CLOUD, token=True, faults={"server_errors": [500, 502, 503]})
run_case("create-500", "create answered 500 every time", CLOUD, token=True, mode_name="create_500", uses=100)
# The lost-create lookup after a 500 must not adopt a prediction another run made with the same
# input a moment ago (both cases below use the same prompt on purpose).
SAME = ["run", "--base-url", API, "--out", "@OUT"] + small(prompt_start="bad input same-input")
run_case("same-input-first", "a valid run, prompt `bad input same-input` (reference for the next row)", SAME, token=True)
run_case("create-500-same-input", "the same input again, its create answered 500", SAME, token=True, mode_name="create_500", uses=100)
run_case("wrong-types", "poll answers: `status: 42`, `output: {…}`, `logs: 7`, `error: [..]` (first 2)", CLOUD, token=True, mode_name="wrong_types", uses=2)
run_case("missing-fields", "poll answers `{\"id\": …}` only (first 2)", CLOUD, token=True, mode_name="missing_fields", uses=2)
run_case("create-missing-id", "create answer without `id` and `urls`", CLOUD, token=True, mode_name="create_missing_id", uses=1)
run_case("unknown-status", "poll answers `status: \"exploded\"` (first 3)", CLOUD, token=True, mode_name="unknown_status", uses=3)
run_case("legacy-shapes", "emulator fault `legacy_shapes`, `duplicate_keys`, `varied_timestamps`", CLOUD, token=True,
         faults={"legacy_shapes": True, "duplicate_keys": True, "varied_timestamps": True})
run_case("sse-garbage", "`urls.stream` sends binary junk and broken events", CLOUD, token=True, mode_name="sse_garbage", uses=1000)

# --- oversized bodies -----------------------------------------------------------------------------
run_case("json-over-limit", "poll answer announces 64 MiB + 1 byte", CLOUD, token=True, mode_name="json_over_limit", uses=1)
run_case("sse-line-over-limit", "`urls.stream` sends one 17 MiB line (limit 16 MiB)", CLOUD, token=True, mode_name="sse_long_line", uses=1000)
run_case("download-over-cap", "output file announces 3 GiB (cap 2 GiB)", CLOUD, token=True, mode_name="download_over_cap", uses=1000)
run_case("cog-health-over-limit", "Cog `/health-check` answers 64 MiB + 1 byte",
         ["run", "--backend", "cog", "--base-url", f"http://127.0.0.1:{PPORT}/cog", "--out", "@OUT"] + SMALL,
         mode_name="cog_health_over_limit", uses=1)
run_case("cog-run-over-limit", "Cog run answer (`PUT /predictions/{id}`) announces 1 GiB + 1 byte",
         ["run", "--backend", "cog", "--base-url", f"http://127.0.0.1:{PPORT}/cog", "--out", "@OUT"] + small(prompt_start="bad input @CASE"),
         mode_name="cog_run_over_limit", uses=1)

# --- redirects ------------------------------------------------------------------------------------
run_case("api-redirect-other-host", "poll answered `302 Location: http://localhost:<other port>/v1/…`", CLOUD, token=True,
         mode_name="api_redirect_other_host", uses=1)
run_case("file-redirect-other-host", "output file answered `302` to another host", CLOUD, token=True,
         mode_name="file_redirect_other_host", uses=1000)

# --- report ---------------------------------------------------------------------------------------
def cell(s):
    # Stable across runs: temporary paths and ports by name.
    s = s.replace(work, "$TMP").replace(f":{PPORT}", ":<proxy>").replace(f":{EPORT}", ":<emulator>").replace(f":{OPORT}", ":<other>")
    return s.replace("|", "\\|").replace("\n", " ")

print("| case | input | what the user got (stderr) | exit | crash / half-written / token elsewhere |")
print("|---|---|---|---|---|")
for r in rows:
    got = " ⏎ ".join(f"`{cell(l.strip()[:300])}`" for l in r["shown"]) or "(progress lines only)"
    if r["outputs"]:
        got += f" — {len([o for o in r['outputs'] if not o.endswith('.json')])} output file(s) saved"
    if r["served"]:
        got += f" [bad answers served: {r['served']}]"
    checks = ["crashed" if r["crashed"] else "no crash",
              ("left: " + ", ".join(os.path.basename(f) for f in r["left"])) if r["left"] else "no temp files",
              ("token to " + ", ".join(s[0] for s in r["token_elsewhere"])) if r["token_elsewhere"] else "no token elsewhere"]
    if r["name"].endswith("other-host"):
        asked = [s for s in r["seen"] if s[0] == "other-host"]
        checks.append(f"other host asked {len(asked)}×" if asked else "other host never asked")
    print(f"| {r['name']} | {cell(r['what'])} | {got} | {r['rc']} | {', '.join(checks)} |", flush=True)

bad = [r["name"] for r in rows if r["crashed"] or r["left"] or r["token_elsewhere"] or r["rc"] == "timeout"]
print(f"\n{len(rows)} cases, {sum(1 for r in rows if r['crashed'])} crashed, "
      f"{sum(1 for r in rows if r['left'])} left temp files, {sum(1 for r in rows if r['token_elsewhere'])} sent the token elsewhere, "
      f"{sum(1 for r in rows if r['rc'] == 'timeout')} timed out" + (f": {', '.join(bad)}" if bad else ""))

proxy.shutdown(); other.shutdown()
emu.send_signal(signal.SIGTERM)
try: emu.wait(10)
except subprocess.TimeoutExpired: emu.kill()
shutil.rmtree(work, ignore_errors=True)
sys.exit(1 if bad else 0)
PYTHON
