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
}

export function summaryMarkdown(results: FileResult[], all: Record[], context: SummaryContext, limit = SUMMARY_LIMIT): string {
  const errors = all.filter((r) => r.severity === 'error').length
  const warnings = all.filter((r) => r.severity === 'warning').length
  const notices = all.length - errors - warnings
  const withFindings = results.filter((r) => r.file.messages.length > 0)
  let head = `## Copydesk\n\n**${errors} error${errors === 1 ? '' : 's'}**, **${warnings} warning${warnings === 1 ? '' : 's'}**` +
    (notices ? `, ${notices} notice${notices === 1 ? '' : 's'}` : '') +
    ` in ${withFindings.length} of ${results.length} file${results.length === 1 ? '' : 's'} linted (${escapeMarkdown(context.scope)}).\n\n`
  for (const note of context.notes) head += `> ${escapeMarkdown(note)}\n\n`

  const byPath = new Map<string, Record[]>()
  for (const record of all) {
    const list = byPath.get(record.path)
    if (list) list.push(record)
    else byPath.set(record.path, [record])
  }
  const reserve = 300 + Buffer.byteLength(context.elsewhere.map(escapeMarkdown).join(' and ')) // room for the closing note
  let body = ''
  let size = Buffer.byteLength(head)
  let shownFindings = 0
  const shown = new Map<string, number>()
  outer: for (const [path, records] of byPath) {
    const section = `### ${escapeMarkdown(path)}\n\n| Line | Severity | Rule | Finding |\n|---:|---|---|---|\n`
    if (size + Buffer.byteLength(section) + reserve > limit) break
    body += section
    size += Buffer.byteLength(section)
    for (const record of records) {
      const line = row(record)
      if (size + Buffer.byteLength(line) + reserve > limit) {
        body += '\n'
        break outer
      }
      body += line
      size += Buffer.byteLength(line)
      shownFindings++
      shown.set(path, (shown.get(path) ?? 0) + 1)
    }
    body += '\n'
  }
  const left = all.length - shownFindings
  if (left > 0) {
    const files = [...byPath].filter(([path, records]) => (shown.get(path) ?? 0) < records.length).length
    body += `**${left} more finding${left === 1 ? '' : 's'}** in ${files} file${files === 1 ? '' : 's'} left out to keep this summary under 1 MiB` +
      (context.elsewhere.length ? `; all findings are in ${context.elsewhere.map(escapeMarkdown).join(' and ')}` : '') + '.\n'
  } else if (all.length === 0) {
    body += 'No findings.\n'
  }
  return head + body
}
