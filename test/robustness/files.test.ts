/**
 * Hostile files and names through the real binary: each file either gets
 * findings at the right name and positions or one clear skip message; the
 * run finishes; exit 2 when anything was skipped; `--format github` never
 * lets article text or a file name become a workflow command.
 */
import {chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, runBinary, tempDir} from './helpers.ts'

interface JsonFile {
  path: string
  skipped: boolean
  messages: Array<{ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number}>
}

const sane = readFileSync(join(root, 'test/fixtures/robust-wire.txt'), 'utf8')
const saneMd = readFileSync(join(root, 'test/fixtures/robust-article.md'), 'utf8')
const {dir: outside, cleanup: cleanOutside} = tempDir('copydesk-outside-')
const {dir, cleanup} = tempDir()
const SECRET = 'TOP-SECRET-TARGET-CONTENT'
const names = ['with space.txt', 'comma,name.txt', 'colon:name.txt', 'percent%0A::error::x.txt', 'ünïcødé-статья.txt', 'new\nline.txt', 'new\nline::warning::x.md']

beforeAll(() => {
  writeFileSync(join(outside, 'secret.md'), `${SECRET} "${SECRET} quoted without any attribution at all"\n`)
  writeFileSync(join(dir, 'sane.txt'), sane)
  writeFileSync(join(dir, 'sane.md'), saneMd)
  writeFileSync(join(dir, 'crlf.txt'), sane.replace(/\n/g, '\r\n'))
  writeFileSync(join(dir, 'cr.txt'), sane.replace(/\n/g, '\r'))
  writeFileSync(join(dir, 'crlf.md'), saneMd.replace(/\n/g, '\r\n'))
  writeFileSync(join(dir, 'cr.md'), saneMd.replace(/\n/g, '\r'))
  writeFileSync(join(dir, 'bom.txt'), '\uFEFF' + sane)
  writeFileSync(join(dir, 'bom.md'), '\uFEFF' + saneMd)
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0xff]))
  writeFileSync(join(dir, 'invalid-utf8.txt'), Buffer.concat([Buffer.from('Officials said the the storm '), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(' was bad.\n')]))
  writeFileSync(join(dir, 'empty.md'), '')
  writeFileSync(join(dir, 'empty.txt'), '')
  writeFileSync(join(dir, 'fm-only.md'), '---\ntitle: Only front matter\ndate: 2025-07-22\n---\n')
  writeFileSync(join(dir, 'fm-broken.md'), '---\ntitle: "unclosed\n  - : : [\n---\n\nThe body is still linted, the the body.\n')
  mkdirSync(join(dir, 'folder.md'))
  writeFileSync(join(dir, 'folder.md', 'inner.txt'), 'Inside a folder named like an article said the the thing.\n')
  symlinkSync(join(dir, 'sane.txt'), join(dir, 'link-inside.txt'))
  symlinkSync(join(outside, 'secret.md'), join(dir, 'link-outside.md'))
  symlinkSync(outside, join(dir, 'linkdir'))
  symlinkSync(join(dir, 'nowhere.md'), join(dir, 'broken-link.md'))
  writeFileSync(join(dir, 'unreadable.md'), 'Unreadable file.\n')
  chmodSync(join(dir, 'unreadable.md'), 0o000)
  for (const name of names) writeFileSync(join(dir, name), `::add-mask::x\n::error::x\n%0A::warning::\nOfficials said the the storm was bad in ${name.replace(/\n/g, ' ')}.\n`)
})
afterAll(() => {
  cleanup()
  cleanOutside()
})

/** chmod 000 does not stop root from reading. */
function canReadUnreadable(): boolean {
  try {
    readFileSync(join(dir, 'unreadable.md'))
    return true
  } catch {
    return false
  }
}

function json(args: string[] = []): {files: Map<string, JsonFile>; status: number | null; stdout: string; stderr: string} {
  const run = runBinary(['--no-config', '--format', 'json', ...args], dir)
  console.log(`run ${args.join(' ') || '.'}: ${(run.ms / 1000).toFixed(2)} s, exit ${run.status}`)
  const files = new Map((JSON.parse(run.stdout) as JsonFile[]).map((file) => [file.path, file]))
  return {files, status: run.status, stdout: run.stdout, stderr: run.stderr}
}

