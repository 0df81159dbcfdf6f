/**
 * Word counts decide which paragraphs are long enough to compare and which
 * quotations are long enough to need a speaker; the counter is a hand-written
 * scanner, so it must count exactly what the documented word pattern matches.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {newArticle} from '../src/text/memo.ts'
import {headlineKey} from '../src/document/headline.ts'
import {letterHash, normalize, wordCount, words} from '../src/text/normalize.ts'

const pattern = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu

describe('wordCount and words', () => {
  it('counts words joined by apostrophes, full stops and hyphens as one', () => {
    // `U.S.-backed` is two words: two joiners in a row end a word.
    expect(wordCount('The mayor’s U.S.-backed plan isn’t new: 3.5% in 2025 — “yes”.')).toBe(11)
    expect(wordCount('Café 北京 𠀀 ٣ --- ...')).toBe(4)
    expect(wordCount('')).toBe(0)
  })

  it('counts exactly what the word pattern matches, for any string', () => {
    const same = (text: string) => {
      newArticle()
      const expected = text.toLowerCase().match(pattern) ?? []
      return wordCount(text) === (text.match(pattern)?.length ?? 0) && JSON.stringify(words(text)) === JSON.stringify(expected)
    }
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 60}), same), {numRuns: 5000})
    const pieces = fc.constantFrom('a', 'Z', '9', ' ', "'", '\u2019', '.', '-', 'é', 'É', 'İ', 'ẞ', 'Σ', '“', '\uD840\uDC00', '\uD801\uDC00', '\uD83D\uDE00', '\uD800', '_')
    fc.assert(fc.property(fc.array(pieces, {maxLength: 30}).map((list) => list.join('')), same), {numRuns: 5000})
  })
})

describe('letterHash', () => {
  // Two texts that fold to the same string must hash alike, or a duplicate would be missed.
  it('is the same for a text, its folded form and its headline key', () => {
    const pieces = fc.constantFrom('a', 'A', 'Σ', 'σ', 'ς', 'İ', 'ß', '9', ' ', '\n', '*', '_', '`', '~', '“', '”', '’', '—', '--', '-', '.', '!', '\uD835\uDC00', 'é', 'É')
    const same = (text: string) => {
      newArticle()
      return letterHash(text) === letterHash(normalize(text)) && letterHash(text) === letterHash(headlineKey(text))
    }
    fc.assert(fc.property(fc.array(pieces, {maxLength: 30}).map((list) => list.join('')), same), {numRuns: 5000})
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 40}), same), {numRuns: 5000})
  })

  it('differs when the letters differ', () => {
    expect(letterHash('The council met.')).not.toBe(letterHash('The council meets.'))
    expect(letterHash('**The “council” — met**')).toBe(letterHash('the council met'))
  })
})
