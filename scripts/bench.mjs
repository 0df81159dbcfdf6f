// `npm run bench [folder]`: Copydesk against the bare pipeline floor
// (scripts/floor.mjs: remark-parse → remark-frontmatter → remark-retext →
// retext-english, no rules), each in a process of its own, alternating
// A B C A B C… so the machine's noise falls on all of them alike.
//   A  node scripts/floor.mjs <folder>
//   B  node bin/copydesk.js --format json --jobs 1 .  (all rules, cwd = folder, output to /dev/null)
//   C  node bin/copydesk.js --format json --jobs 2 .
//   D  node bin/copydesk.js --format json --cache .   (an unchanged archive: the cache is filled first)
//   E  node scripts/floor.mjs --parallel 2 <folder>    (two floor processes, each on half the files: what two
//      cores give the bare pipeline itself on this machine, the ceiling for --jobs 2)
// Then the bundled Action (dist/index.js) on one article, and linearity:
// synthetic articles 1×, 10× and 100× the median size, same total bytes.
// Times are wall clock (median of the rounds); CPU is user + system and
// peak RSS comes from /usr/bin/time -v when it is there. A benchmark, not a test.
// Environment: BENCH_ROUNDS (default 9), BENCH_SKIP_LINEARITY=1.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {articles} from './articles.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const folder = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus'))
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`copydesk bench: no folder at ${folder}.\nGive one (npm run bench <folder>) or put the corpus at ../shared/corpus.`)
  process.exit(2)
}
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('copydesk bench: dist/cli.js is missing; run `npm run build` first.')
  process.exit(2)
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 9)
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const node = process.execPath
const floorScript = join(root, 'scripts', 'floor.mjs')
const cli = join(root, 'bin', 'copydesk.js')

/** Run a command; wall time from spawn to exit, CPU and peak RSS from /usr/bin/time. */
function measure(args, cwd, env = {}) {
  const report = join(tmpdir(), `copydesk-bench-${process.pid}.time`)
  const command = timeBin ? [timeBin, ['-v', '-o', report, node, ...args]] : [node, args]
  const start = performance.now()
  const result = spawnSync(command[0], command[1], {cwd, env: {...process.env, ...env}, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20})
  const wall = (performance.now() - start) / 1000
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`)
  }
  let cpu
  let rss
  if (timeBin) {
    const text = readFileSync(report, 'utf8')
    const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(text)?.[1])
    cpu = field('User time \\(seconds\\)') + field('System time \\(seconds\\)')
    rss = field('Maximum resident set size \\(kbytes\\)') / 1024
    rmSync(report, {force: true})
  }
  return {wall, cpu, rss}
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const s = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(2))
const mb = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${Math.round(x)} MB`)

const files = articles(folder)
const bytes = files.reduce((sum, path) => sum + statSync(path).size, 0)
console.log(`copydesk bench: ${files.length} articles, ${(bytes / 1e6).toFixed(1)} MB in ${folder}`)
console.log(`node ${process.version}, ${cpus().length} cores, ${rounds} rounds, alternating floor / copydesk --jobs 1 / --jobs 2 / --cache / floor in 2 processes\n`)

const spread = (values) => `${s(Math.min(...values))}–${s(Math.max(...values))}`

/**
 * Alternate the commands over the rounds; print each round (wall and CPU, and
 * their ratios to the floor of the same round) and a summary: medians with
 * their spread (min–max over the rounds). The floor's own spread says how
 * quiet the machine was: above 10 %, the run is flagged as busy.
 */
