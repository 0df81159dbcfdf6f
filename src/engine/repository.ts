/**
 * The root of a git repository: the folder holding `.git` (a folder, or a
 * file in worktrees and submodules). Configuration and `.copydeskignore`
 * lookups stop there; `.gitignore` files apply from there down. Callers
 * cache per run.
 */
import {existsSync} from 'node:fs'
import {join} from 'node:path'

export function isRepositoryRoot(dir: string): boolean {
  return existsSync(join(dir, '.git'))
}
