/**
 * `filter-mode`: which findings a run reports (annotations, outputs,
 * fail-on) and which it lists as existing. An editor fixes a typo on one
 * line of an old article that has old defects: with the default (`added`)
 * the step passes; `diff_context` reports the old defect within the hunk's
 * context lines; `file` every defect of the article; `nofilter` every defect
 * linted, an unchanged article's too. A duplicate counts when either copy is
 * on a changed line. The bundled Action on real pull requests (no token:
 * changed files and lines from git) and pushes.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apiFiles, buildOnce, cleanup, fakeGitHub, makeRepo, runAction, type ActionRun, type Repo} from './harness.ts'

const paragraphs = [
  '# Ferry service resumes',
  'The ferry service resumed on February 30 after repairs to the pier were finished.', // 3: old error
  'Captains reported calm water and the the boats were full on every crossing of the day.', // 5: old warning
  'The harbour master thanked the crews for their patience during the long repairs.',
  'The next crossing is planned for June 31 at noon, weather permitting, from the north pier.', // 9: old error, in the hunk's context
  'Tickets are sold at the pier and on the ferry compnay website from eight in the morning.', // 11: the typo
  'Children under five travel free on every crossing, and pensioners pay half the fare.',
  'Bicycles may be taken on board for a small fee, but cars must be booked a week ahead.',
  'The service runs every day except public holidays, when a reduced timetable applies.'
]
const old = paragraphs.join('\n\n') + '\n'
const unchanged = '# Untouched\n\nThis article says the the same thing on June 31 and nobody changed it.\n'

// A lede replaced by a copy of the closing paragraph: the finding is on the old closing line
// (21), its first copy on the changed line (3). Lines 5 and 9 are an old pair, both unchanged.
const council = (lede: string) => [
  '# Council approves the budget',
  lede,
  'Residents watched the vote on screens set up outside the building in the main square.',
  'The budget includes money for the new library, two parks and a bus shelter on Mill Road.',
  'Residents watched the vote on screens set up outside the building in the main square.',
  'The finance director said the spending plan would be reviewed again in the autumn.',
  'Opposition members asked for more money for road repairs and for the harbour wall.',
  'The mayor thanked officials for their work on the plan over the past six months.',
  'A public meeting about the library is planned for next month in the town hall.',
  'Local businesses welcomed the plan but asked for lower parking charges in the centre.',
  'The council approved the budget by seven votes to two after a long and heated debate.'
].join('\n\n') + '\n'

let typo: Repo
let paste: Repo

beforeAll(() => {
  buildOnce()
  typo = makeRepo({'news/ferry.md': old, 'news/unchanged.md': unchanged}, {'news/ferry.md': old.replace('compnay', 'company')})
  paste = makeRepo(
    {'news/council.md': council('The mayor opened the meeting with a short speech about the harbour and the ferry.')},
    {'news/council.md': council('The council approved the budget by seven votes to two after a long and heated debate.')}
  )
}, 120_000)
afterAll(cleanup)

/** The reported findings: `file:line rule` of each annotation. */
const reported = (run: ActionRun) => run.annotations.filter((c) => c.properties.file !== undefined).map((c) => `${c.properties.file}:${c.properties.line} ${c.properties.title.replace('copydesk ', '')}`).sort()
const outputs = (run: ActionRun) => `${run.outputs.findings} findings, ${run.outputs.errors} errors, ${run.outputs.warnings} warnings`

