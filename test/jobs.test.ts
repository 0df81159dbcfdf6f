/**
 * `--jobs N`: files linted in worker threads give the same results, in the
 * same order, as the library in this thread; messages are rebuilt as
 * VFileMessage objects with every field.
 */
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {main} from '../src/cli/index.ts'
import {earlyWorker} from '../src/cli/options.ts'
import {DEFAULT_MAX_FILE_SIZE, displayPath, lintFile, run, type FileResult} from '../src/engine/index.ts'
import {findFiles} from '../src/engine/files.ts'
import {LintPool} from '../src/engine/pool.ts'
import {workerKind} from '../src/engine/workers.ts'
import {fromWire, toWire} from '../src/engine/wire.ts'
import {runBinary} from './robustness/helpers.ts'

const paragraph = 'The council voted on Tuesday to expand the bus network to the northern suburbs by next spring.'
const articles: Record<string, string> = {
  '2025-07-22-council.md': '---\ntitle: Council expands buses\ndate: 2025-07-22\n---\n\n# Council expands buses\n\n' +
    `${paragraph}\n\n“We will not raise fares this year at all,” the mayor said.\n\n${paragraph}\n\n## Council expands buses\n`,
  'b.md': 'Officials met on Monday, July 22, 2025, and again on June 31.\n\n“This is the the best plan we have had in years.”\n',
  'c.txt': 'A plain line of wire copy about the weather today.\n',
  'nested/d.md': '---\ntitle: [broken\n---\n\nA body after broken front matter.\n',
  'e.md': '',
  'f.md': 'He said "the plan will cost far more than anyone admits" and left.\n\nAn "unclosed quote here.\n'
}

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-jobs-'))
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), value)
  }
  return dir
}

/** Every own field of every message (the stack aside), per file, in order. The text stays in the worker: no reporter reads it. */
function fields(results: FileResult[]) {
  return results.map((result) => ({
    path: result.path,
    skipped: result.skipped,
    messages: result.file.messages.map((message) => {
      expect(message).toBeInstanceOf(VFileMessage)
      const {stack: _stack, ancestors: _ancestors, ...rest} = message
      return {...rest, string: String(message)}
    })
  }))
}

function io(cwd: string) {
  const out: string[] = []
  const err: string[] = []
  return {
    io: {cwd, env: {}, stdout: {write: (t: string) => out.push(t)}, stderr: {write: (t: string) => err.push(t)}, readStdin: async () => ''},
    out: () => out.join(''),
    err: () => err.join('')
  }
}

