// The performance floor: the bare pipeline remark-parse → remark-frontmatter →
// remark-retext → retext-english, no rules, over the same files copydesk
// lints. Reads every file first, then processes each one; prints the number
// of files. With COPYDESK_BENCH_RSS=1 it reports its peak RSS on stderr
// (`bench-rss <bytes>`), read by scripts/bench.mjs.
//
// `--parallel N`: N floor processes at once, each on every N-th file (a shard):
// how much faster the bare pipeline itself gets from N cores on this machine,
// the ceiling for `copydesk --jobs N`.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {articles} from './articles.mjs'

const args = process.argv.slice(2)
const option = (name) => {
  const at = args.indexOf(name)
  return at === -1 ? undefined : args.splice(at, 2)[1]
}
const parallel = Number(option('--parallel') ?? 1)
const [shard, shards] = (option('--shard') ?? '1/1').split('/').map(Number)
const root = args[0]
if (!root || !(parallel >= 1) || !(shard >= 1 && shard <= shards)) {
  console.error('Usage: node scripts/floor.mjs [--parallel N] [--shard i/n] <folder>')
  process.exit(2)
}

if (parallel > 1) {
  const self = new URL(import.meta.url).pathname
  const exits = Array.from({length: parallel}, (_, i) => new Promise((resolve) => {
    spawn(process.execPath, [self, '--shard', `${i + 1}/${parallel}`, root], {stdio: 'inherit'}).on('exit', resolve)
  }))
  const codes = await Promise.all(exits)
  process.exit(codes.every((code) => code === 0) ? 0 : 1)
}

const files = articles(root).filter((_, index) => index % shards === shard - 1).map((path) => ({path, value: readFileSync(path, 'utf8')}))

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkRetext, unified().use(retextEnglish))
  .freeze()

for (const {path, value} of files) {
  const file = new VFile({path, value})
  await processor.run(processor.parse(file), file)
}
console.log(String(files.length))
if (process.env.COPYDESK_BENCH_RSS) process.stderr.write(`bench-rss ${process.resourceUsage().maxRSS * 1024}\n`)
