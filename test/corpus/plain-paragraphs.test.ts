/**
 * Plain paragraphs read without the Markdown parser (src/parse/plain-paragraphs.ts),
 * on every article of the shared collections, read where they
 * lie (never copied into the repository; skipped when a folder is absent),
 * prepared as the pipeline prepares them: the same tree as the parser's,
 * node for node and place for place.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import type {Root} from 'mdast'
import {parseWithPlainParagraphs, plainBlocks} from '../../src/parse/plain-paragraphs.ts'
import {prepare} from '../../src/parse/prepare.ts'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const parse = (doc: string) => processor.parse(doc) as Root

for (const name of ['corpus', 'news']) {
  const folder = fileURLToPath(new URL(`../../../shared/${name}`, import.meta.url))
  describe.skipIf(!existsSync(folder))(`plain paragraphs of ../shared/${name}`, () => {
    it('give the Markdown parser’s tree', () => {
      let articles = 0
      let fast = 0
      for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
        if (!entry.isFile() || !/\.(md|markdown)$/.test(entry.name)) continue
        const doc = prepare(readFileSync(join(entry.parentPath, entry.name), 'utf8'), 'markdown').value
        articles++
        if (plainBlocks(doc).length > 0) fast++
        expect(JSON.parse(JSON.stringify(parseWithPlainParagraphs(doc, parse))), entry.name).toEqual(JSON.parse(JSON.stringify(parse(doc))))
      }
      console.log(`${name}: ${fast} of ${articles} articles have plain paragraphs`)
      expect(fast).toBeGreaterThan(0)
    })
  })
}
