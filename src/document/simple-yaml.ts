/**
 * Front matter as most articles write it — one `key: value` per line, the
 * value a single-line string, plain or quoted, a `key:` alone or followed by
 * `- item` lines of such strings — read without the YAML library. The library is exact for every YAML but costs about 150 µs per
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

/** YAML 1.2 core schema: a plain scalar matching one of these is not a string. */
const notString = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
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
  let at = 0
  for (const text of yaml.split('\n')) {
    const start = at
    at += text.length + 1
    if (text === '' || text.startsWith('#')) continue
    const item = itemLine.exec(text)
    if (item) {
      if (!open) return undefined
      const indent = item[1].length
      const value = scalar(item[2])
      if (value === undefined || (open.indent !== undefined && indent !== open.indent)) return undefined
      const {field} = open
      if (open.indent === undefined) {
        open.indent = indent
        field.value = []
        field.valueEnd = field.keyStart + field.key.length
      }
      ;(field.value as string[]).push(value)
      continue
    }
    const match = keyLine.exec(text)
    if (!match) return undefined
    const [, key, raw] = match
    if (notString[0].test(key) || notString[1].test(key)) return undefined
    if (raw === undefined) {
      // `key:` alone is null, its value ending at the end of the line; unless list items follow.
      const field: SimpleField = {key, value: null, keyStart: start, valueEnd: start + text.length}
      fields.push(field)
      open = {field}
      continue
    }
    open = undefined
    // Digits alone are a number, read as the YAML library reads them.
    const value = digits.test(raw) ? parseInt(raw, 10) : scalar(raw)
    if (value === undefined) return undefined
    fields.push({key, value, keyStart: start, valueEnd: start + text.length})
  }
  return fields
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
  if (indicator.test(raw) || raw.includes(': ') || raw.endsWith(':') || raw.includes(' #')) return undefined
  return notString.some((test) => test.test(raw)) ? undefined : raw
}
