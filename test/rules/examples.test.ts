/** Every rule's documented examples (src/rules/examples/), run: the docs pages show exactly these messages. */
import {describe, expect, it} from 'vitest'
import {lint, rules} from '../../src/index.ts'

for (const rule of rules) {
  describe(`${rule.ruleId}: documented examples`, () => {
    it('has examples with and without findings', () => {
      expect(rule.info.examples.some((example) => example.messages.length > 0)).toBe(true)
    })
    for (const example of rule.info.examples) {
      it(example.title, async () => {
        const config = example.options ? {rules: {[rule.ruleId]: [rule.info.level, example.options] as ['warning', Record<string, unknown>]}} : {}
        const file = await lint(example.input, {format: example.format ?? 'markdown', config})
        expect(file.messages.filter((message) => message.ruleId === rule.ruleId).map(String)).toEqual(example.messages)
      })
    }
  })
}
