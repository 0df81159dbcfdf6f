/**
 * Each rule's fixes, from the library: a finding whose fix is certain carries
 * it as `message.fix` (`expected` stays the human-readable form); near
 * copies, dates and anything with markup around it carry none.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.ts'
import {applyFixes} from '../../src/engine/fix.ts'
import {md} from '../helpers.ts'

const p1 = 'The city council voted on Tuesday to expand the bus network to the northern suburbs by next spring.'
const p2 = 'Officials said the expansion would cost about $40 million, paid for by a federal grant and local fares.'
const p3 = 'Residents of the northern suburbs have asked for better service for more than a decade, records show.'
const fingerprint = expect.stringMatching(/^[0-9a-f]{16}$/)

/** A message as plain data, every field (what `--format json` and the workers see of it). */
const whole = (message: unknown) => JSON.parse(JSON.stringify(message))

/** Lint, then apply every fix of one pass: the text each rule's own fixes make. */
async function fixOnce(value: string, path = 'story.md') {
  const file = await lint(value, {path})
  const fixes = file.messages.flatMap((message) => (message.fix ? [message.fix] : []))
  return {file, fixes, text: applyFixes(value, fixes).text}
}

describe('duplicate-paragraph fixes', () => {
  it('removes the later copy with the blank line before it (whole message)', async () => {
    const value = md('# Buses', p1, p2, p1, p3)
    const {file, text} = await fixOnce(value)
    const start = value.lastIndexOf(p1)
    expect(file.messages.map(whole)).toEqual([{
      cause: {column: 1, file: '', line: 3, message: 'The first copy', name: '3:1-3:100', place: {start: {line: 3, column: 1, offset: 9}, end: {line: 3, column: 100, offset: 108}}, reason: 'The first copy', ruleId: 'duplicate-paragraph', source: 'copydesk'},
      column: 1,
      fatal: true,
      file: 'story.md',
      message: 'This paragraph repeats the paragraph at line 3; remove one copy',
      line: 7,
      name: 'story.md:7:1-7:100',
      place: {start: {line: 7, column: 1, offset: start}, end: {line: 7, column: 100, offset: start + p1.length}},
      reason: 'This paragraph repeats the paragraph at line 3; remove one copy',
      ruleId: 'duplicate-paragraph',
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/blob/main/docs/rules/duplicate-paragraph.md',
      fix: {range: [start - 2, start + p1.length], text: ''},
      fingerprint
    }])
    expect(text).toBe(md('# Buses', p1, p2, p3))
  })

  it('removes a run, and the same run pasted several times, as one edit; at the end of the file the file ends as it did', async () => {
    expect((await fixOnce(md(p1, p2, p3, p2, p3))).text).toBe(md(p1, p2, p3))
    expect((await fixOnce(md(p1, p2, p1, p2, p1, p2))).text).toBe(md(p1, p2))
    expect((await fixOnce([p1, p2, p3, p2].join('\n\n'))).text).toBe([p1, p2, p3].join('\n\n'))
  })

  it('removes the pasted block of seed 000 (lines 11–14) as the seed is written: lines without blank lines, no final line break', async () => {
    const name = 'seeds/000_0749fbdad7015996.txt'
    const value = readFileSync(name, 'utf8')
    const file = await lint(value, {path: name, config: {rules: {'repeated-headline': 'off'}}})
    const lines = value.split('\n')
    expect(file.messages.map((m) => [String(m), m.fix])).toEqual([
      [`${name}:11:1-14:659: Lines 11–14 repeat lines 7–10; remove one copy`, {range: [lines.slice(0, 10).join('\n').length, value.length], text: ''}]
    ])
  })

  it('removes an image pasted with the run, when the original has it between the same paragraphs', async () => {
    expect((await fixOnce(md('# Buses', p1, '![A bus](bus.jpg)', p2, p3, p1, '![A bus](bus.jpg)', p2))).text).toBe(md('# Buses', p1, '![A bus](bus.jpg)', p2, p3))
  })

  it('keeps what else stands inside a pasted run (a heading, a comment, a template tag) and removes the copies around it, in one edit', async () => {
    for (const other of ['## Costs', '<!-- ad -->', '{% include ad.html %}']) {
      const {file, fixes, text} = await fixOnce(md(p1, p2, p3, p1, other, p2, 'The end.'))
      expect(file.messages.filter((m) => m.fix).map(String), other).toEqual(['story.md:7:1-11:104: Lines 7–11 repeat lines 1–3; remove one copy'])
      expect(fixes[0].text, other).toBe(`\n\n${other}`)
      expect(text, other).toBe(md(p1, p2, p3, other, 'The end.'))
    }
  })

  it('gives no fix for a near copy, or a copy in a list or a quotation', async () => {
    const near = md(`${p1} ${p2} ${p3}`, 'The first routes open in March.', `${p1} ${p2}`)
    const list = `- ${p1}\n- ${p2}\n- ${p1}\n`
    const quote = md(`> ${p1}`, p2, `> ${p1}`)
    for (const value of [near, list, quote]) {
      const {file, fixes} = await fixOnce(value)
      expect(file.messages.filter((m) => m.ruleId === 'duplicate-paragraph'), value).toHaveLength(1)
      expect(fixes, value).toEqual([])
    }
  })
})

