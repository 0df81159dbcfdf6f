/**
 * Property tests: for any string (Markdown and plain text) and for prefixes of
 * every fixture, linting never throws, every position (start, end, related)
 * lies inside the file with start before end, and the output is deterministic.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.ts'
import {positionProblems, root, summary} from './helpers.ts'
import {lexedTooDeep, MAX_YAML_NESTING, yamlTooDeep} from '../../src/parse/prepare.ts'

async function holds(value: string, path: string): Promise<void> {
  const first = await lint(value, {path})
  expect(positionProblems(first, value), JSON.stringify(value.slice(0, 200))).toEqual([])
  const second = await lint(value, {path})
  expect(summary(second)).toEqual(summary(first))
}

/** Characters that matter to the parsers and the rules, mixed with words. */
const pieces = fc.constantFrom(
  '"', '\u201C', '\u201D', "'", '\u2019', '*', '**', '_', '`', '[', ']', '(', ')', '!', '>', '> ', '- ', '1. ', '#', '# ', '\n', '\n\n',
  '\r\n', '\r', ' ', '\t', '---\n', '{{', '}}', '{%', '%}', '{{<', '>}}', '<!--', '-->', '<!-- copydesk-disable -->', '<!-- copydesk-ignore -->',
  '<', '=', ':', '|', '\\', '\u00A0', '\uFEFF', '\u0000', '\uD83D\uDE00', '\uD83D', 'é', ' said ', 'the the ', 'Monday, July 22, 2025',
  'June 31', 'February 29, 2025', '2025-07-23', '23 July 2025', 'KYIV, July 21 —', 'title: x\n', 'date: 2025-07-22\n', 'According to',
  'word ', 'Headline Here', 'This is a long sentence of many plain words. '
)
const articleish = fc.array(fc.oneof(pieces, fc.string({maxLength: 6}), fc.string({unit: 'grapheme', maxLength: 6})), {maxLength: 60}).map((parts) => parts.join(''))

describe('any string', () => {
  for (const path of ['article.md', 'article.txt']) {
    it(`${path}: never throws, positions inside, deterministic (arbitrary strings)`, async () => {
      await fc.assert(fc.asyncProperty(fc.string({unit: 'binary', maxLength: 300}), (value) => holds(value, path)), {numRuns: 300})
    })
    it(`${path}: never throws, positions inside, deterministic (article-like strings)`, async () => {
      await fc.assert(fc.asyncProperty(articleish, (value) => holds(value, path)), {numRuns: 400})
    })
  }

  it('repeats paragraphs built from article-like pieces (duplicates and related positions)', async () => {
    const paragraph = fc.array(fc.oneof(pieces, fc.string({maxLength: 8})), {minLength: 8, maxLength: 20}).map((parts) => parts.join(' '))
    await fc.assert(fc.asyncProperty(fc.array(paragraph, {minLength: 1, maxLength: 4}), fc.constantFrom('\n\n', '\r\n\r\n', '\n', '\r'), async (paras, sep) => {
      const value = [...paras, ...paras].join(sep)
      await holds(value, 'article.md')
      await holds(value, 'article.txt')
    }), {numRuns: 150})
  })
})

const fixtures = [
  ...readdirSync(join(root, 'seeds')).filter((name) => name.endsWith('.txt')).map((name) => join(root, 'seeds', name)),
  ...readdirSync(join(root, 'test/fixtures')).filter((name) => name.startsWith('robust')).map((name) => join(root, 'test/fixtures', name))
]

/** Cut points: every line end, the character after it, and an even spread across the text. */
function cuts(text: string): number[] {
  const points = new Set<number>([0, text.length])
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') points.add(i).add(i + 1)
  const step = Math.max(1, Math.floor(text.length / 120))
  for (let i = 0; i < text.length; i += step) points.add(i)
  return [...points].sort((a, b) => a - b)
}

describe('every prefix of every fixture', () => {
  it('has fixtures (seeds and robust* Markdown)', () => {
    expect(fixtures.filter((path) => path.includes('seeds')).length).toBeGreaterThan(0)
    expect(fixtures.filter((path) => path.endsWith('.md')).length).toBeGreaterThan(0)
  })
  for (const path of fixtures) {
    const name = path.slice(root.length + 1)
    it(name, async () => {
      const text = readFileSync(path, 'utf8')
      const formats = path.endsWith('.md') ? ['x.md'] : ['x.txt', 'x.md']
      let checked = 0
      for (const format of formats) {
        for (const cut of cuts(text)) {
          await holds(text.slice(0, cut), format)
          checked++
        }
      }
      console.log(`${name}: ${checked} prefixes`)
    }, 120_000)
  }
})

describe('front matter nesting', () => {
  // yamlTooDeep skips the lexer when a count of characters bounds the nesting: the answer must not change.
  const yamlPieces = fc.constantFrom('[', ']', '{', '}', '- ', '? ', ': ', ':', '-', '"', "'", '#', '|', '>', ' ', '  ', '\n', '\r\n', '\r', 'a', 'key', ',')
  const mixed = fc.array(yamlPieces, {minLength: MAX_YAML_NESTING - 40, maxLength: MAX_YAML_NESTING + 200}).map((parts) => parts.join(''))
  // Nesting near the limit: flow openers, or block levels indented one more space each, then anything.
  const depth = fc.integer({min: MAX_YAML_NESTING - 30, max: MAX_YAML_NESTING + 30})
  const flow = fc.tuple(depth, fc.constantFrom('[', '{', '[ ', '- [', '? {'), mixed).map(([n, open, rest]) => open.repeat(n).slice(0, n) + rest.slice(0, 40))
  const ladder = fc.tuple(depth, fc.constantFrom('k:', '-', 'k: -', '? k'), mixed).map(([n, item, rest]) =>
    Array.from({length: n}, (_, i) => ' '.repeat(i) + item).join('\n') + rest.slice(0, 40))
  const yamlish = fc.oneof(mixed, flow, ladder)
  it('is the answer of the lexer, whether or not the lexer runs', () => {
    let deep = 0
    fc.assert(fc.property(yamlish, (yaml) => {
      const lexed = lexedTooDeep(yaml)
      if (lexed) deep++
      expect(yamlTooDeep(yaml)).toBe(lexed)
    }), {numRuns: 2000})
    // Both answers occur, so the comparison is not vacuous.
    expect(deep).toBeGreaterThan(0)
  })
})
