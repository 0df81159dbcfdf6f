/**
 * Lints files from disk: reads, decides what cannot be linted (binary, too
 * large, unreadable), runs the library, and keeps going whatever one file
 * does. The CLI and the Action both call this.
 */
import {readFileSync, statSync} from 'node:fs'
import {LintCache} from './cache.ts'
import {ConfigFinder, readConfig} from './config.ts'
import {discover, type Discovery, type Found} from './files.ts'
import {DEFAULT_MAX_FILE_SIZE, displayPath, skippedResult, type FileResult} from './lint-file.ts'
import {DEFAULT_FILE_TIMEOUT, LintPool} from './pool.ts'
import {inShard, type Shard} from './shard.ts'
import {AUTO_MIN_FILES, poolShape, startEarly} from './workers.ts'
import type {Config} from '../types.ts'

export {DEFAULT_MAX_FILE_SIZE, displayPath, lintAndFix, lintFile, lintText, skippedResult, type FileResult, type Fixed} from './lint-file.ts'

export interface EngineOptions {
  cwd: string
  patterns: string[]
  /** `false`: no configuration files; a path: that file for every article. */
  config?: string | false
  maxFileSize?: number
  /** Worker threads linting in parallel (default 1); `auto`: one per core when there are many files. */
  jobs?: number | 'auto'
  /** Per-file time budget in ms (default: config `fileTimeout`, else 20 s); 0: none. */
  fileTimeout?: number
  /** Files already found (the Action lists them once): `patterns` is then not expanded. */
  files?: Found[]
  /** The cache file (`--cache`): unchanged files are not linted again. */
  cache?: string
  /** Only the files of this shard (`--shard i/n`). */
  shard?: Shard
  onProgress?: (done: number, total: number, path: string) => void
  /** Fix each file in memory (nothing is written): results carry the text as read and as fixed, and the fixed text's findings. */
  fix?: boolean
}

export interface EngineRun {
  results: FileResult[]
  /** Patterns that gave no file (see `discover`). */
  unmatched: Discovery['unmatched']
  /** Files whose findings came from the cache. */
  cached: number
  /** Something the run could not do but that lost no finding (the cache could not be written). */
  warnings: string[]
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
  const shard = options.shard
  const discovered = options.files ? {files: options.files, unmatched: []} : discover(options.patterns, cwd)
  const {unmatched} = discovered
  const found = discovered.files.filter((entry) => !shard || inShard(displayPath(cwd, entry.path), shard))
  const cache = options.cache ? new LintCache(options.cache) : undefined
  // Every run lints in workers, started before the files' configuration is read. Without a cache every file
  // found is linted: many files get their pool now (child processes; see `workerKind`). Otherwise one worker
  // thread starts at the first file to lint (none when the cache has every file), for the pool to adopt.
  let pool = !cache && found.length >= AUTO_MIN_FILES ? startPool(options.jobs, found.length) : undefined
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
    // Fixing needs the text: a cached result with something to fix is linted (and fixed) again.
    if (hit && !(options.fix && hit.file.messages.some((message) => message.fix))) results[index] = hit
    else {
      if (!pool) startEarly()
      work.push({index, absolute: entry.path, path, config, maxFileSize, timeout, key})
    }
  }
  let done = found.length - work.length
  if (work.length === 0) await pool?.close()
  else {
    const lintPool = (pool ??= startPool(options.jobs, work.length))
    try {
      // The pool queues the files and hands them out in order; results keep their places.
      await Promise.all(work.map(async (item) => {
        results[item.index] = await lintPool.lint(item.absolute, item.path, item.config, item.maxFileSize, item.timeout, options.fix)
        options.onProgress?.(++done, found.length, item.path)
      }))
    } finally {
      await lintPool.close()
    }
  }
  options.onProgress?.(found.length, found.length, '')
  const warnings: string[] = []
  if (cache) {
    // A fixed result holds the findings of the fixed text, not of the bytes the key was made of.
    for (const item of work) if (item.key && !results[item.index].fixed) cache.set(item.path, item.key, results[item.index])
    const problem = cache.save()
    if (problem) warnings.push(problem)
  }
  return {results, unmatched, cached: cache?.hits ?? 0, warnings}
}

/** The pool for `files` files (see `poolShape`). */
function startPool(jobs: EngineOptions['jobs'], files: number): LintPool {
  const {size, kind} = poolShape(jobs, files)
  return new LintPool(size, kind)
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
