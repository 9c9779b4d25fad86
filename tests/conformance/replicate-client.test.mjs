// Conformance: the official `replicate` npm client (pinned in package-lock.json) drives sdanim-emulator.
// If the real client accepts the emulator's answers, our emulator speaks the same API as Replicate.
//
// Run: SDANIM_EMULATOR=/path/to/sdanim-emulator node --test replicate-client.test.mjs
// (CTest: conformance.replicate_npm passes the path of the freshly built emulator.)
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

const require = createRequire(import.meta.url);
let Replicate;
try {
  Replicate = require("replicate");
} catch (error) {
  console.error(
    "conformance: the replicate npm package is not installed. Run `npm ci` in tests/conformance " +
      "(scripts/setup.sh does it). " + error.message
  );
  process.exit(1);
}
const PINNED_VERSION = "1.4.0";

const EMULATOR = process.env.SDANIM_EMULATOR || process.argv[2];
const VERSION = "ca1f5e306e5721e19c473e0d094e6603f0456fe759c10715fcd6c1b79242d4a5";
const MODEL = "andreasjansson/stable-diffusion-animation";
// The client falls back to this variable when no auth is given; the 401 tests need it unset.
delete process.env.REPLICATE_API_TOKEN;

// Small and quick, but still a real render through the emulator.
const tinyInput = (extra = {}) => ({
  prompt_start: "a red apple on a table",
  prompt_end: "a blue ocean at night",
  width: 128,
  height: 128,
  num_animation_frames: 2,
  num_interpolation_steps: 1,
  seed: 1,
  ...extra,
});

