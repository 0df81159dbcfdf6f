/**
 * The windowed bridge (src/bridge.ts) must tokenize a long block exactly as
 * remark-retext does, and give the same groups for documents whose blocks
 * do not run into each other, while staying linear where remark-retext is
 * quadratic.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import remarkRetext from 'remark-retext'
import {describe, expect, it} from 'vitest'
import {ParseLatin} from 'parse-latin'
import copydeskBridge, {linearBreaks, WINDOW} from '../src/bridge/index.ts'
import {lint} from '../src/index.ts'
import {check, expectEqualTrees, groups} from './helpers.ts'

const seeds = readdirSync('seeds')
  .sort()
  .map((name) => readFileSync(join('seeds', name), 'utf8'))

/** Real copy, repeated until the document holds several windows of sentences. */
const long = Array.from({length: 80}, () => seeds.join('\n\n')).join('\n\n')

/** The same copy as one block: one hard-wrapped paragraph of several windows of sentences. */
const oneBlock = long.replace(/\s*\n\s*/g, '\n')

/** The same block without one sentence-ending mark: one sentence until parse-latin breaks it (no blank lines here, so never). */
const unpunctuated = Array.from({length: 12}, () => seeds.join('\n'))
  .join('\n')
  .replace(/\s*\n\s*/g, '\n')
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
  it('tokenizes a long block (several windows) as remark-retext does', async () => {
    const ours = await groups(copydeskBridge, oneBlock, 'a.md')
    const theirs = await groups(remarkRetext, oneBlock, 'a.md')
    expect(ours).toHaveLength(1)
    expect(ours[0].node.children.filter((node) => node.type === 'SentenceNode').length).toBeGreaterThan(3 * WINDOW)
    expectEqualTrees(ours, theirs)
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

  it('tokenizes a long block without sentence-ending marks as remark-retext does', async () => {
    const ours = await groups(copydeskBridge, unpunctuated, 'a.md')
    expect(ours).toHaveLength(1)
    expect(ours[0].text.length).toBeGreaterThan(100_000)
    expectEqualTrees(ours, await groups(remarkRetext, unpunctuated, 'a.md'))
  })

  it('gives the groups remark-retext gives for many headings and paragraphs without full stops', async () => {
    for (const [, path, make] of unended) {
      const value = make(3_000)
      const ours = await groups(copydeskBridge, value, path)
      expect(ours).toHaveLength(3_000)
      expectEqualTrees(ours, await groups(remarkRetext, value, path))
    }
  })

  it('finds a defect near the end of a long document at its true place', async () => {
    const lines = long.split('\n').length
    const last = 'The council met on on Tuesday.'
    const column = last.indexOf('on on') + 1
    const findings = await check(long + '\n\n' + last + '\n', {rule: 'repeated-words'})
    expect(findings.map((f) => f.at)).toContain(`${lines + 2}:${column}-${lines + 2}:${column + 5}`)
  })

  it('places the words of a text’s last line at their true place when an inline node starts the next line', async () => {
    // The text before `**Bold**` ends in a line break; its last line was placed one character late.
    for (const [value, at] of [
      ['Alpha went.\nGamma the the delta.\n**Bold**\nMore text.\n', '2:7-2:14'],
      ['Alpha went.\r\nGamma the the delta.\r\n[a link](x)\r\nMore text.\r\n', '2:7-2:14'],
      ['> Alpha went.\n> Gamma the the delta.\n> *Bold*\n', '2:9-2:16']
    ]) {
      expect((await check(value, {rule: 'repeated-words'})).map((f) => f.at), value).toEqual([at])
    }
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
