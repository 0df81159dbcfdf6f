/**
 * Worker entry (bundled as dist/worker.js), in a worker thread or a child
 * process (src/engine/process-worker.ts): lints the files the pool sends, one
 * at a time, and posts the results back as plain data (see
 * src/engine/wire.ts), several to a message. Reading happens here too, so I/O runs in parallel.
 *
 * Test-only hook, read nowhere else: when `COPYDESK_TEST_HANG` is set to a
 * regular expression, a file whose path matches it makes this worker spin
 * forever (a synchronous hang, like a pathological regular expression would),
 * so that tests can prove the per-file time budget. It has no effect unless
 * that variable is set.
 */
import {parentPort} from 'node:worker_threads'
import {lintBytes, readArticle} from './lint-file.ts'
import {toWire, type Task, type WireResult} from './wire.ts'
import type {Config} from '../types.ts'

/** The pool's end: the thread's port, or the child process's channel to its parent. */
const port = parentPort ?? (process.send ? {
  on: (event: 'message', listener: (task: Task) => void) => process.on(event, listener),
  postMessage: (message: unknown) => process.send!(message)
} : undefined)
if (!port) throw new Error('copydesk worker: must run in a worker thread or a child process')
// A child process whose parent has gone (ended, killed) has nobody to lint for.
if (!parentPort) process.on('disconnect', () => process.exit(0))

const hang = process.env.COPYDESK_TEST_HANG ? new RegExp(process.env.COPYDESK_TEST_HANG) : undefined
/** Config objects by id: the library caches its processors per config object. */
const configs = new Map<number, Config>()

/** Results held for one message: at most this many, */
const BATCH = 16
/** held no longer than this (ms) after the first of them, and sent at once when no file is left to lint. */
const BATCH_MS = 50

/**
 * A file of this many bytes or more is linted with no result held, and its start is announced: if its
 * worker fails (a large file is what runs out of memory or time), the pool knows it was this file.
 */
const LARGE = 64 * 1024

let held: Array<{id: number; result: WireResult}> = []
let heldSince = 0
/** Files received and not yet linted. */
let waiting = 0

/** One file at a time, in the order sent: the pool's time budget is for the files in flight, oldest first. */
let queue = Promise.resolve()
port.on('message', ({tasks}: {tasks: Task[]}) => {
  waiting += tasks.length
  for (const task of tasks) queue = queue.then(() => lintTask(task))
})

async function lintTask(task: Task): Promise<void> {
  // Back to the event loop between files: linting is promises all through (microtasks), and with files
  // queued it would not return there at all, so V8's own tasks (finishing a garbage collection) would
  // wait: the worker's peak memory then rose from about 150 to about 260 MB in some corpus runs.
  await new Promise((resolve) => setImmediate(resolve))
  let config = configs.get(task.configId)
  if (!config) configs.set(task.configId, (config = task.config))
  const read = readArticle(task.absolute, task.path, task.maxFileSize)
  const large = Buffer.isBuffer(read) && read.length >= LARGE
  if (large) {
    send()
    port!.postMessage({started: task.id})
  }
  if (hang?.test(task.path)) for (;;);
  const result = Buffer.isBuffer(read) ? await lintBytes(read, task.path, config, task.fix) : read
  waiting--
  if (held.length === 0) heldSince = performance.now()
  held.push({id: task.id, result: toWire(result)})
  if (large || waiting === 0 || held.length >= BATCH || performance.now() - heldSince >= BATCH_MS) send()
}

function send(): void {
  if (held.length === 0) return
  port!.postMessage({results: held})
  held = []
}

port.postMessage({ready: true})
