/** The GitHub Action's entry point (bundled to dist/index.js). */
import {startEarly} from '../engine/workers.ts'
import {run} from './run.ts'

// The worker that lints loads while the Action reads its inputs, asks git and finds the files.
startEarly()
await run()
// Everything is written. A socket may linger where no deadline reaches it (the proxy tunnel's
// CONNECT request, when a proxy never answers): it must not hold the job. An unref'd timer does
// not keep the process alive by itself, so a clean run exits as soon as it is done.
setTimeout(() => process.exit(), 2000).unref()
