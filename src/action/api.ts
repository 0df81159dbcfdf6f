/**
 * The GitHub REST client: @actions/http-client (which honours HTTPS_PROXY,
 * HTTP_PROXY and NO_PROXY, as self-hosted runners behind a proxy need) under
 * Copydesk's policy:
 * - the token goes only to the API origin (`GITHUB_API_URL`): redirects are
 *   not followed, and pagination stays on that origin (pages.ts);
 * - every call has a deadline, reading the reply included (a reply that
 *   trickles in a byte at a time cannot hold the job), and the whole API
 *   phase has a budget: the time spent in calls and waits adds up, and once
 *   it is spent, calls fail at once, so the Action falls back (git for the
 *   files, workflow commands for annotations) instead of hanging;
 * - 5xx, 429 and rate-limit 403s are retried with backoff (retry.ts) within
 *   the call's and the phase's time.
 */
import type {IncomingMessage} from 'node:http'
import {HttpClient} from '@actions/http-client'
import type {RequestHandler} from '@actions/http-client/lib/interfaces'
import {paginate, PER_PAGE, type Listing} from './pages.ts'
import {errorMessage, isRateLimited, retryDelay, type Reply} from './retry.ts'

export const CALL_TIMEOUT = 30_000
export const API_BUDGET = 150_000
/** Larger replies are refused (a page of 100 files with patches is a few MB). */
const MAX_REPLY_BYTES = 64 * 1024 * 1024

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly rateLimited = false) {
    super(message)
  }
}

export interface CallOptions {
  /**
   * One try, allowed even when the budget is spent: for the request that
   * completes a check run, so that it is not left in progress.
   */
  last?: boolean
}

export interface Api {
  request<T = unknown>(method: string, path: string, body?: unknown, options?: CallOptions): Promise<T>
  paginate<T = unknown>(path: string, maxItems: number): Promise<Listing<T>>
}

export interface ApiOptions {
  /** Milliseconds per call, reading the reply included. */
  callTimeout?: number
  /** Milliseconds for every call and wait together. */
  budget?: number
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`

/** The reply's body as text, refused past `MAX_REPLY_BYTES`. */
function readText(message: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_REPLY_BYTES) message.destroy(new Error(`reply larger than ${MAX_REPLY_BYTES} bytes`))
      else chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
    message.on('close', () => reject(new Error('connection closed before the reply ended')))
  })
}

/** One request, abandoned (socket destroyed) after `ms`, whatever stage it is in. */
async function send(method: string, url: string, headers: Record<string, string>, body: string | null, ms: number): Promise<Reply> {
  const controller = new AbortController()
  // http-client lets handlers adjust the options of node:http(s).request; the signal ends it on time.
  const handler: RequestHandler = {
    prepareRequest: (options) => void (options.signal = controller.signal),
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('unused'))
  }
  const client = new HttpClient('copydesk-action', [handler], {allowRedirects: false, allowRetries: false, keepAlive: false, socketTimeout: ms})
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no complete reply within ${seconds(ms)}`))
      controller.abort()
    }, ms)
  })
  try {
    const response = await Promise.race([client.request(method, url, body, headers), expired])
    const text = await Promise.race([readText(response.message), expired])
    return {status: response.message.statusCode ?? 0, headers: response.message.headers, text}
  } finally {
    clearTimeout(timer)
  }
}

export function createApi(baseUrl: string, token: string, options: ApiOptions = {}): Api {
  const base = baseUrl.replace(/\/+$/, '')
  const origin = new URL(base).origin
  const callTimeout = options.callTimeout ?? CALL_TIMEOUT
  const budget = options.budget ?? API_BUDGET
  let spent = 0
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'x-github-api-version': '2022-11-28'
  }

  async function call(method: string, url: string, body?: unknown, options: CallOptions = {}): Promise<Reply> {
    const target = new URL(url)
    // The one place the token is attached: never to another origin.
    if (target.origin !== origin) throw new HttpError(0, `${method} ${target.href}: not the API origin ${origin}; not sent`)
    const where = `${method} ${target.pathname}`
    const data = body === undefined ? null : JSON.stringify(body)
    const started = Date.now()
    try {
      for (let attempt = 1; ; attempt++) {
        const left = options.last ? callTimeout : budget - spent - (Date.now() - started)
        if (left <= 0) throw new HttpError(0, `${where}: the API time budget (${seconds(budget)}) is spent`)
        let reply: Reply | undefined
        let failure: Error | undefined
        try {
          reply = await send(method, url, data === null ? headers : {...headers, 'content-type': 'application/json'}, data, Math.min(callTimeout, left))
        } catch (error) {
          failure = error as Error
        }
        if (reply && reply.status >= 200 && reply.status < 300) return reply
        const wait = options.last ? undefined : retryDelay(reply, attempt, Date.now(), method === 'GET')
        const fits = wait !== undefined && Date.now() + wait < started + budget - spent
        if (wait === undefined || !fits) {
          const why = wait === undefined ? '' : ` (waiting ${seconds(wait)} to retry would pass the API time budget)`
          if (!reply) throw new HttpError(0, `${where}: ${failure!.message}${why}`)
          const detail = errorMessage(reply) || (reply.status >= 300 && reply.status < 400 ? `redirect to ${reply.headers.location ?? '?'} not followed` : '')
          throw new HttpError(reply.status, `${where}: ${reply.status}${detail ? ` ${detail}` : ''}${why}`, isRateLimited(reply))
        }
        await new Promise((resolve) => setTimeout(resolve, wait))
      }
    } finally {
      spent += Date.now() - started
    }
  }

  return {
    async request<T>(method: string, path: string, body?: unknown, options?: CallOptions): Promise<T> {
      const reply = await call(method, base + path, body, options)
      return (reply.text ? JSON.parse(reply.text) : undefined) as T
    },
    paginate<T>(path: string, maxItems: number): Promise<Listing<T>> {
      const first = base + path + (path.includes('?') ? '&' : '?') + `per_page=${PER_PAGE}`
      return paginate<T>(first, maxItems, origin, (url) => call('GET', url))
    }
  }
}
