/**
 * What the lazy tree knows of each of its paragraphs before tokenizing it:
 * the block it stands for and its leaf text mapped to file offsets. The lazy
 * tree (src/bridge/lazy-tree.ts) writes it; paragraph grouping and mapped text
 * read it, so neither needs the lazy tree itself.
 */
import type {Nodes as MdastNodes} from 'mdast'
import type {Paragraph} from 'nlcst'
import type {State} from './to-nlcst.ts'
import type {Block} from '../types.ts'

export interface MappedText {
  text: string
  /** Start of each leaf in `text`… */
  at: number[]
  /** …and its offset in the file. */
  offsets: number[]
}

export interface Unit {
  state: State
  nodes: MdastNodes[]
  block: Block
  mapped: MappedText
}

export const units = new WeakMap<Paragraph, Unit>()

/** The block a lazy paragraph stands for (undefined for any other node). */
export function blockOf(node: Paragraph): Block | undefined {
  return units.get(node)?.block
}

/** The leaf text and offsets of a lazy paragraph, without tokenizing it (undefined for any other node). */
export function mappedOf(node: Paragraph): MappedText | undefined {
  return units.get(node)?.mapped
}
