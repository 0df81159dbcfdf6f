/**
 * The parts of docs/rules/<id>.md and of the README's rule table that come
 * from each rule's one definition (src/rules/<id>.ts): title, default level,
 * summary, fix, options and examples. `npm run docs` writes them;
 * test/docs.test.ts fails when they are out of date. Text outside the
 * generated blocks is written by hand.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {ruleInfo, type RuleInfo} from '../src/index.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const note = 'generated from the rule’s definition by `npm run docs`: edit src/rules, not this block'

function block(name: string, body: string): string {
  return `<!-- begin ${name}: ${note} -->\n${body.trimEnd()}\n<!-- end ${name} -->`
}

function replaceBlock(text: string, name: string, body: string, fallback: (text: string, generated: string) => string): string {
  const start = text.indexOf(`<!-- begin ${name}:`)
  const endMarker = `<!-- end ${name} -->`
  const end = text.indexOf(endMarker)
  if (start === -1 || end === -1) return fallback(text, block(name, body))
  return text.slice(0, start) + block(name, body) + text.slice(end + endMarker.length)
}

function head(rule: RuleInfo): string {
  return `# \`${rule.id}\`\n\n**Default:** ${rule.level} · **Finds:** ${rule.summary} · **Fix:** ${rule.fix}`
}

function fence(text: string, lang: string): string {
  const ticks = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  return `${ticks}${lang}\n${text.replace(/\n$/, '')}\n${ticks}`
}

function tail(rule: RuleInfo): string {
  const lines = ['## Options', '']
  const options = Object.entries(rule.options)
  if (options.length === 0) lines.push(`None: \`"${rule.id}": "off" | "warning" | "error"\`.`)
  else {
    const defaults = Object.fromEntries(options.map(([key, spec]) => [key, spec.default]))
    lines.push(`\`"${rule.id}": ["${rule.level}", ${JSON.stringify(defaults).replace(/,"/g, ', "').replace(/":/g, '": ')}]\``, '')
    lines.push('| option | type | default | meaning |', '|---|---|---|---|')
    for (const [key, spec] of options) {
      const range = spec.min !== undefined && spec.max !== undefined ? ` (${spec.min}–${spec.max})` : spec.min !== undefined ? ` (≥ ${spec.min})` : ''
      lines.push(`| \`${key}\` | ${spec.type}${range} | \`${JSON.stringify(spec.default)}\` | ${spec.description} |`)
    }
  }
  lines.push('', '## Examples', '', 'Each example is run by the tests (test/rules/examples.test.ts): the input and every message the rule gives.')
  for (const example of rule.examples) {
    lines.push('', `### ${example.title}`, '', fence(example.input, example.format === 'text' ? 'text' : 'markdown'), '')
    if (example.options) lines.push(`With \`${JSON.stringify(example.options)}\`:`, '')
    lines.push(example.messages.length ? fence(example.messages.join('\n'), 'text') : 'No finding.')
  }
  return lines.join('\n')
}

/** Every generated file: path → expected content. */
export function generate(): Map<string, string> {
  const out = new Map<string, string>()
  for (const rule of ruleInfo) {
    const path = `docs/rules/${rule.id}.md`
    let text = readFileSync(root + path, 'utf8')
    text = replaceBlock(text, 'head', head(rule), (old, generated) => generated + old.replace(/^# [^\n]*\n\n\*\*Default:\*\*[^\n]*\n/, ''))
    text = replaceBlock(text, 'options', tail(rule), (old, generated) => old.replace(/\n## Options\n[\s\S]*$/, '').trimEnd() + '\n\n' + generated + '\n')
    out.set(path, text)
  }
  const table = ['| rule | default | finds |', '|---|---|---|', ...ruleInfo.map((rule) => `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.level} | ${rule.summary} |`)].join('\n')
  const readme = readFileSync(root + 'README.md', 'utf8')
  out.set('README.md', replaceBlock(readme, 'rules', table, (old, generated) => old.replace(/\| rule \| default \| finds \|\n\|---\|---\|---\|\n(?:\|[^\n]*\n)*/, generated + '\n')))
  return out
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, text] of generate()) writeFileSync(root + path, text)
}
