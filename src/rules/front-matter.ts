/**
 * `front-matter`: YAML front matter that sites cannot read. The document
 * plugin finds the problems while it reads the front matter; this rule
 * reports them, so they are configured like any other rule.
 */
import {defineRule} from './define.ts'
import examples from './examples/front-matter.ts'

export default defineRule({
  id: 'front-matter',
  level: 'error',
  summary: 'YAML front matter that cannot be read',
  fix: 'Fix the YAML so the site can read the article’s fields.',
  options: {},
  examples
}, function (_tree, file, _options, report) {
  for (const problem of file.data.frontMatterProblems ?? []) report(problem)
})
