/**
 * Lints files from disk: reads, decides what cannot be linted (binary, too
 * large, unreadable), runs the library, and keeps going whatever one file
 * does. The CLI and the Action both call this.
 */
import {readFileSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {LintCache} from './cache.ts'
import {ConfigFinder, readConfig} from './config.ts'
import {findFiles} from './files.ts'
import {DEFAULT_MAX_FILE_SIZE, displayPath, lintFile, skippedResult, type FileResult} from './lint-file.ts'
import {DEFAULT_FILE_TIMEOUT, LintPool} from './pool.ts'
import {inShard, type Shard} from './shard.ts'
import type {Config} from '../types.ts'

export {DEFAULT_MAX_FILE_SIZE, displayPath, lintFile, lintText, skippedResult, type FileResult} from './lint-file.ts'

/** `--jobs auto` starts more than one worker from this many files on (a worker costs ~50 ms to start). */
export const AUTO_MIN_FILES = 64

export interface EngineOptions {
  cwd: string
  patterns: string[]
  /** `false`: no configuration files; a path: that file for every article. */
  config?: string | false
  maxFileSize?: number
  /** Worker threads linting in parallel (default 1); `auto`: one per core when there are many files. */
  jobs?: number | 'auto'
  /** Per-file time budget in ms (default: config `fileTimeout`, else 20 s); 0: none, and no worker when `jobs` is 1. */
  fileTimeout?: number
  /** The cache file (`--cache`): unchanged files are not linted again. */
  cache?: string
  /** Only the files of this shard (`--shard i/n`). */
  shard?: Shard
  onProgress?: (done: number, total: number, path: string) => void
}

export interface EngineRun {
  results: FileResult[]
  /** Files whose findings came from the cache. */
  cached: number
  /** Something the run could not do but that lost no finding (the cache could not be written). */
  warnings: string[]
}

/** Discover and lint files. Throws `ConfigError` for an unreadable explicit config. */
export async function run(options: EngineOptions): Promise<EngineRun> {
  const {cwd} = options
  const fixed = typeof options.config === 'string' ? readConfig(options.config) : options.config === false ? {} : undefined
  const finder = new ConfigFinder()
  const shard = options.shard
  const found = findFiles(options.patterns, cwd).filter((entry) => !shard || inShard(displayPath(cwd, entry.path), shard))
  const cache = options.cache ? new LintCache(options.cache) : undefined
  const results: FileResult[] = new Array(found.length)
  const work: Array<{index: number; absolute: string; path: string; config: Config; maxFileSize: number; timeout: number; key?: string}> = []
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
    const key = cache && cacheKey(cache, entry.path, config, maxFileSize)
    const hit = key && cache.get(path, key)
    if (hit) results[index] = hit
    else work.push({index, absolute: entry.path, path, config, maxFileSize, timeout, key})
  }
  let done = found.length - work.length
  const wanted = options.jobs === 'auto' ? (work.length >= AUTO_MIN_FILES ? availableParallelism() : 1) : options.jobs ?? 1
  const jobs = Math.max(1, Math.min(wanted, work.length))
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
  const warnings: string[] = []
  if (cache) {
    for (const item of work) if (item.key) cache.set(item.path, item.key, results[item.index])
    const problem = cache.save()
    if (problem) warnings.push(problem)
  }
  return {results, cached: cache?.hits ?? 0, warnings}
}

/** The file's cache key, or undefined when it cannot be read here (linting will say why). */
function cacheKey(cache: LintCache, absolute: string, config: Config, maxFileSize: number): string | undefined {
  try {
    // Regular files within the size limit only: a FIFO or a device is never read here.
    const info = statSync(absolute)
    if (!info.isFile() || info.size > maxFileSize) return undefined
    return cache.key(readFileSync(absolute), config, maxFileSize)
  } catch {
    return undefined
  }
}
