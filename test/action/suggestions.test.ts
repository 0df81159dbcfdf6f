/**
 * `suggestions: true`: fixes as GitHub suggested changes in one pull-request
 * review, only on lines of the diff's hunks; later pushes post only what is
 * new; a read-only token falls back to annotations. The bundled Action on a
 * real pull request (and new pushes to it) against a fake GitHub API that
 * keeps the review comments it is sent, as GitHub lists them.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apiFiles, buildOnce, cleanup, fakeGitHub, makeRepo, push, root, runAction, type ActionRun, type Repo, type Request} from './harness.ts'

const token = 'ghs_suggestions-token'
const paragraphs = [
  '# Ferry service resumes',
  'The ferry service resumed on February 30 after repairs to the pier were finished.',
  'Captains reported calm water and the the boats were full on every crossing of the day.', // 5: old, fixable, far from the hunks
  'The harbour master thanked the crews for their patience during the long repairs.',
  'The next crossing is planned for June 31 at noon, weather permitting, from the north pier.',
  'Tickets are sold at the pier and on the ferry company website from eight in the morning.',
  'Children under five travel free on every crossing, and pensioners pay half the fare.', // 13
  'Bicycles may be taken on board for a small fee, but cars must be booked a week ahead.',
  'The service runs every day except public holidays, when a reduced timetable applies.'
]
const old = paragraphs.join('\n\n') + '\n'
// The pull request adds a paragraph with a repeated word (line 19) and pastes line 13 again (line 21).
const added = old + '\nThe the ferry will also stop at the island of Erraid from June, the operator said.\n\n' + paragraphs[6] + '\n'

let repo: Repo

beforeAll(() => {
  buildOnce()
  repo = makeRepo({'news/ferry.md': old}, {'news/ferry.md': added})
}, 120_000)
afterAll(cleanup)

const reviews = (requests: Request[]) => requests.filter((r) => r.method === 'POST' && r.url.endsWith('/reviews'))
const annotated = (run: ActionRun) => run.annotations.filter((c) => c.properties.file !== undefined).map((c) => `${c.properties.line} ${c.properties.title.replace('copydesk ', '')}`)
const fingerprintOf = (body: string) => /<!-- copydesk:fingerprint=([0-9a-f]{16}) -->$/.exec(body)?.[1]

/** The suggested lines of a comment body (the fenced block). */
function suggested(body: string): string {
  const match = /^(`{3,})suggestion\n([^]*?)\1$/m.exec(body)
  if (!match) throw new Error(`no suggestion in ${body}`)
  return match[2].replace(/\n$/, '')
}

/** What "Commit suggestion" does: lines start_line–line of the head text become the suggested lines. */
function apply(text: string, comment: {start_line?: number; line: number; body: string}): string {
  const lines = text.split('\n')
  const content = suggested(comment.body)
  lines.splice((comment.start_line ?? comment.line) - 1, (comment.line - (comment.start_line ?? comment.line)) + 1, ...(content === '' ? [] : content.split('\n')))
  return lines.join('\n')
}

/** The copydesk CLI's findings for a text, by fingerprint: the fixed text each one's fix gives. */
function fixedByCli(dir: string, path: string): Map<string, string> {
  const text = readFileSync(join(dir, path), 'utf8')
  const [file] = JSON.parse(spawnSync(process.execPath, [join(root, 'bin/copydesk.js'), '--format', 'json', path], {cwd: dir, encoding: 'utf8'}).stdout)
  return new Map(file.messages.filter((m: any) => m.fix).map((m: any) => [m.fingerprint, text.slice(0, m.fix.range[0]) + m.fix.text + text.slice(m.fix.range[1])]))
}

describe('suggested changes in a pull-request review', {timeout: 60_000}, () => {
  const inputs = {suggestions: 'true', 'filter-mode': 'file', annotations: 'commands'}

  it('posts one review on the head commit whose suggestions, applied, give the fixed text; a fix outside the hunks stays an annotation', async () => {
    const api = await fakeGitHub({files: apiFiles(repo)})
    try {
      const run = await runAction({repo, api: api.url, token, inputs})
      // The earlier comments were read first (none), then one review.
      expect(api.requests.filter((r) => r.url.includes('/pulls/7/comments')).map((r) => r.method)).toEqual(['GET'])
      const [review] = reviews(api.requests)
      expect(reviews(api.requests)).toHaveLength(1)
      expect(review).toMatchObject({url: '/repos/newsroom/articles/pulls/7/reviews', authorization: `Bearer ${token}`})
      expect(review.body).toMatchObject({commit_id: repo.head, event: 'COMMENT'})
      // Line 19's repeated word; the pasted copy (lines 20–21: the blank line before it and the copy) removed.
      expect(review.body.comments.map((c: any) => ({path: c.path, start_line: c.start_line, line: c.line, side: c.side}))).toEqual([
        {path: 'news/ferry.md', start_line: undefined, line: 19, side: 'RIGHT'},
        {path: 'news/ferry.md', start_line: 20, line: 21, side: 'RIGHT'}
      ])
      expect(suggested(review.body.comments[0].body)).toBe('The ferry will also stop at the island of Erraid from June, the operator said.')
      expect(suggested(review.body.comments[1].body)).toBe('')
      // Applied to the head text (the text linted), each suggestion gives the text as the finding's fix leaves it.
      const fixed = fixedByCli(repo.dir, 'news/ferry.md')
      for (const comment of review.body.comments) {
        expect(apply(added, comment)).toBe(fixed.get(fingerprintOf(comment.body)!))
      }
      expect(apply(added, review.body.comments[1])).toBe(old + '\nThe the ferry will also stop at the island of Erraid from June, the operator said.\n')
      // Line 5's repeated word is fixable too, but outside the hunks: an annotation, not a comment.
      expect(annotated(run)).toEqual(['3 inconsistent-date', '9 inconsistent-date', '5 repeated-words'])
      expect(run.summary).toContain("2 fixes are suggested changes in the pull request's review (2 posted by this run), not annotations.")
      expect(run.outputs.findings).toBe('5')
      expect(run.code).toBe(1)
    } finally {
      await api.close()
    }
  })

  it('on later pushes, posts nothing that is already suggested, and exactly the new suggestion', async () => {
    const api = await fakeGitHub({files: apiFiles(repo)})
    try {
      await runAction({repo, api: api.url, token, inputs})
      expect(api.comments).toHaveLength(2)

      // A new push moves every line down by two (a line above the headline, away from the old repeat); the findings are the same.
      const second = push(repo, {'news/ferry.md': 'From our harbour reporter.\n\n' + added})
      api.files = apiFiles(second)
      api.requests.length = 0
      const run2 = await runAction({repo: second, api: api.url, token, inputs})
      expect(api.requests.some((r) => r.method === 'GET' && r.url.includes('/pulls/7/comments'))).toBe(true)
      expect(reviews(api.requests)).toEqual([])
      // Their comments still show them: not annotated again.
      expect(annotated(run2)).toEqual(['5 inconsistent-date', '11 inconsistent-date', '7 repeated-words'])
      expect(run2.summary).toContain('(posted by an earlier run)')

      // Once a comment is outdated (GitHub lists it with line: null), its finding is annotated again, still not re-suggested.
      api.comments[0].line = null
      api.requests.length = 0
      const outdated = await runAction({repo: second, api: api.url, token, inputs})
      expect(reviews(api.requests)).toEqual([])
      expect(annotated(outdated)).toEqual(['21 repeated-words', '5 inconsistent-date', '11 inconsistent-date', '7 repeated-words'])
      api.comments[0].line = 21

      // A third push adds one more fixable finding: one new comment.
      const third = push(second, {'news/ferry.md': readFileSync(join(second.dir, 'news/ferry.md'), 'utf8') + '\nThe operator said the the new timetable is final.\n'})
      api.files = apiFiles(third)
      api.requests.length = 0
      await runAction({repo: third, api: api.url, token, inputs})
      const posted = reviews(api.requests)
      expect(posted).toHaveLength(1)
      expect(posted[0].body.commit_id).toBe(third.head)
      expect(posted[0].body.comments.map((c: any) => `${c.line} ${suggested(c.body)}`)).toEqual(['25 The operator said the new timetable is final.'])
      expect(api.comments).toHaveLength(3)
    } finally {
      await api.close()
    }
  })

  it('with a read-only token (403 on the review), shows the fixes as annotations; fail-on alone decides the step', async () => {
    const denied = await fakeGitHub({files: apiFiles(repo), reviews: 403})
    try {
      for (const failOn of ['error', 'never']) {
        const run = await runAction({repo, api: denied.url, token, inputs: {...inputs, 'fail-on': failOn}})
        const plain = await runAction({repo, api: denied.url, token, inputs: {...inputs, suggestions: 'false', 'fail-on': failOn}})
        expect(run.code).toBe(plain.code)
        expect(run.code).toBe(failOn === 'error' ? 1 : 0)
        expect(annotated(run)).toEqual(annotated(plain))
        expect(annotated(run)).toEqual(expect.arrayContaining(['19 repeated-words', '21 duplicate-paragraph']))
        expect(run.summary).toContain('The token may not write pull-request reviews (the workflow needs pull-requests: write; fork pull requests get a read-only token); fixes are shown as annotations instead.')
        expect(run.stderr).toBe('')
      }
      expect(reviews(denied.requests)).toHaveLength(2)
    } finally {
      await denied.close()
    }
  })

  it('posts nothing when the earlier comments cannot be read (copies would be worse than annotations)', async () => {
    const unreadable = await fakeGitHub({files: apiFiles(repo), handle: (request) => (request.url.includes('/pulls/7/comments') ? {status: 404, body: {message: 'Not Found'}} : undefined)})
    try {
      const run = await runAction({repo, api: unreadable.url, token, inputs})
      expect(reviews(unreadable.requests)).toEqual([])
      expect(annotated(run)).toEqual(expect.arrayContaining(['19 repeated-words', '21 duplicate-paragraph']))
      expect(run.summary).toContain("Could not read the pull request's review comments")
      expect(run.code).toBe(1)
    } finally {
      await unreadable.close()
    }
  })

  it('retries a review refused by a secondary rate limit (not a read-only token)', async () => {
    let refused = 0
    const limited = await fakeGitHub({
      files: apiFiles(repo),
      handle: (request) => request.method === 'POST' && request.url.endsWith('/reviews') && refused++ === 0
        ? {status: 403, body: {message: 'You have exceeded a secondary rate limit.'}, headers: {'retry-after': '1'}}
        : undefined
    })
    try {
      const run = await runAction({repo, api: limited.url, token, inputs})
      expect(reviews(limited.requests)).toHaveLength(2)
      expect(limited.comments).toHaveLength(2)
      expect(annotated(run)).toEqual(['3 inconsistent-date', '9 inconsistent-date', '5 repeated-words'])
      expect(run.summary).not.toContain('may not write')
    } finally {
      await limited.close()
    }
  })
})
