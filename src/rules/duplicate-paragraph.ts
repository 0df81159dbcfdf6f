/**
 * `duplicate-paragraph`: a paragraph pasted twice. A run of consecutive
 * repeated paragraphs is one finding spanning the run; a near copy (a word
 * changed, a sentence cut) is a warning. Headings and the headline's repeats
 * belong to `repeated-headline`.
 */
import {findHeadline, headlineKey, isHeadlineLike} from '../headline.ts'
import {normalize, wordCount, words} from '../normalize.ts'
import {defineRule} from '../rule.ts'
import {compare, shingle, SketchIndex} from '../similarity.ts'
import {duplicateParagraph as defaults} from '../data/thresholds.ts'
import type {Block} from '../types.ts'

export default defineRule({id: 'duplicate-paragraph', level: 'error', defaults}, function (_tree, file, options, report) {
  const info = file.data.copydesk
  if (!info) return
  const headline = findHeadline(info)
  // Headings and the headline's repeats are `repeated-headline`'s.
  const blocks = info.blocks.filter(
    (block) => block.kind !== 'heading' && !(headline && headlineKey(block.text) === headline.key)
  )
  const keys = blocks.map((block) => normalize(block.text))
  const long = blocks.map((block) => !isHeadlineLike(block, info) && wordCount(block.text) >= options.minWords)

  // Exact copies: the first earlier block with the same text.
  const firstByKey = new Map<string, number>()
  const copyOf: number[] = keys.map((key, index) => {
    const first = firstByKey.get(key)
    if (first === undefined) firstByKey.set(key, index)
    return first ?? -1
  })

  const exact = new Set<number>()
  for (let index = 0; index < blocks.length; index++) {
    if (copyOf[index] === -1 || exact.has(index)) continue
    let last = index
    while (last + 1 < blocks.length && copyOf[last + 1] === copyOf[index] + (last + 1 - index) && copyOf[last + 1] < index) last++
    let hasLong = false
    for (let i = index; i <= last; i++) {
      exact.add(i)
      if (long[i]) hasLong = true
    }
    if (!hasLong) continue
    const from = blocks[copyOf[index]]
    const to = blocks[copyOf[last]]
    const span = (a: Block, b: Block) => (a.start.line === b.end.line ? `line ${a.start.line}` : `lines ${a.start.line}–${b.end.line}`)
    const copy = span(blocks[index], blocks[last])
    const original = span(from, to)
    const reason = last === index
      ? `This paragraph repeats the paragraph at ${original}; remove one copy`
      : `${capitalize(copy)} repeat ${original}; remove one copy`
    report({
      reason,
      start: blocks[index].start,
      end: blocks[last].end,
      related: [{start: from.start, end: to.end, message: 'The first copy'}]
    })
  }

  // Near copies, compared only through the sketch index (linear in article size).
  const index = new SketchIndex()
  const shingles = new Map<number, ReturnType<typeof shingle>>()
  for (let i = 0; i < blocks.length; i++) {
    if (!long[i] || (copyOf[i] !== -1)) continue
    const current = shingle(words(blocks[i].text))
    let best: {id: number; containment: number} | undefined
    for (const id of index.candidates(current)) {
      const {containment, ratio} = compare(current, shingles.get(id)!)
      if (containment >= options.nearContainment && ratio >= options.nearLengthRatio && (!best || containment > best.containment)) {
        best = {id, containment}
      }
    }
    if (best && !exact.has(i)) {
      const first = blocks[best.id]
      report({
        reason: `This paragraph nearly repeats the paragraph at line ${first.start.line} (${Math.round(best.containment * 100)}% the same); keep one version`,
        start: blocks[i].start,
        end: blocks[i].end,
        tier: 'secondary',
        related: [{start: first.start, end: first.end, message: 'The similar paragraph'}]
      })
    }
    shingles.set(i, current)
    index.add(i, current)
  }
})

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
