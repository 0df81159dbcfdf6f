/**
 * Where a text's value lies in its source. mdast gives a text's value with
 * escapes (`\\*`) and character references (`&#8217;`) decoded, and white
 * space before a line ending dropped, but one place for the whole text:
 * counting along the value puts every later character early. The map says
 * where each stretch of the value starts in the source.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {asciiPunctuation} from 'micromark-util-character'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'

/**
 * Where a text's value runs along its source: from index `at[k]` of the value and offset `offsets[k]` of
 * the source, characters line up one for one until the next entry. Each escape, reference or run of
 * dropped white space has an entry where it starts and one where it ends; the last entry is the value's
 * end and the source's.
 */
export interface SourceMap {
  at: number[]
  offsets: number[]
}

/** A named or numeric character reference, as micromark reads one. */
const reference = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z0-9]{1,31}));/y

/**
 * The map of a text's value onto its source, `doc` from `start` to `end`: the value is the source with
 * escapes (`\*`) and character references (`&amp;`) decoded, and white space dropped before a line
 * ending. Undefined when they do not line up so, or when nothing was decoded (the text then keeps the
 * package's places).
 */
export function sourceMap(doc: string, value: string, start: number, end: number): SourceMap | undefined {
  const map: SourceMap = {at: [0], offsets: [start]}
  const mark = (at: number, offset: number) => {
    const last = map.at.length - 1
    if (map.at[last] === at && map.offsets[last] === offset) return
    map.at.push(at)
    map.offsets.push(offset)
  }
  let s = start
  let v = 0
  let decodes = false
  while (v < value.length) {
    if (s >= end) return undefined
    const code = doc.charCodeAt(s)
    let decoded: string | undefined
    let length = 0
    if (code === 92 && s + 1 < end && asciiPunctuation(doc.charCodeAt(s + 1))) {
      decoded = doc.charAt(s + 1)
      length = 2
    } else if (code === 38) {
      reference.lastIndex = s
      const match = reference.exec(doc)
      if (match && match.index + match[0].length <= end) {
        const named = match[3] === undefined ? undefined : decodeNamedCharacterReference(match[3])
        decoded = match[1] !== undefined ? decodeNumericCharacterReference(match[1], 16) : match[2] !== undefined ? decodeNumericCharacterReference(match[2], 10) : named || undefined
        length = match[0].length
      }
    }
    if (decoded !== undefined && value.startsWith(decoded, v)) {
      decodes = true
      mark(v, s)
      v += decoded.length
      s += length
      mark(v, s)
    } else if (value.charCodeAt(v) === code) {
      v++
      s++
    } else if ((code === 32 || code === 9) && (value.charCodeAt(v) === 10 || value.charCodeAt(v) === 13)) {
      // White space before a line ending is not in the value.
      mark(v, s)
      while (doc.charCodeAt(s) === 32 || doc.charCodeAt(s) === 9) s++
      mark(v, s)
    } else return undefined
  }
  // Only white space dropped: nothing after it on the line to place (the package's places stand).
  if (s !== end || !decodes) return undefined
  mark(value.length, end)
  return map
}

/**
 * The map of a text node's value (undefined unless its source, `start` to `end`, is longer than its value):
 * what the bridge and the long-text cut place a text's pieces by.
 */
export function textMap(doc: string, value: string, start: number | undefined, end: number | undefined): SourceMap | undefined {
  return start !== undefined && end !== undefined && end - start > value.length ? sourceMap(doc, value, start, end) : undefined
}

/** The source offset where index `i` of a mapped value starts (past any dropped white space). */
export function startOffset(map: SourceMap, i: number): number {
  let k = map.at.length - 1
  while (k > 0 && map.at[k] > i) k--
  return map.offsets[k] + (i - map.at[k])
}

/** The source offset where the value up to index `i` ends (past an escape or reference that ends there, before white space). */
export function endOffset(map: SourceMap, i: number): number {
  let k = map.at.length - 1
  while (k > 0 && map.at[k] >= i) k--
  if (map.at[k] >= i) return map.offsets[k]
  return k + 1 < map.at.length && map.at[k + 1] === i ? map.offsets[k + 1] : map.offsets[k] + (i - map.at[k])
}
