/**
 * Plain paragraphs read without the Markdown parser (src/parse/plain-paragraphs.ts)
 * must give the parser's tree, node for node and place for place, whatever
 * surrounds them: generated documents mix plain prose with every block and
 * inline construct that could make a paragraph mean something else (lists,
 * quotes, fences, HTML blocks, definitions, setext underlines, hard breaks,
 * references, tabs, front matter closed or not, carriage returns). The same
 * comparison on every article of the shared collections is in
 * test/corpus/plain-paragraphs.test.ts.
 */
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import type {Root} from 'mdast'
import {parseWithPlainParagraphs, plainBlocks} from '../src/parse/plain-paragraphs.ts'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const parse = (doc: string) => processor.parse(doc) as Root

/** The tree as data: what a plugin can see of it. */
const data = (tree: Root) => JSON.parse(JSON.stringify(tree))

const plain = ['Plain words here.', 'He said it was fine.', 'R&D and AT&T; M&S', '10 Downing Street', 'Ünïcode ☃ text 😀 here', '“Quoted,” she said.', 'Ends with a colon:',
  'x', 'a+b=c', 'C# and F#', 'Mail a@b.example now', '100% sure!', 'A line — with a dash', 'Price: $5 (or less)', 'Wait... what?', '2020 was a year', 'http://example.com/a-b',
  'Tom\u00A0Smith', 'one|two', '{curly}', 'End.', 'See [the report](https://example.gov/a_b?x=1&y=2) now.', '[Start](/a) of a line', 'Two [a](b) and [c d](e).',
  'End [link](x).', '[a](b)(c)', '[a](b)[c](d)', 'Quote "[a](b)"', '[R&D](x)', '[a](b"c)', '[ü](x)', '!! [a](b)']
const markup = ['# Heading', '## Closed ##', '#NoSpace', '===', '---', '- - -', '***', '___', '- item', '* item', '+ item', '1. item', '1) item', '2020. Year', '12) twelve',
  '> quote', '>', '>> deeper', '    indented code', '  two spaces', '   three', '\tTabbed', 'tab\tinside', 'trailing  ', 'trailing ', 'trailing\t', 'hard\\', 'a \\* b',
  'a *em* b', 'a **strong** b', 'a _em_ b', 'snake_case word', 'a `code` b', '[link](http://x)', '![img](y)', '[ref]', '[ref]: http://x', '[a]:', ' [b]: /u',
  '<div>', '</div>', '<span>x</span>', '-->', '</script>', '</pre>', '?>', ']]>', 'a &amp; b', 'a &#38; b', 'a &#x26; b', '&copy;', 'a &nosuch; b', 'a\u0000b', 'a\u0007b',
  '<http://auto.link>', 'x <b>bold</b>', '![img](y)', 'x![img](y)', '[ spaced ](x)', '[a ](x)', '[a](b c)', '[a](<b>)', '[a](b "t")', '[a]()', '[](a)', '[a *b*](c)',
  '[a](b`c)', '[a](b&amp;c)', '[&amp;](c)', '[a](b\\)c)', '[a](b(c))', '[a [b]](c)', '[a]', '[a][b]', '[a](ü)', '[a](b\u0001)', '[a\u0001](b)', '[a](b*c)', '[a\nb](c)', '[a](b\n)', '- ', '-', '*', '+', '=', '~', 'end ]', '[ start', '---\ntitle: x\n---']
/** What can make a paragraph mean something else: anywhere (a definition, a carriage return), or from its line on (a fence, an HTML block). */
const hazards = ['[ref]: http://x', '[a]:', ' [b]: /u', '<!-- c -->', '<!--', '<script>', '<pre>', '<style>', '<textarea>', '<?php', '<![CDATA[', '<!DOCTYPE html>', '```', '```js', '~~~',
  '````', 'a\rb']
const blank = ['', '', '', ' ', '\t', '   ']
const line = fc.oneof({weight: 10, arbitrary: fc.constantFrom(...plain)}, {weight: 6, arbitrary: fc.constantFrom(...markup)}, {weight: 6, arbitrary: fc.constantFrom(...blank)})
/** Front matter: none, closed (exactly, or with white space), not closed, or not at the start. */
const frontMatter = fc.constantFrom('', '', '\uFEFF', '\uFEFF# ', '\uFEFF---\na: b\n\nPlain\n---\n', '---\ntitle: T\n---\n', '---\ntitle: T\n\nPlain words: here\n---\n', '--- \na: b\n---  \n\nPlain\n---\n', '---\na: b\n',
  '---\n---\n', '----\na: b\n----\n', '\n---\na: b\n---\n', '---\na: b\n...\n')
