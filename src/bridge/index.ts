/**
 * The bridge from mdast to retext: remark-retext's bridge mode, block by block
 * and on demand, with a parser that stays linear.
 *
 * remark-retext tokenizes the whole document at once. Here each block
 * (paragraph or heading) is tokenized on its own, the first time a rule reads
 * its words (src/lazy-tree.ts): most blocks never are, which takes most of the
 * bridge's cost away. The rules read paragraphs grouped by block, and
 * `test/lazy-tree.test.ts` shows the same groups as mdast-util-to-nlcst makes
 * block by block, and the same findings as remark-retext's whole-document tree
 * on every corpus article. (Tokenized whole, a block can lend its neighbour a
 * sentence's trailing marks or leading white space; block by block it cannot.)
 *
 * Within a block, mdast-util-to-nlcst tokenizes the text as one sentence, splits it at
 * terminal marks into one paragraph, and runs parse-latin's sentence and
 * paragraph plugins over those two lists. Each plugin merges nodes with
 * `Array#splice`, so a merge costs the length of the whole document: quadratic
 * in the number of sentences (100,000 characters of `.,;:!?` took 3.6 s; a
 * 5 MB line over 10 s). Here every plugin list runs over consecutive windows
 * of at most `WINDOW` nodes instead. A window ends at a safe cut: before white
 * space for sentence content (no merge spans white space), and after a
 * sentence followed by one that starts with a capitalised word for paragraph
 * content (no paragraph plugin merges those). Blocks below `WINDOW` nodes
 * — every block in the corpus — are parsed exactly as remark-retext does.
 *
 * A block without sentence-ending marks (lines with no full stop) is one
 * sentence to the end, so windows of sentences do not help:
 * parse-latin's `breakImplicitSentences` then breaks it at each blank line by
 * copying the rest of it (20,000 such lines: 21 s, 750 MB peak). Here that
 * plugin is replaced by `breakAtBlankLines`, which makes the same cuts in one
 * pass; and the root plugins, which move white space between a paragraph and
 * its siblings with `Array#splice`, run over windows too (any cut is safe:
 * each of them changes one child and its place).
 */
import type {Root as MdastRoot} from 'mdast'
import type {Paragraph, Root, Sentence, WhiteSpace, Word} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {lazyTree} from './lazy-tree.ts'
import {placeOf} from '../parse/place.ts'

export const WINDOW = 2_000

type Parent = Root | Paragraph | Sentence
type Plugin<T extends Parent> = (node: T) => void

export default function copydeskBridge(destination: Processor) {
  const processor = destination.freeze()
  return async function (tree: MdastRoot, file: VFile) {
    const parser = new ParseLatin()
    add(parser.tokenizeParagraphPlugins, processor.data('nlcstParagraphExtensions'))
    add(parser.tokenizeRootPlugins, processor.data('nlcstRootExtensions'))
    add(parser.tokenizeSentencePlugins, processor.data('nlcstSentenceExtensions'))
    parser.tokenizeSentencePlugins = [windowed(parser.tokenizeSentencePlugins, sentenceCut)]
    parser.tokenizeParagraphPlugins = [windowed(linearBreaks(parser.tokenizeParagraphPlugins), paragraphCut)]
    parser.tokenizeRootPlugins = [windowed(parser.tokenizeRootPlugins, () => true)]
    const state = {doc: String(file.value ?? ''), place: placeOf(file), parser}
    await processor.run(lazyTree(tree, state, file.data.copydesk?.blocks ?? []) as never, file)
  }
}

function add<T>(list: T[], values: unknown): void {
  if (Array.isArray(values)) list.unshift(...(values as T[]))
}

/** Run `plugins` over the node, or over consecutive windows of its children when it has many. */
export function windowed<T extends Parent>(plugins: Array<Plugin<T>>, safeCut: (children: T['children'], index: number) => boolean): Plugin<T> {
  return function (node) {
    const children = node.children as T['children']
    if (children.length <= WINDOW) {
      for (const plugin of plugins) plugin(node)
      return
    }
    const result: Array<T['children'][number]> = []
    let from = 0
    while (from < children.length) {
      let to = Math.min(children.length, from + WINDOW)
      // The first safe cut at or after a full window; a hard cut when none comes within another window.
      for (let k = to; k < children.length && k < to + WINDOW; k++) {
        if (safeCut(children, k)) {
          to = k
          break
        }
      }
      const part = {...node, children: children.slice(from, to)} as T
      for (const plugin of plugins) plugin(part)
      result.push(...(part.children as Array<T['children'][number]>))
      from = to
    }
    node.children = result as never
    const first = result[0]?.position
    const last = result.at(-1)?.position
    if (node.position && first && last) node.position = {start: {...first.start}, end: {...last.end}}
  }
}

