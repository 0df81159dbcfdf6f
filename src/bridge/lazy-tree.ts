/**
 * The article as nlcst, one paragraph per block, each tokenized the first
 * time something reads its children.
 *
 * Tokenizing is most of what the bridge to retext costs, and most blocks
 * never need it: no rule reads the words of a paragraph without a quote mark,
 * a date or a word that follows itself. So every block (an mdast paragraph or
 * heading, or the consecutive pieces of one that the long-node cut made) is a
 * `ParagraphNode` whose `children` and `position` are getters: the first read
 * converts the block (src/to-nlcst.ts) and replaces them with plain values.
 * Until then, `mappedOf` gives the block's leaf text and offsets from mdast
 * alone, equal to what the tokenized paragraph maps to (src/nlcst-text.ts).
 *
 * The paragraph is the one `paragraphs()` made of remark-retext's tree, which
 * splits a block at every line break between two sentences and which the
 * rules regrouped by block: the same sentences, white space and positions
 * (test/lazy-tree.test.ts compares them on the corpus and on random
 * documents). Blocks whose text starts or ends with white space, is all white
 * space, runs past the end of the file (offsets), or belongs to no recorded
 * block are converted at once and added as
 * remark-retext's paragraphs, which `paragraphs()` groups as it always did.
 */
import type {Nodes as MdastNodes, Parents as MdastParents, Root as MdastRoot} from 'mdast'
import type {Paragraph, Root, RootContent} from 'nlcst'
import {blockAt, extendGroup, startGroup} from './paragraphs.ts'
import {units, type MappedText, type Unit} from './units.ts'
import {blocksToNlcst, ignore, pieces, type Piece, type State} from './to-nlcst.ts'
import type {Block} from '../types.ts'

/** parse-latin's white space (its `whiteSpace` expression). */
export const whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

/**
 * `whiteSpace` by character code, for scans over every paragraph (a match object per run of spaces was
 * repeated-words' largest allocation); a test compares the two on every code unit.
 */
export function isWhiteSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0x85 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
}
/** Anything else. */
const notWhiteSpace = new RegExp('[^' + whiteSpace.source.slice(1))

export function lazyTree(tree: MdastRoot, state: State, blocks: Block[]): Root {
  const root: Root = {type: 'RootNode', children: []}
  let run: MdastNodes[] = []
  let runBlock: Block | undefined

  walk(tree)
  flush()
  if (tree.position) root.position = {start: {...tree.position.start}, end: {...tree.position.end}}
  return root

  /** Paragraphs and headings in document order (the order mdast-util-to-nlcst reads them), runs of one block together. */
  function walk(node: MdastParents) {
    for (const child of node.children as MdastNodes[]) {
      if (ignore.has(child.type)) continue
      if (child.type === 'paragraph' || child.type === 'heading') {
        const offset = child.position?.start.offset
        const block = offset === undefined ? undefined : blockAt(blocks, offset)
        if (!(block && block === runBlock)) flush()
        run.push(child)
        runBlock = block
      } else if ('children' in child) {
        walk(child)
      }
    }
  }

  function flush() {
    if (run.length === 0) return
    const nodes = run
    const block = runBlock
    run = []
    runBlock = undefined
    const mapped = block && safeMapped(state, nodes)
    if (block && mapped) {
      root.children.push(lazyParagraph({state, nodes, block, mapped}))
    } else {
      for (const child of blocksToNlcst(state, nodes).children) root.children.push(child)
    }
  }
}

function lazyParagraph(unit: Unit): Paragraph {
  const node = {type: 'ParagraphNode'} as Paragraph
  const materialize = () => {
    const {children, position} = join(blocksToNlcst(unit.state, unit.nodes).children)
    Object.defineProperty(node, 'children', {value: children, writable: true, enumerable: true, configurable: true})
    Object.defineProperty(node, 'position', {value: position, writable: true, enumerable: true, configurable: true})
  }
  for (const key of ['children', 'position'] as const) {
    Object.defineProperty(node, key, {
      enumerable: true,
      configurable: true,
      get() {
        materialize()
        return node[key]
      },
      set(value) {
        // Replaced, not read: the block's own tokens and mapped text no longer stand for it.
        units.delete(node)
        Object.defineProperty(node, key, {value, writable: true, enumerable: true, configurable: true})
      }
    })
  }
  units.set(node, unit)
  return node
}

/** One paragraph of a block's nlcst paragraphs, with the white space between them (what `paragraphs()` made). */
function join(children: RootContent[]): Pick<Paragraph, 'children' | 'position'> {
  let result: Paragraph | undefined
  let pending: Paragraph['children'] = []
  for (const child of children) {
    if (child.type === 'WhiteSpaceNode') {
      pending.push(child)
      continue
    }
    if (child.type !== 'ParagraphNode') continue
    if (result) extendGroup(result, pending, child)
    else result = startGroup(child)
    pending = []
  }
  return {children: result?.children ?? [], position: result?.position}
}

/**
 * The block's mapped text from mdast, or undefined when it might differ from the tokenized paragraph's:
 * white space at either end (parse-latin moves it out of the paragraph), no prose at all, or a piece whose
 * offsets run past the end of the file (its leaves would have no position).
 */
function safeMapped(state: State, nodes: MdastNodes[]): MappedText | undefined {
  const mapped: MappedText = {text: '', at: [], offsets: []}
  const parts: string[] = []
  let length = 0
  let prose = false
  let head: Piece | undefined
  let tail: Piece | undefined
  for (const piece of pieces(state, nodes)) {
    if (piece.offset === undefined) continue
    if (piece.offset + piece.span > state.doc.length) return undefined
    const source = piece.kind === 'source'
    const value = source ? ' '.repeat(piece.value.length) : piece.value
    if (piece.map) {
      // Each stretch of a text with escapes or character references, where it lies in the file.
      for (let k = 0; k < piece.map.at.length; k++) {
        mapped.at.push(length + piece.map.at[k])
        mapped.offsets.push(piece.map.offsets[k])
      }
    } else {
      mapped.at.push(length)
      mapped.offsets.push(piece.offset)
    }
    parts.push(value)
    length += value.length
    if (!prose && !source && notWhiteSpace.test(piece.value)) prose = true
    head ??= piece
    tail = piece
  }
  if (!prose || !head || !tail) return undefined
  if ((head.kind !== 'source' && whiteSpace.test(head.value.charAt(0))) || (tail.kind !== 'source' && whiteSpace.test(tail.value.charAt(tail.value.length - 1)))) return undefined
  mapped.text = parts.join('')
  return mapped
}
