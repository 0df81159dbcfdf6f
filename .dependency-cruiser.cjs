/**
 * The layout's rules, checked in CI (`npm run check:deps`): no import cycles,
 * no undeclared or unresolvable packages, and every folder of src/ imports
 * only the stages below it (README, Layout):
 *   cli, action → report, git → engine → index.ts → preset.ts → rules →
 *   bridge, document → parse → text → types.ts
 */
const stages = [
  ['types', '^src/types\\.ts$'],
  ['text', '^src/text/'],
  ['parse', '^src/parse/'],
  ['document', '^src/document/'],
  ['bridge', '^src/bridge/'],
  ['rules', '^src/rules/'],
  ['preset', '^src/preset\\.ts$'],
  ['library', '^src/index\\.ts$'],
  ['engine', '^src/engine/'],
  ['git', '^src/git/'],
  ['report', '^src/report/'],
  ['cli', '^src/cli/'],
  ['action', '^src/action/']
]
/** Stages that sit side by side: neither imports the other. */
const peers = [['document', 'bridge'], ['git', 'report'], ['cli', 'action']]
const rank = {types: 0, text: 1, parse: 2, document: 3, bridge: 3, rules: 4, preset: 5, library: 6, engine: 7, git: 8, report: 8, cli: 9, action: 9}
const path = Object.fromEntries(stages)

const upward = stages.flatMap(([from]) =>
  stages
    .filter(([to]) => rank[to] > rank[from] || peers.some(([a, b]) => (a === from && b === to) || (b === from && a === to)))
    .map(([to]) => ({
      name: `${from}-not-to-${to}`,
      comment: `src/${from} sits below or beside src/${to}: imports point down only`,
      severity: 'error',
      from: {path: path[from]},
      to: {path: path[to]}
    }))
)

module.exports = {
  forbidden: [
    {name: 'no-circular', severity: 'error', comment: 'No import cycles', from: {}, to: {circular: true}},
    {name: 'not-to-unresolvable', severity: 'error', from: {}, to: {couldNotResolve: true}},
    {
      name: 'no-non-package-json',
      severity: 'error',
      comment: 'Every package imported is declared in package.json',
      from: {},
      to: {dependencyTypes: ['npm-no-pkg', 'npm-unknown']}
    },
    {
      name: 'reporters-and-text-import-no-rule',
      severity: 'error',
      from: {path: '^src/(report|text)/'},
      to: {path: '^src/(rules|preset\\.ts|index\\.ts)'}
    },
    ...upward
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types']}
  }
}
