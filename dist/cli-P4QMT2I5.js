import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/engine/v8-flags.ts
import { setFlagsFromString } from "node:v8";
var NO_INLINING = "--no-turbo-inlining";
var LATER_OPTIMISATION = "--interrupt-budget=135168";
var LINTING_FLAGS = [NO_INLINING, LATER_OPTIMISATION];
var inProcess = false;
function useLintingFlags() {
  for (const flag of LINTING_FLAGS) setFlagsFromString(flag);
  inProcess = true;
}
function lintingFlagsInProcess() {
  return inProcess;
}

// src/engine/workers.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/engine/process-worker.ts
import { fork } from "node:child_process";
import { EventEmitter } from "node:events";
var MAX_STDERR = 16384;
var ProcessWorker = class extends EventEmitter {
  child;
  stderr = "";
  exited;
  constructor(path, { memoryMb, youngMb, singleThreaded }) {
    super();
    this.child = fork(path, [], {
      // The young generation is three semi-spaces' worth, as a worker thread's `maxYoungGenerationSizeMb` is.
      execArgv: [...LINTING_FLAGS, ...singleThreaded ? ["--single-threaded"] : [], `--max-old-space-size=${memoryMb}`, `--max-semi-space-size=${Math.max(1, Math.round(youngMb / 3))}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"]
    });
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (chunk) => {
      if (this.stderr.length < MAX_STDERR) this.stderr += chunk;
    });
    this.child.on("message", (message) => this.emit("message", message));
    this.child.on("error", (error) => this.emit("error", error));
    this.exited = new Promise((resolve) => {
      this.child.on("close", (code, signal) => {
        if (/heap out of memory|Reached heap limit/.test(this.stderr)) {
          this.emit("error", Object.assign(new Error("the worker ran out of memory"), { code: "ERR_WORKER_OUT_OF_MEMORY" }));
        } else {
          this.emit("exit", code ?? signal);
        }
        resolve(code ?? 1);
      });
    });
  }
  postMessage(message) {
    if (this.child.connected) this.child.send(message);
  }
  terminate() {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.ref();
      this.child.kill("SIGKILL");
    }
    return this.exited;
  }
  ref() {
    this.child.ref();
    this.child.channel?.ref();
    this.child.stderr.ref?.();
  }
  unref() {
    this.child.unref();
    this.child.channel?.unref();
    this.child.stderr.unref?.();
  }
};

// src/engine/workers.ts
var YOUNG_GENERATION_MB = 16;
var WORKER_MEMORY_MB = 2048;
var AUTO_MIN_FILES = 64;
function workerKind(size, cores, manyFiles, flagsHere = lintingFlagsInProcess()) {
  if (size > 1 && size >= cores) return "single-threaded process";
  return manyFiles && !flagsHere ? "process" : "thread";
}
function poolShape(jobs, files) {
  const many = files >= AUTO_MIN_FILES;
  const cores = availableParallelism();
  const wanted = jobs === "auto" ? many ? cores : 1 : jobs ?? 1;
  const size = Math.max(1, Math.min(wanted, files));
  return { size, kind: workerKind(size, cores, many) };
}
function startWorker(kind = "thread") {
  for (const candidate of ["./worker.js", "../../dist/worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    const path = fileURLToPath(url);
    if (!existsSync(path)) continue;
    if (kind !== "thread") return new ProcessWorker(path, { memoryMb: WORKER_MEMORY_MB, youngMb: YOUNG_GENERATION_MB, singleThreaded: kind === "single-threaded process" });
    return new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
  }
  throw new Error(`copydesk: no worker bundle beside ${fileURLToPath(import.meta.url)}; run \`npm run build\``);
}
var early;
function startEarly(kind = "thread") {
  if (early) return;
  const started = { worker: startWorker(kind), kind, ready: false, ended: false };
  started.worker.once("message", (reply) => {
    if (reply?.ready) started.ready = true;
  });
  started.worker.on("error", () => started.ended = true);
  started.worker.once("exit", () => started.ended = true);
  started.worker.unref();
  early = started;
}
function adoptEarly(kind) {
  const taken = early;
  early = void 0;
  if (!taken || taken.ended) return void 0;
  if (taken.kind !== "thread" || kind === "thread") return taken;
  void taken.worker.terminate();
  return void 0;
}

// src/cli/options.ts
import { parseArgs } from "node:util";
var MAX_JOBS = 64;
function parseJobs(value) {
  if (value === void 0 || value === "auto") return "auto";
  const jobs = Number(value);
  return Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS ? jobs : void 0;
}
var options = {
  format: { type: "string" },
  "fail-on": { type: "string", default: "error" },
  config: { type: "string" },
  "no-config": { type: "boolean", default: false },
  quiet: { type: "boolean", default: false },
  stdin: { type: "boolean", default: false },
  "stdin-filename": { type: "string" },
  diff: { type: "string" },
  fix: { type: "boolean", default: false },
  "fix-dry-run": { type: "boolean", default: false },
  "max-file-size": { type: "string" },
  jobs: { type: "string" },
  cache: { type: "boolean", default: false },
  "cache-location": { type: "string" },
  shard: { type: "string" },
  "file-timeout": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false }
};
function earlyWorker(argv) {
  let values;
  try {
    values = parseArgs({ args: argv, allowPositionals: true, options }).values;
  } catch {
    return void 0;
  }
  if (values.help || values.version || values.stdin || values.cache) return void 0;
  const jobs = parseJobs(values.jobs);
  return jobs === void 0 ? void 0 : poolShape(jobs, Infinity).kind;
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  useLintingFlags,
  WORKER_MEMORY_MB,
  AUTO_MIN_FILES,
  poolShape,
  startWorker,
  startEarly,
  adoptEarly,
  MAX_JOBS,
  parseJobs,
  options,
  earlyWorker
};
