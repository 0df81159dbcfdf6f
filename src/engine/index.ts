/**
 * Lints files from disk: reads, decides what cannot be linted (binary, too
 * large, unreadable), runs the library, and keeps going whatever one file
 * does. The CLI and the Action both call this.
 */
import {ConfigFinder, readConfig} from './config.ts'
import {findFiles} from './files.ts'
import {DEFAULT_MAX_FILE_SIZE, displayPath, lintFile, skippedResult, type FileResult} from './lint-file.ts'
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
  /** Per-file time budget in ms (default: config `fileTimeout`, else 20 s); 0: none, and no worker when `jobs` is 1. */
  fileTimeout?: number
  onProgress?: (done: number, total: number, path: string) => void
}

export interface EngineRun {
  results: FileResult[]
}

/** Discover and lint files. Throws `ConfigError` for an unreadable explicit config. */
export async function run(options: EngineOptions): Promise<EngineRun> {
  const {cwd} = options
  const fixed = typeof options.config === 'string' ? readConfig(options.config) : options.config === false ? {} : undefined
  const finder = new ConfigFinder()
  const found = findFiles(options.patterns, cwd)
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
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, work.length))
  // A hang cannot be interrupted in its own thread: with a time budget, files are linted in workers.
  const pool = work.length > 0 && (jobs > 1 || work.some((item) => item.timeout > 0)) ? new LintPool(jobs) : undefined
  if (!pool) {
    for (const item of work) {
      options.onProgress?.(done++, found.length, item.path)
      results[item.index] = await lintFile(item.absolute, item.path, item.config, item.maxFileSize)
    }
  } else {
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
  return {results}
}
