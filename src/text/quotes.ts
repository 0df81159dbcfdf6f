/**
 * Quote marks of one paragraph, paired in one linear pass. Curly marks say
 * which way they face; a straight `"` is read from its neighbours.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark (or, when `implied`, of the end of the quoted words). */
  close: number
  /** Opened while the quotation before it was still open, after a sentence ended (`"A. "B."`): it continues that one. */
  continues?: boolean
  /** Not closed by a mark: the next quotation opened first. */
  implied?: boolean
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
  /** Opening marks that start a new quotation before the open one closed (a closing mark or a paragraph break missing). */
  reopened: number[]
  /** The tail continues the quotation before it (it was opened by a reopening mark). */
  tailContinues?: boolean
}

const OPEN = '\u201C'
const CLOSE = '\u201D'
const before = /[\s([{\u2014\u2013\-/]/u
const after = /[\s.,;:!?)\]}\u2014\u2013\-\u2026]/u
const leading = /^[\s*_>]*["\u201C]/u

/** The mark at `i` is placed to close a quotation: a right double quote, or a straight one facing that way. */
export function closesAt(text: string, i: number): boolean {
  return text[i] === CLOSE || (text[i] === '"' && straight(text, i, false) === 'close')
}

/** The paragraph starts with an opening quote mark (bold or blockquote markers aside). */
export function opensWithQuote(text: string): boolean {
  return leading.test(text.slice(0, 20))
}

/**
 * Scan one paragraph. With `continuing`, its first mark continues the
 * previous paragraph's quotation (the newsroom multi-paragraph convention).
 * Curly marks nest (a stack); a straight mark inside a curly quotation is a
 * nested quote, or closes the curly one when it faces that way (`“…."`).
 */
export function scanQuotes(text: string, continuing = false): QuoteScan {
  const result: QuoteScan = {quotes: [], stray: [], reopened: []}
  let continues = false
  /** Opening index of the outermost open quotation, or -1. */
  let outer = -1
  let depth = 0
  let nestedStraight = false
  let seen = false
  const open = (i: number) => {
    if (!seen && continuing) result.head = {open: i}
    outer = i
    depth = 1
  }
  const close = (i: number, implied = false) => {
    if (result.head && outer === result.head.open && result.head.close === undefined) result.head.close = i
    else result.quotes.push(continues || implied ? {open: outer, close: i, ...(continues ? {continues} : {}), ...(implied ? {implied} : {})} : {open: outer, close: i})
    outer = -1
    depth = 0
    nestedStraight = false
    continues = false
  }
  /** A quotation opening where a sentence of the open one ended (`"A. "B."`): a paragraph break (or a closing mark) is missing. */
  const reopen = (i: number) => {
    let end = i
    while (end > 0 && /\s/.test(text[end - 1])) end--
    close(end, true)
    result.reopened.push(i)
    outer = i
    depth = 1
    continues = true
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch !== '"' && ch !== OPEN && ch !== CLOSE) continue
    // Attribute syntax (`rel="canonical"`, `[soundcloud url=”…”]`) is not a quotation: skip to the value's end.
    if (text[i - 1] === '=') {
      const end = valueEnd(text, i)
      if (end !== -1) i = end
      continue
    }
    const direction = ch === OPEN ? 'open' : ch === CLOSE ? 'close' : straight(text, i, depth > 0)
    if (direction === 'skip') continue
    // `the world"s largest`: a straight mark between two letters stands for an apostrophe; it pairs with nothing.
    if (direction === 'stray') {
      result.stray.push(i)
      continue
    }
    if (depth === 0) {
      if (direction === 'open') open(i)
      else result.stray.push(i)
    } else if (ch === '"' && text[outer] !== '"') {
      // A straight mark inside a curly quotation.
      if (nestedStraight) nestedStraight = false
      else if (facesOpen(text, i)) nestedStraight = true
      else close(i)
    } else if (direction === 'open') {
      if (depth === 1 && ch === text[outer] && sentenceEnded(text, i)) reopen(i)
      else depth++
    } else if (depth > 1) {
      depth--
    } else {
      close(i)
    }
    seen = true
  }
  if (outer !== -1) {
    result.tail = outer
    if (continues) result.tailContinues = true
  }
  return result
}

/** A sentence ends right before `i` (`. "`, `?” “`). */
function sentenceEnded(text: string, i: number): boolean {
  return /[.!?\u2026]['\u2019)\]]?\s+$/u.test(text.slice(Math.max(0, i - 5), i))
}

/** The mark closing an attribute value opened at `i` (on the same line, within 300 characters), or -1. */
function valueEnd(text: string, i: number): number {
  for (let k = i + 1; k < text.length && k < i + 300; k++) {
    const ch = text[k]
    if (ch === '\n' || ch === '\r') return -1
    // A double prime (`″`) ends values too where a word processor "smartened" the markup.
    if (ch === '"' || ch === CLOSE || ch === OPEN || ch === '\u2033') return k
  }
  return -1
}

function facesOpen(text: string, i: number): boolean {
  const prev = i === 0 ? ' ' : text[i - 1]
  const next = i + 1 >= text.length ? ' ' : text[i + 1]
  return before.test(prev) && !after.test(next)
}

function straight(text: string, i: number, isOpen: boolean): 'open' | 'close' | 'skip' | 'stray' {
  const prev = i === 0 ? ' ' : text[i - 1]
  const next = i + 1 >= text.length ? ' ' : text[i + 1]
  if (/\p{L}/u.test(prev) && /\p{Ll}/u.test(next) && /^\p{Ll}{1,2}\b/u.test(text.slice(i + 1, i + 4))) return 'stray'
  // 5'10" and 12" screens: inch marks, not quotes.
  if (/\d/.test(prev) && !isOpen) return 'skip'
  const opens = before.test(prev)
  const closes = after.test(next)
  if (opens && !closes) return 'open'
  if (closes && !opens) return 'close'
  return isOpen ? 'close' : 'open'
}
