/**
 * Source preparation before parsing, as a unified plugin (`copydeskPrepare`)
 * that every entry point gets with the processor: the library, the CLI, the
 * workers and the Action see the same text for the same bytes.
 * - A leading byte order mark is not text: it is dropped (`file.data.bom`
 *   remembers it), and positions count from the character after it, as
 *   editors show them.
 * - Front matter after blank lines (which remark-frontmatter does not see) is
 *   blanked and kept aside for the document plugin (`file.data.looseFrontMatter`).
 * - Template tags and markup no article needs are blanked (below).
 * While the pipeline runs, `file.value` is the prepared text (every later
 * plugin maps offsets on it; lengths and line ends are kept), and the last
 * plugin (`copydeskRestore`) puts the source back.
 *
 * Template tags (Liquid `{% … %}`,
 * `{{ … }}`, Hugo shortcodes `{{< … >}}`, `{{% … %}}`) are not prose: they are
 * blanked out with spaces, line ends kept, so every position stays true to
 * the file. Linear time: one forward scan, no backtracking regular expression.
 */

import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {CST, Lexer} from 'yaml'
import {newArticle} from '../text/memo.ts'

declare module 'vfile' {
  interface DataMap {
    /** The file started with a byte order mark (dropped from `file.value`). */
    bom: boolean
    /** The text as read, without its byte order mark: `copydeskRestore` puts it back in `file.value`. */
    source: string
    looseFrontMatter: LooseFrontMatter
  }
}

export type Format = 'markdown' | 'text'

/** The text the parser and the rules read, and what was learnt on the way. */
export function prepare(value: string, format: Format): {value: string; source: string; bom: boolean; loose?: LooseFrontMatter} {
  const bom = value.charCodeAt(0) === 0xfeff
  const source = bom ? value.slice(1) : value
  if (format !== 'markdown') return {value: source, source, bom}
  let prepared = source
  const loose = findLooseFrontMatter(prepared)
  if (loose) prepared = prepared.slice(0, loose.offset) + blank(prepared.slice(loose.offset, loose.end)) + prepared.slice(loose.end)
  const bodyStart = loose?.end ?? frontMatterEnd(prepared)
  prepared = limitMarkup(maskTemplates(prepared, bodyStart), bodyStart)
  return {value: prepared, source, bom, loose}
}

/** The plugin: wraps the parser set before it, so parsing any file prepares it first. */
export default function copydeskPrepare(this: Processor, options: {format: Format}) {
  const parse = this.parser
  if (!parse) throw new Error('copydeskPrepare: use it after the parser')
  this.parser = function (doc: string, file: VFile) {
    newArticle()
    const prepared = prepare(doc, options.format)
    file.data.bom = prepared.bom
    file.data.source = prepared.source
    if (prepared.loose) file.data.looseFrontMatter = prepared.loose
    file.value = prepared.value
    return parse(prepared.value, file)
  } as typeof parse
}

/** The last plugin: `file.value` is the source again (without its byte order mark). */
export function copydeskRestore() {
  return function (_tree: unknown, file: VFile) {
    restore(file)
  }
}

export function restore(file: VFile): void {
  if (file.data.source !== undefined) file.value = file.data.source
}

/** End of front matter that starts at offset 0 (template masking starts after it). */
function frontMatterEnd(value: string): number {
  if (!/^---[ \t]*\r?\n/.test(value)) return 0
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g
  close.lastIndex = 3
  const match = close.exec(value)
  return match ? match.index + match[0].length : 0
}

const MAX_TAG = 10000

export function maskTemplates(value: string, from = 0): string {
  const nextCloser: Record<string, number> = {'%}': -1, '}}': -1}
  let out = ''
  let last = 0
  let index = value.indexOf('{', from)
  while (index !== -1) {
    const second = value[index + 1]
    if (second === '%' || second === '{') {
      const wanted = second === '%' ? '%}' : '}}'
      // Closers are found in one forward pass per kind: linear overall.
      if (nextCloser[wanted] !== -2 && nextCloser[wanted] < index + 2) {
        const found = value.indexOf(wanted, index + 2)
        nextCloser[wanted] = found === -1 ? -2 : found
      }
      const close = nextCloser[wanted]
      if (close >= 0 && close - index <= MAX_TAG) {
        const end = close + 2
        // In a link destination (`](…)`), spaces would break the link: fill with a non-prose run.
        const inLink = value[index - 1] === '(' && value[index - 2] === ']'
        out += value.slice(last, index) + (inLink ? 'x'.repeat(end - index) : blank(value.slice(index, end)))
        last = end
        index = value.indexOf('{', end)
        continue
      }
    }
    index = value.indexOf('{', index + 1)
  }
  return last === 0 ? value : out + value.slice(last)
}

