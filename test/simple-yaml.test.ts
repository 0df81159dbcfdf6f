/**
 * Front matter read without the YAML library (src/document/simple-yaml.ts)
 * must be what the library reads: the same fields, values and places, on
 * generated front matter full of what YAML reads otherwise (numbers,
 * booleans, nulls, indicators, comments, escapes, nesting). The comparison on
 * every article of the shared collections is in test/corpus/front-matter.test.ts.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {simpleFields} from '../src/document/simple-yaml.ts'
import {libraryFields} from './yaml-reference.ts'

const keys = fc.constantFrom('title', 'date', 'author', 'a-b', '_x', 'x1', 'Null', 'null', 'true', 'TRUE', 'False', 'y', 'no', '1', '-k', 'k k', '"q"', '? k')
const separators = fc.constantFrom(': ', ':  ', ':', ' : ', ':\t', ':  \n', ': \n- x')
const values = fc.constantFrom(
  'Plain words here', 'x', '2020-01-01', '12', '-3', '+4', '1.5', '.5', '5.', '1e3', '1E-3', '0x1F', '0o7', '0b1', '~', 'null', 'Null', 'NULL', 'True', 'yes', 'No',
  '.inf', '-.Inf', '.nan', 'NaN', '"quoted"', "'single'", '"with \\" escape"', '"a\\tb"', "'it''s'", '"unclosed', "'unclosed", '"a"b', '"a" b', '""', "''",
  'a: b', 'a #c', 'a#c', 'C#', '-x', '- x', '-', '[a]', '{a: 1}', 'a, b', '*a', '&a', '!x', '!!str 5', '|', '>', '%x', '@x', '`x`', 'ends:', 'x:y', 'http://x.y/z?a=b#c',
  "it's", 'Ünïcode ☃', 'tab\there', 'trailing ', '', 'a\u00A0b', '\u0085', '1:30', '12:30:00', '2020-01-01T10:00:00Z', '0', '00', '0.0', '+.5', '1_000', '0xG', '007', '09', '12345678901234567890', '1 2', '0.', '00x1'
)
const fieldLine = fc.tuple(keys, separators, values).map(([key, separator, value]) => key + separator + value)
const otherLine = fc.constantFrom('', '# a comment', '  indented: x', '- item', '---', '...', '%YAML 1.1', ' ', '#', 'key:', 'Null:', 'list:', 'block: |', '  text',
  '  continued', '   more words', '  ends"', "  ends'", '  "', '  a: b', '  x #c', '  #c', '  -x', '  42', '  trailing ', '    ', '  [a]', '  C#',
  '  - nested', '- 5', '-', '- ', '  -  x', '- "q"', "- 'it''s'", '- a: b', '- - x', '    - deeper', '- x # c', '- [a]', ' - x', '-x', '\t- x')
// A field and the lines after it: continuations, blank lines, comments.
const continued = fc.tuple(fieldLine, fc.array(fc.constantFrom('', '  continued', '  ends"', "  ends'", '# c', '   more words', '    ', '  x: y'), {maxLength: 4}))
  .map(([field, lines]) => [field, ...lines].join('\n'))
const frontMatter = fc.array(fc.oneof({weight: 3, arbitrary: fieldLine}, {weight: 2, arbitrary: otherLine}, {weight: 2, arbitrary: continued}), {maxLength: 10})
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((end) => lines.join(end)))

describe('simple front matter', () => {
  it('reads fields as the YAML library does, or leaves the text to it', () => {
    let read = 0
    let left = 0
    fc.assert(fc.property(frontMatter, (yaml) => {
      const simple = simpleFields(yaml)
      if (simple === undefined) {
        left++
        return
      }
      read++
      expect(simple, JSON.stringify(yaml)).toEqual(libraryFields(yaml))
    }), {numRuns: 20_000})
    // Both paths are taken, so the comparison is not vacuous.
    expect(read).toBeGreaterThan(1000)
    expect(left).toBeGreaterThan(1000)
  })

  it('reads an article’s usual front matter, places included', () => {
    const yaml = 'title: "Council approves budget"\ndate: 2025-07-22\n# imported\nauthor: Jane Roe\ntags_x: C#, F#'
    expect(simpleFields(yaml)).toEqual([
      {key: 'title', value: 'Council approves budget', keyStart: 0, valueEnd: 32},
      {key: 'date', value: '2025-07-22', keyStart: 33, valueEnd: 49},
      {key: 'author', value: 'Jane Roe', keyStart: 61, valueEnd: 77},
      {key: 'tags_x', value: 'C#, F#', keyStart: 78, valueEnd: 92}
    ])
    expect(libraryFields(yaml)).toEqual(simpleFields(yaml))
  })

  it('reads lists of strings, empty values and whole numbers', () => {
    const yaml = 'authors:\n- boone\n- "x y"\nimage:\ntags:  \n  - a\n\n  - b\nweight: 007'
    expect(simpleFields(yaml)).toEqual([
      {key: 'authors', value: ['boone', 'x y'], keyStart: 0, valueEnd: 7},
      {key: 'image', value: null, keyStart: 25, valueEnd: 31},
      {key: 'tags', value: ['a', 'b'], keyStart: 32, valueEnd: 36},
      {key: 'weight', value: 7, keyStart: 53, valueEnd: 64}
    ])
    expect(libraryFields(yaml)).toEqual(simpleFields(yaml))
  })

  it('reads values continued on indented lines', () => {
    const yaml = 'summary: While it does provide\n  challenges, anytime\nexcerpt: "Part 5\n   of a series"\nn: 1\n  2'
    expect(simpleFields(yaml)).toEqual([
      {key: 'summary', value: 'While it does provide challenges, anytime', keyStart: 0, valueEnd: 52},
      {key: 'excerpt', value: 'Part 5 of a series', keyStart: 53, valueEnd: 85},
      {key: 'n', value: '1 2', keyStart: 86, valueEnd: 94}
    ])
    expect(libraryFields(yaml)).toEqual(simpleFields(yaml))
  })

  it('leaves numbers, nesting, lists and comments after a value to the library', () => {
    for (const yaml of ['year: -2025', 'draft: false', 'a:\n  b: c', 'tags:\n- 5', 'tags:\n- x\n  - y', 'title: x # note', 'title: "a\\"b"', 'title: |\n  x']) {
      expect(simpleFields(yaml), yaml).toBeUndefined()
    }
  })
})
