/**
 * Results cross the thread boundary as plain data and are rebuilt as VFile
 * and VFileMessage objects with every field (a finding's `fix` and
 * `fingerprint` too), with the quotation model beside them (`--format json`
 * prints it); the rest of `file.data` and the text stay behind (no reporter
 * reads them; copying every article back cost ~1 s of the worker's time on
 * the corpus), except a fixed file's text as read and as fixed.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {FileResult, Fixed} from './lint-file.ts'
import type {Quotation} from '../index.ts'
import type {Config} from '../types.ts'

export interface Task {
  id: number
  absolute: string
  path: string
  configId: number
  config: Config
  maxFileSize: number
  /** Fix the file in memory (`--fix`, `--fix-dry-run`): the result carries the fixed text. */
  fix: boolean
}

export interface WireResult {
  path: string
  skipped: boolean
  messages: Array<Record<string, unknown>>
  /** Plain data already (the quotation model is built of plain objects). */
  quotes?: Quotation[]
  /** Only for a file a fix changed: its text as read and as fixed. */
  fixed?: Fixed
}

/** Fields of a message that do not cross: syntax-tree nodes and the stack trace. */
const dropped = new Set(['ancestors', 'stack'])

export function toWire(result: FileResult): WireResult {
  return {
    path: result.path,
    skipped: result.skipped,
    messages: result.file.messages.map(plain),
    ...(result.quotes ? {quotes: result.quotes} : {}),
    ...(result.fixed ? {fixed: result.fixed} : {})
  }
}

/** A message as plain data; its `cause` (the other place of a finding) too. */
function plain(message: VFileMessage): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(message)) if (!dropped.has(key) && field !== undefined) record[key] = field
  if (message.cause instanceof VFileMessage) record.cause = plain(message.cause)
  return record
}

function rebuild(record: Record<string, unknown>): VFileMessage {
  const {reason, place, ruleId, source, cause, ...rest} = record as {reason: string; place?: VFileMessage['place']; ruleId?: string; source?: string; cause?: Record<string, unknown>}
  const message = new VFileMessage(reason, {place, ruleId, source, cause: cause ? rebuild(cause) : undefined})
  Object.assign(message, rest)
  return message
}

export function fromWire(wire: WireResult): FileResult {
  const file = new VFile({path: wire.path})
  for (const record of wire.messages) file.messages.push(rebuild(record))
  return {path: wire.path, file, skipped: wire.skipped, ...(wire.quotes ? {quotes: wire.quotes} : {}), ...(wire.fixed ? {fixed: wire.fixed} : {})}
}

