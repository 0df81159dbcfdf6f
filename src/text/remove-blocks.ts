/**
 * The edits that remove whole blocks (a repeated paragraph, a repeated
 * headline) from a text with the blank lines that set them apart, so that
 * what is left reads as if the blocks had never been there: a block set
 * apart by blank lines goes with the blank lines before it (a paste undone:
 * the spacing after it, or the file's own ending, stays as it was), a line
 * among lines goes alone, and LF, CRLF or CR line ends are never split.
 *
 * A block can be removed only when it fills its lines (nothing but white
 * space beside it on its first and last line). Blocks that sit next to each
 * other with only white space between are removed as a group (two repeated
 * lines under the headline, then a blank line: both lines and one blank line
 * go), and the group's removal is cut into one disjoint edit per block, so
 * that applying all of them is the group's removal and applying one alone
 * still leaves well-formed text.
 */

export interface Span {
  /** Offset where the block's text starts. */
  start: number
  /** Offset where it ends. */
  end: number
}

const space = /^[ \t\f\v\u00A0\uFEFF]*$/

function isBreak(code: number): boolean {
  return code === 10 || code === 13
}

/** Start of the line holding `at`. */
function lineStart(text: string, at: number): number {
  let i = at
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--
  return i
}

/** Where the line holding `at` ends: its line break, or the end of the text. */
function lineEnd(text: string, at: number): number {
  let i = at
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++
  return i
}

/** After the line break at `at` (CRLF is one break). */
function afterBreak(text: string, at: number): number {
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return at + 2
  return at < text.length ? at + 1 : at
}

function isWhite(code: number): boolean {
  return isBreak(code) || code === 32 || code === 9 || code === 12 || code === 11 || code === 0xa0 || code === 0xfeff
}

/** The block's lines (`from`: start of its first line; `to`: the break after its last), when it fills them. */
function wholeLines(text: string, span: Span | undefined): {from: number; to: number} | undefined {
  if (!span || !(span.start >= 0 && span.start < span.end && span.end <= text.length)) return undefined
  const from = lineStart(text, span.start)
  const to = lineEnd(text, span.end)
  return space.test(text.slice(from, span.start)) && space.test(text.slice(span.end, to)) ? {from, to} : undefined
}

/**
 * One edit range `[start, end]` per span (in the order given), or `undefined`
 * for a span that does not fill its lines (or is not given); every span given
 * is to be removed.
 */
export function blockRemovals(text: string, spans: Array<Span | undefined>): Array<[number, number] | undefined> {
  const out: Array<[number, number] | undefined> = spans.map(() => undefined)
  const lines = spans.map((span) => wholeLines(text, span))
  const order = spans.map((_, i) => i).filter((i) => lines[i]).sort((a, b) => lines[a]!.from - lines[b]!.from)
  // Groups: blocks with only white space between them.
  const groups: number[][] = []
  let previousEnd = -1
  for (const i of order) {
    const {from, to} = lines[i]!
    if (from < previousEnd) continue // Overlapping spans: the first one wins, the other gets no edit.
    const last = groups.at(-1)
    if (last && isBlank(text, previousEnd, from)) last.push(i)
    else groups.push([i])
    previousEnd = to
  }
  for (const group of groups) {
    const first = lines[group[0]]!
    const last = lines[group.at(-1)!]!
    // The previous line with text, and the next one.
    let before = first.from
    while (before > 0 && isWhite(text.charCodeAt(before - 1))) before--
    let after = last.to
    while (after < text.length && isWhite(text.charCodeAt(after))) after++
    const hasBefore = before > 0
    const atEnd = after === text.length
    const blankBefore = !hasBefore || first.from > afterBreak(text, lineEnd(text, before))
    const nextLine = atEnd ? text.length : lineStart(text, after)
    const blankAfter = nextLine > afterBreak(text, last.to)
    if (hasBefore && (atEnd || (blankBefore && blankAfter))) {
      // The group goes with the line breaks before it; what follows it (the blank lines that set it apart
      // from the next block, or the text's own ending) stays as it was: a paste undone.
      let start = lineEnd(text, before)
      for (const i of group) {
        out[i] = [start, lines[i]!.to]
        start = lines[i]!.to
      }
      continue
    }
    // Within lines (no blank line on one side), only the group's lines go; at the top, the blank lines after it too.
    const end = blankBefore && blankAfter ? nextLine : afterBreak(text, last.to)
    group.forEach((i, k) => {
      out[i] = [lines[i]!.from, k + 1 < group.length ? lines[group[k + 1]]!.from : end]
    })
  }
  return out
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhite(text.charCodeAt(i))) return false
  return true
}

/** Removals of one finding (in order, disjoint) as one edit: the text between them is written back. */
export function joinRemovals(text: string, ranges: Array<[number, number]>): {range: [number, number]; text: string} {
  let kept = ''
  for (let i = 1; i < ranges.length; i++) kept += text.slice(ranges[i - 1][1], ranges[i][0])
  return {range: [ranges[0][0], ranges.at(-1)![1]], text: kept}
}
