// The performance floor: the bare pipeline remark-parse → remark-frontmatter →
// remark-retext → retext-english, no rules, over the same files copydesk
// lints. Reads every file first, then processes each one; prints the number
// of files. With COPYDESK_BENCH_RSS=1 it reports its peak RSS on stderr
// (`bench-rss <bytes>`), read by scripts/bench.mjs.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'

const root = process.argv[2]
if (!root) {
  console.error('Usage: node scripts/floor.mjs <folder>')
  process.exit(2)
}

const paths = []
const walk = (dir) => {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) walk(path)
    else if (entry.isFile() && /\.(md|markdown|txt)$/i.test(entry.name)) paths.push(path)
  }
}
walk(root)
paths.sort()
const files = paths.map((path) => ({path, value: readFileSync(path, 'utf8')}))

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
