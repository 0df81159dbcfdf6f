/**
 * Workflow-command annotations within GitHub's caps: per step at most 10
 * error, 10 warning and 10 notice annotations are shown (50 per job), and
 * the rest are dropped without a word. So findings are ranked (changed lines
 * first, then errors, then warnings), printed within the caps, and one notice
 * says how many were left out and where to find them.
 */
import * as core from '@actions/core'
import {annotation} from '../report/github.ts'
import type {Record, Severity} from '../report/records.ts'
import type {Ranges} from './changed-files.ts'

export const CAPS: {[K in Severity]: number} = {error: 10, warning: 10, info: 10}
const order: {[K in Severity]: number} = {error: 0, warning: 1, info: 2}

/** Does the finding, or the place it refers to (the other copy), touch a changed line? */
export function onChangedLines(record: Record, ranges: Ranges | undefined): boolean {
  if (!ranges) return false
  const touches = (from: number, to: number) => ranges.some(([start, end]) => start <= to && end >= from)
  return touches(record.line, record.endLine) || (record.related ?? []).some((r) => touches(r.line, r.endLine))
}

/** Findings on changed lines first, then errors before warnings before notices; stable otherwise. */
export function rank(records: Record[], changed?: Map<string, Ranges | undefined>): Record[] {
  const keyed = records.map((record, index) => ({record, index, changed: changed && onChangedLines(record, changed.get(record.path)) ? 0 : 1}))
  keyed.sort((a, b) => a.changed - b.changed || order[a.record.severity] - order[b.record.severity] || a.index - b.index)
  return keyed.map((k) => k.record)
}

export interface Selection {
  shown: Record[]
  omitted: Record[]
}

/**
 * Pick what fits. `reserved` counts annotations the step prints besides
 * findings (`core.setFailed` prints one error); the overflow notice takes a
 * notice slot when anything is left out.
 */
export function select(ranked: Record[], reserved: Partial<{[K in Severity]: number}> = {}): Selection {
  const room = {error: CAPS.error - (reserved.error ?? 0), warning: CAPS.warning - (reserved.warning ?? 0), info: CAPS.info - (reserved.info ?? 0)}
  const chosen = fill(ranked, room)
  return chosen.omitted.length > 0 ? fill(ranked, {...room, info: room.info - 1}) : chosen
}

function fill(ranked: Record[], room: {[K in Severity]: number}): Selection {
  const used = {error: 0, warning: 0, info: 0}
  const shown: Record[] = []
  const omitted: Record[] = []
  for (const record of ranked) {
    if (used[record.severity] < room[record.severity]) {
      used[record.severity]++
      shown.push(record)
    } else {
      omitted.push(record)
    }
  }
  return {shown, omitted}
}

/** Print the selection as escaped workflow commands, then the overflow notice. */
export function printCommands(selection: Selection, where: string[], write: (line: string) => void = (line) => process.stdout.write(line)): void {
  for (const record of selection.shown) write(annotation(record) + '\n')
  const left = selection.omitted.length
  if (left > 0) {
    const kinds = (['error', 'warning', 'info'] as const)
      .map((severity) => [severity, selection.omitted.filter((r) => r.severity === severity).length] as const)
      .filter(([, n]) => n > 0)
      .map(([severity, n]) => `${n} ${severity === 'info' ? 'notice' : severity}${n === 1 ? '' : 's'}`)
    core.notice(
      `${left} more Copydesk finding${left === 1 ? ' is' : 's are'} not shown as annotations (${kinds.join(', ')}): ` +
        `GitHub shows at most 10 errors, 10 warnings and 10 notices per step. All findings are in ${where.join(' and ')}.`,
      {title: 'copydesk: more findings'}
    )
  }
}
