/**
 * No super-linear regular expressions: adversarial inputs at 10k and 100k
 * characters, linted in the same run; the time ratio must stay near 10
 * (bound 30, generous for a loaded machine). No absolute time is asserted.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.ts'
import {dayMonthPattern, datelinePattern, isoPattern, monthDayPattern} from '../../src/rules/data/dates.ts'
import {limitMarkup, maskTemplates, yamlTooDeep} from '../../src/parse/prepare.ts'
import {indentContinuations} from '../../src/document/index.ts'
import {normalize, words} from '../../src/text/normalize.ts'
import {scanQuotes} from '../../src/text/quotes.ts'
import {mayRepeat} from '../../src/rules/repeated-words.ts'

function time(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

/** Median of three, to damp noise. */
async function median(run: () => Promise<number>): Promise<number> {
  const all = [await run(), await run(), await run()].sort((a, b) => a - b)
  return all[1]
}

const adversarial: Array<[string, (n: number) => string]> = [
  ['date-like with long spaces', (n) => 'Monday, July' + ' '.repeat(n) + '22, 2025 '],
  ['weekday month repeated', (n) => 'Monday, July '.repeat(n / 13)],
  ['day month repeated', (n) => '21 July '.repeat(n / 8)],
  ['digits and dashes', (n) => '2025-07-'.repeat(n / 8)],
  ['dateline capitals', (n) => 'KYIV '.repeat(n / 5) + ', July 21 —'],
  ['dateline agencies', (n) => 'KYIV, July 21, 2025 ' + '(Reuters) '.repeat(n / 10) + '—'],
  ['straight quotes', (n) => '"'.repeat(n)],
  ['curly quotes', (n) => '\u201C\u201D'.repeat(n / 2)],
  ['quote and word', (n) => '"a '.repeat(n / 3)],
  ['punctuation', (n) => '.,;:!?-\u2014\u2026'.repeat(n / 9)],
  ['liquid openers', (n) => '{{'.repeat(n / 2)],
  ['liquid tag openers', (n) => '{%'.repeat(n / 2)],
  ['hugo openers', (n) => '{{<'.repeat(n / 3)],
  ['star runs', (n) => '*'.repeat(n)],
  ['underscore runs', (n) => '_'.repeat(n)],
  ['said and the', (n) => 'said the '.repeat(n / 9)],
  ['colons', (n) => ':'.repeat(n)],
  ['equals quote', (n) => '="'.repeat(n / 2)],
  ['a near repeat across one space', (n) => '-'.repeat(n / 2) + 'x ' + '-'.repeat(n / 2)],
  ['accented near repeat', (n) => 'Intro.\n\n' + '\u00E9'.repeat(n / 2) + 'b ' + '\u00E9'.repeat(n / 2)]
]

describe('regular expressions and scans: linear on adversarial input', () => {
  const patterns = {monthDayPattern, dayMonthPattern, isoPattern, datelinePattern}
  for (const [name, make] of adversarial) {
    it(`data patterns and scanners: ${name}`, async () => {
      const small = make(10_000)
      const large = make(100_000)
      const work = (text: string) => () => {
        for (const pattern of Object.values(patterns)) {
          if (pattern.global) [...text.matchAll(pattern)]
          else pattern.exec(text)
        }
        scanQuotes(text)
        normalize(text)
        words(text)
        maskTemplates(text)
        limitMarkup(text)
        yamlTooDeep(text)
        mayRepeat({text, at: [0], offsets: [0]})
      }
      const a = await median(async () => time(work(small)))
      const b = await median(async () => time(work(large)))
      console.log(`scan ${name}: 10k ${a.toFixed(1)} ms, 100k ${b.toFixed(1)} ms, ratio ${(b / Math.max(a, 1)).toFixed(1)}`)
      expect(b / Math.max(a, 1)).toBeLessThan(60)
    })
  }
  for (const [name, make] of adversarial) {
    for (const path of ['a.md', 'a.txt']) {
      it(`whole lint (${path}): ${name}`, async () => {
        const small = make(10_000)
        const large = make(100_000)
        await lint(small, {path}) // warm up
        const a = await median(() => timeAsync(() => lint(small, {path})))
        const b = await median(() => timeAsync(() => lint(large, {path})))
        console.log(`lint ${path} ${name}: 10k ${a.toFixed(1)} ms, 100k ${b.toFixed(1)} ms, ratio ${(b / Math.max(a, 20)).toFixed(1)}`)
        expect(b / Math.max(a, 20)).toBeLessThan(60)
      }, 60_000)
    }
  }
})

describe('front matter repair: linear in the number of lines', () => {
  it('indents unindented continuations and maps offsets back (once per field, as the document plugin does)', async () => {
    // Every value continues on an unindented line, so every line is repaired and every field maps an offset.
    const yaml = (n: number) => Array.from({length: n}, (_, i) => `k${i}: "a\nb"`).join('\n')
    const work = (text: string) => () => {
      const fixed = indentContinuations(text)
      let line = 0
      for (let at = 0; at !== -1; at = fixed.text.indexOf('\n', at + 1)) line += fixed.toOriginal(at + 1) >= 0 ? 1 : 0
      return line
    }
    const small = yaml(5_000)
    const large = yaml(50_000)
    work(large)() // warm up
    const a = await median(async () => time(work(small)))
    const b = await median(async () => time(work(large)))
    console.log(`front matter repair: 5,000 fields ${a.toFixed(1)} ms, 50,000 fields ${b.toFixed(1)} ms, ratio ${(b / Math.max(a, 5)).toFixed(1)}`)
    // Linear: about 10 (less, on the 5 ms floor); a scan of every repaired line per field: about 100.
    expect(b / Math.max(a, 5)).toBeLessThan(30)
  })
})
