/**
 * Copydesk's library API: lint a string or a VFile, get the VFile back with
 * its messages (sorted by position).
 */
import {VFile, type Compatible} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {restore} from './parse/prepare.ts'
import type {Node} from 'unist'
import {createProcessor as presetProcessor, rules as presetRules, type Format} from './preset.ts'
import type {Config, Level, RuleInfo, RuleSetting} from './types.ts'
import type {QuoteModel} from './rules/quotes/types.ts'

export {ruleIds, ruleInfo, checkConfig} from './preset.ts'
export {fingerprint} from './document/fingerprint.ts'
export type {Format} from './preset.ts'
export type {Config, Fix, Level, RuleSetting} from './types.ts'
export {SOURCE, type CopydeskMessage, type OtherPlace, type RuleInfo} from './rules/index.ts'
export type {Attribution, QuoteModel, Quotation, UnbalancedMark} from './rules/quotes/types.ts'

/** The processor of a format: unified's `parse` and `run` (the mdast and nlcst trees are the library's own business). */
export interface LintProcessor {
  parse(file: VFile): Node
  run(tree: Node, file: VFile): Promise<Node>
}

/** The preset's processor for a format and configuration: what `lint()` runs. */
export const createProcessor: (format: Format, config?: Config) => LintProcessor = (format, config) => presetProcessor(format, config) as unknown as LintProcessor

/** A rule: a retext plugin taking a setting, with its definition. */
export interface Rule {
  (setting?: RuleSetting): unknown
  ruleId: string
  level: Exclude<Level, 'off'>
  info: RuleInfo
}

/** Every rule, in the order they run. */
export const rules: Rule[] = presetRules

export interface LintOptions {
  /** Path of the article: decides the format (`.md`, `.markdown` → Markdown) and names the file-name date. */
  path?: string
  /** Force a format instead of reading it from the path. */
  format?: Format
  config?: Config
  /** A pipeline from `createProcessor` to use instead of the one for the format and config. */
  processor?: LintProcessor
}

const processors = new WeakMap<Config, Map<Format, LintProcessor>>()
const noConfig: Config = {}

export function formatOf(path: string | undefined): Format {
  return path && /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text'
}

function processorFor(format: Format, config: Config) {
  let byFormat = processors.get(config)
  if (!byFormat) processors.set(config, (byFormat = new Map()))
  let processor = byFormat.get(format)
  if (!processor) byFormat.set(format, (processor = createProcessor(format, config)))
  return processor
}

/** Lint one article: parse and run the preset's processor for its format and config, messages sorted. */
export async function lint(input: Compatible, options: LintOptions = {}): Promise<VFile> {
  const file = input instanceof VFile ? input : new VFile(typeof input === 'string' || input instanceof Uint8Array ? {value: input, path: options.path} : input)
  if (options.path && !file.path) file.path = options.path
  const processor = options.processor ?? processorFor(options.format ?? formatOf(file.path), options.config ?? noConfig)
  try {
    await processor.run(processor.parse(file), file)
  } finally {
    restore(file)
  }
  file.messages.sort(compareMessage)
  return file
}

/**
 * The article's quotation model: every quotation with its words, span, kind and attribution (speaker
 * as written, cue, frame, where they stand), and every unbalanced quote mark. The configuration's
 * `unattributed-quote` options (`verbs`, `speakers`, `mentionCues`, `minWords`) apply; the rule runs even
 * where the configuration turns it off.
 */
export async function quotes(input: Compatible, options: LintOptions = {}): Promise<QuoteModel> {
  const config = options.config ?? noConfig
  const setting = config.rules?.['unattributed-quote']
  const on = Array.isArray(setting) ? (setting[0] === 'off' ? ['warning', setting[1] ?? {}] : setting) : !setting || setting === 'off' ? 'warning' : setting
  const file = await lint(input, {...options, config: {...config, rules: {...config.rules, 'unattributed-quote': on as RuleSetting}}})
  return file.data.quotes ?? {quotations: [], unbalanced: []}
}
