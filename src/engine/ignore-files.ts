/**
 * What the ignore files exclude. `.gitignore` files apply as git applies
 * them: every one from the repository's root down to a path's folder, a
 * deeper one overriding (outside a repository: those from the working folder
 * down). The nearest `.copydeskignore` applies: up from a path's folder, no
 * higher than the repository's root. Each file's patterns match paths
 * relative to its own folder, so paths outside the working folder work too;
 * a folder excluded excludes everything in it.
 */
import {existsSync} from 'node:fs'
import {dirname, join, relative, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {isRepositoryRoot} from './repository.ts'
import {ConfigError, readSmallFile} from './small-file.ts'

// The `ignore` package matches `**` with a backtracking regular expression:
// each one multiplies the time by the depth of the path (`**/a/**/a/**/a/**/b`
// took 20 s on one deep folder). Two cover real patterns (`**/build/**`), and
// the walk goes no deeper than MAX_DEPTH (files.ts), which bounds the rest.
export const MAX_GLOBSTARS = 2

interface Rules {
  dir: string
  rules: Ignore
}

export class IgnoreFiles {
  private excludedFolders = new Map<string, boolean>()
  private gitLevels = new Map<string, Rules[]>()
  private nearestRules = new Map<string, Rules | undefined>()
  private roots = new Map<string, string | undefined>()

  constructor(private cwd: string) {}

  /** Whether the ignore files exclude `path` (absolute), or a folder it is in. Throws `ConfigError` when one that applies is unusable. */
  excludes(path: string, folder: boolean): boolean {
    const parent = dirname(path)
    if (parent !== path && this.folderExcluded(parent)) return true
    const suffix = folder ? '/' : ''
    let excluded = false
    for (const level of this.gitignores(parent)) {
      const result = level.rules.test(posix(relative(level.dir, path)) + suffix)
      if (result.ignored) excluded = true
      else if (result.unignored) excluded = false
    }
    if (excluded) return true
    const nearest = this.nearest(parent)
    return nearest !== undefined && nearest.rules.ignores(posix(relative(nearest.dir, path)) + suffix)
  }

  private folderExcluded(dir: string): boolean {
    let excluded = this.excludedFolders.get(dir)
    if (excluded === undefined) this.excludedFolders.set(dir, (excluded = this.excludes(dir, true)))
    return excluded
  }

  /** The `.gitignore` rules that apply in `dir`, outermost first. */
  private gitignores(dir: string): Rules[] {
    let levels = this.gitLevels.get(dir)
    if (levels) return levels
    const root = this.root(dir) ?? (inside(this.cwd, dir) ? this.cwd : undefined)
    const own = load(dir, '.gitignore')
    levels = root === undefined ? [] : dir === root ? (own ? [own] : []) : [...this.gitignores(dirname(dir)), ...(own ? [own] : [])]
    this.gitLevels.set(dir, levels)
    return levels
  }

  /** The nearest `.copydeskignore` from `dir` up, no higher than the repository's root. */
  private nearest(dir: string): Rules | undefined {
    if (this.nearestRules.has(dir)) return this.nearestRules.get(dir)
    const parent = dirname(dir)
    const found = load(dir, '.copydeskignore') ?? (parent === dir || isRepositoryRoot(dir) ? undefined : this.nearest(parent))
    this.nearestRules.set(dir, found)
    return found
  }

  /** The repository `dir` is in (its root), if any. */
  private root(dir: string): string | undefined {
    if (this.roots.has(dir)) return this.roots.get(dir)
    const parent = dirname(dir)
    const root = isRepositoryRoot(dir) ? dir : parent === dir ? undefined : this.root(parent)
    this.roots.set(dir, root)
    return root
  }
}

function load(dir: string, name: string): Rules | undefined {
  const path = join(dir, name)
  if (!existsSync(path)) return undefined
  const lines = readSmallFile(path, 'ignore file').split(/\r?\n/)
  for (const [index, line] of lines.entries()) {
    const globstars = line.startsWith('#') ? 0 : line.match(/\*\*+/g)?.length ?? 0
    if (globstars > MAX_GLOBSTARS) {
      throw new ConfigError(`${path}:${index + 1}: a pattern may use \`**\` at most ${MAX_GLOBSTARS} times, not ${globstars} (matching would take too long): ${line.slice(0, 80)}`)
    }
  }
  return {dir, rules: ignore().add(lines)}
}

/** Whether `path` is `dir` or inside it. */
export function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel))
}

const posix = (path: string) => path.split(sep).join('/')
