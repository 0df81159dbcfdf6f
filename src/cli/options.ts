/** The command line's options, as node:util parseArgs reads them. */
import {parseArgs} from 'node:util'
import {poolShape, type WorkerKind} from '../engine/workers.ts'

/** `--jobs` takes up to this many workers. */
export const MAX_JOBS = 64

/** `--jobs` (absent: `auto`); undefined when it is neither `auto` nor a whole number from 1 to MAX_JOBS. */
export function parseJobs(value: string | undefined): number | 'auto' | undefined {
  if (value === undefined || value === 'auto') return 'auto'
  const jobs = Number(value)
  return Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS ? jobs : undefined
}

export const options = {
  format: {type: 'string'},
  'fail-on': {type: 'string', default: 'error'},
  config: {type: 'string'},
  'no-config': {type: 'boolean', default: false},
  quiet: {type: 'boolean', default: false},
  stdin: {type: 'boolean', default: false},
  'stdin-filename': {type: 'string'},
  diff: {type: 'string'},
  fix: {type: 'boolean', default: false},
  'fix-dry-run': {type: 'boolean', default: false},
  'max-file-size': {type: 'string'},
  jobs: {type: 'string'},
  cache: {type: 'boolean', default: false},
  'cache-location': {type: 'string'},
  shard: {type: 'string'},
  'file-timeout': {type: 'string'},
  help: {type: 'boolean', short: 'h', default: false},
  version: {type: 'boolean', short: 'v', default: false}
} as const

/**
 * The worker a run of `argv` will lint with first, if it lints files in workers: the kind a pool for
 * many files would have (see `poolShape`; a pool for a few takes it too). None for `--help`,
 * `--version` or standard input (linted in the main thread), nor with `--cache` (an unchanged archive
 * lints nothing), nor for arguments `main` will reject.
 */
export function earlyWorker(argv: string[]): WorkerKind | undefined {
  let values
  try {
    values = parseArgs({args: argv, allowPositionals: true, options}).values
  } catch {
    return undefined
  }
  if (values.help || values.version || values.stdin || values.cache) return undefined
  const jobs = parseJobs(values.jobs)
  return jobs === undefined ? undefined : poolShape(jobs, Infinity).kind
}
