/**
 * `import {lint} from 'copydesk'` type-checks in a TypeScript project that has
 * nothing else installed: dist/lib.d.ts carries every type it needs.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, expect, it} from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'copydesk-types-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

it('type-checks a consumer of the package, and catches a misuse', () => {
  mkdirSync(join(dir, 'node_modules'))
  symlinkSync(resolve('.'), join(dir, 'node_modules', 'copydesk'), 'dir')
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [], lib: ['ES2022', 'DOM'], skipLibCheck: false}
  }))
  writeFileSync(join(dir, 'good.ts'), [
    "import {lint, ruleIds, type Config} from 'copydesk'",
    "const config: Config = {rules: {'repeated-words': ['error', {}]}}",
    "export async function check(text: string): Promise<string[]> {",
    "  const file = await lint(text, {path: 'story.md', config})",
    "  return file.messages.map((message) => `${message.ruleId}: ${message.reason} ${message.line} ${message.fix?.range[0]} ${message.fix?.text} ${message.fingerprint}`).concat(ruleIds)",
    '}'
  ].join('\n'))
  const tsc = resolve('node_modules/typescript/bin/tsc')
  const good = spawnSync(process.execPath, [tsc, '-p', '.'], {cwd: dir, encoding: 'utf8'})
  expect(good.stdout + good.stderr).toBe('')
  expect(good.status).toBe(0)
  writeFileSync(join(dir, 'bad.ts'), "import {lint} from 'copydesk'\nexport const n: number = lint('x', {path: 1})\n")
  const bad = spawnSync(process.execPath, [tsc, '-p', '.'], {cwd: dir, encoding: 'utf8'})
  expect(bad.status).not.toBe(0)
  expect(bad.stdout).toMatch(/bad\.ts/)
})
