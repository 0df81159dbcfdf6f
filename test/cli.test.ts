/**
 * The real `copydesk` binary (bin/copydesk.js → dist/cli.js, built by
 * `npm test`): stdout, stderr and exit code.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const bin = resolve('bin/copydesk.js')

function copydesk(args: string[], options: {cwd?: string; input?: string; env?: NodeJS.ProcessEnv} = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? process.cwd(),
    input: options.input,
    encoding: 'utf8',
    env: {...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1', ...options.env},
    timeout: 60_000
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Scratch folders, removed when the file's tests are done. */
const scratches: string[] = []
afterAll(() => {
  for (const dir of scratches) rmSync(dir, {recursive: true, force: true})
})

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'))
  scratches.push(dir)
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), value)
  }
  return dir
}

const quoteArticle = 'The council met.\n\n“We will not raise fares this year at all.”\n'
const clean = 'The council met on Tuesday and approved the budget.\n'

describe('copydesk CLI', () => {
  it('lints seeds/: the repeated headlines and the pasted block, nothing else, exit 1', () => {
    const {code, stdout} = copydesk(['seeds', '--format', 'json'])
    expect(code).toBe(1)
    const found = JSON.parse(stdout).flatMap((f: {path: string; messages: Array<{ruleId: string; line: number; endLine: number; message: string}>}) =>
      f.messages.map((m) => `${f.path.slice(6, 9)} ${m.ruleId} ${m.line}-${m.endLine}`))
    expect(found).toEqual([
      '000 repeated-headline 4-4',
      '000 duplicate-paragraph 11-14',
      '001 repeated-headline 4-4',
      '002 repeated-headline 4-4',
      '004 repeated-headline 3-3',
      '004 repeated-headline 4-4'
    ])
  })

  it('prints the stylish report by default', () => {
    const {code, stdout} = copydesk(['seeds/000_0749fbdad7015996.txt'])
    expect(code).toBe(1)
    expect(stdout).toContain('seeds/000_0749fbdad7015996.txt')
    expect(stdout).toMatch(/11:1-14:659\s+error\s+Lines 11–14 repeat lines 7–10; remove one copy\s+duplicate-paragraph/)
  })

  it('defaults to the current folder and the article extensions', () => {
    const dir = scratch({'a.md': quoteArticle, 'notes/b.txt': clean, 'c.html': quoteArticle})
    const {code, stdout} = copydesk(['--format', 'json'], {cwd: dir})
    expect(code).toBe(0)
    expect(JSON.parse(stdout).map((f: {path: string}) => f.path)).toEqual(['a.md', 'notes/b.txt'])
  })

  it('prints each quotation and its attribution in --format json, from workers and the main thread alike', () => {
    const attributed = '“We will not raise fares this year at all,” said Allan Leslie of Discount Corp.\n\n“And the buses will run on time, every one of them.”\n'
    const dir = scratch({'a.md': attributed, 'b.md': quoteArticle})
    const expected = [
      {text: 'We will not raise fares this year at all,', words: 9, paragraphs: 1, closed: true, kind: 'speech', start: {line: 1, column: 1}, end: {line: 1, column: 44},
        attribution: {speaker: 'Allan Leslie', speakerAt: {start: {line: 1, column: 50}, end: {line: 1, column: 62}}, cue: 'said', cueAt: {start: {line: 1, column: 45}, end: {line: 1, column: 49}}, frame: 'verb', where: 'sentence'}},
      {text: 'And the buses will run on time, every one of them.', words: 11, paragraphs: 1, closed: true, kind: 'speech', start: {line: 3, column: 1}, end: {line: 3, column: 53},
        attribution: {speaker: 'Allan Leslie', cue: 'said', frame: 'continuation', where: 'paragraph-before'}}
    ]
    for (const jobs of ['1', '2']) {
      const files = JSON.parse(copydesk(['--format', 'json', '--jobs', jobs], {cwd: dir}).stdout)
      expect(files[0].quotes).toEqual(expected)
      expect(files[1].quotes).toMatchObject([{text: 'We will not raise fares this year at all.', kind: 'speech'}])
      expect(files[1].quotes[0].attribution).toBeUndefined()
      expect(files[1].messages.map((m: {message: string}) => m.message)).toEqual(['Quotation “We will not raise fares this year at all.” has no speaker; add who said this'])
    }
  })

  it('exits by --fail-on and hides warnings with --quiet', () => {
    const dir = scratch({'a.md': quoteArticle})
    expect(copydesk(['a.md'], {cwd: dir}).code).toBe(0)
    expect(copydesk(['a.md', '--fail-on', 'warning'], {cwd: dir}).code).toBe(1)
    expect(copydesk(['a.md', '--fail-on', 'never'], {cwd: dir}).code).toBe(0)
    const quiet = copydesk(['a.md', '--quiet', '--fail-on', 'warning'], {cwd: dir})
    expect(quiet).toMatchObject({code: 1, stdout: ''})
  })

  it('writes SARIF 2.1.0 with relative paths, rule ids, levels and regions', () => {
    const {stdout} = copydesk(['seeds/004_2818f76f32d3a934.txt', '--format', 'sarif'])
    const log = JSON.parse(stdout)
    expect(log.version).toBe('2.1.0')
    const [result] = log.runs[0].results
    expect(result).toMatchObject({
      ruleId: 'repeated-headline',
      level: 'error',
      locations: [{physicalLocation: {artifactLocation: {uri: 'seeds/004_2818f76f32d3a934.txt', uriBaseId: 'SRCROOT'}, region: {startLine: 3, startColumn: 1, endLine: 3, endColumn: 41}}}]
    })
    expect(log.runs[0].tool.driver.rules.map((r: {id: string}) => r.id)).toContain('unattributed-quote')
    // Code scanning shows a rule's full description and help (GitHub's SARIF rules GH2012 require them).
    const rule = log.runs[0].tool.driver.rules[result.ruleIndex]
    expect(rule.id).toBe('repeated-headline')
    expect(rule.fullDescription.text).toMatch(/headline.*Remove/)
    expect(rule.help.markdown).toContain('docs/rules/repeated-headline.md')
    // SARIF 2.1.0 §3.14.14: an originalUriBaseIds entry needs an absolute URI ending in '/'. Copydesk defines
    // none (the working folder's absolute path stays private); code scanning resolves relative URIs against
    // the checkout, as for CodeQL's own logs (relative uri, uriBaseId, no originalUriBaseIds).
    expect(log.runs[0]).not.toHaveProperty('originalUriBaseIds')
    for (const location of [...result.locations, ...(result.relatedLocations ?? [])]) {
      expect(location.physicalLocation.artifactLocation.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\//i)
    }
  })

  it('writes escaped workflow commands with --format github', () => {
    const dir = scratch({'a,b:c%.md': '::add-mask::secret\n\nThe the end.\n'})
    const {stdout} = copydesk(['--format', 'github'], {cwd: dir})
    expect(stdout).toBe('::warning file=a%2Cb%3Ac%25.md,line=3,endLine=3,col=1,endColumn=8,title=copydesk repeated-words::Unexpected repeated `the`; remove one occurrence\n')
  })

  it('lints standard input under --stdin-filename', () => {
    const md = copydesk(['--stdin', '--stdin-filename', 'story.md', '--format', 'json'], {input: quoteArticle})
    expect(JSON.parse(md.stdout)[0]).toMatchObject({path: 'story.md', warningCount: 1})
    const text = copydesk(['--stdin', '--stdin-filename', 'wire.txt', '--format', 'json'], {input: 'Headline Here\nHeadline Here\n'})
    expect(JSON.parse(text.stdout)[0].messages[0]).toMatchObject({ruleId: 'repeated-headline', line: 2})
  })

  it('reads the nearest configuration file and honours --config and --no-config', () => {
    const dir = scratch({
      '.copydeskrc.json': JSON.stringify({rules: {'unattributed-quote': 'error'}}),
      'desk/.copydeskrc.yml': 'rules:\n  unattributed-quote: off\n',
      'a.md': quoteArticle,
      'desk/b.md': quoteArticle,
      'strict.json': JSON.stringify({rules: {'unattributed-quote': ['error', {minWords: 3}]}})
    })
    const result = JSON.parse(copydesk(['--format', 'json', '--fail-on', 'never'], {cwd: dir}).stdout)
    expect(result.map((f: {path: string; errorCount: number; warningCount: number}) => [f.path, f.errorCount, f.warningCount])).toEqual([['a.md', 1, 0], ['desk/b.md', 0, 0]])
    expect(copydesk(['desk/b.md', '--config', 'strict.json'], {cwd: dir}).code).toBe(1)
    expect(copydesk(['a.md', '--no-config'], {cwd: dir}).code).toBe(0)
  })

  it('reads the copydesk field of package.json and .copydeskignore', () => {
    const dir = scratch({
      'package.json': JSON.stringify({name: 'desk', copydesk: {rules: {'repeated-words': 'error'}}}),
      '.copydeskignore': 'drafts/\n',
      'a.md': 'The the end.\n',
      'drafts/b.md': 'The the end.\n'
    })
    const {code, stdout} = copydesk(['--format', 'json'], {cwd: dir})
    expect(code).toBe(1)
    expect(JSON.parse(stdout).map((f: {path: string; errorCount: number}) => [f.path, f.errorCount])).toEqual([['a.md', 1]])
  })

  it('exits 2 on usage errors and unreadable configuration, with a clear message', () => {
    expect(copydesk(['--format', 'xml'])).toMatchObject({code: 2, stderr: expect.stringContaining('--format must be one of')})
    expect(copydesk(['--bogus'])).toMatchObject({code: 2, stderr: 'copydesk: unknown option --bogus\nRun copydesk --help for usage.\n'})
    const dir = scratch({'.copydeskrc': '{"rules": {"unattributed-quote": "loud"}}', 'a.md': clean, 'bad.yml': 'rules: [\n'})
    expect(copydesk(['a.md'], {cwd: dir})).toMatchObject({code: 2, stdout: expect.stringContaining('expected `off`, `warning`, `error`')})
    expect(copydesk(['a.md', '--config', 'bad.yml'], {cwd: dir})).toMatchObject({code: 2, stderr: expect.stringContaining('Cannot parse configuration')})
  })

  it('still lints and reports the other files when one cannot be read, and exits 2', () => {
    const dir = scratch({'a.md': 'The the end.\n', 'b.md': 'x\u0000y'})
    const {code, stdout} = copydesk(['a.md', 'b.md', 'missing.md', '--format', 'json'], {cwd: dir})
    expect(code).toBe(2)
    const files = JSON.parse(stdout)
    expect(files.map((f: {path: string; skipped: boolean}) => [f.path, f.skipped])).toEqual([['a.md', false], ['b.md', true], ['missing.md', true]])
    expect(files[0].messages[0].ruleId).toBe('repeated-words')
    expect(files[1].messages[0].message).toMatch(/Binary file/)
    expect(files[2].messages[0].message).toMatch(/No such file/)
  })

  it('with --diff REF, lints changed files only and keeps findings that touch changed lines', () => {
    const p = (n: number) => `Paragraph ${n} tells readers what the council decided about the buses and the budget today.`
    const dir = scratch({'story.md': [p(1), p(2), 'The the start.'].join('\n\n') + '\n', 'old.md': 'The the old file.\n'})
    const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, env: {...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t'}})
    git('init', '-q')
    git('add', '.')
    git('commit', '-qm', 'base')
    writeFileSync(join(dir, 'story.md'), [p(1), p(2), 'The the start.', p(1)].join('\n\n') + '\n')
    // A changed file that is not an article (a script, a stylesheet) is not linted.
    writeFileSync(join(dir, 'build.js'), 'console.log("the the")\n')
    git('add', 'build.js')
    const {code, stdout} = copydesk(['--diff', 'HEAD', '--format', 'json'], {cwd: dir})
    const files = JSON.parse(stdout)
    expect(files.map((f: {path: string}) => f.path)).toEqual(['story.md'])
    expect(files[0].messages.map((m: {ruleId: string; line: number}) => `${m.ruleId}:${m.line}`)).toEqual(['duplicate-paragraph:7'])
    expect(code).toBe(1)
    expect(copydesk(['--diff', 'no-such-ref'], {cwd: dir}).code).toBe(2)
  })

  it('prints help and version', () => {
    expect(copydesk(['--help'])).toMatchObject({code: 0, stdout: expect.stringContaining('Usage: copydesk')})
    expect(copydesk(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})


describe('copydesk CLI: exit codes and messages a CI engineer relies on', () => {
  it('--quiet leaves warnings out of the report, not out of the exit code', () => {
    const dir = scratch({'story.md': quoteArticle})
    const quiet = copydesk(['--quiet', '--fail-on', 'warning', '--format', 'json', 'story.md'], {cwd: dir})
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([])
    expect(quiet.code).toBe(1)
    expect(copydesk(['--quiet', 'story.md'], {cwd: dir}).code).toBe(0)
  })

  it('--stdin finds the configuration for --stdin-filename as for a file at that path', () => {
    const dir = scratch({'news/.copydeskrc.json': JSON.stringify({rules: {'unattributed-quote': 'error'}})})
    const found = copydesk(['--stdin', '--stdin-filename', 'news/story.md', '--format', 'json'], {cwd: dir, input: quoteArticle})
    expect(JSON.parse(found.stdout)[0].messages.map((m: {ruleId: string; severity: string}) => `${m.ruleId}:${m.severity}`)).toEqual(['unattributed-quote:error'])
    expect(found.code).toBe(1)
    const none = copydesk(['--stdin', '--stdin-filename', 'news/story.md', '--no-config', '--format', 'json'], {cwd: dir, input: quoteArticle})
    expect(JSON.parse(none.stdout)[0].messages.map((m: {severity: string}) => m.severity)).toEqual(['warning'])
    expect(none.code).toBe(0)
  })

  it('says which option is unknown or missing its value, in one line, exit 2', () => {
    expect(copydesk(['--bogus'])).toEqual({code: 2, stdout: '', stderr: 'copydesk: unknown option --bogus\nRun copydesk --help for usage.\n'})
    expect(copydesk(['--format'])).toEqual({code: 2, stdout: '', stderr: 'copydesk: option --format needs a value\nRun copydesk --help for usage.\n'})
  })

  it('refuses an empty --stdin-filename with a usage error, not a stack trace', () => {
    const result = copydesk(['--stdin', '--stdin-filename', ''], {input: clean})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('copydesk: --stdin-filename needs a file name, such as story.md\n\nRun copydesk --help for usage.\n')
  })
})

describe('copydesk CLI: SARIF for code scanning', () => {
  it('reports a file it could not lint as a tool notification, not a result, and gives rules their default level', () => {
    const dir = scratch({'story.md': quoteArticle, 'photo.md': 'GIF89a\u0000\u0001binary'})
    const {code, stdout} = copydesk(['--format', 'sarif', '.'], {cwd: dir})
    expect(code).toBe(2)
    const [run] = JSON.parse(stdout).runs
    expect(run.results.map((r: {ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) =>
      `${r.locations[0].physicalLocation.artifactLocation.uri} ${r.ruleId}`)).toEqual(['story.md unattributed-quote'])
    expect(run.invocations).toEqual([{
      executionSuccessful: false,
      toolExecutionNotifications: [{
        descriptor: {id: 'skipped', index: 0},
        level: 'error',
        message: {text: 'Binary file (NUL byte in the first 8,000 bytes); skipped'},
        locations: [{physicalLocation: {artifactLocation: {uri: 'photo.md', uriBaseId: 'SRCROOT'}}}]
      }]
    }])
    expect(run.tool.driver.rules.map((r: {id: string; defaultConfiguration: {level: string}}) => `${r.id}:${r.defaultConfiguration.level}`)).toEqual([
      'duplicate-paragraph:error', 'repeated-headline:error', 'unattributed-quote:warning', 'inconsistent-date:error', 'repeated-words:warning', 'front-matter:error'
    ])
  })
})
