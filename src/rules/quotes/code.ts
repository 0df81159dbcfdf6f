/**
 * Code left in running text: a spreadsheet formula (`=sumif(A:A,”*passport*”,C:C)`) or an
 * HTML tag the Markdown parser kept as text (`<img alt="The app’s "What’s New" screen">`,
 * broken by the quote marks nested in its attribute). Their quote marks delimit strings
 * and attribute values, not quotations (PRODUCT.md: code and HTML attributes are not
 * quotations), so they are blanked before the paragraph's marks are paired; the text keeps
 * its length, and every position stays where it was.
 */
import type {MappedText} from '../../bridge/mapped-text.ts'

const mark = /["\u201C\u201D]/u
/** An opening tag with at least one attribute, up to the next `>` (values may hold stray marks). */
const tag = /<[a-z][\w-]*\s+[\w:-]+\s*=[^<>]*>/giu
/** A formula: `=` and a function call, opening a word (`=sumif(`, `=IF(`). */
const formulaStart = /(?<![\p{L}\p{N}=<>!])=[a-z][\w.]*\(/giu

/** Another call joined to the formula by an operator (`)+sumif(`). */
const joined = /[-+*/&,][a-z][\w.]*\(/iy

const masked = new WeakMap<MappedText, MappedText>()

/** The paragraph's text with the quote marks of code blanked (the same object when there are none). */
export function withoutCode(mapped: MappedText): MappedText {
  const {text} = mapped
  if (!text.includes('<') && !text.includes('=')) return mapped
  let kept = masked.get(mapped)
  if (kept) return kept
  const spans = [...tags(text), ...formulas(text)]
  if (spans.length === 0) kept = mapped
  else {
    // (UTF-16 units, as the text's indices count them.)
    const units = text.split('')
    for (const [from, to] of spans) for (let i = from; i < to; i++) if (mark.test(units[i])) units[i] = ' '
    kept = {...mapped, text: units.join('')}
  }
  masked.set(mapped, kept)
  return kept
}

function tags(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const match of text.matchAll(tag)) if (mark.test(match[0])) spans.push([match.index, match.index + match[0].length])
  return spans
}

/**
 * A formula runs through its balanced parentheses, and on through operators to the next call (`…)+sumif(…)`).
 * A formula starting inside the one before is part of it: each character is scanned once (linear).
 */
function formulas(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let end = 0
  for (const match of text.matchAll(formulaStart)) {
    if (match.index < end) continue
    let i = match.index + match[0].length
    let depth = 1
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '(') depth++
      else if (text[i] === ')') depth--
      else if (text[i] === '\n' && text[i - 1] === '\n') break
      if (depth === 0) {
        joined.lastIndex = i + 1
        const more = joined.exec(text)
        if (more) {
          i += more[0].length
          depth = 1
        }
      }
    }
    spans.push([match.index, i])
    end = i
  }
  return spans
}
