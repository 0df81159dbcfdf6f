/** What the runner tells the Action: the event, the repository, the commits. */
import {readFileSync} from 'node:fs'
import type {PullRequest} from './changed-files.ts'

export interface Context {
  eventName: string
  owner: string
  repo: string
  apiUrl: string
  workspace: string
  /** The pull request, or for a push the pushed range. */
  range?: PullRequest
  /** The commit a check run belongs to: the pull request's head, else GITHUB_SHA. */
  sha?: string
  isPullRequest: boolean
  /** Milliseconds per API call and for the whole API phase (COPYDESK_API_TIMEOUT, COPYDESK_API_BUDGET: seconds). */
  apiTimeout?: number
  apiBudget?: number
}

/** A positive number of seconds from the environment, in milliseconds. */
function seconds(value: string | undefined): number | undefined {
  const n = Number(value)
  return value && Number.isFinite(n) && n > 0 ? n * 1000 : undefined
}

interface Event {
  pull_request?: {number?: number; changed_files?: number; base?: {sha?: string}; head?: {sha?: string}}
  before?: string
  after?: string
}

export function readContext(env: NodeJS.ProcessEnv = process.env): Context {
  let event: Event = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Event
    } catch {
      // No readable event: behave as outside a pull request.
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const pr = event.pull_request
  let range: PullRequest | undefined
  if (pr?.base?.sha && pr.head?.sha) {
    range = {owner, repo, number: pr.number, base: pr.base.sha, head: pr.head.sha, changedFiles: pr.changed_files}
  } else if (event.before && event.after && !/^0+$/.test(event.before)) {
    range = {owner, repo, base: event.before, head: event.after}
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    range,
    sha: pr?.head?.sha ?? env.GITHUB_SHA,
    isPullRequest: Boolean(pr),
    apiTimeout: seconds(env.COPYDESK_API_TIMEOUT),
    apiBudget: seconds(env.COPYDESK_API_BUDGET)
  }
}
