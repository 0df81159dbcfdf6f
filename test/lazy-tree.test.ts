/**
 * The lazy tree (src/lazy-tree.ts) must give the rules, block by block, what
 * mdast-util-to-nlcst makes of that block: the same sentences, white space
 * and positions, and the same mapped text (text and file offsets) before the
 * paragraph is tokenized as after. A paragraph that no rule needs is never
 * tokenized. And tokenizing block by block instead of the whole document at
 * once (remark-retext) changes no finding on the seeds, fixtures or corpus.
 *
 * One deliberate difference: after an escape (`\*`) or a character reference
 * (`&#8217;`), words are placed where they are in the file, where the package
 * places them as many columns early as the decoding shortened the text
 * (src/bridge/to-nlcst.ts). Documents with either are compared without places,
 * and every word of ours is checked against the file itself.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Nodes as MdastNodes, Parents as MdastParents, Root as MdastRoot} from 'mdast'
import {toNlcst} from 'mdast-util-to-nlcst'
import {decodeString} from 'micromark-util-decode-string'
import {ParseLatin} from 'parse-latin'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {expectEqualTrees, groups} from './helpers.ts'
import copydeskBridge from '../src/bridge/index.ts'
import {whiteSpace} from '../src/bridge/lazy-tree.ts'
import {mapText} from '../src/bridge/mapped-text.ts'
import {formatOf, lint} from '../src/index.ts'
import {createProcessor, rules} from '../src/preset.ts'
import {mayRepeat} from '../src/rules/repeated-words.ts'

/** The reference: mdast-util-to-nlcst itself, on each paragraph and heading in turn (tables aside). */
function perBlockBridge(destination: ReturnType<typeof unified>) {
  return async function (tree: MdastRoot, file: VFile) {
    const root: Root = {type: 'RootNode', children: []}
    const walk = (node: MdastParents) => {
      for (const child of node.children as MdastNodes[]) {
        if (child.type === 'table') continue
        if (child.type === 'paragraph' || child.type === 'heading') root.children.push(...toNlcst(child, file, new ParseLatin()).children)
        else if ('children' in child) walk(child)
      }
    }
    walk(tree)
    await destination.run(root as never, file)
  }
}

