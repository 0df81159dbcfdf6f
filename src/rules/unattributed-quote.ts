/**
 * `unattributed-quote`: a quotation of five or more words that no frame links
 * to a speaker or source, and quote marks that do not balance. The work is
 * the article's quotation model (./quotes/model.ts): this rule reports what
 * the model finds missing. See docs/rules/unattributed-quote.md.
 */
import {excerpt} from '../text/normalize.ts'
import {defineRule} from './define.ts'
import examples from './examples/unattributed-quote.ts'
import {quote as defaults} from './data/thresholds.ts'
import {quoteModel} from './quotes/model.ts'

const unbalanced = {
  unclosed: () => 'This quote mark is never closed; close the quotation or, if it runs on, open the next paragraph with a quote mark',
  stray: (count: number) => `This quote mark has no partner${count > 1 ? ` (${count} unbalanced marks in this paragraph)` : ''}; add the missing mark or remove this one`,
  reopened: (count: number) =>
    `A new quotation opens here before the previous one closes${count > 1 ? ` (${count} times in this paragraph)` : ''}; a closing mark or a paragraph break may be missing`,
  'run-on': (count: number) =>
    `This quotation runs over ${count} paragraphs, but only the first opens with a quote mark; open each paragraph of a multi-paragraph quotation with one`
}

export default defineRule({
  id: 'unattributed-quote',
  level: 'warning',
  summary: 'quotations of 5+ words that no frame links to a speaker; unbalanced quote marks',
  fix: 'Add who said it next to the quotation (“…,” Jane Smith said); add the missing closing mark or paragraph break.',
  options: {
    minWords: {type: 'integer', default: defaults.minWords, min: 1, description: 'Quotations shorter than this are scare quotes or partial quotes.'},
    verbs: {type: 'string[]', default: [] as string[], description: 'Reporting verbs to add to src/rules/data/attribution.ts (a base form brings its inflections: `grumble` → grumbles, grumbled, grumbling).'},
    speakers: {type: 'string[]', default: [] as string[], description: 'Nouns that head a speaker, to add (`stewardess`, `tribunal`): a noun phrase they head is a source.'},
    mentionCues: {type: 'string[]', default: [] as string[], description: 'Words right before a quotation that make it a mention, not speech, to add (`nicknamed`).'}
  },
  examples
}, function (tree, file, options, report) {
  const model = quoteModel(tree, file, options)
  const findings: Array<{offset: number; run: () => void}> = []
  for (const quotation of model.quotations) {
    if (quotation.kind !== 'speech' || quotation.attribution) continue
    const over = quotation.paragraphs > 1 ? `, over ${quotation.paragraphs} paragraphs,` : ''
    findings.push({
      offset: quotation.start.offset ?? 0,
      run: () => report({
        reason: `Quotation “${excerpt(quotation.text, 50)}”${over} has no speaker; add who said this${over ? ' in one of them' : ''}`,
        start: quotation.start,
        end: quotation.end,
        actual: quotation.text
      })
    })
  }
  for (const mark of model.unbalanced) {
    findings.push({
      offset: mark.start.offset ?? 0,
      run: () => report({reason: unbalanced[mark.kind](mark.count), start: mark.start, end: mark.end, tier: 'secondary'})
    })
  }
  findings.sort((a, b) => a.offset - b.offset)
  for (const finding of findings) finding.run()
})
