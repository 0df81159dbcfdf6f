/**
 * Lint files as they are at the commit the annotations belong to. On
 * `pull_request`, actions/checkout checks out the merge commit
 * (refs/pull/N/merge), but the check run, the diff view and the changed
 * lines are the pull request head's: once the base branch has moved, a line
 * of the merge commit is not the same line of the head. So when the
 * workspace is not at that commit and git has it, each file is read from the
 * commit (`git ls-tree`, `git cat-file --batch`), written to a temporary
 * folder under its workspace path, and linted there by the same engine (size,
 * binary and time limits included), with the configuration found for its
 * place in the workspace. When git does not have the commit (a depth-1
 * checkout), the working tree is linted and a note says that positions may
 * be off.
 */
import {spawn} from 'node:child_process'
import {closeSync, mkdirSync, mkdtempSync, openSync, realpathSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, dirname, join, relative, resolve, sep} from 'node:path'
import {ConfigFinder} from '../engine/config.ts'
import {displayPath, run as lintFiles, skippedResult, type FileResult} from '../engine/index.ts'
import type {Found} from '../engine/files.ts'
import {checkRef, git} from '../git/index.ts'

export interface Linted {
  results: FileResult[]
  notes: string[]
}

interface Blob {
  id: string
  /** Absolute path of the copy in the temporary folder. */
  file: string
}

export async function lintAtCommit(commit: string | undefined, targets: Found[], cwd: string, config: string | undefined, isPullRequest: boolean): Promise<Linted> {
  if (targets.length === 0) return {results: [], notes: []}
  const disk = () => lintFiles({cwd, patterns: targets.map((t) => t.path), config})
  if (!commit) return {results: (await disk()).results, notes: []}
  const short = commit.slice(0, 7)
  const behind = (why: string) => `Files were linted as checked out, not as they are at ${isPullRequest ? "the pull request's head" : 'the commit'} ${short}` +
    ` (${why}): where the base branch has moved, annotations may be some lines off.` +
    (isPullRequest ? ' With actions/checkout, set fetch-depth: 2 (or ref: the head SHA).' : '')
  let top: string
  let tree: Map<string, {mode: string; id: string}>
  try {
    const [where, checkedOut] = (await git(cwd, ['rev-parse', '--show-toplevel', 'HEAD'])).split('\n')
    if (checkedOut === commit) return {results: (await disk()).results, notes: []}
    top = realpathSync(where)
    tree = listTree(await git(top, ['ls-tree', '-r', '-z', '--full-tree', checkRef(commit)]))
  } catch {
    return {results: (await disk()).results, notes: isPullRequest ? [behind('git does not have that commit here')] : []}
  }

  const temp = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'copydesk-head-'))
  try {
    const fromDisk: Found[] = []
    const blobs: Blob[] = []
    const copies = new Map<string, string>() // copy → workspace path
    for (const target of targets) {
      const inRepo = relative(top, join(realpath(dirname(target.path)), basename(target.path))).split(sep).join('/')
      const entry = target.problem ? undefined : tree.get(inRepo)
      // Regular files only: links and submodules go through the engine's own checks on disk.
      if (!entry || !/^100(644|755)$/.test(entry.mode)) {
        fromDisk.push(target)
        continue
      }
      const file = join(temp, displayPath(cwd, target.path))
      blobs.push({id: entry.id, file})
      copies.set(file, target.path)
    }
    try {
      await writeBlobs(top, blobs)
    } catch {
      return {results: (await disk()).results, notes: [behind('git could not read it')]}
    }

    const results: FileResult[] = fromDisk.length ? (await lintFiles({cwd, patterns: fromDisk.map((t) => t.path), config})).results : []
    // One engine run per configuration, found from each file's place in the workspace.
    const finder = new ConfigFinder()
    const groups = new Map<string | false, string[]>()
    for (const [file, original] of copies) {
      let key: string | false
      try {
        key = config ?? finder.find(original).path ?? false
      } catch (error) {
        results.push(skippedResult(displayPath(cwd, original), (error as Error).message))
        continue
      }
      groups.set(key, [...(groups.get(key) ?? []), file])
    }
    for (const [key, files] of groups) results.push(...(await lintFiles({cwd: temp, patterns: files, config: key})).results)
    results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    return {results, notes: []}
  } finally {
    rmSync(temp, {recursive: true, force: true})
  }
}

function realpath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
}

/** `git ls-tree -r -z`: path → mode and object id. */
function listTree(output: string): Map<string, {mode: string; id: string}> {
  const tree = new Map<string, {mode: string; id: string}>()
  for (const entry of output.split('\0')) {
    const tab = entry.indexOf('\t')
    if (tab === -1) continue
    const [mode, , id] = entry.slice(0, tab).split(' ')
    tree.set(entry.slice(tab + 1), {mode, id})
  }
  return tree
}

/**
 * Write each blob to its file with one `git cat-file --batch`, parsing its
 * output (`<id> blob <size>\n<content>\n` per object) as it streams, so no
 * file is held in memory whole.
 */
function writeBlobs(top: string, blobs: Blob[]): Promise<void> {
  if (blobs.length === 0) return Promise.resolve()
  return new Promise((done, fail) => {
    const child = spawn('git', ['cat-file', '--batch'], {cwd: top, stdio: ['pipe', 'pipe', 'ignore']})
    let next = 0
    let pending: Buffer = Buffer.alloc(0)
    let open: {fd: number; left: number} | undefined
    let newline = false // the newline after each object's content
    const finish = () => {
      if (!open) return
      closeSync(open.fd)
      open = undefined
      newline = true
    }
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        take(chunk)
      } catch (error) {
        child.kill()
        fail(error)
      }
    })
    const take = (chunk: Buffer) => {
      let data = pending.length ? Buffer.concat([pending, chunk]) : chunk
      pending = Buffer.alloc(0)
      while (data.length > 0) {
        if (open) {
          const n = Math.min(open.left, data.length)
          writeSync(open.fd, data, 0, n)
          open.left -= n
          data = data.subarray(n)
          if (open.left === 0) finish()
        } else if (newline) {
          data = data.subarray(1)
          newline = false
        } else {
          const end = data.indexOf(10)
          if (end === -1) {
            pending = data
            break
          }
          const [, type, size] = data.subarray(0, end).toString('utf8').split(' ')
          data = data.subarray(end + 1)
          const blob = blobs[next++]
          if (type !== 'blob' || !blob) continue // `<id> missing`: the engine reports the file as deleted
          mkdirSync(dirname(blob.file), {recursive: true})
          open = {fd: openSync(blob.file, 'w'), left: Number(size)}
          if (open.left === 0) finish()
        }
      }
    }
    child.on('error', fail)
    child.on('close', (code) => {
      if (open) closeSync(open.fd)
      if (code === 0) done()
      else fail(new Error(`git cat-file exited with ${code}`))
    })
    child.stdin.on('error', () => {}) // git exited early: 'close' reports it
    child.stdin.end(blobs.map((blob) => blob.id + '\n').join(''))
  })
}
