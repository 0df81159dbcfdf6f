/**
 * Limits on the mdast tree before the bridge to retext, so that no file can
 * overflow the stack:
 * - mdast-util-to-nlcst recurses once per level of nesting and gathers each
 *   node's words with `push(...words)`, which throws past ~100,000 arguments;
 * - the document plugin walks containers recursively.
 * Nesting deeper than `MAX_DEPTH` is flattened to its text (a pathological
 * `> > > …` still has its words linted), and a node whose source spans more
 * than `MAX_SPAN` characters (a 5 MB single line) is cut into consecutive
 * nodes of the same kind. Positions stay true to the file. Linear time.
 *
 * The cut is the bridge's concern only: `copydeskSpans` runs after the
 * document plugin has recorded the article's blocks, so a long paragraph is
 * still one block to the rules (its pieces are never compared with each
 * other) and one paragraph to those that regroup nlcst by block.
 *
 * It also cuts every multi-line text node into one node per line, each placed
 * where its line really starts: mdast drops the indentation and container
 * markers of continuation lines (`- item\n  more`, `> a\n> b`, ` b`) from a
 * text's value, and mdast-util-to-nlcst counts offsets as if the value were
 * contiguous in the file, so without this every later word drifts. A line with
 * escapes or character references is longer in the file than in the value: it
 * starts where the value lines up with the rest of the line (src/text/source-map.ts).
 */
import type {Nodes, Parent, Root, Text} from 'mdast'
import type {VFile} from 'vfile'
import {placeOf, type Place} from './place.ts'
import {endOffset, sourceMap, startOffset, textMap} from '../text/source-map.ts'

export const MAX_DEPTH = 48
export const MAX_SPAN = 20_000

const flow = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition'])

export default function copydeskGuard(options: {format?: 'markdown' | 'text'} = {}) {
  return function (tree: Root, file: VFile) {
    limitDepth(tree)
    splitLines(tree, String(file.value ?? ''), placeOf(file))
  }
}

/** Cut every node whose source spans more than `MAX_SPAN` characters (after the document plugin). */
export function copydeskSpans() {
  return function (tree: Root, file: VFile) {
    const place = placeOf(file)
    const source = String(file.value ?? '')
    tree.children = tree.children.flatMap((child) => limitSpan(child as Nodes, place, source) as Root['children'])
  }
}

/** Flatten everything below `MAX_DEPTH` into its text leaves (iterative: no recursion). */
function limitDepth(tree: Root): void {
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (!('children' in node)) continue
    if (depth >= MAX_DEPTH) {
      const leaves = textLeaves(node)
      ;(node as Parent).children = (flow.has(node.type) ? [{type: 'paragraph', children: leaves, position: node.position}] : leaves) as Parent['children']
      continue
    }
    for (const child of node.children) stack.push([child as Nodes, depth + 1])
  }
}

function textLeaves(node: Parent): Text[] {
  const leaves: Text[] = []
  const stack: Nodes[] = [...node.children].reverse() as Nodes[]
  while (stack.length) {
    const current = stack.pop()!
    if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes)
    } else if (current.type === 'text') {
      leaves.push(current)
    }
  }
  return leaves
}


/** The node, or consecutive pieces of it when its source is longer than `MAX_SPAN`. */
function limitSpan(node: Nodes, place: Place, source: string): Nodes[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  // Nothing inside a short node is long: a node's text is never longer than its source (nearly every node).
  if (start !== undefined && end !== undefined && end - start <= MAX_SPAN) return [node]
  if (node.type === 'text') return start !== undefined && node.value.length > MAX_SPAN ? splitText(node, start, place, source) : [node]
  if (!('children' in node)) return [node]
  node.children = node.children.flatMap((child) => limitSpan(child as Nodes, place, source)) as Parent['children']
  if (start === undefined || end === undefined || end - start <= MAX_SPAN || node.children.length < 2) return [node]
  // Consecutive copies of this node, each holding children that span at most MAX_SPAN.
  const pieces: Nodes[] = []
  let group: Nodes[] = []
  let groupStart = start
  const flush = (last: boolean) => {
    if (!group.length) return
    const from = place.toPoint(groupStart)
    const lastEnd = last ? end : group.at(-1)!.position?.end.offset ?? groupStart
    const to = place.toPoint(lastEnd)
    pieces.push({...node, children: group, position: from && to ? {start: from, end: to} : node.position} as Nodes)
    group = []
  }
  for (const child of node.children as Nodes[]) {
    const childEnd = child.position?.end.offset
    if (group.length && childEnd !== undefined && childEnd - groupStart > MAX_SPAN) {
      flush(false)
      groupStart = child.position?.start.offset ?? groupStart
    }
    group.push(child)
  }
  flush(true)
  return pieces
}

