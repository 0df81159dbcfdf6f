/**
 * Property tests of fixing (fast-check): for generated articles (Markdown and
 * plain text; LF or CRLF; with or without a byte order mark and front
 * matter) made of paragraphs pasted again, the headline repeated as a line,
 * a bold line or a heading, and doubled words:
 * - fixing only removes text, never two edits on the same characters, and
 *   keeps the byte order mark, the line ends, the front matter and how the
 *   file ends;
 * - once fixed, no finding of a fixed kind is left (no exact copy, no repeat
 *   of the headline, no doubled word) and no finding carries a fix; with
 *   lists, quotations, comments and images around, no finding carries a fix;
 * - fixing again changes nothing;
 * - without doubled words, every line of the article is still there once
 *   (the headline as a heading, in bold or as the front matter title counts as the headline).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lintAndFix} from '../../src/engine/index.ts'
import {lint} from '../../src/index.ts'

const paragraphs = [
  'The city council voted on Tuesday to expand the bus network to the northern suburbs by next spring.',
  'Officials said the expansion would cost about $40 million, paid for by a federal grant and local fares.',
  'Residents of the northern suburbs have asked for better service for more than a decade, records show.',
  'The first new routes are expected to open in March, with the rest following over the summer months.',
  'Drivers’ union leaders welcomed the plan but warned that staffing remains the largest obstacle ahead.',
  'A public hearing on the route map will be held at the central library on the first day of next month.'
]
const headline = 'Council expands bus network'
const doubled = ['The council voted on the the budget after a long night of debate.', 'The council voted to\n  to approve the budget after a long night.', 'Fares will rise by five cents cents next year, the agency said.']

/** Blocks the fixes leave alone, or that stand between copies: lists, quotations, comments, images, template tags, other headings. */
const layouts = [
  ...paragraphs.slice(0, 2).flatMap((p) => [`- ${p}`, `> ${p}`, `1. ${p}`, `**Note:** ${p}`, `${p}\n**Bold** start of a line.`]),
  '<!-- note -->', '![A bus](bus.jpg)', '{% include ad.html %}', '## Costs', '***', '    indented code'
]

type Kind = 'plain' | 'doubles' | 'layouts'

/** A block of the article: a paragraph, the headline again (as a line, bold, a heading), a paragraph with a doubled word, or a layout. */
const block = (kind: Kind) => fc.oneof(
  {weight: 6, arbitrary: fc.integer({min: 0, max: paragraphs.length - 1}).map((i) => paragraphs[i])},
  {weight: 2, arbitrary: fc.constantFrom(headline, `**${headline}**`, `## ${headline}`)},
  {weight: kind === 'plain' ? 0 : 2, arbitrary: fc.constantFrom(...doubled)},
  {weight: kind === 'layouts' ? 3 : 0, arbitrary: fc.constantFrom(...layouts)}
)

interface Article {
  value: string
  path: string
  frontMatter: string
}

const article = (kind: Kind) => fc.record({
  markdown: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  frontMatter: fc.boolean(),
  first: fc.constantFrom(`# ${headline}`, headline, `**${headline}**`),
  body: fc.array(fc.tuple(block(kind), fc.constantFrom('\n', '\n\n', '\n\n\n')), {minLength: 1, maxLength: 12}),
  end: fc.constantFrom('', '\n', '\n\n')
}).map(({markdown, crlf, bom, frontMatter, first, body, end}): Article => {
  const head = markdown && frontMatter ? `---\ntitle: ${headline}\n---\n\n` : ''
  let text = head + first + '\n\n' + body.map(([text, gap], i) => (i === 0 ? '' : gap) + (markdown ? text : text.replace(/^## /, ''))).join('') + end
  if (crlf) text = text.replace(/\n/g, '\r\n')
  return {value: (bom ? '\uFEFF' : '') + text, path: markdown ? 'article.md' : 'article.txt', frontMatter: crlf ? head.replace(/\n/g, '\r\n') : head}
})

/** Whether `small` is `big` with characters removed. */
function removedOnly(small: string, big: string): boolean {
  let j = 0
  for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++
  return j === small.length
}

const body = (text: string) => text.replace(/^\uFEFF/, '')
/** The article's lines, as the rules compare them (the headline as a heading, in bold or as the title is the headline). */
const lines = (text: string) => new Set(body(text).split(/\r\n|\r|\n/).map((line) => line.replace(/^(#+ |title: )/, '').replace(/\*\*/g, '').trim()).filter(Boolean))

async function fixed(a: Article): Promise<string> {
  const result = await lintAndFix(a.value, a.path, {})
  expect(result.skipped).toBe(false)
  return result.fixed?.output ?? a.value
}

async function holds(a: Article, kind: Kind): Promise<void> {
  const output = await fixed(a)
  const label = JSON.stringify(a.value)
  expect(removedOnly(output, a.value), label).toBe(true)
  expect(output.startsWith('\uFEFF'), label).toBe(a.value.startsWith('\uFEFF'))
  expect(body(output).startsWith(a.frontMatter.trimEnd()), label).toBe(true)
  if (!/(^|[^\r])\n/.test(a.value)) expect(/(^|[^\r])\n/.test(output), label).toBe(false)
  expect(/\n$/.test(output), label).toBe(/\n$/.test(a.value))
  const after = await lint(output, {path: a.path})
  // With layouts around, a copy in a list or a quotation has no fix and stays: then only no fix may be left.
  const left = after.messages.filter((m) =>
    m.fix || (kind !== 'layouts' && ((m.ruleId === 'duplicate-paragraph' && m.fatal) || (m.ruleId === 'repeated-headline' && m.fatal) || m.ruleId === 'repeated-words')))
  expect(left.map(String), `${label}\n→ ${JSON.stringify(output)}`).toEqual([])
  expect((await fixed({...a, value: output})), label).toBe(output)
  if (kind === 'plain') expect(lines(output), label).toEqual(lines(a.value))
}

describe('fixing generated articles', () => {
  it('removes only copies: every line is still there once, nothing of a fixed kind is left, a second fix changes nothing', async () => {
    await fc.assert(fc.asyncProperty(article('plain'), (a) => holds(a, 'plain')), {numRuns: 200})
  }, 120_000)

  it('with doubled words too: only removals, nothing of a fixed kind left, a second fix changes nothing', async () => {
    await fc.assert(fc.asyncProperty(article('doubles'), (a) => holds(a, 'doubles')), {numRuns: 200})
  }, 120_000)

  it('with lists, quotations, comments, images and template tags around: only removals, no fix left, a second fix changes nothing', async () => {
    await fc.assert(fc.asyncProperty(article('layouts'), (a) => holds(a, 'layouts')), {numRuns: 200})
  }, 120_000)
})