export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ')
}

export interface LooseFrontMatter {
  /** Offset of the YAML text (after the opening fence). */
  offset: number
  yaml: string
  /** Offset just after the closing fence. */
  end: number
}

const fence = /^---[ \t]*$/

/**
 * Front matter that remark-frontmatter does not see because blank lines come
 * before the opening `---`. Returns undefined when the file starts with `---`
 * (remark-frontmatter's case) or has no front matter.
 */
export function findLooseFrontMatter(value: string): LooseFrontMatter | undefined {
  let offset = 0
  let sawBlank = false
  while (offset < value.length) {
    const eol = lineEnd(value, offset)
    const line = value.slice(offset, eol)
    if (line.trim() !== '') {
      if (!sawBlank || !fence.test(line)) return undefined
      break
    }
    sawBlank = true
    offset = next(value, eol)
    if (offset > 10000) return undefined
  }
  if (offset >= value.length) return undefined
  const yamlStart = next(value, lineEnd(value, offset))
  let cursor = yamlStart
  while (cursor < value.length) {
    const eol = lineEnd(value, cursor)
    if (fence.test(value.slice(cursor, eol))) {
      return {offset: yamlStart, yaml: value.slice(yamlStart, cursor), end: eol}
    }
    cursor = next(value, eol)
  }
  return undefined
}

function lineEnd(value: string, from: number): number {
  const n = value.indexOf('\n', from)
  const r = value.indexOf('\r', from)
  const end = n === -1 ? r : r === -1 ? n : Math.min(n, r)
  return end === -1 ? value.length : end
}

function next(value: string, eol: number): number {
  if (value[eol] === '\r' && value[eol + 1] === '\n') return eol + 2
  return eol + 1
}

/** Deeper nesting of containers on one line (`> > > …`, `- - - …`) is not markup. */
export const MAX_NESTING = 32
/** Longer runs of `*` or `_` are not emphasis. */
export const MAX_RUN = 32
/** More emphasis runs or `]` in one paragraph (between blank lines) are not markup. */
export const MAX_DELIMITERS = 2000

/**
 * Blank (with spaces, positions kept) Markdown markup that no article needs
 * and that makes the parser (micromark) quadratic: containers nested past
 * `MAX_NESTING` on one line, `*`/`_` runs longer than `MAX_RUN`, and
 * delimiters past `MAX_DELIMITERS` in one paragraph. One linear scan.
 */
export function limitMarkup(value: string, from = 0): string {
  const ranges: Array<[number, number]> = []
  let runs = 0
  let closers = 0
  let lineStart = true
  let blankLine = true
  let i = from
  // Character codes, not one-character strings: this runs over every byte of every article.
  while (i < value.length) {
    const ch = value.charCodeAt(i)
    if (ch === 10 /* \n */ || ch === 13 /* \r */) {
      if (blankLine) runs = closers = 0
      lineStart = blankLine = true
      i++
      continue
    }
    if (lineStart) {
      i = containerPrefix(value, i, ranges)
      lineStart = false
      continue
    }
    if (ch !== 32 /* space */ && ch !== 9 /* tab */) blankLine = false
    if (ch === 42 /* * */ || ch === 95 /* _ */) {
      let end = i + 1
      while (value.charCodeAt(end) === ch) end++
      if (end - i > MAX_RUN || ++runs > MAX_DELIMITERS) ranges.push([i, end])
      i = end
      continue
    }
    if (ch === 93 /* ] */ && ++closers > MAX_DELIMITERS) ranges.push([i, i + 1])
    i++
  }
  if (ranges.length === 0) return value
  let out = ''
  let last = 0
  for (const [a, b] of ranges) {
    out += value.slice(last, a) + ' '.repeat(b - a)
    last = b
  }
  return out + value.slice(last)
}

