/**
 * The windowed bridge (src/bridge.ts) must parse a long document exactly as
 * remark-retext does, while staying linear where remark-retext is quadratic.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Root} from 'nlcst'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {ParseLatin} from 'parse-latin'
import copydeskBridge, {linearBreaks, WINDOW} from '../src/bridge.ts'
import {lint} from '../src/index.ts'
import {check} from './helpers.ts'

async function nlcst(bridge: 'remark-retext' | 'copydesk', value: string): Promise<Root> {
  let tree: Root | undefined
  const retext = unified()
    .use(retextEnglish)
    .use(() => (node: Root) => {
      tree = node
    })
  const processor = unified()
    .use(remarkParse)
    .use(bridge === 'copydesk' ? copydeskBridge : remarkRetext, retext as never)
  await processor.run(processor.parse(value), value as never)
  return tree!
}

const seeds = readdirSync('seeds')
  .sort()
  .map((name) => readFileSync(join('seeds', name), 'utf8'))

/** Real copy, repeated until the document holds several windows of sentences. */
const long = Array.from({length: 80}, () => seeds.join('\n\n')).join('\n\n')

/** The same copy without one sentence-ending mark: one sentence until parse-latin breaks it at blank lines. */
const unpunctuated = Array.from({length: 12}, () => seeds.join('\n\n'))
  .join('\n\n')
  .replace(/[.!?\u2026\u203D]/g, '')

const lines = (n: number, line: (i: number) => string, separator: string) => Array.from({length: n}, (_, i) => line(i)).join(separator) + '\n'

/** Documents without a sentence-ending mark, which parse-latin kept as one sentence. */
const unended: Array<[string, string, (n: number) => string]> = [
  ['lines without full stops', 'a.txt', (n) => lines(n, (i) => `Plain line number ${i} with some more words here`, '\n')],
  ['headings', 'a.md', (n) => lines(n, (i) => `# Heading number ${i} with words`, '\n\n')],
  ['paragraphs without full stops', 'a.md', (n) => lines(n, (i) => `Paragraph number ${i} with some more words here`, '\n\n')]
]

async function time(value: string, path: string): Promise<number> {
  const started = performance.now()
  await lint(value, {path})
  return performance.now() - started
}

/** Median of three, to damp noise. */
async function median(value: string, path: string): Promise<number> {
  return [await time(value, path), await time(value, path), await time(value, path)].sort((a, b) => a - b)[1]
}

describe('bridge', () => {
  it('parses a long document (several windows) to the same tree as remark-retext', async () => {
    const ours = await nlcst('copydesk', long)
    const theirs = await nlcst('remark-retext', long)
    let sentences = 0
    for (const paragraph of theirs.children) {
      if (paragraph.type === 'ParagraphNode') sentences += paragraph.children.filter((node) => node.type === 'SentenceNode').length
    }
    expect(sentences).toBeGreaterThan(3 * WINDOW)
    expect(ours).toEqual(theirs)
  })

  it('breaks sentences at blank lines exactly as parse-latin does (2 × 1,000 random texts)', () => {
    const pieces = ['word', 'Word', 'e.g', ' ', '\n', '\n\n', '\r\n\r\n', ' \n \n ', '\n\n\n', '.', '?', '"', '1', ',', '-']
    let seed = 7
    const random = (n: number) => (seed = (seed * 16_807) % 2_147_483_647) % n
    const linear = linearBreaks(ParseLatin.prototype.tokenizeParagraphPlugins)
    expect(linear).not.toEqual(ParseLatin.prototype.tokenizeParagraphPlugins)
    for (let k = 0; k < 1000; k++) {
      const list = Array.from({length: 1 + random(40)}, () => pieces[random(pieces.length)])
      // Tokenized as one text, and piece by piece (adjacent white space nodes, as mdast-util-to-nlcst makes).
      for (const split of [false, true]) {
        const parse = (plugins?: typeof linear) => {
          const parser = new ParseLatin()
          if (plugins) parser.tokenizeParagraphPlugins = plugins
          if (split) parser.tokenize = () => list.flatMap((piece) => new ParseLatin().tokenize(piece))
          return parser.parse(list.join(''))
        }
        expect(parse(linear), JSON.stringify({list, split})).toEqual(parse())
      }
    }
  })

  it('parses long copy without sentence-ending marks to the same tree as remark-retext', async () => {
    const ours = await nlcst('copydesk', unpunctuated)
    const theirs = await nlcst('remark-retext', unpunctuated)
    expect(theirs.children.length).toBeGreaterThan(200)
    expect(ours).toEqual(theirs)
  })

  it('parses many headings and paragraphs without full stops to the same tree as remark-retext', async () => {
    for (const [, path, make] of unended) {
      if (path !== 'a.md') continue
      const value = make(3_000)
      expect(await nlcst('copydesk', value)).toEqual(await nlcst('remark-retext', value))
    }
  })

  it('finds a defect near the end of a long document at its true place', async () => {
    const lines = long.split('\n').length
    const last = 'The council met on on Tuesday.'
    const column = last.indexOf('on on') + 1
    const findings = await check(long + '\n\n' + last + '\n', {rule: 'repeated-words'})
    expect(findings.map((f) => f.at)).toContain(`${lines + 2}:${column}-${lines + 2}:${column + 5}`)
  })

  it('keeps a run of sentences without words linear: 20x the input, far less than 400x the time', async () => {
    const make = (n: number) => '.,;:!?-\u2014\u2026'.repeat(n / 9)
    await time(make(20_000), 'a.md')
    const small = Math.max(await median(make(20_000), 'a.md'), 20)
    const large = await median(make(400_000), 'a.md')
    console.log(`punctuation run: 20k ${small.toFixed(0)} ms, 400k ${large.toFixed(0)} ms`)
    // Through remark-retext this ratio was 100-300 (quadratic); linear is ~20, the bound leaves room for noise.
    expect(large / small).toBeLessThan(60)
  }, 60_000)

  for (const [name, path, make] of unended) {
    it(`keeps ${name} (${path}) linear: 10x the lines, far less than 100x the time`, async () => {
      await time(make(2_000), path)
      const small = Math.max(await median(make(2_000), path), 20)
      const large = await median(make(20_000), path)
      console.log(`${name}: 2k ${small.toFixed(0)} ms, 20k ${large.toFixed(0)} ms, ratio ${(large / small).toFixed(1)}`)
      // Before src/bridge.ts replaced breakImplicitSentences this ratio was 37-75 (parse-latin broke the one sentence at each blank line
      // with a copy of the rest); linear is ~10, the bound leaves room for noise.
      expect(large / small).toBeLessThan(30)
    }, 180_000)
  }
})
