/**
 * Which files the real binary lints: paths outside the working folder, globs
 * (never inside node_modules/ or .git/, `!` exclusions, `../`), `.gitignore`
 * files in real git repositories, the nearest `.copydeskignore`, and a
 * configuration lookup that stops at the repository's root.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runBinary, tempDir} from './robustness/helpers.ts'

const temporary: Array<() => void> = []
afterAll(() => {
  for (const cleanup of temporary) cleanup()
})

const article = (name: string) => `The article ${name} says the the same thing twice.\n`

/** A folder of articles (and other files), optionally a git repository. */
function tree(files: Record<string, string>, options: {git?: string} = {}): string {
  const {dir, cleanup} = tempDir('copydesk-files-')
  temporary.push(cleanup)
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), value)
  }
  if (options.git !== undefined) execFileSync('git', ['init', '-q'], {cwd: join(dir, options.git)})
  return dir
}

/** Paths the binary reports (JSON), its exit code and stderr. */
function lint(args: string[], cwd: string) {
  const run = runBinary(['--format', 'json', ...args], cwd)
  const files = run.stdout ? (JSON.parse(run.stdout) as Array<{path: string; errorCount: number; warningCount: number}>) : []
  return {paths: files.map((file) => file.path), files, status: run.status, stderr: run.stderr}
}

describe('paths outside the working folder', () => {
  const dir = tree({'site/index.md': article('index'), 'other/top.md': article('top'), 'other/a/b/deep.md': article('deep'), 'other/a/.copydeskignore': 'b/skip.md\n', 'other/a/b/skip.md': article('skip')})

  it('lints a folder with subfolders given as ../other or as an absolute path', () => {
    const site = join(dir, 'site')
    for (const target of ['../other', join(dir, 'other')]) {
      const run = lint(['--no-config', target], site)
      expect(run.stderr, target).toBe('')
      expect(run.paths, target).toEqual(['../other/a/b/deep.md', '../other/top.md'])
      expect(run.status).toBe(0)
    }
  })

  it('globs that start with ../ find the files under the working folder too', () => {
    const run = lint(['--no-config', '../**/*.md'], join(dir, 'other/a'))
    // Sorted by absolute path: other/a/b/deep.md before other/top.md; b/skip.md is in other/a/.copydeskignore.
    expect(run.paths).toEqual(['b/deep.md', '../top.md'])
  })
})

describe('globs', () => {
  const dir = tree({
    'posts/a.md': article('a'),
    'posts/drafts/b.md': article('b'),
    'posts/2024/c.md': article('c'),
    'node_modules/pkg/README.md': article('dependency'),
    'posts/node_modules/x/README.md': article('nested dependency'),
    'notes.txt': article('notes')
  }, {git: ''})

  it('never go inside node_modules/ or .git/', () => {
    writeFileSync(join(dir, '.git/info/notes.md'), article('git'))
    expect(lint(['--no-config', '**/*.md'], dir).paths).toEqual(['posts/2024/c.md', 'posts/a.md', 'posts/drafts/b.md'])
    expect(lint(['--no-config', '**/README.md'], dir).status).toBe(2)
  })

  it('leave out what a ! pattern names, in globs and folders alike', () => {
    expect(lint(['--no-config', '**/*.md', '!posts/drafts/**'], dir).paths).toEqual(['posts/2024/c.md', 'posts/a.md'])
    expect(lint(['--no-config', '.', '!**/*.md'], dir).paths).toEqual(['notes.txt'])
    expect(lint(['--no-config', '!posts/**'], dir).paths).toEqual(['notes.txt'])
  })
})

describe('.gitignore (real git repositories)', () => {
  const dir = tree({
    '.gitignore': '_site/\n*.draft.md\n',
    'site/.gitignore': '!keep.draft.md\nvendor\n',
    'site/posts/a.md': article('a'),
    'site/posts/x.draft.md': article('draft'),
    'site/posts/keep.draft.md': article('kept draft'),
    'site/vendor/theme.md': article('vendored'),
    '_site/index.md': article('built'),
    'site/_site/index.md': article('built too')
  }, {git: ''})

  it('applies from the repository root down, nested files overriding, negation included', () => {
    const expected = ['site/posts/a.md', 'site/posts/keep.draft.md']
    expect(lint(['--no-config'], dir).paths).toEqual(expected)
    expect(lint(['--no-config', '**/*.md'], dir).paths).toEqual(expected)
    // From a subfolder: the repository root's .gitignore still applies.
    expect(lint(['--no-config'], join(dir, 'site')).paths).toEqual(['posts/a.md', 'posts/keep.draft.md'])
    expect(lint(['--no-config', 'x.draft.md', 'a.md'], join(dir, 'site/posts')).paths).toEqual(['a.md'])
  })
})

describe('.copydeskignore', () => {
  const dir = tree({
    '.copydeskignore': 'posts/old.md\ndrafts/\n',
    'posts/old.md': article('old'),
    'posts/new.md': article('new'),
    'drafts/d.md': article('draft'),
    'desk/.copydeskignore': 'local.md\n',
    'desk/local.md': article('local'),
    'desk/drafts/kept.md': article('kept')
  }, {git: ''})

  it('the nearest one applies, relative to its own folder, from any working folder', () => {
    expect(lint(['--no-config'], dir).paths).toEqual(['desk/drafts/kept.md', 'posts/new.md'])
    expect(lint(['--no-config'], join(dir, 'posts')).paths).toEqual(['new.md'])
    expect(lint(['--no-config', '../desk'], join(dir, 'posts')).paths).toEqual(['../desk/drafts/kept.md'])
  })
})

describe('configuration lookup', () => {
  it('stops at the repository root: a configuration above it does not apply', () => {
    const dir = tree({'.copydeskrc.json': JSON.stringify({rules: {'repeated-words': 'error'}}), 'repo/a.md': article('a'), 'plain/b.md': article('b')}, {git: 'repo'})
    const inRepo = lint([], join(dir, 'repo'))
    expect(inRepo.files.map((f) => [f.path, f.errorCount, f.warningCount])).toEqual([['a.md', 0, 1]])
    expect(inRepo.status).toBe(0)
    // Outside a repository, the lookup goes up as before.
    expect(lint([], join(dir, 'plain')).files.map((f) => [f.path, f.errorCount, f.warningCount])).toEqual([['b.md', 1, 0]])
  })
})
