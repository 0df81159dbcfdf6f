/**
 * Git, in one place: which files a range changes (`--name-status -z`) and
 * which lines (`-U3` hunks: the added lines, and the hunks with their context),
 * each read by one parser. Two git processes per
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

/** One file's diff, on its new side: the lines it adds, and its hunks (context lines included). */
export interface FileDiff {
  /** Added (or changed) lines. */
  added: Ranges
  /** The lines each hunk shows, context included: where GitHub takes review comments. */
  hunks: Ranges
}

/**
 * One file's unified diff (GitHub's `patch`, with context lines, or one file
 * of `git diff`): its added lines and its hunks.
 */
export function hunks(patch: string): FileDiff {
  return [...patchesByFile(patch, true).values()][0] ?? {added: [], hunks: []}
}

/** Add `line` to the last range when it follows it, else start a range. */
function extend(ranges: Ranges, line: number): void {
  const last = ranges.at(-1)
  if (last && last[1] === line - 1) last[1] = line
  else ranges.push([line, line])
}

/**
 * Added lines and hunks per file of a multi-file unified diff (`git diff`), keyed
 * by the new path (git's C-style quoting undone). `single`: a diff without file
 * headers (GitHub's `patch` field), keyed by ''. Context lines are not changes,
 * but they are part of their hunk.
 */
export function patchesByFile(patch: string, single = false): Map<string, FileDiff> {
  const byFile = new Map<string, FileDiff>()
  let diff: FileDiff | undefined = single ? {added: [], hunks: []} : undefined
  if (diff) byFile.set('', diff)
  let line = 0
  // Lines of the hunk still to come on each side (from its header): when both are 0, the hunk is over.
  let oldLeft = 0
  let newLeft = 0
  for (const text of patch.split('\n')) {
    if (oldLeft > 0 || newLeft > 0) {
      if (text.startsWith('\\')) continue // "\ No newline at end of file"
      if (text.startsWith('+')) {
        if (diff) extend(diff.added, line)
        line++
        newLeft--
      } else if (text.startsWith('-')) {
        oldLeft--
      } else {
        // A context line (an empty one may have lost its leading space on the way).
        line++
        oldLeft--
        newLeft--
      }
      continue
    }
    const header = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text)
    if (header) {
      line = Number(header[2])
      oldLeft = header[1] === undefined ? 1 : Number(header[1])
      newLeft = header[3] === undefined ? 1 : Number(header[3])
      // `+start,count`: the hunk's lines on the new side (none for a count of 0).
      if (newLeft > 0) diff?.hunks.push([line, line + newLeft - 1])
    } else if (text.startsWith('+++ ') && !single) {
      // Git ends the name with a tab when it has a space (a name with a real tab is quoted).
      const name = unquote(text.slice(4).replace(/\t$/, ''))
      diff = {added: [], hunks: []}
      if (name !== '/dev/null') byFile.set(name.replace(/^b\//, ''), diff)
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
  /** Changed files that still exist (not deleted), repository-relative, and their added lines and hunks. */
  files: Map<string, FileDiff>
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
  // Three lines of context, as GitHub's diffs have: the hunks are where review comments may go.
  const patches = patchesByFile(await git(top, ['-c', 'core.quotePath=false', 'diff', '-U3', '--no-color', '--no-ext-diff', '-M', range, '--']))
  const files = new Map<string, FileDiff>()
  for (const change of status) if (change.status !== 'D') files.set(change.path, patches.get(change.path) ?? {added: [], hunks: []})
  return {files, top}
}

/** `--diff REF`: absolute paths of the files changed since REF, and their changed lines. */
export async function changedSince(ref: string, cwd: string): Promise<Map<string, Ranges>> {
  const {files, top} = await changes(checkRef(ref), cwd)
  return new Map([...files].map(([path, diff]) => [resolve(top, path), diff.added]))
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
