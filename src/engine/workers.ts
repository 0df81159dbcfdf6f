/**
 * The workers that lint: what kind a run gets, how one starts, and one
 * started ahead of the run for its pool to adopt. Light on purpose (Node's
 * own modules and src/engine/process-worker.ts): the `copydesk` binary and
 * the Action import it first thing, so that a worker loads while the rest of
 * Copydesk does.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {ProcessWorker, type WorkerLike} from './process-worker.ts'
import {lintingFlagsInProcess} from './v8-flags.ts'

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

/**
 * From this many files on, `--jobs auto` starts a worker per core and workers run in child processes
 * (a worker costs ~50 ms to start, a process a little more; see `workerKind`).
 */
export const AUTO_MIN_FILES = 64

/**
 * How a pool's workers run: `thread`, a worker thread (starts fastest; V8's helper threads use idle
 * cores); `process`, a child process whose V8 has the flags workers lint with (src/engine/v8-flags.ts:
 * less CPU for the same time, worth a process's start on a run of many files, unless this process has
 * them and its threads with it); `single-threaded process`, a child process with V8's collector and
 * compiler on the worker's own thread too, for when workers fill every core (see
 * src/engine/process-worker.ts).
 */
export type WorkerKind = 'thread' | 'process' | 'single-threaded process'

/**
 * The kind for a pool of `size` workers on `cores` cores, for a run of many files or of a few;
 * `flagsHere`: this process has the workers' V8 flags.
 */
export function workerKind(size: number, cores: number, manyFiles: boolean, flagsHere = lintingFlagsInProcess()): WorkerKind {
  if (size > 1 && size >= cores) return 'single-threaded process'
  return manyFiles && !flagsHere ? 'process' : 'thread'
}

/** The pool for `files` files to lint: `--jobs auto` is a worker per core for many files, one for a few. */
export function poolShape(jobs: number | 'auto' | undefined, files: number): {size: number; kind: WorkerKind} {
  const many = files >= AUTO_MIN_FILES
  const cores = availableParallelism()
  const wanted = jobs === 'auto' ? (many ? cores : 1) : jobs ?? 1
  const size = Math.max(1, Math.min(wanted, files))
  return {size, kind: workerKind(size, cores, many)}
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

/** A worker started ahead of the first pool, its kind, and whether it has said it is ready. */
export interface EarlyWorker {
  worker: WorkerLike
  kind: WorkerKind
  ready: boolean
  /** It failed or exited before a pool took it (a preload that throws in workers): no pool takes it. */
  ended: boolean
}

let early: EarlyWorker | undefined

/**
 * Start one worker now, for the next pool to adopt: the Action and the
 * `copydesk` binary call this first thing, so the worker loads while the
 * main thread loads the rest, reads its inputs and finds the files. Unused,
 * it does not keep the process alive.
 */
export function startEarly(kind: WorkerKind = 'thread'): void {
  if (early) return
  const started: EarlyWorker = {worker: startWorker(kind), kind, ready: false, ended: false}
  started.worker.once('message', (reply: {ready?: true}) => {
    if (reply?.ready) started.ready = true
  })
  // Heard before a pool takes it, and not an uncaught error: a pool starts a worker of its own instead.
  started.worker.on('error', () => (started.ended = true))
  started.worker.once('exit', () => (started.ended = true))
  started.worker.unref()
  early = started
}

/**
 * The early worker, for a pool whose workers are of `kind`. A process is
 * taken whatever the pool wanted: it is loaded, or loading, and a pool that
 * wanted a thread (a few files) or processes of the other kind (the files
 * were fewer than the workers asked for) gains more from that than from a
 * worker of its own kind still to start. A thread is not taken for a pool of
 * processes (a run of many files; the Action's early worker, with `--cache`
 * the first file to lint): it is ended. One that has already failed or exited
 * is not taken.
 */
export function adoptEarly(kind: WorkerKind): EarlyWorker | undefined {
  const taken = early
  early = undefined
  if (!taken || taken.ended) return undefined
  if (taken.kind !== 'thread' || kind === 'thread') return taken
  void taken.worker.terminate()
  return undefined
}
