/**
 * Lints files from disk: reads, decides what cannot be linted (binary, too
 * large, unreadable), runs the library, and keeps going whatever one file
 * does. The CLI and the Action both call this.
 */
import {ConfigFinder, readConfig} from './config.ts'
import {discover, type Discovery} from './files.ts'
import {DEFAULT_MAX_FILE_SIZE, displayPath, skippedResult, type FileResult} from './lint-file.ts'
import {DEFAULT_FILE_TIMEOUT, LintPool} from './pool.ts'
import type {Config} from '../types.ts'

export {DEFAULT_MAX_FILE_SIZE, displayPath, lintFile, lintText, skippedResult, type FileResult} from './lint-file.ts'

export interface EngineOptions {
  cwd: string
  patterns: string[]
  /** `false`: no configuration files; a path: that file for every article. */
  config?: string | false
  maxFileSize?: number
  /** Worker threads linting in parallel (default 1). */
  jobs?: number
  /** Per-file time budget in ms (default: config `fileTimeout`, else 20 s); 0: none. */
  fileTimeout?: number
  onProgress?: (done: number, total: number, path: string) => void
}

export interface EngineRun {
  results: FileResult[]
  /** Patterns that gave no file (see `discover`). */
  unmatched: Discovery['unmatched']
}

/**
 * Discover and lint files. Throws `ConfigError` for an unreadable explicit
 * config (`options.config`); a file under an unusable configuration or
 * ignore file is skipped with the reason. Files are always linted in worker
 * threads, whose heap is capped: a file that needs too much memory, hangs,
 * or makes its worker exit is one skipped file (src/engine/pool.ts), not the
 * end of the run. (An abort of V8 itself ends the whole process, worker or
 * not: the parsers' inputs are bounded so that none is reached; see
 * yamlTooDeep.)
 */
export async function run(options: EngineOptions): Promise<EngineRun> {
  const {cwd} = options
  const fixed = typeof options.config === 'string' ? readConfig(options.config) : options.config === false ? {} : undefined
  const finder = new ConfigFinder()
  const {files: found, unmatched} = discover(options.patterns, cwd)
  const results: FileResult[] = new Array(found.length)
  const work: Array<{index: number; absolute: string; path: string; config: Config; maxFileSize: number; timeout: number}> = []
  for (const [index, entry] of found.entries()) {
    const path = displayPath(cwd, entry.path)
    if (entry.problem) {
      results[index] = skippedResult(path, `${entry.problem}; skipped`)
      continue
    }
    let config: Config
    try {
      config = fixed ?? finder.find(entry.path).config
    } catch (error) {
      results[index] = skippedResult(path, (error as Error).message)
      continue
    }
    const maxFileSize = options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
    const timeout = options.fileTimeout ?? config.fileTimeout ?? DEFAULT_FILE_TIMEOUT
    work.push({index, absolute: entry.path, path, config, maxFileSize, timeout})
  }
  let done = found.length - work.length
  if (work.length > 0) {
    const pool = new LintPool(Math.max(1, Math.min(options.jobs ?? 1, work.length)))
    try {
      // The pool queues the files and hands them out in order; results keep their places.
      await Promise.all(work.map(async (item) => {
        results[item.index] = await pool.lint(item.absolute, item.path, item.config, item.maxFileSize, item.timeout)
        options.onProgress?.(++done, found.length, item.path)
      }))
    } finally {
      await pool.close()
    }
  }
  options.onProgress?.(found.length, found.length, '')
  return {results, unmatched}
}
