/**
 * The job summary: every finding, one table per file, kept under GitHub's
 * 1 MiB step-summary limit (and saying what it left out). Article text and
 * file names are untrusted: `|`, backticks, HTML and link syntax are escaped.
 */
import type {FileResult} from '../engine/index.ts'
import type {Record} from '../report/records.ts'

export const SUMMARY_LIMIT = 1_000_000

const entities: {[char: string]: string} = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '|': '&#124;', '`': '&#96;',
  '[': '&#91;', ']': '&#93;', '\\': '&#92;', '*': '&#42;', '_': '&#95;', '@': '&#64;', '~': '&#126;', '!': '&#33;'
}

/** Text safe inside a Markdown table cell or heading: no HTML, no code spans, no links, no mentions. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[&<>"|`[\]\\*_@~!]/g, (char) => entities[char])
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
}

const label = {error: 'error', warning: 'warning', info: 'notice'} as const

function row(record: Record): string {
  const at = record.line === record.endLine ? `${record.line}:${record.column}` : `${record.line}–${record.endLine}`
  const rule = record.url && /^https:\/\//.test(record.url) ? `[${record.ruleId}](${encodeURI(record.url)})` : escapeMarkdown(record.ruleId)
  return `| ${at} | ${label[record.severity]} | ${rule} | ${escapeMarkdown(record.message)} |\n`
}

export interface SummaryContext {
  /** What was linted, e.g. "3 changed files of pull request #7". */
  scope: string
  /** Where else every finding is (SARIF file, check run). */
  elsewhere: string[]
  notes: string[]
  /** Findings `filter-mode` left out: listed after the others, as existing. */
  existing?: Record[]
  /** Why they are existing, e.g. "not on lines the changes add (filter-mode: added)": Markdown, not escaped. */
  existingWhy?: string
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function byPath(records: Record[]): Map<string, Record[]> {
  const map = new Map<string, Record[]>()
  for (const record of records) {
    const list = map.get(record.path)
    if (list) list.push(record)
    else map.set(record.path, [record])
  }
  return map
}

/**
 * The job summary: the reported findings, one table per file, then the
 * existing ones in their own section, while the size allows.
 */
export function summaryMarkdown(results: FileResult[], all: Record[], context: SummaryContext, limit = SUMMARY_LIMIT): string {
  const existing = context.existing ?? []
  const errors = all.filter((r) => r.severity === 'error').length
  const warnings = all.filter((r) => r.severity === 'warning').length
  const notices = all.length - errors - warnings
  const withFindings = new Set(all.map((r) => r.path)).size
  let head = `## Copydesk\n\n**${plural(errors, 'error')}**, **${plural(warnings, 'warning')}**` +
    (notices ? `, ${plural(notices, 'notice')}` : '') +
    ` in ${withFindings} of ${plural(results.length, 'file')} linted (${escapeMarkdown(context.scope)})` +
    (existing.length ? `; ${plural(existing.length, 'existing finding')} not counted.\n\n` : '.\n\n')
  for (const note of context.notes) head += `> ${escapeMarkdown(note)}\n\n`

  const reserve = 300 + Buffer.byteLength(context.elsewhere.map(escapeMarkdown).join(' and ')) // room for the closing note
  let body = ''
  let size = Buffer.byteLength(head)
  let full = false
  const shown = new Set<Record>()
  const add = (text: string) => {
    if (full || size + Buffer.byteLength(text) + reserve > limit) return (full = true), false
    body += text
    size += Buffer.byteLength(text)
    return true
  }
  const tables = (records: Record[], level: string) => {
    for (const [path, list] of byPath(records)) {
      if (!add(`${level} ${escapeMarkdown(path)}\n\n| Line | Severity | Rule | Finding |\n|---:|---|---|---|\n`)) return
      for (const record of list) {
        if (!add(row(record))) break
        shown.add(record)
      }
      body += '\n'
      if (full) return
    }
  }
  tables(all, '###')
  if (all.length === 0) add(existing.length ? 'No new findings.\n\n' : 'No findings.\n\n')
  if (existing.length) {
    add(`### Existing findings\n\n${plural(existing.length, 'finding')} ${context.existingWhy ?? 'outside the diff'}: not annotated, not counted in the outputs, and they do not fail the step.\n\n`)
    tables(existing, '####')
  }

  const everything = [...all, ...existing]
  const left = everything.length - shown.size
  if (left > 0) {
    const files = [...byPath(everything)].filter(([, records]) => records.some((r) => !shown.has(r))).length
    body += `**${left} more finding${left === 1 ? '' : 's'}** in ${plural(files, 'file')} left out to keep this summary under 1 MiB` +
      (context.elsewhere.length ? `; all findings are in ${context.elsewhere.map(escapeMarkdown).join(' and ')}` : '') + '.\n'
  }
  return head + body
}
