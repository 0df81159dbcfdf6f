import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {generate} from '../scripts/rule-docs.ts'

describe('docs generated from the rule definitions', () => {
  for (const [path, expected] of generate()) {
    it(`${path} is up to date (run \`npm run docs\`)`, () => {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')).toBe(expected)
    })
  }
})
