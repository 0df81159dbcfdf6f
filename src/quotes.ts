/**
 * Quote marks of one paragraph, paired in one linear pass. Curly marks say
 * which way they face; a straight `"` is read from its neighbours.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark. */
  close: number
}

export interface QuoteScan {
  /** Quotations opened and closed in this paragraph. */
  quotes: QuoteSpan[]
  /** A continued quotation (see `continuing`) and where it closes, if it does. */
  head?: {open: number; close?: number}
  /** The last mark opens a quotation that runs to the end of the paragraph. */
  tail?: number
  /** Marks that pair with nothing (other than a head or a tail). */
  stray: number[]
}

const OPEN = '\u201C'
const CLOSE = '\u201D'
const before = /[\s([{\u2014\u2013\-/]/u
const after = /[\s.,;:!?)\]}\u2014\u2013\-\u2026]/u
const leading = /^[\s*_>]*["\u201C]/u

/** The paragraph starts with an opening quote mark (bold or blockquote markers aside). */
export function opensWithQuote(text: string): boolean {
  return leading.test(text.slice(0, 20))
}

/**
 * Scan one paragraph. With `continuing`, its first mark continues the
 * previous paragraph's quotation (the newsroom multi-paragraph convention).
 */
export function scanQuotes(text: string, continuing = false): QuoteScan {
  const result: QuoteScan = {quotes: [], stray: []}
  let pending = -1
  let seen = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch !== '"' && ch !== OPEN && ch !== CLOSE) continue
    const direction = ch === OPEN ? 'open' : ch === CLOSE ? 'close' : straight(text, i, pending !== -1)
    if (direction === 'skip') continue
    if (!seen && continuing && direction === 'open') {
      seen = true
      result.head = {open: i}
      pending = i
      continue
    }
    seen = true
    if (direction === 'open') {
      if (pending !== -1) result.stray.push(pending)
      pending = i
    } else if (pending === -1) {
      result.stray.push(i)
    } else if (result.head && pending === result.head.open && result.head.close === undefined) {
      result.head.close = i
      pending = -1
    } else {
      result.quotes.push({open: pending, close: i})
      pending = -1
    }
  }
  if (pending !== -1) {
    if (result.head && pending === result.head.open) result.tail = pending
    else result.tail = pending
  }
  return result
}

function straight(text: string, i: number, isOpen: boolean): 'open' | 'close' | 'skip' {
  const prev = i === 0 ? ' ' : text[i - 1]
  const next = i + 1 >= text.length ? ' ' : text[i + 1]
  // 5'10" and 12" screens: inch marks, not quotes.
  if (/\d/.test(prev) && !isOpen) return 'skip'
  const opens = before.test(prev)
  const closes = after.test(next)
  if (opens && !closes) return 'open'
  if (closes && !opens) return 'close'
  return isOpen ? 'close' : 'open'
}
