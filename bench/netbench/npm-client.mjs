// The peer of the network benchmarks: the official `replicate` npm client (the version pinned in
// tests/conformance/package-lock.json) doing what its README shows, `replicate.run()`, then
// downloading the file it returned, as a user of it would.
//
//   node npm-client.mjs '{"apiBase":…,"input":{…},"out":"file","mode":"block|poll|create-wait",
//                         "ref":"owner/name:version","userAgent":…,"modules":".../node_modules"}'
//
// Modes: "block" = run() with its default wait (Prefer: wait, then polling only while `starting`);
// "poll" = run() with wait: {mode: "poll"} (create, then GET every 500 ms until terminal);
// "create-wait" = predictions.create with Prefer: wait, then replicate.wait() until terminal, then
// the download: the npm client brought to the same complete result (final status and metrics) that
// `sdanim run` records.
// Prints one JSON line: the prediction id, the output URL, the status it ended with, and
// wall-clock milliseconds (Date.now()) at which run() returned and the file was on disk.
import { createRequire } from "node:module";
import { writeFile } from "node:fs/promises";
import path from "node:path";

const spec = JSON.parse(process.argv[2]);
const require = createRequire(path.join(spec.modules, "index.js"));
const Replicate = require("replicate");
const replicate = new Replicate({ auth: "r8_bench", baseUrl: spec.apiBase, useFileOutput: false, userAgent: spec.userAgent });

const result = { mode: spec.mode, id: null, status: null, output: null, run_done_ms: null, file_done_ms: null, error: null };
try {
  let output;
  if (spec.mode === "create-wait") {
    const [, version] = spec.ref.split(":");
    let prediction = await replicate.predictions.create({ version, input: spec.input, wait: true });
    result.id = prediction.id;
    if (!["succeeded", "failed", "canceled", "aborted"].includes(prediction.status))
      prediction = await replicate.wait(prediction, {});
    result.status = prediction.status;
    output = prediction.output;
  } else {
    const options = { input: spec.input };
    if (spec.mode === "poll") options.wait = { mode: "poll" };
    output = await replicate.run(spec.ref, options, (prediction) => {
      result.id = prediction.id;
      result.status = prediction.status;
    });
  }
  result.run_done_ms = Date.now();
  const url = Array.isArray(output) ? output[output.length - 1] : output;
  result.output = url ?? null;
  if (typeof url === "string" && url.length > 0) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`download ${url}: ${response.status}`);
    await writeFile(spec.out, Buffer.from(await response.arrayBuffer()));
    result.file_done_ms = Date.now();
  }
} catch (error) {
  result.error = String(error && error.message ? error.message : error);
}
console.log(JSON.stringify(result));
