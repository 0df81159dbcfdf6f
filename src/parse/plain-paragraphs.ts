/**
 * Paragraphs of plain prose, read without the Markdown parser. Most of an
 * article is paragraphs with no markup in them at all, and micromark spends
 * the same work on every character of them as on markup: tokens, events, a
 * second pass for the inline content, then the tree. A paragraph that cannot
 * hold markup has one tree: a `paragraph` with one `text`, whose value is the
 * paragraph's source; with links, a text, a link holding a text, and so on.
 *
 * Plugin (`copydeskPlainParagraphs`): wraps the Markdown parser set before it.
 * The parser still reads every document, but each plain paragraph is handed to
 * it as one letter (`x`, a plain paragraph too, so the document's blocks stay
 * what they were); its tree is then put back with the real paragraphs and
 * with every other node's place moved to where it lies in the document. What
 * makes a paragraph plain is deliberately narrow (below); a document that has
 * anything which could make a paragraph mean something else elsewhere is
 * parsed whole, as before. The trees are the same: tests compare them with
 * the parser's on generated documents (test/plain-paragraphs.test.ts) and on
 * every article of the shared collections (test/corpus/plain-paragraphs.test.ts).
 *
 * A block is plain when it is a run of non-blank lines, after a blank line, at
 * the document's start or right after its front matter, up to a blank line or
 * the end, and every line
 * - starts with none of what can start a block (space or tab, `#`, `>`, `-`,
 *   `+`, `=`, `~`, digits then `.` or `)`),
 * - ends with no space or tab (a hard break, or white space the parser drops),
 * - has none of what can start inline markup: `\`, `` ` ``, `*`, `_`, `[`,
 *   `]`, `<`, a character reference (`&amp;`, `&#38;`), a tab or a control
 *   character; except links of the simplest form, `[text](address)`, whose
 *   text has none of those and neither starts nor ends with white space, and
 *   whose address is printable ASCII without spaces, brackets, parentheses,
 *   `<`, `>`, `\`, `` ` `` or `*` (and no `!` before them: an image).
 * A document is parsed whole when it starts with a byte order mark (the parser drops it; the pipeline
 * has dropped one already, so this is a second), has a carriage return, a link definition (`]:`,
 * which can change a paragraph anywhere), or front matter without a line that is exactly `---` to
 * close it. What can run over blank lines from where it starts, a code fence (```, ~~~) or the start
 * of an HTML block that can (`<!`, `<?`, `<script`, `<pre`, `<style`, `<textarea`), changes only the
 * lines from its own on: paragraphs before the first line that holds one are plain, none after it.
 */
import type {Paragraph, Root} from 'mdast'
import type {Node, Parent, Point} from 'unist'
import type {Processor} from 'unified'