/** Front matter, lines, and in one document of four a line that asks for the whole parser, somewhere. */
const documents = fc.tuple(frontMatter, fc.array(line, {maxLength: 24, size: 'max'}), fc.oneof({weight: 3, arbitrary: fc.constant(null)}, {weight: 1, arbitrary: fc.tuple(fc.constantFrom(...hazards), fc.nat())}),
  fc.constantFrom('', '\n', '\n\n', ' '), fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\n', '\n', '\r\n'))
  .map(([matter, lines, hazard, end, eol]) => {
    if (hazard) lines.splice(hazard[1] % (lines.length + 1), 0, hazard[0])
    return (matter + lines.join('\n') + end).replaceAll('\n', eol)
  })

describe('plain paragraphs', () => {
  it('give the Markdown parser’s tree, with every place in the document', () => {
    let fast = 0
    let paragraphs = 0
    fc.assert(fc.property(documents, (doc) => {
      const blocks = plainBlocks(doc)
      if (blocks.length > 0) fast++
      paragraphs += blocks.length
      expect(data(parseWithPlainParagraphs(doc, parse))).toEqual(data(parse(doc)))
    }), {numRuns: 4000})
    // Most documents take the fast path: the comparison is not of the parser with itself.
    expect(fast).toBeGreaterThan(600)
    expect(paragraphs).toBeGreaterThan(1000)
  })

  it('read a document of prose around markup without parsing its prose', () => {
    const doc = '---\ntitle: T\n---\n\nFirst plain paragraph,\non two lines.\n\n- a list\n- of two\n\nA *marked* one.\n\nLast plain one.'
    const blocks = plainBlocks(doc)
    expect(blocks.map((block) => doc.slice(block.start, block.end))).toEqual(['First plain paragraph,\non two lines.', 'Last plain one.'])
    expect(blocks.map((block) => [block.line, block.lines])).toEqual([[5, 2], [13, 1]])
    const seen: string[] = []
    const tree = parseWithPlainParagraphs(doc, (text) => {
      seen.push(text)
      return parse(text)
    })
    expect(seen).toEqual(['---\ntitle: T\n---\n\nx\n\n- a list\n- of two\n\nA *marked* one.\n\nx'])
    expect(data(tree)).toEqual(data(parse(doc)))
  })

  it('leave a document to the parser when something in it can change what a paragraph is', () => {
    for (const doc of ['See [it].\n\nPlain.\n\n[it]: /u', 'Plain.\r\n\r\nPlain.', '---\ntitle: T\n\nPlain in front matter that is not closed.', '\uFEFF# A heading after a byte order mark',
      '\uFEFFPlain.\n\nPlain.', '\uFEFF---\na: b\n\nPlain\n---\n', '```\n\nPlain inside a fence.\n```', 'Plain, then ~~~\n\nPlain after it.'])
      expect(plainBlocks(doc), JSON.stringify(doc)).toEqual([])
  })

  it('read plain paragraphs before the first fence or HTML block, and none from its line on', () => {
    const texts = (doc: string) => plainBlocks(doc).map((block) => doc.slice(block.start, block.end))
    const cases: Array<[string, string[]]> = [
      ['First.\n\nSecond.\n\n```\n\nPlain inside a fence.\n```\n\nAfter the fence.', ['First.', 'Second.']],
      ['First.\n\nSecond, its last line\n```\n\nInside.\n```', ['First.']],
      ['---\ntitle: "```"\n---\n\nFirst.\n\n<!--\n\nPlain inside a comment.\n-->\n\nAfter.', ['First.']],
      ['First.\n\nA line with <script> in it.\n\nAfter.', ['First.']],
      ['First.\n\n  ~~~\n\nInside.', ['First.']]
    ]
    for (const [doc, expected] of cases) {
      expect(texts(doc), JSON.stringify(doc)).toEqual(expected)
      expect(data(parseWithPlainParagraphs(doc, parse)), JSON.stringify(doc)).toEqual(data(parse(doc)))
    }
  })
})
