/**
 * The bridge from mdast to retext: remark-retext's bridge mode, with one
 * change that keeps it linear.
 *
 * mdast-util-to-nlcst tokenizes a whole document as one sentence, splits it at
 * terminal marks into one paragraph, and runs parse-latin's sentence and
 * paragraph plugins over those two lists. Each plugin merges nodes with
 * `Array#splice`, so a merge costs the length of the whole document: quadratic
 * in the number of sentences (100,000 characters of `.,;:!?` took 3.6 s; a
 * 5 MB line over 10 s). Here every plugin list runs over consecutive windows
 * of at most `WINDOW` nodes instead. A window ends at a safe cut: before white
 * space for sentence content (no merge spans white space), and after a
 * sentence followed by one that starts with a capitalised word for paragraph
 * content (no paragraph plugin merges those). Documents below `WINDOW` nodes
 * — every article in the corpus — are parsed exactly as remark-retext does.
 */
import type {Root as MdastRoot} from 'mdast'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {Paragraph, Root, Sentence} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'

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
    parser.tokenizeParagraphPlugins = [windowed(parser.tokenizeParagraphPlugins, paragraphCut)]
    await processor.run(toNlcst(tree, file, parser) as never, file)
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
