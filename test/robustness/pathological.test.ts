/**
 * Pathological inputs, each linted by the real binary in its own process with
 * a budget that only catches hangs (60 s). The time is printed, never
 * asserted. Every input is linted (not skipped), and every position is inside.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {checkRange, lineLengths, runBinary, tempDir} from './helpers.ts'

const {dir, cleanup} = tempDir()
afterAll(cleanup)

const MB5 = 5 * 1024 * 1024
const inputs: Array<[string, () => string]> = [
  ['single-line-5mb.txt', () => 'The mayor said "the budget is balanced" on Monday, July 22, 2025. '.repeat(80_000).slice(0, MB5)],
  ['single-line-5mb.md', () => 'The mayor said "the budget is balanced" on Monday, July 22, 2025. '.repeat(80_000).slice(0, MB5)],
  ['unclosed-quotes.txt', () => '"'.repeat(50_000)],
  ['unclosed-quotes.md', () => '"'.repeat(50_000)],
  ['unclosed-quotes-words.md', () => '"a '.repeat(50_000)],
  ['curly-quotes.md', () => '\u201C'.repeat(50_000) + '\u201D'.repeat(10)],
  ['brackets.md', () => '['.repeat(50_000)],
  ['blockquotes.md', () => '> '.repeat(50_000)],
  ['list-markers.md', () => '- '.repeat(50_000) + 'a'],
  ['ordered-markers.md', () => '1. '.repeat(30_000) + 'a'],
  ['blockquote-lines.md', () => '>\n'.repeat(50_000)],
  ['stars-around.md', () => '*'.repeat(50_000) + 'a' + '*'.repeat(50_000)],
  ['underscores-around.md', () => '_'.repeat(50_000) + 'a' + '_'.repeat(50_000)],
  ['emphasis-openers.md', () => '*a '.repeat(20_000) + 'b*'.repeat(20_000)],
  ['liquid-openers.md', () => '{{'.repeat(50_000)],
  // Spreadsheet formulas opening inside each other (the quotation rule blanks the marks of code).
  ['formula-openers.md', () => 'He said \u201C' + '=a('.repeat(100_000)],
  ['liquid-tags-unclosed.md', () => '{% if x '.repeat(50_000)],
  ['backticks.md', () => '`'.repeat(50_000)],
  ['front-matter-nested.md', () => '---\n' + '['.repeat(20_000) + '\n---\nBody.\n'],
  ['front-matter-colons.md', () => '---\n' + 'a: "'.repeat(20_000) + '\n---\nBody.\n'],
  ['front-matter-unclosed.md', () => '---\ntitle: x\n' + 'key: value\n'.repeat(50_000)],
  ['date-spaces.txt', () => 'Monday,' + ' '.repeat(50_000) + 'July' + ' '.repeat(50_000) + '22, 2025'],
  ['punctuation.md', () => '.,;:!?-\u2014'.repeat(30_000)],
  ['many-lines.txt', () => 'Short line said.\n'.repeat(50_000)],
  ['unclosed-quote-lines.txt', () => '"yes\n'.repeat(50_000)],
  ['lines-without-full-stops.txt', () => 'Plain line with some more words here\n'.repeat(50_000)],
  ['headings-without-full-stops.md', () => '# Heading with words\n\n'.repeat(30_000)],
  // One block of 300,000 sentences and spaces after a line break: joined without spreading them as arguments.
  ['one-block-of-sentences.md', () => 'Intro.\n' + 'Go go. '.repeat(150_000)],
  // Character references that make line breaks put a text's second line before its first.
  ['line-break-references.md', () => 'a &#10;b said \u201Cone two three four five six.\u201D\n\n&#13;word\n\n'.repeat(5_000)],
  // A paragraph's second line of character references: where the line starts is found in one pass, not one per column.
  ['references-continuation.md', () => 'x\n' + '&amp;'.repeat(64_000) + ' the the\n'],
  ['references-quoted-line.md', () => '> a\n> ' + 'caf&eacute; '.repeat(20_000) + 'the the\n']
]

describe('pathological inputs (real binary, one process each)', () => {
  for (const [name, make] of inputs) {
    it(name, () => {
      const text = make()
      writeFileSync(join(dir, name), text)
      // No per-file time budget here: the test's own timeout catches a hang, and a loaded CI machine must not turn a slow file into a skip.
      const run = runBinary(['--no-config', '--file-timeout', '0', '--format', 'json', name], dir)
      console.log(`${name}: ${(run.ms / 1000).toFixed(2)} s (${text.length} characters), exit ${run.status}`)
      expect(run.signal, run.stderr).toBeNull()
      expect([0, 1], run.stderr).toContain(run.status)
      const [result] = JSON.parse(run.stdout) as Array<{skipped: boolean; messages: Array<{line: number; column: number; endLine: number; endColumn: number}>}>
      expect(result.skipped).toBe(false)
      const lengths = lineLengths(text)
      for (const m of result.messages) expect(checkRange(lengths, m, {line: m.endLine, column: m.endColumn}, name)).toEqual([])
    }, 70_000)
  }
})
