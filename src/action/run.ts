/**
 * The Action: inputs → changed files → engine → annotations, job summary,
 * SARIF and outputs; the step fails only for `fail-on`. No lint logic here.
 */
import {randomUUID} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, relative, resolve} from 'node:path'
import * as core from '@actions/core'
import {displayPath, type FileResult} from '../engine/index.ts'
import {records as toRecords, type Record} from '../report/records.ts'
import {sarif} from '../report/sarif.ts'
import {ruleInfo} from '../index.ts'
import pkg from '../../package.json' with {type: 'json'}
import {createApi} from './api.ts'
import {printCommands, rank, select} from './annotations.ts'
import {changedFiles, fromGit, type Changes} from './changed-files.ts'
import {createCheckRun, whyNoCheckRun} from './checks.ts'
import {readContext, type Context} from './context.ts'
import {lintAtCommit} from './head.ts'
import {readInputs, type Inputs} from './inputs.ts'
import {summaryMarkdown} from './summary.ts'
import {filesInWorkspace} from './workspace.ts'

export async function run(): Promise<void> {
  try {
    await action(readInputs(), readContext())
  } catch (error) {
    core.setFailed(`copydesk: ${(error as Error).message}`)
  }
}

async function action(inputs: Inputs, context: Context): Promise<void> {
  const cwd = context.workspace
  const api = inputs.token ? createApi(context.apiUrl, inputs.token, {callTimeout: context.apiTimeout, budget: context.apiBudget}) : undefined
  const changedOnly = inputs.changedOnly === 'auto' ? context.isPullRequest : inputs.changedOnly

  // Which files: those `files` matches inside the workspace, and changed, if asked.
  const selected = filesInWorkspace(inputs.files, cwd)
  const notes = selected.notes
  let targets = selected.found
  let changes: Changes | undefined
  let scope = inputs.files.join(' ')
  if (changedOnly) {
    if (!context.range) {
      notes.push('changed-only: no pull request or pushed range in this event; every matching file was linted.')
    } else {
      try {
        changes = await changedFiles(context.range, api, cwd)
        notes.push(...changes.notes)
        const changed = changes.files
        targets = targets.filter((found) => changed.has(displayPath(cwd, found.path)))
        scope = context.range.number === undefined ? 'files changed by the push' : `files changed in pull request #${context.range.number}`
      } catch (error) {
        notes.push(`Could not list the changed files with git (${String((error as Error).message).split('\n')[0]}); ` +
          'every matching file was linted. With actions/checkout, set fetch-depth: 0.')
      }
    }
  }

  // As the files are at the commit the annotations belong to (the pull request's head, not the merge commit).
  const linted = await lintAtCommit(context.sha, targets, cwd, inputs.config ? resolve(cwd, inputs.config) : undefined, context.isPullRequest)
  notes.push(...linted.notes)
  const results = linted.results
  const all = toRecords(results)
  const errors = all.filter((r) => r.severity === 'error').length
  const warnings = all.filter((r) => r.severity === 'warning').length
  const failing = inputs.failOn === 'error' ? errors > 0 : inputs.failOn === 'warning' ? errors + warnings > 0 : false

  // Changed lines, for ranking: from the API's patches, else git diff -U0.
  if (changes && context.range) {
    const unknown = [...new Set(all.map((r) => r.path))].some((path) => changes!.files.has(path) && changes!.files.get(path) === undefined)
    if (unknown) {
      const lines = await fromGit(context.range, cwd).catch(() => undefined)
      for (const [path, ranges] of changes.files) if (ranges === undefined) changes.files.set(path, lines?.files.get(path))
    }
  }
  const ranked = rank(all, changes?.files)

  const sarifFile = resolve(cwd, inputs.sarifFile ?? join(process.env.RUNNER_TEMP || tmpdir(), 'copydesk.sarif'))
  mkdirSync(dirname(sarifFile), {recursive: true})
  writeFileSync(sarifFile, sarif(results, {version: pkg.version, uri: pkg.homepage, rules: ruleInfo}))
  const sarifName = relative(cwd, sarifFile).startsWith('..') ? sarifFile : relative(cwd, sarifFile)
  const elsewhere = [`the SARIF file ${sarifName}`]

  // Annotations: a check run when allowed, else workflow commands within the caps.
  let checkUrl: string | undefined
  let commands = inputs.annotations !== 'off'
  if ((inputs.annotations === 'checks' || inputs.annotations === 'auto') && api && context.sha && context.owner) {
    try {
      checkUrl = await createCheckRun(api, {
        owner: context.owner,
        repo: context.repo,
        sha: context.sha,
        name: 'copydesk',
        title: `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
        summary: `Copydesk linted ${results.length} file${results.length === 1 ? '' : 's'} (${scope}). The workflow run's job summary has the full table.`,
        conclusion: failing ? 'failure' : all.length ? 'neutral' : 'success',
        records: ranked
      }) ?? ''
      commands = false
    } catch (error) {
      notes.push(`${whyNoCheckRun(error)}; findings are shown as workflow-command annotations instead.`)
    }
  } else if (inputs.annotations === 'checks') {
    notes.push('annotations: checks needs a token and a commit; findings are shown as workflow-command annotations instead.')
  }
  if (checkUrl !== undefined) elsewhere.unshift('the check run')

  if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(summaryMarkdown(results, all, {scope, elsewhere, notes})).write()
    elsewhere.unshift('the job summary')
  }

  log(results, all, scope, notes, checkUrl)
  if (commands) printCommands(select(ranked, {error: failing ? 1 : 0}), elsewhere)

  core.setOutput('findings', all.length)
  core.setOutput('errors', errors)
  core.setOutput('warnings', warnings)
  core.setOutput('sarif-file', sarifFile)
  if (failing) core.setFailed(`copydesk: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (fail-on: ${inputs.failOn})`)
}

/** The run's log. File names come from the repository: echoed only inside `::stop-commands::`. */
function log(results: FileResult[], all: Record[], scope: string, notes: string[], checkUrl: string | undefined): void {
  const token = randomUUID()
  const lines = [`::stop-commands::${token}`, `copydesk ${pkg.version}: ${results.length} file${results.length === 1 ? '' : 's'} linted (${scope})`]
  for (const result of results) {
    const n = result.file.messages.length
    lines.push(`  ${result.path.replace(/[\r\n]/g, ' ')}: ${result.skipped ? 'skipped' : `${n} finding${n === 1 ? '' : 's'}`}`)
  }
  lines.push(...notes, `::${token}::`)
  process.stdout.write(lines.join('\n') + '\n')
  core.info(`copydesk: ${all.length} finding${all.length === 1 ? '' : 's'}${checkUrl ? `; check run: ${checkUrl}` : ''}`)
}
