import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check, md} from '../helpers.ts'

const rule = 'repeated-headline'
const body = 'The city council voted on Tuesday to expand the bus network to the northern suburbs by next spring.'

describe('repeated-headline', () => {
  it.each([
    ['000_0749fbdad7015996.txt', ['4:1-4:80']],
    ['001_264f28608e90aebe.txt', ['4:1-4:81']],
    ['002_db9a38a8cd49fc85.txt', ['4:1-4:61']],
    ['003_cf7c2e3607e38106.txt', []],
    ['004_2818f76f32d3a934.txt', ['3:1-3:41', '4:1-4:41']]
  ])('finds the repeated headline in seed %s', async (name, expected) => {
    const findings = await check(readFileSync(`seeds/${name}`, 'utf8'), {path: `seeds/${name}`, rule})
    expect(findings.map((f) => f.at)).toEqual(expected)
    for (const f of findings) expect(f.severity).toBe('error')
  })

  it('reports the front matter title repeated as a heading, pointing to the title', async () => {
    const doc = `---\ntitle: "Council expands bus network"\ndate: 2025-07-22\n---\n\n# Council Expands Bus Network\n\n${body}\n`
    expect(await check(doc, {rule})).toEqual([
      {rule, severity: 'error', at: '6:1-6:30', reason: 'This heading repeats the front matter title (line 2); remove the repeat'}
    ])
  })

  it('reports the first heading repeated as a bold line or a plain line, at each repeat', async () => {
    const doc = md('# Council expands bus network', body, '**Council expands bus network**', 'Council expands bus network')
    expect((await check(doc, {rule})).map((f) => f.reason)).toEqual([
      'This bold line repeats the headline at line 1; remove the repeat',
      'This line repeats the headline at line 1; remove the repeat'
    ])
  })

  it('warns when another heading of three or more words repeats in the same section', async () => {
    const doc = md('# Budget', '## How to apply now', body, '## How to apply now', body)
    expect(await check(doc, {rule})).toMatchObject([{severity: 'warning', at: '7:1-7:20', reason: expect.stringContaining('repeats the heading at line 3')}])
  })

  it('warns when a short bold subhead (3 to 7 words) repeats in the same section, as for headings; duplicate-paragraph does not report it', async () => {
    const doc = md('# Wage talks resume', body, '**What the union wants**', body.replace('Tuesday', 'Monday'), '**What the union wants**', 'The company declined to comment.')
    expect(await check(doc)).toEqual([
      {rule, severity: 'warning', at: '9:1-9:25', reason: 'Bold subhead “What the union wants” repeats the bold subhead at line 5; rename or remove one'}
    ])
  })

  it('does not report repeated bold labels: Q&A labels, questions, field labels, names, or subheads under different sections', async () => {
    const qa = md('# Interview', '**Question**', 'What changed?', '**Answer**', body, '**Question**', 'What is next?', '**Answer**', 'More buses.')
    const questions = md('# Interviews', '**How do you identify?**', body, '**How do you identify?**', 'As a bus driver.')
    const fields = md('# Course', '**Duration:**', 'Two weeks.', '**Duration:**', 'Four weeks.')
    const names = md('# Challenges', '**U.S. Environmental Protection Agency**', '[Toxics Release Inventory Challenge](https://example.gov/tri)', '**U.S. Environmental Protection Agency**', '[Climate Change in Focus](https://example.gov/climate)')
    const sections = md('# Personas', '## Ada the analyst', '**Who they are today**', body, '## Ben the builder', '**Who they are today**', body.replace('Tuesday', 'Monday'))
    for (const doc of [qa, questions, fields, names, sections]) expect(await check(doc)).toEqual([])
  })

  it('does not report short repeated headings (Q&A layout) or the same subheading under different sections', async () => {
    const qa = md('# Interview', '## Question', 'What changed?', '## Question', 'What is next?')
    const layout = md('# Personas', '## Ada the analyst', '### Who they are', body, '## Ben the builder', '### Who they are', body)
    expect(await check(qa, {rule})).toEqual([])
    expect(await check(layout, {rule})).toEqual([])
  })

  it('finds a headline-like line near the top of plain text, not a sentence', async () => {
    const text = ['A summary sentence that ends with a full stop.', 'Bus Network Grows North', body, 'Bus Network Grows North'].join('\n')
    expect((await check(text, {path: 'wire.txt', rule})).map((f) => f.at)).toEqual(['4:1-4:24'])
  })

  it('reads a line or paragraph longer than 20,000 characters as one block, never as a repeat of itself', async () => {
    // src/guard.ts cuts such a block into pieces for the bridge; the pieces are not lines.
    const letters = 'a'.repeat(45_000)
    expect(await check(letters + '\n', {path: 'one-line.txt', rule})).toEqual([])
    expect(await check(md(letters), {rule})).toEqual([])
    const words = 'Bus Network Grows North '.repeat(2_000).trim()
    expect(await check(words + '\n' + body + '\n', {path: 'wire.txt', rule})).toEqual([])
  })
})
