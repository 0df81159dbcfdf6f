/**
 * Front matter read without the YAML library (src/document/simple-yaml.ts),
 * on every article of the shared collections, read where they lie (never
 * copied into the repository; skipped when a folder is absent): the same
 * fields, values and places as the library reads.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {simpleFields} from '../../src/document/simple-yaml.ts'
import {libraryFields} from '../yaml-reference.ts'

for (const name of ['corpus', 'news']) {
  const folder = fileURLToPath(new URL(`../../../shared/${name}`, import.meta.url))
  describe.skipIf(!existsSync(folder))(`front matter of ../shared/${name}`, () => {
    it('is read as the YAML library reads it', () => {
      let read = 0
      let all = 0
      for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
        if (!entry.isFile() || !/\.(md|markdown)$/.test(entry.name)) continue
        const text = readFileSync(join(entry.parentPath, entry.name), 'utf8')
        const yaml = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1]
        if (yaml === undefined) continue
        all++
        const simple = simpleFields(yaml)
        if (simple === undefined) continue
        read++
        expect(simple, entry.name).toEqual(libraryFields(yaml))
      }
      console.log(`${name}: ${read} of ${all} front matters read without the library`)
      expect(read).toBeGreaterThan(0)
    })
  })
}
