/**
 * `repeated-words`: “the the”. retext-repeated-words does the work; this
 * wrapper gives its findings the stable `repeated-words` id (the plugin uses
 * the repeated word itself as the id). The plugin stringifies every word of
 * every sentence; it is handed only the sentences where a word follows itself.
 */
import type {Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextRepeatedWords from 'retext-repeated-words'
import {SKIP, visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import type {Position} from 'unist'
import {defineRule} from '../rule.ts'

const quoteBefore = /["“‘'*_]$/u
const quoteAfter = /^[.,!?]?["”’'*_]/u
/** Emphatic doubles a writer means (“much much more”, “far far better”). */
const intensifiers = new Set(['much', 'far', 'very', 'really', 'so', 'many'])

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
  const before = /([\p{L}\p{N}']+)[^\p{L}\p{N}']*$/u.exec(text.slice(Math.max(0, from - word.length - 8), from))?.[1]?.toLowerCase()
  const after = /^[^\p{L}\p{N}']*([\p{L}\p{N}']+)/u.exec(text.slice(to, to + word.length + 8))?.[1]?.toLowerCase()
  if (before === lower || after === lower) return true
  return quoteBefore.test(text.slice(Math.max(0, from - 1), from)) && quoteAfter.test(text.slice(to, to + 2))
}

const findRepeats = retextRepeatedWords()

/** Text of a word node (words are nearly always one text node: no string building then). */
function wordText(node: Word): string {
  return node.children.length === 1 && node.children[0].type === 'TextNode' ? node.children[0].value : toString(node)
}

/**
 * Sentences where a word follows the same word (case aside) across white space:
 * the only sentences in which retext-repeated-words can find anything.
 */
function candidates(tree: Root): Sentence[] {
  const found: Sentence[] = []
  visit(tree, 'SentenceNode', (sentence) => {
    const children = sentence.children
    for (let i = 2; i < children.length; i++) {
      const word = children[i]
      const before = children[i - 2]
      if (word.type !== 'WordNode' || before.type !== 'WordNode' || children[i - 1].type !== 'WhiteSpaceNode') continue
      const a = wordText(word)
      const b = wordText(before)
      if (a.length === b.length && a.toLowerCase() === b.toLowerCase()) {
        found.push(sentence)
        break
      }
    }
    return SKIP
  })
  return found
}

export default defineRule({id: 'repeated-words', level: 'warning', defaults: {}}, function (tree, file, _options, report) {
  const sentences = candidates(tree)
  if (sentences.length === 0) return
  const scratch = new VFile({value: file.value, path: file.path})
  findRepeats({type: 'RootNode', children: [{type: 'ParagraphNode', children: sentences}]}, scratch)
  const text = String(file.value ?? '')
  for (const message of scratch.messages) {
    const place = message.place as Position | undefined
    if (!place || !('start' in place)) continue
    const word = message.expected?.[0] ?? ''
    if (deliberate(text, place, word)) continue
    report({
      reason: `Unexpected repeated \`${word}\`; remove one occurrence`,
      start: place.start,
      end: place.end,
      actual: message.actual,
      expected: message.expected
    })
  }
})