/** A cut before white space splits no word. */
function sentenceCut(children: Sentence['children'], index: number): boolean {
  return children[index].type === 'WhiteSpaceNode'
}

/** A cut before a sentence that starts (after white space) with a capitalised word merges nothing. */
function paragraphCut(children: Paragraph['children'], index: number): boolean {
  const sentence = children[index]
  const previous = children[index - 1]
  if (sentence.type !== 'SentenceNode' || previous?.type !== 'SentenceNode') return false
  let k = 0
  while (sentence.children[k]?.type === 'WhiteSpaceNode') k++
  const word = sentence.children[k]
  if (word?.type !== 'WordNode') return false
  const text = word.children[0]
  return text?.type === 'TextNode' && /^\p{Lu}\p{Ll}/u.test(text.value) && !endsWithAbbreviation(previous)
}

/** `Mr.`, `St.`, `U.S.`: a short word before the final full stop may be merged with what follows. */
function endsWithAbbreviation(sentence: Sentence): boolean {
  const words = sentence.children.filter((child) => child.type === 'WordNode')
  const last = words.at(-1)
  if (!last) return true
  const value = last.children.map((child) => ('value' in child ? child.value : '')).join('')
  return value.length <= 3
}

/** The paragraph plugins with parse-latin's `breakImplicitSentences` replaced by `breakAtBlankLines`. */
export function linearBreaks(plugins: Array<Plugin<Paragraph>>): Array<Plugin<Paragraph>> {
  return plugins.map((plugin) => (plugin === breakImplicitSentences ? breakAtBlankLines : plugin))
}

/**
 * parse-latin's `breakImplicitSentences`, linear: every sentence is cut at each white space holding
 * two or more line breaks (neither its first nor its last child), the white space becoming a sibling
 * between the two parts. parse-latin cuts one at a time and copies the rest of the sentence each time.
 */
function breakAtBlankLines(paragraph: Paragraph): void {
  const result: Paragraph['children'] = []
  for (const child of paragraph.children) {
    result.push(child)
    if (child.type !== 'SentenceNode') continue
    const children = child.children
    let current: Sentence = child
    let start = 0
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]
      if (position === start || node.type !== 'WhiteSpaceNode' || !isBlankLine(node)) continue
      current.children = children.slice(start, position)
      const insertion: Sentence = {type: 'SentenceNode', children: []}
      const tail = children[position - 1]
      const head = children[position + 1]
      // The same positions as parse-latin gives (the last part keeps the sentence's end).
      if (current.position && tail.position && head.position) {
        const end = current.position.end
        current.position.end = tail.position.end
        insertion.position = {start: head.position.start, end}
      }
      result.push(node, insertion)
      current = insertion
      start = position + 1
    }
    if (current !== child) current.children = children.slice(start)
  }
  paragraph.children = result
}

/** Two or more line breaks (CRLF counts as one), counted without splitting: this runs on all white space. */
function isBlankLine(node: WhiteSpace): boolean {
  const value = node.value
  let breaks = 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === 13 /* \r */) {
      if (value.charCodeAt(i + 1) === 10) i++
      breaks++
    } else if (c === 10 /* \n */) {
      breaks++
    }
    if (breaks >= 2) return true
  }
  return false
}

/** parse-latin's `breakImplicitSentences` (not exported): of its paragraph plugins, the one that cuts a sentence at a blank line. */
const breakImplicitSentences = ParseLatin.prototype.tokenizeParagraphPlugins.find((plugin) => {
  const word = (value: string): Word => ({type: 'WordNode', children: [{type: 'TextNode', value}]})
  const probe: Paragraph = {
    type: 'ParagraphNode',
    children: [{type: 'SentenceNode', children: [word('a'), {type: 'WhiteSpaceNode', value: '\n\n'}, word('b')]}]
  }
  plugin(probe)
  return probe.children.length === 3
})
