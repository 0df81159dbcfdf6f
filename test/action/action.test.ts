/**
 * The bundled Action (dist/index.js) run as the GitHub runner runs it, on a
 * simulated newsroom pull request, against a fake GitHub REST API.
 */
import {existsSync, readFileSync} from 'node:fs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {apiFiles, buildOnce, cleanup, fakeGitHub, runAction as runBundle, type ActionRun, type Command, type FakeGitHub, type Repo, type RunOptions} from './harness.ts'
import {files, newsroom, photos} from './newsroom.ts'

// These tests are about the changed files, the API, the caps and escaping, so every finding is
// reported (filter-mode: nofilter), old ones on unchanged lines too; filter.test.ts covers filter-mode.
const runAction = (options: RunOptions) => runBundle({...options, inputs: {'filter-mode': 'nofilter', ...options.inputs}})

let repo: Repo
let api: FakeGitHub
let listed: ReturnType<typeof apiFiles>
const token = 'ghs_test-token-123'

beforeAll(async () => {
  buildOnce()
  repo = newsroom()
  listed = apiFiles(repo)
  api = await fakeGitHub({files: listed})
}, 120_000)
afterAll(async () => {
  await api?.close()
  cleanup()
})

/** Paths and rules of every finding, from the SARIF file the run wrote. */
function sarifFindings(run: ActionRun): string[] {
  const log = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'))
  return log.runs[0].results.map((r: any) => `${decodeURI(r.locations[0].physicalLocation.artifactLocation.uri)} ${r.region ?? ''}${r.locations[0].physicalLocation.region.startLine} ${r.ruleId}`).sort()
}
const linted = (run: ActionRun) => new Set(sarifFindings(run).map((f) => f.slice(0, f.lastIndexOf(' ', f.lastIndexOf(' ') - 1))))
const findingsOf = (commands: Command[]) => commands.filter((c) => c.properties.file !== undefined)
const count = (commands: Command[], command: string) => commands.filter((c) => c.command === command).length

/** Nothing from an article may act as a command: only annotations, and add-mask for the token itself. */
function expectNoInjectedCommands(run: ActionRun) {
  for (const command of run.commands) {
    expect(['error', 'warning', 'notice', 'add-mask']).toContain(command.command)
    if (command.command === 'add-mask') expect(command.data).toBe(token)
    if (command.properties.file !== undefined) expect(files.changed.concat(files.unchanged)).toContain(command.properties.file)
    expect(command.data).not.toMatch(/pwned|secret/)
  }
  expect(run.stderr).toBe('')
}

