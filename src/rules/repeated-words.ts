/**
 * `repeated-words`: “the the”. retext-repeated-words does the work; this
 * wrapper gives its findings the stable `repeated-words` id (the plugin uses
 * the repeated word itself as the id). The plugin stringifies every word of
 * every sentence; it is handed only the sentences where a word follows itself.
 *
 * The plugin passes over every capitalised double (`Duran Duran`), so
 * `Committee Committee` and `Mr Mr` were missed: the wrapper reports those
 * itself, except names that really double (data/doubles.ts, or a double the
 * article writes more than once and never single).
 */
import type {Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextRepeatedWords from 'retext-repeated-words'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Position} from 'unist'
import {isWhiteSpace} from '../bridge/lazy-tree.ts'
import {mapText, type MappedText} from '../bridge/mapped-text.ts'
import {decodeString} from 'micromark-util-decode-string'
import {isAsciiLetterOrDigit} from '../text/normalize.ts'
import {defineRule} from './define.ts'
import {copulas, doubledNames, clauseOpeners} from './data/doubles.ts'
import examples from './examples/repeated-words.ts'

const quoteBefore = /["“‘'*_]$/u
const quoteAfter = /^[.,!?]?["”’'*_]/u
/** Emphatic doubles a writer means (“much much more”, “far far better”). */
const intensifiers = new Set(['much', 'far', 'very', 'really', 'so', 'many'])
const names = new Set(doubledNames.map((name) => name.toLowerCase()))
const copula = new Set(copulas)
/** A clause that ends in a copula, before the sentence's own one: `what it is is`, `all it was was`. */
const clauseBefore = new RegExp(`(?:^|[^\\p{L}])(?:${clauseOpeners.join('|')})(?:\\s+[\\p{L}'’-]+){1,4}\\s*$`, 'iu')

/**
 * Repeats a writer means: three or more in a row (“yada yada yada”, “help
 * help help”) and a quoted reduplication (“done done”).
 */
function deliberate(text: string, place: Position, word: string): boolean {
  const from = place.start.offset
  const to = place.end.offset
  if (from === undefined || to === undefined || !word) return false
  const lower = word.toLowerCase()
  if (intensifiers.has(lower)) return true
  const pair = text.slice(from, to)
  // Markup between the two (`a<br /> a`) or different case (`GET get`) is not a typo.
  if (pair.includes('<') || (/^\p{Lu}+$/u.test(pair.split(/\s+/)[0]) && pair.split(/\s+/)[0].length > 1 && /^\p{Ll}/u.test(pair.split(/\s+/).at(-1)!))) return true
  // What stands around the pair, as read (`&ldquo;` is a quote mark, `&nbsp;` a space).
  const head = decodeString(text.slice(Math.max(0, from - 80), from))
  const tail = decodeString(text.slice(to, to + 80))
  const before = /([\p{L}\p{N}']+)[^\p{L}\p{N}']*$/u.exec(head.slice(-(word.length + 8)))?.[1]?.toLowerCase()
  const after = /^[^\p{L}\p{N}']*([\p{L}\p{N}']+)/u.exec(tail.slice(0, word.length + 8))?.[1]?.toLowerCase()
  if (before === lower || after === lower) return true
  // `what it is is`: the first copula ends a clause that is the subject of the second.
  if (copula.has(lower) && clauseBefore.test(head.slice(-60) + text.slice(from, from + word.length))) return true
  return quoteBefore.test(head.slice(-1)) && quoteAfter.test(tail.slice(0, 2))
}

const findRepeats = retextRepeatedWords()

/** Text of a word node (words are nearly always one text node: no string building then). */
function wordText(node: Word): string {
  return node.children.length === 1 && node.children[0].type === 'TextNode' ? node.children[0].value : toString(node)
}

/**
 * Sentences where a word follows the same word (case aside) across white space:
 * the only sentences in which retext-repeated-words can find anything. Only
 * paragraphs whose text may hold such a pair are read (and so tokenized).
 */
function candidates(tree: Root): Sentence[] {
  const found: Sentence[] = []
  for (const paragraph of tree.children) {
    // Reading a paragraph's children is what tokenizes it: test its text first.
    if (paragraph.type !== 'ParagraphNode' || !mayRepeat(mapText(paragraph))) continue
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode' && hasRepeat(sentence)) found.push(sentence)
    }
  }
  return found
}

function hasRepeat(sentence: Sentence): boolean {
  const children = sentence.children
  for (let i = 2; i < children.length; i++) {
    const word = children[i]
    const before = children[i - 2]
    if (word.type !== 'WordNode' || before.type !== 'WordNode' || children[i - 1].type !== 'WhiteSpaceNode') continue
    const a = wordText(word)
    const b = wordText(before)
    if (a.length === b.length && a.toLowerCase() === b.toLowerCase()) return true
  }
  return false
}

/**
 * Whether the mapped text may hold a word, white space, and the same word again (case aside): two runs of
 * non-space characters, one space apart, where the first ends as the second starts, at places where a word
 * may start or end. parse-latin's words are runs of word characters that its plugins may join, never
 * split, so a word starts or ends only next to another kind of character or where a leaf starts. This
 * never misses a pair the sentences hold.
 */
export function mayRepeat(mapped: MappedText): boolean {
  const {text} = mapped
  const lower = text.toLowerCase()
  // Where lower-casing changes the length or depends on context (final sigma), leave it to the words.
  if (lower.length !== text.length || text.includes('\u03A3')) return true
  let starts: Set<number> | undefined
  /** No word starts or ends at `at` when letters or digits of one leaf stand on both sides. */
  const within = (at: number) => isAsciiLetterOrDigit(text.charCodeAt(at - 1)) && isAsciiLetterOrDigit(text.charCodeAt(at)) && !(starts ??= new Set(mapped.at)).has(at)
  let previousStart = 0
  for (let cursor = 0; cursor < lower.length; ) {
    if (!isWhiteSpace(lower.charCodeAt(cursor))) {
      cursor++
      continue
    }
    // A run of white space from `end` to `next`.
    const end = cursor
    while (cursor < lower.length && isWhiteSpace(lower.charCodeAt(cursor))) cursor++
    const next = cursor
    if (end > previousStart && next < lower.length) {
      let budget = 256
      const head = lower.charCodeAt(next)
      for (let k = 1; k <= end - previousStart && next + k <= lower.length; k++) {
        // Long runs (addresses, hashes): say yes rather than spend.
        if (--budget <= 0) return true
        // The copy before the space starts as the one after it does, where a word may start and end.
        if (lower.charCodeAt(end - k) !== head || within(end - k) || within(next + k)) continue
        let i = 1
        while (i < k && lower.charCodeAt(end - k + i) === lower.charCodeAt(next + i)) i++
        budget -= i
        if (i === k) return true
      }
    }
    previousStart = next
  }
  return false
}

/**
 * `Committee Committee`, `Mr Mr`: doubles the plugin passes over because the second word is capitalised.
 * Names that double are left alone: the list, and a double the article writes twice or more and never single.
 */
function capitalisedDoubles(sentences: Sentence[], text: string): VFileMessage[] {
  const found: VFileMessage[] = []
  for (const sentence of sentences) {
    const children = sentence.children
    for (let i = 2; i < children.length; i++) {
      const second = children[i]
      const first = children[i - 2]
      if (second.type !== 'WordNode' || first.type !== 'WordNode' || children[i - 1].type !== 'WhiteSpaceNode') continue
      const value = wordText(second)
      if (wordText(first).toLowerCase() !== value.toLowerCase() || !passedOver(value)) continue
      if (names.has(value.toLowerCase()) || isName(text, value)) continue
      const start = first.position?.start
      const end = second.position?.end
      if (!start || !end) continue
      const message = new VFileMessage('', {place: {start, end}})
      message.actual = text.slice(start.offset, end.offset)
      message.expected = [value]
      found.push(message)
    }
  }
  return found
}

/** The plugin's test for a word it never reports: capitalised, the rest in lower case. */
function passedOver(value: string): boolean {
  const head = value.charAt(0)
  const tail = value.slice(1)
  // `D. D. will pop up`: initials, which the plugin passes over too.
  if (tail === '.') return false
  return head === head.toUpperCase() && head !== head.toLowerCase() && tail === tail.toLowerCase()
}

/** A double the article writes twice or more and never alone: a name (`Sirhan Sirhan`), not a slip. */
function isName(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const doubles = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}\\s+${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0
  const singles = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0
  return doubles >= 2 && singles === doubles * 2
}

export default defineRule({
  id: 'repeated-words',
  level: 'warning',
  summary: '“the the” (retext-repeated-words), capitalised doubles (“Committee Committee”)',
  fix: 'Remove one occurrence.',
  options: {},
  examples
}, function (tree, file, _options, report) {
  const sentences = candidates(tree)
  if (sentences.length === 0) return
  const scratch = new VFile({value: file.value, path: file.path})
  findRepeats({type: 'RootNode', children: [{type: 'ParagraphNode', children: sentences}]}, scratch)
  const text = String(file.value ?? '')
  for (const found of capitalisedDoubles(sentences, text)) scratch.messages.push(found)
  scratch.messages.sort((a, b) => (a.place as Position).start.offset! - (b.place as Position).start.offset!)
  for (const message of scratch.messages) {
    const place = message.place as Position | undefined
    if (!place || !('start' in place)) continue
    const word = message.expected?.[0] ?? ''
    if (deliberate(text, place, word)) continue
    // A name that doubles, in capitals (`WALLA WALLA, Wash. (AP)`: a dateline); in lower case it may be a slip (`talk talk`).
    if (names.has(word.toLowerCase()) && /^\p{Lu}+\s+\p{Lu}+$/u.test(message.actual ?? '')) continue
    report({
      reason: `Unexpected repeated \`${word}\`; remove one occurrence`,
      start: place.start,
      end: place.end,
      actual: message.actual,
      expected: message.expected,
      fix: dropOne(file.data.source ?? text, place)
    })
  }
})

/**
 * The fix: remove one of the two words. The capitalised one stays (`The the` → `The`, `the The Times` →
 * `The Times`); otherwise the second goes with the space before it. Across a hard wrap, the first goes
 * with the spaces before it, so that the line break stays where it was (`of code as⏎as it is` → `of
 * code⏎as it is`). Only when the finding's text is the two words and white space: markup between
 * them (`the *the*`, a quoted line's `>`) gets no fix.
 */
function dropOne(text: string, place: Position): {range: [number, number]; text: string} | undefined {
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) return undefined
  const pair = /^(\S+)(\s+)(\S+)$/u.exec(text.slice(start, end))
  if (!pair || pair[1].toLowerCase() !== pair[3].toLowerCase()) return undefined
  const [, first, gap, second] = pair
  const capital = (word: string) => /^\p{Lu}/u.test(word)
  const keepFirst = capital(first) && !capital(second)
  const keepSecond = capital(second) && !capital(first)
  const wraps = /[\r\n]/.test(gap)
  const dropSecond = {range: [start + first.length, end] as [number, number], text: ''}
  if (keepFirst || (!keepSecond && !wraps)) return dropSecond
  if (!wraps) return {range: [start, start + first.length + gap.length], text: ''}
  // The first word ends a line: it goes with the spaces before it; alone on its line, with its line break.
  const head = text.slice(0, start).match(/[^\r\n]*$/)![0]
  if (head.trim() === '') return {range: [start, start + first.length + gap.length], text: ''}
  const spaces = head.length - head.trimEnd().length
  return spaces > 0 ? {range: [start - spaces, start + first.length], text: ''} : dropSecond
}
