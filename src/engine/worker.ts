/**
 * Worker entry (bundled as dist/worker.js), in a worker thread or a child
 * process (src/engine/process-worker.ts): lints the files the pool sends, one
 * at a time, and posts each result back as plain data (see
 * src/engine/wire.ts). Reading happens here too, so I/O runs in parallel.
 *
 * Test-only hook, read nowhere else: when `COPYDESK_TEST_HANG` is set to a
 * regular expression, a file whose path matches it makes this worker spin
 * forever (a synchronous hang, like a pathological regular expression would),
 * so that tests can prove the per-file time budget. It has no effect unless
 * that variable is set.
 */
import {parentPort} from 'node:worker_threads'
import {lintFile} from './lint-file.ts'
import {toWire, type Task} from './wire.ts'
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

/**
 * One file at a time, in the order sent: a child process's channel can hand
 * over two tasks in one go, and the pool's time budget is for the file the
 * worker is linting now.
 */
let queue = Promise.resolve()
port.on('message', (task: Task) => {
  queue = queue.then(() => lintTask(task))
})

async function lintTask(task: Task): Promise<void> {
  let config = configs.get(task.configId)
  if (!config) configs.set(task.configId, (config = task.config))
  if (hang?.test(task.path)) for (;;);
  const result = await lintFile(task.absolute, task.path, config, task.maxFileSize, task.fix)
  port!.postMessage({id: task.id, result: toWire(result)})
}
port.postMessage({ready: true})
