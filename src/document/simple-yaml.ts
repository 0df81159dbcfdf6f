/**
 * Front matter as most articles write it — `key: value` lines, the value a
 * string, plain or quoted (continued on indented lines or not), a whole
 * number, a `key:` alone or followed by `- item` lines of one-line strings —
 * read without the YAML library. The library is exact for every YAML but costs about 150 µs per
 * article cold (lexer, parser and composer); on the corpus, that was 5 % of
 * linting. Anything else (nesting, lists, block scalars, escapes, comments
 * after a value, a value YAML reads as a number, boolean or null, a line this
 * reader is not sure of) is left to the library: `undefined`. A test compares
 * the two on generated front matter and on every article of the shared
 * collections.
 */

/** A top-level field: its key, its value, where the key starts and where the value ends (offsets in the YAML). */
export interface SimpleField {
  key: string
  /** A string; a whole number (digits only); a list of strings (`key:` then `- item` lines); null for `key:` alone. */
  value: string | number | string[] | null
  keyStart: number
  /** Where YAML's value ends; for a list, where the key ends (what the library's ranges give). */
  valueEnd: number
}

/** YAML 1.2 core schema: null and booleans (as keys too, they would not read as written). */
const nullScalar = /^(?:~|[Nn]ull|NULL)?$/
const booleanScalar = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
/** YAML 1.2 core schema: a plain scalar matching one of these is not a string. */
const notString = [
  nullScalar,
  booleanScalar,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/
]

/** `key: value` or `key:`: a plain key of letters, digits, `_` and `-` at the start of the line. */
const keyLine = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(\S.*)| *)$/
const digits = /^[0-9]+$/
/** `- item` under a `key:`, indented or not. */
const itemLine = /^( *)- +(\S.*)$/
/** A first character that makes a plain scalar something else (YAML's indicators). */
const indicator = /^[-?:,[\]{}#&*!|>'"%@`]/
/** Characters YAML does not take in a document, line ends and tabs (this reader leaves them to the library). */
const unusual = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/

export function simpleFields(yaml: string): SimpleField[] | undefined {
  if (unusual.test(yaml)) return undefined
  const fields: SimpleField[] = []
  /** The last field, while it is `key:` alone or a list: list items may follow. */
  let open: {field: SimpleField; indent?: number} | undefined
  /** The last field, while it is `key: value`: indented lines may continue the value. */
  let value: {key: string; keyStart: number; lines: string[]; end: number; blank: boolean; comment: boolean} | undefined
  const finish = (): boolean => {
    if (!value) return true
    const {key, keyStart, lines, end} = value
    value = undefined
    const read = lines.length === 1 ? oneLine(lines[0]) : folded(lines)
    if (read === undefined) return false
    fields.push({key, value: read, keyStart, valueEnd: end})
    return true
  }
  let at = 0
  for (const text of yaml.split('\n')) {
    const start = at
    at += text.length + 1
    if (text === '' || text.startsWith('#')) {
      // A value continued after a blank line keeps a line break; after a comment, it is an error: both left to the library.
      if (value && text === '') value.blank = true
      else if (value) value.comment = true
      continue
    }
    if (value && text.startsWith(' ')) {
      if (value.blank || value.comment) return undefined
      value.lines.push(text)
      value.end = start + text.length
      continue
    }
    const item = itemLine.exec(text)
    if (item) {
      if (!open) return undefined
      const indent = item[1].length
      const read = scalar(item[2])
      if (read === undefined || (open.indent !== undefined && indent !== open.indent)) return undefined
      const {field} = open
      if (open.indent === undefined) {
        open.indent = indent
        field.value = []
        field.valueEnd = field.keyStart + field.key.length
      }
      ;(field.value as string[]).push(read)
      continue
    }
    if (!finish()) return undefined
    const match = keyLine.exec(text)
    if (!match) return undefined
    const [, key, raw] = match
    if (nullScalar.test(key) || booleanScalar.test(key)) return undefined
    open = undefined
    if (raw === undefined) {
      // `key:` alone is null, its value ending at the end of the line; unless list items follow.
      const field: SimpleField = {key, value: null, keyStart: start, valueEnd: start + text.length}
      fields.push(field)
      open = {field}
      continue
    }
    value = {key, keyStart: start, lines: [raw], end: start + text.length, blank: false, comment: false}
  }
  return finish() ? fields : undefined
}

/** A value on one line: digits alone are a number, read as the YAML library reads them. */
function oneLine(raw: string): string | number | undefined {
  return digits.test(raw) ? parseInt(raw, 10) : scalar(raw)
}

/**
 * A value continued on indented lines: YAML joins the lines with a space, without their indentation.
 * Quoted, the quotation closes at the end of the last line; plain, no line may hold what YAML reads
 * otherwise.
 */
function folded(lines: string[]): string | undefined {
  const [first, ...more] = lines
  const rest = more.map((line) => line.trimStart())
  if (first.endsWith(' ') || rest.some((line) => line.endsWith(' ') || line === '')) return undefined
  const quote = first[0]
  if (quote === '"' || quote === "'") {
    const inner = [first.slice(1), ...rest.slice(0, -1), rest.at(-1)!.slice(0, -1)]
    if (rest.at(-1)!.at(-1) !== quote || inner.some((part) => part === '' || part.includes(quote) || part.includes('\\'))) return undefined
    return inner.join(' ')
  }
  if (!plain(first) || rest.some((line) => !plain(line))) return undefined
  const joined = [first, ...rest].join(' ')
  return notString.some((test) => test.test(joined)) ? undefined : joined
}

/** A plain scalar's line that YAML reads as text only. */
function plain(text: string): boolean {
  return !(indicator.test(text) || text.includes(': ') || text.endsWith(':') || text.includes(' #'))
}

/** The string a one-line scalar is, or undefined when YAML could read it otherwise. */
function scalar(raw: string): string | undefined {
  // Trailing white space and comments: left to the library (where the value ends).
  if (raw.endsWith(' ')) return undefined
  const quote = raw[0]
  if (quote === '"' || quote === "'") {
    const inner = raw.slice(1, -1)
    // Closed at the end of the line, with no escapes and no quote inside.
    if (raw.length < 2 || raw.at(-1) !== quote || inner.includes(quote) || inner.includes('\\')) return undefined
    return inner
  }
  if (!plain(raw)) return undefined
  return notString.some((test) => test.test(raw)) ? undefined : raw
}
