/**
 * Which files to lint: paths, folders (walked for `.md`, `.markdown`, `.txt`)
 * and globs, minus `.copydeskignore` (gitignore-style, read from the working
 * folder). Symbolic links are never followed outside the working folder.
 */
import {lstatSync, readdirSync, readFileSync, realpathSync, statSync} from 'node:fs'
import {isAbsolute, join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {globSync, isDynamicPattern} from 'tinyglobby'

export const extensions = /\.(md|markdown|txt)$/i
const skipDirs = new Set(['node_modules', '.git'])

export interface Found {
  /** Absolute path. */
  path: string
  /** Why the file cannot be linted, when it cannot. */
  problem?: string
}

export function loadIgnore(cwd: string): Ignore {
  const rules = ignore()
  try {
    rules.add(readFileSync(join(cwd, '.copydeskignore'), 'utf8'))
  } catch {
    // No ignore file.
  }
  return rules
}

export function findFiles(patterns: string[], cwd: string): Found[] {
  const ignored = loadIgnore(cwd)
  const root = realpath(cwd) ?? cwd
  const found = new Map<string, Found>()
  const add = (path: string, problem?: string) => {
    const rel = relative(cwd, path)
    const inside = rel && !rel.startsWith('..') && !isAbsolute(rel)
    if (inside && ignored.ignores(rel.split(sep).join('/'))) return
    if (!found.has(path)) found.set(path, {path, problem})
  }

  for (const pattern of patterns.length ? patterns : ['.']) {
    const path = resolve(cwd, pattern)
    const stat = lstat(path)
    if (stat) {
      if (stat.isSymbolicLink()) addLink(path, true)
      else if (stat.isDirectory()) walk(path)
      else add(path)
    } else if (isDynamicPattern(pattern)) {
      for (const match of globSync(pattern, {cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: false})) {
        const entry = lstat(match)
        if (entry?.isSymbolicLink()) addLink(match, false)
        else add(match)
      }
    } else {
      add(path, 'No such file or folder')
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  function walk(dir: string) {
    let entries
    try {
      entries = readdirSync(dir, {withFileTypes: true})
    } catch (error) {
      add(dir, `Cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
      return
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!skipDirs.has(entry.name) && !entry.name.startsWith('.')) {
          const rel = relative(cwd, path).split(sep).join('/')
          if (!ignored.ignores(rel + '/')) walk(path)
        }
      } else if (extensions.test(entry.name)) {
        if (entry.isSymbolicLink()) addLink(path, false)
        else if (entry.isFile()) add(path)
      }
    }
  }

  /** A link is linted only when it resolves to a file inside the working folder. */
  function addLink(path: string, explicit: boolean) {
    const target = realpath(path)
    if (!target) {
      add(path, 'Broken symbolic link')
      return
    }
    const rel = relative(root, target)
    if (rel.startsWith('..') || isAbsolute(rel)) {
      add(path, 'Symbolic link points outside the working folder; not followed')
      return
    }
    const stat = statSafe(target)
    if (stat?.isFile()) add(path)
    else if (stat?.isDirectory() && explicit) walk(path)
  }
}

function lstat(path: string) {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

function statSafe(path: string) {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

function realpath(path: string) {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}
