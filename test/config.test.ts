import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {check, md} from './helpers.ts'
import {readConfig} from '../src/engine/config.ts'
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

describe('configuration is validated against the rule definitions', () => {
  it('rejects an unknown option, naming the known ones', async () => {
    await expect(check(doc, {config: {rules: {'duplicate-paragraph': ['error', {minWord: 5}]}}})).rejects.toThrow(
      'Rule `duplicate-paragraph`: unknown option `minWord`; its options are `minWords`, `nearContainment`, `nearLengthRatio`, `nearChanges`, `nearMinWords`, `refrainMaxWords`, `fieldMaxWords`'
    )
  })

  it('rejects a wrong type instead of turning the rule off', async () => {
    await expect(check(doc, {config: {rules: {'unattributed-quote': ['warning', {minWords: 'abc'}]}}})).rejects.toThrow(
      'Rule `unattributed-quote`: option `minWords` must be a whole number of at least 1, not "abc"'
    )
    await expect(check(doc, {config: {rules: {'duplicate-paragraph': ['error', {nearContainment: 2}]}}})).rejects.toThrow(
      'option `nearContainment` must be a number from 0 to 1, not 2'
    )
  })

  it('rejects options for a rule that takes none, and unknown top-level keys', async () => {
    await expect(check(doc, {config: {rules: {'repeated-words': ['warning', {x: 1}]}}})).rejects.toThrow('Rule `repeated-words`: unknown option `x`; it takes no options')
    await expect(check(doc, {config: {rule: {}} as never})).rejects.toThrow('Unknown configuration key `rule`; known keys: rules, maxFileSize, fileTimeout')
    await expect(check(doc, {config: {fileTimeout: -1}})).rejects.toThrow('Configuration `fileTimeout` must be a whole number of milliseconds (0: no limit), not -1')
  })

  it('applies a valid option', async () => {
    const text = md('The council voted to close the old market hall.', 'The council voted to close the old market hall.')
    expect(await check(text, {rule: 'duplicate-paragraph'})).toHaveLength(1)
    expect(await check(text, {rule: 'duplicate-paragraph', config: {rules: {'duplicate-paragraph': ['error', {minWords: 12}]}}})).toEqual([])
  })
})

describe('configuration files', () => {
  /** Median of three timings of reading `path`. */
  function timeRead(path: string): number {
    const times = [0, 1, 2].map(() => {
      const started = performance.now()
      try {
        readConfig(path)
      } catch {
        // Unknown keys are refused: the time to read and refuse them is what is measured.
      }
      return performance.now() - started
    })
    return times.sort((a, b) => a - b)[1]
  }

  it('reads a large configuration in linear time, JSON as JSON (the YAML parser\'s unique-key check is quadratic)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-config-'))
    try {
      const keys = (n: number) => Object.fromEntries([['rules', {'repeated-words': 'error'}], ...Array.from({length: n}, (_, i) => [`key${i}`, i])])
      for (const [name, write] of [
        ['.copydeskrc.json', (n: number) => JSON.stringify(keys(n))],
        ['.copydeskrc', (n: number) => JSON.stringify(keys(n))],
        ['.copydeskrc.yml', (n: number) => Object.entries(keys(n)).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')]
      ] as const) {
        const small = join(dir, 'small', name)
        const large = join(dir, 'large', name)
        mkdirSync(join(small, '..'), {recursive: true})
        mkdirSync(join(large, '..'), {recursive: true})
        writeFileSync(small, write(4_000))
        writeFileSync(large, write(40_000))
        expect(() => readConfig(large)).toThrow(/Unknown configuration key `key0`/)
        const a = timeRead(small)
        const b = timeRead(large)
        console.log(`${name}: 4,000 keys ${a.toFixed(1)} ms, 40,000 keys ${b.toFixed(1)} ms, ratio ${(b / Math.max(a, 5)).toFixed(1)}`)
        // Linear: about 10; quadratic: about 100.
        expect(b / Math.max(a, 5), name).toBeLessThan(40)
      }
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('still finds duplicate keys in YAML, and reads .copydeskrc as YAML when it is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-config-'))
    try {
      writeFileSync(join(dir, 'twice.yml'), 'rules:\n  repeated-words: off\nrules:\n  repeated-words: error\n')
      expect(() => readConfig(join(dir, 'twice.yml'))).toThrow(/Cannot parse configuration .*twice\.yml: Map keys must be unique: "rules" appears twice/)
      writeFileSync(join(dir, '.copydeskrc'), '{rules: {repeated-words: off,},}\n')
      expect(readConfig(join(dir, '.copydeskrc'))).toEqual({rules: {'repeated-words': 'off'}})
      writeFileSync(join(dir, 'deep.yml'), 'rules: ' + '['.repeat(200) + ']'.repeat(200) + '\n')
      expect(() => readConfig(join(dir, 'deep.yml'))).toThrow(/deep\.yml: nested too deeply to read/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('top-level limits in a configuration file', () => {
  it('refuses a maxFileSize that would skip every file, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-config-'))
    try {
      writeFileSync(join(dir, '.copydeskrc.json'), JSON.stringify({maxFileSize: 0}))
      expect(() => readConfig(join(dir, '.copydeskrc.json'))).toThrow(/\.copydeskrc\.json: Configuration `maxFileSize` must be a positive whole number of bytes, not 0$/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
