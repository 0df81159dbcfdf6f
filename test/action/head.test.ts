/**
 * Positions are the pull request head's. On `pull_request`, actions/checkout
 * checks out the merge commit; once the base branch has moved (here: three
 * lines added at the top of the same article), a line of the merge commit is
 * not the same line of the head, where the check run and the diff view are.
 * Real repositories: the pull request's own, and clones of its merge commit
 * at depth 1 and 2, as actions/checkout fetches it.
 */
import {readFileSync} from 'node:fs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apiFiles, buildOnce, checkoutMerge, cleanup, fakeGitHub, makePullRequest, runAction, type ActionRun, type FakeGitHub, type PullRequestRepo} from './harness.ts'

const token = 'ghs_head-test-token'
let repo: PullRequestRepo
let api: FakeGitHub

const story = ['# Harbour plan', '', 'The council published the harbour plan on Monday.', '', 'Work starts in the spring and ends next year.', ''].join('\n')
// The pull request adds a paragraph with a date that does not exist: line 9 of the head.
const head = story + '\nThe builders were hired in a meeting.\n\nThe vote is set for February 30 in the main hall.\n'
// Meanwhile main adds three lines at the top (one with its own defect, which is not the pull request's).
const moved = '# Harbour plan\n\nEditor’s note: the the plan was updated\non Tuesday.\n\n' + story.split('\n').slice(2).join('\n')

// A long article (its copy streams out of git in many chunks) and an empty one, added by the pull request.
const long = Array.from({length: 4000}, (_, i) => `Paragraph ${i} of the long report on the harbour budget and its many line items.\n`).join('\n') + '\nThe report closes on June 31 with a vote.\n'

const sarifOf = (run: ActionRun) =>
  JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8')).runs[0].results.map((r: any) => `${decodeURI(r.locations[0].physicalLocation.artifactLocation.uri)}:${r.locations[0].physicalLocation.region.startLine} ${r.ruleId}`)
const annotated = (run: ActionRun) => run.annotations.filter((c) => c.properties.file !== undefined).map((c) => `${c.properties.file}:${c.properties.line} ${c.command}`)

beforeAll(async () => {
  buildOnce()
  repo = makePullRequest({'news/harbour.md': story}, {'news/harbour.md': head, 'news/long report.md': long, 'news/empty.md': ''}, {'news/harbour.md': moved})
  // The merge commit really has the finding three lines lower.
  expect(repo.git('show', `${repo.merge}:news/harbour.md`).split('\n').indexOf('The vote is set for February 30 in the main hall.') + 1).toBe(12)
  expect(head.split('\n').indexOf('The vote is set for February 30 in the main hall.') + 1).toBe(9)
  api = await fakeGitHub({files: apiFiles(repo)})
}, 120_000)
afterAll(async () => {
  await api?.close()
  cleanup()
})

describe('on a pull request whose base branch moved', {timeout: 60_000}, () => {
  const event = () => ({pull_request: {number: 7, base: {sha: repo.base}, head: {sha: repo.head}}})

  it('annotates the head line, not the merge commit line (workflow commands)', async () => {
    const run = await runAction({repo, api: api.url, token, event: event(), sha: repo.merge, inputs: {annotations: 'commands'}})
    expect(annotated(run)).toEqual(['news/harbour.md:9 error', 'news/long report.md:8001 error'])
    expect(sarifOf(run)).toEqual(['news/harbour.md:9 inconsistent-date', 'news/long report.md:8001 inconsistent-date'])
    expect(run.stdout).toContain('  news/empty.md: 0 findings')
    expect(Buffer.byteLength(long)).toBeGreaterThan(300_000)
    expect(run.summary).not.toContain('linted as checked out')
    expect(run.code).toBe(1)
  })

  it('puts the check run annotation on the head line, at the head SHA', async () => {
    api.requests.length = 0
    await runAction({repo, api: api.url, token, event: event(), sha: repo.merge, inputs: {annotations: 'checks'}})
    const [post] = api.requests.filter((r) => r.method === 'POST')
    expect(post.body.head_sha).toBe(repo.head)
    expect(post.body.output.annotations.map((a: any) => `${a.path}:${a.start_line} ${a.annotation_level}`)).toEqual(['news/harbour.md:9 failure', 'news/long report.md:8001 failure'])
  })

  it('does the same without a token (changed files and lines from git)', async () => {
    const run = await runAction({repo, token: '', event: event(), sha: repo.merge})
    expect(annotated(run)).toEqual(['news/harbour.md:9 error', 'news/long report.md:8001 error'])
  })

  it('reads the head from a checkout of the merge commit at depth 2 (its parents are there)', async () => {
    const workspace = checkoutMerge(repo, 2)
    const run = await runAction({repo: workspace, api: api.url, token, event: event(), sha: repo.merge, inputs: {annotations: 'commands'}})
    expect(annotated(run)).toEqual(['news/harbour.md:9 error', 'news/long report.md:8001 error'])
  })

  it('at depth 1 (no head commit), lints the working tree and says that lines may be off', async () => {
    const workspace = checkoutMerge(repo, 1)
    const run = await runAction({repo: workspace, api: api.url, token, event: event(), sha: repo.merge, inputs: {annotations: 'commands'}})
    expect(run.summary).toContain(`Files were linted as checked out, not as they are at the pull request's head ${repo.head.slice(0, 7)}`)
    expect(run.summary).toContain('set fetch-depth: 2')
    expect(sarifOf(run)).toContain('news/harbour.md:12 inconsistent-date')
    expect(run.code).toBe(1)
  })
})
