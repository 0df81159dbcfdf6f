/**
 * The unified pipelines and the preset of rules, assembled in one place.
 * Markdown: remark-parse → remark-frontmatter → guard → document → long nodes cut → bridge
 * (remark-retext, windowed) (retext-english + rules) → ignore comments (unified-message-control).
 * Plain text: the line parser → the same guard, document, cut and bridge.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import copydeskBridge from './bridge/index.ts'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import copydeskDocument from './document/index.ts'
import copydeskGuard, {copydeskSpans} from './parse/guard.ts'
import copydeskMessageControl from './document/message-control.ts'
import textParse from './parse/text-parse.ts'
import copydeskPrepare, {copydeskRestore, type Format} from './parse/prepare.ts'
import {parseSetting} from './rules/define.ts'
import duplicateParagraph from './rules/duplicate-paragraph.ts'
import frontMatter from './rules/front-matter.ts'
import inconsistentDate from './rules/inconsistent-date.ts'
import repeatedHeadline from './rules/repeated-headline.ts'
import repeatedWords from './rules/repeated-words.ts'
import unattributedQuote from './rules/unattributed-quote.ts'
import type {Config} from './types.ts'

/** Every rule, in the order they run. */
export const rules = [duplicateParagraph, repeatedHeadline, unattributedQuote, inconsistentDate, repeatedWords, frontMatter]
export const ruleIds = rules.map((rule) => rule.ruleId)

export type {Format}

/** Validates a config's rule settings; throws a readable error on the first bad one. */
export function checkConfig(config: Config): void {
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!ruleIds.includes(id)) throw new Error(`Unknown rule \`${id}\` in configuration; known rules: ${ruleIds.join(', ')}`)
    parseSetting(id, setting, 'error')
  }
}

/**
 * The pipeline for one format. `bridge` is the remark plugin that hands the
 * tree to retext: Copydesk's lazy, block-by-block bridge, or remark-retext to
 * tokenize the whole document at once (the tests compare the two).
 */
export function createProcessor(format: Format, config: Config = {}, bridge: typeof copydeskBridge = copydeskBridge): Processor {
  checkConfig(config)
  const retextProcessor = unified().use(retextEnglish)
  for (const rule of rules) retextProcessor.use(rule, config.rules?.[rule.ruleId])
  const processor = unified() as unknown as Processor
  if (format === 'markdown') processor.use(remarkParse).use(remarkFrontmatter, ['yaml'])
  else processor.use(textParse)
  processor.use(copydeskPrepare, {format}).use(copydeskGuard, {format}).use(copydeskDocument, {format}).use(copydeskSpans).use(bridge, retextProcessor as never)
  if (format === 'markdown') processor.use(copydeskMessageControl)
  processor.use(copydeskRestore)
  return processor.freeze()
}
