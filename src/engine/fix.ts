/**
 * Applying the library's fixes (`message.fix`) to a file's text: pure string
 * work, no I/O. Edits are applied in order of position; an edit that overlaps
 * one already taken waits for the next pass (the file is linted again and
 * the fixes recomputed on the new text, as ESLint does), so no two edits ever
 * touch the same characters. An edit that would cut a CRLF line end or a
 * surrogate pair in two is never applied. A leading byte order mark is not
 * part of the text the offsets count (positions start after it): it is put
 * back as it was.
 */
import type {Fix} from '../types.ts'

export const BOM = '\uFEFF'

/** Passes of lint-and-fix at most: every fix removes text, so a pass that changes nothing ends the loop sooner. */
export const MAX_PASSES = 10

export interface Applied {
  /** The text with the edits applied. */
  text: string
  /** Edits applied. */
  applied: number
  /** Edits left for a later pass (they overlap an applied one) or never valid. */
  skipped: number
}

/** Whether a boundary at `at` would split a CRLF or a surrogate pair. */
function splits(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false
  const before = text.charCodeAt(at - 1)
  const after = text.charCodeAt(at)
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff)
}

/** Apply every edit that fits, in order, on text without its byte order mark. */
export function applyEdits(text: string, fixes: Fix[]): Applied {
  const valid = fixes.filter(({range: [start, end]}) =>
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length && !splits(text, start) && !splits(text, end))
  const sorted = [...valid].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let out = ''
  let last = 0
  let applied = 0
  for (const {range: [start, end], text: replacement} of sorted) {
    // Touching is fine (a group of removals is cut into adjacent edits); two insertions at one place are not.
    if (start < last || (applied > 0 && start === last && start === end)) continue
    out += text.slice(last, start) + replacement
    last = end
    applied++
  }
  return {text: out + text.slice(last), applied, skipped: fixes.length - applied}
}

/** The fixes of a file's messages applied to its text as read (a byte order mark is kept). */
export function applyFixes(value: string, fixes: Fix[]): Applied {
  const bom = value.startsWith(BOM)
  const result = applyEdits(bom ? value.slice(1) : value, fixes)
  return bom ? {...result, text: BOM + result.text} : result
}
