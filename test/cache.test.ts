/**
 * `--cache` and `--shard` through the real binary: a cached run reports
 * exactly what an uncached run does, lints only what changed (content,
 * configuration, rule options), and shards split the files without overlap.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const bin = resolve('bin/copydesk.js')
const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true})
})

function copydesk(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, GITHUB_ACTIONS: '', ...env}, timeout: 120_000})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A copy of seeds/ plus two articles of our own. */
function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cache-'))
  dirs.push(dir)
  cpSync(resolve('seeds'), join(dir, 'seeds'), {recursive: true})
  writeFileSync(join(dir, 'quote.md'), 'The council met.\n\n“We will not raise fares this year at all.”\n')
  writeFileSync(join(dir, 'words.md'), 'The council voted on the the budget.\n')
  return dir
}

/** Linting this file hangs the worker (a test hook of the worker): a file linted again shows as skipped. */
const hangOn = {COPYDESK_TEST_HANG: 'quote\\.md$'}

describe('--cache', () => {
  it('reports the same findings as an uncached run, and lints nothing again when nothing changed', () => {
    const dir = archive()
    const plain = copydesk(['--format', 'json', '.'], dir)
    const first = copydesk(['--cache', '--format', 'json', '.'], dir)
    expect(first).toEqual(plain)
    expect(existsSync(join(dir, '.copydeskcache'))).toBe(true)
    // Served from the cache: the file that would hang its worker is not linted.
    const second = copydesk(['--cache', '--file-timeout', '2000', '--format', 'json', '.'], dir, hangOn)
    expect(second).toEqual(plain)
  })

  it('relints a file whose content changed, and only that file', () => {
    const dir = archive()
    copydesk(['--cache', '.'], dir)
    writeFileSync(join(dir, 'words.md'), 'The council voted on the budget budget.\n')
    const after = copydesk(['--cache', '--file-timeout', '2000', '--format', 'json', '.'], dir, hangOn)
    const byPath = Object.fromEntries(JSON.parse(after.stdout).map((f: {path: string; messages: Array<{message: string}>}) => [f.path, f.messages.map((m) => m.message)]))
    expect(byPath['words.md']).toEqual(['Unexpected repeated `budget`; remove one occurrence'])
    expect(byPath['quote.md']).toHaveLength(1)
    expect(after.stdout).toBe(copydesk(['--format', 'json', '.'], dir).stdout)
  })

  it('relints when the configuration or a rule option changes', () => {
    const dir = archive()
    copydesk(['--cache', '.'], dir)
    writeFileSync(join(dir, '.copydeskrc.json'), JSON.stringify({rules: {'unattributed-quote': ['warning', {minWords: 20}]}}))
    const after = copydesk(['--cache', '--file-timeout', '2000', '--format', 'json', 'quote.md'], dir, hangOn)
    expect(JSON.parse(after.stdout)[0].messages[0].message).toMatch(/^Linting took longer than 2000 ms/)
    const fresh = copydesk(['--cache', '--format', 'json', 'quote.md'], dir)
    expect(JSON.parse(fresh.stdout)[0].messages).toEqual([])
  })

  it('keeps its file where --cache-location says, and survives a damaged cache file', () => {
    const dir = archive()
    const plain = copydesk(['--format', 'json', '.'], dir)
    mkdirSync(join(dir, 'tmp'))
    expect(copydesk(['--cache', '--cache-location', 'tmp/', '--format', 'json', '.'], dir)).toEqual(plain)
    expect(existsSync(join(dir, 'tmp', '.copydeskcache'))).toBe(true)
    const unwritable = copydesk(['--cache', '--cache-location', 'missing/folder/', '--format', 'json', '.'], dir)
    expect(unwritable.stdout).toBe(plain.stdout)
    expect(unwritable.stderr).toMatch(/^copydesk: Could not write the cache .*missing\/folder\/\.copydeskcache/)
    expect(copydesk(['--cache', '--cache-location', 'cache.json', '--format', 'json', '.'], dir)).toEqual(plain)
    expect(existsSync(join(dir, 'cache.json'))).toBe(true)
    writeFileSync(join(dir, 'cache.json'), readFileSync(join(dir, 'cache.json'), 'utf8').slice(0, 100))
    expect(copydesk(['--cache', '--cache-location', 'cache.json', '--format', 'json', '.'], dir)).toEqual(plain)
  })
})

describe('--shard', () => {
  it('splits the files into disjoint parts whose union is the whole run', () => {
    const dir = archive()
    const paths = (out: string) => JSON.parse(out).map((f: {path: string}) => f.path) as string[]
    const all = paths(copydesk(['--format', 'json', '.'], dir).stdout)
    const parts = [1, 2, 3].map((i) => paths(copydesk(['--shard', `${i}/3`, '--format', 'json', '.'], dir).stdout))
    expect(parts.flat().sort()).toEqual([...all].sort())
    expect(new Set(parts.flat()).size).toBe(all.length)
    expect(parts.filter((part) => part.length > 0).length).toBeGreaterThan(1)
  })

  it('refuses a malformed shard', () => {
    expect(copydesk(['--shard', '4/3', '.'], resolve('.'))).toMatchObject({code: 2, stderr: 'copydesk: --shard must be i/n with 1 ≤ i ≤ n, such as 2/4\n\nRun copydesk --help for usage.\n'})
  })
})
