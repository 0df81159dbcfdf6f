/**
 * A small pool of worker threads for linting files in parallel, under a
 * per-file time budget and a memory cap. A synchronous hang cannot be
 * interrupted inside its own thread, so a file that runs over its budget has
 * its worker terminated and replaced; a file that needs more memory than the
 * cap ends its worker (V8 stops it at the limit). Either way the file is
 * reported as skipped and the run goes on.
 *
 * Files go to a worker many at a time and their results come back many at a
 * time (src/engine/worker.ts holds them briefly): a message each way per file
 * cost the worker about 0.1 ms a file on the 2-core machine, most of it in
 * the write that wakes the main thread. So when a worker with several files
 * fails (hangs, runs out of memory, exits), the main thread cannot tell which
 * of them it was on, nor whether the results of the others were waiting to
 * be sent: each of them is linted again alone, in a fresh worker, where the
 * one that fails again is the file skipped. A large file (what runs out of
 * memory or time, mostly) is the exception: the worker sends what it holds
 * before it starts one, says that it has, and sends its result at once.
 *
 * Results cross the thread boundary as plain data and are rebuilt as VFile
 * and VFileMessage objects with every field (`toWire` / `fromWire`);
 * `file.data` and the text stay behind (no reporter reads them; copying every
 * article back cost ~1 s of the worker's time on the corpus).
 */
import {skippedResult, type FileResult} from './lint-file.ts'
import type {WorkerLike} from './process-worker.ts'
import {adoptEarly, startWorker, WORKER_MEMORY_MB, type WorkerKind} from './workers.ts'
import {fromWire, type Task, type WireResult} from './wire.ts'
import type {Config} from '../types.ts'

export const DEFAULT_FILE_TIMEOUT = 20_000

/** setTimeout fires at once past 2^31 - 1 ms (about 24.8 days): longer budgets are that. */
const MAX_TIMEOUT = 2 ** 31 - 1

interface Pending {
  task: Task
  timeout: number
  resolve(result: FileResult): void
  /** Sent to a worker with no other file, after a worker failed with it among others. */
  alone?: boolean
}

interface Slot {
  worker: WorkerLike
  /** How it runs (an adopted early worker can be of another kind than the pool's). */
  kind: WorkerKind
  /** Loaded and listening: the time budget does not count a worker's start. */
  ready: boolean
  /**
   * Files sent to the worker, oldest first; the worker takes them in order.
   * Several, so that the worker never waits for the main thread between files.
   */
  inFlight: Pending[]
  /** Budget of the oldest file in flight, from when the results before it came back. */
  timer?: NodeJS.Timeout
  /** The large file the worker said it started (src/engine/worker.ts). */
  started?: number
}

/**
 * Files in flight to each worker, at most: twice the worker's batch of results, so it has files left while
 * a batch is on its way back. Fewer near the end of a run, so that every worker has its share of the last files.
 */
const DEPTH = 32

/**
 * Worker threads in a row that end before they are ready, after which the pool starts no more in their
 * place: something in every worker's start fails (a preload in NODE_OPTIONS that throws in workers). The
 * workers running go on (one that fails after it was ready is still replaced); once none is left, each
 * file not linted is skipped with that reason. (Child processes that cannot start are not counted: the
 * pool goes on with threads.)
 */
const MAX_START_FAILURES = 3

export class LintPool {
  private slots: Slot[] = []
  private queue: Pending[] = []
  private nextId = 0
  private configIds = new WeakMap<Config, number>()
  private configCount = 0
  private closed = false
  /** Worker threads in a row that ended before they were ready, and what the last one said. */
  private startFailures = 0
  private startFailure = ''
  /** Why no worker can start, once the pool has stopped starting them: with none left, files are skipped with it. */
  private cannotStart?: string

