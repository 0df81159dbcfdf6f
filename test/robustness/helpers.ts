/** Shared helpers of the robustness tests: the real binary, temporary folders, position checks. */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const bin = join(root, 'bin/copydesk.js')

/** Generous: catches hangs, never measures speed. */
export const HANG_BUDGET = 60_000

export interface BinaryRun {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

/** Run `node bin/copydesk.js` (build with `npm run build` first). */
export function runBinary(args: string[], cwd: string, options: {input?: string; env?: NodeJS.ProcessEnv; timeout?: number} = {}): BinaryRun {
  const started = performance.now()
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeout ?? HANG_BUDGET,
    maxBuffer: 256 * 1024 * 1024,
    env: {...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1', ...options.env}
  })
  return {status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ms: performance.now() - started}
}

export function tempDir(prefix = 'copydesk-robust-'): {dir: string; cleanup(): void} {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return {dir, cleanup: () => rmSync(dir, {recursive: true, force: true})}
}

export interface Place {
  line: number
  column: number
}

/** Lengths (UTF-16 units) of the lines of a text, as unist counts them (CRLF, CR and LF end a line). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length)
}

/** Problems with a range: outside the file, or end before start. Empty when all is well. */
export function checkRange(lengths: number[], start: Place, end: Place, label: string): string[] {
  const problems: string[] = []
  for (const [name, point] of [['start', start], ['end', end]] as const) {
    const ok = Number.isInteger(point.line) && Number.isInteger(point.column) && point.line >= 1 && point.line <= lengths.length &&
      point.column >= 1 && point.column <= lengths[point.line - 1] + 1
    if (!ok) problems.push(`${label}: ${name} ${point.line}:${point.column} outside the file (${lengths.length} lines)`)
  }
  if (start.line > end.line || (start.line === end.line && start.column > end.column)) {
    problems.push(`${label}: end ${end.line}:${end.column} before start ${start.line}:${start.column}`)
  }
  return problems
}

interface RelatedLike {
  start: Place
  end: Place
}

/** Every message's start, end and related positions inside `text`. */
export function positionProblems(file: VFile, text: string): string[] {
  const lengths = lineLengths(text)
  const problems: string[] = []
  for (const message of file.messages) {
    const place = message.place
    const start = place && 'start' in place ? place.start : place ?? {line: 1, column: 1}
    const end = place && 'end' in place ? place.end : start
    problems.push(...checkRange(lengths, start, end, `${message.ruleId}`))
    for (const related of ((message as {related?: RelatedLike[]}).related ?? [])) {
      problems.push(...checkRange(lengths, related.start, related.end, `${message.ruleId} related`))
    }
  }
  return problems
}

/** Messages as comparable strings (position, rule, reason). */
export function summary(file: VFile): string[] {
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : `${m.line}:${m.column}`
    return `${place} ${m.ruleId} ${m.fatal} ${m.reason}`
  })
}
