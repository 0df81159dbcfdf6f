/**
 * The files a pull request changes, and their changed lines: from the
 * pull-request files API (paginated; GitHub lists at most 3,000 files) or,
 * without a usable token or when the API fails, from git
 * (`git diff -z --name-status base...head`). Deleted files are left out;
 * renamed and copied files are listed at their new path.
 */
import {changes, checkRef, hunks, type FileDiff, type Ranges} from '../git/index.ts'
import {HttpError, type Api} from './api.ts'

export type {FileDiff, Ranges}

export interface Changes {
  /** Repository-relative path → its added lines and hunks (undefined: not known). */
  files: Map<string, FileDiff | undefined>
  source: 'api' | 'git'
  /** Something the log should say (a fallback, an incomplete list). */
  notes: string[]
}

export interface PullRequest {
  owner: string
  repo: string
  number?: number
  base: string
  head: string
  /** `changed_files` from the event, when known. */
  changedFiles?: number
}

export const API_FILE_LIMIT = 3000

interface ApiFile {
  filename: string
  status: string
  patch?: string
  changes?: number
}

/** A file's lines from its `patch`; none for a rename without changes; unknown when GitHub left the patch out (a large diff). */
function diffOf(file: ApiFile): FileDiff | undefined {
  if (file.patch !== undefined) return hunks(file.patch)
  return file.changes === 0 ? {added: [], hunks: []} : undefined
}

export async function changedFiles(pr: PullRequest, api: Api | undefined, cwd: string): Promise<Changes> {
  const notes: string[] = []
  if (api && pr.number !== undefined) {
    try {
      const listing = await api.paginate<ApiFile>(`/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}/files`, API_FILE_LIMIT)
      const files = new Map<string, FileDiff | undefined>()
      for (const file of listing.items) if (file.status !== 'removed') files.set(file.filename, diffOf(file))
      // GitHub lists at most 3,000 files: a list that long is complete only if the event says the pull request has no more.
      const atLimit = listing.items.length >= API_FILE_LIMIT
      const complete = atLimit ? pr.changedFiles !== undefined && pr.changedFiles <= API_FILE_LIMIT : listing.complete
      if (complete) return {files, source: 'api', notes}
      const why = atLimit ? `The pull request changes more than ${API_FILE_LIMIT} files, the most the API lists` : `The pull-request files API's list stopped early (${listing.note})`
      try {
        return {...(await fromGit(pr, cwd)), notes: [`${why}; changed files come from git.`]}
      } catch {
        return {files, source: 'api', notes: [`${why}, and git could not list them: only the ${files.size} files listed were considered.`]}
      }
    } catch (error) {
      notes.push(`The pull-request files API failed (${error instanceof HttpError ? error.message : String((error as Error).message ?? error)}); changed files come from git.`)
    }
  } else if (pr.number !== undefined) {
    notes.push('No token: changed files come from git.')
  }
  return {...(await fromGit(pr, cwd)), notes}
}

/** `git diff base...head`: the changed files, their added lines and hunks; throws when git cannot (shallow clone, missing commits). */
export async function fromGit(pr: PullRequest, cwd: string): Promise<Omit<Changes, 'notes'>> {
  const {files} = await changes(`${checkRef(pr.base)}...${checkRef(pr.head)}`, cwd)
  return {files, source: 'git'}
}

export interface EventDiff {
  changes?: Changes
  /** Why there is none. */
  why?: string
  notes: string[]
}

/**
 * The event's diff (the pull request's, or the pushed range's), for
 * changed-only, filter-mode and suggestions; when there is none, why.
 */
export async function eventDiff(range: PullRequest | undefined, api: Api | undefined, cwd: string, changedOnly: boolean): Promise<EventDiff> {
  if (!range) {
    const why = 'no pull request or pushed range in this event'
    return {why, notes: changedOnly ? [`changed-only: ${why}; every matching file was linted.`] : []}
  }
  try {
    const changes = await changedFiles(range, api, cwd)
    return {changes, notes: changes.notes}
  } catch (error) {
    const why = `git could not read it: ${String((error as Error).message).split('\n')[0]}; with actions/checkout, set fetch-depth: 0`
    return {why, notes: changedOnly ? [`changed-only: no diff (${why}); every matching file was linted.`] : []}
  }
}

/** Files of `paths` whose lines the API left out (no patch): from git, when it can tell. */
export async function fillLines(changes: Changes, range: PullRequest, cwd: string, paths: Iterable<string>): Promise<void> {
  const unknown = [...paths].some((path) => changes.files.has(path) && changes.files.get(path) === undefined)
  if (!unknown) return
  const lines = await fromGit(range, cwd).catch(() => undefined)
  for (const [path, diff] of changes.files) if (diff === undefined) changes.files.set(path, lines?.files.get(path))
}
