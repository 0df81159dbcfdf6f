// Builds the committed bundles in dist/, each one self-contained:
// dist/cli.js (the copydesk binary), dist/lib.js (the library), and
// dist/index.js (the GitHub Action, once src/action/main.ts exists).
// Deterministic output, so CI can rebuild and compare.
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {build} from 'esbuild'

const entries = [
  ['src/cli/main.ts', 'dist/cli.js'],
  ['src/index.ts', 'dist/lib.js'],
  ['src/action/main.ts', 'dist/index.js'],
  ['src/engine/worker.ts', 'dist/worker.js']
].filter(([entry]) => existsSync(entry))


/**
 * @actions/http-client imports undici (~770 KB) for one method, getAgentDispatcher,
 * which gives fetch() a proxy; Copydesk's API client uses the client's own
 * requests and proxy tunnel and never calls it. Loading undici was a third of
 * the Action's start, so the bundle gets a stand-in that says so if called.
 */
const noUndici = {
  name: 'no-undici',
  setup(build) {
    build.onResolve({filter: /^undici$/}, () => ({path: 'undici', namespace: 'copydesk-stub'}))
    build.onLoad({filter: /.*/, namespace: 'copydesk-stub'}, () => ({
      contents: "export class ProxyAgent { constructor() { throw new Error('copydesk: undici is not bundled (HttpClient.getAgentDispatcher is not used)') } }",
      loader: 'js'
    }))
  }
}

// The binary's entry starts a worker before it loads the rest (src/cli/main.ts): that rest is a
// chunk of its own, dist/cli-*.js, loaded by the entry's dynamic import. Old chunks go first.
if (existsSync('dist')) for (const name of readdirSync('dist')) if (/^cli-.*\.js$/.test(name)) rmSync(join('dist', name))

for (const [entry, outfile] of entries) {
  const split = outfile === 'dist/cli.js'
  await build({
    ...(split
      ? {entryPoints: {cli: entry}, outdir: 'dist', splitting: true, chunkNames: 'cli-[hash]'}
      : {entryPoints: [entry], outfile}),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    // Paths in the bundle stay the same when node_modules is a link (a clean worktree for CI checks).
    preserveSymlinks: true,
    banner: {js: "import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);"},
    plugins: [noUndici],
    logLevel: 'warning'
  })
}

// dist/lib.d.ts: the library's types in one file, with the types it uses from
// vfile and unist inlined (the package installs no dependencies).
const {generateDtsBundle} = await import('dts-bundle-generator')
const [types] = generateDtsBundle([{
  filePath: 'src/index.ts',
  libraries: {inlinedLibraries: ['vfile', 'vfile-message', 'unist', '@types/unist']},
  output: {exportReferencedTypes: false, noBanner: true}
}], {preferredConfigPath: 'tsconfig.types.json'})
// The inlined VFileMessage loses src/types.ts's augmentation of it (a finding's `fix` and
// `fingerprint`): it is merged back in, as an interface beside the inlined class.
const augmentation = /declare module 'vfile-message' \{\n([\s\S]*?)\n\}/.exec(readFileSync('src/types.ts', 'utf8'))
if (!augmentation || !/^declare class VFileMessage /m.test(types)) throw new Error('build: cannot carry the VFileMessage fields of src/types.ts into dist/lib.d.ts')
writeFileSync('dist/lib.d.ts', types + augmentation[1].replace(/^  /gm, '') + '\n')
