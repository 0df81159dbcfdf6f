/**
 * The last plugin before the source is restored: gives every message a
 * `fingerprint` computed from its content, not its line, so that a finding
 * keeps it when lines are added or removed above it. SARIF's
 * `partialFingerprints`, review comments and the cache all read it.
 *
 * The hash (SHA-256, first 16 hex digits) covers the rule, the file's path,
 * the text of the finding's span and of its other place (its `cause`), white
 * space collapsed, and which of identical findings in the file it is (the
 * second repeat of the headline is not the first).
 */
import {createHash} from 'node:crypto'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {VFileMessage} from 'vfile-message'

export default function copydeskFingerprint() {
  return function (_tree: unknown, file: VFile) {
    fingerprint(file, file.data.source ?? String(file.value ?? ''))
  }
}

/** Set `fingerprint` on every message of `file`, whose positions count in `text`. */
export function fingerprint(file: VFile, text: string): void {
  if (file.messages.length === 0) return
  let place: ReturnType<typeof location> | undefined
  const offset = (point: Point | undefined): number | undefined => point?.offset ?? (point ? (place ??= location(text)).toOffset(point) : undefined)
  const spanOf = (message: VFileMessage): {start: number; end: number; text: string} => {
    const where = message.place
    const from = where && 'start' in where ? (where as Position).start : (where as Point | undefined)
    const to = where && 'end' in where ? (where as Position).end : from
    const start = offset(from) ?? -1
    const end = offset(to) ?? start
    return {start, end, text: start >= 0 && end >= start ? text.slice(start, end).replace(/\s+/g, ' ').trim() : ''}
  }
  const keyed = file.messages.map((message) => {
    const span = spanOf(message)
    const cause = message.cause instanceof VFileMessage ? spanOf(message.cause).text : ''
    return {message, start: span.start, end: span.end, key: JSON.stringify([message.ruleId ?? '', message.source ?? '', file.path ?? '', span.text, cause])}
  })
  // Identical findings are told apart by their order in the file, which lines added above do not change.
  keyed.sort((a, b) => a.start - b.start || a.end - b.end || (a.message.reason < b.message.reason ? -1 : a.message.reason > b.message.reason ? 1 : 0))
  const seen = new Map<string, number>()
  for (const {message, key} of keyed) {
    const count = seen.get(key) ?? 0
    seen.set(key, count + 1)
    message.fingerprint = createHash('sha256').update(`${key}\u0000${count}`).digest('hex').slice(0, 16)
  }
}