/** An escape or a character reference: where the package's places and ours part. */
const decoded = /\\[!-/:-@[-`{-~]|&#?[A-Za-z0-9]+;/

/** The groups with no place in them: what the package and the lazy tree must agree on everywhere. */
function withoutPlaces(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'position' || key === 'offsets' ? undefined : field)))
}

/** Every word, punctuation mark and symbol of the groups is where the file has it (escapes and references decoded). */
function expectWordsInPlace(found: Awaited<ReturnType<typeof groups>>, value: string): number {
  let checked = 0
  const visit = (node: {type: string; value?: string; children?: unknown[]; position?: {start: {offset?: number}; end: {offset?: number}}}, inWord: boolean) => {
    if (node.children) for (const child of node.children) visit(child as typeof node, node.type === 'WordNode' || node.type === 'PunctuationNode' || node.type === 'SymbolNode')
    else if (node.value !== undefined && (inWord || node.type === 'PunctuationNode' || node.type === 'SymbolNode')) {
      expect(decodeString(value.slice(node.position!.start.offset, node.position!.end.offset)), JSON.stringify(value)).toBe(node.value)
      checked++
    }
  }
  for (const group of found) visit(group.node as never, false)
  return checked
}

async function expectSameGroups(value: string, path: string): Promise<number> {
  const ours = await groups(copydeskBridge, value, path)
  const theirs = await groups(perBlockBridge, value, path)
  if (!decoded.test(value)) expectEqualTrees(ours, theirs)
  else {
    expectEqualTrees(withoutPlaces(ours), withoutPlaces(theirs))
    expectWordsInPlace(ours, value)
  }
  return ours.length
}

function hasRepeat(sentence: Sentence): boolean {
  const children = sentence.children
  for (let i = 2; i < children.length; i++) {
    const [a, b] = [children[i - 2], children[i]]
    if (a.type !== 'WordNode' || b.type !== 'WordNode' || children[i - 1].type !== 'WhiteSpaceNode') continue
    const [x, y] = [a, b].map((word) => word.children.map((leaf) => ('value' in leaf ? leaf.value : '')).join(''))
    if (x.length === y.length && x.toLowerCase() === y.toLowerCase()) return true
  }
  return false
}

/** Pieces that reach the edge cases: white space at a block's ends, markup, code, images, breaks, entities, layouts. */
const inline = [
  'word', 'Word', 'the the', 'The the', 'Mr.', 'U.S.', 'e.g.', '.', '?', '!', ',', ':', '"', '“', '”', "'", '1', '2019', ' ', '  ',
  '\u00A0', '&nbsp;', '&amp;', '*em*', '**strong**', '_u_', '`code`', '``a`b``', '<b>', '</b>', '<br>', '![alt the](i.png)', '![](i.png)',
  '[link](https://x.gov/a)', '[the](u) the', 'said', '—', '-', '\\', '  \n', '\\\n', '\n', '{{ x }}', '{% y %}', 'Monday, July 22, 2019',
  'it&#8217;s', '&ldquo;the', 'the&rdquo;', 'caf&eacute;s', '&#128512;', '&fjlig;', '&nosuch;', '\\*', 'a\\_b', 'the\\!', '&amp;amp;'
]
const blockStart = ['', '', '', '# ', '## ', '- ', '1. ', '> ', '> > ', '    ', '  ', '| a | b |\n|---|---|\n| ', '```\n', '<div>\n', '---\n']
const separators = ['\n\n', '\n', '\n\n\n', '\r\n\r\n', '\n\n  ']

const document = fc
  .array(fc.tuple(fc.constantFrom(...blockStart), fc.array(fc.constantFrom(...inline), {maxLength: 14}), fc.constantFrom(...separators)), {maxLength: 8})
  .map((blocks) => blocks.map(([start, words, separator]) => start + words.join(' ') + separator).join(''))

const corpus = join('..', 'shared', 'corpus')

/** Every `.md` and `.txt` file below `dir`. */
function articles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && /\.(md|txt)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

const whole = {markdown: createProcessor('markdown', {}, remarkRetext as never), text: createProcessor('text', {}, remarkRetext as never)}
const brief = (message: VFile['messages'][number]) => ({
  ruleId: message.ruleId,
  reason: message.reason,
  place: message.place,
  fatal: message.fatal,
  actual: message.actual,
  expected: message.expected
})

describe('lazy tree', () => {
  it('treats as white space exactly what parse-latin does (every BMP character)', () => {
    const parser = new ParseLatin()
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCharCode(code)
      expect(whiteSpace.test(char), `U+${code.toString(16)}`).toBe(parser.tokenize(char)[0].type === 'WhiteSpaceNode')
    }
    // ASCII letters and digits are word characters (mayRepeat relies on it).
    for (const char of 'azAZ09') expect(parser.tokenize(char)[0].type).toBe('WordNode')
  })

  // Every article under seeds/ and test/fixtures/ (the newsroom articles are in folders of their own).
  const files = [...readdirSync('seeds').map((name) => join('seeds', name)), ...readdirSync(join('test', 'fixtures'), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.(?:md|txt)$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name))]

  it('gives the same groups as mdast-util-to-nlcst block by block on the seeds and fixtures', async () => {
    for (const path of files) expect(await expectSameGroups(readFileSync(path, 'utf8'), path), path).toBeGreaterThan(0)
  })

  it('finds what tokenizing the whole document at once (remark-retext) finds, on the seeds and fixtures', async () => {
    for (const path of files) {
      const value = readFileSync(path, 'utf8')
      // remark-retext places words after an escape or a reference early (see above).
      if (decoded.test(value)) continue
      const ours = await lint(value, {path})
      expect(ours.messages.map(brief), path).toEqual((await lint(value, {path, processor: whole[formatOf(path)]})).messages.map(brief))
    }
  })

  it('gives the same groups as mdast-util-to-nlcst block by block on random Markdown and text (500 documents each)', async () => {
    for (const path of ['a.md', 'a.txt']) {
      await fc.assert(
        fc.asyncProperty(document, async (value) => {
          await expectSameGroups(value, path)
        }),
        {numRuns: 500, seed: 42}
      )
    }
  })

  it('places every word where the file has it, escapes and character references decoded (random documents)', async () => {
    let words = 0
    for (const path of ['a.md', 'a.txt']) {
      await fc.assert(
        fc.asyncProperty(document, async (value) => {
          words += expectWordsInPlace(await groups(copydeskBridge, value, path), value)
        }),
        {numRuns: 500, seed: 11}
      )
    }
    expect(words).toBeGreaterThan(10_000)
  })

  it('never rules out a paragraph in which a word follows itself (random documents)', async () => {
    await fc.assert(
      fc.asyncProperty(document, async (value) => {
        for (const group of await groups(copydeskBridge, value, 'a.md')) {
          const repeats = group.node.children.some((child) => child.type === 'SentenceNode' && hasRepeat(child))
          if (repeats) expect(mayRepeat(mapText(group.node as Paragraph)), value).toBe(true)
        }
      }),
      {numRuns: 500, seed: 7}
    )
  })

  it('tokenizes only the paragraphs a rule reads: not one without a quote mark, a digit or a repeated word', async () => {
    const value = [
      '# Council meets',
      'The council met to discuss the budget and the new library.',
      'The budget covers parks, roads and schools for a year.',
      '“We will fix the roads,” the mayor said.',
      'The vote is on 12 March.',
      'It was was a long evening.'
    ].join('\n\n')
    const tokenized: boolean[] = []
    await groups(copydeskBridge, value, 'a.md', [
      ...rules.map((rule) => rule() as (tree: Root, file: VFile) => void),
      (tree) => {
        for (const child of tree.children) tokenized.push(Object.getOwnPropertyDescriptor(child, 'children')?.get === undefined)
      }
    ])
    // The quotation model reads the mapped text with its own tokens, so the quotation's paragraph stays untokenized too.
    expect(tokenized).toEqual([false, false, false, false, false, true])
  })

  describe.skipIf(!existsSync(corpus))(`the corpus (${corpus})`, () => {
    it('gives the same groups as mdast-util-to-nlcst block by block on every corpus article', async () => {
      const paths = articles(corpus)
      expect(paths.length).toBeGreaterThan(2500)
      for (const path of paths) await expectSameGroups(readFileSync(path, 'utf8'), path)
    })

    it('finds what tokenizing the whole document at once (remark-retext) finds, on every corpus article', async () => {
      const paths = articles(corpus)
      let findings = 0
      for (const path of paths) {
        const value = readFileSync(path, 'utf8')
        // remark-retext places words after an escape or a reference early (see above), which can also move
        // a finding's context (what `repeated-words` reads around a pair): compared in the groups above.
        if (decoded.test(value)) continue
        const ours = await lint(value, {path})
        const theirs = await lint(value, {path, processor: whole[formatOf(path)]})
        expect(ours.messages.map(brief), path).toEqual(theirs.messages.map(brief))
        findings += ours.messages.length
      }
      expect(findings).toBeGreaterThan(300)
    })
  })
  if (!existsSync(corpus)) console.log(`lazy tree: ${corpus} is absent; the corpus comparison is skipped`)
})
