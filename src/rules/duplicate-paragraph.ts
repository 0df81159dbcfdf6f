/**
 * `duplicate-paragraph`: a paragraph pasted twice. A run of consecutive
 * repeated paragraphs is one finding spanning the run, and so is one block or
 * run pasted several times in a row; a near copy (a word changed, a sentence
 * cut) is a warning. Headings, bold subheads and the headline's repeats belong
 * to `repeated-headline`; any other block of `minWords` words or more is this
 * rule's, bold or headline-like or not. Tables, short bold-label fields, bold
 * interview questions and refrains repeated three or more times are a layout's.
 */
import {findHeadline, isHeadline, isBoldQuestion, isBoldSubhead} from '../document/headline.ts'
import {letterHash, normalize, wordCount, words} from '../text/normalize.ts'
import {defineRule, type Report} from './define.ts'
import {blockRemovals, joinRemovals, type Span} from '../text/remove-blocks.ts'
import examples from './examples/duplicate-paragraph.ts'
import {compare, shingle, SketchIndex, type Shingled} from '../text/similarity.ts'
import {contentChanges} from '../text/edits.ts'
import {duplicateParagraph as defaults} from './data/thresholds.ts'
import type {Block} from '../types.ts'

/** A credit line (`– Jane Doe, Director`) repeats for every quote of the same person. */
const credit = /^\s*[\u2014\u2013-]{1,2}\s*\p{Lu}/u
/** A paragraph that is one quotation: a pull quote when it nearly repeats another paragraph. */
const quoted = /^\s*[*_]*["\u201C]/u

const span = (a: Block, b: Block) => (a.start.line === b.end.line ? `line ${a.start.line}` : `lines ${a.start.line}–${b.end.line}`)

export default defineRule({
  id: 'duplicate-paragraph',
  level: 'error',
  summary: 'a paragraph or run of paragraphs pasted twice; near copies (warning)',
  fix: 'Remove one copy; for a near copy, keep the version you mean.',
  options: {
    minWords: {type: 'integer', default: defaults.minWords, min: 1, description: 'Paragraphs shorter than this are left alone.'},
    nearContainment: {type: 'number', default: defaults.nearContainment, min: 0, max: 1, description: 'A near copy holds at least this share of the shorter paragraph’s word 3-grams…'},
    nearLengthRatio: {type: 'number', default: defaults.nearLengthRatio, min: 0, max: 1, description: '…and the shorter paragraph has at least this share of the longer one’s words.'},
    nearChanges: {type: 'integer', default: defaults.nearChanges, min: 0, description: '…and the shorter paragraph changes words of the other (not a typo) in at most this many places: more is two paragraphs written from one template.'},
    nearMinWords: {type: 'integer', default: defaults.nearMinWords, min: 1, description: 'Near copies are looked for among top-level paragraphs of at least this many words.'},
    refrainMaxWords: {type: 'integer', default: defaults.refrainMaxWords, min: 0, description: 'A one-sentence paragraph under this many words, repeated three or more times, is a refrain.'},
    fieldMaxWords: {type: 'integer', default: defaults.fieldMaxWords, min: 0, description: 'Bold-label fields (`**Duration:** two weeks`) under this many words are a layout’s data.'}
  },
  examples
}, function (_tree, file, options, report) {
  const info = file.data.copydesk
  if (!info) return
  const headline = findHeadline(info)
  // Headings and the headline's repeats are `repeated-headline`'s; tables are data.
  const blocks = info.blocks.filter((block) => block.kind !== 'heading' && !block.table && !isHeadline(block.text, headline))
  const counts = blocks.map((block) => wordCount(block.text))
  // Folding every block is the rule's largest cost: only blocks whose letters another block shares can repeat it.
  const hashes = blocks.map((block) => letterHash(block.text))
  const sharing = new Map<number, number>()
  for (const hash of hashes) sharing.set(hash, (sharing.get(hash) ?? 0) + 1)
  const keys = blocks.map((block, i) => (sharing.get(hashes[i])! > 1 ? normalize(block.text) : undefined))
  const copies = new Map<string, number>()
  for (const key of keys) if (key !== undefined) copies.set(key, (copies.get(key) ?? 0) + 1)
  const long = blocks.map((block, i) =>
    counts[i] >= options.minWords &&
    !isBoldSubhead(block) &&
    !isBoldQuestion(block) &&
    !(block.field && counts[i] < options.fieldMaxWords) &&
    !credit.test(block.text) &&
    !(keys[i] !== undefined && copies.get(keys[i]!)! >= 3 && counts[i] < options.refrainMaxWords && !/[.!?]\s+\S/.test(block.text.trim()))
  )

  // Exact copies: the first earlier block with the same text (list items: in the same list).
  const firstByKey = new Map<string, number>()
  const copyOf = keys.map((key, index) => {
    if (key === undefined) return -1
    const scoped = blocks[index].inList ? `${blocks[index].container}\u0000${key}` : key
    const first = firstByKey.get(scoped)
    if (first === undefined) firstByKey.set(scoped, index)
    return first ?? -1
  })

  const source = file.data.source ?? String(file.value)
  const exact: Array<{finding: Report; spans: Span[] | undefined}> = []
  for (let index = 0; index < blocks.length; index++) {
    if (copyOf[index] === -1) continue
    let run = index
    while (run + 1 < blocks.length && copyOf[run + 1] === copyOf[index] + (run + 1 - index) && copyOf[run + 1] < index) run++
    // The same block or run pasted again right after: still one finding (“Lines 9–10 repeat line 8”).
    const length = run - index + 1
    let last = run
    while (last + length < blocks.length && copyOf.slice(last + 1, last + 1 + length).every((from, k) => from === copyOf[index] + k)) last += length
    const hasLong = long.slice(index, last + 1).some(Boolean)
    const from = blocks[copyOf[index]]
    const to = blocks[copyOf[run]]
    const copy = span(blocks[index], blocks[last])
    const original = span(from, to)
    if (hasLong) {
      const finding: Report = {
        reason: last === index ? `This paragraph repeats the paragraph at ${original}; remove one copy` : runReason(copy, original),
        start: blocks[index].start,
        end: blocks[last].end,
        other: {start: from.start, end: to.end, message: 'The first copy'}
      }
      exact.push({finding, spans: copySpans(blocks, copyOf, index, last, source)})
    }
    index = last
  }
  // The fix removes the later copy with its blank line; copies side by side are removed as a group.
  const all = exact.flatMap(({spans}) => spans ?? [])
  const ranges = blockRemovals(source, all)
  let next = 0
  for (const {finding, spans} of exact) {
    const mine = spans ? ranges.slice(next, (next += spans.length)) : []
    const fix = spans && mine.every(Boolean) ? joinRemovals(source, mine as Array<[number, number]>) : undefined
    report(fix ? {...finding, fix} : finding)
  }

  // Near copies, compared only through the sketch index (linear in article size).
  const index = new SketchIndex()
  const shingles = new Map<number, Shingled>()
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (!long[i] || copyOf[i] !== -1 || block.container !== 0 || block.emphasis || block.strong || counts[i] < options.nearMinWords) continue
    const current = shingle(words(block.text))
    let best: {id: number; containment: number} | undefined
    for (const id of index.candidates(current)) {
      // A pull quote restates a paragraph; it is not a paste.
      if (quoted.test(block.text) !== quoted.test(blocks[id].text)) continue
      const other = shingles.get(id)!
      const {containment, ratio} = compare(current, other)
      if (containment < options.nearContainment || ratio < options.nearLengthRatio || (best && containment <= best.containment)) continue
      // Cuts, additions, reordering and typos are a paste's edits; content words changed in several places are a template's.
      if (contentChanges(current, other, options.nearChanges) <= options.nearChanges) best = {id, containment}
    }
    if (best) {
      const first = blocks[best.id]
      report({
        reason: `This paragraph nearly repeats the paragraph at ${span(first, first)} (${Math.round(best.containment * 100)}% the same); keep one version`,
        start: block.start,
        end: block.end,
        tier: 'secondary',
        other: {start: first.start, end: first.end, message: 'The similar paragraph'}
      })
    }
    shingles.set(i, current)
    index.add(i, current)
  }
})

