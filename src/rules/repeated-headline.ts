/**
 * `repeated-headline`: the headline appearing again (as a heading, a bold-only
 * paragraph or a plain line), and other headings of three or more words that
 * repeat an earlier heading, and bold subheads (bold-only lines under 8 words)
 * that repeat an earlier one in the same section, as headings do.
 */
import {findHeadline, headlineKey, isBoldQuestion, isHeadline, isBoldSubhead, isNameLabel} from '../document/headline.ts'
import {excerpt, wordCount} from '../text/normalize.ts'
import {defineRule, type Report} from './define.ts'
import {blockRemovals} from '../text/remove-blocks.ts'
import examples from './examples/repeated-headline.ts'
import {repeatedHeading} from './data/thresholds.ts'
import type {Block} from '../types.ts'

export default defineRule(
  {
    id: 'repeated-headline',
    level: 'error',
    summary: 'the headline repeated as a heading, bold line or plain line; other repeated headings and short bold subheads (warning)',
    fix: 'Remove the repeated headline or heading, or reword it.',
    options: {
      minHeadingWords: {type: 'integer', default: repeatedHeading.minWords, min: 1, description: 'Headings and bold subheads with fewer words (“Background”, “Question”) may repeat.'}
    },
    examples
  },
  function (_tree, file, options, report) {
    const info = file.data.copydesk
    if (!info) return
    const headline = findHeadline(info)
    /** The headline's repeats: reported after the loop, when the fix of each (removing it) can see the others. */
    const repeats: Array<{finding: Report; block: Block}> = []
    const seenHeadings = new Map<string, Block>()
    const seenSubheads = new Map<string, Block>()
    /** The open section headings' indices, by depth: a heading's parent is the nearest shallower one. */
    const sections: number[] = []
    /** The last heading: the section a bold subhead sits in. */
    let section = -1

    for (const [index, block] of info.blocks.entries()) {
      let parent = -1
      if (block.kind === 'heading') {
        const depth = Math.min(Math.max(block.depth ?? 1, 1), 6)
        sections.length = Math.min(sections.length, depth)
        for (let d = depth - 2; d >= 0 && parent === -1; d--) parent = sections[d] ?? -1
        sections[depth - 1] = index
        section = index
      }
      if (block === headline?.block) continue
      // A plain paragraph can only repeat the headline: its key is needed only when its letters match.
      const plain = block.kind !== 'heading' && !block.strong
      if (plain && !isHeadline(block.text, headline)) continue
      const key = headlineKey(block.text)
      if (!key) continue

      if (headline && key === headline.key) {
        const where = headline.origin === 'title' ? `the front matter title (line ${headline.start.line})` : `the headline at line ${headline.start.line}`
        repeats.push({
          finding: {
            reason: `${describe(block)} repeats ${where}; remove the repeat`,
            start: block.start,
            end: block.end,
            actual: block.text,
            expected: [''],
            other: {start: headline.start, end: headline.end, message: 'The headline'}
          },
          block
        })
        continue
      }

      if (isBoldSubhead(block) && block.container === 0 && wordCount(block.text) >= options.minHeadingWords) {
        // Bold labels repeat by design: interview questions, names of entries (`**U.S. Environmental Protection Agency**`).
        if (!isBoldQuestion(block) && !isNameLabel(block.text)) repeatInScope(seenSubheads, section, key, block, 'bold subhead')
        continue
      }

      if (block.kind !== 'heading' || wordCount(block.text) < options.minHeadingWords) continue
      // The same subheading under different sections is a layout (“Who they are” per persona).
      repeatInScope(seenHeadings, parent, key, block, 'heading')
    }

    // The fix removes each repeat of the headline with its blank line (top-level blocks only: markup around
    // a list item or a quoted line would be left behind). Repeats side by side are removed as a group.
    const source = file.data.source ?? String(file.value)
    const removals = blockRemovals(source, repeats.map(({block}) => block.container === 0 && block.start.offset !== undefined && block.end.offset !== undefined ? {start: block.start.offset, end: block.end.offset} : undefined))
    repeats.forEach(({finding}, i) => {
      const range = removals[i]
      report(range ? {...finding, fix: {range, text: ''}} : finding)
    })

    /** Report `block` if an earlier one of its kind has the same key in the same scope; else remember it. */
    function repeatInScope(seen: Map<string, Block>, scope: number, key: string, block: Block, kind: string) {
      const scoped = `${scope}\u0000${key}`
      const first = seen.get(scoped)
      if (!first) {
        seen.set(scoped, block)
        return
      }
      report({
        reason: `${kind.charAt(0).toUpperCase() + kind.slice(1)} “${excerpt(block.text)}” repeats the ${kind} at line ${first.start.line}; rename or remove one`,
        start: block.start,
        end: block.end,
        tier: 'secondary',
        actual: block.text,
        other: {start: first.start, end: first.end, message: `The first ${kind}`}
      })
    }
  }
)

function describe(block: Block): string {
  if (block.kind === 'heading') return 'This heading'
  if (block.strong) return 'This bold line'
  return 'This line'
}
