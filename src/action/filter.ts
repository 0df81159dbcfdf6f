/**
 * `filter-mode` (reviewdog's names): which findings a run reports — shows in
 * annotations, the check run and the review, counts in the outputs and
 * `fail-on` — and which it only lists as existing. So an editor who fixes a
 * typo in an old article is not failed for the article's old defects.
 * - `added`: findings that touch an added or changed line;
 * - `diff_context`: findings that touch a hunk of the diff, context lines included;
 * - `file`: every finding in a file the diff changes;
 * - `nofilter`: every finding.
 * A finding about two places (a duplicate and its first copy, a repeated
 * headline and the headline) counts when either place is in the diff. A file
 * that could not be linted is reported when the diff changes it.
 */
import type {Record} from '../report/records.ts'
import type {FileDiff, Ranges} from './changed-files.ts'

export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const
export type FilterMode = (typeof FILTER_MODES)[number]

/** Does the finding, or the other place it is about, touch one of the ranges? */
export function touches(record: Record, ranges: Ranges | undefined): boolean {
  if (!ranges) return false
  const within = (from: number, to: number) => ranges.some(([start, end]) => start <= to && end >= from)
  return within(record.line, record.endLine) || (record.related ?? []).some((r) => within(r.line, r.endLine))
}

/** Why `filter-mode` left findings out, for the summary. */
export const EXISTING_WHY: {[K in FilterMode]: string} = {
  added: 'not on lines the changes add (filter-mode: added)',
  diff_context: "outside the diff's hunks (filter-mode: diff_context)",
  file: 'in files the changes do not touch (filter-mode: file)',
  nofilter: ''
}

export interface Filtered {
  reported: Record[]
  /** Findings the diff did not touch. */
  existing: Record[]
  /** What the log and summary should say (no diff; files whose lines are not known). */
  notes: string[]
}

/**
 * Split findings by `mode`. `diff` is the changed files and their lines
 * (undefined: no diff, for the reason `noDiff`, so every finding is
 * reported); `skipped` the paths of files that could not be linted.
 */
export function filterFindings(records: Record[], mode: FilterMode, diff: Map<string, FileDiff | undefined> | undefined, skipped: Set<string>, noDiff = 'none'): Filtered {
  if (mode === 'nofilter') return {reported: records, existing: [], notes: []}
  if (!diff) return {reported: records, existing: [], notes: [`filter-mode: ${mode} needs a diff (${noDiff}); every finding is reported, as with nofilter.`]}
  const reported: Record[] = []
  const existing: Record[] = []
  const unknown = new Set<string>()
  for (const record of records) {
    let keep: boolean
    if (!diff.has(record.path)) keep = false
    else if (mode === 'file' || skipped.has(record.path)) keep = true
    else {
      const lines = diff.get(record.path)
      if (!lines) unknown.add(record.path)
      keep = !lines || touches(record, mode === 'added' ? lines.added : lines.hunks)
    }
    ;(keep ? reported : existing).push(record)
  }
  const n = unknown.size
  const notes = n ? [`The changed lines of ${n} file${n === 1 ? ' are' : 's are'} not known (GitHub sent no patch and git could not tell); all their findings are reported.`] : []
  return {reported, existing, notes}
}
