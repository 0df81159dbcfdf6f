/**
 * One crafted article must not take the run down. Front matter nested 20,000
 * deep behind quoted brackets (`a: [ "]", [ "]", … 1]]]`) once passed the
 * depth check and overflowed the YAML parser's stack; V8 then aborted the
 * whole process (exit 134, no output) while compiling a regular expression at
 * the stack's edge, a fatal error no worker thread contains. The real binary
 * in each of its modes, and the bundled Action, must report the article's
 * front matter and every other file's findings.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildOnce, cleanup as cleanRepos, makeRepo, runAction} from '../action/harness.ts'
import {runBinary, tempDir} from './helpers.ts'

const body = '\n---\n\nThe body is still linted, the the body.\n'
/** Front matter that nests `depth` flow sequences, each after a quoted `]` (or `'`-quoted, or a comment). */
const crafted = {
  'double-quoted.md': '---\na: ' + '[ "]", '.repeat(20_000) + '1' + ']'.repeat(20_000) + body,
  'single-quoted.md': "---\na: " + "[ ']', ".repeat(20_000) + '1' + ']'.repeat(20_000) + body,
  'block-nesting.md': '---\n' + Array.from({length: 700}, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n') + ' 1' + body,
  'too-long.md': '---\n' + 'key: value\n'.repeat(30_000) + 'end: 1' + body
}
const other = 'The other article is linted too, the the end.\n'

interface JsonFile {
  path: string
  skipped: boolean
  messages: Array<{ruleId: string; message: string}>
}

const {dir, cleanup} = tempDir()
beforeAll(() => {
  for (const [name, value] of Object.entries(crafted)) writeFileSync(join(dir, name), value)
  writeFileSync(join(dir, 'other.md'), other)
})
afterAll(() => {
  cleanup()
  cleanRepos()
})

const findings = (file: JsonFile) => file.messages.map((m) => `${m.ruleId}: ${m.message}`)

describe('crafted front matter (real binary)', () => {
  it('the article that aborted the run: its front matter reported, the other file linted', () => {
    const {dir: alone, cleanup: cleanAlone} = tempDir()
    try {
      writeFileSync(join(alone, 'bad.md'), crafted['double-quoted.md'])
      writeFileSync(join(alone, 'good.md'), other)
      const run = runBinary(['--no-config', '--format', 'json'], alone)
      expect(run.signal, run.stderr).toBeNull()
      expect(run.stderr).toBe('')
      expect(run.status).toBe(1)
      expect((JSON.parse(run.stdout) as JsonFile[]).map((file) => `${file.path} ${findings(file).join(' | ')}`)).toEqual([
        'bad.md front-matter: Front matter is nested too deeply to read; simplify the YAML | repeated-words: Unexpected repeated `the`; remove one occurrence',
        'good.md repeated-words: Unexpected repeated `the`; remove one occurrence'
      ])
    } finally {
      cleanAlone()
    }
  })

  for (const mode of [[], ['--file-timeout', '0'], ['--jobs', '2']]) {
    it(`reports the front matter, lints the bodies and the other file (${mode.join(' ') || 'defaults'})`, () => {
      const run = runBinary(['--no-config', '--format', 'json', ...mode], dir)
      expect(run.signal, run.stderr).toBeNull()
      expect(run.stderr).toBe('')
      expect(run.status).toBe(1)
      const files = new Map((JSON.parse(run.stdout) as JsonFile[]).map((file) => [file.path, file]))
      expect([...files.keys()]).toEqual(['block-nesting.md', 'double-quoted.md', 'other.md', 'single-quoted.md', 'too-long.md'])
      for (const name of ['double-quoted.md', 'single-quoted.md', 'block-nesting.md']) {
        expect(findings(files.get(name)!), name).toEqual([
          'front-matter: Front matter is nested too deeply to read; simplify the YAML',
          'repeated-words: Unexpected repeated `the`; remove one occurrence'
        ])
      }
      expect(findings(files.get('too-long.md')!)).toEqual([
        'front-matter: Front matter is too long to read (over 262,144 characters); shorten the YAML',
        'repeated-words: Unexpected repeated `the`; remove one occurrence'
      ])
      expect(findings(files.get('other.md')!)).toEqual(['repeated-words: Unexpected repeated `the`; remove one occurrence'])
    }, 120_000)
  }
})

describe('crafted front matter (the Action)', () => {
  it('annotates the crafted article and the others, and the step ends normally', async () => {
    buildOnce()
    const repo = makeRepo({'news/old.md': 'Old.\n'}, {'news/crafted.md': crafted['double-quoted.md'], 'news/other.md': other})
    const run = await runAction({repo, inputs: {annotations: 'commands'}})
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    const annotations = run.annotations.map((c) => `${c.properties.file} ${c.data}`)
    expect(annotations).toEqual(expect.arrayContaining([
      'news/crafted.md Front matter is nested too deeply to read; simplify the YAML',
      'news/crafted.md Unexpected repeated `the`; remove one occurrence',
      'news/other.md Unexpected repeated `the`; remove one occurrence'
    ]))
  }, 120_000)
})
