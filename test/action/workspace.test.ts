/**
 * Nothing outside GITHUB_WORKSPACE is read. A `files` pattern that points
 * outside is ignored with a note; a match that resolves outside through a
 * linked folder is dropped; a linked file that points outside is reported as
 * not followed. The bundled Action on a push and on a pull request with
 * changed-only: false, with an article beside the workspace.
 */
import {mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildOnce, cleanup, makeRepo, runAction, type ActionRun, type Repo} from './harness.ts'

let repo: Repo
let outside: string
let patterns: string

/** Files the SARIF log names: in results, and (a file not linted) in the run's notifications. */
const uris = (run: ActionRun) => {
  const [sarifRun] = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8')).runs
  const located = [...sarifRun.results, ...sarifRun.invocations.flatMap((i: any) => i.toolExecutionNotifications)]
  return [...new Set<string>(located.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri))].sort()
}
/** The files the log says were linted (`  path: N findings`). */
const logged = (run: ActionRun) => run.stdout.split('\n').filter((line) => /^ {2}\S.*: (\d+ findings?|skipped)$/.test(line)).map((line) => line.trim().replace(/: [^:]*$/, '')).sort()

beforeAll(() => {
  buildOnce()
  repo = makeRepo({'news/inside.md': '# Inside\n\nThe mayor spoke on Monday about the harbour.\n'}, {'news/inside.md': '# Inside\n\nThe mayor spoke on February 30 about the harbour.\n'})
  outside = join(dirname(repo.dir), `outside-${basename(repo.dir)}`)
  mkdirSync(outside)
  writeFileSync(join(outside, 'secret.md'), '# Outside\n\nThis private note says the the budget closes on June 31.\n')
  symlinkSync(outside, join(repo.dir, 'news/linked'))
  symlinkSync(join(outside, 'secret.md'), join(repo.dir, 'news/leak.md'))
  patterns = [`../${basename(outside)}/*`, join(outside, 'secret.md'), 'news/linked/secret.md', 'news/linked/*.md', 'news/**/*.md', 'news/leak.md'].join('\n')
}, 120_000)
afterAll(() => {
  rmSync(outside, {recursive: true, force: true})
  cleanup()
})

function expectNothingOutside(run: ActionRun) {
  // Links that lead outside are named as not followed (SARIF notifications), never read.
  expect(uris(run)).toEqual(['news/inside.md', 'news/leak.md', 'news/linked', 'news/linked/secret.md'])
  expect(logged(run)).toEqual(['news/inside.md', 'news/leak.md', 'news/linked', 'news/linked/secret.md'])
  // Notes go to the log (and, escaped, to the job summary).
  expect(run.stdout).toContain(`files: "../${basename(outside)}/*", ${JSON.stringify(join(outside, 'secret.md'))} point outside the workspace (GITHUB_WORKSPACE); ignored.`)
  // A linked folder or file that leads outside is named, skipped and not followed: the engine refuses it before reading.
  expect(run.summary).toContain('point outside the workspace')
  expect(run.summary).toContain('Symbolic link points outside the working folder; not followed')
  expect(run.summary).not.toMatch(/June 31|private note/)
  expect(run.stderr).toBe('')
}

describe('files outside the workspace', {timeout: 60_000}, () => {
  it('are neither read nor listed on a push', async () => {
    const run = await runAction({repo, token: '', eventName: 'push', event: {before: repo.base, after: repo.head}, inputs: {files: patterns, annotations: 'commands'}})
    expectNothingOutside(run)
    expect(run.code).toBe(1)
  })

  it('are neither read nor listed on a pull request with changed-only: false', async () => {
    const run = await runAction({repo, token: '', inputs: {files: patterns, 'changed-only': 'false', annotations: 'commands'}})
    expectNothingOutside(run)
  })

  it('a pattern that only points outside lints nothing (not the whole workspace)', async () => {
    const run = await runAction({repo, token: '', eventName: 'push', event: {before: repo.base, after: repo.head}, inputs: {files: `../${basename(outside)}/secret.md`}})
    expect(uris(run)).toEqual([])
    expect(run.summary).toContain('0 files linted')
    expect(run.code).toBe(0)
  })
})
