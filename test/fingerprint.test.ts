/**
 * Fingerprints: computed from a finding's content (rule, path, the text of its
 * span and of its other place, which of identical findings it is), not its
 * line, so that an alert or a review comment follows the finding when lines
 * are added above it.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.ts'
import {md} from './helpers.ts'

const p1 = 'The city council voted on Tuesday to expand the bus network to the northern suburbs by next spring.'
const p2 = 'Officials said the expansion would cost about $40 million, paid for by a federal grant and local fares.'
const article = md('# Council expands bus network', p1, '**Council expands bus network**', p2, 'The mayor said the the plan was sound.', p1, '**Council expands bus network**', 'The vote was on Monday, July 22, 2025.')

async function prints(value: string, path = 'story.md') {
  const file = await lint(value, {path})
  return file.messages.map((m) => ({rule: m.ruleId, line: m.line, fingerprint: m.fingerprint}))
}

describe('fingerprints', () => {
  it('every finding has one: 16 hex digits, all different within a file, identical findings told apart', async () => {
    const found = await prints(article)
    expect(found.map((f) => f.rule)).toEqual(['repeated-headline', 'repeated-words', 'duplicate-paragraph', 'repeated-headline', 'inconsistent-date'])
    for (const f of found) expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/)
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(found.length)
  })

  it('stay the same when lines are added above, and when the line ends change', async () => {
    const before = await prints(article)
    const after = await prints(md('A new first paragraph, added in review.', 'And a second one.') + '\n\n' + article)
    expect(after.map((f) => f.line)).not.toEqual(before.map((f) => f.line))
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint))
    expect((await prints(article.replace(/\n/g, '\r\n'))).map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint))
  })

  it('change with the finding’s text, its other place, and the path', async () => {
    const [, words] = await prints(article)
    // The span is the two words: what follows them is not the finding's content.
    expect((await prints(article.replace('the the plan', 'the the scheme')))[1].fingerprint).toBe(words.fingerprint)
    const otherWords = (await prints(article.replace('the the plan was', 'the plan was was')))[1]
    expect(otherWords.rule).toBe('repeated-words')
    expect(otherWords.fingerprint).not.toBe(words.fingerprint)
    const headline = (await prints(article))[0]
    const renamed = (await prints(article.replaceAll('Council expands bus network', 'Council grows bus network')))[0]
    expect(renamed.fingerprint).not.toBe(headline.fingerprint)
    expect((await prints(article, 'other.md'))[0].fingerprint).not.toBe(headline.fingerprint)
    // The same copy of a first copy written with emphasis: only the other place differs.
    const copy = (await prints(article))[2]
    const emphasised = (await prints(article.replace(p1, p1.replace('bus network', '*bus network*'))))[2]
    expect([emphasised.rule, emphasised.line]).toEqual([copy.rule, copy.line])
    expect(emphasised.fingerprint).not.toBe(copy.fingerprint)
  })

  it('are the same in plain text after a byte order mark', async () => {
    const text = 'Bus network grows\n\nBus network grows\n' + p1 + '\n'
    const plain = await prints(text, 'wire.txt')
    expect(plain).toHaveLength(1)
    expect(await prints('\uFEFF' + text, 'wire.txt')).toEqual(plain)
  })
})
