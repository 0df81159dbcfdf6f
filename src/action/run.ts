/**
 * The Action: inputs → changed files → engine → filter-mode → suggested
 * changes, annotations, job summary, SARIF and outputs; the step fails only
 * for `fail-on`, on the findings filter-mode reports. No lint logic here.
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
import {eventDiff, fillLines} from './changed-files.ts'
import {createCheckRun, whyNoCheckRun} from './checks.ts'
import {readContext, type Context} from './context.ts'
import {EXISTING_WHY, filterFindings} from './filter.ts'
import {lintAtCommit} from './head.ts'
import {readInputs, type Inputs} from './inputs.ts'
import {suggestChanges} from './review.ts'
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
  const pr = context.range?.number !== undefined && context.sha ? {owner: context.owner, repo: context.repo, number: context.range.number, sha: context.sha} : undefined
  const suggest = inputs.suggestions && pr !== undefined && api !== undefined

  // Which files: those `files` matches inside the workspace, and changed, if asked.
  const selected = filesInWorkspace(inputs.files, cwd)
  const notes = selected.notes
  let targets = selected.found
  let scope = inputs.files.join(' ')
  // The diff, for changed-only, filter-mode and suggestions.
  const wanted = changedOnly || inputs.filterMode !== 'nofilter' || suggest
  const diff = wanted ? await eventDiff(context.range, api, cwd, changedOnly) : {notes: [], why: undefined, changes: undefined}
  const changes = diff.changes
  notes.push(...diff.notes)
  if (changedOnly && changes && context.range) {
    targets = targets.filter((found) => changes.files.has(displayPath(cwd, found.path)))
    scope = context.range.number === undefined ? 'files changed by the push' : `files changed in pull request #${context.range.number}`
  }

  // As the files are at the commit the annotations belong to (the pull request's head, not the merge commit).
  const keepText = suggest ? (result: FileResult) => result.file.messages.some((message) => message.fix) : undefined
  const linted = await lintAtCommit(context.sha, targets, cwd, inputs.config ? resolve(cwd, inputs.config) : undefined, context.isPullRequest, keepText)
  notes.push(...linted.notes)
  const results = linted.results
  const all = toRecords(results)

  // Which findings are reported: filter-mode, by the changed lines (the API's patches, else git's).
  if (changes && context.range) await fillLines(changes, context.range, cwd, all.map((record) => record.path))
  const skipped = new Set(results.filter((result) => result.skipped).map((result) => result.path))
  const {reported, existing, notes: filterNotes} = filterFindings(all, inputs.filterMode, changes?.files, skipped, diff.why)
  notes.push(...filterNotes)
  const errors = reported.filter((r) => r.severity === 'error').length
  const warnings = reported.filter((r) => r.severity === 'warning').length
  const failing = inputs.failOn === 'error' ? errors > 0 : inputs.failOn === 'warning' ? errors + warnings > 0 : false

  const sarifFile = resolve(cwd, inputs.sarifFile ?? join(process.env.RUNNER_TEMP || tmpdir(), 'copydesk.sarif'))
  mkdirSync(dirname(sarifFile), {recursive: true})
  writeFileSync(sarifFile, sarif(results, {version: pkg.version, uri: pkg.homepage, rules: ruleInfo}))
  const sarifName = relative(cwd, sarifFile).startsWith('..') ? sarifFile : relative(cwd, sarifFile)
  const elsewhere = [`the SARIF file ${sarifName}`]

  // Suggested changes: one review; what a review comment shows is not annotated again.
  let carried = new Set<Record>()
  if (suggest) {
    const outcome = await suggestChanges(api!, pr!, reported, linted.texts, changes?.files)
    carried = outcome.carried
    notes.push(...outcome.notes)
  } else if (inputs.suggestions) {
    notes.push(`suggestions: ${pr ? 'needs a token' : 'only on pull requests'}; fixes are shown as annotations.`)
  }
  const added = new Map([...(changes?.files ?? [])].map(([path, lines]) => [path, lines?.added]))
  const ranked = rank(reported.filter((record) => !carried.has(record)), changes ? added : undefined)

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
        summary: `Copydesk linted ${results.length} file${results.length === 1 ? '' : 's'} (${scope}).` +
          (existing.length ? ` ${existing.length} existing finding${existing.length === 1 ? '' : 's'} (filter-mode: ${inputs.filterMode}) are not annotated.` : '') +
          " The workflow run's job summary has the full table.",
        conclusion: failing ? 'failure' : reported.length ? 'neutral' : 'success',
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
    await core.summary.addRaw(summaryMarkdown(results, reported, {scope, elsewhere, notes, existing, existingWhy: EXISTING_WHY[inputs.filterMode]})).write()
    elsewhere.unshift('the job summary')
  }

  log(results, reported.length, existing.length, scope, notes, checkUrl)
  if (commands) printCommands(select(ranked, {error: failing ? 1 : 0}), elsewhere)

  core.setOutput('findings', reported.length)
  core.setOutput('errors', errors)
  core.setOutput('warnings', warnings)
  core.setOutput('sarif-file', sarifFile)
  if (failing) core.setFailed(`copydesk: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (fail-on: ${inputs.failOn})`)
}

/** The run's log. File names come from the repository: echoed only inside `::stop-commands::`. */
function log(results: FileResult[], reported: number, existing: number, scope: string, notes: string[], checkUrl: string | undefined): void {
  const token = randomUUID()
  const lines = [`::stop-commands::${token}`, `copydesk ${pkg.version}: ${results.length} file${results.length === 1 ? '' : 's'} linted (${scope})`]
  for (const result of results) {
    const n = result.file.messages.length
    lines.push(`  ${result.path.replace(/[\r\n]/g, ' ')}: ${result.skipped ? 'skipped' : `${n} finding${n === 1 ? '' : 's'}`}`)
  }
  lines.push(...notes, `::${token}::`)
  process.stdout.write(lines.join('\n') + '\n')
  core.info(`copydesk: ${reported} finding${reported === 1 ? '' : 's'}${existing ? ` (and ${existing} existing)` : ''}${checkUrl ? `; check run: ${checkUrl}` : ''}`)
}
