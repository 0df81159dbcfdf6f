/**
 * A file that would need gigabytes is skipped, not linted at any cost: each
 * worker's heap is capped (WORKER_MEMORY_MB), V8 stops a worker at the cap,
 * and the pool reports the file and goes on. The file is generated: 1.8 MB of
 * one-word paragraphs (600 KB of them peaked at 1.4 GB without a cap). No
 * time budget (`--file-timeout 0`), so a slow machine cannot turn this into
 * a timeout; the test's own timeout only catches a hang.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LintPool} from '../../src/engine/pool.ts'
import {WORKER_MEMORY_MB} from '../../src/engine/workers.ts'
import {runBinary, tempDir} from './helpers.ts'

const {dir, cleanup} = tempDir()
afterAll(cleanup)

describe('a file over the memory cap', () => {
  beforeAll(() => {
    writeFileSync(join(dir, 'a.md'), 'The first article, the the end.\n')
    writeFileSync(join(dir, 'huge.md'), 'word\n\n'.repeat(300_000))
    writeFileSync(join(dir, 'z.md'), 'The last article, the the end.\n')
  })

  it('is skipped with a clear message; the run goes on and keeps the other findings', () => {
    const run = runBinary(['--no-config', '--format', 'json', '--file-timeout', '0'], dir, {timeout: 240_000})
    console.log(`huge.md: ${(run.ms / 1000).toFixed(1)} s, exit ${run.status}`)
    expect(run.signal, run.stderr).toBeNull()
    expect(run.status).toBe(2)
    const files = JSON.parse(run.stdout) as Array<{path: string; skipped: boolean; messages: Array<{ruleId: string; message: string}>}>
    expect(files.map((file) => `${file.path} ${file.skipped} ${file.messages.map((m) => `${m.ruleId}: ${m.message}`).join(' | ')}`)).toEqual([
      'a.md false repeated-words: Unexpected repeated `the`; remove one occurrence',
      `huge.md true skipped: Linting this file needed more than ${WORKER_MEMORY_MB} MB of memory; skipped`,
      'z.md false repeated-words: Unexpected repeated `the`; remove one occurrence'
    ])
  }, 300_000)

  it('is skipped with the same message by a worker in a child process, which the pool replaces', async () => {
    const pool = new LintPool(2, 'single-threaded process')
    try {
      const names = ['a.md', 'huge.md', 'z.md']
      const results = await Promise.all(names.map((name) => pool.lint(join(dir, name), name, {}, 10_000_000, 0)))
      expect(results.map((result) => `${result.path} ${result.skipped} ${result.file.messages.map((m) => `${m.ruleId}: ${m.reason}`).join(' | ')}`)).toEqual([
        'a.md false repeated-words: Unexpected repeated `the`; remove one occurrence',
        `huge.md true skipped: Linting this file needed more than ${WORKER_MEMORY_MB} MB of memory; skipped`,
        'z.md false repeated-words: Unexpected repeated `the`; remove one occurrence'
      ])
    } finally {
      await pool.close()
    }
  }, 300_000)
})
