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

describe('special configuration and ignore files', () => {
  it('a FIFO given as --config, or named .copydeskrc, .copydeskignore or .gitignore, is an error, not a hang', () => {
    const dir = folder()
    fifo(join(dir, 'pipe.yml'))
    const given = runBinary(['--config', 'pipe.yml', 'a.md'], dir)
    expect(given.signal).toBeNull()
    expect(given.status).toBe(2)
    expect(given.stderr).toBe(`copydesk: Cannot read configuration ${join(dir, 'pipe.yml')}: not a regular file\n`)
    for (const name of ['.copydeskrc', '.copydeskignore', '.gitignore']) {
      const inside = folder()
      fifo(join(inside, name))
      const run = runBinary(['--format', 'json'], inside)
      expect(run.signal, name).toBeNull()
      expect(run.status, name).toBe(2)
      expect(run.stdout + run.stderr, name).toContain(`${join(inside, name)}: not a regular file`)
    }
  })

  it('/dev/zero as a configuration or an ignore file is an error, not an endless read', () => {
    const dir = folder()
    expect(runBinary(['--config', '/dev/zero', 'a.md'], dir)).toMatchObject({status: 2, stderr: 'copydesk: Cannot read configuration /dev/zero: not a regular file\n'})
    const linked = folder()
    symlinkSync('/dev/zero', join(linked, '.copydeskignore'))
    expect(runBinary([], linked)).toMatchObject({status: 2, stderr: `copydesk: Cannot read ignore file ${join(linked, '.copydeskignore')}: not a regular file\n`})
  })

  it('a configuration or ignore file over 1 MB is an error', () => {
    const dir = folder({'big.yml': `# ${'x'.repeat(1024 * 1024)}\nrules: {}\n`, '.copydeskignore': `# ${'x'.repeat(1024 * 1024)}\n`})
    expect(runBinary(['--config', 'big.yml', 'a.md'], dir).stderr).toBe(`copydesk: Cannot read configuration ${join(dir, 'big.yml')}: over the 1,048,576-byte limit\n`)
    expect(runBinary([], dir).stderr).toBe(`copydesk: Cannot read ignore file ${join(dir, '.copydeskignore')}: over the 1,048,576-byte limit\n`)
  })

  it('an ignore pattern with more than two ** is refused with its file and line; two are fine', () => {
    const deep = Array.from({length: 30}, () => 'a').join('/')
    const dir = folder({'.copydeskignore': '# drafts\n**/a/**/a/**/a/**/a/**/a/**/b\n', [`${deep}/c.md`]: article})
    const run = runBinary(['--format', 'json'], dir)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`copydesk: ${join(dir, '.copydeskignore')}:2: a pattern may use \`**\` at most 2 times, not 6 (matching would take too long): **/a/**/a/**/a/**/a/**/a/**/b\n`)
    writeFileSync(join(dir, '.copydeskignore'), '**/a/**/c.md\n')
    expect(runBinary(['--format', 'json'], dir)).toMatchObject({status: 0, stderr: ''})
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