describe('--jobs', {timeout: 120_000}, () => {
  const dir = scratch(articles)

  /** The library in this thread, file by file (the engine itself always lints in workers). */
  const inThisThread = () => Promise.all(findFiles([], dir).map((found) => lintFile(found.path, displayPath(dir, found.path), {}, DEFAULT_MAX_FILE_SIZE)))

  it('gives the same results, in the same order, in this thread, with one worker or three', async () => {
    const inProcess = {results: await inThisThread()}
    const oneWorker = await run({cwd: dir, patterns: [], jobs: 1, fileTimeout: 0})
    const threeWorkers = await run({cwd: dir, patterns: [], jobs: 3})
    const expected = fields(inProcess.results)
    expect(expected.map((r) => r.path)).toEqual(['2025-07-22-council.md', 'b.md', 'c.txt', 'e.md', 'f.md', 'nested/d.md'])
    expect(expected.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(expect.arrayContaining([
      'duplicate-paragraph', 'repeated-headline', 'unattributed-quote', 'inconsistent-date', 'repeated-words', 'front-matter'
    ]))
    expect(fields(oneWorker.results)).toEqual(expected)
    expect(fields(threeWorkers.results)).toEqual(expected)
  })

  it.each([[2, 'single-threaded process'], [1, 'process']] as const)('gives the same results with %i worker(s) in child processes (%s) as in this thread', async (size, kind) => {
    const expected = fields(await inThisThread())
    const pool = new LintPool(size, kind)
    try {
      const inChildren = await Promise.all(findFiles([], dir).map((found) => pool.lint(found.path, displayPath(dir, found.path), {}, DEFAULT_MAX_FILE_SIZE, 0)))
      expect(fields(inChildren)).toEqual(expected)
    } finally {
      await pool.close()
    }
  })

  it('goes on with worker threads when a child process cannot start', async () => {
    const expected = fields(await inThisThread())
    const saved = process.env.NODE_OPTIONS
    // Every child node refuses to start with an unknown option; threads are not affected.
    process.env.NODE_OPTIONS = '--no-such-option-for-copydesk'
    const pool = new LintPool(2, 'single-threaded process')
    try {
      const results = await Promise.all(findFiles([], dir).map((found) => pool.lint(found.path, displayPath(dir, found.path), {}, DEFAULT_MAX_FILE_SIZE, 0)))
      expect(fields(results)).toEqual(expected)
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS
      else process.env.NODE_OPTIONS = saved
      await pool.close()
    }
  })

  it('runs workers in threads for a few files, in child processes for many, single-threaded when they fill every core', () => {
    const kinds = (manyFiles: boolean, flagsHere = false) => [[1, 1], [1, 2], [2, 2], [2, 4], [4, 4], [8, 4]].map(([size, cores]) => workerKind(size, cores, manyFiles, flagsHere))
    expect(kinds(false)).toEqual(['thread', 'thread', 'single-threaded process', 'thread', 'single-threaded process', 'single-threaded process'])
    expect(kinds(true)).toEqual(['process', 'process', 'single-threaded process', 'process', 'single-threaded process', 'single-threaded process'])
    // The binary's process has the workers' V8 flags: its threads lint as a child process would.
    expect(kinds(true, true)).toEqual(['thread', 'thread', 'single-threaded process', 'thread', 'single-threaded process', 'single-threaded process'])
  })

  it('carries every field of a message across the thread boundary', async () => {
    const results = (await inThisThread()).filter((result) => result.path === '2025-07-22-council.md')
    const duplicate = results[0].file.messages.find((m) => m.ruleId === 'duplicate-paragraph')!
    const copy = fromWire(structuredClone(toWire(results[0]))).file.messages.find((m) => m.ruleId === 'duplicate-paragraph')!
    expect(copy).toBeInstanceOf(VFileMessage)
    for (const key of ['reason', 'message', 'ruleId', 'source', 'fatal', 'place', 'line', 'column', 'url', 'actual', 'expected', 'file', 'name'] as const) {
      expect(copy[key as keyof VFileMessage], key).toEqual(duplicate[key as keyof VFileMessage])
    }
    expect(copy.cause).toBeInstanceOf(VFileMessage)
    expect(String(copy.cause)).toBe(String(duplicate.cause))
  })

  it('prints the same report with --jobs 2 as with --jobs 1, in every format', async () => {
    for (const format of ['json', 'sarif', 'github', 'stylish']) {
      const one = io(dir)
      const two = io(dir)
      const codeOne = await main(['--format', format, '--jobs', '1'], one.io)
      const codeTwo = await main(['--format', format, '--jobs', '2'], two.io)
      expect(codeTwo).toBe(codeOne)
      expect(two.out()).toBe(one.out())
      expect(two.out().length).toBeGreaterThan(0)
    }
  })

  it('rejects a --jobs that is not auto or a whole number from 1 to 64', async () => {
    for (const value of ['0', '-1', '1.5', 'many', '65']) {
      const cli = io(dir)
      expect(await main([`--jobs=${value}`], cli.io)).toBe(2)
      expect(cli.err()).toContain('--jobs must be `auto` or a whole number from 1 to 64')
    }
  })
})

describe('the worker the binary starts before the rest of Copydesk loads', () => {
  it('is the kind a run of many files would use, and none for runs that lint nothing in workers', () => {
    const many = (size: number) => workerKind(size, availableParallelism(), true)
    expect(earlyWorker(['--jobs', '1', '.'])).toBe('process')
    expect(earlyWorker(['--jobs=2'])).toBe(many(2))
    expect(earlyWorker([])).toBe(many(availableParallelism()))
    for (const argv of [['--help'], ['-v'], ['--stdin'], ['--cache', '.'], ['--jobs', '0'], ['--jobs', 'many'], ['--no-such-option']]) {
      expect(earlyWorker(argv), argv.join(' ')).toBeUndefined()
    }
  })

  it('is taken by the run, whatever it needs, and the report is the one linting in this process gives', async () => {
    const files: Record<string, string> = {}
    for (let n = 0; n < 70; n++) files[`a${n}.md`] = articles[Object.keys(articles)[n % 6]]
    for (const [dir, args] of [[scratch(articles), ['--jobs', '1']], [scratch(files), ['--jobs', '1']], [scratch(files), ['--jobs', '2']]] as const) {
      const binary = runBinary(['--format', 'json', ...args], dir)
      const out: string[] = []
      const code = await main(['--format', 'json', ...args], {cwd: dir, env: {}, readStdin: async () => '', stdout: {write: (t: string) => out.push(t)}, stderr: {write: () => true}})
      expect(binary.stderr).toBe('')
      expect(binary.status).toBe(code)
      expect(binary.stdout).toBe(out.join(''))
    }
  })

  it.runIf(existsSync('/proc/self/cwd'))('ends with the binary when the run stops before linting (a usage error)', () => {
    const dir = scratch(articles)
    const run = runBinary(['--jobs', '1', '--format', 'nope'], dir)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--format must be one of')
    // A worker process works in the binary's folder: none is left there once the binary has exited.
    const left = () => readdirSync('/proc').filter((pid) => /^\d+$/.test(pid)).filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === realpathSync(dir)
      } catch {
        return false
      }
    })
    const until = Date.now() + 10_000
    while (left().length > 0 && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50)
    expect(left()).toEqual([])
  })
})

