import {describe, expect, it} from 'vitest'
import {check, md} from './helpers.ts'
import {ruleIds} from '../src/index.ts'

const doc = md('The council voted on the the budget. “We will not raise fares this year at all.”')

describe('configuration and ignore comments', () => {
  it('exposes exactly the rule ids of the contract (and front-matter)', () => {
    expect(ruleIds).toEqual(['duplicate-paragraph', 'repeated-headline', 'unattributed-quote', 'inconsistent-date', 'repeated-words', 'front-matter'])
  })

  it('turns rules off and changes their level', async () => {
    expect((await check(doc)).map((f) => `${f.rule}:${f.severity}`)).toEqual(['repeated-words:warning', 'unattributed-quote:warning'])
    expect((await check(doc, {config: {rules: {'repeated-words': 'off', 'unattributed-quote': 'error'}}})).map((f) => `${f.rule}:${f.severity}`)).toEqual(['unattributed-quote:error'])
    expect((await check(doc, {config: {rules: {'unattributed-quote': ['off']}}})).map((f) => f.rule)).toEqual(['repeated-words'])
  })

  it('rejects unknown rules and levels with a clear error', async () => {
    await expect(check(doc, {config: {rules: {'no-such-rule': 'off'}}})).rejects.toThrow(/Unknown rule `no-such-rule`/)
    await expect(check(doc, {config: {rules: {'repeated-words': 'loud' as never}}})).rejects.toThrow(/expected `off`, `warning`, `error`/)
  })

  it('obeys copydesk-disable, copydesk-enable and copydesk-ignore comments in Markdown', async () => {
    const quoteText = '“We will not raise fares this year at all.”'
    const text = ['<!-- copydesk-disable unattributed-quote -->', quoteText, '<!-- copydesk-enable -->', quoteText, '<!-- copydesk-ignore unattributed-quote -->', quoteText, quoteText]
    const findings = await check(md(...text), {rule: 'unattributed-quote'})
    expect(findings.map((f) => f.at.split(':')[0])).toEqual(['7', '13'])
  })

  it('reports invalid front matter as a finding and still lints the body', async () => {
    const findings = await check('---\ntitle: [unclosed\n---\n\nThe the end of the story is here.\n')
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['front-matter:error', 'repeated-words:warning'])
  })

  it('accepts unindented continuations of quoted front matter values, with a warning', async () => {
    const findings = await check('---\ntitle: "Buses"\nexcerpt: "A long summary\nthat wraps."\ndate: 2025-07-22\n---\n\n# Buses\n', {path: '2025-07-21-buses.md'})
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['front-matter:warning', 'inconsistent-date:warning', 'repeated-headline:error'])
  })
})
