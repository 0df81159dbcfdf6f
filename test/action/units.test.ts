/**
 * The Action's parts on their own, with real findings from the library:
 * ranking and caps, the job summary's escaping and size limit, diff hunks,
 * check-run annotations.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {FileResult} from '../../src/engine/index.ts'
import {lint} from '../../src/index.ts'
import {records, type Record} from '../../src/report/records.ts'
import {rank, select} from '../../src/action/annotations.ts'
import {hunks, patchesByFile} from '../../src/git/index.ts'
import {BATCH, toCheckAnnotation} from '../../src/action/checks.ts'
import {escapeMarkdown, SUMMARY_LIMIT, summaryMarkdown} from '../../src/action/summary.ts'
import {nextLink} from '../../src/action/pages.ts'
import {isRateLimited, retryDelay, type Reply} from '../../src/action/retry.ts'
import {filesInWorkspace, pointsOutside} from '../../src/action/workspace.ts'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {commentBody, markedFingerprint, replaceLines} from '../../src/action/suggestions.ts'
import type {Fix} from '../../src/types.ts'
import {many} from './newsroom.ts'

async function result(path: string, value: string): Promise<FileResult> {
  return {path, file: await lint(value, {path}), skipped: false}
}

const context = {scope: 'test', elsewhere: ['the SARIF file copydesk.sarif'], notes: []}

describe('ranking and caps', () => {
  it('puts findings on changed lines first, then errors before warnings', async () => {
    const all = records([await result('many.md', many)])
    const ranked = rank(all, new Map([['many.md', [[59, 61]]]]))
    expect(ranked.slice(0, 5).map((r) => `${r.severity} ${r.line}`)).toEqual(['error 59', 'error 61', 'warning 59', 'warning 61', 'error 3'])
    expect(ranked.at(-1)).toMatchObject({severity: 'warning', line: 57})
  })

  it('keeps 10 per level, a slot for setFailed and one for the overflow notice', async () => {
    const ranked = rank(records([await result('many.md', many)]))
    const {shown, omitted} = select(ranked, {error: 1})
    expect(shown.filter((r) => r.severity === 'error')).toHaveLength(9)
    expect(shown.filter((r) => r.severity === 'warning')).toHaveLength(10)
    expect(shown.length + omitted.length).toBe(60)
    const fits = select(ranked.slice(0, 5))
    expect(fits.omitted).toEqual([])
  })
})

describe('job summary', () => {
  it('escapes HTML, pipes, backticks, links and mentions from articles and file names', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> | `code` ![t](http://x) @team\nnext')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &#124; &#96;code&#96; &#33;&#91;t&#93;(http://x) &#64;team next'
    )
  })

  it('has one table row per finding, per file', async () => {
    const results = [await result('a|b.md', 'The the mayor spoke.\n'), await result('clean.md', 'The mayor spoke.\n')]
    const text = summaryMarkdown(results, records(results), context)
    expect(text).toContain('**0 errors**, **1 warning** in 1 of 2 files linted (test).')
    expect(text).toContain('### a&#124;b.md\n\n| Line | Severity | Rule | Finding |\n|---:|---|---|---|\n| 1:1 | warning | [repeated-words](')
    expect(text).toContain('| Unexpected repeated &#96;the&#96;; remove one occurrence |')
  })

  it('stays under 1 MiB and says what it left out', async () => {
    const one = await result('x.md', many)
    const results = Array.from({length: 400}, (_, i) => ({...one, path: `news/${i}.md`}))
    const all: Record[] = records(results)
    const text = summaryMarkdown(results, all, context)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(SUMMARY_LIMIT).toBeLessThan(1024 * 1024)
    const shown = text.match(/^\| \d/gm)!.length
    expect(shown).toBeLessThan(all.length)
    expect(text).toMatch(new RegExp(`\\*\\*${all.length - shown} more findings\\*\\* in \\d+ files left out to keep this summary under 1 MiB; all findings are in the SARIF file copydesk.sarif\\.\\n$`))
  })
})

describe('diffs and check runs', () => {
  it('reads added lines and hunks from GitHub patches (context is not a change, but is in the hunk) and from -U0 diffs', () => {
    expect(hunks('@@ -3,3 +3,5 @@\n The vote.\n \n Residents.\n+\n+The the council.\n')).toEqual({added: [[6, 7]], hunks: [[3, 7]]})
    expect(hunks('diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1,2 @@\n-old\n+new\n+more\n@@ -9,0 +11 @@\n+end\n')).toEqual({added: [[1, 2], [11, 11]], hunks: [[1, 2], [11, 11]]})
    // A context line that lost its leading space is still a line of the hunk; a deletion-only hunk has no new lines.
    expect(hunks('@@ -1,4 +1,4 @@\n One.\n\n-Two.\n+Too.\n Three.\n@@ -20,2 +20,0 @@\n-x\n-y\n')).toEqual({added: [[3, 3]], hunks: [[1, 4]]})
  })

  it('keys a git diff by the new path: quoted, or with the tab git adds after a name with a space', () => {
    const diff = 'diff --git a/a b.md b/a b.md\n--- a/a b.md\t\n+++ b/a b.md\t\n@@ -1 +1,2 @@\n a\n+b\n' +
      'diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"\n--- "a/caf\\303\\251.md"\n+++ "b/caf\\303\\251.md"\n@@ -0,0 +1 @@\n+new\n'
    expect([...patchesByFile(diff)]).toEqual([['a b.md', {added: [[2, 2]], hunks: [[1, 2]]}], ['café.md', {added: [[1, 1]], hunks: [[1, 1]]}]])
  })

  it('maps findings to check-run annotations (columns only on one line)', async () => {
    const [first] = records([await result('a,b:c%.md', many)])
    expect(toCheckAnnotation(first)).toEqual({
      path: 'a,b:c%.md', start_line: 3, end_line: 3, start_column: 46, end_column: 57,
      annotation_level: 'failure', title: 'copydesk inconsistent-date', message: first.message
    })
    expect(toCheckAnnotation({...first, endLine: 4, severity: 'warning'})).not.toHaveProperty('start_column')
    expect(BATCH).toBe(50)
  })
})

describe('API policy', () => {
  const reply = (status: number, headers: Reply['headers'] = {}, message = ''): Reply => ({status, headers, text: JSON.stringify({message})})
  const now = Date.parse('2025-07-01T12:00:00Z')

  it('reads the next page from a Link header; another scheme is another origin', () => {
    const page = 'https://api.github.com/repos/o/r/pulls/1/files?per_page=100'
    const link = '<https://api.github.com/repos/o/r/pulls/1/files?page=2>; rel="next", <https://api.github.com/repos/o/r/pulls/1/files?page=9>; rel="last"'
    expect(nextLink(link, page)?.href).toBe('https://api.github.com/repos/o/r/pulls/1/files?page=2')
    expect(nextLink('</repos/o/r/pulls/1/files?page=3>; rel="prev next"', page)?.href).toBe('https://api.github.com/repos/o/r/pulls/1/files?page=3')
    expect(nextLink('<https://api.github.com/x?page=2>; rel="last"', page)).toBeUndefined()
    expect(nextLink('<http://api.github.com/x?page=2>; rel=next', page)?.origin).not.toBe(new URL(page).origin)
  })

  it('tells rate limits from refusals', () => {
    expect(isRateLimited(reply(403, {}, 'Resource not accessible by integration'))).toBe(false)
    expect(isRateLimited(reply(403, {}, 'You have exceeded a secondary rate limit.'))).toBe(true)
    expect(isRateLimited(reply(403, {'x-ratelimit-remaining': '0'}, 'API rate limit exceeded for installation.'))).toBe(true)
    expect(isRateLimited(reply(403, {'retry-after': '30'}))).toBe(true)
    expect(isRateLimited(reply(429))).toBe(true)
  })

  it('waits as GitHub asks: retry-after, else the reset time, else a minute; backs off on 5xx; never retries a refusal', () => {
    expect(retryDelay(reply(403, {'retry-after': '7'}), 1, now, false)).toBe(7000)
    expect(retryDelay(reply(429, {'retry-after': new Date(now + 3000).toUTCString()}), 1, now, false)).toBe(3000)
    expect(retryDelay(reply(403, {'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 600)}), 1, now, false)).toBe(601_000)
    expect(retryDelay(reply(403, {}, 'secondary rate limit'), 1, now, false)).toBe(60_000)
    expect([1, 2, 3, 4].map((attempt) => retryDelay(reply(502), attempt, now, false))).toEqual([1000, 2000, 4000, 8000])
    expect(retryDelay(reply(502), 5, now, false)).toBeUndefined()
    expect(retryDelay(reply(403, {}, 'Resource not accessible by integration'), 1, now, false)).toBeUndefined()
    expect(retryDelay(reply(404), 1, now, true)).toBeUndefined()
    // No reply (a reset connection, a timeout): only a GET is tried again; a POST may have been done.
    expect(retryDelay(undefined, 1, now, true)).toBe(1000)
    expect(retryDelay(undefined, 1, now, false)).toBeUndefined()
  })

  it('knows a pattern that points outside the workspace', () => {
    expect(['../x/*.md', 'docs/../../x.md', '/etc/passwd', '..'].map((p) => pointsOutside(p, '/home/runner/ws'))).toEqual([true, true, true, true])
    expect(['news/**/*.md', './a/../b.md', '/home/runner/ws/news/a.md', '..a.md'].map((p) => pointsOutside(p, '/home/runner/ws'))).toEqual([false, false, false, false])
  })

  it('keeps a file inside the workspace whose name starts with two dots', () => {
    const ws = mkdtempSync(join(tmpdir(), 'copydesk-ws-'))
    try {
      writeFileSync(join(ws, '..notes.md'), 'The council met.\n')
      expect(filesInWorkspace(['..notes.md'], ws)).toEqual({found: [{path: join(ws, '..notes.md'), problem: undefined}], notes: []})
    } finally {
      rmSync(ws, {recursive: true, force: true})
    }
  })
})