describe('closing a pool', () => {
  it('waits for a worker that becomes ready after the pool was closed (the run does not end before its output)', () => {
    // In a process of its own, with nothing else to keep it alive: the early worker is ready, the pool's
    // second worker is still starting when the one file is linted; its "ready" is read only once the pool
    // is closing, and must not let go of it (the process would end, its top-level await unsettled, exit
    // code 13: the CLI printed nothing, in about 1 of 100 runs of `--jobs 2` on two files).
    const dir = scratch({'a.md': articles['b.md']})
    const source = (path: string) => JSON.stringify(pathToFileURL(join(process.cwd(), path)).href)
    writeFileSync(join(dir, 'close.mts'), [
      `import {startEarly} from ${source('src/engine/workers.ts')}`,
      `import {LintPool} from ${source('src/engine/pool.ts')}`,
      'const outcomes = new Set()',
      // Which of the two workers' exits is read first varies: four times over, the wrong order shows.
      'for (let round = 0; round < 4; round++) {',
      `  startEarly('single-threaded process')`,
      '  await new Promise((resolve) => setTimeout(resolve, 1000))',
      `  const pool = new LintPool(2, 'single-threaded process')`,
      `  const result = await pool.lint(${JSON.stringify(join(dir, 'a.md'))}, 'a.md', {}, 1_000_000, 0)`,
      // Busy: the second worker gets ready meanwhile, and its message waits until `close` has begun.
      '  for (const until = Date.now() + 700; Date.now() < until;);',
      '  await pool.close()',
      `  outcomes.add(result.skipped ? 'skipped' : 'linted')`,
      '}',
      `console.log('closed', [...outcomes].join())`
    ].join('\n'))
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'close.mts')], {encoding: 'utf8', timeout: 60_000})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('closed linted\n')
  })
})