function compare(label, dir, commands) {
  const runs = commands.map(() => [])
  for (let round = 1; round <= rounds; round++) {
    const line = []
    for (const [index, command] of commands.entries()) {
      command.before?.()
      const run = measure(command.args, dir)
      runs[index].push(run)
      line.push(`${command.name} ${s(run.wall)} s (CPU ${s(run.cpu)})`)
    }
    const floor = runs[0][round - 1]
    const ratios = commands.slice(1).map((command, i) => {
      const run = runs[i + 1][round - 1]
      return `${command.name}/floor wall ${(run.wall / floor.wall).toFixed(2)} CPU ${(run.cpu / floor.cpu).toFixed(2)}`
    })
    console.log(`${label} round ${round}: ${line.join(', ')}; ${ratios.join(', ')}`)
  }
  const count = articles(dir).length
  const floorWalls = runs[0].map((r) => r.wall)
  const floorSpread = Math.max(...floorWalls) / Math.min(...floorWalls) - 1
  console.log(`\n${label}: medians over ${rounds} rounds, spread (min–max) in brackets; floor spread ${(floorSpread * 100).toFixed(0)} %` +
    (floorSpread > 0.1 ? ' — the machine was busy: read the ratios with care' : ' (quiet)'))
  console.log('| run | wall (s) | CPU user+sys (s) | wall / floor | CPU / floor | files/s | peak RSS |')
  console.log('|---|---|---|---|---|---|---|')
  const summary = []
  for (const [index, command] of commands.entries()) {
    const walls = runs[index].map((r) => r.wall)
    const cpus = runs[index].map((r) => r.cpu)
    const wallRatios = runs[index].map((r, i) => r.wall / runs[0][i].wall)
    const cpuRatios = runs[index].map((r, i) => r.cpu / runs[0][i].cpu)
    const wall = median(walls)
    const cpu = median(cpus)
    const ratio = median(wallRatios)
    const cpuRatio = median(cpuRatios)
    const rss = Math.max(...runs[index].map((r) => r.rss ?? NaN))
    summary.push({name: command.name, wall, cpu, ratio, cpuRatio, wallRatios, cpuRatios, rss})
    const ratioCell = (value, values) => (index === 0 ? '1.00' : `${value.toFixed(2)} (${spread(values)})`)
    console.log(`| ${command.name} | ${s(wall)} (${spread(walls)}) | ${s(cpu)} (${spread(cpus)}) | ${ratioCell(ratio, wallRatios)} | ${ratioCell(cpuRatio, cpuRatios)} | ${Math.round(count / wall)} | ${mb(rss)} |`)
  }
  console.log('')
  return summary
}

const cacheFile = join(tmpdir(), `copydesk-bench-${process.pid}.cache`)
// The cache is filled once before the rounds: every --cache round is an unchanged archive.
measure([cli, '--format', 'json', '--cache', '--cache-location', cacheFile, '.'], folder)
const main = compare('corpus', folder, [
  {name: 'floor', args: [floorScript, '.']},
  {name: 'copydesk --jobs 1', args: [cli, '--format', 'json', '--jobs', '1', '.']},
  {name: 'copydesk --jobs 2', args: [cli, '--format', 'json', '--jobs', '2', '.']},
  {name: 'copydesk --cache (unchanged)', args: [cli, '--format', 'json', '--cache', '--cache-location', cacheFile, '.']},
  {name: 'floor, 2 processes', args: [floorScript, '--parallel', '2', '.']}
])
rmSync(cacheFile, {force: true})

// The Action on one article, from process start to exit (no token, not a pull request: `files` names the article).
const action = join(root, 'dist', 'index.js')
if (existsSync(action)) {
  const sizes = files.map((path) => [path, statSync(path).size]).sort((a, b) => a[1] - b[1])
  const [article] = sizes[sizes.length >> 1]
  const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-action-'))
  writeFileSync(join(work, 'article.md'), readFileSync(article))
  // @actions/core appends to these files and requires them to exist, as on a runner.
  writeFileSync(join(work, 'summary.md'), '')
  writeFileSync(join(work, 'output'), '')
  const env = {
    GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: work, GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'bench/bench',
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'), GITHUB_OUTPUT: join(work, 'output'), RUNNER_TEMP: work,
    INPUT_FILES: 'article.md', 'INPUT_CHANGED-ONLY': 'false', INPUT_ANNOTATIONS: 'commands', INPUT_SUMMARY: 'true', 'INPUT_FAIL-ON': 'never'
  }
  const times = []
  for (let round = 0; round < rounds; round++) times.push(measure([action], work, env).wall)
  // Honest only if the Action linted the article: it reports its findings count as an output.
  const outputs = readFileSync(join(work, 'output'), 'utf8')
  if (!/findings/.test(outputs)) throw new Error(`the Action did not report its findings; outputs: ${outputs.slice(0, 300)}`)
  rmSync(work, {recursive: true, force: true})
  console.log(`Action (node dist/index.js) on one median-size article (${Math.round(statSync(article).size / 1024)} KB), from process start: ` +
    `median ${s(median(times))} s (rounds: ${times.map(s).join(', ')})\n`)
} else {
  console.log('Action: dist/index.js does not exist (run `npm run build` once src/action/main.ts exists); not measured.\n')
}

