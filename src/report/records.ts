/** Messages as plain records: what every reporter prints. */
import {VFileMessage} from 'vfile-message'
import type {FileResult} from '../engine/index.ts'
import type {Fix} from '../types.ts'

export type Severity = 'error' | 'warning' | 'info'

export interface Record {
  path: string
  ruleId: string
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  url?: string
  actual?: string
  expected?: string[]
  related?: Array<{line: number; column: number; endLine: number; endColumn: number; message: string}>
  /** The edit that fixes the finding (ESLint's shape: offsets in the text without its byte order mark). */
  fix?: Fix
  /** The finding's content hash: the same finding keeps it when lines move. */
  fingerprint?: string
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function toRecord(path: string, message: VFileMessage): Record {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  // The other place a finding is about (the first copy, the headline): the message's `cause`, as in remark-lint.
  const cause = message.cause instanceof VFileMessage ? message.cause : undefined
  const other = cause?.place && 'start' in cause.place ? cause.place : undefined
  const record: Record = {
    path,
    ruleId: message.ruleId ?? 'unknown',
    severity: severityOf(message),
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1
  }
  if (message.url) record.url = message.url
  if (message.actual !== undefined) record.actual = message.actual
  if (message.expected) record.expected = message.expected
  if (cause && other) {
    record.related = [{line: other.start.line, column: other.start.column, endLine: other.end.line, endColumn: other.end.column, message: cause.reason}]
  }
  if (message.fix) record.fix = {range: [message.fix.range[0], message.fix.range[1]], text: message.fix.text}
  if (message.fingerprint) record.fingerprint = message.fingerprint
  return record
}

export function records(results: FileResult[]): Record[] {
  return results.flatMap((result) => result.file.messages.map((message) => toRecord(result.path, message)))
}

export interface Totals {
  errors: number
  warnings: number
  infos: number
  files: number
  skipped: number
}

export function totals(results: FileResult[]): Totals {
  const all = records(results)
  return {
    errors: all.filter((r) => r.severity === 'error').length,
    warnings: all.filter((r) => r.severity === 'warning').length,
    infos: all.filter((r) => r.severity === 'info').length,
    files: results.length,
    skipped: results.filter((r) => r.skipped).length
  }
}
