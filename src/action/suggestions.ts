/**
 * Fixes as GitHub suggested changes: pure string work, no I/O. A suggestion
 * replaces whole lines (a review comment's `start_line`–`line`) with the lines
 * the fix leaves; an empty one removes them. Lines are git's (split at `\n`);
 * a CRLF file's suggestion has bare line ends (the comment is Markdown). GitHub takes review comments only
 * on lines of the diff's hunks, and applies at most one suggestion per line in
 * a batch, so a fix outside the hunks, or on a line another suggestion
 * already replaces, is no suggestion (it stays an annotation). Each comment
 * ends with a hidden marker holding the finding's fingerprint, by which a
 * later run knows what it already suggested.
 */
import type {Record} from '../report/records.ts'
import type {Fix} from '../types.ts'
import type {FileDiff} from './changed-files.ts'
import {escapeMarkdown} from './summary.ts'

export interface Suggestion {
  record: Record
  fingerprint: string
  /** The lines replaced (GitHub's `start_line` and `line`), as git counts them. */
  startLine: number
  line: number
  /** What replaces them, line by line; none removes them. */
  lines: string[]
}

/** GitHub refuses a comment body over 65,536 characters; longer suggestions stay annotations. */
export const MAX_BODY = 60_000
const MAX_MESSAGE = 2_000

/** Offsets where each line starts (git's lines: split at `\n`). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return starts
}

/** 1-based line of an offset. */
function lineOf(starts: number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid] <= offset) low = mid
    else high = mid - 1
  }
  return low + 1
}

/**
 * The whole lines a fix touches and what they become. `text` is the file's
 * text without its byte order mark (the fix's offsets count in it).
 */
export function replaceLines(text: string, fix: Fix): {startLine: number; line: number; lines: string[]} | undefined {
  let [start, end] = fix.range
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) return undefined
  const starts = lineStarts(text)
  const isStart = (offset: number) => offset === 0 || text[offset - 1] === '\n'
  // A removal from a line's end to another's (`\n` + block) removes the same text as
  // from the next line's start, and then whole lines go: a suggestion with nothing in it.
  if (fix.text === '') {
    while (end < text.length && text[start] === text[end] && (text[start] === '\n' || text[start] === '\r') && !(isStart(start) && isStart(end))) {
      start++
      end++
    }
  }
  // Lines git counts: a final line break ends the last line rather than starting another.
  const count = Math.max(1, text.endsWith('\n') ? starts.length - 1 : starts.length)
  const first = Math.min(lineOf(starts, start), count)
  let last = Math.max(first, Math.min(end > start && isStart(end) ? lineOf(starts, end - 1) : lineOf(starts, end), count))
  for (;;) {
    const from = starts[first - 1]
    const to = last < starts.length ? starts[last] : text.length
    const original = text.slice(from, to)
    const fixed = text.slice(from, start) + fix.text + text.slice(end, to)
    const ended = original.endsWith('\n')
    // A fix that takes the last line's break joins the next line to it: that line is replaced too.
    if (ended && fixed !== '' && !fixed.endsWith('\n') && last < count) {
      last++
      continue
    }
    if (fixed === original) return undefined
    const lines = fixed === '' ? [] : (ended ? fixed.replace(/\r?\n$/, '') : fixed).split(/\r?\n/)
    return {startLine: first, line: last, lines}
  }
}

/**
 * The suggestions for `records` (the reported findings): those with a fix
 * and a fingerprint, in a file whose text is known, whose lines lie in one
 * hunk, and that share no line with an earlier one.
 */
export function planSuggestions(records: Record[], texts: Map<string, string>, diff: Map<string, FileDiff | undefined> | undefined): Suggestion[] {
  const suggestions: Suggestion[] = []
  const taken = new Map<string, Array<[number, number]>>()
  for (const record of records) {
    const text = texts.get(record.path)
    const hunks = diff?.get(record.path)?.hunks
    if (!record.fix || !record.fingerprint || text === undefined || !hunks) continue
    const span = replaceLines(text, record.fix)
    if (!span || !hunks.some(([from, to]) => from <= span.startLine && span.line <= to)) continue
    const used = taken.get(record.path) ?? []
    if (used.some(([from, to]) => from <= span.line && to >= span.startLine)) continue
    const suggestion = {record, fingerprint: record.fingerprint, ...span}
    if (commentBody(suggestion).length > MAX_BODY) continue
    used.push([span.startLine, span.line])
    taken.set(record.path, used)
    suggestions.push(suggestion)
  }
  return suggestions
}

const label = {error: 'error', warning: 'warning', info: 'notice'} as const

/** The marker a comment ends with. */
export function marker(fingerprint: string): string {
  return `<!-- copydesk:fingerprint=${fingerprint} -->`
}

/** The fingerprint of a comment this Action wrote: its last line's marker (article text inside the suggestion cannot be last). */
export function markedFingerprint(body: unknown): string | undefined {
  return typeof body === 'string' ? /<!-- copydesk:fingerprint=([0-9a-f]{16}) -->\s*$/.exec(body)?.[1] : undefined
}

/**
 * The comment: the finding (escaped: no mentions, links or HTML from the
 * article), the suggested change in a fence longer than any run of backticks
 * in it, and the marker.
 */
export function commentBody(suggestion: Suggestion): string {
  const {record, lines} = suggestion
  const rule = record.url && /^https:\/\//.test(record.url) ? `[${record.ruleId}](${encodeURI(record.url)})` : escapeMarkdown(record.ruleId)
  const message = escapeMarkdown(record.message.length > MAX_MESSAGE ? record.message.slice(0, MAX_MESSAGE) + '…' : record.message)
  const content = lines.map((line) => line + '\n').join('')
  const fence = '`'.repeat(Math.max(3, ...[...content.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  const block = `${fence}suggestion\n${content}${fence}`
  return `**Copydesk** ${rule} (${label[record.severity]}): ${message}\n\n${block}\n\n${marker(suggestion.fingerprint)}`
}