// Linearity: the same total bytes as articles 1×, 10× and 100× the median size.
if (process.env.BENCH_SKIP_LINEARITY !== '1') {
  const texts = files.slice(0, 600).map((path) => readFileSync(path, 'utf8'))
  const medianSize = median(texts.map((text) => text.length))
  const paragraphs = texts.flatMap((text) => text.replace(/^---[\s\S]*?\n---\n/, '').split(/\n{2,}/)).filter((p) => p.trim().length > 80)
  let seed = 42
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
  const total = medianSize * 400
  const base = mkdtempSync(join(tmpdir(), 'copydesk-bench-linear-'))
  const rows = []
  for (const times of [1, 10, 100]) {
    const dir = join(base, `x${times}`)
    mkdirSync(dir)
    const size = medianSize * times
    for (let n = 0; n < Math.round(total / size); n++) {
      const parts = [`---\ntitle: Synthetic article ${n}\ndate: 2025-07-22\n---\n`, `# Synthetic article ${n}\n`]
      let length = 0
      while (length < size) {
        const roll = random()
        let paragraph = paragraphs[Math.floor(random() * paragraphs.length)]
        // Some pasted duplicates (the paragraph before again) and some quotations.
        if (roll < 0.03 && parts.length > 3) paragraph = parts[parts.length - 1]
        else if (roll < 0.1) paragraph = `“${paragraph.split(/(?<=[.!?])\s/)[0]}” the spokesperson said.`
        parts.push(paragraph)
        length += paragraph.length + 2
      }
      writeFileSync(join(dir, `article-${n}.md`), parts.join('\n\n') + '\n')
    }
    console.log(`linearity ${times}×: ${Math.round(total / size)} articles of ~${Math.round(size / 1024)} KB`)
    const [floor, copydesk] = compare(`${times}×`, dir, [
      {name: 'floor', args: [floorScript, '.']},
      {name: 'copydesk --jobs 1', args: [cli, '--format', 'json', '--jobs', '1', '.']}
    ])
    rows.push(`| ${times}× (~${Math.round(size / 1024)} KB) | ${s(floor.wall)} | ${s(copydesk.wall)} | ${copydesk.ratio.toFixed(2)} (${spread(copydesk.wallRatios)}) | ${copydesk.cpuRatio.toFixed(2)} (${spread(copydesk.cpuRatios)}) |`)
  }
  rmSync(base, {recursive: true, force: true})
  console.log('Linearity (same total bytes; a flat ratio means cost linear in article size)')
  console.log('| article size | floor (s) | copydesk (s) | wall ratio | CPU ratio |\n|---|---|---|---|---|')
  for (const row of rows) console.log(row)
  console.log('')
}

const [floor, one, two, cached, floorTwo] = main
console.log('Budget (PRODUCT.md): one process ≤ 1.1 × floor (wall and CPU; 6 KB articles ≤ 1.15 ×); --jobs 2 ≤ 0.75 × floor; ' +
  '--cache on an unchanged archive ≤ 0.1 × floor; peak RSS of one process < 300 MB; the Action on one article < 0.2 s.')
console.log(`Measured (medians of ${rounds} rounds): --jobs 1 ${one.ratio.toFixed(2)} × floor (CPU ${one.cpuRatio.toFixed(2)} ×); ` +
  `--jobs 2 ${two.ratio.toFixed(2)} × (CPU ${two.cpuRatio.toFixed(2)} ×); --cache ${cached.ratio.toFixed(2)} ×; peak RSS ${mb(one.rss)} (--jobs 2: ${mb(two.rss)}).`)
console.log(`The bare pipeline in two processes: ${floorTwo.ratio.toFixed(2)} × floor (CPU ${floorTwo.cpuRatio.toFixed(2)} ×): ` +
  'what two cores give work of this kind here; --jobs 2 does more work than the floor, so it cannot do better than this.')
