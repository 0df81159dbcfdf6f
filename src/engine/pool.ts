/**
 * A small pool of worker threads for linting files in parallel, under a
 * per-file time budget and a memory cap. A synchronous hang cannot be
 * interrupted inside its own thread, so a file that runs over its budget has
 * its worker terminated and replaced; a file that needs more memory than the
 * cap ends its worker (V8 stops it at the limit). Either way the file is
 * reported as skipped and the run goes on.
 *
 * Results cross the thread boundary as plain data and are rebuilt as VFile
 * and VFileMessage objects with every field (`toWire` / `fromWire`);
 * `file.data` and the text stay behind (no reporter reads them; copying every
 * article back cost ~1 s of the worker's time on the corpus).
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {skippedResult, type FileResult} from './lint-file.ts'
import {ProcessWorker, type WorkerLike} from './process-worker.ts'
import {fromWire, type Task, type WireResult} from './wire.ts'
import type {Config} from '../types.ts'

export const DEFAULT_FILE_TIMEOUT = 20_000

/**
 * A worker's young generation, in MB. V8's default lets each worker's heap
 * swell between collections: on the corpus, peak RSS ranged 204–363 MB with
 * one worker and 303–394 MB with two. At 16 MB: 186–200 and 276–298 MB; at
 * 32 MB: 209–233 and 306–324 MB; at 64 MB: 270–292 and 396–413 MB; all in the
 * same time within noise (three runs each, alternated; 8 MB was slower).
 */
const YOUNG_GENERATION_MB = 16

/**
 * A worker's old generation, in MB: a file that needs more (2 MB of one-word
 * paragraphs would need several GB) ends its worker, not the run, and is
 * skipped. Not less: V8 grows a heap capped under 2 GB more timidly, and at
 * 1024 MB the corpus took 35% more CPU in garbage collection (user time
 * 15.4 s against 11.4 s without a cap; 11.6–12.5 s at 2048 MB).
 */
export const WORKER_MEMORY_MB = 2048

/** setTimeout fires at once past 2^31 - 1 ms (about 24.8 days): longer budgets are that. */
const MAX_TIMEOUT = 2 ** 31 - 1

/**
 * How a pool's workers run: `thread`, a worker thread (starts fastest; V8's helper threads use idle
 * cores); `process`, a child process whose V8 makes optimised code without inlining (less CPU for the
 * same time, worth a process's start on a run of many files); `single-threaded process`, the same with
 * V8's collector and compiler on the worker's own thread, for when workers fill every core (see
 * src/engine/process-worker.ts).
 */
export type WorkerKind = 'thread' | 'process' | 'single-threaded process'

/** The kind for a pool of `size` workers on `cores` cores, for a run of many files or of a few. */
export function workerKind(size: number, cores: number, manyFiles: boolean): WorkerKind {
  if (size > 1 && size >= cores) return 'single-threaded process'
  return manyFiles ? 'process' : 'thread'
}

/**
 * dist/worker.js beside the running bundle; from the sources (tests), the
 * built one in dist/ (`npm test` builds first), so workers always run the
 * bundled code.
 */
export function startWorker(kind: WorkerKind = 'thread'): WorkerLike {
  for (const candidate of ['./worker.js', '../../dist/worker.js']) {
    const url = new URL(candidate, import.meta.url)
    const path = fileURLToPath(url)
    if (!existsSync(path)) continue
    if (kind !== 'thread') return new ProcessWorker(path, {memoryMb: WORKER_MEMORY_MB, youngMb: YOUNG_GENERATION_MB, singleThreaded: kind === 'single-threaded process'})
    return new Worker(url, {resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_MEMORY_MB}})
  }
  throw new Error(`copydesk: no worker bundle beside ${fileURLToPath(import.meta.url)}; run \`npm run build\``)
}

/** A worker thread started ahead of the first pool, and whether it has said it is ready. */
let early: {worker: WorkerLike; ready: boolean} | undefined

/**
 * Start one worker now, for the next pool to adopt: the Action calls this
 * first thing, so the worker loads while the main thread reads its inputs,
 * asks git and finds the files. Unused, it does not keep the process alive.
 */
export function startEarly(): void {
  if (early) return
  const started = {worker: startWorker(), ready: false}
  started.worker.once('message', (reply: {ready?: true}) => {
    if (reply?.ready) started.ready = true
  })
  started.worker.unref()
  early = started
}

