/**
 * Where two similar paragraphs differ: a paste's edits (sentences cut, added
 * or moved, typos) change no content; a template filled in twice changes it
 * in each place it leaves open.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {contentChanges} from '../src/text/edits.ts'
import {shingle} from '../src/text/similarity.ts'

const split = (text: string) => text.split(' ')

describe('contentChanges', () => {
  it('finds none when whole sentences are cut, added or moved', () => {
    const vocabulary = fc.constantFrom('the', 'council', 'voted', 'bus', 'route', 'a', 'b', 'c')
    const sentence = fc.array(vocabulary, {minLength: 3, maxLength: 8})
    const edit = fc.constantFrom('cut', 'add', 'move')
    fc.assert(fc.property(fc.array(sentence, {minLength: 2, maxLength: 6}), sentence, edit, fc.nat(), (sentences, extra, how, at) => {
      const k = at % sentences.length
      const edited = [...sentences]
      if (how === 'cut') edited.splice(k, 1)
      else if (how === 'add') edited.splice(k, 0, extra)
      else edited.push(...edited.splice(k, 1))
      expect(contentChanges(shingle(sentences.flat()), shingle(edited.flat()))).toBe(0)
    }), {numRuns: 2000})
  })

  it('counts a typo as no change, and a changed word as one in each place', () => {
    const text = 'the council voted on tuesday to expand the bus network to the northern suburbs by next spring and the fares will stay the same'
    const typo = text.replace('network', 'netwrok').replace('fares', 'fars')
    const oneWord = text.replace('spring', 'summer')
    const twoPlaces = text.replace('tuesday', 'monday').replace('fares', 'tickets')
    expect(contentChanges(shingle(split(text)), shingle(split(typo)))).toBe(0)
    expect(contentChanges(shingle(split(text)), shingle(split(oneWord)))).toBe(1)
    expect(contentChanges(shingle(split(twoPlaces)), shingle(split(text)))).toBe(2)
  })
})
