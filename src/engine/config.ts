/**
 * Configuration files: `.copydeskrc`, `.copydeskrc.json`, `.copydeskrc.yml`,
 * `.copydeskrc.yaml`, or a `copydesk` field in `package.json`; the nearest one
 * up the tree from an article wins.
 */
import {readFileSync, statSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {parse} from 'yaml'
import {checkConfig} from '../index.ts'
import type {Config} from '../types.ts'

export const configNames = ['.copydeskrc', '.copydeskrc.json', '.copydeskrc.yml', '.copydeskrc.yaml', 'package.json']

export class ConfigError extends Error {}

/** Read and validate one configuration file. */
export function readConfig(path: string): Config {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(`Cannot read configuration ${path}: ${(error as Error).message}`)
  }
  let data: unknown
  try {
    data = path.endsWith('package.json') ? JSON.parse(text).copydesk : parse(text)
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
  if (config.maxFileSize !== undefined && !(Number.isFinite(config.maxFileSize) && config.maxFileSize > 0)) {
    throw new ConfigError(`${path}: \`maxFileSize\` must be a positive number of bytes`)
  }
  if (config.fileTimeout !== undefined && !(Number.isFinite(config.fileTimeout) && config.fileTimeout >= 0)) {
    throw new ConfigError(`${path}: \`fileTimeout\` must be a number of milliseconds (0: no limit)`)
  }
  return config
}

/** Finds the nearest configuration up the tree, caching per folder. */
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
      if (!isFile(candidate)) continue
      if (name === 'package.json' && !hasField(candidate)) continue
      found = {config: readConfig(candidate), path: candidate}
      break
    }
    if (!found) {
      const parent = dirname(dir)
      found = parent === dir ? {config: {}} : this.lookup(parent)
    }
    this.cache.set(dir, found)
    return found
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function hasField(path: string): boolean {
  try {
    return JSON.parse(readFileSync(path, 'utf8')).copydesk !== undefined
  } catch {
    return false
  }
}