describe('suggested changes', () => {
  /** GitHub's "Commit suggestion": lines start–end (git's lines) become the suggested ones. */
  const commit = (text: string, {startLine, line, lines}: {startLine: number; line: number; lines: string[]}) => {
    const all = text.split('\n')
    all.splice(startLine - 1, line - startLine + 1, ...lines)
    return all.join('\n')
  }
  const edit = (text: string, fix: Fix) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])

  it('replaces the whole lines a fix touches with what the fix leaves, for any edit', () => {
    // Texts of words, spaces and line breaks ending with one (as articles do); any edit that keeps that last break.
    const texts = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\n\n'), {maxLength: 40}).map((parts) => parts.join('') + '\n')
    fc.assert(fc.property(texts, fc.nat(), fc.nat(), fc.array(fc.constantFrom('x', ' ', '\n'), {maxLength: 4}), (text, a, b, parts) => {
      const [start, end] = [a % text.length, b % text.length].sort((x, y) => x - y)
      const fix = {range: [start, end] as [number, number], text: parts.join('')}
      const span = replaceLines(text, fix)
      expect(span ? commit(text, span) : text).toBe(edit(text, fix))
    }), {numRuns: 3000})
  })

  it('turns the removal of a block with the break before it into removed lines', () => {
    const text = 'One.\n\nTwo.\n\nOne.\n\nThree.\n'
    expect(replaceLines(text, {range: [text.indexOf('One.', 1) - 2, text.indexOf('One.', 1) + 4], text: ''})).toEqual({startLine: 4, line: 5, lines: []})
    // A fix that joins two lines replaces both; a line emptied is one empty line, not a removal.
    expect(replaceLines('foo\nbar\n', {range: [3, 4], text: ' '})).toEqual({startLine: 1, line: 2, lines: ['foo bar']})
    expect(replaceLines('a\nthe\nb\n', {range: [2, 5], text: ''})).toEqual({startLine: 2, line: 2, lines: ['']})
    // CRLF text: lines are still git's; the suggested ones have bare breaks.
    expect(replaceLines('A\r\n\r\nthe the B\r\n', {range: [5, 9], text: ''})).toEqual({startLine: 3, line: 3, lines: ['the B']})
  })

  it('keeps the marker last and the fence longer than any backticks in the article', async () => {
    const record: Record = {...records([await result('a.md', 'The the ```code``` here.\n')])[0]}
    const body = commentBody({record, fingerprint: record.fingerprint!, startLine: 1, line: 1, lines: ['<!-- copydesk:fingerprint=0000000000000000 -->', 'The ```code``` here.']})
    expect(body).toContain('\n````suggestion\n<!-- copydesk:fingerprint=0000000000000000 -->\nThe ```code``` here.\n````\n')
    expect(markedFingerprint(body)).toBe(record.fingerprint)
    expect(body).toMatch(/^\*\*Copydesk\*\* \[repeated-words\]\(https:\/\/[^)]+\) \(warning\): Unexpected repeated &#96;the&#96;/)
  })
})
