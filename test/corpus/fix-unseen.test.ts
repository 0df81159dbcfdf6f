/**
 * Fixes on unseen copy, read where it lies (never copied into the repository;
 * each test is skipped when its folder is absent):
 * - the news articles in ../shared/news, each with a repeated headline and a
 *   pasted run of one to three paragraphs injected;
 * - the blog articles in ../shared/corpus (Markdown with lists, tables, HTML
 *   and templates), each with one prose paragraph pasted after itself.
 * Fixing the injected article must give what fixing the article as published
 * gives, except where the rules do not report the paste at all (lines under 8
 * words, a headline with markup in it); it never removes a line it should keep.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lintAndFix} from '../../src/engine/index.ts'

const news = fileURLToPath(new URL('../../../shared/news', import.meta.url))
const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url))

/** A deterministic choice (a linear congruential generator), so that a failure can be replayed. */
function chooser(seed: number) {
  return (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
}

/** The article with its headline repeated (a heading under Markdown front matter) and a run of paragraphs pasted again. */
function inject(text: string, markdown: boolean, pick: (n: number) => number): string | undefined {
  const front = markdown ? /^---\n[\s\S]*?\n---\n\n?/.exec(text)?.[0] ?? '' : ''
  const body = text.slice(front.length)
  const separator = body.includes('\n\n') ? '\n\n' : '\n'
  const paragraphs = body.replace(/\n+$/, '').split(separator)
  if (paragraphs.length < 4) return undefined
  const length = 1 + pick(3)
  const from = 1 + pick(paragraphs.length - length - 1)
  const run = paragraphs.slice(from, from + length)
  const pasted = pick(2) === 0 ? [...paragraphs, ...run] : [...paragraphs.slice(0, from + length), ...run, ...paragraphs.slice(from + length)]
  if (markdown) pasted.unshift('# ' + (/^title: "?(.*?)"?$/m.exec(front)?.[1] ?? paragraphs[0]))
  else pasted.splice(1, 0, paragraphs[0])
  return front + pasted.join(separator) + body.match(/\n*$/)![0]
}

/** Whether the lines of `small` are the lines of `big` with some removed. */
function linesWithin(small: string, big: string): boolean {
  const want = small.split('\n')
  let i = 0
  for (const line of big.split('\n')) if (i < want.length && line === want[i]) i++
  return i === want.length
}

describe.skipIf(!existsSync(news))('fixing unseen news copy (../shared/news)', () => {
  it('removes every injected repeat the rules report, and nothing else', async () => {
    const pick = chooser(7)
    let articles = 0
    let identical = 0
    for (const group of ['bbc', 'reuters']) {
      for (const name of readdirSync(join(news, group)).sort()) {
        const path = `${group}/${name}`
        const text = readFileSync(join(news, path), 'utf8')
        const injected = inject(text, name.endsWith('.md'), pick)
        if (!injected) continue
        articles++
        const pristine = await lintAndFix(text, path, {})
        const fixed = await lintAndFix(injected, path, {})
        const expected = pristine.fixed?.output ?? text
        const output = fixed.fixed?.output ?? injected
        if (output === expected) identical++
        else expect(linesWithin(expected, output), path).toBe(true)
        const left = fixed.file.messages.filter((m) => m.fatal && (m.ruleId === 'duplicate-paragraph' || m.ruleId === 'repeated-headline'))
        expect(left.map(String), path).toEqual([])
      }
    }
    console.log(`news: ${identical} of ${articles} injected articles fixed back to the published text (fixed the same way)`)
    expect(articles).toBeGreaterThan(700)
    expect(identical / articles).toBeGreaterThan(0.9)
  }, 600_000)
})

describe.skipIf(!existsSync(corpus))('fixing unseen blog copy (../shared/corpus)', () => {
  it('undoes a prose paragraph pasted after itself, byte for byte, and removes nothing else', async () => {
    const pick = chooser(11)
    let articles = 0
    let identical = 0
    for (const site of readdirSync(corpus).filter((name) => statSync(join(corpus, name)).isDirectory()).sort()) {
      for (const name of readdirSync(join(corpus, site)).filter((file) => file.endsWith('.md')).sort()) {
        const path = `${site}/${name}`
        const text = readFileSync(join(corpus, path), 'utf8')
        const front = /^---\n[\s\S]*?\n---\n\n?/.exec(text)?.[0] ?? ''
        const body = text.slice(front.length)
        const paragraphs = body.replace(/\n+$/, '').split('\n\n')
        // A paragraph of plain prose: one line, a capital first, a full stop last, 8 words or more.
        const prose = paragraphs.flatMap((p, i) => (/^[A-Z][^\n]*[.!?]$/.test(p) && p.split(' ').length >= 8 ? [i] : []))
        if (prose.length < 2) continue
        const at = prose[pick(prose.length)]
        const injected = front + [...paragraphs.slice(0, at + 1), paragraphs[at], ...paragraphs.slice(at + 1)].join('\n\n') + body.match(/\n*$/)![0]
        articles++
        const pristine = await lintAndFix(text, path, {})
        const fixed = await lintAndFix(injected, path, {})
        const expected = pristine.fixed?.output ?? text
        const output = fixed.fixed?.output ?? injected
        if (output === expected) identical++
        else expect(linesWithin(expected, output), path).toBe(true)
      }
    }
    console.log(`corpus: ${identical} of ${articles} articles with a pasted paragraph fixed back to the published text (fixed the same way)`)
    expect(articles).toBeGreaterThan(1500)
    expect(identical / articles).toBeGreaterThan(0.99)
  }, 600_000)
})
