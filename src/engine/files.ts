/**
 * Which files to lint: paths, folders (walked for `.md`, `.markdown`, `.txt`)
 * and globs, minus what `!` patterns, `.gitignore` files and the nearest
 * `.copydeskignore` exclude (src/engine/ignore-files.ts). Walks and globs
 * never enter `node_modules/` or `.git/`, nor go deeper than `MAX_DEPTH`.
 * Paths and globs may lead outside the working folder (`../site/**`).
 * Symbolic links are never followed outside the working folder, or outside
 * the folder given when that folder is outside it.
 */
import {lstatSync, readdirSync, realpathSync, statSync} from 'node:fs'
import {join, relative, resolve, sep} from 'node:path'
import picomatch from 'picomatch'
import {IgnoreFiles, inside} from './ignore-files.ts'
import {ConfigError} from './small-file.ts'

export const extensions = /\.(md|markdown|txt)$/i
const skipDirs = new Set(['node_modules', '.git'])

/**
 * Folders deeper than this below the working folder (or below the folder
 * given, outside it) are not entered, and are reported: matching ignore
 * patterns costs more the deeper the path.
 */
export const MAX_DEPTH = 100

export interface Found {
  /** Absolute path. */
  path: string
  /** Why the file cannot be linted, when it cannot. */
  problem?: string
}

export interface Discovery {
  /** Sorted by path. */
  files: Found[]
  /** Patterns that gave no file (a mistyped glob must not pass), and whether ignore rules took what they matched. */
  unmatched: Array<{pattern: string; ignored: boolean}>
}

/** What a walk keeps: which files, how deep, whether it enters `.` folders. */
interface Walk {
  base: string
  /** How deep `base` is below the working folder (0 outside it). */
  offset?: number
  file(path: string, name: string): boolean
  maxDepth: number
  dotFolders: boolean
}

export function findFiles(patterns: string[], cwd: string): Found[] {
  return discover(patterns, cwd).files
}

/** Expand patterns (paths, folders, globs, `!` exclusions) into files. */
export function discover(patterns: string[], cwd: string): Discovery {
  const finder = new Finder(cwd, patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => exclusion(pattern.slice(1), cwd)))
  const positive = patterns.filter((pattern) => !pattern.startsWith('!'))
  const unmatched: Discovery['unmatched'] = []
  for (const pattern of positive.length ? positive : ['.']) {
    const {kept, ignored} = finder.expand(pattern)
    if (kept === 0) unmatched.push({pattern, ignored: ignored > 0})
  }
  const files = [...finder.found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {files, unmatched}
}

/** `!pattern`: a path (and what is inside it) or a glob, from the working folder. */
function exclusion(pattern: string, cwd: string): (path: string) => boolean {
  const {base, glob, isGlob} = picomatch.scan(pattern)
  const root = resolve(cwd, base)
  if (!isGlob) return (path) => inside(root, path)
  const matches = picomatch(glob, {dot: true})
  return (path) => inside(root, path) && matches(posix(relative(root, path)))
}

class Finder {
  found = new Map<string, Found>()
  private ignores: IgnoreFiles
  private cwdReal: string
  /** Where links may lead during the current pattern, besides the working folder. */
  private linkRoot: string
  private kept = 0
  private ignored = 0

  constructor(private cwd: string, private exclusions: Array<(path: string) => boolean>) {
    this.ignores = new IgnoreFiles(cwd)
    this.cwdReal = realpath(cwd) ?? cwd
    this.linkRoot = this.cwdReal
  }

