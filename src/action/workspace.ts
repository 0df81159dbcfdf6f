/**
 * The files the `files` input names, kept inside GITHUB_WORKSPACE. Nothing
 * outside it is read or echoed: a pattern that points outside (`../x/*`, an
 * absolute path elsewhere) is ignored with a note, and a match whose real
 * path is outside (through a linked folder, or a pattern like `{..,.}/x`) is
 * dropped before anything opens it. Matches inside node_modules/ and .git/
 * are left out.
 */
import {realpathSync} from 'node:fs'
import {dirname, isAbsolute, basename, join, posix, resolve} from 'node:path'
import {displayPath} from '../engine/index.ts'
import {findFiles, type Found} from '../engine/files.ts'
import {inside} from '../engine/ignore-files.ts'

function real(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

/** Does the pattern name a place outside `cwd` before any glob is expanded? */
export function pointsOutside(pattern: string, cwd: string): boolean {
  if (isAbsolute(pattern)) return !inside(cwd, pattern)
  const normal = posix.normalize(pattern.replace(/\\/g, '/'))
  return normal === '..' || normal.startsWith('../')
}

export function filesInWorkspace(patterns: string[], cwd: string): {found: Found[]; notes: string[]} {
  const notes: string[] = []
  const outside = patterns.filter((pattern) => pointsOutside(pattern, cwd))
  if (outside.length > 0) {
    notes.push(`files: ${outside.map((p) => JSON.stringify(p)).join(', ')} ${outside.length === 1 ? 'points' : 'point'} outside the workspace (GITHUB_WORKSPACE); ignored.`)
  }
  const kept = patterns.filter((pattern) => !outside.includes(pattern))
  if (kept.length === 0) return {found: [], notes}
  const root = real(cwd) ?? resolve(cwd)
  // The engine has checked each linked file's target; what is left to check is the folders on the way.
  const folders = new Map<string, string>()
  const folder = (dir: string) => {
    let found = folders.get(dir)
    if (found === undefined) folders.set(dir, (found = real(dir) ?? dir))
    return found
  }
  let dropped = 0
  const found = findFiles(kept, cwd).filter((entry) => {
    if (/(^|\/)(node_modules|\.git)\//.test(displayPath(cwd, entry.path))) return false
    // A file the engine will not open (a broken link, a link outside: it says why) only needs its name inside.
    const ok = entry.problem
      ? inside(resolve(cwd), entry.path) || inside(root, entry.path)
      : inside(root, join(folder(dirname(entry.path)), basename(entry.path)))
    if (!ok) dropped++
    return ok
  })
  if (dropped > 0) notes.push(`${dropped} file${dropped === 1 ? '' : 's'} matched by files resolve${dropped === 1 ? 's' : ''} outside the workspace (through a symbolic link or a pattern); not read.`)
  return {found, notes}
}