/** Anywhere in a document: the document is parsed whole. */
const HAZARD = /\r|\]:/
/** From the line that holds one on, the document is the parser's (Markdown reads lines top to bottom). */
const RUNS_ON = /```|~~~|<(?:[!?]|script|pre|style|textarea)/gi

/** A character reference (a superset: `&foo;` is one only when `foo` is a known name). */
const REFERENCE = /&#?[A-Za-z0-9]+;/y

/** A link of the simplest form (see above), from its `[` to its `)`. */
const LINK = /\[[^\s\x00-\x1f\x7f[\]\\`*_<>](?:[^\x00-\x1f\x7f[\]\\`*_<>]*[^\s\x00-\x1f\x7f[\]\\`*_<>])?\]\([^\x00-\x20\x7f-\uffff()<>[\]\\`*]+\)/y

/** A line that starts an ordered list item, or might (`1.`, `12)`). */
const ORDERED = /\d{1,9}[.)]/y

/** A plain block: from `start` to `end` (its last line's end), lines `line` to `line + lines - 1`. */
export interface PlainBlock {
  start: number
  end: number
  line: number
  lines: number
  /** Where its links start (their `[`). */
  links: number[]
}

/** The plain blocks of a document (see above); none when it must be parsed whole. */
export function plainBlocks(doc: string): PlainBlock[] {
  // A leading byte order mark is not the parser's text: it drops it and counts places after it.
  if (doc.charCodeAt(0) === 0xfeff || HAZARD.test(doc)) return []
  const blocks: PlainBlock[] = []
  let offset = 0
  let line = 1
  if (/^---[ \t]*\n/.test(doc)) {
    // Front matter: plain blocks start after the first line that is exactly `---` (the parser may
    // close it earlier, on `---` and white space; never later).
    const close = /\n---(?:\n|$)/g
    close.lastIndex = 3
    const found = close.exec(doc)
    if (!found) return []
    offset = found.index + found[0].length
    for (let i = 0; i < offset; i++) if (doc.charCodeAt(i) === 10) line++
  }
  // Lines from the one holding a fence or an HTML block's start on are left to the parser.
  RUNS_ON.lastIndex = offset
  const runsOn = RUNS_ON.exec(doc)
  const limit = runsOn ? doc.lastIndexOf('\n', runsOn.index) + 1 : doc.length + 1
  let blockStart = -1
  let blockLine = 0
  let blockPlain = false
  let links: number[] = []
  while (offset < limit) {
    let end = doc.indexOf('\n', offset)
    if (end === -1) end = doc.length
    const kind = lineKind(doc, offset, end, links)
    if (kind === BLANK) {
      if (blockStart !== -1 && blockPlain) blocks.push({start: blockStart, end: offset - 1, line: blockLine, lines: line - blockLine, links})
      blockStart = -1
      links = []
    } else if (blockStart === -1) {
      blockStart = offset
      blockLine = line
      blockPlain = kind === PLAIN
    } else if (kind !== PLAIN) blockPlain = false
    offset = end + 1
    line++
  }
  // A block the document's end closes (one that reaches a fence's line is not closed, nor plain).
  if (!runsOn && blockStart !== -1 && blockPlain) blocks.push({start: blockStart, end: doc.length, line: blockLine, lines: line - blockLine, links})
  return blocks
}

const BLANK = 0
const PLAIN = 1
const OTHER = 2

/** Whether the line from `start` to `end` (its line ending) is blank, plain prose, or anything else; a plain line's links go to `links`. */
function lineKind(doc: string, start: number, end: number, links: number[]): number {
  let blank = true
  for (let i = start; i < end; i++) {
    const code = doc.charCodeAt(i)
    if (code !== 32 && code !== 9) {
      blank = false
      break
    }
  }
  if (blank) return BLANK
  const first = doc.charCodeAt(start)
  // space, #, +, -, =, >, ~ (and tab, below)
  if (first === 32 || first === 35 || first === 43 || first === 45 || first === 61 || first === 62 || first === 126) return OTHER
  if (first >= 48 && first <= 57) {
    ORDERED.lastIndex = start
    if (ORDERED.test(doc)) return OTHER
  }
  const last = doc.charCodeAt(end - 1)
  if (last === 32 || last === 9) return OTHER
  for (let i = start; i < end; i++) {
    const code = doc.charCodeAt(i)
    if (code === 91) {
      // A link of the simplest form, not an image, with no character reference: skipped whole.
      LINK.lastIndex = i
      if (doc.charCodeAt(i - 1) === 33 || !LINK.test(doc)) return OTHER
      const close = LINK.lastIndex
      for (let j = i; j < close; j++) {
        if (doc.charCodeAt(j) !== 38) continue
        REFERENCE.lastIndex = j
        if (REFERENCE.test(doc)) return OTHER
      }
      links.push(i)
      i = close - 1
      continue
    }
    // Control characters (tab included), `*`, `<`, `\`, `]`, `_`, `` ` ``, DEL.
    if (code < 32 || code === 42 || code === 60 || code === 92 || code === 93 || code === 95 || code === 96 || code === 127) return OTHER
    if (code === 38) {
      REFERENCE.lastIndex = i
      if (REFERENCE.test(doc)) return OTHER
    }
  }
  return PLAIN
}

/**
 * The document's tree, as `parse` makes it, with the plain paragraphs read here. `parse` reads a
 * document with each plain block replaced by `x`; if any `x` is not a paragraph of its own there
 * (which the rules above rule out), the whole document is parsed instead.
 */
