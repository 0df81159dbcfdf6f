/**
 * Results cross the thread boundary as plain data and are rebuilt as VFile
 * and VFileMessage objects with every field; `file.data` and the text stay
 * behind (no reporter reads them; copying every article back cost ~1 s of the
 * worker's time on the corpus).
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {FileResult} from './lint-file.ts'
import type {Config} from '../types.ts'

export interface Task {
  id: number
  absolute: string
  path: string
  configId: number
  config: Config
  maxFileSize: number
}

export interface WireResult {
  path: string
  skipped: boolean
  messages: Array<Record<string, unknown>>
}

/** Fields of a message that do not cross: syntax-tree nodes and the stack trace. */
const dropped = new Set(['ancestors', 'stack'])

export function toWire(result: FileResult): WireResult {
  return {
    path: result.path,
    skipped: result.skipped,
    messages: result.file.messages.map((message) => {
      const record: Record<string, unknown> = {}
      for (const [key, field] of Object.entries(message)) if (!dropped.has(key) && field !== undefined) record[key] = field
      return record
    })
  }
}

export function fromWire(wire: WireResult): FileResult {
  const file = new VFile({path: wire.path})
  for (const record of wire.messages) {
    const {reason, place, ruleId, source, ...rest} = record as {reason: string; place?: VFileMessage['place']; ruleId?: string; source?: string}
    const message = new VFileMessage(reason, {place, ruleId, source})
    Object.assign(message, rest)
    file.messages.push(message)
  }
  return {path: wire.path, file, skipped: wire.skipped}
}