async function startEmulator(extraArgs = []) {
  assert.ok(EMULATOR, "set SDANIM_EMULATOR to the sdanim-emulator executable");
  const child = spawn(EMULATOR, ["--port", "0", "--time-scale", "0.01", ...extraArgs], {
    env: { ...process.env, QT_QPA_PLATFORM: process.env.QT_QPA_PLATFORM || "offscreen" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const base = await new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`emulator did not start in 20 s: ${stderr}`)), 20000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = stdout.match(/listening on (http:\/\/127\.0\.0\.1:(\d+))\/v1/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code} before listening: ${stderr}`));
    });
  });
  child.stdout.resume();
  return {
    apiBase: `${base}/v1`,
    control: `${base}/_emulator`,
    async faults(plan) {
      const response = await fetch(`${base}/_emulator/faults`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(plan),
      });
      assert.equal(response.status, 200, await response.text());
    },
    async reset() {
      assert.equal((await fetch(`${base}/_emulator/reset`, { method: "POST" })).status, 200);
    },
    async requests() {
      return (await (await fetch(`${base}/_emulator/requests`)).json()).requests;
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await once(child, "exit");
      }
    },
  };
}

const client = (emulator, options = {}) =>
  new Replicate({ auth: "r8_conformance", baseUrl: emulator.apiBase, useFileOutput: false, ...options });

// ApiError carries the Response; its body was already read into the message.
async function rejectsWithStatus(promise, status, ...fragments) {
  await assert.rejects(promise, (error) => {
    assert.equal(error.name, "ApiError", error.stack);
    assert.equal(error.response.status, status, error.message);
    for (const fragment of fragments) assert.ok(error.message.includes(fragment), error.message);
    return true;
  });
}

function ffprobe(file) {
  const json = execFileSync("ffprobe", [
    "-v", "error", "-count_frames", "-select_streams", "v:0",
    "-show_entries", "stream=width,height,r_frame_rate,nb_read_frames", "-of", "json", file,
  ]);
  return JSON.parse(json).streams[0];
}

test("the pinned client version is installed", () => {
  assert.equal(require("replicate/package.json").version, PINNED_VERSION);
});

describe("predictions with the official client", () => {
  let emulator;
  let replicate;
  before(async () => {
    emulator = await startEmulator();
    replicate = client(emulator);
  });
  after(async () => emulator && emulator.stop());

  test("create returns a starting prediction, get and wait follow it to success", async () => {
    const created = await replicate.predictions.create({ version: VERSION, input: tinyInput() });
    assert.match(created.id, /^[a-z0-9]+$/);
    assert.equal(created.status, "starting");
    assert.equal(created.version, VERSION);
    assert.equal(created.error, null);
    assert.equal(created.logs, "");
    assert.deepEqual(created.input, tinyInput());
    assert.equal(created.urls.get, `${emulator.apiBase}/predictions/${created.id}`);
    assert.equal(created.urls.cancel, `${emulator.apiBase}/predictions/${created.id}/cancel`);
    assert.ok(created.urls.stream, "urls.stream");

    const fetched = await replicate.predictions.get(created.id);
    assert.equal(fetched.id, created.id);

    const done = await replicate.wait(created, { interval: 50 });
    assert.equal(done.status, "succeeded");
    assert.match(done.logs, /^Using seed: 1\nGenerating initial latents for 9 steps\n/);
    assert.ok(done.metrics && typeof done.metrics.predict_time === "number");
    assert.equal(done.output.length, 1);
    assert.match(done.output[0], /^http:\/\/localhost:\d+\/.+\/video\.gif$/);

    const file = await fetch(done.output[0]);
    assert.equal(file.status, 200);
    assert.match(file.headers.get("content-type"), /^image\/gif/);
    const bytes = Buffer.from(await file.arrayBuffer());
    assert.equal(bytes.subarray(0, 6).toString("latin1"), "GIF89a");
  });

  test("cancel ends a running prediction and leaves a finished one alone", async () => {
    await emulator.faults({ stuck_starting: 1 });
    const stuck = await replicate.predictions.create({ version: VERSION, input: tinyInput() });
    assert.equal(stuck.status, "starting");
    const canceled = await replicate.predictions.cancel(stuck.id);
    assert.equal(canceled.id, stuck.id);
    assert.equal(canceled.status, "canceled");
    assert.equal((await replicate.predictions.get(stuck.id)).status, "canceled");
    // wait() returns a canceled prediction without polling or throwing.
    assert.equal((await replicate.wait(canceled)).status, "canceled");

    const finished = await replicate.wait(
      await replicate.predictions.create({ version: VERSION, input: tinyInput() }),
      { interval: 50 }
    );
    assert.equal(finished.status, "succeeded");
    assert.equal((await replicate.predictions.cancel(finished.id)).status, "succeeded");
  });

  test("run() with Prefer: wait returns the full output sequence", async () => {
    await emulator.reset();
    const input = tinyInput({
      prompt_end: "a green forest | a purple nebula",
      num_animation_frames: 3,
      intermediate_output: true,
      output_format: "mp4",
    });
    const output = await replicate.run(`${MODEL}:${VERSION}`, { input, wait: { mode: "block", timeout: 30 } });
    // §9.2: output-0.png, then output-1..A-1.png per segment (names repeat), then the video.
    assert.equal(output.length, 1 + 2 * (3 - 1) + 1);
    const names = output.map((url) => url.split("/").pop());
    assert.deepEqual(names, ["output-0.png", "output-1.png", "output-2.png", "output-1.png", "output-2.png", "output.mp4"]);

    const creates = (await emulator.requests()).filter((r) => r.method === "POST" && r.path === "/v1/predictions");
    assert.equal(creates.length, 1);
    assert.equal(creates[0].headers.prefer, "wait=30");

    const dir = mkdtempSync(path.join(tmpdir(), "sdanim-conformance-"));
    try {
      const video = path.join(dir, "output.mp4");
      writeFileSync(video, Buffer.from(await (await fetch(output.at(-1))).arrayBuffer()));
      const probe = ffprobe(video);
      assert.equal(probe.width, 128);
      assert.equal(probe.height, 128);
      assert.equal(probe.r_frame_rate, "20/1");
      // §9.4: K = 3, F = 3 → N = 6 frame latents; FILM doubles once for n = 1: (6 − 1) · 2 + 1.
      assert.equal(Number(probe.nb_read_frames), 11);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("run() reports a failed prediction as the client's error", async () => {
    await assert.rejects(
      replicate.run(`${MODEL}:${VERSION}`, { input: tinyInput({ prompt_start: "nsfw test" }) }),
      { message: "Prediction failed: NSFW content detected, please try a different prompt and/or seed" }
    );
  });

  test("run() by model name is refused like Replicate does for community models", async () => {
    await rejectsWithStatus(replicate.run(MODEL, { input: tinyInput() }), 404);
  });

  test("stream() delivers output, logs and done over SSE", async () => {
    const events = [];
    for await (const event of replicate.stream(`${MODEL}:${VERSION}`, { input: tinyInput() })) {
      events.push(event);
    }
    assert.equal(events.at(-1).event, "done");
    assert.ok(events.some((e) => e.event === "logs" && e.data.includes("Generating frame")), "logs events");
    const outputs = events.filter((e) => e.event === "output");
    assert.equal(outputs.length, 1);
    assert.match(outputs[0].data, /\/video\.gif$/);
    for (const event of events) assert.match(event.id ?? "", /^\d+:\d+$/);
  });

  test("stream() file outputs (useFileOutput) download the video", async () => {
    const fileClient = client(emulator, { useFileOutput: true });
    let file;
    for await (const event of fileClient.stream(`${MODEL}:${VERSION}`, { input: tinyInput({ seed: 2 }) })) {
      if (event.event === "output") file = event.data;
    }
    assert.ok(file && typeof file.blob === "function", "output event became a FileOutput");
    assert.match(file.toString(), /\/video\.gif$/);
    const blob = await file.blob();
    assert.equal(blob.type, "image/gif");
    assert.equal(Buffer.from(await blob.arrayBuffer()).subarray(0, 6).toString("latin1"), "GIF89a");
  });

  test("422 for invalid input and for an unknown version", async () => {
    await rejectsWithStatus(
      replicate.predictions.create({ version: VERSION, input: { prompt_start: "x", width: 100 } }),
      422,
      '"title":"Input validation failed"',
      "prompt_end is required",
      "width must be one of the following: 128, 256, 512, 768, 1024"
    );
    await rejectsWithStatus(
      replicate.predictions.create({ version: "0".repeat(64), input: tinyInput() }),
      422,
      "Invalid version or not permitted"
    );
  });

  test("429: the client retries a short burst and surfaces a long one", async () => {
    await emulator.reset();
    await emulator.faults({ rate_limit_burst: 3 });
    const page = await replicate.predictions.list();
    assert.ok(Array.isArray(page.results));
    const lists = (await emulator.requests()).filter((r) => r.method === "GET" && r.path === "/v1/predictions");
    assert.equal(lists.length, 4, "three 429s, then success");

    // replicate 1.4.0 makes six attempts in all (five retries), so a burst of six reaches the caller.
    await emulator.reset();
    await emulator.faults({ rate_limit_burst: 6 });
    await assert.rejects(replicate.predictions.create({ version: VERSION, input: tinyInput() }), (error) => {
      assert.equal(error.response.status, 429);
      assert.equal(error.response.headers.get("retry-after"), "1");
      assert.ok(error.message.includes("Request was throttled"), error.message);
      assert.ok(error.message.includes('"retry_after":1'), error.message);
      return true;
    });
    const creates = (await emulator.requests()).filter((r) => r.method === "POST" && r.path === "/v1/predictions");
    assert.equal(creates.length, 6);
  });

  test("5xx: GET is retried, POST is not", async () => {
    await emulator.reset();
    await emulator.faults({ server_errors: [500, 503] });
    assert.ok(Array.isArray((await replicate.predictions.list()).results));
    await emulator.faults({ server_errors: [502] });
    await rejectsWithStatus(replicate.predictions.create({ version: VERSION, input: tinyInput() }), 502);
  });
});

describe("list pagination", () => {
  let emulator;
  before(async () => {
    emulator = await startEmulator();
  });
  after(async () => emulator && emulator.stop());

  test("paginate() walks 100 per page, newest first, every prediction once", async () => {
    const replicate = client(emulator);
    const created = [];
    for (let i = 0; i < 101; i++) {
      created.push((await replicate.predictions.create({ version: VERSION, input: tinyInput({ seed: i }) })).id);
    }
    const pages = [];
    for await (const page of replicate.paginate(replicate.predictions.list)) pages.push(page);
    assert.deepEqual(pages.map((p) => p.length), [100, 1]);
    const listed = pages.flat();
    assert.deepEqual(listed.map((p) => p.id), [...created].reverse());
    for (let i = 1; i < listed.length; i++) {
      assert.ok(listed[i - 1].created_at >= listed[i].created_at, "newest first");
    }
  });
});

describe("deployments with the official client", () => {
  let emulator;
  let replicate;
  before(async () => {
    emulator = await startEmulator([
      "--deployment", "acme/anim:1-2:gpu-a100-large",
      "--deployment", "acme/solo:1",
    ]);
    replicate = client(emulator);
  });
  after(async () => emulator && emulator.stop());

  const defineDeployment = async (body) => {
    const response = await fetch(`${emulator.control}/deployments`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    assert.equal(response.status, 200, text);
    return JSON.parse(text);
  };

  test("deployments.get and deployments.list return Replicate's deployment objects", async () => {
    const deployment = await replicate.deployments.get("acme", "anim");
    assert.equal(deployment.owner, "acme");
    assert.equal(deployment.name, "anim");
    const release = deployment.current_release;
    assert.equal(release.number, 1);
    assert.equal(release.model, MODEL);
    assert.equal(release.version, VERSION);
    assert.ok(!Number.isNaN(Date.parse(release.created_at)), release.created_at);
    assert.equal(release.created_by.type, "user");
    assert.equal(typeof release.created_by.username, "string");
    assert.deepEqual(release.configuration, { hardware: "gpu-a100-large", min_instances: 1, max_instances: 2 });

    const page = await replicate.deployments.list();
    assert.equal(page.next, null);
    assert.equal(page.previous, null);
    assert.deepEqual(page.results.map((d) => `${d.owner}/${d.name}`), ["acme/anim", "acme/solo"]);
    assert.deepEqual(page.results[1].current_release.configuration, { hardware: "gpu-a40-large", min_instances: 0, max_instances: 1 });

    await rejectsWithStatus(replicate.deployments.get("acme", "missing"), 404, "could not be found");
  });

  test("deployments.predictions.create runs the release's version, followed through the prediction API", async () => {
    await emulator.reset();
    const created = await replicate.deployments.predictions.create("acme", "anim", { input: tinyInput() });
    assert.match(created.id, /^[a-z0-9]+$/);
    assert.equal(created.status, "starting");
    assert.equal(created.deployment, "acme/anim");
    assert.equal(created.model, MODEL);
    assert.equal(created.version, VERSION);
    assert.deepEqual(created.input, tinyInput());
    assert.equal(created.urls.get, `${emulator.apiBase}/predictions/${created.id}`);

    const done = await replicate.wait(created, { interval: 50 });
    assert.equal(done.status, "succeeded");
    assert.equal(done.deployment, "acme/anim");
    assert.equal(done.output.length, 1);
    const file = await fetch(done.output[0]);
    assert.equal(file.status, 200);
    assert.equal(Buffer.from(await file.arrayBuffer()).subarray(0, 6).toString("latin1"), "GIF89a");

    const listed = await replicate.predictions.list();
    assert.equal(listed.results.find((p) => p.id === created.id).deployment, "acme/anim");
    const posts = (await emulator.requests()).filter((r) => r.method === "POST");
    assert.deepEqual(posts.map((r) => r.path), ["/v1/deployments/acme/anim/predictions"]);
  });

  test("deployments.predictions.create with wait blocks until the output is there", async () => {
    await emulator.reset();
    const done = await replicate.deployments.predictions.create("acme", "anim", { input: tinyInput({ seed: 3 }), wait: 30 });
    // The held answer comes once every output exists, which may be a moment before the status says so.
    assert.ok(["processing", "succeeded"].includes(done.status), done.status);
    assert.equal(done.deployment, "acme/anim");
    assert.equal(done.output.length, 1);
    const create = (await emulator.requests()).find((r) => r.method === "POST");
    assert.equal(create.path, "/v1/deployments/acme/anim/predictions");
    assert.equal(create.headers.prefer, "wait=30");
  });

  test("a deployment with one instance runs its predictions one after the other", async () => {
    const a = await replicate.deployments.predictions.create("acme", "solo", { input: tinyInput({ seed: 4 }) });
    const b = await replicate.deployments.predictions.create("acme", "solo", { input: tinyInput({ seed: 5 }) });
    const [doneA, doneB] = await Promise.all([replicate.wait(a, { interval: 50 }), replicate.wait(b, { interval: 50 })]);
    assert.equal(doneA.status, "succeeded");
    assert.equal(doneB.status, "succeeded");
    assert.ok(Date.parse(doneB.started_at) >= Date.parse(doneA.completed_at),
              `${doneB.started_at} started before ${doneA.completed_at}`);
  });

  test("422 for invalid input, 404 for an unknown deployment, 401 without a token", async () => {
    await rejectsWithStatus(
      replicate.deployments.predictions.create("acme", "anim", { input: { prompt_start: "x", width: 100 } }),
      422,
      "prompt_end is required"
    );
    await rejectsWithStatus(replicate.deployments.predictions.create("acme", "missing", { input: tinyInput() }), 404);
    await rejectsWithStatus(
      new Replicate({ baseUrl: emulator.apiBase }).deployments.predictions.create("acme", "anim", { input: tinyInput() }),
      401
    );
  });

  test("deployments.create, update and delete manage one of the account's deployments", async () => {
    const created = await replicate.deployments.create({
      name: "managed", model: MODEL, version: VERSION, hardware: "gpu-a40-small", min_instances: 0, max_instances: 1,
    });
    assert.equal(created.name, "managed");
    assert.equal(typeof created.owner, "string");
    assert.deepEqual(created.current_release.configuration, { hardware: "gpu-a40-small", min_instances: 0, max_instances: 1 });
    const updated = await replicate.deployments.update(created.owner, "managed", { max_instances: 3 });
    assert.equal(updated.current_release.number, 2);
    assert.deepEqual(updated.current_release.configuration, { hardware: "gpu-a40-small", min_instances: 0, max_instances: 3 });
    const run = await replicate.deployments.predictions.create(created.owner, "managed", { input: tinyInput({ seed: 6 }) });
    assert.equal((await replicate.wait(run, { interval: 50 })).deployment, `${created.owner}/managed`);
    assert.equal(await replicate.deployments.delete(created.owner, "managed"), true);
    await rejectsWithStatus(replicate.deployments.get(created.owner, "managed"), 404);
    await rejectsWithStatus(replicate.deployments.create({ name: "x", model: "stability-ai/sdxl", version: VERSION,
                                                           hardware: "gpu-t4", min_instances: 0, max_instances: 1 }), 422);
  });

  test("paginate() walks the deployments 20 per page; a new release shows in get", async () => {
    for (let i = 0; i < 23; i++) await defineDeployment({ owner: "acme", name: `d${i}` });
    const pages = [];
    for await (const page of replicate.paginate(replicate.deployments.list)) pages.push(page);
    assert.deepEqual(pages.map((p) => p.length), [20, 5]);
    assert.equal(new Set(pages.flat().map((d) => d.name)).size, 25);

    await defineDeployment({ owner: "acme", name: "anim", hardware: "gpu-t4", max_instances: 4 });
    const updated = await replicate.deployments.get("acme", "anim");
    assert.equal(updated.current_release.number, 2);
    assert.deepEqual(updated.current_release.configuration, { hardware: "gpu-t4", min_instances: 0, max_instances: 4 });
  });
});

describe("authentication", () => {
  let emulator;
  before(async () => {
    emulator = await startEmulator(["--token", "r8_the-right-token"]);
  });
  after(async () => emulator && emulator.stop());

  test("401 without a token and with a wrong one; the right token works", async () => {
    await rejectsWithStatus(
      new Replicate({ baseUrl: emulator.apiBase }).predictions.list(),
      401,
      "You did not pass an authentication token"
    );
    await rejectsWithStatus(
      new Replicate({ auth: "r8_wrong", baseUrl: emulator.apiBase }).predictions.list(),
      401,
      "You did not pass a valid authentication token"
    );
    const page = await new Replicate({ auth: "r8_the-right-token", baseUrl: emulator.apiBase }).predictions.list();
    assert.deepEqual(page.results, []);
  });
});
