/**
 * mdast-util-to-nlcst 7 (MIT, © Titus Wormer), for a run of blocks instead of
 * a whole tree: the same walk (`one`, `all`), the same positions (`patch`)
 * and the same passage from sentence content to a root (parse-latin's
 * sentence, paragraph and root plugins, then splits at terminal marks and
 * line breaks). One change: a line ending goes between two children only when
 * the second starts on a later line (the package also tries an earlier one, as
 * a character reference such as `&#10;` can make, and throws). The package
 * exports only the whole-tree function, which
 * builds a new `vfile-location` index of the whole file on every call; the
 * lazy tree (src/lazy-tree.ts) converts one block at a time, on demand, with
 * the file's one index (src/place.ts).
 *
 * The walk is done once, as `pieces`: the leaf text of a run of blocks and the
 * file offset each piece starts at, which is what a rule that matches on a
 * paragraph's text needs. Tokenizing is a second step over those pieces, so
 * the mapped text and the tokens cannot disagree on what the walk found.
 *
 * A second change: positions after a character reference or an escape are
 * the file's. A text's value holds `’` where the file has `&#8217;` and `*`
 * where it has `\*`; the package counts offsets along the value, so every
 * later word on the line lands that many columns early. A text whose value is
 * shorter than its source carries a map of where its value's stretches start
 * in the file (`sourceMap`), and tokens and mapped text are placed by it. The
 * tokens are the same: only their places move.
 */
