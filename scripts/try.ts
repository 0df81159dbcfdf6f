import {lint} from '../src/index.ts'
import {readFileSync} from 'node:fs'
for (const name of process.argv.slice(2)) {
  const file = await lint(readFileSync(name, 'utf8'), {path: name})
  for (const m of file.messages) console.log(name.split('/').pop(), String(m), m.ruleId, m.fatal ? 'error' : 'warning')
}
