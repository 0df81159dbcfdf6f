/**
 * `inconsistent-date`: a weekday that contradicts its date, a date that does
 * not exist, front matter dates that disagree, and one article mixing date
 * styles. Candidate dates are found with linear patterns and read from what
 * they match; “Monday, July 22” is in the year that puts it nearest the
 * reference date.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {mapText, pointOf, type MappedText} from '../bridge/mapped-text.ts'
import {mayHold, paragraphs} from '../bridge/paragraphs.ts'
import {isHeadlineLike} from '../document/headline.ts'
import {scanQuotes} from '../text/quotes.ts'
import {firstIndex} from '../text/search.ts'
import {defineRule, type Report} from './define.ts'
import examples from './examples/inconsistent-date.ts'
import {
  datelinePattern, dayMonthPattern, fullMonthNames, isoPattern, monthDayPattern, monthNames, monthNumber,
  referenceDateFields, styleNames, updatedDateFields, weekdayNames, weekdayNumber
} from './data/dates.ts'
import {dateline as datelineWithin} from './data/thresholds.ts'
import type {ArticleInfo} from '../types.ts'

interface Day { year: number; month: number; day: number }
const digit = /\d/
type Style = keyof typeof styleNames
interface Found { style: Style; text: string; mapped: MappedText; index: number }

export default defineRule({
  id: 'inconsistent-date',
  level: 'error',
  summary: 'weekday/date contradictions, impossible dates; front matter date conflicts and mixed styles (warning)',
  fix: 'Correct the weekday or the date, or make the front matter dates agree.',
  options: {},
  examples
}, function (tree, file, _options, report) {
  const info = file.data.copydesk
  if (!info) return
  const reference = checkFrontMatter(info, file, report) ?? fromDateline(tree, info) ?? fromFileName(file)
  const dated: Found[] = []

  for (const group of paragraphs(tree, info.blocks)) {
    if (!mayHold(group, digit)) continue
    const paragraph = group.node
    const mapped = mapText(paragraph)
    const at = (index: number, length: number) => ({start: pointOf(file, mapped, index), end: pointOf(file, mapped, index + length)})
    // Dates inside quotations are the speaker's, and a front matter field left in the body is metadata: neither is the article's style.
    const inQuotation = quotedSpans(mapped.text)
    const metadata = isFieldBlock(mapped.text)
    const styled = {push: (found: Found) => metadata || inQuotation(found.index) || dated.push(found)}

    for (const match of mapped.text.matchAll(monthDayPattern)) {
      const [text, weekday, monthName, dayText, yearText] = match
      const month = monthNumber.get(monthName.toLowerCase())!
      const day = Number(dayText)
      const year = yearText ? Number(yearText) : reference?.year
      if (yearText) styled.push({style: 'month-day-year', text, mapped, index: match.index})
      // `Sunday, January. 1`: a period after a month written in full ends a sentence; the weekday names no date.
      checkDate(text, match.index, periodAfter(text, monthName) ? undefined : weekday, month, day, year, yearText !== undefined, false, isYear(yearText))
    }
    for (const match of mapped.text.matchAll(dayMonthPattern)) {
      const [text, weekday, dayText, monthName, yearText] = match
      // `May` alone is a word as often as a month: without a year, only `31 May` with a weekday is a date.
      if (!yearText && monthName === 'May' && !weekday) continue
      const year = yearText ? Number(yearText) : reference?.year
      if (yearText) styled.push({style: 'day-month-year', text, mapped, index: match.index})
      // `Sunday 1 January. 2020 was…`: the year after a period that ends a sentence is not the weekday's.
      checkDate(text, match.index, weekday, monthNumber.get(monthName.toLowerCase())!, Number(dayText), year, yearText !== undefined, true, isYear(yearText) && !periodAfter(text, monthName))
    }
    for (const match of mapped.text.matchAll(isoPattern)) {
      const [text, yearText, monthText, dayText] = match
      const month = Number(monthText)
      if (month < 1 || month > 12 || inAddress(mapped.text, match.index)) continue
      styled.push({style: 'iso', text, mapped, index: match.index})
      checkDate(text, match.index, undefined, month, Number(dayText), Number(yearText), true, false, true)
    }

    /**
     * `dayFirst`: the article wrote the date day first (`2 December`), and the message does too;
     * `weekdayWritten`: whether the weekday is checked in the year written (else in the one nearest the reference).
     */
    function checkDate(text: string, index: number, weekday: string | undefined, month: number, day: number, year: number | undefined, written: boolean, dayFirst: boolean, weekdayWritten: boolean) {
      if (day < 1 || day > 31) return
      const place = at(index, text.length)
      if (day > daysIn(month, year ?? 2000) || (month === 2 && day === 29 && year === undefined)) {
        if (month === 2 && day === 29 && year === undefined) return // No year, no guess.
        report({
          reason: `${dateText(month, day, written ? year : undefined, dayFirst)} does not exist (${monthNames[month - 1]} has ${month !== 2 ? `${daysIn(month, 2000)} days` : year === undefined ? 'at most 29 days' : `${daysIn(month, year)} days that year`}); check the date`,
          ...place,
          actual: text
        })
        return
      }
      if (!weekday || (!weekdayWritten && !reference)) return
      const knownYear = weekdayWritten ? year! : nearestYear(reference!, month, day)
      // (`Friday, February 29` nearest a reference in 2024 is in 2025, and is no date.)
      if (day > daysIn(month, knownYear)) return
      const actualDay = new Date(Date.UTC(knownYear, month - 1, day)).getUTCDay()
      const stated = weekdayNumber.get(weekday.toLowerCase())!
      if (actualDay === stated) return
      const statedDate = dateText(month, day, knownYear, dayFirst)
      // No automatic fix: the weekday or the date may be the wrong one. The message names both candidates.
      report({
        reason: `${statedDate} was a ${weekdayNames[actualDay]}, not a ${weekdayNames[stated]}; correct the weekday (${weekdayNames[actualDay]}) or the date (${weekdayNames[stated]} is ${nearest(knownYear, month, day, stated - actualDay, dayFirst)})`,
        ...place,
        actual: weekday,
        expected: [weekdayNames[actualDay]]
      })
    }
  }

  reportMixedStyles(dated, file, report)
})