  expand(pattern: string): {kept: number; ignored: number} {
    this.kept = this.ignored = 0
    this.linkRoot = this.cwdReal
    const path = resolve(this.cwd, pattern)
    const stat = lstat(path)
    const scan = picomatch.scan(pattern)
    if (stat) {
      if (this.escapes(path)) this.add(path, outsideLink, stat.isDirectory())
      else if (stat.isSymbolicLink()) this.addLink(path, true)
      else if (stat.isDirectory()) this.walkFrom({base: path, file: (_path, name) => extensions.test(name), maxDepth: Infinity, dotFolders: false})
      else this.add(path)
    } else if (scan.isGlob) {
      const base = resolve(this.cwd, scan.base)
      const matches = picomatch(scan.glob, {dot: false})
      // Without `**` (or braces and groups, which may hold `/`), a glob reaches only as deep as its segments.
      const maxDepth = /\*\*|[{(]/.test(scan.glob) ? Infinity : scan.glob.split('/').length - 1
      this.walkFrom({base, file: (file) => matches(posix(relative(base, file))), maxDepth, dotFolders: /(^|\/)\./.test(scan.glob)})
    } else {
      this.add(path, 'No such file or folder')
    }
    return {kept: this.kept, ignored: this.ignored}
  }

  /**
   * `true`: left out. A string: an ignore file that applies cannot be used,
   * so whether it is left out is unknown; the path is reported with why (as
   * under an unusable configuration), and the other files go on.
   */
  private leftOut(path: string, folder: boolean): boolean | string {
    try {
      const out = this.exclusions.some((matches) => matches(path)) || this.ignores.excludes(path, folder)
      if (out) this.ignored++
      return out
    } catch (error) {
      if (error instanceof ConfigError) return error.message
      throw error
    }
  }

  /** Add a file (or a folder that cannot be searched, with its problem) unless it is left out. */
  private add(path: string, problem?: string, folder = false): void {
    const out = this.leftOut(path, folder)
    if (out !== true) this.record(path, typeof out === 'string' ? out : problem)
  }

  private record(path: string, problem: string | undefined): void {
    this.kept++
    if (!this.found.has(path)) this.found.set(path, {path, problem})
  }

  /** Search a folder unless it is left out. */
  private enter(dir: string, depth: number, walk: Walk): void {
    const out = this.leftOut(dir, true)
    if (typeof out === 'string') this.record(dir, out)
    else if (!out) this.walk(dir, depth, walk)
  }

  /** Inside the working folder by name, outside it through a linked folder on the way (`linked/story.md`). */
  private escapes(path: string): boolean {
    const real = realpath(path)
    return real !== undefined && inside(this.cwd, path) && !inside(this.cwdReal, real)
  }

  private walkFrom(walk: Walk): void {
    const real = realpath(walk.base)
    if (!real) return
    if (this.escapes(walk.base)) return this.add(walk.base, outsideLink, true)
    // A folder given outside the working folder: links may lead anywhere inside it.
    if (!inside(this.cwdReal, real)) this.linkRoot = real
    const below = relative(this.cwd, walk.base)
    walk.offset = inside(this.cwd, walk.base) && below ? below.split(sep).length : 0
    this.enter(walk.base, 0, walk)
  }

  private walk(dir: string, depth: number, walk: Walk): void {
    let entries
    try {
      entries = readdirSync(dir, {withFileTypes: true})
    } catch (error) {
      this.add(dir, `Cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, true)
      return
    }
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (skipDirs.has(entry.name) || (entry.name.startsWith('.') && !walk.dotFolders) || depth + 1 > walk.maxDepth) continue
        if (depth + 1 + (walk.offset ?? 0) > MAX_DEPTH) this.add(path, `Folder more than ${MAX_DEPTH} levels deep; not searched`, true)
        else this.enter(path, depth + 1, walk)
      } else if ((entry.isFile() || entry.isSymbolicLink()) && walk.file(path, entry.name)) {
        if (entry.isSymbolicLink()) this.addLink(path, false, walk)
        else this.add(path)
      }
    }
  }

  /** A link is linted only when it resolves inside the working folder (or the folder given, when outside it). */
  private addLink(path: string, explicit: boolean, walk?: Walk): void {
    const target = realpath(path)
    if (!target) {
      this.add(path, 'Broken symbolic link')
      return
    }
    if (!inside(this.cwdReal, target) && !(walk && inside(this.linkRoot, target))) {
      this.add(path, outsideLink)
      return
    }
    const stat = statSafe(target)
    if (stat?.isFile()) this.add(path)
    else if (stat?.isDirectory() && explicit) this.walkFrom({base: path, file: (_path, name) => extensions.test(name), maxDepth: Infinity, dotFolders: false})
  }
}

const outsideLink = 'Symbolic link points outside the working folder; not followed'
const posix = (path: string) => path.split(sep).join('/')

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
