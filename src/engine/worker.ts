/**
 * Worker-thread entry (bundled as dist/worker.js): lints the files the pool
 * sends, one at a time, and posts each result back as plain data (see
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

const port = parentPort
if (!port) throw new Error('copydesk worker: must run in a worker thread')

const hang = process.env.COPYDESK_TEST_HANG ? new RegExp(process.env.COPYDESK_TEST_HANG) : undefined
/** Config objects by id: the library caches its processors per config object. */
const configs = new Map<number, Config>()

port.on('message', async (task: Task) => {
  let config = configs.get(task.configId)
  if (!config) configs.set(task.configId, (config = task.config))
  if (hang?.test(task.path)) for (;;);
  const result = await lintFile(task.absolute, task.path, config, task.maxFileSize, task.fix)
  port.postMessage({id: task.id, result: toWire(result)})
})
port.postMessage({ready: true})
