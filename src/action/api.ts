/**
 * A small GitHub REST client over node:https: the token in `Authorization`,
 * the base URL from `GITHUB_API_URL` (GitHub Enterprise, or a test server),
 * pagination by the `Link` header.
 */
import {request as httpRequest} from 'node:http'
import {request as httpsRequest} from 'node:https'

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

export interface Api {
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>
  paginate<T = unknown>(path: string, maxItems: number): Promise<T[]>
}

interface Reply {
  status: number
  link: string
  text: string
}

/** One HTTPS (or, for a local test server, HTTP) request. node:https loads faster than `fetch`. */
function send(method: string, url: URL, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const options = {method, headers: body === undefined ? headers : {...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body))}, timeout: 30_000}
    const req = (url.protocol === 'http:' ? httpRequest : httpsRequest)(url, options, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({status: res.statusCode ?? 0, link: String(res.headers.link ?? ''), text}))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error('timed out')))
    req.on('error', reject)
    req.end(body)
  })
}

export function createApi(baseUrl: string, token: string): Api {
  const base = baseUrl.replace(/\/+$/, '')
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'user-agent': 'copydesk-action',
    'x-github-api-version': '2022-11-28'
  }

  async function call(method: string, url: string, body?: unknown): Promise<Reply> {
    const where = `${method} ${new URL(url).pathname}`
    let reply: Reply
    try {
      reply = await send(method, new URL(url), headers, body === undefined ? undefined : JSON.stringify(body))
    } catch (error) {
      throw new HttpError(0, `${where}: ${(error as Error).message}`)
    }
    if (reply.status < 200 || reply.status >= 300) {
      let detail = ''
      try {
        detail = String((JSON.parse(reply.text) as {message?: string}).message ?? '')
      } catch {
        // No JSON body.
      }
      throw new HttpError(reply.status, `${where}: ${reply.status}${detail ? ` ${detail}` : ''}`)
    }
    return reply
  }

  return {
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const reply = await call(method, base + path, body)
      return (reply.text ? JSON.parse(reply.text) : undefined) as T
    },
    async paginate<T>(path: string, maxItems: number): Promise<T[]> {
      const items: T[] = []
      let url: string | undefined = base + path + (path.includes('?') ? '&' : '?') + 'per_page=100'
      while (url && items.length < maxItems) {
        const reply: Reply = await call('GET', url)
        items.push(...(JSON.parse(reply.text) as T[]))
        url = /<([^>]+)>;\s*rel="next"/.exec(reply.link)?.[1]
      }
      return items.slice(0, maxItems)
    }
  }
}
