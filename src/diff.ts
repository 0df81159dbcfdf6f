/**
 * `--diff REF`: the files changed since REF and their changed lines, from git.
 * A finding is kept when it, or the place it refers to (the earlier copy of a
 * duplicate), touches a changed line.
 */
import {execFile} from 'node:child_process'
import {resolve} from 'node:path'
import {promisify} from 'node:util'
import type {FileResult} from './engine.ts'
import type {Related} from './types.ts'

const exec = promisify(execFile)

export interface Changes {
  /** Absolute paths of added, modified, copied or renamed (new path) files. */
  files: string[]
  /** Changed line ranges per absolute path (inclusive). */
  lines: Map<string, Array<[number, number]>>
}

async function git(cwd: string, args: string[]): Promise<string> {
  const {stdout} = await exec('git', args, {cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8'})
  return stdout
}

export async function changedSince(ref: string, cwd: string): Promise<Changes> {
  if (ref.startsWith('-')) throw new Error(`Invalid ref: ${ref}`)
  const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim()
  const status = await git(cwd, ['diff', '--name-status', '-z', '--no-color', '-M', ref, '--'])
  const fields = status.split('\0')
  const files: string[] = []
  for (let i = 0; i < fields.length - 1; ) {
    const code = fields[i]
    if (!code) break
    if (code.startsWith('R') || code.startsWith('C')) {
      files.push(resolve(top, fields[i + 2]))
      i += 3
    } else {
      if (!code.startsWith('D')) files.push(resolve(top, fields[i + 1]))
      i += 2
    }
  }
  const lines = new Map<string, Array<[number, number]>>()
  for (const file of files) {
    const patch = await git(top, ['diff', '-U0', '--no-color', '--no-ext-diff', '-M', ref, '--', file])
    const ranges: Array<[number, number]> = []
    for (const match of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
      const start = Number(match[1])
      const count = match[2] === undefined ? 1 : Number(match[2])
      if (count > 0) ranges.push([start, start + count - 1])
    }
    lines.set(file, ranges)
  }
  return {files, lines}
}

function touches(ranges: Array<[number, number]>, from: number, to: number): boolean {
  return ranges.some(([start, end]) => start <= to && end >= from)
}

/** Keep only findings that touch changed lines (skipped-file messages are always kept). */
export function filterToChanges(result: FileResult, ranges: Array<[number, number]>): void {
  result.file.messages = result.file.messages.filter((message) => {
    if (result.skipped || message.line == null) return true
    const place = message.place && 'end' in message.place ? message.place : undefined
    const endLine = place?.end.line ?? message.line
    if (touches(ranges, message.line, endLine)) return true
    const related = (message as {related?: Related[]}).related ?? []
    return related.some((r) => touches(ranges, r.start.line, r.end.line))
  })
}
