// The articles below a folder, as the benchmark scripts read them: `.md`, `.markdown` and `.txt`
// files, hidden entries and node_modules left out, paths sorted.
import {readdirSync} from 'node:fs'
import {join} from 'node:path'

export function articles(dir) {
  const found = []
  const walk = (folder) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && /\.(md|markdown|txt)$/i.test(entry.name)) found.push(path)
    }
  }
  walk(dir)
  return found.sort()
}