describe('copydesk Action on a pull request', {timeout: 60_000}, () => {
  let commands: ActionRun

  it('takes the changed files from the files API, 3 pages, with the token; skips deleted and unchanged files', async () => {
    api.requests.length = 0
    commands = await runAction({repo, api: api.url, token, inputs: {annotations: 'commands'}})
    const gets = api.requests.filter((r) => r.method === 'GET')
    expect(gets.map((r) => r.url)).toEqual([
      '/repos/newsroom/articles/pulls/7/files?per_page=100',
      '/repos/newsroom/articles/pulls/7/files?per_page=100&page=2',
      '/repos/newsroom/articles/pulls/7/files?per_page=100&page=3'
    ])
    expect(listed.length).toBeGreaterThan(photos)
    expect(new Set(gets.map((r) => r.authorization))).toEqual(new Set([`Bearer ${token}`]))
    // Linted: the changed articles (the ones on page 3 included), the renamed one at its new path.
    expect([...linted(commands)].sort()).toEqual([...files.changed].sort())
    expect(commands.summary).toContain('in 5 of 5 files linted (files changed in pull request #7)')
    expect(commands.stdout).not.toContain('news/unchanged.md')
    expect(commands.stdout).not.toContain('news/deleted.md')
    expect(commands.stdout).not.toContain('old-name')
    expect(commands.code).toBe(1)
    expectNoInjectedCommands(commands)
  })

  it('prints annotations within the caps, changed lines first, then one notice with the rest', () => {
    const annotations = commands.annotations
    const findings = findingsOf(annotations)
    // setFailed prints one error, so 9 finding errors + 1; 10 warnings; the notice slot for the overflow.
    expect(count(annotations, 'error')).toBe(10)
    expect(count(findings, 'error')).toBe(9)
    expect(count(annotations, 'warning')).toBe(10)
    expect(count(annotations, 'notice')).toBe(1)
    expect(annotations.length).toBeLessThanOrEqual(50)
    const total = Number(commands.outputs.findings)
    const overflow = annotations.find((c) => c.command === 'notice')!
    expect(overflow.data).toMatch(new RegExp(`^${total - findings.length} more Copydesk findings are not shown`))
    expect(overflow.data).toContain('the job summary and the SARIF file')
    // Every file once before any file twice: news/edited.md's best is its changed line 7; its second
    // (June 31, on an unchanged line) comes in the second round, before many.md's eighth error.
    expect(findings.filter((c) => c.properties.file === 'news/edited.md').map((c) => `${c.command} ${c.properties.line}`)).toEqual(['warning 7', 'error 3'])
    // File names with `,`, `:`, `%` and a new line survive as properties.
    expect(findings.map((c) => c.properties.file)).toContain('a,b:c%.md')
    expect(findings.map((c) => c.properties.file)).toContain('news/line\n::warning::pwned.md')
    const one = findings.find((c) => c.properties.file === 'a,b:c%.md' && c.command === 'error')!
    expect(one.properties).toEqual({file: 'a,b:c%.md', line: '11', endLine: '11', col: '20', endColumn: '31', title: 'copydesk inconsistent-date'})
    expect(one.data).toMatch(/^February 30 does not exist/)
  })

  it('writes the outputs, the SARIF file and the job summary', () => {
    const {outputs, summary} = commands
    const sarif = sarifFindings(commands)
    expect(Number(outputs.findings)).toBe(sarif.length)
    expect(Number(outputs.errors)).toBe(sarif.filter((f) => f.endsWith('inconsistent-date')).length)
    expect(Number(outputs.warnings)).toBe(sarif.filter((f) => f.endsWith('repeated-words')).length)
    expect(Number(outputs.errors)).toBeGreaterThan(30)
    expect(existsSync(outputs['sarif-file'])).toBe(true)
    expect(summary).toContain('| Line | Severity | Rule | Finding |')
    expect(summary.match(/^\| \d/gm)).toHaveLength(sarif.length)
    expect(summary).toContain('### a,b:c%.md')
    expect(summary).not.toMatch(/<b>|::add-mask::secret/)
  })

  it('with annotations: checks, creates one check run on the head SHA carrying every finding, 50 per request', async () => {
    api.requests.length = 0
    const run = await runAction({repo, api: api.url, token, inputs: {annotations: 'checks'}})
    const checks = api.requests.filter((r) => r.url.includes('/check-runs'))
    expect(checks[0]).toMatchObject({method: 'POST', url: '/repos/newsroom/articles/check-runs', authorization: `Bearer ${token}`})
    expect(checks[0].body).toMatchObject({name: 'copydesk', head_sha: repo.head, status: 'in_progress'})
    expect(checks.slice(1).every((r) => r.method === 'PATCH' && r.url === '/repos/newsroom/articles/check-runs/1000')).toBe(true)
    const batches = checks.map((r) => r.body.output.annotations.length)
    expect(Math.max(...batches)).toBeLessThanOrEqual(50)
    expect(batches.reduce((a, b) => a + b)).toBe(Number(run.outputs.findings))
    expect(checks.length).toBe(Math.ceil(Number(run.outputs.findings) / 50))
    expect(checks.at(-1)!.body).toMatchObject({status: 'completed', conclusion: 'failure'})
    const all = checks.flatMap((r) => r.body.output.annotations)
    expect(all[0]).toMatchObject({path: 'a,b:c%.md', annotation_level: 'failure', start_line: 11, end_line: 11, start_column: 20, end_column: 31})
    // No finding is printed as a command, the exit status is fail-on's.
    expect(findingsOf(run.annotations)).toEqual([])
    expect(run.code).toBe(1)
    expectNoInjectedCommands(run)
  })

  it('falls back to workflow commands on a 403 (fork pull request): same findings, same exit status', async () => {
    const denied = await fakeGitHub({files: listed, checks: 403})
    try {
      const run = await runAction({repo, api: denied.url, token})
      expect(denied.requests.filter((r) => r.method === 'POST').map((r) => r.body.head_sha)).toEqual([repo.head])
      expect(run.code).toBe(commands.code)
      const same = (r: ActionRun) => r.annotations.map((c) => ({...c, data: c.data.replace(r.outputs['sarif-file'], 'SARIF')}))
      expect(same(run)).toEqual(same(commands))
      expect(sarifFindings(run)).toEqual(sarifFindings(commands))
      expect(run.summary).toContain('The token may not write checks')
      expectNoInjectedCommands(run)
    } finally {
      await denied.close()
    }
  })

  it('when an update of the check run fails, completes the run and falls back to commands', async () => {
    const flaky = await fakeGitHub({files: listed, patchStatus: 422})
    try {
      const run = await runAction({repo, api: flaky.url, token})
      const patches = flaky.requests.filter((r) => r.method === 'PATCH')
      expect(patches).toHaveLength(2)
      expect(patches[1].body).toMatchObject({status: 'completed', conclusion: 'failure'})
      expect(patches[1].body.output.summary).toContain('Not every annotation could be attached')
      const same = (r: ActionRun) => r.annotations.map((c) => ({...c, data: c.data.replace(r.outputs['sarif-file'], 'SARIF')}))
      expect(same(run)).toEqual(same(commands))
      expect(run.code).toBe(1)
    } finally {
      await flaky.close()
    }
  })

  it('without a token, takes the changed files from git (and asks no API)', async () => {
    api.requests.length = 0
    const run = await runAction({repo, api: api.url, token: ''})
    expect(api.requests).toEqual([])
    expect(sarifFindings(run)).toEqual(sarifFindings(commands))
    expect(run.summary).toContain('No token: changed files come from git.')
    expect(count(run.annotations, 'error') + count(run.annotations, 'warning')).toBe(20)
    expectNoInjectedCommands(run)
  })

  it('when the files API keeps failing, retries within the time budget, then takes the changed files from git', async () => {
    const broken = await fakeGitHub({files: [], filesStatus: 500, checks: 403})
    try {
      const run = await runAction({repo, api: broken.url, token, env: {COPYDESK_API_BUDGET: '2'}})
      expect(broken.requests.filter((r) => r.method === 'GET')).toHaveLength(2)
      expect(sarifFindings(run)).toEqual(sarifFindings(commands))
      expect(run.summary).toContain('The pull-request files API failed')
    } finally {
      await broken.close()
    }
  })

  it('reads at most 3,000 files from the API; for a bigger pull request, takes the list from git', async () => {
    const padding = Array.from({length: 3100 - listed.length}, (_, i) => ({filename: `assets/extra-${i}.jpg`, status: 'added'}))
    const big = await fakeGitHub({files: [...padding, ...listed]})
    try {
      const event = {pull_request: {number: 7, changed_files: 3100, base: {sha: repo.base}, head: {sha: repo.head}}}
      const run = await runAction({repo, api: big.url, token, event, inputs: {annotations: 'commands'}})
      expect(big.requests.filter((r) => r.method === 'GET')).toHaveLength(30)
      expect(run.summary).toContain('changes more than 3000 files, the most the API lists; changed files come from git')
      expect(sarifFindings(run)).toEqual(sarifFindings(commands))
    } finally {
      await big.close()
    }
  })

  it('with changed-only: false, lints every file that `files` matches', async () => {
    const run = await runAction({repo, api: api.url, token, inputs: {'changed-only': 'false', annotations: 'off'}})
    expect([...linted(run)].sort()).toEqual([...files.changed, files.unchanged].sort())
    expect(run.annotations.filter((c) => c.properties.file)).toEqual([])
  })

  it('fail-on decides the exit status; annotations: off prints none', async () => {
    const never = await runAction({repo, api: api.url, token, inputs: {'fail-on': 'never', annotations: 'off'}})
    expect(never.code).toBe(0)
    expect(never.annotations).toEqual([])
    expect(Number(never.outputs.errors)).toBeGreaterThan(0)
    const clean = await runAction({repo, api: api.url, token, inputs: {'fail-on': 'warning', files: 'news/new-name.txt', annotations: 'commands'}})
    expect(clean.code).toBe(1)
    expect(findingsOf(clean.annotations).map((c) => c.properties.file)).toEqual(['news/new-name.txt'])
  })

  it('rejects an invalid input with a clear failure', async () => {
    const run = await runAction({repo, api: api.url, token, inputs: {'fail-on': 'sometimes'}})
    expect(run.code).toBe(1)
    expect(run.annotations.map((c) => c.data)).toEqual(['copydesk: Input fail-on must be one of error, warning, never, not "sometimes"'])
  })
})
