/**
 * Workflow-command annotations within GitHub's caps: per step at most 10
 * error, 10 warning and 10 notice annotations are shown (50 per job), and
 * the rest are dropped without a word. So findings are ranked (every file
 * once before any file twice; changed lines first, then errors, then
 * warnings), printed within the caps, and one notice says how many were left
 * out and where to find them. The error `core.setFailed` prints counts in the
 * caps, so it is never the one dropped.
 */
import * as core from '@actions/core'
import {annotation} from '../report/github.ts'
import type {Record, Severity} from '../report/records.ts'
import type {Ranges} from './changed-files.ts'
import {touches} from './filter.ts'

export const CAPS: {[K in Severity]: number} = {error: 10, warning: 10, info: 10}
const order: {[K in Severity]: number} = {error: 0, warning: 1, info: 2}

type Keyed = {record: Record; index: number; changed: number}
const before = (a: Keyed, b: Keyed) => a.changed - b.changed || order[a.record.severity] - order[b.record.severity] || a.index - b.index

/**
 * Round by round: each file's best finding (on changed lines first, then
 * errors before warnings before notices), then each file's second best, and
 * so on; within a round, in the same order. So when the caps bind, every file
 * with findings is shown before any file is shown twice.
 */
export function rank(records: Record[], changed?: Map<string, Ranges | undefined>): Record[] {
  const byFile = new Map<string, Keyed[]>()
  for (const [index, record] of records.entries()) {
    const keyed = {record, index, changed: changed && touches(record, changed.get(record.path)) ? 0 : 1}
    const list = byFile.get(record.path)
    if (list) list.push(keyed)
    else byFile.set(record.path, [keyed])
  }
  const rounds: Keyed[][] = []
  for (const list of byFile.values()) list.sort(before).forEach((keyed, round) => (rounds[round] ??= []).push(keyed))
  return rounds.flatMap((round) => round.sort(before).map((keyed) => keyed.record))
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

/**
 * Fill the caps round by round, as `rank` orders: in each round every file
 * shows its best finding that still fits (an error that no longer fits gives
 * way to the same file's warning), before any file shows another.
 */
function fill(ranked: Record[], room: {[K in Severity]: number}): Selection {
  const used = {error: 0, warning: 0, info: 0}
  const fits = (record: Record) => used[record.severity] < room[record.severity]
  const queues = new Map<string, Record[]>()
  for (const record of ranked) {
    const queue = queues.get(record.path)
    if (queue) queue.push(record)
    else queues.set(record.path, [record])
  }
  const position = new Map(ranked.map((record, index) => [record, index]))
  const taken = new Set<Record>()
  const shown: Record[] = []
  for (let progress = true; progress; ) {
    progress = false
    // Files in the order of their best remaining finding.
    const files = [...queues.values()].filter((queue) => queue.length > 0).sort((a, b) => position.get(a[0])! - position.get(b[0])!)
    for (const queue of files) {
      const at = queue.findIndex(fits)
      if (at === -1) continue
      const [record] = queue.splice(at, 1)
      used[record.severity]++
      taken.add(record)
      shown.push(record)
      progress = true
    }
  }
  return {shown, omitted: ranked.filter((record) => !taken.has(record))}
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
