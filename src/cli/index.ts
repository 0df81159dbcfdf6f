/**
 * `copydesk [paths or globs…]`: argv → library → reporter → exit code.
 * Exit 0: nothing at or above `--fail-on`; 1: findings at or above it;
 * 2: usage error, unreadable configuration, a file that could not be linted,
 * or a pattern that matched no file.
 * With `--fix` and `--fix-dry-run`, the findings are those left once the fixes are applied.
 */
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {MAX_JOBS, options, parseJobs} from './options.ts'
import {ConfigError, ConfigFinder, readConfig} from '../engine/config.ts'
import {changedSince, filterToChanges} from '../git/index.ts'
import {lintAndFix, lintText, run, type EngineRun, type FileResult} from '../engine/index.ts'
import {CACHE_NAME, cachePath} from '../engine/cache.ts'
import {extensions} from '../engine/files.ts'
import {parseShard} from '../engine/shard.ts'
import {patch, writeFixes} from './fix.ts'
import {github} from '../report/github.ts'
import {json} from '../report/json.ts'
import {totals} from '../report/records.ts'
import {sarif} from '../report/sarif.ts'
import {ruleInfo} from '../index.ts'
import {stylish} from '../report/stylish.ts'
import type {Config} from '../types.ts'
import pkg from '../../package.json' with {type: 'json'}

const formats = ['stylish', 'json', 'sarif', 'github'] as const
const failOn = ['error', 'warning', 'never'] as const

export const usage = `Usage: copydesk [options] [paths or globs…]

Lints articles (.md, .markdown, .txt) for editorial defects. Default: the current folder.

Options:
  --format <stylish|json|sarif|github>  output format (default: stylish; github in GitHub Actions)
  --fail-on <error|warning|never>       exit 1 on findings at or above this level (default: error)
  --config <file>                       use this configuration for every file
  --no-config                           ignore configuration files
  --quiet                               report errors only
  --stdin                               lint standard input
  --stdin-filename <name>               name (and format) for standard input (default: stdin.md)
  --diff <ref>                          only files changed since <ref>, only findings on changed lines
  --fix                                 apply the certain fixes in place, then report what remains
  --fix-dry-run                         print the fixes as a unified diff instead of applying them
  --max-file-size <bytes>               skip larger files (default: 10485760)
  --jobs <n|auto>                       worker threads (default: auto, one per core for 64 files or more)
  --cache                               only lint files that changed since the last --cache run
  --cache-location <path>               the cache file, or a folder for it (default: .copydeskcache)
  --shard <i/n>                         lint only the i-th of n deterministic parts of the files (CI matrix)
  --file-timeout <ms>                   skip a file that takes longer (default: 20000; 0: no limit)
  -h, --help                            show this help
  -v, --version                         show the version
`

export interface Io {
  cwd: string
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown; isTTY?: boolean}
  readStdin(): Promise<string>
  env: NodeJS.ProcessEnv
}