describe('filter-mode on a pull request that fixes a typo in an old article', {timeout: 60_000}, () => {
  const run = (mode?: string) => runAction({repo: typo, token: '', inputs: {'changed-only': 'false', annotations: 'commands', ...(mode ? {'filter-mode': mode} : {})}})

  it('added (the default): the old defects are existing and the step passes, where nofilter fails it', async () => {
    const result = await run()
    expect(reported(result)).toEqual([])
    expect(outputs(result)).toBe('0 findings, 0 errors, 0 warnings')
    expect(result.code).toBe(0)
    // The summary counts and lists them, in their own section.
    expect(result.summary).toContain('**0 errors**, **0 warnings** in 0 of 2 files linted')
    expect(result.summary).toContain('; 5 existing findings not counted.\n\n')
    expect(result.summary).toContain('No new findings.')
    expect(result.summary).toContain('### Existing findings\n\n5 findings not on lines the changes add (filter-mode: added)')
    expect(result.summary).toMatch(/#### news\/ferry\.md\n\n\| Line \| Severity \| Rule \| Finding \|\n\|---:\|---\|---\|---\|\n\| 3:\d+ \| error \|/)
    expect(result.summary).toContain('#### news/unchanged.md')

    // nofilter: every finding linted, the unchanged article's too; no existing section.
    const all = await run('nofilter')
    expect(reported(all)).toEqual([
      'news/ferry.md:3 inconsistent-date', 'news/ferry.md:5 repeated-words', 'news/ferry.md:9 inconsistent-date',
      'news/unchanged.md:3 inconsistent-date', 'news/unchanged.md:3 repeated-words'
    ])
    expect(outputs(all)).toBe('5 findings, 3 errors, 2 warnings')
    expect(all.code).toBe(1)
    expect(all.summary).not.toContain('Existing findings')
  })

  it('diff_context: the old defect within the hunk (three lines of context) is reported and fails the step', async () => {
    const result = await run('diff_context')
    expect(reported(result)).toEqual(['news/ferry.md:9 inconsistent-date'])
    expect(outputs(result)).toBe('1 findings, 1 errors, 0 warnings')
    expect(result.code).toBe(1)
    expect(result.summary).toContain("4 findings outside the diff's hunks (filter-mode: diff_context)")
  })

  it('file: every finding of the changed article', async () => {
    const result = await run('file')
    expect(reported(result)).toEqual(['news/ferry.md:3 inconsistent-date', 'news/ferry.md:5 repeated-words', 'news/ferry.md:9 inconsistent-date'])
    expect(result.code).toBe(1)
    expect(result.summary).toContain('### Existing findings\n\n2 findings in files the changes do not touch (filter-mode: file)')
  })

  it('applies to the check run: its annotations and conclusion are the reported findings', async () => {
    const api = await fakeGitHub({files: apiFiles(typo)})
    try {
      await runAction({repo: typo, api: api.url, token: 'ghs_filter', inputs: {'filter-mode': 'diff_context'}})
      const checks = api.requests.filter((r) => r.url.includes('/check-runs'))
      expect(checks[0].body.output.annotations.map((a: any) => `${a.path}:${a.start_line}`)).toEqual(['news/ferry.md:9'])
      expect(checks[0].body).toMatchObject({status: 'completed', conclusion: 'failure', output: {title: '1 error, 0 warnings'}})
    } finally {
      await api.close()
    }
  })

  it('on a push, filters by the pushed commits; without a diff (a new branch), reports everything and says why', async () => {
    const pushed = await runAction({repo: typo, token: '', eventName: 'push', event: {before: typo.base, after: typo.head}, inputs: {annotations: 'commands'}})
    expect(reported(pushed)).toEqual([])
    expect(pushed.code).toBe(0)
    const fresh = await runAction({repo: typo, token: '', eventName: 'push', event: {before: '0'.repeat(40), after: typo.head}, inputs: {annotations: 'commands'}})
    expect(reported(fresh)).toHaveLength(5)
    expect(fresh.summary).toContain('filter-mode: added needs a diff (no pull request or pushed range in this event); every finding is reported, as with nofilter.')
    expect(fresh.code).toBe(1)
  })
})

describe('a duplicate counts when either copy is in the diff', {timeout: 60_000}, () => {
  it('added: the copy on an old line is reported because its first copy is the changed line; an old pair is existing', async () => {
    const result = await runAction({repo: paste, token: '', inputs: {annotations: 'commands'}})
    expect(reported(result)).toEqual(['news/council.md:21 duplicate-paragraph'])
    expect(result.annotations.find((c) => c.properties.line === '21')!.data).toMatch(/repeats the paragraph at line 3/)
    expect(outputs(result)).toBe('1 findings, 1 errors, 0 warnings')
    expect(result.code).toBe(1)
    expect(result.summary).toContain('### Existing findings\n\n1 finding not on lines the changes add')
    expect(result.summary).toMatch(/#### news\/council\.md\n\n[^#]*\| 9:1 \| error \|/)
  })
})
