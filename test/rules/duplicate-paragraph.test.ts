import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.ts'
import {runReason} from '../../src/rules/duplicate-paragraph.ts'
import {check, md} from '../helpers.ts'

const rule = 'duplicate-paragraph'
const p1 = 'The city council voted on Tuesday to expand the bus network to the northern suburbs by next spring.'
const p2 = 'Officials said the expansion would cost about $40 million, paid for by a federal grant and local fares.'
const p3 = 'Residents of the northern suburbs have asked for better service for more than a decade, records show.'
const p4 = 'The first new routes are expected to open in March, with the rest following over the summer months.'

describe('duplicate-paragraph', () => {
  it('reports a repeated paragraph at the later copy, as an error pointing to the first', async () => {
    const file = await lint(md('# Buses', p1, p2, p1), {path: 'a.md'})
    const [message] = file.messages
    expect(file.messages).toHaveLength(1)
    expect(message.ruleId).toBe(rule)
    expect(message.source).toBe('copydesk')
    expect(message.fatal).toBe(true)
    expect(message.url).toMatch(/docs\/rules\/duplicate-paragraph\.md$/)
    expect(message.reason).toBe('This paragraph repeats the paragraph at line 3; remove one copy')
    expect(message.place).toMatchObject({start: {line: 7, column: 1}, end: {line: 7, column: p1.length + 1}})
    expect((message as {related?: unknown[]}).related).toHaveLength(1)
  })

  it('reports a run of repeated paragraphs once, spanning the run (seed 000)', async () => {
    const name = 'seeds/000_0749fbdad7015996.txt'
    const findings = await check(readFileSync(name, 'utf8'), {path: name, rule})
    expect(findings).toEqual([{rule, severity: 'error', at: '11:1-14:659', reason: 'Lines 11–14 repeat lines 7–10; remove one copy'}])
  })

  it('folds case, white space, curly quotes, dashes and emphasis', async () => {
    const a = 'He called the plan "a good start" -- and said more work was needed before the vote.'
    const b = 'He called the *plan* “a   good start” — and said more work\nwas needed before the VOTE.'
    expect(await check(md(a, p2, b), {rule})).toMatchObject([{severity: 'error', reason: 'This paragraph repeats the paragraph at line 1; remove one copy'}])
  })

  it('treats a near copy (a word changed, a sentence cut) as a warning', async () => {
    const long = `${p1} ${p2} ${p3}`
    const changed = long.replace('northern suburbs by', 'western suburbs by')
    const cut = `${p1} ${p2}`
    expect(await check(md(long, p4, changed), {rule})).toMatchObject([{severity: 'warning', reason: expect.stringMatching(/nearly repeats the paragraph at line 1/)}])
    expect(await check(md(long, p4, cut), {rule})).toMatchObject([{severity: 'warning'}])
  })

  it('leaves short paragraphs, headings and the headline to repeated-headline', async () => {
    const findings = await check(md('# Council expands the bus network north', 'Read more below.', p1, 'Read more below.', '**Council expands the bus network north**'))
    expect(findings.filter((f) => f.rule === rule)).toEqual([])
    expect(findings.filter((f) => f.rule === 'repeated-headline')).toHaveLength(1)
  })

  it('ignores front matter summaries, code and template tags', async () => {
    const doc = `---\ntitle: Buses\nexcerpt: "${p1}"\nsummary: "${p1}"\n---\n\n${p1}\n\n\`\`\`\n${p2}\n\`\`\`\n\n\`\`\`\n${p2}\n\`\`\`\n\n{% include "${p3}" %}\n\n{% include "${p3}" %}\n`
    expect(await check(doc, {rule})).toEqual([])
  })

  it('does not report tables, bold-label fields, refrains or parallel list items', async () => {
    const table = '| Need explanation | Need demonstration | Need guidance | Fully enabled |'
    const field = '**Duration:** Two to four weeks, not including recruiting.'
    const refrain = 'When in doubt, consult your agency’s Office of General Counsel.'
    const items = ['- What impact would these options have on the accessibility of the site?', '- What impact would these options have on the security of the site?'].join('\n')
    const doc = md(table, p1, table, field, p2, field, refrain, p3, refrain, p4, refrain, items)
    expect(await check(doc, {rule})).toEqual([])
  })

  it('does not treat a pull quote as a near copy of its paragraph', async () => {
    const answer = '**Sophie**: Usability gives us a process to help increase trust throughout every stage of developing government products and services.'
    const pull = '“Usability gives us a process to help increase trust throughout every stage of developing government products.”'
    expect(await check(md(pull, p1, answer), {rule})).toEqual([])
  })

  it('does not treat parallel italic captions as near copies (corpus false positive)', async () => {
    const a = '*Andrew Miller used the Draft Standards pattern library to rebuild the irs.gov landing page in a single afternoon with his team.*'
    const b = '*Andrew Miller used the Draft Standards pattern library to rebuild the cia.gov landing page in a single afternoon with his team.*'
    expect(await check(md(a, p1, b), {rule})).toEqual([])
  })

  it('is clean on distinct paragraphs', async () => {
    expect(await check(md(p1, p2, p3, p4), {rule})).toEqual([])
  })

  it('takes options: a longer minimum length', async () => {
    const short = 'The mayor will answer questions from residents tonight.'
    expect(await check(md(short, p1, short), {rule})).toHaveLength(1)
    expect(await check(md(short, p1, short), {rule, config: {rules: {[rule]: ['error', {minWords: 12}]}}})).toEqual([])
  })

  it('reads a paragraph longer than 20,000 characters as one paragraph, never as copies of itself', async () => {
    // src/guard.ts cuts such a paragraph into pieces for the bridge; the pieces are not paragraphs.
    const repetitive = 'council budget parks library mayor '.repeat(1_800).trim()
    expect(repetitive.length).toBeGreaterThan(3 * 20_000)
    expect(await check(md(repetitive), {rule})).toEqual([])
    expect(await check(repetitive + '\n', {path: 'a.txt', rule})).toEqual([])
    const sentences = `${p1} `.repeat(700).trim()
    expect(await check(md('# Buses', sentences, p2), {rule})).toEqual([])
  })

  it('reports a repeated paragraph longer than 20,000 characters once, spanning the whole copy', async () => {
    const long = `${p1} `.repeat(300).trim()
    expect(await check(md('# Buses', long, p2, long), {rule})).toEqual([
      {rule, severity: 'error', at: `7:1-7:${long.length + 1}`, reason: 'This paragraph repeats the paragraph at line 3; remove one copy'}
    ])
  })

  it('says a run of copies on one line "repeats" it', async () => {
    expect(runReason('line 4', 'line 2')).toBe('Line 4 repeats line 2; remove one copy')
    expect(runReason('lines 11–14', 'lines 7–10')).toBe('Lines 11–14 repeat lines 7–10; remove one copy')
  })
})