/**
 * A block made only of front matter fields (`expirydate: 2025-01-01`, often with a `---` under it,
 * which Markdown reads as a heading): a site migration's leftovers, not text the author wrote.
 * A label in the article's own voice is capitalised (`Updated: 2016-10-01`) and still counts.
 */
function isFieldBlock(text: string): boolean {
  if (text.length > MAX_FIELD_BLOCK) return false
  return text.trim().split(/\r?\n/).every((line) => fieldLine.test(line))
}
const fieldLine = /^[ \t]*[a-z][A-Za-z0-9_-]*:[ \t]+\S/
/** Longer blocks are text, whatever they start with. */
const MAX_FIELD_BLOCK = 1000

/**
 * Whether an offset lies inside a quotation of the text. Spans sorted by their
 * start, with the furthest end reached so far: one binary search per date, so
 * a paragraph with many dates and many quotations stays linear-logarithmic.
 */
function quotedSpans(text: string): (index: number) => boolean {
  if (!/["\u201C\u201D]/.test(text)) return () => false
  const scan = scanQuotes(text)
  const spans = scan.quotes.map((q): [number, number] => [q.open, q.close])
  if (scan.tail !== undefined) spans.push([scan.tail, text.length])
  spans.sort((a, b) => a[0] - b[0])
  const reach: number[] = []
  for (const [index, [, to]] of spans.entries()) reach.push(Math.max(to, reach[index - 1] ?? -1))
  return (index) => {
    const before = firstIndex(spans.length, (k) => spans[k][0] >= index)
    return before > 0 && reach[before - 1] > index
  }
}

function reportMixedStyles(found: Found[], file: VFile, report: (r: Report) => void) {
  const counts = new Map<Style, number>()
  for (const item of found) counts.set(item.style, (counts.get(item.style) ?? 0) + 1)
  if (counts.size < 2) return
  // The style used most; on a tie there is no “most”, and no finding.
  const [[main, most], [, next]] = [...counts].sort((a, b) => b[1] - a[1])
  if (most === next) return
  for (const item of found) {
    if (item.style === main) continue
    report({
      reason: `Date “${item.text}” is written ${styleNames[item.style]}, but this article mostly uses ${styleNames[main]}; use one style`,
      start: pointOf(file, item.mapped, item.index),
      end: pointOf(file, item.mapped, item.index + item.text.length),
      tier: 'secondary',
      actual: item.text
    })
  }
}

/** Checks the front matter's dates; returns the reference date when there is one. */
function checkFrontMatter(info: ArticleInfo, file: VFile, report: (r: Report) => void): Day | undefined {
  for (const key of [...referenceDateFields, ...updatedDateFields]) {
    const given = info.frontMatter[key]
    const problem = given && invalidDate(given.value)
    if (problem) report({reason: `Front matter \`${key}\` ${problem}; correct the date`, start: given.start, end: given.end, actual: String(given.value)})
  }
  const field = referenceDateFields.map((key) => info.frontMatter[key]).find((f) => f && readDay(f.value))
  const published = field && readDay(field.value)
  if (!field || !published) return undefined
  for (const key of updatedDateFields) {
    const updated = info.frontMatter[key]
    const day = updated && readDay(updated.value)
    if (day && compare(day, published) < 0) {
      report({
        reason: `\`${key}\` (${format(day)}) is before the publication date (${format(published)}); correct one of them`,
        start: updated.start, end: updated.end, tier: 'secondary', actual: format(day)
      })
    }
  }
  const named = fromFileName(file)
  if (named && compare(named, published) !== 0) {
    report({
      reason: `The file name says ${format(named)} but the front matter date is ${format(published)}; make them agree`,
      start: field.start, end: field.end, tier: 'secondary', actual: format(published), expected: [format(named)]
    })
  }
  return published
}

/**
 * The dateline opens one of the first paragraphs of body text (a byline may come first),
 * after the headline, headings and headline-like lines (in wire copy, the headline is line 1).
 */
function fromDateline(tree: Root, info: ArticleInfo): Day | undefined {
  let body = 0
  for (const {node, block} of paragraphs(tree, info.blocks).slice(0, datelineWithin.blocks)) {
    const match = datelinePattern.exec(mapText(node).text.slice(0, 120))
    if (match) return datelineDay(match[1])
    if (block && isHeadlineLike(block, info)) continue
    if (++body >= datelineWithin.bodyParagraphs) return undefined
  }
  return undefined
}

/** A dateline's date with its year (`July 21, 2025`, `21 July 2025`): none without a year, or after a month in full and a period. */
function datelineDay(text: string): Day | undefined {
  const match = /^(?:(\p{L}+)\.?\s+(\d{1,2})|(\d{1,2})\s+(\p{L}+)\.?),?\s+(\d{4})$/u.exec(text)
  if (!match) return undefined
  const [, monthFirst, dayFirst, daySecond, monthSecond, year] = match
  const name = monthFirst ?? monthSecond
  if (periodAfter(text, name)) return undefined
  const month = monthNumber.get(name.toLowerCase())
  return month === undefined || !isYear(year) ? undefined : validDay(Number(year), month, Number(dayFirst ?? daySecond))
}

/**
 * Four digits read as a year, 1000–9999 (as chrono-node, which the rule used before, reads them): in
 * `Monday, July 22 0300 hours`, 0300 is no year.
 */
function isYear(text: string | undefined): boolean {
  return text !== undefined && /^[1-9]\d{3}$/.test(text)
}

/** Whether the month name in a date's text is written in full and followed by a period. */
function periodAfter(text: string, monthName: string): boolean {
  if (!fullMonthNames.has(monthName.toLowerCase())) return false
  const at = text.indexOf(monthName)
  return text.charCodeAt(at + monthName.length) === 46
}

/**
 * The year that puts a date without one nearest the reference date: this year, the next or the last (a
 * tie stays in this year). Counted in whole days, the same on every machine's time zone; February 29 is
 * placed as February 28 in a year without one (and then is no date to check). chrono-node, which the
 * rule used before, set the month on the reference date first, so that from August 31 “February 20” was
 * placed in March, and measured between local noons, so that a daylight-saving hour decided ties.
 */
function nearestYear(reference: Day, month: number, day: number): number {
  const from = Date.UTC(reference.year, reference.month - 1, reference.day)
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, Math.min(day, daysIn(month, year))) - from)
  const here = distance(reference.year)
  if (distance(reference.year + 1) < here) return reference.year + 1
  if (distance(reference.year - 1) < here) return reference.year - 1
  return reference.year
}

