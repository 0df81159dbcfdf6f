/**
 * Git, in one place: which files a range changes (`--name-status -z`) and
 * which lines (`-U0` hunks), each read by one parser. Two git processes per
 * range, whatever the number of files. `--diff REF` (CLI) and the Action's
 * fallback when the pull-request API cannot list the files both use it.
 */
import {execFile} from 'node:child_process'
import {resolve} from 'node:path'
import {promisify} from 'node:util'
import type {FileResult} from '../engine/index.ts'
import {VFileMessage} from 'vfile-message'

const exec = promisify(execFile)

/** Inclusive line ranges on the new side of a diff. */
export type Ranges = Array<[number, number]>

export interface Change {
  /** `A`, `M`, `D`, `R`, `C`, `T`… (git's status letter). */
  status: string
  /** Repository-relative path (the new path of a rename or copy). */
  path: string
  /** The old path of a rename or copy. */
  from?: string
}

export async function git(cwd: string, args: string[]): Promise<string> {
  const {stdout} = await exec('git', args, {cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8'})
  return stdout
}

/** A ref that cannot be taken for an option. */
export function checkRef(ref: string): string {
  if (!ref || ref.startsWith('-')) throw new Error(`Invalid ref: ${JSON.stringify(ref)}`)
  return ref
}

/** `git diff --name-status -z` output: one entry per file. */
export function parseNameStatus(output: string): Change[] {
  const fields = output.split('\0')
  const changes: Change[] = []
  for (let i = 0; i < fields.length - 1; ) {
    const code = fields[i]
    if (!code) break
    if (code.startsWith('R') || code.startsWith('C')) {
      changes.push({status: code[0], from: fields[i + 1], path: fields[i + 2]})
      i += 3
    } else {
      changes.push({status: code[0], path: fields[i + 1]})
      i += 2
    }
  }
  return changes
}

/**
 * Added lines (new side) of one file's unified diff: GitHub's `patch` (with
 * context lines) or `git diff -U0`. Context lines are not changes.
 */
export function hunks(patch: string): Ranges {
  return [...patchesByFile(patch, true).values()][0] ?? []
}

/**
 * Added lines per file of a multi-file unified diff (`git diff -U0`), keyed by
 * the new path (git's C-style quoting undone). `single`: a diff without file
 * headers (GitHub's `patch` field), keyed by ''.
 */
export function patchesByFile(patch: string, single = false): Map<string, Ranges> {
  const byFile = new Map<string, Ranges>()
  let ranges: Ranges | undefined = single ? [] : undefined
  if (ranges) byFile.set('', ranges)
  let line = 0
  let inHunk = false
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
    if (header) {
      line = Number(header[1])
      inHunk = true
    } else if (text.startsWith('+++ ') && !inHunk && !single) {
      const name = unquote(text.slice(4))
      ranges = []
      if (name !== '/dev/null') byFile.set(name.replace(/^b\//, ''), ranges)
    } else if (!inHunk || text.startsWith('\\') || text.startsWith('-')) {
      continue
    } else if (text.startsWith('+')) {
      const last = ranges?.at(-1)
      if (last && last[1] === line - 1) last[1] = line
      else ranges?.push([line, line])
      line++
    } else if (text.startsWith(' ')) {
      line++
    } else {
      inHunk = false // `diff --git` of the next file
    }
  }
  return byFile
}

/** Undo git's C-style quoting of a path (`"b/caf\303\251.md"`). */
export function unquote(name: string): string {
  if (!name.startsWith('"') || !name.endsWith('"')) return name
  const bytes: number[] = []
  const body = name.slice(1, -1)
  const simple: Record<string, number> = {n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11}
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'))
      continue
    }
    const next = body[i + 1]
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8))
      i += 3
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0))
      i++
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

export interface RangeChanges {
  /** Changed files that still exist (not deleted), repository-relative, and their added lines. */
  files: Map<string, Ranges>
  /** The repository's top folder. */
  top: string
}

/**
 * Files and lines changed by `range` (`REF`: the working tree against REF;
 * `BASE...HEAD`: what HEAD adds since it left BASE). Throws when git cannot
 * (not a repository, a shallow clone without the commits).
 */
export async function changes(range: string, cwd: string): Promise<RangeChanges> {
  const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim()
  const status = parseNameStatus(await git(top, ['diff', '--name-status', '-z', '--no-color', '-M', range, '--']))
  const patches = patchesByFile(await git(top, ['-c', 'core.quotePath=false', 'diff', '-U0', '--no-color', '--no-ext-diff', '-M', range, '--']))
  const files = new Map<string, Ranges>()
  for (const change of status) if (change.status !== 'D') files.set(change.path, patches.get(change.path) ?? [])
  return {files, top}
}

/** `--diff REF`: absolute paths of the files changed since REF, and their changed lines. */
export async function changedSince(ref: string, cwd: string): Promise<Map<string, Ranges>> {
  const {files, top} = await changes(checkRef(ref), cwd)
  return new Map([...files].map(([path, ranges]) => [resolve(top, path), ranges]))
}

function touches(ranges: Ranges, from: number, to: number): boolean {
  return ranges.some(([start, end]) => start <= to && end >= from)
}

/** Keep only findings that touch changed lines (skipped-file messages are always kept). */
export function filterToChanges(result: FileResult, ranges: Ranges): void {
  result.file.messages = result.file.messages.filter((message) => {
    if (result.skipped || message.line == null) return true
    const place = message.place && 'end' in message.place ? message.place : undefined
    const endLine = place?.end.line ?? message.line
    if (touches(ranges, message.line, endLine)) return true
    // A duplicate counts when either copy changed: the other place is the message's cause.
    const other = message.cause instanceof VFileMessage && message.cause.place && 'start' in message.cause.place ? message.cause.place : undefined
    return other !== undefined && touches(ranges, other.start.line, other.end.line)
  })
}
