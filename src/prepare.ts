/**
 * Source preparation before parsing. Template tags (Liquid `{% … %}`,
 * `{{ … }}`, Hugo shortcodes `{{< … >}}`, `{{% … %}}`) are not prose: they are
 * blanked out with spaces, line ends kept, so every position stays true to
 * the file. Linear time: one forward scan, no backtracking regular expression.
 */

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
