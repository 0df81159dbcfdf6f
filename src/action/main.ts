/** The GitHub Action's entry point (bundled to dist/index.js). */
import {run} from './run.ts'

await run()
// Everything is written. Should a socket linger (a proxy that never answers a tunnel request), do not let it hold the job.
setTimeout(() => process.exit(), 5000).unref()
