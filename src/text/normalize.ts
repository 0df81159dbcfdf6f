/** Text folding shared by the rules that compare two places. */
import {memoize} from './memo.ts'

const curlyDouble = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const curlySingle = /[\u2018\u2019\u201A\u201B\u2032]/g
// Applied after white space is folded, so the optional spaces are single: linear time.
const dashes = / ?(?:[\u2010-\u2015\u2212]|-{2,}) ?/g
const emphasis = /[*_~`]+/g
const space = /\s+/g

/**
 * Fold case, white space, curly vs straight quotes, dashes and Markdown emphasis.
 * Memoized per article: several rules fold the same blocks.
 */
export const normalize = memoize(fold)

/** Anything `fold` rewrites besides case: without it, only case and the ends change. */
const special = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2018\u2019\u201A\u201B\u2032\u2010-\u2015\u2212*_~`]|--|[^\S ]|  /

function fold(text: string): string {
  // Fast path, same result: single spaces only and nothing to fold.
  if (!special.test(text)) return text.trim().toLowerCase()
  return text
    .replace(curlyDouble, '"')
    .replace(curlySingle, "'")
    .replace(space, ' ')
    .replace(dashes, ' - ')
    .replace(emphasis, '')
    .replace(space, ' ')
    .trim()
    .toLowerCase()
}

/**
 * Hash of a text's letters and digits, each lower-cased on its own (final sigma
 * as sigma). `normalize` changes nothing but case among letters and digits, so two
 * texts it folds to the same string have the same hash: a different hash rules a
 * match out without folding. Memoized per article.
 */
export const letterHash = memoize(hashLetters)

function hashLetters(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i)
    // ASCII here, without a call per character (the workers' V8 does not inline: src/engine/process-worker.ts).
    if (c < 128) {
      if (asciiWord[c] === 1) hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193)
      i++
      continue
    }
    const length = wordChar(text, i)
    if (length === 0) {
      i++
      continue
    }
    const lowered = loweredLetters(text.codePointAt(i)!)
    for (let k = 0; k < lowered.length; k++) hash = Math.imul(hash ^ lowered.charCodeAt(k), 0x01000193)
    i += length
  }
  return hash >>> 0
}

const letterOrDigitAnywhere = /[\p{L}\p{N}]/gu
const lowered = new Map<number, string>()

/** A letter or digit lower-cased, its letters and digits only (`İ` → `i`), final sigma as sigma. */
function loweredLetters(point: number): string {
  let value = lowered.get(point)
  if (value === undefined) {
    value = (String.fromCodePoint(point).toLowerCase().match(letterOrDigitAnywhere) ?? []).join('').replace(/\u03C2/g, '\u03C3')
    if (lowered.size < 4096) lowered.set(point, value)
  }
  return value
}

/**
 * Words of a text, lower-cased, punctuation dropped: what the pattern
 * `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*` matches in the lower-cased text, read by
 * the scanner below (about twice as fast as the pattern on article text).
 */
export function words(text: string): string[] {
  const lower = text.toLowerCase()
  const found: string[] = []
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i)
    if (c < 128 && asciiWord[c] === 0) {
      i++
      continue
    }
    const end = wordEnd(lower, i)
    if (end === i) i++
    else found.push(lower.slice(i, (i = end)))
  }
  return found
}

/** Memoized per article: several rules count the words of the same blocks. */
export const wordCount = memoize(countWords)

/** Counts what `words` finds, without a string per word. */
function countWords(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i)
    if (c < 128 && asciiWord[c] === 0) {
      i++
      continue
    }
    const end = wordEnd(text, i)
    if (end === i) i++
    else {
      count++
      i = end
    }
  }
  return count
}

/** Where the word starting at `i` ends: `i` when no word starts there. */
function wordEnd(text: string, i: number): number {
  let k = wordChar(text, i)
  if (!k) return i
  i += k
  // The rest of the word: letters and digits, or a joiner (' ’ . -) followed by one.
  while (i < text.length) {
    const c = text.charCodeAt(i)
    k = c < 128 ? asciiWord[c] : wordChar(text, i)
    if (!k) {
      if ((c === 39 || c === 0x2019 || c === 46 || c === 45) && (k = wordChar(text, i + 1))) k += 1
      else break
    }
    i += k
  }
  return i
}

const letterOrDigit = /^[\p{L}\p{N}]$/u
/** Per ASCII character: 1 a letter or digit, 0 not. */
const asciiWord = new Uint8Array(128).map((_, c) => ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0))

/** An ASCII letter or digit (a word character to parse-latin too); false for any other code, `NaN` included. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return code < 128 && asciiWord[code] === 1
}

/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 not. */
const known = new Uint8Array(0x10000)

/** Length (1 or 2 code units) of the letter or digit at `i`, or 0. */
function wordChar(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return asciiWord[c]
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const point = text.codePointAt(i)!
    return point > 0xffff && letterOrDigit.test(String.fromCodePoint(point)) ? 2 : 0
  }
  if (Number.isNaN(c)) return 0
  if (!known[c]) known[c] = letterOrDigit.test(String.fromCharCode(c)) ? 1 : 2
  return known[c] === 1 ? 1 : 0
}

/** A short excerpt for messages: at most `max` characters, on one line. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(space, ' ').trim()
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…'
}

const closing = /[.!?…:;,]["'\u201D\u2019)\]]*$/

/**
 * Headline-like: short, no closing sentence punctuation. Headings and bold-only
 * paragraphs are headline-like whatever their punctuation.
 */
export function looksLikeHeadline(text: string, maxWords: number): boolean {
  const trimmed = text.trim()
  if (!trimmed || closing.test(trimmed)) return false
  const count = wordCount(trimmed)
  return count > 0 && count <= maxWords
}
