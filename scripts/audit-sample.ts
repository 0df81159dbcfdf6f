/**
 * Deterministic sample of corpus findings for the false-positive audit (docs/audit.md).
 *
 *   npx tsx scripts/corpus-report.ts --out /tmp/audit-findings.txt
 *   npx tsx scripts/audit-sample.ts /tmp/audit-findings.txt            # sample with context
 *   npx tsx scripts/audit-sample.ts /tmp/audit-findings.txt --todo     # only findings without a verdict
 *   npx tsx scripts/audit-sample.ts /tmp/audit-findings.txt --doc docs/audit.md
 *       # rewrite the generated part of docs/audit.md (corpus table, per-rule tables, precision)
 *
 * Options: --corpus DIR (default ../shared/corpus), --per-rule N (default 30),
 * --seed S (default "copydesk-audit"), --verdicts FILE (default scripts/audit-sample.verdicts.tsv).
 *
 * Sampling: every finding line (except in the corpus README.md) is keyed by
 * FNV-1a(seed + "\n" + line); per rule the N lowest keys are taken (a seeded
 * shuffle that is stable under unrelated changes to other findings).
 *
 * Verdicts live in a TSV file: `path:line:col ruleId <TAB> real|FP <TAB> reason`.
 * A verdict is keyed by location and rule, so it survives a reworded message;
 * when a finding moves or appears, it shows up under --todo.
 */
