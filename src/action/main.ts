/** The GitHub Action's entry point (bundled to dist/index.js). */
import {run} from './run.ts'

await run()
