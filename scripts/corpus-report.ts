/**
 * Lints ../shared/corpus (or a folder given) and prints findings per rule,
 * then every finding as `path:line:col ruleId reason` to the file named by
 * --out. Used for the false-positive audit in docs/audit.md.
 */
import {readdirSync, readFileSync, statSync, writeFileSync, existsSync} from 'node:fs'
import {join, relative} from 'node:path'
import {lint} from '../src/index.ts'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const out = outIndex === -1 ? undefined : args.splice(outIndex, 2)[1]
const root = args[0] ?? '../shared/corpus'
if (!existsSync(root)) {
  console.error(`No corpus at ${root}: the audit needs ../shared/corpus beside the project.`)
  process.exit(2)
}
const files: string[] = []
const walk = (dir: string) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (/\.(md|markdown|txt)$/.test(name)) files.push(path)
  }
}
walk(root)
const counts = new Map<string, {findings: number; files: Set<string>}>()
const lines: string[] = []
for (const path of files) {
  const file = await lint(readFileSync(path, 'utf8'), {path})
  for (const m of file.messages) {
    const id = m.ruleId ?? 'unknown'
    const entry = counts.get(id) ?? {findings: 0, files: new Set()}
    entry.findings++
    entry.files.add(path)
    counts.set(id, entry)
    lines.push(`${relative(root, path)}:${m.line}:${m.column} ${id} ${m.fatal ? 'error' : 'warning'} ${m.reason}`)
  }
}
console.log(`| rule | findings | articles |\n|---|---|---|`)
for (const [id, entry] of [...counts].sort()) console.log(`| ${id} | ${entry.findings} | ${entry.files.size} |`)
console.log(`\n${files.length} articles, ${lines.length} findings`)
if (out) writeFileSync(out, lines.join('\n') + '\n')
