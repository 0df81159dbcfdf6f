/**
 * The files a pull request changes, and their changed lines: from the
 * pull-request files API (paginated; GitHub lists at most 3,000 files) or,
 * without a usable token or when the API fails, from git
 * (`git diff -z --name-status base...head`). Deleted files are left out;
 * renamed and copied files are listed at their new path.
 */
import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {HttpError, type Api} from './api.ts'

const exec = promisify(execFile)

/** Inclusive line ranges on the new side of the diff. */
export type Ranges = Array<[number, number]>

export interface Changes {
  /** Repository-relative path → changed lines (undefined: not known). */
  files: Map<string, Ranges | undefined>
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
}

/**
 * Added lines (new side) of a unified diff: GitHub's `patch` (with context
 * lines) or `git diff -U0`. Context lines are not changes.
 */
export function hunks(patch: string): Ranges {
  const ranges: Ranges = []
  let line = 0
  let inHunk = false
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
    if (header) {
      line = Number(header[1])
      inHunk = true
    } else if (!inHunk || text.startsWith('\\') || text.startsWith('-')) {
      continue
    } else if (text.startsWith('+')) {
      const last = ranges.at(-1)
      if (last && last[1] === line - 1) last[1] = line
      else ranges.push([line, line])
      line++
    } else if (text.startsWith(' ')) {
      line++
    } else {
      inHunk = false // `diff --git` of the next file
    }
  }
  return ranges
}

export async function changedFiles(pr: PullRequest, api: Api | undefined, cwd: string): Promise<Changes> {
  const notes: string[] = []
  if (api && pr.number !== undefined) {
    try {
      const listed = await api.paginate<ApiFile>(`/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}/files`, API_FILE_LIMIT)
      const files = new Map<string, Ranges | undefined>()
      for (const file of listed) {
        if (file.status !== 'removed') files.set(file.filename, file.patch === undefined ? undefined : hunks(file.patch))
      }
      const complete = listed.length < API_FILE_LIMIT || (pr.changedFiles !== undefined && pr.changedFiles <= API_FILE_LIMIT)
      if (complete) return {files, source: 'api', notes}
      try {
        return {...(await fromGit(pr, cwd)), notes: [`The pull request changes more than ${API_FILE_LIMIT} files, the most the API lists; changed files come from git.`]}
      } catch {
        return {files, source: 'api', notes: [`The pull request changes more than ${API_FILE_LIMIT} files, the most the API lists, and git could not list them: only the first ${API_FILE_LIMIT} were considered.`]}
      }
    } catch (error) {
      notes.push(`The pull-request files API failed (${error instanceof HttpError ? error.message : String(error)}); changed files come from git.`)
    }
  } else if (pr.number !== undefined) {
    notes.push('No token: changed files come from git.')
  }
  return {...(await fromGit(pr, cwd)), notes}
}

async function git(cwd: string, args: string[]): Promise<string> {
  const {stdout} = await exec('git', args, {cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8'})
  return stdout
}

function checkRef(ref: string): string {
  if (!ref || ref.startsWith('-')) throw new Error(`Invalid ref: ${JSON.stringify(ref)}`)
  return ref
}

/** `git diff -z --name-status base...head`; throws when git cannot (shallow clone, missing commits). */
export async function fromGit(pr: PullRequest, cwd: string): Promise<Omit<Changes, 'notes'>> {
  const range = `${checkRef(pr.base)}...${checkRef(pr.head)}`
  const fields = (await git(cwd, ['diff', '-z', '--name-status', '-M', '--no-color', range, '--'])).split('\0')
  const files = new Map<string, Ranges | undefined>()
  for (let i = 0; i < fields.length - 1; ) {
    const code = fields[i]
    if (!code) break
    if (code.startsWith('R') || code.startsWith('C')) {
      files.set(fields[i + 2], undefined)
      i += 3
    } else {
      if (!code.startsWith('D')) files.set(fields[i + 1], undefined)
      i += 2
    }
  }
  return {files, source: 'git'}
}

/** Changed lines of one file from `git diff -U0 base...head`; undefined when git cannot tell. */
export async function linesFromGit(pr: PullRequest, path: string, cwd: string): Promise<Ranges | undefined> {
  try {
    const range = `${checkRef(pr.base)}...${checkRef(pr.head)}`
    return hunks(await git(cwd, ['diff', '-U0', '-M', '--no-color', '--no-ext-diff', range, '--', `:(literal)${path}`]))
  } catch {
    return undefined
  }
}
