/**
 * The remark-side plugin that runs before the bridge to retext: it reads the
 * front matter and records the article's blocks (headings, paragraphs, with
 * their kind) in `file.data.copydesk`, which the retext rules read.
 */
import type {Heading, Paragraph, PhrasingContent, Root, RootContent, Yaml} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {placeOf} from '../parse/place.ts'
import {isMap, isScalar, parseDocument} from 'yaml'
import {MAX_YAML_LENGTH, yamlTooDeep} from '../parse/prepare.ts'
import {simpleFields} from './simple-yaml.ts'
import type {ArticleInfo, Block, FrontMatterField} from '../types.ts'

export interface FrontMatterProblem {
  reason: string
  tier?: 'secondary'
  start: Point
  end: Point
}

declare module 'vfile' {
  interface DataMap {
    frontMatterProblems: FrontMatterProblem[]
  }
}

export default function copydeskDocument(options: {format: ArticleInfo['format']}) {
  return function (tree: Root, file: VFile) {
    const place = placeOf(file)
    const info: ArticleInfo = {format: options.format, blocks: [], frontMatter: {}, links: []}
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

    let containers = 0
    collect(tree.children, {container: 0, inList: false, inQuote: false})

    interface Context {
      container: number
      inList: boolean
      inQuote: boolean
    }

    function collect(nodes: RootContent[], context: Context) {
      for (const node of nodes) {
        if (node.type === 'yaml') {
          const yamlNode = node as Yaml
          const offset = yamlNode.position?.start.offset
          if (offset === undefined) continue
          const source = String(file.value)
          // After the opening fence's line end (LF, CRLF or a lone CR).
          const lineEnd = /\r\n?|\n/g
          lineEnd.lastIndex = offset
          const fenceEnd = lineEnd.exec(source)
          const afterFence = fenceEnd ? fenceEnd.index + fenceEnd[0].length : source.length
          readFrontMatter(yamlNode.value, afterFence)
        } else if (node.type === 'heading' || node.type === 'paragraph') {
          addBlock(node, context)
        } else if (node.type === 'blockquote') {
          collect(node.children, {container: ++containers, inList: context.inList, inQuote: true})
        } else if (node.type === 'list') {
          const inner = {container: ++containers, inList: true, inQuote: context.inQuote}
          for (const item of node.children) collect(item.children, inner)
        }
      }
    }

    function addBlock(node: Heading | Paragraph, context: Context) {
      const position = node.position
      if (!position) return
      const text = toString(node, {includeHtml: false, includeImageAlt: false})
      if (!text.trim()) return
      const meaningful = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()))
      const block: Block = {
        kind: node.type,
        strong: meaningful.length === 1 && meaningful[0].type === 'strong' ||
          (options.format === 'text' && /^\s*\*\*[^*].*\*\*\s*$/.test(text)),
        ...context,
        emphasis: meaningful.length === 1 && meaningful[0].type === 'emphasis',
        table: /^\s*\|.*\|/.test(text),
        field: node.type === 'paragraph' && isField(node),
        start: position.start,
        end: position.end,
        text,
        alt: false
      }
      if (node.type === 'heading') block.depth = node.depth
      info.blocks.push(block)
      inline(node.children, block)
    }

    /** Links (their spans) and images with alt text, in a block's inline content. */
    function inline(nodes: PhrasingContent[], block: Block) {
      for (const child of nodes) {
        if (child.type === 'link') {
          const {start, end} = child.position ?? {}
          if (start?.offset !== undefined && end?.offset !== undefined) info.links.push([start.offset, end.offset])
        } else if ((child.type === 'image' || child.type === 'imageReference') && child.alt) {
          block.alt = true
        }
        if ('children' in child) inline(child.children, block)
      }
    }

    function readFrontMatter(yaml: string, offset: number) {
      // YAML knows LF and CRLF only; a lone CR (old Mac line ends) becomes LF, same length, offsets kept.
      yaml = yaml.replace(/\r(?!\n)/g, '\n')
      // Most front matter is one string per line: read directly (src/document/simple-yaml.ts).
      const simple = yaml.length <= MAX_YAML_LENGTH ? simpleFields(yaml) : undefined
      if (simple) {
        for (const {key, value, keyStart, valueEnd} of simple) {
          const start = place.toPoint(offset + keyStart)
          const end = place.toPoint(offset + valueEnd)
          if (start && end) info.frontMatter[key] = {value, start, end}
        }
        return
      }
      // Bounded before parsing: the YAML parser's time, memory and stack grow with these.
      const unreadable = yaml.length > MAX_YAML_LENGTH
        ? `Front matter is too long to read (over ${MAX_YAML_LENGTH.toLocaleString('en-US')} characters); shorten the YAML`
        : yamlTooDeep(yaml) ? 'Front matter is nested too deeply to read; simplify the YAML' : undefined
      if (unreadable) {
        const start = place.toPoint(offset) ?? {line: 1, column: 1, offset: 0}
        problems.push({reason: unreadable, start, end: place.toPoint(offset + yaml.length) ?? start})
        return
      }
      let doc = parseDocument(yaml, {prettyErrors: false, uniqueKeys: false})
      let toOriginal = (at: number) => at
      const [error] = doc.errors
      if (error) {
        const start = place.toPoint(offset + error.pos[0]) ?? place.toPoint(offset)!
        const end = place.toPoint(offset + Math.max(error.pos[1], error.pos[0])) ?? start
        const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more YAML errors)` : ''
        // Quoted values continued on unindented lines: Jekyll's parser takes them, YAML 1.2 parsers do not.
        const fixed = indentContinuations(yaml)
        const repaired = parseDocument(fixed.text, {prettyErrors: false, uniqueKeys: false})
        if (repaired.errors.length === 0) {
          toOriginal = fixed.toOriginal
          problems.push({
            reason: `Front matter continues a quoted value on an unindented line${more}; indent the continuation lines, as strict YAML parsers reject them`,
            start, end, tier: 'secondary'
          })
          doc = repaired
        } else {
          problems.push({reason: `Invalid front matter: ${firstLine(error.message)}${more}; fix the YAML so the site can read the article's fields`, start, end})
          return
        }
      }
      if (!isMap(doc.contents)) return
      for (const item of doc.contents.items) {
        if (!isScalar(item.key) || !item.key.range) continue
        const key = String(item.key.value)
        const valueNode = item.value
        const value = isScalar(valueNode) ? valueNode.value : valueNode && typeof valueNode === 'object' && 'toJSON' in valueNode ? (valueNode as {toJSON(): unknown}).toJSON() : valueNode
        const range = isScalar(valueNode) && valueNode.range ? valueNode.range : item.key.range
        const start = place.toPoint(offset + toOriginal(item.key.range[0]))
        const end = place.toPoint(offset + toOriginal(range[1]))
        if (!start || !end) continue
        const field: FrontMatterField = {value, start, end}
        info.frontMatter[key] = field
      }
    }
  }
}

