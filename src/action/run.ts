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
import {changedFiles, fromGit, type Changes} from './changed-files.ts'
import {createCheckRun, whyNoCheckRun} from './checks.ts'
import {readContext, type Context} from './context.ts'
import {filterFindings, type FilterMode} from './filter.ts'
import {lintAtCommit} from './head.ts'
import {readInputs, type Inputs} from './inputs.ts'
import {postSuggestions} from './review.ts'
import {planSuggestions} from './suggestions.ts'
import {summaryMarkdown} from './summary.ts'
import {filesInWorkspace} from './workspace.ts'

export async function run(): Promise<void> {
  try {
    await action(readInputs(), readContext())
  } catch (error) {
    core.setFailed(`copydesk: ${(error as Error).message}`)
  }
}

/** Why `filter-mode` left a finding out, for the summary. */
const existingWhy: {[K in FilterMode]: string} = {
  added: 'not on lines the changes add (filter-mode: added)',
  diff_context: "outside the diff's hunks (filter-mode: diff_context)",
  file: 'in files the changes do not touch (filter-mode: file)',
  nofilter: ''
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
  // The diff (pull request, or pushed range): for changed-only, filter-mode and suggestions.
  let changes: Changes | undefined
  let noDiff = 'no pull request or pushed range in this event'
  if (context.range && (changedOnly || inputs.filterMode !== 'nofilter' || suggest)) {
    try {
      changes = await changedFiles(context.range, api, cwd)
      notes.push(...changes.notes)
      if (changedOnly) {
        const changed = changes.files
        targets = targets.filter((found) => changed.has(displayPath(cwd, found.path)))
        scope = context.range.number === undefined ? 'files changed by the push' : `files changed in pull request #${context.range.number}`
      }
    } catch (error) {
      noDiff = `git could not read it: ${String((error as Error).message).split('\n')[0]}`
      notes.push(`Could not list the changed files with git (${String((error as Error).message).split('\n')[0]}); ` +
        (changedOnly ? 'every matching file was linted. ' : '') + 'With actions/checkout, set fetch-depth: 0.')
    }
  } else if (changedOnly) {
    notes.push('changed-only: no pull request or pushed range in this event; every matching file was linted.')
  }
  if (!changes && inputs.filterMode !== 'nofilter') notes.push(`filter-mode: ${inputs.filterMode} needs a diff (${noDiff}); every finding is reported, as with nofilter.`)

  // As the files are at the commit the annotations belong to (the pull request's head, not the merge commit).
  const keepText = suggest ? (result: FileResult) => result.file.messages.some((message) => message.fix) : undefined
  const linted = await lintAtCommit(context.sha, targets, cwd, inputs.config ? resolve(cwd, inputs.config) : undefined, context.isPullRequest, keepText)
  notes.push(...linted.notes)
  const results = linted.results
  const all = toRecords(results)

  // Changed lines, for filtering and ranking: from the API's patches, else git diff.
  if (changes && context.range) {
    const unknown = [...new Set(all.map((r) => r.path))].some((path) => changes!.files.has(path) && changes!.files.get(path) === undefined)
    if (unknown) {
      const lines = await fromGit(context.range, cwd).catch(() => undefined)
      for (const [path, diff] of changes.files) if (diff === undefined) changes.files.set(path, lines?.files.get(path))
    }
  }
  const skipped = new Set(results.filter((result) => result.skipped).map((result) => result.path))
  const {reported, existing, unknownLines} = filterFindings(all, inputs.filterMode, changes?.files, skipped)
  if (unknownLines.length > 0) {
    notes.push(`The changed lines of ${unknownLines.length} file${unknownLines.length === 1 ? ' are' : 's are'} not known (GitHub sent no patch and git could not tell); all their findings are reported.`)
  }
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
    const outcome = await postSuggestions(api!, pr!, planSuggestions(reported, linted.texts, changes?.files))
    carried = outcome.carried
    notes.push(...outcome.notes)
    if (carried.size > 0) {
      notes.push(`${carried.size} fix${carried.size === 1 ? ' is a suggested change' : 'es are suggested changes'} in the pull request's review` +
        (outcome.posted ? ` (${outcome.posted} posted by this run)` : ' (posted by an earlier run)') + ', not annotations.')
    }
  } else if (inputs.suggestions) {
    notes.push(`suggestions: ${pr ? 'needs a token' : 'only on pull requests'}; fixes are shown as annotations.`)
  }
  const added = new Map([...(changes?.files ?? [])].map(([path, diff]) => [path, diff?.added]))
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
    await core.summary.addRaw(summaryMarkdown(results, reported, {scope, elsewhere, notes, existing, existingWhy: existingWhy[inputs.filterMode]})).write()
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