/**
 * What the fix of the copies `from`–`to` removes: top-level blocks only (a list item or a quoted
 * paragraph has markup around it that removing lines would break). Blocks with only white space
 * between them, or what also stands between their originals (an image pasted with the text), go as
 * one span; anything else between copies (a heading, a comment) stays.
 */
function copySpans(blocks: Block[], copyOf: number[], from: number, to: number, source: string): Span[] | undefined {
  const gap = (a: Block, b: Block) => source.slice(a.end.offset, b.start.offset).replace(/\s+/g, ' ').trim()
  const spans: Span[] = []
  for (let k = from; k <= to; k++) {
    const {container, start, end} = blocks[k]
    if (container !== 0 || start.offset === undefined || end.offset === undefined) return undefined
    const between = k > from ? gap(blocks[k - 1], blocks[k]) : undefined
    const joined = between === '' || (between !== undefined && copyOf[k] === copyOf[k - 1] + 1 && between === gap(blocks[copyOf[k - 1]], blocks[copyOf[k]]))
    if (joined) spans[spans.length - 1].end = end.offset
    else spans.push({start: start.offset, end: end.offset})
  }
  return spans
}

/** "Lines 11–14 repeat lines 7–10", "Line 4 repeats line 2": the verb agrees with the span. */
export function runReason(copy: string, original: string): string {
  const verb = copy.startsWith('lines') ? 'repeat' : 'repeats'
  return `${copy.charAt(0).toUpperCase() + copy.slice(1)} ${verb} ${original}; remove one copy`
}