describe('workers that cannot start', () => {
  /** NODE_OPTIONS that load, in `dir`, a preload throwing in any worker, thread or child process. */
  const refusingWorkers = (dir: string) => {
    const preload = join(dir, 'refuse-workers.mjs')
    writeFileSync(preload, "import {isMainThread} from 'node:worker_threads'\nif (!isMainThread || process.send) throw new Error('this preload refuses to run in a worker')\n")
    return `--import ${pathToFileURL(preload).href}`
  }

  it('gives every file a clear message and ends the run, threads and processes alike (a preload that fails in every worker)', () => {
    // NODE_OPTIONS reaches every worker, thread or child process: here one that refuses to load in any of
    // them, as a broken monitoring agent would. A pool that started worker after worker never got one
    // ready and never ended.
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-nostart-'))
    const nodeOptions = refusingWorkers(dir)
    for (const count of [3, 70]) {
      const folder = join(dir, `articles-${count}`)
      mkdirSync(folder)
      for (let i = 0; i < count; i++) writeFileSync(join(folder, `a${i}.md`), articles['b.md'])
      const run = runBinary(['--format', 'json', '.'], folder, {env: {NODE_OPTIONS: nodeOptions}})
      expect(run.signal).toBeNull()
      expect(run.status).toBe(2)
      const files = JSON.parse(run.stdout) as Array<{path: string; skipped: boolean; messages: Array<{ruleId: string; message: string}>}>
      expect(files).toHaveLength(count)
      for (const file of files) {
        expect(file.skipped).toBe(true)
        expect(file.messages).toHaveLength(1)
        expect(file.messages[0].ruleId).toBe('skipped')
        expect(file.messages[0].message).toMatch(/^Could not lint this file: no worker could start \(.*this preload refuses to run in a worker.*\); skipped$/)
      }
    }
  })

  it.runIf(process.platform !== 'win32')('does the same when the early worker fails before the run takes it (a slow `git` for --diff)', () => {
    // The binary's first worker starts before anything else; with --diff the run waits for git before it
    // takes that worker, which by then has failed: an uncaught error (a thread, exit 1) or a pool waiting
    // forever for a process that had gone (exit 13, nothing printed).
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-nostart-git-'))
    const nodeOptions = refusingWorkers(dir)
    const bin = join(dir, 'bin')
    mkdirSync(bin)
    const realGit = spawnSync('sh', ['-c', 'command -v git'], {encoding: 'utf8'}).stdout.trim()
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nsleep 0.5\nexec ${JSON.stringify(realGit)} "$@"\n`, {mode: 0o755})
    const repo = join(dir, 'repo')
    mkdirSync(repo)
    const git = (...args: string[]) => spawnSync(realGit, args, {cwd: repo, encoding: 'utf8'})
    git('init', '-q')
    writeFileSync(join(repo, 'base.md'), 'Base.\n')
    git('add', '.')
    git('-c', 'user.email=a@b.example', '-c', 'user.name=Test', 'commit', '-qm', 'base')
    for (let i = 0; i < 3; i++) writeFileSync(join(repo, `a${i}.md`), articles['b.md'])
    git('add', '.')
    for (const jobs of [['--jobs', '1'], []]) {
      const run = runBinary(['--format', 'json', '--diff', 'HEAD', ...jobs, '.'], repo, {env: {NODE_OPTIONS: nodeOptions, PATH: `${bin}:${process.env.PATH}`}})
      expect(run.signal, jobs.join(' ')).toBeNull()
      expect(run.status, `${jobs.join(' ')}: ${run.stderr}`).toBe(2)
      const files = JSON.parse(run.stdout) as Array<{path: string; skipped: boolean; messages: Array<{message: string}>}>
      expect(files.map((file) => file.path)).toEqual(['a0.md', 'a1.md', 'a2.md'])
      for (const file of files) expect(file.messages.map((m) => m.message)).toEqual(['Could not lint this file: no worker could start (this preload refuses to run in a worker); skipped'])
    }
  })
})
