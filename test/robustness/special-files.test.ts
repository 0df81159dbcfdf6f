/**
 * Configuration and ignore files are repository content too: FIFOs, devices,
 * huge files and pathological patterns must give a clear message (exit 2),
 * never a hang, an 8 GB read or minutes of matching. Through the real binary;
 * the time budget only catches hangs.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runBinary, tempDir} from './helpers.ts'

const temporary: Array<() => void> = []
afterAll(() => {
  for (const cleanup of temporary) cleanup()
})

const article = 'The article says the the same thing twice.\n'

function folder(files: Record<string, string> = {}): string {
  const {dir, cleanup} = tempDir()
  temporary.push(cleanup)
  writeFileSync(join(dir, 'a.md'), article)
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), value)
  }
  return dir
}

const fifo = (path: string) => execFileSync('mkfifo', [path])

/** The binary's JSON report: path, skipped, first message. */
function report(dir: string): {status: number | null; stderr: string; files: string[]} {
  const run = runBinary(['--format', 'json'], dir)
  expect(run.signal, run.stderr).toBeNull()
  const files = (JSON.parse(run.stdout) as Array<{path: string; skipped: boolean; messages: Array<{message: string}>}>)
    .map((f) => `${f.path} ${f.skipped ? 'skipped' : 'linted'}: ${f.messages[0]?.message}`)
  return {status: run.status, stderr: run.stderr, files}
}

const linted = 'a.md linted: Unexpected repeated `the`; remove one occurrence'

describe('special configuration and ignore files', () => {
  it('a FIFO given as --config is an error; named .copydeskrc, .copydeskignore or .gitignore, it skips the files under it; never a hang', () => {
    const dir = folder()
    fifo(join(dir, 'pipe.yml'))
    const given = runBinary(['--config', 'pipe.yml', 'a.md'], dir)
    expect(given.signal).toBeNull()
    expect(given.status).toBe(2)
    expect(given.stderr).toBe(`copydesk: Cannot read configuration ${join(dir, 'pipe.yml')}: not a regular file\n`)
    for (const [name, what] of [['.copydeskrc', 'configuration'], ['.copydeskignore', 'ignore file'], ['.gitignore', 'ignore file']]) {
      // The FIFO in a folder of its own: the article beside it is still linted.
      const root = folder()
      mkdirSync(join(root, 'desk'))
      writeFileSync(join(root, 'desk/b.md'), article)
      fifo(join(root, 'desk', name))
      const run = report(root)
      expect(run.status, name).toBe(2)
      expect(run.files, name).toEqual([linted, `desk/b.md skipped: Cannot read ${what} ${join(root, 'desk', name)}: not a regular file${what === 'ignore file' ? '; skipped' : ''}`])
    }
  })

  it('/dev/zero as a configuration or an ignore file is an error, not an endless read', () => {
    const dir = folder()
    expect(runBinary(['--config', '/dev/zero', 'a.md'], dir)).toMatchObject({status: 2, stderr: 'copydesk: Cannot read configuration /dev/zero: not a regular file\n'})
    const linked = folder()
    symlinkSync('/dev/zero', join(linked, '.copydeskignore'))
    expect(report(linked)).toEqual({status: 2, stderr: '', files: [`a.md skipped: Cannot read ignore file ${join(linked, '.copydeskignore')}: not a regular file; skipped`]})
  })

  it('a configuration or ignore file over 1 MB is an error', () => {
    const dir = folder({'big.yml': `# ${'x'.repeat(1024 * 1024)}\nrules: {}\n`, '.copydeskignore': `# ${'x'.repeat(1024 * 1024)}\n`})
    expect(runBinary(['--config', 'big.yml', 'a.md'], dir).stderr).toBe(`copydesk: Cannot read configuration ${join(dir, 'big.yml')}: over the 1,048,576-byte limit\n`)
    expect(report(dir).files).toEqual([`a.md skipped: Cannot read ignore file ${join(dir, '.copydeskignore')}: over the 1,048,576-byte limit; skipped`])
  })

  it('an ignore pattern with more than two ** is refused with its file and line; two are fine', () => {
    const deep = Array.from({length: 30}, () => 'a').join('/')
    const dir = folder({'.copydeskignore': '# drafts\n**/a/**/a/**/a/**/a/**/a/**/b\n', [`${deep}/c.md`]: article})
    const refused = `${join(dir, '.copydeskignore')}:2: a pattern may use \`**\` at most 2 times, not 6 (matching would take too long): **/a/**/a/**/a/**/a/**/a/**/b; skipped`
    // The folder `a` is not searched: what the file would leave out there is unknown.
    expect(report(dir)).toEqual({status: 2, stderr: '', files: [`a skipped: ${refused}`, `a.md skipped: ${refused}`]})
    writeFileSync(join(dir, '.copydeskignore'), '**/a/**/c.md\n')
    expect(report(dir)).toEqual({status: 0, stderr: '', files: [linted]})
  })

  it('a folder nested deeper than 100 levels is reported, not searched', () => {
    const deep = Array.from({length: 101}, () => 'd').join('/')
    const dir = folder({[`${deep}/x.md`]: article})
    const run = runBinary(['--format', 'json'], dir)
    expect(run.status).toBe(2)
    const files = JSON.parse(run.stdout) as Array<{path: string; skipped: boolean; messages: Array<{message: string}>}>
    expect(files.map((f) => `${f.path} ${f.skipped} ${f.messages[0]?.message}`)).toEqual([
      'a.md false Unexpected repeated `the`; remove one occurrence',
      `${Array.from({length: 101}, () => 'd').join('/')} true Folder more than 100 levels deep; not searched; skipped`
    ])
    // Counted from the working folder, so a folder half way down, given by name, changes nothing.
    const half = runBinary(['--format', 'json', Array.from({length: 50}, () => 'd').join('/')], dir)
    expect(half.status).toBe(2)
    expect((JSON.parse(half.stdout) as Array<{path: string; skipped: boolean}>).map((f) => `${f.path} ${f.skipped}`)).toEqual([`${deep} true`])
  })
})

describe('--file-timeout and fileTimeout past 2^31 - 1 ms', () => {
  it('mean no practical limit, not an immediate one', () => {
    const dir = folder({'.copydeskrc.json': JSON.stringify({fileTimeout: 3_000_000_000})})
    for (const args of [['--file-timeout', '3000000000', '--no-config'], []]) {
      const run = runBinary(['--format', 'json', ...args, 'a.md'], dir)
      expect(run.status, args.join(' ')).toBe(0)
      const [file] = JSON.parse(run.stdout) as Array<{skipped: boolean; messages: Array<{ruleId: string}>}>
      expect(file.skipped).toBe(false)
      expect(file.messages.map((m) => m.ruleId)).toEqual(['repeated-words'])
    }
  })
})
