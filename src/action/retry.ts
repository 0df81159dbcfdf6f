/**
 * When a GitHub API call is worth trying again, and after how long: server
 * errors (5xx), 429, and 403s that are rate limits rather than refusals.
 * GitHub's advice (REST API "Rate limits" and "Best practices"): wait for
 * `retry-after` when it is sent; else, with `x-ratelimit-remaining: 0`, until
 * `x-ratelimit-reset`; else, for a secondary rate limit, at least a minute.
 * Server errors back off exponentially (1, 2, 4, 8 s). The caller gives up
 * when the wait would pass its deadline.
 */
import type {IncomingHttpHeaders} from 'node:http'

export interface Reply {
  status: number
  headers: IncomingHttpHeaders
  text: string
}

/** Tries per call, the first included. */
export const MAX_ATTEMPTS = 5
const SECONDARY_LIMIT_WAIT = 60_000

function header(reply: Reply, name: string): string | undefined {
  const value = reply.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** The `message` of GitHub's JSON error body, if any. */
export function errorMessage(reply: Reply): string {
  try {
    const message = (JSON.parse(reply.text) as {message?: unknown}).message
    return typeof message === 'string' ? message : ''
  } catch {
    return ''
  }
}

/** A 429, or a 403 that says it is a (primary or secondary) rate limit: not a permission refusal. */
export function isRateLimited(reply: Reply): boolean {
  if (reply.status === 429) return true
  if (reply.status !== 403) return false
  return header(reply, 'x-ratelimit-remaining') === '0' || header(reply, 'retry-after') !== undefined || /rate limit/i.test(errorMessage(reply))
}

/** `retry-after`: seconds, or an HTTP date. */
function retryAfter(reply: Reply, now: number): number | undefined {
  const value = header(reply, 'retry-after')?.trim()
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/**
 * Milliseconds to wait before attempt `attempt + 1`, or undefined when the
 * failure is not worth retrying. `reply` is undefined when no reply came (a
 * network error or a timeout): only calls that can safely be repeated
 * (`idempotent`, i.e. GET) are retried then, since the server may have acted.
 */
export function retryDelay(reply: Reply | undefined, attempt: number, now: number, idempotent: boolean): number | undefined {
  if (attempt >= MAX_ATTEMPTS) return undefined
  const backoff = 1000 * 2 ** (attempt - 1)
  if (!reply) return idempotent ? backoff : undefined
  const limited = isRateLimited(reply)
  if (!limited && reply.status < 500) return undefined
  const after = retryAfter(reply, now)
  if (after !== undefined) return after
  if (limited) {
    const reset = Number(header(reply, 'x-ratelimit-reset'))
    if (header(reply, 'x-ratelimit-remaining') === '0' && reset > 0) return Math.max(0, reset * 1000 - now) + 1000
    return SECONDARY_LIMIT_WAIT
  }
  return backoff
}
