/** Words and field names the `inconsistent-date` rule reads. */

export const referenceDateFields = ['date', 'published', 'publishDate', 'publishdate', 'pubDate']
export const updatedDateFields = ['updated', 'lastmod', 'lastModified', 'modified', 'last_modified']

const months = [
  ['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['May'], ['June', 'Jun'],
  ['July', 'Jul'], ['August', 'Aug'], ['September', 'Sept', 'Sep'], ['October', 'Oct'], ['November', 'Nov'], ['December', 'Dec']
]
const weekdays = [
  ['Sunday', 'Sun'], ['Monday', 'Mon'], ['Tuesday', 'Tues', 'Tue'], ['Wednesday', 'Wed'],
  ['Thursday', 'Thurs', 'Thur', 'Thu'], ['Friday', 'Fri'], ['Saturday', 'Sat']
]

/** Month name or abbreviation → month number (1–12). */
export const monthNumber = new Map(months.flatMap((names, i) => names.map((name) => [name.toLowerCase(), i + 1] as const)))
/** Weekday name or abbreviation → day of week (0 = Sunday). */
export const weekdayNumber = new Map(weekdays.flatMap((names, i) => names.map((name) => [name.toLowerCase(), i] as const)))
export const weekdayNames = weekdays.map((names) => names[0])
export const monthNames = months.map((names) => names[0])
/** Month names written in full, lower-cased: a period after one ends a sentence (`1 January. 2020 was…`). */
export const fullMonthNames = new Set(monthNames.map((name) => name.toLowerCase()))

const month = months.flat().join('|')
const weekday = weekdays.flat().join('|')
// Bounded white space keeps every pattern linear on adversarial input.
const gap = '[ \\t\\u00A0]{1,3}'

/** “Monday, July 22, 2025”, “July 22”, “Jan. 6, 2025”. Groups: weekday, month, day, year. */
export const monthDayPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${weekday})\\.?,?${gap})?(${month})\\.?${gap}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}:])(?:,?${gap}(\\d{4})(?![\\p{L}\\p{N}]))?`,
  'gu'
)
/**
 * “Monday 21 July 2025”, “21 July 2025”, “on 31 November”, “Friday, 30 February”. Groups: weekday, day,
 * month, year (optional: a date without one is checked, but only one with a year has a style).
 */
export const dayMonthPattern = new RegExp(
  `(?<![\\p{L}\\p{N}.,:])(?:(${weekday})\\.?,?${gap})?(\\d{1,2})(?:st|nd|rd|th)?${gap}(${month})(?![\\p{L}])\\.?(?:,?${gap}(\\d{4})(?![\\p{L}\\p{N}]))?`,
  'gu'
)
/** “2025-07-23” in body text. Groups: year, month, day. */
export const isoPattern = /(?<![\p{L}\p{N}/.-])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}/-])/gu

/** A wire agency's credit in a dateline: “(Reuters)”, “(AP)”, “(AFP)”. */
const agency = '\\(\\w{2,10}\\)'
/**
 * A dateline at the start of an article: “KYIV, July 21, 2025 —”, “KYIV, Ukraine, July 21, 2025 (AP) –”,
 * “LONDON (Reuters) July 21, 2025 -”, “BIRMINGHAM, England, 3 December 2025 --”; an em dash, en dash, `--` or hyphen, spaced or not. Group: the date.
 * Anchored, every quantifier bounded: linear.
 */
export const datelinePattern = new RegExp(
  `^[\\p{Lu}][\\p{Lu} .'’-]{1,40}(?:,${gap}[\\p{L}.]{2,20}){0,2},?${gap}(?:${agency}${gap})?((?:${month})\\.?${gap}\\d{1,2}(?:,?${gap}\\d{4})?|\\d{1,2}${gap}(?:${month})\\.?(?:,?${gap}\\d{4})?)(?:${gap}${agency})?(?:${gap})?(?:—|–|--|-)`,
  'u'
)

export const styleNames = {
  'month-day-year': 'month-day-year (“July 23, 2025”)',
  'day-month-year': 'day-month-year (“23 July 2025”)',
  iso: 'ISO (“2025-07-23”)'
} as const
