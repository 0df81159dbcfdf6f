/**
 * `suggestions: true`: one pull-request review (event COMMENT, on the head
 * commit) whose comments are suggested changes. A later run lists the pull
 * request's review comments first and posts only suggestions whose marker
 * (the finding's fingerprint) none carries, so pushes do not pile up copies;
 * when nothing is new, no review is made. When the earlier comments cannot
 * all be listed, nothing is posted (copies would be worse than annotations).
 * At most 30 comments per review: GitHub may block a review with many as
 * abuse; the rest wait for a later run. A read-only token (a fork's; 403 or
 * 404) or any other failure: the findings stay annotations, with a note, and
 * the step's result is not changed.
 */
import {HttpError, type Api} from './api.ts'
import type {Record} from '../report/records.ts'
import type {FileDiff} from './changed-files.ts'
import {commentBody, markedFingerprint, planSuggestions, type Suggestion} from './suggestions.ts'

export const MAX_COMMENTS = 30
/** Review comments read at most (30 pages of 100). */
export const COMMENT_LIMIT = 3000

export interface ReviewTarget {
  owner: string
  repo: string
  number: number
  /** The head commit: the lines are its lines. */
  sha: string
}

export interface ReviewOutcome {
  /** Findings a current review comment carries (posted now or by an earlier run): not annotated again. */
  carried: Set<Record>
  /** Comments posted by this run. */
  posted: number
  notes: string[]
}

interface ReviewComment {
  body?: unknown
  /** The comment's line in the pull request's current diff; null once the line has changed (outdated). */
  line?: number | null
}

function whyNoReview(error: unknown): string {
  const message = (error as Error).message
  if (error instanceof HttpError && error.rateLimited) return `GitHub's rate limit stopped the review with suggested changes (${message})`
  if (error instanceof HttpError && (error.status === 403 || error.status === 404)) {
    return 'The token may not write pull-request reviews (the workflow needs pull-requests: write; fork pull requests get a read-only token)'
  }
  return `Could not post the review with suggested changes (${message})`
}

async function postSuggestions(api: Api, target: ReviewTarget, suggestions: Suggestion[]): Promise<ReviewOutcome> {
  const carried = new Set<Record>()
  if (suggestions.length === 0) return {carried, posted: 0, notes: []}
  const base = `/repos/${target.owner}/${target.repo}/pulls/${target.number}`
  const fallback = 'fixes are shown as annotations instead.'

  let earlier: Map<string, boolean>
  try {
    const listing = await api.paginate<ReviewComment>(`${base}/comments`, COMMENT_LIMIT)
    if (!listing.complete) return {carried, posted: 0, notes: [`The pull request's review comments could not all be read (${listing.note}), so no suggestions were posted (they could repeat earlier ones); ${fallback}`]}
    // Fingerprint → whether a comment with it is still on the current diff.
    earlier = new Map()
    for (const comment of listing.items) {
      const fingerprint = markedFingerprint(comment.body)
      if (fingerprint) earlier.set(fingerprint, earlier.get(fingerprint) || (comment.line ?? null) !== null)
    }
  } catch (error) {
    return {carried, posted: 0, notes: [`Could not read the pull request's review comments (${(error as Error).message}), so no suggestions were posted; ${fallback}`]}
  }

  const fresh: Suggestion[] = []
  for (const suggestion of suggestions) {
    const current = earlier.get(suggestion.fingerprint)
    // Suggested before: not again. Its comment shows the finding while it is on the diff; once outdated, an annotation does.
    if (current === undefined) fresh.push(suggestion)
    else if (current) carried.add(suggestion.record)
  }
  if (fresh.length === 0) return {carried, posted: 0, notes: []}

  const batch = fresh.slice(0, MAX_COMMENTS)
  const notes = fresh.length > batch.length ? [`${fresh.length - batch.length} more suggested changes were left for a later run (at most ${MAX_COMMENTS} per review); they are annotations for now.`] : []
  try {
    await api.request('POST', `${base}/reviews`, {
      commit_id: target.sha,
      event: 'COMMENT',
      body: `Copydesk suggests ${batch.length === 1 ? 'a fix' : `${batch.length} fixes`}: each can be applied with “Commit suggestion”.`,
      comments: batch.map((suggestion) => ({
        path: suggestion.record.path,
        ...(suggestion.startLine < suggestion.line ? {start_line: suggestion.startLine, start_side: 'RIGHT'} : {}),
        line: suggestion.line,
        side: 'RIGHT',
        body: commentBody(suggestion)
      }))
    })
  } catch (error) {
    return {carried, posted: 0, notes: [`${whyNoReview(error)}; ${fallback}`]}
  }
  for (const suggestion of batch) carried.add(suggestion.record)
  return {carried, posted: batch.length, notes}
}

/** Plan and post the suggestions for the reported findings; the notes say what the review carries. */
export async function suggestChanges(api: Api, target: ReviewTarget, reported: Record[], texts: Map<string, string>, diff: Map<string, FileDiff | undefined> | undefined): Promise<ReviewOutcome> {
  if (!diff) return {carried: new Set(), posted: 0, notes: ["suggestions: the pull request's diff could not be read; fixes are shown as annotations."]}
  const outcome = await postSuggestions(api, target, planSuggestions(reported, texts, diff))
  const n = outcome.carried.size
  if (n > 0) {
    outcome.notes.push(`${n} fix${n === 1 ? ' is a suggested change' : 'es are suggested changes'} in the pull request's review` +
      (outcome.posted ? ` (${outcome.posted} posted by this run)` : ' (posted by an earlier run)') + ', not annotations.')
  }
  return outcome
}
