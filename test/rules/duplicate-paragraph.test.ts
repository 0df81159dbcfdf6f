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
    expect(String(message.cause)).toBe(`3:1-3:${p1.length + 1}: The first copy`)
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

  it('reports a repeated headline-like line of 8+ words that is not the headline (plain text), and repeated-headline does not', async () => {
    const wire = [
      'Wildfire forces evacuation of villages',
      'Firefighters battled a wildfire on Tuesday that forced the evacuation of four villages, officials said.',
      'More than 200 firefighters backed by nine aircraft and four helicopters were deployed on Tuesday night',
      'Neighbouring countries sent aircraft to help, the government said.',
      'More than 200 firefighters backed by nine aircraft and four helicopters were deployed on Tuesday night'
    ].join('\n') + '\n'
    expect(await check(wire, {path: 'a.txt'})).toEqual([
      {rule, severity: 'error', at: '5:1-5:103', reason: 'This paragraph repeats the paragraph at line 3; remove one copy'}
    ])
  })

  it('reports a repeated bold-only paragraph of 8+ words that is not the headline, and repeated-headline does not', async () => {
    const bold = '**What the union wants from the company in the next round of talks**'
    const doc = `---\ntitle: Union and company resume wage talks\n---\n\n${md(p1, bold, p2, bold, p3)}`
    expect(await check(doc)).toEqual([
      {rule, severity: 'error', at: '11:1-11:69', reason: 'This paragraph repeats the paragraph at line 7; remove one copy'}
    ])
  })

  it('does not report interview questions in bold asked of each interviewee (Q&A layout, corpus pattern)', async () => {
    const question = '**What were you doing before applying to the agency?**'
    const short = '**Why do you serve?**'
    const doc = md('## Ada Lovelace', question, p1, short, p2, '## Ben Franklin', question, p3, short, p4, '**Carla Diaz**', question, 'I drove a bus.', short, 'To help.')
    expect(await check(doc)).toEqual([])
  })

  it('shares repeats with repeated-headline: every repeated block of 3+ words is reported by one rule at most, whatever minWords', async () => {
    const words = 'the union wants a raise of seven percent over two years'.split(' ')
    /** Who reports the repeat of an n-word block: headings and bold subheads (under 8 words) are repeated-headline's. */
    const owner = (form: string, n: number, minWords: number) =>
      form === 'heading' || (form.startsWith('bold') && n < 8) ? ['repeated-headline'] : n >= minWords ? [rule] : []
    for (let n = 3; n <= words.length; n++) {
      const text = ['Talks', ...words.slice(0, n - 1)].join(' ')
      const cases: Array<[string, string, string]> = [
        ['plain', 'a.md', md('# Wage talks resume', p1, text, p2, text, p3)],
        ['bold', 'a.md', md('# Wage talks resume', p1, `**${text}**`, p2, `**${text}**`, p3)],
        ['heading', 'a.md', md('# Wage talks resume', `## ${text}`, p1, `## ${text}`, p2)],
        ['unpunctuated line', 'a.txt', ['Wage talks resume', p1, text, p2, text, p3].join('\n')],
        ['bold line', 'a.txt', ['Wage talks resume', p1, `**${text}**`, p2, `**${text}**`, p3].join('\n')]
      ]
      for (const [form, path, doc] of cases) {
        for (const minWords of [5, 8, 12]) {
          const config = {rules: {[rule]: ['error', {minWords}] as ['error', {minWords: number}]}}
          const found = (await check(doc, {path, config})).filter((f) => f.rule === rule || f.rule === 'repeated-headline').map((f) => f.rule)
          expect({form, n, minWords, found}).toEqual({form, n, minWords, found: owner(form, n, minWords)})
        }
      }
    }
  })

  it('reports the same paragraph pasted several times in a row as one finding', async () => {
    expect(await check(md(p1, p2, p2, p2, p3), {rule})).toEqual([
      {rule, severity: 'error', at: '5:1-7:104', reason: 'Lines 5–7 repeat line 3; remove one copy'}
    ])
    expect(await check(md(p1, p2, p1, p2, p1, p2, p3), {rule})).toEqual([
      {rule, severity: 'error', at: '5:1-11:104', reason: 'Lines 5–11 repeat lines 1–3; remove one copy'}
    ])
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

  it('does not treat two paragraphs written from one template as near copies (corpus false positive)', async () => {
    // One frame, its own subject filled in at two places: a section intro per topic, not a paste.
    const frame = (topic: string, source: string) =>
      `The council asked the transport office to draft guidance for every district on common ${topic} measures by the end of the year. ` +
      `The guidance was drawn from a survey of practice in other cities across the country and ${source} the regional planning board.`
    const road = frame('road safety', 'advice from')
    const cycle = frame('cycle parking', 'comments from') + ' Local schools took part too.'
    expect(await check(md(road, p1, cycle), {rule})).toEqual([])
    // A limit editors can raise: two changed places then still make a near copy.
    expect(await check(md(road, p1, cycle), {rule, config: {rules: {[rule]: ['error', {nearChanges: 2}]}}})).toEqual([
      {rule, severity: 'warning', at: `5:1-5:${cycle.length + 1}`, reason: 'This paragraph nearly repeats the paragraph at line 1 (84% the same); keep one version'}
    ])
  })

  it('still reports a pasted copy with typos in two places, or a word changed and a sentence added', async () => {
    const original = `${p1} The council said work on the new routes would start in the autumn and take about six months to complete.`
    const typos = original.replace('expand the', 'expnad the').replace('work on', 'wrok on')
    const edited = original.replace('autumn', 'winter') + ' Fares will not change.'
    expect(await check(md(original, p2, typos), {rule})).toEqual([
      {rule, severity: 'warning', at: `5:1-5:${typos.length + 1}`, reason: 'This paragraph nearly repeats the paragraph at line 1 (83% the same); keep one version'}
    ])
    expect(await check(md(original, p2, edited), {rule})).toEqual([
      {rule, severity: 'warning', at: `5:1-5:${edited.length + 1}`, reason: 'This paragraph nearly repeats the paragraph at line 1 (92% the same); keep one version'}
    ])
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