/** Cut a long text at white space (or anywhere, if it has none), positions from the source (past escapes and references). */
function splitText(node: Text, start: number, place: Place, source: string): Text[] {
  const value = node.value
  const map = textMap(source, value, start, node.position?.end.offset)
  const pieces: Text[] = []
  let from = 0
  while (from < value.length) {
    let to = Math.min(value.length, from + MAX_SPAN)
    if (to < value.length) {
      const space = value.lastIndexOf(' ', to)
      if (space > from + MAX_SPAN / 2) to = space + 1
      else if (/[\uDC00-\uDFFF]/.test(value[to])) to--
    }
    const a = place.toPoint(map ? startOffset(map, from) : start + from)
    const b = place.toPoint(map ? endOffset(map, to) : start + to)
    pieces.push({type: 'text', value: value.slice(from, to), position: a && b ? {start: a, end: b} : node.position})
    from = to
  }
  return pieces
}

/** One text node per line, each at its line's true offset (iterative). */
function splitLines(tree: Root, source: string, place: Place): void {
  const stack: Nodes[] = [tree]
  while (stack.length) {
    const node = stack.pop()!
    if (!('children' in node)) continue
    let changed = false
    const children: Nodes[] = []
    for (const child of node.children as Nodes[]) {
      if (child.type === 'text' && /[\r\n]/.test(child.value) && child.position?.start.offset !== undefined) {
        children.push(...perLine(child, source, place))
        changed = true
      } else {
        children.push(child)
        stack.push(child)
      }
    }
    if (changed) (node as Parent).children = children as Parent['children']
  }
}

/**
 * Where a line's value starts in `source` when it decodes the rest of the line up to `end`: the first
 * start after the line's prefix (indentation and `>` markers, which a value never starts with). A start
 * inside the prefix fails at its first character, so the search is linear in the line.
 */
function decodedStart(source: string, content: string, lineStart: number, end: number): number | undefined {
  for (let start = lineStart; start < end; start++) {
    if (sourceMap(source, content, start, end)) return start
    const code = source.charCodeAt(start)
    if (code !== 32 && code !== 9 && code !== 62) return undefined
  }
  return undefined
}

function perLine(node: Text, source: string, place: Place): Text[] {
  const lines = node.value.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [node.value]
  const first = node.position!.start
  const endOffset = node.position!.end.offset ?? source.length
  const pieces: Text[] = []
  for (const [k, line] of lines.entries()) {
    const content = line.replace(/[\r\n]+$/, '')
    const lineNumber = first.line + k
    let start: number
    if (k === 0) start = first.offset!
    else {
      const lineStart = place.toOffset({line: lineNumber, column: 1})
      if (lineStart === undefined) return [node]
      // The last line of a text that ends in a line break (an inline node starts the next line): its end is before the break.
      let lineEnd = k === lines.length - 1 ? endOffset - (line.length - content.length) : lineStart
      if (k < lines.length - 1) while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++
      // The value's line is the end of the source line (its prefix dropped); trailing blanks may be dropped too.
      let candidate = lineEnd - content.length
      if (source.slice(candidate, lineEnd) !== content) {
        let trimmed = lineEnd
        while (trimmed > lineStart && (source[trimmed - 1] === ' ' || source[trimmed - 1] === '\t')) trimmed--
        if (source.slice(trimmed - content.length, trimmed) === content) candidate = trimmed - content.length
        // Escapes or character references on the line: its source is longer than its value; it starts
        // where the value lines up with the rest of the line.
        else candidate = decodedStart(source, content, lineStart, lineEnd) ?? decodedStart(source, content, lineStart, trimmed) ?? candidate
      }
      start = Math.min(Math.max(candidate, lineStart), lineEnd)
    }
    const from = place.toPoint(start)
    const next = k < lines.length - 1 ? place.toPoint(place.toOffset({line: lineNumber + 1, column: 1}) ?? -1) : node.position!.end
    if (!from || !next) return [node]
    pieces.push({type: 'text', value: line, position: {start: from, end: next}})
  }
  return pieces
}
