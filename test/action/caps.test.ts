/**
 * When GitHub's caps bind (10 error, 10 warning, 10 notice workflow-command
 * annotations per step), every file with findings gets an annotation before
 * any file gets a second, and the error `core.setFailed` prints is counted in
 * the caps, so it is never the one GitHub drops. The bundled Action on real
 * pull requests (no token: changed files and lines from git).
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildOnce, cleanup, makeRepo, runAction, type ActionRun} from './harness.ts'
import {many} from './newsroom.ts'

beforeAll(buildOnce, 120_000)
afterAll(cleanup)

const perFile = (run: ActionRun) => {
  const counts: {[file: string]: string[]} = {}
  for (const c of run.annotations) if (c.properties.file !== undefined) (counts[c.properties.file] ??= []).push(c.command)
  return counts
}
const count = (run: ActionRun, command: string) => run.annotations.filter((c) => c.command === command).length

describe('annotation caps', {timeout: 60_000}, () => {
  it('a file with two errors is annotated even when another file has thirty', async () => {
    const repo = makeRepo({'README.txt': 'Read me.\n'}, {
      'news/a-many.md': many,
      'news/b-two.md': '# Two dates\n\nThe council met on February 30 to vote.\n\nIt meets again on June 31 to decide.\n',
      'news/c-warning.md': '# One repeat\n\nThe mayor said the the plan was ready.\n'
    })
    const run = await runAction({repo, token: '', inputs: {annotations: 'commands'}})
    expect(perFile(run)).toEqual({
      'news/a-many.md': [...Array(7).fill('error'), ...Array(9).fill('warning')],
      'news/b-two.md': ['error', 'error'],
      'news/c-warning.md': ['warning']
    })
    // Nine findings and the step's failure make the ten errors GitHub shows; the failure comes last.
    expect(count(run, 'error')).toBe(10)
    const errors = run.annotations.filter((c) => c.command === 'error')
    expect(errors.at(-1)!.properties.file).toBeUndefined()
    expect(errors.at(-1)!.data).toBe(`copydesk: ${run.outputs.errors} errors, ${run.outputs.warnings} warnings (fail-on: error)`)
    expect(count(run, 'warning')).toBe(10)
    expect(count(run, 'notice')).toBe(1)
    expect(run.code).toBe(1)
  })

  it('every file gets one before any gets a second, across the error and warning caps', async () => {
    const articles = Object.fromEntries(Array.from({length: 12}, (_, i) => [
      `news/story-${String(i).padStart(2, '0')}.md`,
      `# Story ${i}\n\nThe vote on February 30 drew the the crowd of item ${i}.\n`
    ]))
    const repo = makeRepo({'README.txt': 'Read me.\n'}, articles)
    const run = await runAction({repo, token: '', inputs: {annotations: 'commands'}})
    const shown = perFile(run)
    expect(Object.keys(shown).sort()).toEqual(Object.keys(articles).sort())
    expect(count(run, 'error')).toBe(10)
    expect(count(run, 'warning')).toBe(10)
    // Nine files show their error; the three whose error did not fit show their warning first.
    expect(Object.values(shown).filter((commands) => commands[0] === 'warning')).toHaveLength(3)
  })
})
