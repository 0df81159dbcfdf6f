import type {Paragraph, Root} from 'nlcst'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {expect} from 'vitest'
import copydeskDocument from '../src/document/index.ts'
import copydeskGuard, {copydeskSpans} from '../src/parse/guard.ts'
import {lint} from '../src/index.ts'
import {mapText, offsetOf} from '../src/bridge/mapped-text.ts'
import {paragraphs} from '../src/bridge/paragraphs.ts'
import textParse from '../src/parse/text-parse.ts'
import type {Block, Config} from '../src/types.ts'

export interface Finding {
  rule: string
  severity: 'error' | 'warning' | 'info'
  at: string
  reason: string
}

/** Lint and return findings as compact records (optionally of one rule). */
export async function check(value: string, options: {path?: string; config?: Config; rule?: string} = {}): Promise<Finding[]> {
  const file = await lint(value, {path: options.path ?? 'article.md', config: options.config})
  return file.messages
    .filter((m) => !options.rule || m.ruleId === options.rule)
    .map((m) => ({
      rule: m.ruleId ?? '',
      severity: m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info',
      at: `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : `${m.line}:${m.column}`}`,
      reason: m.reason
    }))
}

/** Build an article from paragraphs, separated by blank lines. */
export const md = (...blocks: string[]) => blocks.join('\n\n') + '\n'

export interface Group {
  block: number
  text: string
  offsets: number[]
  node: Pick<Paragraph, 'children' | 'position'>
}

/**
 * The paragraph groups the rules read (src/paragraphs.ts), through Copydesk's pipeline with `bridge`
 * handing the tree to retext; the mapped text is read before the children (which tokenizes a lazy paragraph).
 */
export async function groups(bridge: unknown, value: string, path: string, extra: Array<(tree: Root, file: VFile) => void> = []): Promise<Group[]> {
  let tree: Root | undefined
  let blocks: Block[] = []
  const retext = unified()
    .use(retextEnglish)
    .use(() => (node: Root, file: VFile) => {
      tree = node
      blocks = file.data.copydesk!.blocks
      for (const plugin of extra) plugin(node, file)
    })
  const format = path.endsWith('.md') ? 'markdown' : 'text'
  const processor = unified()
  if (format === 'markdown') processor.use(remarkParse).use(remarkFrontmatter, ['yaml'])
  else processor.use(textParse)
  processor.use(copydeskGuard, {format}).use(copydeskDocument, {format}).use(copydeskSpans).use(bridge as never, retext as never)
  const file = new VFile({value, path})
  await processor.run(processor.parse(file) as never, file)
  return paragraphs(tree!, blocks).map(({block, node}) => {
    const mapped = mapText(node)
    const offsets = Array.from({length: mapped.text.length + 1}, (_, i) => offsetOf(mapped, i))
    return {block: block ? blocks.indexOf(block) : -1, text: mapped.text, offsets, node: {children: node.children, position: node.position}}
  })
}

/** `expect(a).toEqual(b)` for large trees: vitest's deep equality only when their JSON differs. */
export function expectEqualTrees(a: unknown, b: unknown): void {
  if (JSON.stringify(a) !== JSON.stringify(b)) expect(a).toEqual(b)
}
