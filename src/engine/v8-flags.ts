/**
 * The V8 flags workers lint with. A child process gets them on its command line; a worker thread has
 * its process's, and the `copydesk` binary gives its own process them first thing (`useLintingFlags`),
 * so that its one worker can be a thread, which starts without a Node.js of its own (see `workerKind`).
 */
import {setFlagsFromString} from 'node:v8'

/**
 * V8 makes optimised code without inlining: inlining makes every optimisation larger, and linting
 * thousands of short, different articles does not earn it back. With `--single-threaded` as well (child
 * processes, when workers fill every core), the compiler's work is the worker's own time, and the flag
 * saves more.
 * Corpus, `--jobs 2`, alternated rounds: 6.57–6.61 s (CPU 12.4–12.5 s) with `--no-turbo-inlining`,
 * 7.71–7.81 s (CPU 14.6–14.8 s) without; one worker: CPU 11.3–11.8 s against 12.4–13.4 s in a thread, in
 * the same time. The same output.
 */
const NO_INLINING = '--no-turbo-inlining'

/**
 * V8 optimises a function once it has run through this much bytecode budget, three times: 132 KB, twice
 * Node 20's 66 KB and the value later V8 versions use themselves (with their mid-tier compiler); on those,
 * the flag changes nothing. A worker lints many articles once each, and optimising later costs less
 * compiler time than it saves: 400 articles of 6 KB, `--jobs 1`, six alternated rounds, 1.61 s (CPU
 * 2.34 s) at 66 KB, 1.415 s (CPU 1.97 s) at 132 KB; the corpus, five rounds, 7.31 s (CPU 10.07 s) and
 * 7.18 s (CPU 9.37 s); `--jobs 2`, four rounds, 5.84 and 5.48 s. (264 KB: `--jobs 2` faster still, one
 * worker not.) The same output.
 */
const LATER_OPTIMISATION = '--interrupt-budget=135168'

export const LINTING_FLAGS: readonly string[] = [NO_INLINING, LATER_OPTIMISATION]

let inProcess = false

/**
 * Give this process, and the worker threads it starts from now on, the flags workers lint with. Node.js
 * warns that V8 flags set once V8 has started may behave unpredictably; these two only steer when and
 * how V8 optimises a function (read as it compiles one), and the binary sets them before its first
 * worker starts. For the `copydesk` binary's own process only: a library does not change the V8 of the
 * program that loads it. 400 articles of 6 KB, `--jobs 1`, six alternated rounds: a worker thread
 * 1.20–1.31 s with the flags and 1.38–1.55 s without, a child process 1.24–1.36 s; the corpus the same
 * in a thread with the flags as in a process (6.31–6.61 s against 6.38–6.88 s, four rounds).
 */
export function useLintingFlags(): void {
  for (const flag of LINTING_FLAGS) setFlagsFromString(flag)
  inProcess = true
}

/** Whether this process lints with the workers' flags: its worker threads then do too. */
export function lintingFlagsInProcess(): boolean {
  return inProcess
}