function fromFileName(file: VFile): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})-/.exec(file.basename ?? '')
  return match ? validDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined
}

function readDay(value: unknown): Day | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate()}
  }
  if (typeof value !== 'string') return undefined
  const match = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value)
  return match ? validDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined
}

/** Why a value written as a date (`2025-02-30`, `99999-01-01`) is none; undefined for a real date or any other value. */
function invalidDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = /^\s*(\d+)-(\d+)-(\d+)(?![\d-])/.exec(value)
  if (!match) return undefined
  const [text, yearText, monthText, dayText] = match
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)]
  if (yearText.length !== 4 || month < 1 || month > 12 || day < 1 || monthText.length > 2 || dayText.length > 2) {
    return `(${text.trim()}) is not a date in YYYY-MM-DD form`
  }
  if (day > daysIn(month, year)) return `(${text.trim()}) does not exist (${monthNames[month - 1]} has ${daysIn(month, year)} days${month === 2 ? ' that year' : ''})`
  return undefined
}

function validDay(year: number, month: number, day: number): Day | undefined {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year) ? {year, month, day} : undefined
}

/** Whether index `at` of `text` is inside a web address written out (`https://…?date=2016-01-11`, `www.…`): not prose. */
function inAddress(text: string, at: number): boolean {
  let start = at
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--
  const token = text.slice(start, at)
  return token.includes('://') || /^[(<"'\u201C]*www\./i.test(token) || /[=?&]$/.test(token)
}

/** The date `shift` weekdays away, the nearer way round (`July 21`; with the year when it changes: `December 29, 2025`). */
function nearest(year: number, month: number, day: number, shift: number, dayFirst: boolean): string {
  const forward = ((shift % 7) + 7) % 7
  const date = new Date(Date.UTC(year, month - 1, day + (forward > 3 ? forward - 7 : forward)))
  return dateText(date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCFullYear() === year ? undefined : date.getUTCFullYear(), dayFirst)
}

/** A date in words as the article writes it: `2 December 2025` day first, `December 2, 2025` otherwise (the year when given). */
function dateText(month: number, day: number, year: number | undefined, dayFirst: boolean): string {
  const name = monthNames[month - 1]
  if (dayFirst) return year === undefined ? `${day} ${name}` : `${day} ${name} ${year}`
  return year === undefined ? `${name} ${day}` : `${name} ${day}, ${year}`
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function compare(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

function format(day: Day): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
}