  /** `kind`: how the workers run (see `workerKind`). */
  constructor(private size: number, private kind: WorkerKind = 'thread') {
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn())
  }

  /** Lint one file in a worker; never rejects. `timeout` in ms (0: no budget). */
  lint(absolute: string, path: string, config: Config, maxFileSize: number, timeout: number, fix = false): Promise<FileResult> {
    let configId = this.configIds.get(config)
    if (configId === undefined) this.configIds.set(config, (configId = this.configCount++))
    return new Promise((resolve) => {
      // (Set once the last worker has gone, when none is started in its place: no worker comes after.)
      if (this.cannotStart) return resolve(skippedResult(path, this.cannotStart))
      this.queue.push({task: {id: this.nextId++, absolute, path, configId, config, maxFileSize, fix}, timeout, resolve})
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private spawn(): Slot {
    const adopted = adoptEarly(this.kind)
    const worker = adopted?.worker ?? startWorker(this.kind)
    const slot: Slot = {worker, kind: adopted?.kind ?? this.kind, ready: adopted?.ready ?? false, inFlight: []}
    // Held while starting, so that a run waiting for its first worker does not end.
    if (adopted && !adopted.ready) worker.ref()
    worker.on('message', (reply: {ready?: true; started?: number; results?: Array<{id: number; result: WireResult}>}) => {
      if (reply.ready) {
        slot.ready = true
        this.startFailures = 0
        if (!this.closed) this.dispatch()
        // Held while starting, so that a run waiting for its first worker does not end; idle once ready.
        this.idle(slot)
        return
      }
      if (reply.started !== undefined) slot.started = reply.started
      if (reply.results) this.settle(slot, reply.results)
    })
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.replace(slot, `Linting this file needed more than ${WORKER_MEMORY_MB} MB of memory; skipped`, 'it ran out of memory')
      else this.replace(slot, `Could not lint this file: the worker failed (${error.message}); skipped`, error.message)
    })
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `Could not lint this file: the worker exited (code ${code}); skipped`, `exit code ${code}`)
    })
    return slot
  }

  private dispatch(): void {
    const inFlight = this.slots.reduce((sum, slot) => sum + slot.inFlight.length, 0)
    const depth = Math.max(2, Math.min(DEPTH, Math.ceil((this.queue.length + inFlight) / this.slots.length)))
    for (const slot of this.slots) {
      if (!slot.ready) continue
      const tasks: Task[] = []
      while (slot.inFlight.length < depth && this.queue.length > 0) {
        // A file to lint alone goes to a worker with nothing in flight, and nothing joins it.
        if (slot.inFlight.length > 0 && (this.queue[0].alone || slot.inFlight[0].alone)) break
        const next = this.queue.shift()!
        slot.inFlight.push(next)
        tasks.push(next.task)
        if (slot.inFlight.length === 1) this.startTimer(slot)
      }
      if (tasks.length === 0) continue
      slot.worker.ref()
      slot.worker.postMessage({tasks})
    }
  }

  /**
   * A worker with nothing in flight does not keep the process alive, unless the pool is closed: `close`
   * holds each worker until it has gone (one that said it was ready only after the pool was closed, too).
   */
  private idle(slot: Slot): void {
    if (!this.closed && slot.inFlight.length === 0) slot.worker.unref()
  }

  /** The oldest file in flight is the one the worker is linting now, or one whose result is on its way. */
  private startTimer(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.timer = undefined
    const head = slot.inFlight[0]
    if (!head || head.timeout <= 0) return
    slot.timer = setTimeout(() => {
      this.replace(slot, `Linting took longer than ${head.timeout} ms (\`fileTimeout\`, \`--file-timeout\`); skipped`)
    }, Math.min(head.timeout, MAX_TIMEOUT))
  }

  /** Results of the files in flight, oldest first (a worker replaced since may still send some: they are not its slot's now). */
  private settle(slot: Slot, results: Array<{id: number; result: WireResult}>): void {
    const done: Array<{pending: Pending; result: FileResult}> = []
    for (const {id, result} of results) {
      if (slot.inFlight[0]?.task.id !== id) break
      done.push({pending: slot.inFlight.shift()!, result: fromWire(result)})
    }
    if (done.length === 0) return
    this.startTimer(slot)
    this.idle(slot)
    for (const {pending, result} of done) pending.resolve(result)
    this.dispatch()
  }

  /**
   * Terminate a slot's worker (hung or failed) and start a fresh one. The file it failed on is skipped
   * (`reason`) when that is known: the only one in flight, or a large one it said it started, the oldest in
   * flight (the others go back to the queue). Otherwise each file in flight is linted again, alone.
   * `detail`: what happened, for when workers fail before they are ready (see `MAX_START_FAILURES`).
   */
  private replace(slot: Slot, reason: string, detail = reason): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    if (!slot.ready) {
      // A child process that ends before it is ready will not start (a Node.js without one of its flags, no
      // processes left to the user): the run goes on with worker threads.
      if (slot.kind !== 'thread') this.kind = 'thread'
      else {
        this.startFailures++
        this.startFailure = detail
      }
    }
    clearTimeout(slot.timer)
    const failed = slot.inFlight
    slot.inFlight = []
    this.slots.splice(index, 1)
    void slot.worker.terminate()
    const [oldest, ...rest] = failed
    const known = failed.length === 1 || (oldest !== undefined && slot.started === oldest.task.id)
    if (known) this.queue.unshift(...rest)
    else this.queue.unshift(...failed.map((pending) => ({...pending, alone: true})))
    const givenUp = this.startFailures >= MAX_START_FAILURES
    if (!this.closed && (slot.ready || !givenUp)) this.slots.push(this.spawn())
    if (known) oldest.resolve(skippedResult(oldest.task.path, reason))
    if (givenUp && this.slots.length === 0) {
      this.cannotStart = `Could not lint this file: no worker could start (${this.startFailure}); skipped`
      for (const pending of this.queue.splice(0)) pending.resolve(skippedResult(pending.task.path, this.cannotStart))
    }
    this.dispatch()
  }
}