interface Pending {
  task: Task
  timeout: number
  resolve(result: FileResult): void
}

interface Slot {
  worker: WorkerLike
  /** Loaded and listening: the time budget does not count a worker's start. */
  ready: boolean
  /**
   * Files sent to the worker, oldest first; the worker takes them in order.
   * Two in flight, so the worker never waits for the main thread between files.
   */
  inFlight: Pending[]
  /** Budget of the oldest file in flight, from when the worker started it. */
  timer?: NodeJS.Timeout
}

/** Files sent ahead to each worker. */
const DEPTH = 2

export class LintPool {
  private slots: Slot[] = []
  private queue: Pending[] = []
  private nextId = 0
  private configIds = new WeakMap<Config, number>()
  private configCount = 0
  private closed = false

  /** `kind`: how the workers run (see `workerKind`). */
  constructor(private size: number, private kind: WorkerKind = 'thread') {
    if (kind !== 'thread' && early) {
      // The early worker is a thread: a pool of processes does not use it.
      void early.worker.terminate()
      early = undefined
    }
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn())
  }

  /** Lint one file in a worker; never rejects. `timeout` in ms (0: no budget). */
  lint(absolute: string, path: string, config: Config, maxFileSize: number, timeout: number, fix = false): Promise<FileResult> {
    let configId = this.configIds.get(config)
    if (configId === undefined) this.configIds.set(config, (configId = this.configCount++))
    return new Promise((resolve) => {
      this.queue.push({task: {id: this.nextId++, absolute, path, configId, config, maxFileSize, fix}, timeout, resolve})
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private spawn(): Slot {
    const adopted = early
    early = undefined
    const worker = adopted?.worker ?? startWorker(this.kind)
    const slot: Slot = {worker, ready: adopted?.ready ?? false, inFlight: []}
    // Held while starting, so that a run waiting for its first worker does not end.
    if (adopted && !adopted.ready) worker.ref()
    worker.on('message', (reply: {ready?: true; id: number; result: WireResult}) => {
      if (reply.ready) {
        slot.ready = true
        this.dispatch()
        // Held while starting, so that a run waiting for its first worker does not end; idle once ready.
        if (slot.inFlight.length === 0) worker.unref()
        return
      }
      if (slot.inFlight[0]?.task.id !== reply.id) return
      this.settle(slot, fromWire(reply.result))
    })
    worker.on('error', (error: NodeJS.ErrnoException) => {
      this.replace(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `Linting this file needed more than ${WORKER_MEMORY_MB} MB of memory; skipped`
        : `Could not lint this file: the worker failed (${error.message}); skipped`)
    })
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `Could not lint this file: the worker exited (code ${code}); skipped`)
    })
    return slot
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready) continue
      while (slot.inFlight.length < DEPTH && this.queue.length > 0) {
        const next = this.queue.shift()!
        slot.inFlight.push(next)
        slot.worker.ref()
        slot.worker.postMessage(next.task)
        if (slot.inFlight.length === 1) this.startTimer(slot)
      }
    }
  }

  /** The oldest file in flight is the one the worker is linting now. */
  private startTimer(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.timer = undefined
    const head = slot.inFlight[0]
    if (!head || head.timeout <= 0) return
    slot.timer = setTimeout(() => {
      this.replace(slot, `Linting took longer than ${head.timeout} ms (\`fileTimeout\`, \`--file-timeout\`); skipped`)
    }, Math.min(head.timeout, MAX_TIMEOUT))
  }

  private settle(slot: Slot, result: FileResult): void {
    const done = slot.inFlight.shift()!
    this.startTimer(slot)
    if (slot.inFlight.length === 0) slot.worker.unref()
    done.resolve(result)
    this.dispatch()
  }

  /** Terminate a slot's worker (hung or failed), skip its current file, requeue the rest, start a fresh worker. */
  private replace(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    // A child process that ends before it is ready will not start (a Node.js without one of its flags, no
    // processes left to the user): the run goes on with worker threads.
    if (this.kind !== 'thread' && !slot.ready) this.kind = 'thread'
    clearTimeout(slot.timer)
    const [current, ...waiting] = slot.inFlight
    slot.inFlight = []
    this.slots.splice(index, 1)
    void slot.worker.terminate()
    this.queue.unshift(...waiting)
    if (!this.closed) this.slots.push(this.spawn())
    if (current) current.resolve(skippedResult(current.task.path, reason))
    this.dispatch()
  }
}
