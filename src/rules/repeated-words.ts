/**
 * `repeated-words`: “the the”. retext-repeated-words does the work; this
 * wrapper gives its findings the stable `repeated-words` id (the plugin uses
 * the repeated word itself as the id).
 */
import retextRepeatedWords from 'retext-repeated-words'
import {VFile} from 'vfile'
import type {Position} from 'unist'
import {defineRule} from '../rule.ts'

const findRepeats = retextRepeatedWords()

export default defineRule({id: 'repeated-words', level: 'warning', defaults: {}}, function (tree, file, _options, report) {
  const scratch = new VFile({value: file.value, path: file.path})
  findRepeats(tree, scratch)
  for (const message of scratch.messages) {
    const place = message.place as Position | undefined
    if (!place || !('start' in place)) continue
    const word = message.expected?.[0] ?? ''
    report({
      reason: `Unexpected repeated \`${word}\`; remove one occurrence`,
      start: place.start,
      end: place.end,
      actual: message.actual,
      expected: message.expected
    })
  }
})
