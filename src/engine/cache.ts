/**
 * `--cache`, with ESLint's semantics: a cache file (`.copydeskcache`, or
 * `--cache-location`) remembers each file's findings under a key made of the
 * file's bytes, its effective configuration and limits, and the linter itself
 * (its version and the bytes of the running bundle, which hold every rule and
 * word list). A file whose key is unchanged is not linted again and reports
 * the same findings; any change to those relints it. Files that could not be
 * linted are never cached. A cache file that cannot be read is ignored (the
 * run relints and rewrites it); one that cannot be written is a warning.
 */
import {createHash} from 'node:crypto'
import {readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ruleInfo} from '../index.ts'
import type {Config} from '../types.ts'
import type {FileResult} from './lint-file.ts'
import {fromWire, toWire, type WireResult} from './wire.ts'
import pkg from '../../package.json' with {type: 'json'}

export const CACHE_NAME = '.copydeskcache'
const FORMAT = 1
/** A cache file larger than this is not read (it is rebuilt). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024

interface Entry {
  key: string
  result: WireResult
}

interface Stored {
  format: number
  linter: string
  files: Record<string, Entry>
}

/** The linter's identity: its version and, when it runs from a bundle, the bundle's bytes. */
function linterKey(): string {
  const hash = createHash('sha256').update(`copydesk ${pkg.version}\n`)
  const self = fileURLToPath(import.meta.url)
  if (self.endsWith('.js')) hash.update(readFileSync(self))
  else hash.update(JSON.stringify(ruleInfo))
  return hash.digest('hex')
}

/** `--cache-location`: a file, or a folder (ends with a separator or exists as one) holding `.copydeskcache`. */
export function cachePath(location: string, cwd: string): string {
  const path = resolve(cwd, location)
  if (/[\\/]$/.test(location)) return join(path, CACHE_NAME)
  try {
    if (statSync(path).isDirectory()) return join(path, CACHE_NAME)
  } catch {
    // A new file.
  }
  return path
}

export class LintCache {
  private files: Record<string, Entry> = {}
  private readonly linter = linterKey()
  private changed = false
  hits = 0

  constructor(readonly path: string) {
    try {
      const info = statSync(path)
      if (!info.isFile() || info.size > MAX_CACHE_BYTES) return
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Stored
      if (stored.format === FORMAT && stored.linter === this.linter && stored.files && typeof stored.files === 'object') this.files = stored.files
    } catch {
      // No cache yet, or one that cannot be read: start empty.
    }
  }

  /** The key of one file's findings. */
  key(bytes: Uint8Array, config: Config, maxFileSize: number): string {
    return createHash('sha256').update(JSON.stringify([config, maxFileSize])).update('\n').update(bytes).digest('hex')
  }

  get(path: string, key: string): FileResult | undefined {
    const entry = this.files[path]
    if (!entry || entry.key !== key) return undefined
    this.hits++
    return fromWire(entry.result)
  }

  set(path: string, key: string, result: FileResult): void {
    if (result.skipped) {
      if (this.files[path]) delete this.files[path]
    } else {
      this.files[path] = {key, result: toWire(result)}
    }
    this.changed = true
  }

  /** Write the cache (atomically: a temporary file renamed over it). Returns a problem to report, if any. */
  save(): string | undefined {
    if (!this.changed) return undefined
    const stored: Stored = {format: FORMAT, linter: this.linter, files: this.files}
    const temporary = `${this.path}.${process.pid}.tmp`
    try {
      writeFileSync(temporary, JSON.stringify(stored))
      renameSync(temporary, this.path)
      return undefined
    } catch (error) {
      return `Could not write the cache ${this.path}: ${(error as Error).message}`
    }
  }
}
