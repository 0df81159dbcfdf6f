/**
 * `annotations: checks`: one check run on the pull request's head SHA that
 * carries every finding. The Checks API takes at most 50 annotations per
 * request: the run is created with the first 50, and each further 50 go in
 * an update; the last request completes the run. A 403 (fork pull
 * requests) or any other failure: the caller falls back to commands.
 */
import type {Record, Severity} from '../report/records.ts'
import {HttpError, type Api} from './api.ts'

export const BATCH = 50
const level: {[K in Severity]: 'failure' | 'warning' | 'notice'} = {error: 'failure', warning: 'warning', info: 'notice'}

export interface CheckRunOptions {
  owner: string
  repo: string
  sha: string
  name: string
  title: string
  summary: string
  conclusion: 'success' | 'neutral' | 'failure'
  records: Record[]
}

export function toCheckAnnotation(record: Record) {
  const single = record.line === record.endLine
  return {
    path: record.path,
    start_line: record.line,
    end_line: record.endLine,
    ...(single ? {start_column: record.column, end_column: record.endColumn} : {}),
    annotation_level: level[record.severity],
    title: `copydesk ${record.ruleId}`,
    message: record.message.slice(0, 60_000),
    ...(record.related?.length
      ? {raw_details: record.related.map((r) => `${r.message}: line ${r.line}${r.endLine === r.line ? '' : `–${r.endLine}`}`).join('\n')}
      : {})
  }
}

/** Create and complete the check run; returns its address. Throws `HttpError` (403 on fork pull requests). */
export async function createCheckRun(api: Api, options: CheckRunOptions): Promise<string | undefined> {
  const annotations = options.records.map(toCheckAnnotation)
  const batches: Array<typeof annotations> = []
  for (let i = 0; i < annotations.length; i += BATCH) batches.push(annotations.slice(i, i + BATCH))
  if (batches.length === 0) batches.push([])
  const output = (batch: typeof annotations) => ({title: options.title, summary: options.summary, annotations: batch})
  const done = () => ({status: 'completed', conclusion: options.conclusion, completed_at: new Date().toISOString()})
  const base = `/repos/${options.owner}/${options.repo}/check-runs`

  const created = await api.request<{id: number; html_url?: string}>('POST', base, {
    name: options.name,
    head_sha: options.sha,
    ...(batches.length === 1 ? done() : {status: 'in_progress'}),
    output: output(batches[0])
  })
  try {
    for (const [index, batch] of batches.entries()) {
      if (index === 0) continue
      await api.request('PATCH', `${base}/${created.id}`, {
        ...(index === batches.length - 1 ? done() : {}),
        output: output(batch)
      })
    }
  } catch (error) {
    // Do not leave the run in progress; the caller falls back to commands.
    const note = '\n\nNot every annotation could be attached; see the workflow run.'
    await api.request('PATCH', `${base}/${created.id}`, {...done(), output: {title: options.title, summary: options.summary + note}}, {last: true}).catch(() => {})
    throw error
  }
  return created.html_url
}

/** Why the check run could not be made: a rate-limit 403 is not a refusal; only a plain 403 means the token may not write checks. */
export function whyNoCheckRun(error: unknown): string {
  const message = (error as Error).message
  if (error instanceof HttpError && error.rateLimited) return `GitHub's rate limit stopped the check run (${message})`
  if (error instanceof HttpError && error.status === 403) return 'The token may not write checks (fork pull requests get a read-only token)'
  return `Could not create the check run (${message})`
}
