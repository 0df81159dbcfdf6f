/**
 * The library API: `lint()` is parse-and-run of the preset's processor, so the
 * exported processor, `lint()`, the CLI and the workers give the same findings
 * for the same bytes.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {createProcessor, lint, ruleIds, ruleInfo} from '../src/index.ts'

const bin = new URL('../bin/copydesk.js', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'copydesk-library-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

async function viaProcessor(value: string, format: 'markdown' | 'text' = 'markdown') {
  const processor = createProcessor(format)
  const file = new VFile({value, path: 'story.md'})
  await processor.run(processor.parse(file), file)
  return file.messages.map(String).sort()
}

function viaCli(name: string, bytes: string) {
  writeFileSync(join(dir, name), bytes)
  let out: string
  try {
    out = execFileSync(process.execPath, [bin, '--format', 'json', name], {cwd: dir, encoding: 'utf8'})
  } catch (error) {
    out = (error as {stdout: string}).stdout
  }
  const [result] = JSON.parse(out) as Array<{messages: Array<{line: number; column: number; endLine: number; endColumn: number; message: string}>}>
  return result.messages.map((m) => `${name}:${m.line}:${m.column}-${m.endLine}:${m.endColumn}: ${m.message}`).sort()
}

describe('the library API', () => {
  it('exports the rules with their definitions', () => {
    expect(ruleIds).toEqual(ruleInfo.map((rule) => rule.id))
    for (const rule of ruleInfo) expect(rule.url).toBe(`https://github.com/copydesk/copydesk/blob/main/docs/rules/${rule.id}.md`)
  })

  it('gives the same findings from the exported processor as from lint(): template tags are not prose', async () => {
    const text = 'Council news.\n\n{{ "We will not raise fares this year at all." }}\n'
    expect(await viaProcessor(text)).toEqual([])
    expect((await lint(text, {path: 'story.md'})).messages.map(String)).toEqual([])
  })

  it('reads loose front matter and masks templates in the processor too', async () => {
    const text = '\n---\ntitle: Buses\n---\n\nBuses {% include x.html %} run late, the the council said.\n'
    const fromLint = (await lint(text, {path: 'story.md'})).messages.map(String).sort()
    expect(fromLint).toEqual([
      'story.md:1:1-3:1: Front matter starts after blank lines, so sites read it as body text; remove the blank lines before `---`',
      'story.md:6:38-6:45: Unexpected repeated `the`; remove one occurrence'
    ])
    expect(await viaProcessor(text)).toEqual(fromLint)
  })

  it('counts positions after a byte order mark the same way in lint() and the CLI', async () => {
    const text = '\uFEFFThe the vote.\n'
    const fromLint = (await lint(text, {path: 'bom.md'})).messages.map(String)
    expect(fromLint).toEqual(['bom.md:1:1-1:8: Unexpected repeated `the`; remove one occurrence'])
    expect(viaCli('bom.md', text)).toEqual(fromLint)
    const file = await lint(readFileSync(join(dir, 'bom.md'), 'utf8'), {path: 'bom.md'})
    expect(file.messages.map(String)).toEqual(fromLint)
    expect(file.data.bom).toBe(true)
    expect(String(file.value)).toBe('The the vote.\n')
  })

  it('gives the other place of a duplicate as the message cause', async () => {
    const text = 'The council met on Tuesday to vote on the new bus routes.\n\nThe council met on Tuesday to vote on the new bus routes.\n'
    const [message] = (await lint(text, {path: 'story.md'})).messages
    expect(String(message)).toBe('story.md:3:1-3:58: This paragraph repeats the paragraph at line 1; remove one copy')
    expect(String(message.cause)).toBe('1:1-1:58: The first copy')
  })
})
