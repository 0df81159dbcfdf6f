/**
 * The pure parts of fixing: removing whole blocks with their blank lines
 * (src/text/remove-blocks.ts) and applying edits (src/engine/fix.ts).
 */
import {describe, expect, it} from 'vitest'
import {applyEdits, applyFixes} from '../../src/engine/fix.ts'
import {blockRemovals} from '../../src/text/remove-blocks.ts'

/** Remove the blocks whose text is each of `blocks` (their first occurrence after `from`), all together and each alone. */
function remove(text: string, blocks: string[], from = 1): {all: string; alone: string[]} {
  let at = from
  const spans = blocks.map((block) => {
    const start = text.indexOf(block, at)
    at = start + block.length
    return {start, end: start + block.length}
  })
  const ranges = blockRemovals(text, spans)
  const fixes = ranges.map((range) => ({range: range!, text: ''}))
  return {all: applyEdits(text, fixes).text, alone: fixes.map((fix) => applyEdits(text, [fix]).text)}
}

describe('removing a block with its blank line', () => {
  it('between two paragraphs set apart by blank lines: it goes with the blank lines before it, those after it stay', () => {
    expect(remove('A para.\n\nCopy.\n\nB para.\n', ['Copy.']).all).toBe('A para.\n\nB para.\n')
    expect(remove('A para.\r\n\r\nCopy.\r\n\r\nB para.\r\n', ['Copy.']).all).toBe('A para.\r\n\r\nB para.\r\n')
    expect(remove('A para.\r\rCopy.\r\rB para.\r', ['Copy.']).all).toBe('A para.\r\rB para.\r')
    // A paste undone: the spacing after the copy is the original's.
    expect(remove('A para.\n\nA para.\n\n\nB para.\n', ['A para.'], 2).all).toBe('A para.\n\n\nB para.\n')
  })

  it('in lines without blank lines (plain text): only its line goes', () => {
    expect(remove('Head\nCopy.\nBody\n', ['Copy.']).all).toBe('Head\nBody\n')
    expect(remove('Head\n\nCopy.\nBody\n', ['Copy.']).all).toBe('Head\n\nBody\n')
    expect(remove('Head\nCopy.\n\nBody\n', ['Copy.']).all).toBe('Head\n\nBody\n')
  })

  it('at the end of the text: the line breaks before it go, and the text ends as it did', () => {
    expect(remove('A para.\n\nCopy.\n', ['Copy.']).all).toBe('A para.\n')
    expect(remove('A para.\n\nCopy.', ['Copy.']).all).toBe('A para.')
    expect(remove('A para.\nCopy.\n\n', ['Copy.']).all).toBe('A para.\n\n')
    expect(remove('A para.\r\n\r\nCopy.\r\n', ['Copy.']).all).toBe('A para.\r\n')
  })

  it('blocks side by side go as a group, cut into disjoint edits that also work alone', () => {
    const text = 'Headline\n\nHeadline\nHeadline\n\nBody.\n'
    const {all, alone} = remove(text, ['Headline', 'Headline'], 2)
    expect(all).toBe('Headline\n\nBody.\n')
    expect(alone).toEqual(['Headline\nHeadline\n\nBody.\n', 'Headline\n\nHeadline\n\nBody.\n'])
    const end = remove('Para.\n\nCopy one.\n\nCopy two.\n', ['Copy one.', 'Copy two.'])
    expect(end.all).toBe('Para.\n')
    expect(end.alone).toEqual(['Para.\n\nCopy two.\n', 'Para.\n\nCopy one.\n'])
  })

  it('keeps white space and line breaks around the blocks it leaves', () => {
    expect(remove('  A para.  \n\n   Copy.  \n\n\tB para.\n', ['Copy.']).all).toBe('  A para.  \n\n\tB para.\n')
  })

  it('gives no edit for a block that shares a line with other text, or a span out of the text', () => {
    expect(blockRemovals('- Copy.\n', [{start: 2, end: 7}])).toEqual([undefined])
    expect(blockRemovals('> Copy.\n', [{start: 2, end: 7}])).toEqual([undefined])
    expect(blockRemovals('Copy. More\n', [{start: 0, end: 5}])).toEqual([undefined])
    expect(blockRemovals('Copy.\n', [{start: 3, end: 99}, undefined])).toEqual([undefined, undefined])
  })
})

describe('applying edits', () => {
  it('applies edits in order of position, whatever order they come in', () => {
    expect(applyEdits('a b c d', [{range: [5, 7], text: ''}, {range: [1, 3], text: ''}])).toEqual({text: 'a c', applied: 2, skipped: 0})
  })

  it('leaves an edit that overlaps one already taken for the next pass; touching edits both apply', () => {
    expect(applyEdits('abcdef', [{range: [1, 4], text: 'X'}, {range: [3, 5], text: 'Y'}])).toEqual({text: 'aXef', applied: 1, skipped: 1})
    expect(applyEdits('abcdef', [{range: [1, 3], text: ''}, {range: [3, 5], text: ''}])).toEqual({text: 'af', applied: 2, skipped: 0})
    expect(applyEdits('abc', [{range: [1, 1], text: 'X'}, {range: [1, 1], text: 'Y'}])).toEqual({text: 'aXbc', applied: 1, skipped: 1})
  })

  it('never cuts a CRLF or a surrogate pair, and ignores ranges outside the text', () => {
    expect(applyEdits('a\r\nb', [{range: [2, 4], text: ''}]).text).toBe('a\r\nb')
    expect(applyEdits('x\uD83D\uDE00y', [{range: [0, 2], text: ''}]).text).toBe('x\uD83D\uDE00y')
    expect(applyEdits('abc', [{range: [2, 9], text: ''}, {range: [-1, 1], text: ''}, {range: [2, 1], text: ''}]).applied).toBe(0)
  })

  it('counts offsets after a byte order mark and keeps it', () => {
    expect(applyFixes('\uFEFFthe the end', [{range: [3, 7], text: ''}]).text).toBe('\uFEFFthe end')
    expect(applyFixes('the the end', [{range: [3, 7], text: ''}]).text).toBe('the end')
  })
})