export function parseWithPlainParagraphs(doc: string, parse: (doc: string) => Root): Root {
  const blocks = plainBlocks(doc)
  if (blocks.length === 0) return parse(doc)
  // Where each `x` is in the text the parser reads, and how far what follows it moves back.
  const at: number[] = []
  const offsetShift: number[] = [0]
  const lineShift: number[] = [0]
  let rest = ''
  let last = 0
  for (const [k, block] of blocks.entries()) {
    rest += doc.slice(last, block.start)
    at.push(rest.length)
    rest += 'x'
    last = block.end
    offsetShift.push(offsetShift[k] + block.end - block.start - 1)
    lineShift.push(lineShift[k] + block.lines - 1)
  }
  rest += doc.slice(last)
  const tree = parse(rest)

  /** The point in the document for a point in `rest`. */
  const place = (point: Point): Point => {
    const offset = point.offset!
    // The placeholders that end at or before `offset` (binary search: `at` is sorted).
    let low = 0
    let high = at.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (at[middle] + 1 <= offset) low = middle + 1
      else high = middle
    }
    if (low > 0 && at[low - 1] + 1 === offset) return new Places(doc, blocks[low - 1]).point(blocks[low - 1].end)
    return {line: point.line + lineShift[low], column: point.column, offset: offset + offsetShift[low]}
  }

  const children = tree.children
  let next = 0
  for (let i = 0; i < children.length; i++) {
    const child = children[i]
    if (next < at.length && child.position!.start.offset === at[next]) {
      if (!isPlaceholder(child)) return parse(doc)
      children[i] = paragraph(doc, blocks[next++])
    } else move(child, place)
  }
  if (next !== at.length) return parse(doc)
  tree.position = {start: place(tree.position!.start), end: place(tree.position!.end)}
  return tree
}

/** Whether the parser read a placeholder as it should: a paragraph whose one child is the text `x`. */
function isPlaceholder(node: Node): boolean {
  if (node.type !== 'paragraph') return false
  const children = (node as Paragraph).children
  return children.length === 1 && children[0].type === 'text' && children[0].value === 'x'
}

/** Every position in a subtree, moved by `place`. */
function move(node: Node, place: (point: Point) => Point): void {
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.position) current.position = {start: place(current.position.start), end: place(current.position.end)}
    const children = (current as Parent).children
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
}

/** Points in a block, from its start forwards. */
class Places {
  private line: number
  private lineStart: number
  private at: number

  constructor(
    private doc: string,
    block: PlainBlock
  ) {
    this.line = block.line
    this.lineStart = block.start
    this.at = block.start
  }

  /** The point at `offset`, at or after the last one asked for. */
  point(offset: number): Point {
    for (let i = this.at; i < offset; i++) {
      if (this.doc.charCodeAt(i) === 10) {
        this.line++
        this.lineStart = i + 1
      }
    }
    this.at = offset
    return {line: this.line, column: offset - this.lineStart + 1, offset}
  }
}

/** A plain block's tree, as the parser makes it: text, and links holding text. */
function paragraph(doc: string, block: PlainBlock): Paragraph {
  const places = new Places(doc, block)
  const start = places.point(block.start)
  const children: Paragraph['children'] = []
  const text = (from: number, to: number) => {
    if (to > from) children.push({type: 'text', value: doc.slice(from, to), position: {start: places.point(from), end: places.point(to)}})
  }
  let last = block.start
  for (const open of block.links) {
    text(last, open)
    LINK.lastIndex = open
    LINK.test(doc)
    const end = LINK.lastIndex
    const close = doc.indexOf('](', open)
    const linkStart = places.point(open)
    const label = {type: 'text' as const, value: doc.slice(open + 1, close), position: {start: places.point(open + 1), end: places.point(close)}}
    children.push({type: 'link', title: null, url: doc.slice(close + 2, end - 1), children: [label], position: {start: linkStart, end: places.point(end)}})
    last = end
  }
  text(last, block.end)
  return {type: 'paragraph', children, position: {start, end: places.point(block.end)}}
}

/** The plugin: the parser set before it reads plain paragraphs this way. */
export default function copydeskPlainParagraphs(this: Processor) {
  const parse = this.parser
  if (!parse) throw new Error('copydeskPlainParagraphs: use it after the parser')
  this.parser = function (doc, file) {
    return parseWithPlainParagraphs(doc, (text) => parse(text, file) as Root)
  } as typeof parse
}
