/**
 * A small GitHub REST client over `fetch`: the token in `Authorization`,
 * the base URL from `GITHUB_API_URL` (GitHub Enterprise, or a test server),
 * pagination by the `Link` header.
 */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

export interface Api {
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>
  paginate<T = unknown>(path: string, maxItems: number): Promise<T[]>
}

export function createApi(baseUrl: string, token: string): Api {
  const base = baseUrl.replace(/\/+$/, '')
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'user-agent': 'copydesk-action',
    'x-github-api-version': '2022-11-28'
  }

  async function call(method: string, url: string, body?: unknown): Promise<Response> {
    let response: Response
    try {
      response = await fetch(url, {
        method,
        headers: body === undefined ? headers : {...headers, 'content-type': 'application/json'},
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000)
      })
    } catch (error) {
      throw new HttpError(0, `${method} ${new URL(url).pathname}: ${(error as Error).message}`)
    }
    if (!response.ok) {
      let detail = ''
      try {
        detail = String(((await response.json()) as {message?: string}).message ?? '')
      } catch {
        // No JSON body.
      }
      throw new HttpError(response.status, `${method} ${new URL(url).pathname}: ${response.status}${detail ? ` ${detail}` : ''}`)
    }
    return response
  }

  return {
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await call(method, base + path, body)
      return (response.status === 204 ? undefined : await response.json()) as T
    },
    async paginate<T>(path: string, maxItems: number): Promise<T[]> {
      const items: T[] = []
      let url: string | undefined = base + path + (path.includes('?') ? '&' : '?') + 'per_page=100'
      while (url && items.length < maxItems) {
        const response: Response = await call('GET', url)
        items.push(...((await response.json()) as T[]))
        url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1]
      }
      return items.slice(0, maxItems)
    }
  }
}
