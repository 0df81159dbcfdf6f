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
import copydeskBridge, {WINDOW} from '../src/bridge.ts'
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

  it('finds a defect near the end of a long document at its true place', async () => {
    const lines = long.split('\n').length
    const last = 'The council met on on Tuesday.'
    const column = last.indexOf('on on') + 1
    const findings = await check(long + '\n\n' + last + '\n', {rule: 'repeated-words'})
    expect(findings.map((f) => f.at)).toContain(`${lines + 2}:${column}-${lines + 2}:${column + 5}`)
  })

  it('keeps a run of sentences without words linear: 20x the input, far less than 400x the time', async () => {
    const make = (n: number) => '.,;:!?-\u2014\u2026'.repeat(n / 9)
    const time = async (value: string) => {
      const started = performance.now()
      await lint(value, {path: 'a.md'})
      return performance.now() - started
    }
    const median = async (value: string) => [await time(value), await time(value), await time(value)].sort((a, b) => a - b)[1]
    await time(make(20_000))
    const small = Math.max(await median(make(20_000)), 20)
    const large = await median(make(400_000))
    console.log(`punctuation run: 20k ${small.toFixed(0)} ms, 400k ${large.toFixed(0)} ms`)
    // Through remark-retext this ratio was 100-300 (quadratic); linear is ~20, the bound leaves room for noise.
    expect(large / small).toBeLessThan(60)
  }, 60_000)
})
