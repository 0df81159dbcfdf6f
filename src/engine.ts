/**
 * Lints files from disk: reads, decides what cannot be linted (binary, too
 * large, unreadable), runs the library, and keeps going whatever one file
 * does. The CLI and the Action both call this.
 */
import {readFile, stat} from 'node:fs/promises'
import {relative, sep} from 'node:path'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {ConfigFinder, readConfig} from './config.ts'
import {findFiles} from './files.ts'
import {lint} from './index.ts'
import {SOURCE} from './rule.ts'
import type {Config} from './types.ts'

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024

export interface FileResult {
  /** Path relative to the working folder, `/`-separated. */
  path: string
  file: VFile
  /** The file could not be linted (its one message says why). */
  skipped: boolean
}

export interface EngineOptions {
  cwd: string
  patterns: string[]
  /** `false`: no configuration files; a path: that file for every article. */
  config?: string | false
  maxFileSize?: number
  onProgress?: (done: number, total: number, path: string) => void
}

export function displayPath(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || path
}

/** A result for a file that could not be linted. */
export function skippedResult(path: string, reason: string): FileResult {
  const file = new VFile({path})
  const message = new VFileMessage(reason, {ruleId: 'skipped', source: SOURCE})
  message.fatal = true
  message.file = path
  file.messages.push(message)
  return {path, file, skipped: true}
}

/** Lint one text already read (stdin, or a file's contents). */
export async function lintText(value: string, path: string, config: Config): Promise<FileResult> {
  try {
    const file = await lint(new VFile({value, path}), {config})
    return {path, file, skipped: false}
  } catch (error) {
    return skippedResult(path, `Could not lint this file: ${(error as Error).message}`)
  }
}

const decoder = new TextDecoder('utf-8')

/** Read and lint one file; never throws. */
export async function lintFile(absolute: string, path: string, config: Config, maxFileSize: number): Promise<FileResult> {
  let buffer: Buffer
  try {
    const info = await stat(absolute)
    if (!info.isFile()) return skippedResult(path, 'Not a regular file; skipped')
    if (info.size > maxFileSize) {
      return skippedResult(path, `File is ${info.size} bytes, over the ${maxFileSize}-byte limit (\`maxFileSize\`); skipped`)
    }
    buffer = await readFile(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'File was deleted before it could be read' : code === 'EACCES' ? 'Permission denied' : (error as Error).message
    return skippedResult(path, `Cannot read file: ${reason}; skipped`)
  }
  if (buffer.subarray(0, 8000).includes(0)) return skippedResult(path, 'Binary file (NUL byte in the first 8,000 bytes); skipped')
  return lintText(decoder.decode(buffer), path, config)
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
  const results: FileResult[] = []
  for (const [index, entry] of found.entries()) {
    const path = displayPath(cwd, entry.path)
    options.onProgress?.(index, found.length, path)
    if (entry.problem) {
      results.push(skippedResult(path, `${entry.problem}; skipped`))
      continue
    }
    let config: Config
    try {
      config = fixed ?? finder.find(entry.path).config
    } catch (error) {
      results.push(skippedResult(path, (error as Error).message))
      continue
    }
    results.push(await lintFile(entry.path, path, config, options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE))
  }
  options.onProgress?.(found.length, found.length, '')
  return {results}
}
