/**
 * A finding is reported where its words are in the file, also after an
 * escape (`\*`) or a character reference (`&#8217;`, `&rsquo;`, `&amp;`) on
 * the same line: the parser gives the decoded text, which is shorter than the
 * file (src/text/source-map.ts, src/bridge/to-nlcst.ts, src/parse/guard.ts).
 * Annotations, SARIF regions and suggested changes read these places.
 */
import {describe, expect, it} from 'vitest'
import {lint, quotes} from '../src/index.ts'

/** The text of the file between a finding's start and end, by line and column as reported. */
function spanOf(value: string, message: {line?: number; column?: number; place?: unknown}): string {
  const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
  const lines = value.split('\n')
  const offset = (point: {line: number; column: number}) => lines.slice(0, point.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + point.column - 1
  return value.slice(offset(place.start), offset(place.end))
}

describe('places after escapes and character references', () => {
  const value = [
    '---',
    'title: Places',
    '---',
    '',
    'She said it&#8217;s fine and the the plan works.',
    '',
    'He said it&rsquo;s the the best &amp; the the worst.',
    '',
    '- An item on two lines, caf&eacute; and',
    '  caf&eacute;s where the the line goes on.',
    '',
    '> A quoted line, \\*escaped\\*,',
    '> and the the second.',
    ''
  ].join('\n')

  it('reports each repeated word where the file has it', async () => {
    const file = await lint(value, {path: 'places.md'})
    const repeats = file.messages.filter((message) => message.ruleId === 'repeated-words')
    expect(repeats.map((message) => [message.line, message.column])).toEqual([[5, 30], [7, 20], [7, 39], [10, 22], [13, 7]])
    for (const message of repeats) expect(spanOf(value, message)).toBe('the the')
  })

  it('fixes the word it reports, not the text beside it', async () => {
    const file = await lint(value, {path: 'places.md'})
    const fixes = file.messages.filter((message) => message.ruleId === 'repeated-words').map((message) => message.fix as {range: [number, number]; text: string})
    expect(fixes.every(Boolean)).toBe(true)
    let fixed = value
    for (const {range, text} of [...fixes].sort((a, b) => b.range[0] - a.range[0])) fixed = fixed.slice(0, range[0]) + text + fixed.slice(range[1])
    expect(fixed).toBe(value.replaceAll('the the', 'the'))
  })

  it('ends a quotation after its closing reference, also at a paragraph’s end before markup', async () => {
    for (const text of ['He said &ldquo;a b c d e f&rdquo; <img src=x>\n', '&nbsp;He said &ldquo;a b c d e f&rdquo;\n', 'He said &ldquo;a b c d e f&rdquo; ![](i.png)\n']) {
      const {quotations} = await quotes(text, {path: 'quote.md'})
      expect(quotations.map((quote) => text.slice(quote.start.column - 1, quote.end.column - 1)), text).toEqual(['&ldquo;a b c d e f&rdquo;'])
    }
  })

  it('places words after references on a line longer than the bridge takes in one piece', async () => {
    const long = 'x\n' + 'He &amp; she. '.repeat(2_000) + 'It was the the end.\n'
    const file = await lint(long, {path: 'long.md'})
    const repeats = file.messages.filter((message) => message.ruleId === 'repeated-words')
    expect(repeats.map((message) => spanOf(long, message))).toEqual(['the the'])
  })

  it('reads what stands around a pair as decoded: a quoted reduplication in references is meant', async () => {
    for (const [text, found] of [['It was &ldquo;done done&rdquo; by noon.', 0], ['It was “done done” by noon.', 0], ['It was the the end&hellip;', 1]] as const) {
      const file = await lint(text + '\n', {path: 'pair.md'})
      expect(file.messages.filter((message) => message.ruleId === 'repeated-words').length, text).toBe(found)
    }
  })

  it('places a quotation after a reference on its line', async () => {
    const quoted = 'Rates rose &#8212; &ldquo;We were ready,&rdquo; a trader said &amp; left, then "never again" was heard.\n'
    const {quotations} = await quotes(quoted, {path: 'quote.md'})
    const never = quotations.find((quote) => quote.text === 'never again')
    expect(never).toBeDefined()
    expect(quoted.slice(never!.start.column - 1, never!.end.column - 1)).toBe('"never again"')
  })
})
