/**
 * The unified pipelines and the preset of rules, assembled in one place.
 * Markdown: remark-parse → remark-frontmatter (plain paragraphs read without it) → guard → document → long nodes cut → bridge
 * (remark-retext, windowed) (retext-english + rules) → ignore comments (unified-message-control)
 * → fingerprints.
 * Plain text: the line parser → the same guard, document, cut and bridge.
 */
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import copydeskBridge from './bridge/index.ts'
import {retext} from 'retext'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import copydeskDocument from './document/index.ts'
import copydeskGuard, {copydeskSpans} from './parse/guard.ts'
import copydeskFingerprint from './document/fingerprint.ts'
import copydeskMessageControl from './document/message-control.ts'
import textParse from './parse/text-parse.ts'
import copydeskPlainParagraphs from './parse/plain-paragraphs.ts'
import copydeskPrepare, {copydeskRestore, type Format} from './parse/prepare.ts'
import {parseSetting, ruleIds, ruleInfo, rules} from './rules/index.ts'
import type {Config} from './types.ts'

export {rules, ruleIds, ruleInfo}
export type {Format}

/** The top-level configuration keys: what each accepts, and how a problem says so. */
const topLevel: Record<string, {accepts: (value: unknown) => boolean; wanted: string}> = {
  rules: {accepts: (value) => typeof value === 'object' && value !== null && !Array.isArray(value), wanted: 'an object of rule settings'},
  maxFileSize: {accepts: (value) => Number.isSafeInteger(value) && (value as number) > 0, wanted: 'a positive whole number of bytes'},
  fileTimeout: {accepts: (value) => Number.isSafeInteger(value) && (value as number) >= 0, wanted: 'a whole number of milliseconds (0: no limit)'}
}

/** Validates a config; throws a readable error on the first problem (unknown key, rule, level, option or type). */
export function checkConfig(config: Config): void {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new Error('Configuration must be an object')
  for (const [key, value] of Object.entries(config)) {
    if (!(key in topLevel)) throw new Error(`Unknown configuration key \`${key}\`; known keys: ${Object.keys(topLevel).join(', ')}`)
    if (value !== undefined && !topLevel[key].accepts(value)) throw new Error(`Configuration \`${key}\` must be ${topLevel[key].wanted}, not ${JSON.stringify(value)}`)
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const info = ruleInfo.find((rule) => rule.id === id)
    if (!info) throw new Error(`Unknown rule \`${id}\` in configuration; known rules: ${ruleIds.join(', ')}`)
    parseSetting(info, setting, 'error')
  }
}

/**
 * The pipeline for one format. `bridge` is the remark plugin that hands the
 * tree to retext: Copydesk's lazy, block-by-block bridge, or remark-retext to
 * tokenize the whole document at once (the tests compare the two).
 */
export function createProcessor(format: Format, config: Config = {}, bridge: typeof copydeskBridge = copydeskBridge): Processor {
  checkConfig(config)
  // retext with the English parser (retext-english replaces retext's Latin one).
  const retextProcessor = retext().use(retextEnglish)
  for (const rule of rules) retextProcessor.use(rule, config.rules?.[rule.ruleId])
  const processor = unified() as unknown as Processor
  if (format === 'markdown') processor.use(remarkParse).use(remarkFrontmatter, ['yaml']).use(copydeskPlainParagraphs)
  else processor.use(textParse)
  processor.use(copydeskPrepare, {format}).use(copydeskGuard, {format}).use(copydeskDocument, {format}).use(copydeskSpans).use(bridge, retextProcessor as never)
  if (format === 'markdown') processor.use(copydeskMessageControl)
  processor.use(copydeskFingerprint).use(copydeskRestore)
  return processor.freeze()
}
