/**
 * The remark-side plugin that runs before the bridge to retext: it reads the
 * front matter and records the article's blocks (headings, paragraphs, with
 * their kind) in `file.data.copydesk`, which the retext rules read.
 */
import type {Heading, Paragraph, Root, RootContent, Yaml} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {isMap, isScalar, parseDocument} from 'yaml'
import type {LooseFrontMatter} from './prepare.ts'
import type {ArticleInfo, Block, FrontMatterField} from './types.ts'

export interface FrontMatterProblem {
  reason: string
  start: Point
  end: Point
}

declare module 'vfile' {
  interface DataMap {
    looseFrontMatter: LooseFrontMatter
    frontMatterProblems: FrontMatterProblem[]
  }
}

export default function copydeskDocument(options: {format: ArticleInfo['format']}) {
  return function (tree: Root, file: VFile) {
    const place = location(file)
    const info: ArticleInfo = {format: options.format, blocks: [], frontMatter: {}}
    const problems: FrontMatterProblem[] = []
    file.data.copydesk = info
    file.data.frontMatterProblems = problems

    const loose = file.data.looseFrontMatter
    if (loose) {
      const start = place.toPoint(0)!
      problems.push({
        reason: 'Front matter starts after blank lines, so sites read it as body text; remove the blank lines before `---`',
        start,
        end: place.toPoint(loose.offset) ?? start
      })
      readFrontMatter(loose.yaml, loose.offset)
    }

    collect(tree.children, false)

    function collect(nodes: RootContent[], nested: boolean) {
      for (const node of nodes) {
        if (node.type === 'yaml') {
          const yamlNode = node as Yaml
          const offset = yamlNode.position?.start.offset
          if (offset === undefined) continue
          const source = String(file.value)
          const afterFence = source.indexOf('\n', offset) + 1
          readFrontMatter(yamlNode.value, afterFence)
        } else if (node.type === 'heading' || node.type === 'paragraph') {
          addBlock(node, nested)
        } else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
          collect(node.children as RootContent[], true)
        }
      }
    }

    function addBlock(node: Heading | Paragraph, nested: boolean) {
      const position = node.position
      if (!position) return
      const text = toString(node, {includeHtml: false, includeImageAlt: false})
      if (!text.trim()) return
      const meaningful = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()))
      const block: Block = {
        kind: node.type,
        strong: meaningful.length === 1 && meaningful[0].type === 'strong' ||
          (options.format === 'text' && /^\s*\*\*[^*].*\*\*\s*$/.test(text)),
        nested,
        start: position.start,
        end: position.end,
        text
      }
      if (node.type === 'heading') block.depth = node.depth
      info.blocks.push(block)
    }

    function readFrontMatter(yaml: string, offset: number) {
      const doc = parseDocument(yaml, {prettyErrors: false, uniqueKeys: false, strict: false})
      for (const error of doc.errors) {
        const [from, to] = error.pos
        const start = place.toPoint(offset + from) ?? place.toPoint(offset)!
        const end = place.toPoint(offset + Math.max(to, from)) ?? start
        problems.push({reason: `Invalid front matter: ${firstLine(error.message)}; fix the YAML so the site can read the article's fields`, start, end})
      }
      if (doc.errors.length > 0 || !isMap(doc.contents)) return
      for (const item of doc.contents.items) {
        if (!isScalar(item.key) || !item.key.range) continue
        const key = String(item.key.value)
        const valueNode = item.value
        const value = isScalar(valueNode) ? valueNode.value : valueNode && typeof valueNode === 'object' && 'toJSON' in valueNode ? (valueNode as {toJSON(): unknown}).toJSON() : valueNode
        const range = isScalar(valueNode) && valueNode.range ? valueNode.range : item.key.range
        const start = place.toPoint(offset + item.key.range[0])
        const end = place.toPoint(offset + range[1])
        if (!start || !end) continue
        const field: FrontMatterField = {value, start, end}
        info.frontMatter[key] = field
      }
    }
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '')
}
