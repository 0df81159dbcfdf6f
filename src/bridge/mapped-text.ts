/**
 * Plain text of an nlcst node with a map back to file positions: rules match
 * on the text (one string, linear scans) and report at true positions.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {mappedOf, type MappedText} from './units.ts'
import {placeOf} from '../parse/place.ts'
import {firstIndex} from '../text/search.ts'

export type {MappedText}

type Parent = Root | Paragraph | Sentence
type Node = Parent['children'][number]

const mappedCache = new WeakMap<Parent, MappedText>()

/** Mapped once per node (several rules read the same paragraphs); callers must not change it. */
export function mapText(node: Parent): MappedText {
  let mapped = (node.type === 'ParagraphNode' && mappedOf(node)) || mappedCache.get(node)
  if (!mapped) mappedCache.set(node, (mapped = map(node)))
  return mapped
}

function map(node: Parent): MappedText {
  const result: MappedText = {text: '', at: [], offsets: []}
  const parts: string[] = []
  let length = 0
  visit(node)
  result.text = parts.join('')
  return result

  function visit(current: Parent | Node) {
    if ('children' in current) {
      for (const child of current.children) visit(child as Node)
      return
    }
    const value = current.type === 'SourceNode' ? ' '.repeat(current.value.length) : current.value
    const offset = current.position?.start.offset
    if (offset === undefined) return
    result.at.push(length)
    result.offsets.push(offset)
    parts.push(value)
    length += value.length
    // A leaf written longer in the file (`&rdquo;` for `”`): what ends with it ends where it ends in the file.
    const end = current.position?.end.offset
    if (end !== undefined && end - offset !== value.length) {
      result.at.push(length)
      result.offsets.push(end)
    }
  }
}

/** File offset of index `i` of the mapped text. */
export function offsetOf(mapped: MappedText, i: number): number {
  if (mapped.at.length === 0) return 0
  // The last leaf that starts at or before `i`.
  const leaf = Math.max(0, firstIndex(mapped.at.length, (k) => mapped.at[k] > i) - 1)
  return mapped.offsets[leaf] + (i - mapped.at[leaf])
}

/** Point in `file` of index `i` of the mapped text (clamped into the file). */
export function pointOf(file: VFile, mapped: MappedText, i: number): Point {
  const length = String(file.value ?? '').length
  const offset = Math.max(0, Math.min(offsetOf(mapped, i), length))
  return placeOf(file).toPoint(offset) ?? {line: 1, column: 1, offset: 0}
}

/** Length of `toString(node)` without building the string. */
export function textLength(node: Parent | Node): number {
  if ('children' in node) {
    let length = 0
    for (const child of node.children) length += textLength(child as Node)
    return length
  }
  return node.value.length
}