import type {Nodes as MdastNodes} from 'mdast'
import type {Paragraph, Root, RootContent, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {pointEnd, pointStart} from 'unist-util-position'
import type {Place} from '../parse/place.ts'
import {endOffset, startOffset, textMap, type SourceMap} from '../text/source-map.ts'

export interface Parser {
  tokenize(value: string): SentenceContent[]
  tokenizeSentencePlugins: Array<(node: Sentence) => void>
  tokenizeParagraphPlugins: Array<(node: Paragraph) => void>
  tokenizeRootPlugins: Array<(node: Root) => void>
}

export interface State {
  doc: string
  place: Place
  parser: Parser
}

/**
 * A piece of leaf text and the offset mdast-util-to-nlcst gives its start: text to tokenize (text, image
 * alt), source (inline code: not prose), or white space (a break, a line ending between children).
 */
export interface Piece {
  kind: 'text' | 'source' | 'space'
  value: string
  offset: number | undefined
  /** Length the offset counts (a line ending between children is patched at its first length). */
  span: number
  /** A text whose value is shorter than its source: where its stretches start, in the value and in the file. */
  map?: SourceMap
}

/** mdast-util-to-nlcst's default `ignore`: tables are data, not prose. */
export const ignore = new Set(['table', 'tableRow', 'tableCell'])
const source = new Set(['inlineCode'])
const newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/
const terminalMarker = /^([!.?\u2026\u203D]+)$/

/** nlcst of consecutive sibling blocks, as mdast-util-to-nlcst makes it of the tree that holds only them. */
export function blocksToNlcst(state: State, nodes: MdastNodes[]): Root {
  return sentenceContentToRoot(state, tokenize(state, pieces(state, nodes)))
}

/** The leaf text of consecutive sibling blocks, piece by piece, in the order and at the offsets of their nlcst leaves. */
export function pieces(state: State, nodes: MdastNodes[]): Piece[] {
  const result: Piece[] = []
  all(state, nodes, result)
  return result
}

function sentenceContentToRoot(state: State, nodes: SentenceContent[]): Root {
  if (nodes.length === 0) return {type: 'RootNode', children: []}
  const start = pointStart(nodes[0])
  const end = pointEnd(nodes[nodes.length - 1])
  const sentence: Sentence = {type: 'SentenceNode', children: nodes}
  if (start && start.line && end && end.line) sentence.position = {start, end}
  for (const plugin of state.parser.tokenizeSentencePlugins) plugin(sentence)

  const paragraph: Paragraph = {type: 'ParagraphNode', children: splitNode(sentence, 'PunctuationNode', terminalMarker)}
  if (start && start.line && end && end.line) paragraph.position = {start: {...start}, end: {...end}}
  for (const plugin of state.parser.tokenizeParagraphPlugins) plugin(paragraph)

  const root: Root = {type: 'RootNode', children: splitNode(paragraph, 'WhiteSpaceNode', newLine)}
  if (start && start.line && end && end.line) root.position = {start: {...start}, end: {...end}}
  for (const plugin of state.parser.tokenizeRootPlugins) plugin(root)
  return root
}

/** Sentence content of the pieces: mdast-util-to-nlcst's `one` and `all`, after the walk. */
function tokenize(state: State, list: Piece[]): SentenceContent[] {
  const results: SentenceContent[] = []
  for (const piece of list) {
    const nodes: SentenceContent[] =
      piece.kind === 'text'
        ? state.parser.tokenize(piece.value)
        : piece.kind === 'source'
          ? [{type: 'SourceNode', value: piece.value}]
          : [{type: 'WhiteSpaceNode', value: '\n'.repeat(piece.span)}]
    patch(state, nodes, piece.offset, piece.map, 0)
    // A line ending is patched at its length, then made a break between paragraphs (`\n\n`).
    if (piece.kind === 'space') (nodes[0] as WhiteSpace).value = piece.value
    for (const node of nodes) results.push(node)
  }
  return results
}

function all(state: State, children: MdastNodes[], out: Piece[]): void {
  let end: ReturnType<typeof pointEnd>
  for (const child of children) {
    const start = pointStart(child)
    if (end && typeof end.line === 'number' && start && start.line > end.line) {
      const span = start.line - end.line
      // Make sure it’ll be seen as a break between paragraphs.
      out.push({kind: 'space', value: span < 2 ? '\n\n' : '\n'.repeat(span), offset: end.offset, span})
    }
    one(state, child, out)
    end = pointEnd(child)
  }
}

function one(state: State, node: MdastNodes, out: Piece[]): void {
  if (ignore.has(node.type)) return
  const start = node.position ? node.position.start.offset : undefined
  const end = node.position ? node.position.end.offset : undefined
  if (source.has(node.type)) {
    if (start !== undefined && end !== undefined) out.push({kind: 'source', value: state.doc.slice(start, end), offset: start, span: end - start})
  } else if ('children' in node) {
    all(state, node.children as MdastNodes[], out)
  } else if (node.type === 'image' || node.type === 'imageReference') {
    if (node.alt) out.push({kind: 'text', value: node.alt, offset: typeof start === 'number' ? start + 2 : undefined, span: node.alt.length})
  } else if (node.type === 'break') {
    out.push({kind: 'space', value: '\n', offset: start, span: 1})
  } else if (node.type === 'text') {
    const map = textMap(state.doc, node.value, start, end)
    out.push(map ? {kind: 'text', value: node.value, offset: start, span: end! - start!, map} : {kind: 'text', value: node.value, offset: start, span: node.value.length})
  }
}

/**
 * Places the tokens of a piece: `from` is the index of the piece's value they start at. The package counts
 * offsets along the value from the piece's offset; a piece with a map is placed by it.
 */
function patch(state: State, nodes: RootContent[], offset: number | undefined, map: SourceMap | undefined, from: number): void {
  let start = from
  for (const node of nodes) {
    if ('children' in node) patch(state, node.children as RootContent[], offset, map, start)
    const end = start + toString(node).length
    const startPoint = state.place.toPoint(map ? startOffset(map, start) : offset === undefined ? undefined : offset + start)
    const endPoint = state.place.toPoint(map ? endOffset(map, end) : offset === undefined ? undefined : offset + end)
    node.position = startPoint && endPoint ? {start: startPoint, end: endPoint} : undefined
    start = end
  }
}

function splitNode<T extends Sentence | Paragraph>(node: T, childType: string, expression: RegExp): T[] {
  const result: T[] = []
  let start = 0
  const children = node.children as RootContent[]
  for (let index = 0; index < children.length; index++) {
    const token = children[index]
    if (index === children.length - 1 || (token.type === childType && expression.test(toString(token)))) {
      const parent = {type: node.type, children: children.slice(start, index + 1)} as T
      const first = children[start]
      if (first.position && token.position) parent.position = {start: first.position.start, end: token.position.end}
      result.push(parent)
      start = index + 1
    }
  }
  return result
}
