/**
 * The article's paragraphs as nlcst, one per block. mdast-util-to-nlcst
 * splits a hard-wrapped paragraph wherever a line break falls between two
 * sentences; rules that read a paragraph as a whole (quotes and their
 * attribution, datelines) need it joined again.
 */
import type {Paragraph, Root} from 'nlcst'
import {blockOf} from './units.ts'
import {mapText} from './mapped-text.ts'
import type {Block} from '../types.ts'

export interface ParagraphGroup {
  block?: Block
  node: Paragraph
}

const cache = new WeakMap<Root, {blocks: Block[]; groups: ParagraphGroup[]}>()

/** The groups are computed once per tree (several rules read them); callers must not change them. */
export function paragraphs(tree: Root, blocks: Block[]): ParagraphGroup[] {
  const cached = cache.get(tree)
  if (cached && cached.blocks === blocks) return cached.groups
  const groups = group(tree, blocks)
  cache.set(tree, {blocks, groups})
  return groups
}

function group(tree: Root, blocks: Block[]): ParagraphGroup[] {
  const groups: ParagraphGroup[] = []
  let pending: Paragraph['children'] = []
  for (const child of tree.children) {
    if (child.type === 'WhiteSpaceNode') {
      pending.push(child)
      continue
    }
    if (child.type !== 'ParagraphNode') continue
    // A block of the lazy tree is already one paragraph; reading its children would tokenize it.
    const lazy = blockOf(child)
    if (lazy) {
      groups.push({block: lazy, node: child})
      pending = []
      continue
    }
    const offset = child.position?.start.offset
    const block = offset === undefined ? undefined : blockAt(blocks, offset)
    const last = groups.at(-1)
    if (last && block && last.block === block) extendGroup(last.node, pending, child)
    else groups.push({block, node: startGroup(child)})
    pending = []
  }
  return groups
}

/** A group's paragraph, started from an nlcst paragraph (its children copied: the tree's own stay as they are). */
export function startGroup(child: Paragraph): Paragraph {
  return {type: 'ParagraphNode', children: [...child.children], position: child.position}
}

/**
 * A later nlcst paragraph of the same block joins the group, with the white space between them.
 * Node by node: a spread of 100,000+ nodes as arguments overflows the stack.
 */
export function extendGroup(group: Paragraph, between: Paragraph['children'], child: Paragraph): void {
  for (const node of between) group.children.push(node)
  for (const node of child.children) group.children.push(node)
  if (child.position && group.position) group.position = {start: group.position.start, end: child.position.end}
}

/** The block that contains `offset` (binary search over blocks in document order). */
export function blockAt(blocks: Block[], offset: number): Block | undefined {
  let low = 0
  let high = blocks.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const block = blocks[mid]
    if ((block.end.offset ?? 0) < offset) low = mid + 1
    else if ((block.start.offset ?? 0) > offset) high = mid - 1
    else return block
  }
  return undefined
}

/**
 * Whether `pattern` (one character, not global) may match the group's mapped
 * text. The block's text holds every character of its nlcst leaves unless the
 * block has image alt text, so one test of that string answers for most
 * paragraphs.
 */
export function mayHold(group: ParagraphGroup, pattern: RegExp): boolean {
  const block = group.block
  return block && !block.alt ? pattern.test(block.text) : pattern.test(mapText(group.node).text)
}
