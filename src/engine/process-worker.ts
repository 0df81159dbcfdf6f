/**
 * A worker in a child process of its own, driven like a worker thread (the
 * pool uses either): its V8 has flags of its own, where a worker thread has
 * its process's (src/engine/v8-flags.ts). When every core runs a worker, V8 runs
 * the child's garbage collector and compiler on the child's one thread,
 * instead of on helper threads that compete with the other workers for the
 * same cores (`--single-threaded`). On the 2-core machine, two such workers
 * lint the corpus in about 20 % less time than two worker threads
 * (docs/performance.md).
 *
 * The same bundle (dist/worker.js) runs in either; messages cross as V8
 * serializes them (`serialization: 'advanced'`, as postMessage does). A heap
 * past the cap ends the child, which says so on its standard error: that is
 * reported as the worker thread reports it (`ERR_WORKER_OUT_OF_MEMORY`).
 */
import {fork, type ChildProcess} from 'node:child_process'
import {EventEmitter} from 'node:events'
import {LINTING_FLAGS} from './v8-flags.ts'

/** What the pool needs of a worker: a worker thread has all of it. */
export interface WorkerLike extends EventEmitter {
  postMessage(message: unknown): void
  terminate(): Promise<number>
  ref(): void
  unref(): void
}

export interface ProcessOptions {
  /** The old generation's cap (`--max-old-space-size`). */
  memoryMb: number
  /** The young generation, as a worker thread's `maxYoungGenerationSizeMb`. */
  youngMb: number
  /** V8's collector and compiler on the worker's one thread (`--single-threaded`). */
  singleThreaded: boolean
}

/** The child's standard error is kept up to this many characters: enough to see why it ended. */
const MAX_STDERR = 16_384

export class ProcessWorker extends EventEmitter implements WorkerLike {
  private child: ChildProcess
  private stderr = ''
  private exited: Promise<number>

  constructor(path: string, {memoryMb, youngMb, singleThreaded}: ProcessOptions) {
    super()
    this.child = fork(path, [], {
      // The young generation is three semi-spaces' worth, as a worker thread's `maxYoungGenerationSizeMb` is.
      execArgv: [...LINTING_FLAGS, ...(singleThreaded ? ['--single-threaded'] : []), `--max-old-space-size=${memoryMb}`, `--max-semi-space-size=${Math.max(1, Math.round(youngMb / 3))}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc']
    })
    this.child.stderr!.setEncoding('utf8')
    this.child.stderr!.on('data', (chunk: string) => {
      if (this.stderr.length < MAX_STDERR) this.stderr += chunk
    })
    this.child.on('message', (message) => this.emit('message', message))
    this.child.on('error', (error) => this.emit('error', error))
    this.exited = new Promise((resolve) => {
      // 'close': the child has exited and its standard error is read to the end.
      this.child.on('close', (code, signal) => {
        if (/heap out of memory|Reached heap limit/.test(this.stderr)) {
          this.emit('error', Object.assign(new Error('the worker ran out of memory'), {code: 'ERR_WORKER_OUT_OF_MEMORY'}))
        } else {
          this.emit('exit', code ?? signal)
        }
        resolve(code ?? 1)
      })
    })
  }

  postMessage(message: unknown): void {
    // A child that has just died cannot take it: its exit tells the pool.
    if (this.child.connected) this.child.send(message as object)
  }

  terminate(): Promise<number> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      // Held until it has gone, as a worker thread's terminate() is.
      this.ref()
      this.child.kill('SIGKILL')
    }
    return this.exited
  }

  ref(): void {
    this.child.ref()
    this.child.channel?.ref()
    ;(this.child.stderr as unknown as {ref?(): void}).ref?.()
  }

  unref(): void {
    this.child.unref()
    this.child.channel?.unref()
    ;(this.child.stderr as unknown as {unref?(): void}).unref?.()
  }
}
