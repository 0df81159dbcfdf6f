/**
 * One file from disk through the library: read, decide what cannot be linted
 * (not a regular file, too large, unreadable, binary), lint, and never throw.
 * The engine calls it in the main thread or in a worker (src/engine/worker.ts).
 */
import {readFileSync, statSync} from 'node:fs'
import {relative, sep} from 'node:path'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {fingerprint, lint, SOURCE, type Quotation} from '../index.ts'
import {applyFixes, MAX_PASSES} from './fix.ts'
import type {Config} from '../types.ts'

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024

export interface FileResult {
  /** Path relative to the working folder, `/`-separated. */
  path: string
  file: VFile
  /** The file could not be linted (its one message says why). */
  skipped: boolean
  /** The article's quotations and their attribution (`unattributed-quote`'s model), when that rule ran. */
  quotes?: Quotation[]
  /** With `fix`: the text as read and as fixed (only when a fix changed it); the messages are the fixed text's. */
  fixed?: Fixed
}

export interface Fixed {
  source: string
  output: string
  /** Edits applied, over all passes. */
  applied: number
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
  fingerprint(file, '')
  return {path, file, skipped: true}
}

/** Lint one text already read (stdin, or a file's contents). */
export async function lintText(value: string, path: string, config: Config): Promise<FileResult> {
  try {
    const file = await lint(new VFile({value, path}), {config})
    const quotes = file.data.quotes?.quotations
    return quotes ? {path, file, skipped: false, quotes} : {path, file, skipped: false}
  } catch (error) {
    return skippedResult(path, `Could not lint this file: ${(error as Error).message}`)
  }
}

/**
 * Lint, apply the fixes, and lint the result again until no fix is left (or
 * a pass changes nothing): the messages returned are those of the fixed text.
 */
export async function lintAndFix(value: string, path: string, config: Config): Promise<FileResult> {
  let result = await lintText(value, path, config)
  let output = value
  let applied = 0
  for (let pass = 0; pass < MAX_PASSES && !result.skipped; pass++) {
    const fixes = result.file.messages.flatMap((message) => (message.fix ? [message.fix] : []))
    if (fixes.length === 0) break
    const next = applyFixes(output, fixes)
    if (next.applied === 0 || next.text === output) break
    output = next.text
    applied += next.applied
    result = await lintText(output, path, config)
  }
  return output === value ? result : {...result, fixed: {source: value, output, applied}}
}

// The byte order mark is kept: the processor's prepare step drops it and remembers it (for --fix).
const decoder = new TextDecoder('utf-8', {ignoreBOM: true})

const strict = new TextDecoder('utf-8', {ignoreBOM: true, fatal: true})

/** Read and lint one file (with `fix`, fix it in memory: see `lintAndFix`); never throws. */
export async function lintFile(absolute: string, path: string, config: Config, maxFileSize: number, fix = false): Promise<FileResult> {
  const read = readArticle(absolute, path, maxFileSize)
  return Buffer.isBuffer(read) ? lintBytes(read, path, config, fix) : read
}

/**
 * A file's bytes, or the result that says why it cannot be linted: not a regular file, over
 * `maxFileSize`, unreadable, binary. Never throws.
 */
export function readArticle(absolute: string, path: string, maxFileSize: number): Buffer | FileResult {
  let buffer: Buffer
  try {
    // Synchronous: a file at a time per thread, and far fewer event-loop round trips than fs/promises.
    const info = statSync(absolute)
    if (!info.isFile()) return skippedResult(path, 'Not a regular file; skipped')
    if (info.size > maxFileSize) {
      return skippedResult(path, `File is ${info.size} bytes, over the ${maxFileSize}-byte limit (\`maxFileSize\`); skipped`)
    }
    buffer = readFileSync(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'File was deleted before it could be read' : code === 'EACCES' ? 'Permission denied' : (error as Error).message
    return skippedResult(path, `Cannot read file: ${reason}; skipped`)
  }
  if (buffer.subarray(0, 8000).includes(0)) return skippedResult(path, 'Binary file (NUL byte in the first 8,000 bytes); skipped')
  return buffer
}

/** Lint a file's bytes (`readArticle`), with `fix` fixing them in memory; never throws. */
export async function lintBytes(buffer: Buffer, path: string, config: Config, fix = false): Promise<FileResult> {
  if (fix) {
    // Text that is not valid UTF-8 would be written back with replacement characters: it is linted, not fixed.
    let text: string | undefined
    try {
      text = strict.decode(buffer)
    } catch {}
    if (text !== undefined) return lintAndFix(text, path, config)
  }
  return lintText(decoder.decode(buffer), path, config)
}