/**
 * Indent lines that continue a value (not a key, list item or comment) by two
 * spaces; `toOriginal` maps an offset in the result back to the input.
 */
export function indentContinuations(yaml: string): {text: string; toOriginal(at: number): number} {
  const inserted: number[] = []
  const text = yaml.replace(/^(?![ \t]|[\w"'-][^:\n]*:(?:[ \t]|$)|- |#|$)/gm, (_match, at: number) => {
    inserted.push(at + 2 * inserted.length)
    return '  '
  })
  return {
    text,
    // Binary search: called once per field, so a scan of `inserted` would be quadratic in the number of lines.
    toOriginal(at) {
      let low = 0
      let high = inserted.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (inserted[middle] <= at) low = middle + 1
        else high = middle
      }
      return at - 2 * low
    }
  }
}

/** `**Label:** value`, `**Label**: value`, `**Label**—value`, `Label: **value**`. */
function isField(node: Paragraph): boolean {
  const last = node.children.at(-1)
  const beforeLast = node.children.at(-2)
  if (last?.type === 'strong' && beforeLast?.type === 'text' && /:\s*$/.test(beforeLast.value)) return true
  const [first, second] = node.children
  if (!first || first.type !== 'strong' || node.children.length < 2) return false
  const label = toString(first).trim()
  if (/[:\u2014\u2013-]$/.test(label)) return true
  return second?.type === 'text' && /^\s*[:\u2014\u2013-]/.test(second.value)
}

function firstLine(text: string): string {
  return text.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '')
}
