/**
 * How the real binary ends when its reader goes away (`copydesk … | head -1`)
 * and when a pattern matches nothing (a mistyped glob in CI must not pass).
 */
import {spawn} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {bin, runBinary, tempDir} from './helpers.ts'

const {dir, cleanup} = tempDir()
afterAll(cleanup)

/** Run the binary, read its first chunk of stdout, then close the pipe, as `| head -c N` does. */
function firstChunk(args: string[], cwd: string): Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string; first: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env: {...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1'}})
    let first = ''
    let stderr = ''
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8')
      child.stdout.destroy()
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('close', (code, signal) => resolve({code, signal, stderr, first}))
  })
}

describe('a closed pipe', () => {
  it('ends the run quietly, with the exit code the findings give', async () => {
    // Thousands of findings: far more output than a pipe's buffer holds.
    writeFileSync(join(dir, 'many.md'), 'The council met and the the budget passed.\n\n'.repeat(5_000))
    for (const [failOn, code] of [['never', 0], ['warning', 1]] as const) {
      const run = await firstChunk(['--no-config', '--format', 'json', '--fail-on', failOn, 'many.md'], dir)
      expect(run.first.startsWith('[')).toBe(true)
      expect(run.stderr).toBe('')
      expect(run.signal).toBeNull()
      expect(run.code).toBe(code)
    }
  })
})

describe('patterns that match nothing', () => {
  it('exit 2 with a message naming each, and the other patterns are still linted', () => {
    mkdirSync(join(dir, 'posts'), {recursive: true})
    writeFileSync(join(dir, 'posts/a.md'), 'The the end.\n')
    writeFileSync(join(dir, '.copydeskignore'), 'posts/ignored.md\n')
    writeFileSync(join(dir, 'posts/ignored.md'), 'The the end.\n')
    const typo = runBinary(['--no-config', '--format', 'json', 'post/**/*.md'], dir)
    expect(typo).toMatchObject({status: 2, stdout: '[]\n', stderr: 'copydesk: No files matched "post/**/*.md"\n'})
    const mixed = runBinary(['--no-config', '--format', 'json', 'posts/*.md', 'drafts/**/*.md', 'posts/ignored.md'], dir)
    expect(mixed.status).toBe(2)
    expect(mixed.stderr).toBe('copydesk: No files matched "drafts/**/*.md"\n' +
      'copydesk: No files matched "posts/ignored.md" (all ignored: `!` patterns, .gitignore, .copydeskignore)\n')
    expect(JSON.parse(mixed.stdout).map((f: {path: string}) => f.path)).toEqual(['posts/a.md'])
  })

  it('a working folder without articles exits 2, in every format', () => {
    const {dir: empty, cleanup: cleanEmpty} = tempDir()
    try {
      writeFileSync(join(empty, 'index.html'), '<p>Not an article.</p>\n')
      for (const format of ['stylish', 'json', 'sarif', 'github']) {
        const run = runBinary(['--no-config', '--format', format], empty)
        expect(run.status, format).toBe(2)
        expect(run.stderr, format).toBe('copydesk: No articles (.md, .markdown, .txt) in the working folder\n')
      }
    } finally {
      cleanEmpty()
    }
  })
})