/** Scan a line's container markers; blank those past `MAX_NESTING`. Returns where the prefix ends. */
function containerPrefix(value: string, i: number, ranges: Array<[number, number]>): number {
  let depth = 0
  let blankFrom = -1
  for (;;) {
    while (value[i] === ' ' || value[i] === '\t') i++
    let end = -1
    const ch = value[i]
    if (ch === '>') end = i + 1
    else if ((ch === '-' || ch === '*' || ch === '+') && (value[i + 1] === ' ' || value[i + 1] === '\t')) end = i + 1
    else if (ch >= '0' && ch <= '9') {
      let j = i
      while (j - i < 9 && value[j] >= '0' && value[j] <= '9') j++
      if ((value[j] === '.' || value[j] === ')') && (value[j + 1] === ' ' || value[j + 1] === '\t')) end = j + 1
    }
    if (end === -1) break
    if (++depth > MAX_NESTING && blankFrom === -1) blankFrom = i
    i = end
  }
  if (blankFrom !== -1) ranges.push([blankFrom, i])
  return i
}

/** Front matter nested deeper than this is not read (the YAML parser recurses per level). */
export const MAX_YAML_NESTING = 100
/** Longer front matter is not read: no article needs it, and the parser's time and memory grow with it. */
export const MAX_YAML_LENGTH = 256 * 1024

/**
 * Whether YAML nests past `MAX_YAML_NESTING` levels: open flow collections,
 * plus nesting indicators (`- `, `? `, `: `) on one line, plus indentation
 * levels. A cheap over-estimate, linear. It reads YAML's own tokens (the
 * parser's lexer, which keeps no stack), so a bracket inside a quoted
 * scalar, a comment or a block scalar counts as the parser counts it: a
 * crafted quote cannot hide nesting from the check. Deep nesting would
 * exhaust the parser's stack, and V8 can abort the whole process there.
 */
export function yamlTooDeep(yaml: string): boolean {
  return nestingBound(yaml) > MAX_YAML_NESTING && lexedTooDeep(yaml)
}

/** `yamlTooDeep` by the lexer's tokens (exported for the test that holds the bound to it). */
export function lexedTooDeep(yaml: string): boolean {
  let flow = 0
  let onLine = 0
  /** Indentation of the enclosing block levels, innermost last. */
  const indents: number[] = []
  let lineStart = true
  /** The next token is a scalar's text (after a SCALAR mark): no structure inside. */
  let text = false
  let blockScalar = false
  for (const token of new Lexer().lex(yaml)) {
    if (text) {
      text = false
      continue
    }
    const type = CST.tokenType(token)
    if (type === 'doc-mode') continue
    if (type === 'newline') {
      onLine = 0
      lineStart = true
      continue
    }
    if (type === 'scalar') text = true
    if (lineStart) {
      lineStart = false
      // A line's indentation: a space token first, else none. A block scalar's body and comment lines do not nest.
      if (type === 'scalar' && blockScalar) blockScalar = false
      else if (type !== 'comment') {
        const indent = type === 'space' ? token.length : 0
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop()
        indents.push(indent)
      }
    }
    if (type === 'block-scalar-header') blockScalar = true
    else if (type === 'flow-seq-start' || type === 'flow-map-start') flow++
    else if (type === 'flow-seq-end' || type === 'flow-map-end') flow = Math.max(0, flow - 1)
    else if (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind') onLine++
    if (flow + onLine + indents.length > MAX_YAML_NESTING) return true
  }
  return false
}

/**
 * An upper bound of what `yamlTooDeep` counts, without lexing: every level it counts is a line's
 * indentation (at most one per line), an open flow collection (a `[` or `{`) or an indicator on a
 * line (a `-`, `?` or `:`). Nearly every front matter is far below the limit; the lexer reads the rest.
 */
function nestingBound(yaml: string): number {
  let bound = 1
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i)
    // \n \r [ { - ? :
    if (c === 10 || c === 13 || c === 91 || c === 123 || c === 45 || c === 63 || c === 58) bound++
  }
  return bound
}
