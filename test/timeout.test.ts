/**
 * The per-file time budget (`--file-timeout`, config `fileTimeout`): a file
 * that takes too long is reported as skipped and the run goes on. A
 * synchronous hang cannot be interrupted in its own thread, so the hang here
 * is a real one: the worker's test-only hook `COPYDESK_TEST_HANG` (a regular
 * expression, read only by src/worker.ts) makes it spin forever on matching
 * paths; the pool must terminate it and start a fresh worker.
 */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli/index.ts'
import {run} from '../src/engine/index.ts'
import {LintPool} from '../src/engine/pool.ts'

const quoted = '“We will not raise fares this year at all.”\n'

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-timeout-'))
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), value)
  }
  return dir
}

const summary = (results: Awaited<ReturnType<typeof run>>['results']) =>
  results.map((r) => `${r.path} ${r.skipped ? 'skipped' : 'linted'} ${r.file.messages.map((m) => m.ruleId).join(',')}`)

describe('per-file time budget', {timeout: 120_000}, () => {
  beforeAll(() => {
    process.env.COPYDESK_TEST_HANG = 'hang'
  })
  afterAll(() => {
    delete process.env.COPYDESK_TEST_HANG
  })

  const dir = scratch({'a.md': quoted, 'b-hang.md': quoted, 'c.md': quoted, 'd-hang.md': quoted, 'e.md': quoted})
  /** The files that hang are skipped; the others are linted, whichever worker had them. */
  const hangingSkipped = ['a.md linted unattributed-quote', 'b-hang.md skipped skipped', 'c.md linted unattributed-quote', 'd-hang.md skipped skipped', 'e.md linted unattributed-quote']

  it('skips a file that hangs, with a clear message, and lints the others (one worker)', async () => {
    const {results} = await run({cwd: dir, patterns: [], fileTimeout: 500})
    expect(summary(results)).toEqual(hangingSkipped)
    const message = results[1].file.messages[0]
    expect(message.reason).toBe('Linting took longer than 500 ms (`fileTimeout`, `--file-timeout`); skipped')
    expect(message.fatal).toBe(true)
    expect(message.source).toBe('copydesk')
  })

  it('does the same with two workers', async () => {
    const {results} = await run({cwd: dir, patterns: [], fileTimeout: 500, jobs: 2})
    expect(summary(results)).toEqual(hangingSkipped)
  })

  it('does the same with two workers in child processes (a process is killed and replaced)', async () => {
    const pool = new LintPool(2, 'single-threaded process')
    try {
      const names = ['a.md', 'b-hang.md', 'c.md', 'd-hang.md', 'e.md']
      const results = await Promise.all(names.map((name) => pool.lint(join(dir, name), name, {}, 10_000_000, 500)))
      expect(summary(results)).toEqual(hangingSkipped)
      expect(results[1].file.messages[0].reason).toBe('Linting took longer than 500 ms (`fileTimeout`, `--file-timeout`); skipped')
    } finally {
      await pool.close()
    }
  })

  it('replaces a thread that hung when no child process could start (four workers, four hangs)', async () => {
    // Four child processes fail to start (a Node.js option they refuse): the pool goes on with threads,
    // and those failures are not threads failing to start; each thread that hangs is replaced.
    const names = ['a-hang.md', 'b-hang.md', 'c-hang.md', 'd-hang.md', 'e.md', 'f.md', 'g.md', 'h.md']
    const four = scratch(Object.fromEntries(names.map((name) => [name, quoted])))
    const saved = process.env.NODE_OPTIONS
    process.env.NODE_OPTIONS = '--no-such-option-for-copydesk'
    const pool = new LintPool(4, 'single-threaded process')
    try {
      const results = await Promise.all(names.map((name) => pool.lint(join(four, name), name, {}, 10_000_000, 500)))
      expect(summary(results)).toEqual(names.map((name) => name.includes('hang') ? `${name} skipped skipped` : `${name} linted unattributed-quote`))
      for (const result of results.slice(0, 4)) expect(result.file.messages[0].reason).toBe('Linting took longer than 500 ms (`fileTimeout`, `--file-timeout`); skipped')
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS
      else process.env.NODE_OPTIONS = saved
      await pool.close()
    }
  })

  // Files go to a worker many at a time and their results come back many at a time: when a worker hangs
  // with several files in flight, which one it hung on is found by linting each again alone (a large file
  // is announced by the worker before it starts, so it is known at once).
  const many: Record<string, string> = {}
  for (let n = 0; n < 40; n++) many[`f${String(n).padStart(2, '0')}.md`] = quoted
  const batched = (hanging: string, value: string) => scratch({...many, [hanging]: value})
  const expected = (hanging: string) => [...Object.keys(many), hanging].sort().map((name) => name === hanging ? `${name} skipped skipped` : `${name} linted unattributed-quote`)

  for (const [kind, size] of [['thread', 1], ['process', 1], ['single-threaded process', 2]] as const) {
    it(`finds the file that hangs among many in flight (${size} × ${kind})`, async () => {
      const pool = new LintPool(size, kind)
      try {
        for (const [hanging, value] of [['f17-hang.md', quoted], ['f23-large-hang.md', quoted + 'More words here.\n\n'.repeat(4000)]]) {
          const dir = batched(hanging, value)
          const names = [...Object.keys(many), hanging].sort()
          const results = await Promise.all(names.map((name) => pool.lint(join(dir, name), name, {}, 10_000_000, 500)))
          expect(summary(results)).toEqual(expected(hanging))
          expect(results[names.indexOf(hanging)].file.messages[0].reason).toBe('Linting took longer than 500 ms (`fileTimeout`, `--file-timeout`); skipped')
        }
      } finally {
        await pool.close()
      }
    })
  }

  it('reads `fileTimeout` from the configuration', async () => {
    const configured = scratch({'.copydeskrc.json': JSON.stringify({fileTimeout: 300}), 'x-hang.md': quoted, 'y.md': quoted})
    const {results} = await run({cwd: configured, patterns: []})
    expect(summary(results)).toEqual(['x-hang.md skipped skipped', 'y.md linted unattributed-quote'])
    expect(results[0].file.messages[0].reason).toContain('longer than 300 ms')
  })

  it('exits 2 from the CLI and still reports the other files', async () => {
    const out: string[] = []
    const err: string[] = []
    const code = await main(['--format', 'json', '--file-timeout', '400', '--jobs', '2'], {
      cwd: dir, env: {}, readStdin: async () => '',
      stdout: {write: (t: string) => out.push(t)}, stderr: {write: (t: string) => err.push(t)}
    })
    expect(code).toBe(2)
    const report = JSON.parse(out.join('')) as Array<{path: string; skipped: boolean; messages: Array<{ruleId: string; message: string}>}>
    expect(report.map((f) => `${f.path} ${f.skipped}`)).toEqual(['a.md false', 'b-hang.md true', 'c.md false', 'd-hang.md true', 'e.md false'])
    expect(report[1].messages[0].message).toContain('longer than 400 ms')
  })

  it('rejects a --file-timeout that is not a whole number of milliseconds', async () => {
    const err: string[] = []
    const code = await main(['--file-timeout', 'soon'], {cwd: dir, env: {}, readStdin: async () => '', stdout: {write: () => true}, stderr: {write: (t: string) => err.push(t)}})
    expect(code).toBe(2)
    expect(err.join('')).toContain('--file-timeout must be a whole number of milliseconds')
  })
})