export async function main(argv: string[], io: Io): Promise<number> {
  let args
  try {
    args = parseArgs({args: argv, allowPositionals: true, options})
  } catch (error) {
    io.stderr.write(`copydesk: ${argumentProblem(error as Error & {code?: string})}\nRun copydesk --help for usage.\n`)
    return 2
  }
  const {values, positionals} = args
  if (values.help) {
    io.stdout.write(usage)
    return 0
  }
  if (values.version) {
    io.stdout.write(pkg.version + '\n')
    return 0
  }
  const format = values.format ?? (io.env.GITHUB_ACTIONS === 'true' && !io.stdout.isTTY ? 'github' : 'stylish')
  const problems: string[] = []
  if (!formats.includes(format as never)) problems.push(`--format must be one of ${formats.join(', ')}, not ${JSON.stringify(format)}`)
  if (!failOn.includes(values['fail-on'] as never)) problems.push(`--fail-on must be one of ${failOn.join(', ')}, not ${JSON.stringify(values['fail-on'])}`)
  if (values.config && values['no-config']) problems.push('--config and --no-config cannot be used together')
  if (values.stdin && positionals.length) problems.push('--stdin takes no paths')
  if (values['stdin-filename'] !== undefined && !values.stdin) problems.push('--stdin-filename needs --stdin')
  if (values['stdin-filename'] !== undefined && !/[^\\/]$/.test(values['stdin-filename'].trim())) problems.push('--stdin-filename needs a file name, such as story.md')
  if (values.stdin && values.diff) problems.push('--diff cannot be used with --stdin')
  const dryRun = values['fix-dry-run']
  const fix = values.fix || dryRun
  if (values.fix && dryRun) problems.push('--fix and --fix-dry-run cannot be used together')
  if (values.fix && values.stdin) problems.push('--fix writes files; with --stdin, use --fix-dry-run')
  // Fixing changes lines, so the changed lines --diff selects would no longer be the file's.
  if (fix && values.diff) problems.push(`--diff cannot be used with ${values.fix ? '--fix' : '--fix-dry-run'}`)
  if (dryRun && values.format !== undefined) problems.push('--fix-dry-run prints a diff; it takes no --format')
  const maxFileSize = values['max-file-size'] === undefined ? undefined : Number(values['max-file-size'])
  if (maxFileSize !== undefined && !(Number.isInteger(maxFileSize) && maxFileSize > 0)) problems.push('--max-file-size must be a positive whole number of bytes')
  const jobs = parseJobs(values.jobs)
  if (jobs === undefined) problems.push(`--jobs must be \`auto\` or a whole number from 1 to ${MAX_JOBS}`)
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (values.shard !== undefined && !shard) problems.push('--shard must be i/n with 1 ≤ i ≤ n, such as 2/4')
  if (values.stdin && (values.cache || values.shard)) problems.push('--cache and --shard cannot be used with --stdin')
  if (values['cache-location'] !== undefined && !values.cache) problems.push('--cache-location needs --cache')
  const fileTimeout = values['file-timeout'] === undefined ? undefined : Number(values['file-timeout'])
  if (fileTimeout !== undefined && !(Number.isInteger(fileTimeout) && fileTimeout >= 0)) problems.push('--file-timeout must be a whole number of milliseconds (0: no limit)')
  if (problems.length) {
    io.stderr.write(problems.map((p) => `copydesk: ${p}\n`).join('') + `\nRun copydesk --help for usage.\n`)
    return 2
  }

  let results: FileResult[]
  let unmatched: EngineRun['unmatched'] = []
  try {
    if (values.stdin) {
      const name = values['stdin-filename'] ?? 'stdin.md'
      // As for a file at that path: the nearest configuration applies unless one is given or none is wanted.
      const config: Config = values['no-config'] ? {} : values.config ? readConfig(resolve(io.cwd, values.config)) : new ConfigFinder().find(resolve(io.cwd, name)).config
      results = [await (fix ? lintAndFix : lintText)(await io.readStdin(), name, config)]
    } else {
      let patterns = positionals
      let changes
      if (values.diff) {
        try {
          changes = await changedSince(values.diff, io.cwd)
        } catch (error) {
          io.stderr.write(`copydesk: --diff ${values.diff}: ${String((error as Error).message).split('\n')[0]}\n`)
          return 2
        }
        // Without paths: the changed articles (a changed script or stylesheet is not an article).
        if (patterns.length === 0) patterns = [...changes.keys()].filter((path) => extensions.test(path))
      }
      const progress = io.stderr.isTTY ? progressLine(io.stderr) : undefined
      const linted = changes && patterns.length === 0 ? undefined : await run({
        cwd: io.cwd,
        patterns,
        config: values['no-config'] ? false : values.config ? resolve(io.cwd, values.config) : undefined,
        maxFileSize,
        jobs,
        fileTimeout,
        cache: values.cache ? cachePath(values['cache-location'] ?? CACHE_NAME, io.cwd) : undefined,
        shard,
        onProgress: progress,
        fix
      })
      for (const warning of linted?.warnings ?? []) io.stderr.write(`copydesk: ${warning}\n`)
      results = linted?.results ?? []
      // Files that --diff named, not the user: one that is gone or ignored is no mistyped pattern.
      if (linted && patterns === positionals) unmatched = linted.unmatched
      if (changes) {
        const changed = changes
        results = results.filter((result) => changed.has(resolve(io.cwd, result.path)))
        for (const result of results) filterToChanges(result, changed.get(resolve(io.cwd, result.path)) ?? [])
      }
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`copydesk: ${error.message}\n`)
      return 2
    }
    throw error
  }

  if (values.fix) {
    const written = writeFixes(results, io.cwd)
    results = written.results
    if (written.applied > 0) io.stderr.write(`copydesk: fixed ${written.applied} finding${written.applied === 1 ? '' : 's'} in ${written.files} file${written.files === 1 ? '' : 's'}\n`)
  }

  // The exit code counts every finding; --quiet only leaves warnings out of the report.
  const sum = totals(results)
  if (values.quiet) {
    for (const result of results) result.file.messages = result.file.messages.filter((m) => m.fatal)
  }

  const output =
    dryRun ? patch(results)
      : format === 'json' ? json(results)
      : format === 'sarif' ? sarif(results, {version: pkg.version, uri: pkg.homepage, rules: ruleInfo})
        : format === 'github' ? github(results)
          : stylish(results, {color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR})
  io.stdout.write(output)

  // As ESLint does: a pattern that matches nothing is an error, so a mistyped glob in CI cannot pass.
  for (const {pattern, ignored} of unmatched) {
    const what = positionals.includes(pattern) ? `No files matched ${JSON.stringify(pattern)}` : 'No articles (.md, .markdown, .txt) in the working folder'
    io.stderr.write(`copydesk: ${what}${ignored ? ' (all ignored: `!` patterns, .gitignore, .copydeskignore)' : ''}\n`)
  }
  if (sum.skipped > 0 || unmatched.length > 0) return 2
  if (values['fail-on'] === 'error' && sum.errors > 0) return 1
  if (values['fail-on'] === 'warning' && sum.errors + sum.warnings > 0) return 1
  return 0
}

/** Progress on a terminal's stderr: one line, rewritten, cleared at the end. */
function progressLine(stderr: Io['stderr']) {
  let last = 0
  return (done: number, total: number, path: string) => {
    if (total < 20) return
    const now = Date.now()
    if (done < total && now - last < 100) return
    last = now
    if (done >= total) stderr.write('\r\x1b[K')
    else stderr.write(`\r\x1b[K[${done}/${total}] ${path.replace(/[\x00-\x1f\x7f]/g, '?').slice(0, 70)}`)
  }
}

/** node:util parseArgs errors, said in the CLI's words. */
function argumentProblem(error: Error & {code?: string}): string {
  const option = /'(-[^'\s]*)/.exec(error.message)?.[1]
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `option ${option} needs a value`
  return error.message
}