const at = (file: JsonFile | undefined) => (file?.messages ?? []).map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`)

describe('a hostile folder', () => {
  it('finishes, keeps sane findings, skips each bad file with one message, exits 2', () => {
    const {files, status, stdout, stderr} = json()
    expect(status, stderr).toBe(2)
    expect(stdout + stderr).not.toContain(SECRET)
    const sanePositions = at(files.get('sane.txt'))
    expect(sanePositions.length).toBeGreaterThan(0)
    expect(files.get('sane.txt')!.skipped).toBe(false)
    expect(at(files.get('sane.md')).length).toBeGreaterThan(0)
    // Line ends and a BOM do not move findings.
    expect(at(files.get('crlf.txt'))).toEqual(sanePositions)
    expect(at(files.get('cr.txt'))).toEqual(sanePositions)
    expect(at(files.get('bom.txt'))).toEqual(sanePositions)
    expect(at(files.get('crlf.md'))).toEqual(at(files.get('sane.md')))
    expect(at(files.get('cr.md'))).toEqual(at(files.get('sane.md')))
    expect(at(files.get('bom.md'))).toEqual(at(files.get('sane.md')))
    // A link inside the folder is linted like its target.
    expect(at(files.get('link-inside.txt'))).toEqual(sanePositions)
    // Skipped: each with exactly one clear message.
    const skipped = (path: string, pattern: RegExp) => {
      const file = files.get(path)
      expect(file, path).toBeDefined()
      expect(file!.skipped, path).toBe(true)
      expect(file!.messages, path).toHaveLength(1)
      expect(file!.messages[0].message, path).toMatch(pattern)
    }
    skipped('binary.md', /Binary file/)
    skipped('link-outside.md', /outside the working folder/)
    skipped('broken-link.md', /Broken symbolic link/)
    if (canReadUnreadable()) console.log('unreadable.md: running as root, chmod 000 does not block reads; the permission case is not testable here')
    else skipped('unreadable.md', /Permission denied/)
    // Not skipped: linted, maybe with findings.
    for (const path of ['empty.md', 'empty.txt', 'fm-only.md', 'invalid-utf8.txt', 'folder.md/inner.txt']) expect(files.get(path)?.skipped, path).toBe(false)
    expect(files.get('fm-broken.md')!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['front-matter', 'repeated-words']))
    expect(files.get('invalid-utf8.txt')!.messages.map((m) => m.ruleId)).toContain('repeated-words')
    // Odd names keep their names and their findings.
    for (const name of names) expect(at(files.get(name)), name).toContain('repeated-words 4:16-4:23')
    // Nothing from a linked folder outside.
    expect([...files.keys()].some((path) => path.startsWith('linkdir'))).toBe(false)
  }, 120_000)

  it('a deleted file given by name is skipped with one message', () => {
    const {files, status} = json(['deleted.md', 'sane.txt'])
    expect(status).toBe(2)
    expect(files.get('deleted.md')!.messages[0].message).toMatch(/No such file/)
    expect(files.get('sane.txt')!.skipped).toBe(false)
  })

  it('a symlink outside, given explicitly, is not followed and its content never printed', () => {
    for (const format of ['json', 'stylish', 'github', 'sarif']) {
      // Also through the linked folder: a file in it by name, a glob under it.
      const run = runBinary(['--no-config', '--format', format, 'link-outside.md', 'linkdir', 'linkdir/secret.md', 'linkdir/**/*.md'], dir)
      expect(run.status).toBe(2)
      expect(run.stdout + run.stderr).not.toContain(SECRET)
    }
  })
})

/** Decode a workflow-command property as the runner does. */
const decodeProperty = (value: string) => value.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')

describe('--format github', () => {
  it('no article text or file name becomes a workflow command', () => {
    const run = runBinary(['--no-config', '--format', 'github', ...names, 'sane.txt'], dir)
    expect(run.status).toBe(1)
    const lines = run.stdout.split('\n').filter(Boolean)
    const commands = lines.filter((line) => line.startsWith('::'))
    expect(commands.length).toBe(lines.length)
    const seen = new Set<string>()
    for (const line of commands) {
      const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line)
      expect(match, line).not.toBeNull()
      const properties = Object.fromEntries(match![2].split(',').map((pair) => {
        const [key, ...rest] = pair.split('=')
        return [key, decodeProperty(rest.join('='))]
      }))
      expect(Object.keys(properties).every((key) => ['file', 'line', 'endLine', 'col', 'endColumn', 'title'].includes(key)), line).toBe(true)
      expect(match![3]).not.toMatch(/[\r\n]/)
      seen.add(properties.file)
    }
    for (const name of names) expect(seen, name).toContain(name)
    expect(run.stdout).not.toMatch(/^::(add-mask|set-output|stop-commands|add-path|set-env)/m)
  })

  it('a message carrying article text is escaped', () => {
    const run = runBinary(['--no-config', '--format', 'github', '--stdin', '--stdin-filename', 'x%0A::error::y,z:w.md'], dir, {
      input: 'He wrote "%0A::add-mask::secret and then\r\n::error::more words here" in the text.\n'
    })
    const lines = run.stdout.split('\n').filter(Boolean)
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=x%250A%3A%3Aerror%3A%3Ay%2Cz%3Aw\.md,/)
  })
})
