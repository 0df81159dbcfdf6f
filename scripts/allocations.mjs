// Where Copydesk allocates: lints a folder in one process (the library bundle, dist/lib.js, all
// rules) under V8's sampling heap profiler, counting objects the collector has already freed too,
// and prints the bytes allocated per stage: Markdown parsing, each module of src/ (by the outermost
// Copydesk module on the stack below the pipeline's own), and the rest. Garbage collection is about
// an eighth of linting time (docs/performance.md); this shows what makes the garbage.
//
//   npm run build && node scripts/allocations.mjs ../shared/corpus
//
// Sampled (one sample per 16 KB allocated on average), so figures move by a few per cent between runs.
import {readFileSync} from 'node:fs'
import {Session} from 'node:inspector/promises'
import {fileURLToPath} from 'node:url'
import {articles} from './articles.mjs'

const root = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url))
const bundle = fileURLToPath(new URL('../dist/lib.js', import.meta.url))
const {lint} = await import(bundle)

const files = articles(root).map((path) => ({path, value: readFileSync(path, 'utf8')}))

// esbuild marks where each module starts in the bundle (`// src/rules/…`, `// node_modules/…`).
const starts = []
readFileSync(bundle, 'utf8').split('\n').forEach((line, index) => {
  const match = /^\/\/ (src\/\S+|node_modules\/\S+)$/.exec(line)
  if (match) starts.push([index, match[1]])
})
const moduleAt = (line) => {
  let low = 0
  let high = starts.length - 1
  let found = '(bundle)'
  while (low <= high) {
    const middle = (low + high) >> 1
    if (starts[middle][0] <= line) {
      found = starts[middle][1]
      low = middle + 1
    } else high = middle - 1
  }
  return found
}
/** The pipeline's own modules: what they call is counted to the callee. */
const pipeline = /^src\/(index|preset|rules\/define|parse\/prepare|bridge\/index)\.ts$/
/** Markdown parsing: the parser, and the plain paragraphs read without it (which call it for the rest). */
const parsing = 'Markdown parsing (micromark, mdast-util-from-markdown, src/parse/plain-paragraphs.ts)'

const session = new Session()
session.connect()
await session.post('HeapProfiler.startSampling', {samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true})
for (const {path, value} of files) await lint(value, {path})
const {profile} = await session.post('HeapProfiler.stopSampling')
session.disconnect()

const stages = new Map()
let total = 0
const visit = (node, stage) => {
  const frame = node.callFrame
  if (stage === undefined && frame.url.endsWith('/dist/lib.js')) {
    const module = moduleAt(frame.lineNumber)
    if (/^node_modules\/(micromark|mdast-util-from-markdown)/.test(module) || module === 'src/parse/plain-paragraphs.ts') stage = parsing
    else if (module.startsWith('src/') && !pipeline.test(module)) stage = module
  }
  total += node.selfSize
  const key = stage ?? 'the rest (pipeline, unified, Node.js)'
  stages.set(key, (stages.get(key) ?? 0) + node.selfSize)
  for (const child of node.children) visit(child, stage)
}
visit(profile.head, undefined)

const mb = (bytes) => (bytes / 1e6).toFixed(0).padStart(6)
console.log(`${files.length} files, ${mb(files.reduce((sum, file) => sum + file.value.length, 0)).trim()} MB of text: ${mb(total).trim()} MB allocated`)
for (const [stage, bytes] of [...stages].sort((a, b) => b[1] - a[1])) console.log(`${mb(bytes)} MB  ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${stage}`)