import {readFileSync, writeFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'

type Finding = {
  raw: string
  path: string
  line: number
  column: number
  rule: string
  severity: string
  reason: string
  key: string
}
type Verdict = {verdict: 'real' | 'FP'; reason: string}

const args = process.argv.slice(2)
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name)
  if (i === -1) return fallback
  const value = args[i + 1]
  args.splice(i, 2)
  return value
}
const flag = (name: string): boolean => {
  const i = args.indexOf(name)
  if (i === -1) return false
  args.splice(i, 1)
  return true
}
const corpus = option('--corpus', '../shared/corpus')
const perRule = Number(option('--per-rule', '30'))
const seed = option('--seed', 'copydesk-audit')
const verdictsPath = option('--verdicts', 'scripts/audit-sample.verdicts.tsv')
const doc = option('--doc', '')
const perKind = Number(option('--per-kind', '10'))
/** Which generated section of the doc: `corpus` (the default) or another name (`news`), each between its own markers. */
const name = option('--name', 'corpus')
const marker = name === 'corpus' ? 'audit-sample' : `audit-sample:${name}`
/** Fold quoted article text out of the findings shown (news copy is licensed for research: none of it goes into the repository). */
const redact = flag('--redact')
const shown = (reason: string): string => (redact ? reason.replace(/“[^”]*”/g, '“…”').replace(/`[^`]*`/g, '`…`') : reason)
const todo = flag('--todo')
const findingsPath = args[0] ?? '/tmp/audit-findings.txt'

const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

const parse = (raw: string): Finding | undefined => {
  const match = /^(.*?):(\d+):(\d+) (\S+) (error|warning|info) (.*)$/.exec(raw)
  if (!match) return undefined
  const [, path, line, column, rule, severity, reason] = match
  return {
    raw,
    path,
    line: Number(line),
    column: Number(column),
    rule,
    severity,
    reason,
    key: `${path}:${line}:${column} ${rule}`
  }
}

const findings = readFileSync(findingsPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map(parse)
  .filter((f): f is Finding => f !== undefined && f.path !== 'README.md')

const byRule = new Map<string, Finding[]>()
for (const f of findings) {
  const list = byRule.get(f.rule) ?? []
  list.push(f)
  byRule.set(f.rule, list)
}
const rules = [...byRule.keys()].sort()
const samples = new Map<string, Finding[]>()
for (const rule of rules) {
  const sample = byRule
    .get(rule)!
    .map((f) => ({f, h: fnv1a(`${seed}\n${f.raw}`)}))
    .sort((a, b) => a.h - b.h || (a.f.raw < b.f.raw ? -1 : 1))
    .slice(0, perRule)
    .map(({f}) => f)
    .sort((a, b) => (a.path === b.path ? a.line - b.line || a.column - b.column : a.path < b.path ? -1 : 1))
  samples.set(rule, sample)
}

// Supplementary sample: every kind of message (the reason with numbers and quoted
// text folded) gets at least `perKind` findings in main + supplementary sample,
// so rare kinds (a weekday error among 260 file-name dates) are audited too.
// The supplementary findings are reported per kind, not in the rule's precision.
const kindOf = (f: Finding): string =>
  f.reason.replace(/“[^”]*”/g, '“…”').replace(/`[^`]*`/g, '`…`').replace(/ \(\d+ [^()]* in this paragraph\)/, '').replace(/\d+/g, 'N')
const extras = new Map<string, Finding[]>()
for (const rule of rules) {
  const sampled = new Set(samples.get(rule)!.map((f) => f.raw))
  const kinds = new Map<string, Finding[]>()
  for (const f of byRule.get(rule)!) {
    const list = kinds.get(kindOf(f)) ?? []
    list.push(f)
    kinds.set(kindOf(f), list)
  }
  const extra: Finding[] = []
  for (const [, list] of [...kinds].sort()) {
    const have = list.filter((f) => sampled.has(f.raw)).length
    const want = Math.min(perKind, list.length) - have
    if (want <= 0) continue
    extra.push(
      ...list
        .filter((f) => !sampled.has(f.raw))
        .map((f) => ({f, h: fnv1a(`${seed}\n${f.raw}`)}))
        .sort((a, b) => a.h - b.h || (a.f.raw < b.f.raw ? -1 : 1))
        .slice(0, want)
        .map(({f}) => f)
    )
  }
  extra.sort((a, b) => (a.path === b.path ? a.line - b.line || a.column - b.column : a.path < b.path ? -1 : 1))
  extras.set(rule, extra)
}

const verdicts = new Map<string, Verdict>()
if (existsSync(verdictsPath)) {
  for (const line of readFileSync(verdictsPath, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue
    const [key, verdict, ...reason] = line.split('\t')
    if (verdict !== 'real' && verdict !== 'FP') throw new Error(`Bad verdict line: ${line}`)
    verdicts.set(key, {verdict, reason: reason.join('\t')})
  }
}

// ---------------------------------------------------------------- context
const fileCache = new Map<string, string[]>()
const linesOf = (path: string): string[] => {
  let lines = fileCache.get(path)
  if (!lines) {
    lines = readFileSync(join(corpus, path), 'utf8').split(/\r\n|\r|\n/)
    fileCache.set(path, lines)
  }
  return lines
}
const clip = (text: string, column?: number, width = 700): string => {
  if (text.length <= width) return text
  if (column === undefined) return text.slice(0, width) + ' […]'
  const start = Math.max(0, column - 1 - Math.floor(width / 2))
  const end = Math.min(text.length, start + width)
  return (start > 0 ? '[…] ' : '') + text.slice(start, end) + (end < text.length ? ' […]' : '')
}
const show = (lines: string[], from: number, to: number, mark?: {line: number; column: number}): string[] => {
  const out: string[] = []
  for (let n = Math.max(1, from); n <= Math.min(lines.length, to); n++) {
    const text = lines[n - 1]
    if (mark && n === mark.line) {
      const col = mark.column
      const marked = text.slice(0, col - 1) + '⟦' + text.slice(col - 1)
      out.push(`>${String(n).padStart(5)}| ${clip(marked, col, 1000)}`)
    } else out.push(` ${String(n).padStart(5)}| ${clip(text)}`)
  }
  return out
}
const paragraphBounds = (lines: string[], line: number): [number, number] => {
  let from = line
  while (from > 1 && lines[from - 2].trim() !== '' && line - from < 15) from--
  let to = line
  while (to < lines.length && lines[to].trim() !== '' && to - line < 15) to++
  return [from, to]
}
const frontMatterEnd = (lines: string[]): number => {
  let start = 0
  while (start < lines.length && lines[start].trim() === '') start++
  if (lines[start]?.trim() !== '---') return 0
  for (let n = start + 1; n < lines.length && n < 60; n++) if (lines[n].trim() === '---') return n + 1
  return Math.min(lines.length, 25)
}

const context = (f: Finding): string[] => {
  const lines = linesOf(f.path)
  const out: string[] = []
  const mark = {line: f.line, column: f.column}
  if (f.rule === 'front-matter' || /file name|front matter/i.test(f.reason)) {
    out.push('  front matter:')
    out.push(...show(lines, 1, Math.max(frontMatterEnd(lines), f.line + 1), mark))
    if (f.rule !== 'front-matter') return out
    return out
  }
  // The paragraph around the finding and one paragraph either side (for chains and attribution).
  let [from, to] = paragraphBounds(lines, f.line)
  if (f.rule === 'unattributed-quote' || f.rule === 'duplicate-paragraph') {
    let before = from - 1
    while (before > 1 && lines[before - 1].trim() === '') before--
    if (before >= 1 && before < from) from = paragraphBounds(lines, before)[0]
    let after = to + 1
    while (after < lines.length && lines[after - 1].trim() === '') after++
    if (after > to && after <= lines.length) to = paragraphBounds(lines, after)[1]
  } else {
    from = Math.min(from, f.line - 2)
    to = Math.max(to, f.line + 2)
  }
  out.push(...show(lines, from, to, mark))
  // The other place the finding refers to.
  const range = /lines? (\d+)(?:[–-](\d+))?/.exec(f.reason)
  if (range) {
    const a = Number(range[1])
    const b = range[2] ? Number(range[2]) : a
    out.push(`  … referred place (line${b > a ? 's' : ''} ${a}${b > a ? '–' + b : ''}):`)
    out.push(...show(lines, a - 1, b + 1))
  }
  return out
}

// ---------------------------------------------------------------- output
const pct = (real: number, fp: number): string =>
  real + fp === 0 ? '–' : `${((100 * real) / (real + fp)).toFixed(0)}% (${real}/${real + fp})`
const escape = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

if (doc) {
  const table: string[] = ['| rule | findings | articles | sampled | real | FP | audited precision |', '|---|---:|---:|---:|---:|---:|---:|']
  const sections: string[] = []
  let missing = 0
  for (const rule of rules) {
    const all = byRule.get(rule)!
    const sample = samples.get(rule)!
    let real = 0
    let fp = 0
    const rows = ['| # | location | finding | verdict | reason |', '|---:|---|---|---|---|']
    sample.forEach((f, i) => {
      const v = verdicts.get(f.key)
      if (!v) missing++
      else if (v.verdict === 'real') real++
      else fp++
      rows.push(
        `| ${i + 1} | \`${escape(f.path)}:${f.line}:${f.column}\` | ${f.severity}: ${escape(shown(f.reason))} | ${v ? (v.verdict === 'real' ? 'real' : '**FP**') : 'TODO'} | ${v ? escape(v.reason) : ''} |`
      )
    })
    const precision = pct(real, fp)
    const extra = extras.get(rule)!
    const extraRows = ['| # | location | finding | verdict | reason |', '|---:|---|---|---|---|']
    extra.forEach((f, i) => {
      const v = verdicts.get(f.key)
      if (!v) missing++
      extraRows.push(
        `| S${i + 1} | \`${escape(f.path)}:${f.line}:${f.column}\` | ${f.severity}: ${escape(shown(f.reason))} | ${v ? (v.verdict === 'real' ? 'real' : '**FP**') : 'TODO'} | ${v ? escape(v.reason) : ''} |`
      )
    })
    // Per kind of message, over the main and supplementary samples together.
    const kinds = new Map<string, {findings: number; real: number; fp: number; audited: number}>()
    for (const f of all) {
      const k = kinds.get(kindOf(f)) ?? {findings: 0, real: 0, fp: 0, audited: 0}
      k.findings++
      kinds.set(kindOf(f), k)
    }
    for (const f of [...sample, ...extra]) {
      const k = kinds.get(kindOf(f))!
      const v = verdicts.get(f.key)
      k.audited++
      if (v?.verdict === 'real') k.real++
      else if (v?.verdict === 'FP') k.fp++
    }
    const kindRows = ['| kind of message | findings | audited (main + supplementary) | real | FP | precision |', '|---|---:|---:|---:|---:|---:|']
    for (const [kind, k] of [...kinds].sort((a, b) => b[1].findings - a[1].findings))
      kindRows.push(`| ${escape(kind)} | ${k.findings} | ${k.audited} | ${k.real} | ${k.fp} | ${pct(k.real, k.fp)} |`)
    const kindSection =
      kinds.size > 1 || extra.length > 0
        ? `\n**By kind of message** (a kind with fewer than ${perKind} findings in the main sample is topped up from the supplementary sample; these precisions are per kind, not weighted):\n\n${kindRows.join('\n')}\n` +
          (extra.length > 0 ? `\n**Supplementary per-kind sample** (not counted in the rule's precision above):\n\n${extraRows.join('\n')}\n` : '')
        : ''
    table.push(
      `| ${rule} | ${all.length} | ${new Set(all.map((f) => f.path)).size} | ${sample.length} | ${real} | ${fp} | ${precision} |`
    )
    sections.push(
      `### \`${rule}\`\n\n${all.length} findings in ${new Set(all.map((f) => f.path)).size} articles; ${sample.length} sampled${sample.length === all.length ? ' (all)' : ''}. Audited precision: **${precision}**.\n\n${rows.join('\n')}\n${kindSection}`
    )
  }
  const total = findings.length
  const generated = [
    `<!-- ${marker}:begin (generated by scripts/audit-sample.ts --doc; edit verdicts in ${verdictsPath}) -->`,
    '',
    `## ${name === 'corpus' ? 'Corpus' : name[0].toUpperCase() + name.slice(1)} table and audited precision`,
    '',
    `${total} findings in ${new Set(findings.map((f) => f.path)).size} articles (the README.md excluded). Sample: up to ${perRule} per rule and ${perKind} per kind of message, seed \`${seed}\`.`,
    '',
    table.join('\n'),
    '',
    `## Sampled findings per rule${name === 'corpus' ? '' : ` (${name})`}`,
    '',
    sections.join('\n'),
    `<!-- ${marker}:end -->`
  ].join('\n')
  const current = existsSync(doc) ? readFileSync(doc, 'utf8') : ''
  const re = new RegExp(`<!-- ${marker}:begin[\\s\\S]*?<!-- ${marker}:end -->`)
  writeFileSync(doc, re.test(current) ? current.replace(re, () => generated) : current + '\n' + generated + '\n')
  console.error(`${doc}: ${missing} sampled findings without a verdict`)
  if (missing) process.exitCode = 1
} else {
  for (const rule of rules) {
    const main = samples.get(rule)!
    const sample = [...main, ...extras.get(rule)!].filter((f) => !todo || !verdicts.has(f.key))
    if (sample.length === 0) continue
    console.log(`\n################ ${rule}: ${sample.length} of ${byRule.get(rule)!.length} findings${todo ? ' (without verdict)' : ''}\n`)
    sample.forEach((f, i) => {
      if (!main.includes(f)) console.log('    (supplementary, per-kind sample)')
      const v = verdicts.get(f.key)
      console.log(`=== [${rule} ${i + 1}] ${f.key}${v ? `  (${v.verdict}: ${v.reason})` : ''}`)
      console.log(`    ${f.severity}: ${f.reason}`)
      for (const line of context(f)) console.log(line)
      console.log('')
    })
  }
}
