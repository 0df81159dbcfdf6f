/**
 * Near duplicates are found through bottom-k sketches: the sketch must be the
 * k smallest distinct 3-gram hashes (all of them, in order of appearance, when
 * there are fewer), or paragraphs that share text would never be compared.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {compare, shingle, SketchIndex} from '../src/text/similarity.ts'

const SKETCH = 8

describe('similarity', () => {
  it('sketches a paragraph by its smallest distinct 3-gram hashes', () => {
    const vocabulary = fc.constantFrom('the', 'council', 'voted', 'bus', 'a', 'b', 'c')
    fc.assert(fc.property(fc.array(vocabulary, {maxLength: 40}), (words) => {
      const item = shingle(words)
      const all = [...item.hashes]
      const expected = all.length <= SKETCH ? all : [...all].sort((x, y) => x - y).slice(0, SKETCH)
      expect(item.sketch).toEqual(expected)
      expect(item.words).toBe(words.length)
    }), {numRuns: 3000})
  })

  it('finds an edited copy as a candidate and measures how much of it is shared', () => {
    const text = 'the council voted on tuesday to expand the bus network to the northern suburbs by next spring'.split(' ')
    const edited = [...text]
    edited[3] = 'monday'
    const index = new SketchIndex()
    index.add(0, shingle(text))
    index.add(1, shingle('an unrelated paragraph about the weather in the mountains this week and next'.split(' ')))
    const copy = shingle(edited)
    expect(index.candidates(copy)).toEqual([0])
    const {containment, ratio} = compare(copy, shingle(text))
    // 17 words, 15 three-word grams; the changed word is in 3 of them.
    expect(containment).toBeCloseTo(12 / 15)
    expect(ratio).toBe(1)
  })
})
