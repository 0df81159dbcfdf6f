/**
 * `--format github`: workflow commands (`::error file=…::message`). Every
 * property and message is escaped as @actions/core escapes them, so no text
 * from an article or a file name can start a command of its own.
 */
import type {FileResult} from '../engine/index.ts'
import {records, type Record} from './records.ts'

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const command = {error: 'error', warning: 'warning', info: 'notice'} as const

/** One workflow-command annotation for a record. */
export function annotation(record: Record): string {
  const properties: Array<[string, string | number]> = [
    ['file', record.path],
    ['line', record.line],
    ['endLine', record.endLine]
  ]
  // GitHub drops columns on annotations that span lines.
  if (record.line === record.endLine) properties.push(['col', record.column], ['endColumn', record.endColumn])
  properties.push(['title', `copydesk ${record.ruleId}`])
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${command[record.severity]} ${props}::${escapeData(record.message)}`
}

export function github(results: FileResult[]): string {
  return records(results).map((record) => annotation(record) + '\n').join('')
}
