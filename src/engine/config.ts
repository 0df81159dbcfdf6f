/**
 * Configuration files: `.copydeskrc`, `.copydeskrc.json`, `.copydeskrc.yml`,
 * `.copydeskrc.yaml`, or a `copydesk` field in `package.json`; the nearest one
 * up the tree from an article wins, looking no higher than the repository's
 * root (the folder holding `.git`).
 */
import {statSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {isScalar, parseDocument, visit} from 'yaml'
import {yamlTooDeep} from '../parse/prepare.ts'
import {checkConfig} from '../index.ts'
import type {Config} from '../types.ts'
import {isRepositoryRoot} from './repository.ts'
import {ConfigError, readSmallFile} from './small-file.ts'

export {ConfigError} from './small-file.ts'

export const configNames = ['.copydeskrc', '.copydeskrc.json', '.copydeskrc.yml', '.copydeskrc.yaml', 'package.json']

/** Read and validate one configuration file. */
export function readConfig(path: string): Config {
  const text = readSmallFile(path, 'configuration')
  let data: unknown
  try {
    data = path.endsWith('package.json') ? parseJson(text).copydesk : parseConfigText(text, path)
  } catch (error) {
    throw new ConfigError(`Cannot parse configuration ${path}: ${(error as Error).message.split('\n')[0]}`)
  }
  if (data === undefined || data === null) return {}
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`Configuration ${path} must be an object`)
  const config = data as Config
  try {
    checkConfig(config)
  } catch (error) {
    throw new ConfigError(`${path}: ${(error as Error).message}`)
  }
  return config
}

const parseJson = (text: string) => JSON.parse(text.replace(/^\uFEFF/, ''))

/**
 * JSON as JSON (`.json`, or `.copydeskrc` that reads as JSON): linear, where
 * the YAML parser's unique-key check is quadratic (40,000 keys took 10 s).
 * YAML without that check, bounded in depth, with duplicate keys found in one pass.
 */
function parseConfigText(text: string, path: string): unknown {
  if (path.endsWith('.json')) return parseJson(text)
  if (/^\uFEFF?\s*\{/.test(text)) {
    try {
      return parseJson(text)
    } catch {
      // Not strict JSON: read it as YAML (a flow mapping), as before.
    }
  }
  if (yamlTooDeep(text)) throw new Error('nested too deeply to read')
  const doc = parseDocument(text, {uniqueKeys: false})
  if (doc.errors.length) throw doc.errors[0]
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>()
      for (const item of map.items) {
        const key = isScalar(item.key) ? item.key.value : item.key
        if (seen.has(key)) throw new Error(`Map keys must be unique: ${JSON.stringify(key)} appears twice`)
        seen.add(key)
      }
    }
  })
  return doc.toJS()
}

/** Finds the nearest configuration up the tree (to the repository's root), caching per folder. */
export class ConfigFinder {
  private cache = new Map<string, {config: Config; path?: string}>()

  find(filePath: string): {config: Config; path?: string} {
    return this.lookup(dirname(resolve(filePath)))
  }

  private lookup(dir: string): {config: Config; path?: string} {
    const cached = this.cache.get(dir)
    if (cached) return cached
    let found: {config: Config; path?: string} | undefined
    for (const name of configNames) {
      const candidate = join(dir, name)
      if (!exists(candidate)) continue
      // A FIFO or a device named like a configuration is an error (read refuses it), never a hang.
      if (name === 'package.json' && !hasField(candidate)) continue
      found = {config: readConfig(candidate), path: candidate}
      break
    }
    if (!found) {
      const parent = dirname(dir)
      found = parent === dir || isRepositoryRoot(dir) ? {config: {}} : this.lookup(parent)
    }
    this.cache.set(dir, found)
    return found
  }
}

function exists(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

/** A package.json that is not JSON is not a configuration; one that cannot be read (a FIFO, too large) is an error. */
function hasField(path: string): boolean {
  const text = readSmallFile(path, 'configuration')
  try {
    return parseJson(text).copydesk !== undefined
  } catch {
    return false
  }
}
