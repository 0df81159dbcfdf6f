/**
 * Copydesk's library API: lint a string or a VFile, get the VFile back with
 * its messages (sorted by position).
 */
import {VFile, type Compatible} from 'vfile'
import {compareMessage} from 'vfile-sort'
import {newArticle} from './memo.ts'
import {blank, findLooseFrontMatter, limitMarkup, maskTemplates} from './prepare.ts'
import {createProcessor, type Format} from './processor.ts'
import type {Config} from './types.ts'

export {createProcessor, ruleIds, rules, checkConfig} from './processor.ts'
export type {Format} from './processor.ts'
export type {Config, Level, RuleSetting, Related} from './types.ts'
export type {CopydeskMessage} from './rule.ts'

export interface LintOptions {
  /** Path of the article: decides the format (`.md`, `.markdown` → Markdown) and names the file-name date. */
  path?: string
  /** Force a format instead of reading it from the path. */
  format?: Format
  config?: Config
  /** A pipeline from `createProcessor` to use instead of the one for the format and config. */
  processor?: ReturnType<typeof createProcessor>
}

const processors = new WeakMap<Config, Map<Format, ReturnType<typeof createProcessor>>>()
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

/** Lint one article. */
export async function lint(input: Compatible, options: LintOptions = {}): Promise<VFile> {
  newArticle()
  const file = input instanceof VFile ? input : new VFile(typeof input === 'string' || input instanceof Uint8Array ? {value: input, path: options.path} : input)
  if (options.path && !file.path) file.path = options.path
  const format = options.format ?? formatOf(file.path)
  const original = String(file.value ?? '')
  let value = original
  if (format === 'markdown') {
    const loose = findLooseFrontMatter(value)
    if (loose) {
      file.data.looseFrontMatter = loose
      value = value.slice(0, loose.offset) + blank(value.slice(loose.offset, loose.end)) + value.slice(loose.end)
    }
    value = maskTemplates(value, loose?.end ?? frontMatterEnd(value))
    value = limitMarkup(value, loose?.end ?? frontMatterEnd(value))
  }
  file.value = value
  const processor = options.processor ?? processorFor(format, options.config ?? noConfig)
  try {
    await processor.run(processor.parse(file), file)
  } finally {
    file.value = original
  }
  file.messages.sort(compareMessage)
  return file
}

/** End of front matter that starts at offset 0 (template masking starts after it). */
function frontMatterEnd(value: string): number {
  if (!/^---[ \t]*\r?\n/.test(value)) return 0
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g
  close.lastIndex = 3
  const match = close.exec(value)
  return match ? match.index + match[0].length : 0
}