describe('repeated-headline fixes', () => {
  it('removes the headline repeated under itself, and keeps the front matter (whole message)', async () => {
    const value = `---\ntitle: "Council expands bus network"\n---\n\n# Council Expands Bus Network\n\n${p1}\n`
    const {file, text} = await fixOnce(value)
    const start = value.indexOf('# Council')
    expect(file.messages.map(whole)).toEqual([{
      cause: {column: 1, file: '', line: 2, message: 'The headline', name: '2:1-2:37', place: {start: {line: 2, column: 1, offset: 4}, end: {line: 2, column: 37, offset: 40}}, reason: 'The headline', ruleId: 'repeated-headline', source: 'copydesk'},
      column: 1,
      fatal: true,
      file: 'story.md',
      message: 'This heading repeats the front matter title (line 2); remove the repeat',
      line: 5,
      name: 'story.md:5:1-5:30',
      place: {start: {line: 5, column: 1, offset: start}, end: {line: 5, column: 30, offset: start + 29}},
      reason: 'This heading repeats the front matter title (line 2); remove the repeat',
      ruleId: 'repeated-headline',
      source: 'copydesk',
      actual: 'Council Expands Bus Network',
      expected: [''],
      url: 'https://github.com/copydesk/copydesk/blob/main/docs/rules/repeated-headline.md',
      fix: {range: [start - 2, start + 29], text: ''},
      fingerprint
    }])
    expect(text).toBe(`---\ntitle: "Council expands bus network"\n---\n\n${p1}\n`)
  })

  it('removes two repeats side by side and the blank line before them (seed 004), in two disjoint edits', async () => {
    const name = 'seeds/004_2818f76f32d3a934.txt'
    const value = readFileSync(name, 'utf8')
    const {file, text} = await fixOnce(value, name)
    expect(file.messages.map((m) => [m.line, JSON.stringify(value.slice(...m.fix!.range))])).toEqual([
      [3, JSON.stringify('\n\nUkraine, Russia resume talks in Istanbul')],
      [4, JSON.stringify('\nUkraine, Russia resume talks in Istanbul')]
    ])
    expect(text).toBe(value.split('\n').filter((_, i) => i < 2 || i > 4).join('\n'))
  })

  it('removes a bold repeat and a plain repeat in Markdown', async () => {
    const value = md('# Council expands bus network', p1, '**Council expands bus network**', p2, 'Council expands bus network')
    expect((await fixOnce(value)).text).toBe(md('# Council expands bus network', p1, p2))
  })

  it('gives no fix for another repeated heading or subhead (rename or remove: the editor decides), or a repeat in a list', async () => {
    const heading = md('# Budget', '## How to apply now', p1, '## How to apply now', p2)
    const listed = md('# Council expands bus network', p1, '- Council expands bus network')
    for (const value of [heading, listed]) {
      const {file, fixes} = await fixOnce(value)
      expect(file.messages.filter((m) => m.ruleId === 'repeated-headline'), value).toHaveLength(1)
      expect(fixes, value).toEqual([])
    }
  })
})

describe('repeated-words fixes', () => {
  it('removes the second word with the space before it (whole message)', async () => {
    const value = 'The council voted on the the budget.\n'
    const {file, text} = await fixOnce(value)
    expect(file.messages.map(whole)).toEqual([{
      column: 22,
      fatal: false,
      file: 'story.md',
      message: 'Unexpected repeated `the`; remove one occurrence',
      line: 1,
      name: 'story.md:1:22-1:29',
      place: {start: {line: 1, column: 22, offset: 21}, end: {line: 1, column: 29, offset: 28}},
      reason: 'Unexpected repeated `the`; remove one occurrence',
      ruleId: 'repeated-words',
      source: 'copydesk',
      actual: 'the the',
      expected: ['the'],
      url: 'https://github.com/copydesk/copydesk/blob/main/docs/rules/repeated-words.md',
      fix: {range: [24, 28], text: ''},
      fingerprint
    }])
    expect(text).toBe('The council voted on the budget.\n')
  })

  it('keeps the capitalised word at a sentence start, and a hard wrap where it was (CRLF whole)', async () => {
    expect((await fixOnce('The the vote was held.\n')).text).toBe('The vote was held.\n')
    expect((await fixOnce('The vote was held in the\r\nthe hall today.\r\n')).text).toBe('The vote was held in\r\nthe hall today.\r\n')
    expect((await fixOnce('The council went to\n  to the hall.\n')).text).toBe('The council went\n  to the hall.\n')
    expect((await fixOnce('The vote was held. The\nthe hall was full.\n')).text).toBe('The vote was held. The hall was full.\n')
    expect((await fixOnce('\uFEFFThe vote was held in the the hall.\n', 'story.txt')).text).toBe('\uFEFFThe vote was held in the hall.\n')
  })

  it('gives no fix when markup stands between the two words', async () => {
    for (const value of ['The vote was held in the *the* hall today.\n', '> The vote was held in the\n> the hall today.\n']) {
      const {file, fixes} = await fixOnce(value)
      expect(file.messages, value).toHaveLength(1)
      expect(fixes, value).toEqual([])
    }
  })
})

describe('inconsistent-date: no fix, both candidates named', () => {
  it('names the right weekday and the nearest date with the stated weekday', async () => {
    const file = await lint('The vote was held on Monday, July 22, 2025, after a long debate.\n', {path: 'story.md'})
    expect(file.messages.map((m) => [m.reason, m.fix])).toEqual([
      ['July 22, 2025 was a Tuesday, not a Monday; correct the weekday (Tuesday) or the date (Monday is July 21)', undefined]
    ])
  })

  it('gives the year of the candidate date when it is another year', async () => {
    const file = await lint('The office reopened on Monday, January 1, 2025.\n', {path: 'story.md'})
    expect(file.messages.map((m) => m.reason)).toEqual([
      'January 1, 2025 was a Wednesday, not a Monday; correct the weekday (Wednesday) or the date (Monday is December 30, 2024)'
    ])
  })
})
