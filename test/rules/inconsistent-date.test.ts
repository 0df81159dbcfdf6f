import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.ts'
import {check, md} from '../helpers.ts'

const rule = 'inconsistent-date'
const fm = (fields: string, body: string) => `---\n${fields}\n---\n\n${body}\n`

describe('inconsistent-date', () => {
  it('reports a weekday that contradicts its date', async () => {
    expect(await check(md('The talks open on Monday, July 22, 2025, in Istanbul.'), {rule})).toEqual([
      {rule, severity: 'error', at: '1:19-1:40', reason: 'July 22, 2025 was a Tuesday, not a Monday; correct the weekday (Tuesday) or the date (Monday is July 21)'}
    ])
    expect(await check(md('The talks open on Tuesday, July 22, 2025, in Istanbul.'), {rule})).toEqual([])
    expect(await check(md('Talks resume Wed., Jan. 8, 2025, officials said.'), {rule})).toEqual([])
  })

  it('takes the year from the reference date when none is written, and guesses nothing without one', async () => {
    const body = 'The vote is set for Monday, July 22.'
    expect(await check(fm('date: 2025-07-01', body), {rule})).toMatchObject([{severity: 'error', reason: expect.stringContaining('was a Tuesday, not a Monday')}])
    expect(await check(fm('date: 2024-07-01', body), {rule})).toEqual([])
    expect(await check(md(body), {rule})).toEqual([])
  })

  it('puts a date without a year in the year nearest the reference date, and never in one taken from the day it runs', async () => {
    // Nearest 2024-12-31: January 3, 2025 (a Friday), not January 3, 2024 (a Wednesday).
    expect(await check(fm('date: 2024-12-31', 'Markets reopen on Friday, January 3.'), {rule})).toEqual([])
    expect(await check(fm('date: 2024-12-31', 'Markets reopen on Thursday, January 3.'), {rule})).toMatchObject([{reason: expect.stringMatching(/^January 3, 2025 was a Friday, not a Thursday/)}])
    // From August 31, the nearest February 20 is in 2026 (a Friday), not 2025.
    expect(await check(fm('date: 2025-08-31', 'The count ends on Friday, February 20.'), {rule})).toEqual([])
    // The same on any machine's time zone: a daylight-saving hour decides no tie.
    const zone = process.env.TZ
    try {
      for (const tz of ['UTC', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia']) {
        process.env.TZ = tz
        expect(await check(fm('date: 2024-05-17', 'The vote is on Saturday, November 16.'), {rule}), tz).toEqual([])
        expect(await check(fm('date: 2024-03-16', 'The vote is on Sunday, September 15.'), {rule}), tz).toEqual([])
      }
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
    // February 29 nearest the last day of 2024 falls in 2025, which has none: no weekday to check.
    expect(await check(fm('date: 2024-12-31', 'The fair opens on Sunday, February 29.'), {rule})).toEqual([])
    // A period after a month written in full ends the sentence: the number after it is not the date's year.
    const body = 'The fair opened on Sunday 5 January. 2020 was its best year.'
    expect(await check(fm('date: 2025-01-10', body), {rule})).toEqual([])
    expect(await check(fm('date: 2026-01-10', body), {rule})).toMatchObject([{reason: expect.stringMatching(/^5 January 2026 was a Monday, not a Sunday/)}])
    expect(await check(md(body), {rule})).toEqual([])
    expect(await check(md('The vote was on Monday, January. 5, 2025, officials said.'), {rule})).toEqual([])
    expect(await check(md('The vote was on Monday, Jan. 5, 2025, officials said.'), {rule})).toHaveLength(1)
  })

  it('reads the reference date from a dateline, then from a file-name prefix', async () => {
    const body = 'The vote is set for Monday, July 22.'
    expect(await check(md('KYIV, July 21, 2025 — Officials met today.', body), {rule})).toHaveLength(1)
    expect(await check(md(body), {rule, path: '2025-07-20-vote.md'})).toHaveLength(1)
  })

  it('reads a dateline written day-month-year (UK and agency style)', async () => {
    const text = 'BIRMINGHAM, England, 3 December 2025 -- Brightwater Energy won the prize at the ceremony held on Wednesday, 2 December.\n'
    const found = await check(text, {rule, path: 'release.txt'})
    expect(found.map((f) => `${f.at} ${f.reason}`)).toEqual([
      '1:98-1:120 2 December 2025 was a Tuesday, not a Wednesday; correct the weekday (Tuesday) or the date (Wednesday is 3 December)'
    ])
    expect(await check(text.replace('Wednesday', 'Tuesday'), {rule, path: 'release.txt'})).toEqual([])
  })

  it('reads a dateline that follows the headline line of wire copy, but not a dateline-like sentence further down', async () => {
    const wire = 'Drone attack hits Kyiv apartment block\nKYIV, July 21, 2025 — A Russian drone struck an apartment block overnight, officials said.\nA memorial service is planned for Thursday, July 23, according to the mayor.\n'
    expect(await check(wire, {path: 'a.txt', rule})).toEqual([
      {rule, severity: 'error', at: '3:35-3:52', reason: 'July 23, 2025 was a Wednesday, not a Thursday; correct the weekday (Wednesday) or the date (Thursday is July 24)'}
    ])
    const markdown = md('# Drone attack hits Kyiv apartment block', '**By Olena Petrenko**', 'KYIV, July 21, 2025 — A Russian drone struck an apartment block overnight.', 'A memorial service is planned for Thursday, July 23.')
    expect(await check(markdown, {rule})).toHaveLength(1)
    // A byline paragraph before the dateline: the second paragraph of body text is still read.
    expect(await check(md('By Olena Petrenko and Tom Balmforth, Reuters staff', 'KYIV, July 21, 2025 — A drone struck.', 'A service is set for Thursday, July 23.'), {rule})).toHaveLength(1)
    // Past the first two paragraphs of body text, a line that looks like a dateline is not one.
    const late = md('Officials met on Monday in the capital.', 'They agreed to meet again soon.', 'KYIV, July 21, 2025 — the date of the next round.', 'A service is set for Thursday, July 23.')
    expect(await check(late, {rule})).toEqual([])
  })

  it('reads the dateline after a headline and a rule (`---`), as its own block', async () => {
    // Tokenized as one document, the headline without a full stop ran on into the dateline's paragraph and hid it.
    const article = md('# Council Meets', '---', 'WASHINGTON, March 4, 2024 — The council will meet Thursday, March 6, officials said.')
    expect(await check(article, {rule})).toEqual([
      {rule, severity: 'error', at: '5:51-5:68', reason: 'March 6, 2024 was a Wednesday, not a Thursday; correct the weekday (Wednesday) or the date (Thursday is March 7)'}
    ])
  })

  it.each([
    ['KYIV, July 21, 2025 (Reuters) — A drone struck an apartment block.'],
    ['LONDON, July 21, 2025 (Reuters) - A drone struck an apartment block.'],
    ['KYIV, Ukraine, July 21, 2025 (AP) – A drone struck an apartment block.'],
    ['PARIS, July 21, 2025 (AFP) -- A drone struck an apartment block.'],
    ['KYIV (Reuters) July 21, 2025 — A drone struck an apartment block.'],
    ['KYIV, July 21, 2025—A drone struck an apartment block.']
  ])('reads the dateline %s (agency before or after the date, any dash)', async (dateline) => {
    expect(await check(md(dateline, 'A service is set for Thursday, July 23.'), {rule})).toMatchObject([{reason: expect.stringContaining('was a Wednesday, not a Thursday')}])
  })

  it('takes no reference date from a dateline without a year or without a date', async () => {
    expect(await check(md('LONDON (Reuters) - A drone struck an apartment block.', 'A service is set for Thursday, July 23.'), {rule})).toEqual([])
    expect(await check(md('LONDON, July 21 (Reuters) - A drone struck an apartment block.', 'A service is set for Thursday, July 23.'), {rule})).toEqual([])
  })

  it('reports dates that do not exist', async () => {
    const findings = await check(md('The report is due June 31, and the audit on February 29, 2025.', 'Leap day, February 29, 2024, is fine; so is February 29 with no year.'), {rule})
    expect(findings.map((f) => f.reason)).toEqual([
      'June 31 does not exist (June has 30 days); check the date',
      'February 29, 2025 does not exist (February has 28 days that year); check the date'
    ])
  })

  it('warns when front matter disagrees with itself or with the file name', async () => {
    const updated = await check(fm('date: 2025-07-22\nupdated: 2025-07-20', 'Body.'), {rule, path: '2025-07-22-x.md'})
    expect(updated).toMatchObject([{severity: 'warning', at: '3:1-3:20', reason: expect.stringContaining('`updated` (2025-07-20) is before the publication date (2025-07-22)')}])
    const named = await check(fm('date: 2025-07-22', 'Body.'), {rule, path: 'posts/2025-07-21-x.md'})
    expect(named).toMatchObject([{severity: 'warning', reason: 'The file name says 2025-07-21 but the front matter date is 2025-07-22; make them agree'}])
    expect(await check(fm('date: 2025-07-22 10:00:00 -0400\nlastmod: 2025-08-01', 'Body.'), {rule, path: '2025-07-22-x.md'})).toEqual([])
  })

  it('warns when one article mixes date styles, naming the style used most', async () => {
    const findings = await check(md('Talks began July 23, 2025, and resumed August 4, 2025.', 'A third round is set for 23 September 2025.'), {rule})
    expect(findings).toMatchObject([{severity: 'warning', reason: expect.stringMatching(/“23 September 2025” is written day-month-year .* mostly uses month-day-year/)}])
  })

  it('is clean on consistent, valid dates', async () => {
    expect(await check(md('On Tuesday, July 22, 2025, and again on July 30, 2025, the council met.'), {rule})).toEqual([])
  })

  it('reports day-month dates without a year that cannot exist, and checks their weekday against the reference year', async () => {
    const file = await lint(md('The vote was on 31 November, officials said. It resumed on Friday, 30 February.', 'Shares rose 31 May to 7 June.'), {path: 'a.md'})
    expect(file.messages.map(String)).toEqual([
      'a.md:1:17-1:28: 31 November does not exist (November has 30 days); check the date',
      'a.md:1:60-1:80: 30 February does not exist (February has at most 29 days); check the date'
    ])
    const dated = await lint(fm('date: 2025-03-01', 'The vote is on Thursday, 7 March, and the count on Friday, 14 March.'), {path: 'a.md'})
    expect(dated.messages.map(String)).toEqual(['a.md:5:16-5:33: 7 March 2025 was a Friday, not a Thursday; correct the weekday (Friday) or the date (Thursday is 6 March)'])
  })

  it('reports front matter dates that do not exist or are not dates', async () => {
    const impossible = await lint(fm('date: 2025-02-30', 'Body.'), {path: 'a.md'})
    expect(impossible.messages.map(String)).toEqual(['a.md:2:1-2:17: Front matter `date` (2025-02-30) does not exist (February has 28 days that year); correct the date'])
    const huge = await lint(fm('date: 99999-01-01', 'Body.'), {path: 'a.md'})
    expect(huge.messages.map(String)).toEqual(['a.md:2:1-2:18: Front matter `date` (99999-01-01) is not a date in YYYY-MM-DD form; correct the date'])
  })

  it('counts neither front matter fields left in the body nor dates in template tags, link addresses and file names toward the article’s style (corpus false positive)', async () => {
    // A site migration left `expirydate:` lines, each with a `---` under it (a heading to Markdown), after the article.
    const body = md(
      'The council approved the routes on September 24, 2016, after a [long debate]({{< ref "2016-01-11-bus-routes-debate.md" >}}).',
      '{{< legacy-img src="2016-09-24-route-map.png" alt="Route map" >}}',
      'The [full plan](https://example.gov/plans/2016-09-24/routes.pdf) is online.',
      'expirydate: 2025-01-01\n---',
      'Comments are welcome until the end of the month.',
      'expirydate: 2025-01-01\n---'
    )
    expect(await check(fm('date: 2016-09-26', body), {rule})).toEqual([])
  })

  it('counts no date in a web address written out in the text (a query, `www.`, a scheme)', async () => {
    const body = md(
      'The data is at https://example.gov/data?date=2016-01-11&x=1 and was published on March 3, 2016.',
      'See www.example.gov/archive/2016-01-12 or (https://example.gov/r?from=2016-01-13) for March 4, 2016.',
      'Filter with since=2016-01-14 on the site, as of March 5, 2016.',
      'The next release is due on March 6, 2016.'
    )
    expect(await check(body, {rule})).toEqual([])
  })

  it('still counts ISO dates written in the article’s own voice, a label line included', async () => {
    const body = md(
      'The council approved the routes on September 24, 2016, after the first vote on 2016-09-20.',
      'Updated: 2016-10-01',
      'expirydate: 2025-01-01\n---'
    )
    expect(await check(fm('date: 2016-09-26', body), {rule})).toEqual([
      {rule, severity: 'warning', at: '5:36-5:54', reason: 'Date “September 24, 2016” is written month-day-year (“July 23, 2025”), but this article mostly uses ISO (“2025-07-23”); use one style'}
    ])
  })

  it('finds no “most” used style on a tie, and leaves dates inside quotations out of the article’s style', async () => {
    expect((await lint(md('Talks began July 23, 2025. A third round is set for 23 September 2025.'), {path: 'a.md'})).messages.map(String)).toEqual([])
    const quoted = md('Talks began July 23, 2025, and resumed August 4, 2025.', 'He said: “We met on 23 September 2025 and again on 4 October 2025, and we will meet again.”')
    expect((await lint(quoted, {path: 'a.md'})).messages.map(String)).toEqual([])
  })
})
