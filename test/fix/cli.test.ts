/**
 * `copydesk --fix` and `--fix-dry-run` through the real binary
 * (bin/copydesk.js → dist/cli.js and dist/worker.js, built by `npm test`), on
 * copies in temporary folders. The repaired seeds in
 * test/fixtures/fixed-*.txt were made by hand from each seed, not by the
 * fixer.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const bin = resolve('bin/copydesk.js')
const seeds = readdirSync('seeds').filter((name) => name.endsWith('.txt'))

function copydesk(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, input, encoding: 'utf8', env: {...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1'}, timeout: 60_000})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const scratches: string[] = []
afterAll(() => {
  for (const dir of scratches) rmSync(dir, {recursive: true, force: true})
})

function scratch(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-fix-'))
  scratches.push(dir)
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), value)
  return dir
}

function seedCopy(): string {
  const dir = scratch()
  cpSync('seeds', dir, {recursive: true})
  return dir
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8')
const repaired = (name: string) => readFileSync(join('test/fixtures', `fixed-${name}`), 'utf8')

const p1 = 'The city council voted on Tuesday to expand the bus network to the northern suburbs by next spring.'
const p2 = 'Officials said the expansion would cost about $40 million, paid for by a federal grant and local fares.'

describe('copydesk --fix on the seeds', () => {
  it('repairs them as an editor would by hand: no repeated headline or pasted block left, nothing else changed; exit 0', () => {
    const dir = seedCopy()
    const run = copydesk(['--fix', '.'], dir)
    expect(run).toEqual({code: 0, stdout: '', stderr: 'copydesk: fixed 6 findings in 4 files\n'})
    for (const name of seeds) expect(read(dir, name), name).toBe(repaired(name))
    const after = JSON.parse(copydesk(['--format', 'json', '.'], dir).stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(after.flatMap((file) => file.messages.map((m) => m.ruleId)).filter((id) => id === 'duplicate-paragraph' || id === 'repeated-headline')).toEqual([])
  })

  it('changes nothing when run twice', () => {
    const dir = seedCopy()
    copydesk(['--fix', '.'], dir)
    const once = seeds.map((name) => read(dir, name))
    expect(copydesk(['--fix', '.'], dir)).toEqual({code: 0, stdout: '', stderr: ''})
    expect(seeds.map((name) => read(dir, name))).toEqual(once)
  })

  it('gives the same files with one worker thread and with two', () => {
    for (const args of [['--jobs', '1'], ['--jobs', '2']]) {
      const dir = seedCopy()
      expect(copydesk(['--fix', ...args, '.'], dir).code, args.join(' ')).toBe(0)
      for (const name of seeds) expect(read(dir, name), `${args.join(' ')} ${name}`).toBe(repaired(name))
    }
  })
})

describe('copydesk --fix with --cache', () => {
  it('fixes a file whose findings come from the cache, and the cache then gives the fixed file’s findings', () => {
    const dir = seedCopy()
    expect(copydesk(['--cache', '.'], dir).code).toBe(1)
    expect(copydesk(['--cache', '--fix', '.'], dir)).toEqual({code: 0, stdout: '', stderr: 'copydesk: fixed 6 findings in 4 files\n'})
    for (const name of seeds) expect(read(dir, name), name).toBe(repaired(name))
    expect(copydesk(['--cache', '.'], dir)).toEqual({code: 0, stdout: '', stderr: ''})
    expect(copydesk(['--cache', '--fix-dry-run', '.'], dir)).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('does not cache the findings of a dry run’s fixed text as the file’s', () => {
    const dir = seedCopy()
    expect(copydesk(['--cache', '--fix-dry-run', '.'], dir).code).toBe(0)
    expect(copydesk(['--cache', '.'], dir).code).toBe(1)
  })
})

describe('copydesk --fix-dry-run', () => {
  it('prints a unified diff that git apply applies to give the repaired seeds, and writes nothing', () => {
    const dir = seedCopy()
    const run = copydesk(['--fix-dry-run', '.'], dir)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    for (const name of seeds) expect(read(dir, name)).toBe(readFileSync(join('seeds', name), 'utf8'))
    expect(run.stdout.split('\n').filter((line) => line.startsWith('--- ') || line.startsWith('+++ '))).toEqual(
      ['000', '001', '002', '004'].flatMap((n) => seeds.filter((name) => name.startsWith(n)).flatMap((name) => [`--- a/${name}`, `+++ b/${name}`]))
    )
    writeFileSync(join(dir, 'fixes.patch'), run.stdout)
    execFileSync('git', ['apply', 'fixes.patch'], {cwd: dir})
    for (const name of seeds) expect(read(dir, name), name).toBe(repaired(name))
  })

  it('prints the diff of a small file exactly, and exits on what would remain', () => {
    const dir = scratch({'story.md': `# Buses\n\n${p1}\n\n${p2}\n\n${p1}\n\nThe vote was on Monday, July 22, 2025.\n`})
    const run = copydesk(['--fix-dry-run', 'story.md'], dir)
    expect(run.stdout).toBe([
      '--- a/story.md',
      '+++ b/story.md',
      '@@ -3,7 +3,5 @@',
      ` ${p1}`,
      ' ',
      ` ${p2}`,
      ' ',
      `-${p1}`,
      '-',
      ' The vote was on Monday, July 22, 2025.',
      ''
    ].join('\n'))
    // The weekday error has no automatic fix: it remains, so the exit code is 1.
    expect(run.code).toBe(1)
  })

  it('reads standard input with --stdin and names the diff after --stdin-filename', () => {
    const run = copydesk(['--stdin', '--stdin-filename', 'wire.txt', '--fix-dry-run'], scratch(), 'The vote was held in the the hall.\n')
    expect(run).toEqual({code: 0, stderr: '', stdout: '--- a/wire.txt\n+++ b/wire.txt\n@@ -1,1 +1,1 @@\n-The vote was held in the the hall.\n+The vote was held in the hall.\n'})
  })
})

describe('copydesk --fix keeps the file as it was around the fixes', () => {
  it('keeps a byte order mark, CRLF line ends and the front matter', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n')
    const before = crlf(`---\ntitle: Council expands bus network\ndate: 2025-07-22\n---\n\n# Council expands bus network\n\n${p1}\n\n${p2}\n\n${p1}\n`)
    const dir = scratch({'story.md': '\uFEFF' + before, 'wire.txt': crlf(`Bus network grows\n\nBus network grows\n${p1} the the end.\n${p1} the the end.\n`)})
    expect(copydesk(['--fix', '.'], dir)).toEqual({code: 0, stdout: '', stderr: 'copydesk: fixed 5 findings in 2 files\n'})
    expect(readFileSync(join(dir, 'story.md'))).toEqual(Buffer.from('\uFEFF' + crlf(`---\ntitle: Council expands bus network\ndate: 2025-07-22\n---\n\n${p1}\n\n${p2}\n`)))
    expect(read(dir, 'wire.txt')).toBe(crlf(`Bus network grows\n\n${p1} the end.\n`))
  })

  it('reports what remains, and the exit code follows it (--fail-on too)', () => {
    const near = `${p1} ${p2} Residents have asked for better service for more than a decade, records show.`
    const dir = scratch({
      'fixed.md': `${p1}\n\n${p2}\n\n${p1}\n`,
      'dated.md': `${p1}\n\n${p1}\n\nThe vote was on Monday, July 22, 2025.\n`,
      'near.md': `${near}\n\nThe first routes open in March.\n\n${p1} ${p2}\n`
    })
    const run = copydesk(['--fix', '--format', 'json', '.'], dir)
    expect(run.code).toBe(1)
    const remaining = (JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; severity: string; fix?: unknown}>}>).map((file) => [file.path, file.messages.map((m) => `${m.severity} ${m.ruleId}${m.fix ? ' fix' : ''}`)])
    expect(remaining).toEqual([['dated.md', ['error inconsistent-date']], ['fixed.md', []], ['near.md', ['warning duplicate-paragraph']]])
    expect(read(dir, 'fixed.md')).toBe(`${p1}\n\n${p2}\n`)
    expect(copydesk(['--fix', 'fixed.md', 'near.md'], dir).code).toBe(0)
    expect(copydesk(['--fix', '--fail-on', 'warning', 'fixed.md', 'near.md'], dir).code).toBe(1)
  })

  it('does not write a file that is not valid UTF-8, and still reports it', () => {
    const bytes = Buffer.concat([Buffer.from(`Caf\xe9 news.\n\n${p1}\n\n${p1}\n`, 'latin1')])
    const dir = scratch({'story.md': bytes})
    const run = copydesk(['--fix', '--format', 'json', 'story.md'], dir)
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)).toEqual(['duplicate-paragraph'])
    expect(readFileSync(join(dir, 'story.md'))).toEqual(bytes)
  })

  it.skipIf(process.getuid?.() === 0)('reports a file it cannot write as skipped (exit 2), and fixes the others', () => {
    const dir = scratch({'locked.md': `${p1}\n\n${p1}\n`, 'open.md': `${p1}\n\n${p1}\n`})
    chmodSync(join(dir, 'locked.md'), 0o444)
    const run = copydesk(['--fix', '.'], dir)
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('Cannot write the fixed file')
    expect(read(dir, 'open.md')).toBe(`${p1}\n`)
  })

  it('refuses flags that do not go together (exit 2)', () => {
    const dir = scratch({'story.md': `${p1}\n`})
    for (const [args, message] of [
      [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
      [['--fix', '--stdin'], '--fix writes files; with --stdin, use --fix-dry-run'],
      [['--fix', '--diff', 'HEAD'], '--diff cannot be used with --fix'],
      [['--fix-dry-run', '--format', 'json'], '--fix-dry-run prints a diff; it takes no --format']
    ] as const) {
      const run = copydesk([...args], dir, '')
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toContain(`copydesk: ${message}\n`)
    }
  })
})

describe('fingerprints in the reports', () => {
  it('SARIF partialFingerprints and JSON fingerprints agree, across the worker boundary and in the main thread (--stdin), and survive lines added above', () => {
    const dir = seedCopy()
    const fromJson = (args: string[]) => (JSON.parse(copydesk(['--format', 'json', ...args, '.'], dir).stdout) as Array<{messages: Array<{fingerprint: string}>}>).flatMap((file) => file.messages.map((m) => m.fingerprint))
    const fromSarif = () => (JSON.parse(copydesk(['--format', 'sarif', '.'], dir).stdout).runs[0].results as Array<{partialFingerprints: Record<string, string>}>).map((r) => r.partialFingerprints['copydesk/v1'])
    const workers = fromJson([])
    expect(workers).toHaveLength(6)
    for (const fp of workers) expect(fp).toMatch(/^[0-9a-f]{16}$/)
    const stdin = copydesk(['--stdin', '--stdin-filename', seeds[0], '--format', 'json'], dir, read(dir, seeds[0])).stdout
    expect(JSON.parse(stdin)[0].messages.map((m: {fingerprint: string}) => m.fingerprint)).toEqual(workers.slice(0, 2))
    expect(fromSarif()).toEqual(workers)
    // A line added in seed 000's body, above its pasted block: the block's finding moves down a line, its fingerprint stays.
    const lines = read(dir, seeds[0]).split('\n')
    writeFileSync(join(dir, seeds[0]), [...lines.slice(0, 6), 'A paragraph added in review, above the pasted block.', ...lines.slice(6)].join('\n'))
    const moved = JSON.parse(copydesk(['--format', 'sarif', '.'], dir).stdout).runs[0].results[1]
    expect(moved.locations[0].physicalLocation.region.startLine).toBe(12)
    expect(fromSarif()).toEqual(workers)
  })
})
