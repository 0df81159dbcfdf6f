/**
 * Pagination by the `Link` header, bounded. A server (or anything between it
 * and the runner) decides where `rel="next"` points, so:
 * - a next page at another origin (scheme, host or port) than the API's is not
 *   followed: the token goes only to the API origin;
 * - at most `maxItems / PER_PAGE` pages are read (GitHub lists at most 3,000
 *   files of a pull request: 30 pages of 100);
 * - an empty page ends the list, and a next link to a page already read stops it.
 * A listing that stopped early says so (`complete: false` and a note).
 */
import type {Reply} from './retry.ts'

export const PER_PAGE = 100

export interface Listing<T> {
  items: T[]
  /** False when more items may exist than were read. */
  complete: boolean
  /** Why the listing stopped early. */
  note?: string
}

/** The `rel="next"` target of a `Link` header (RFC 8288), resolved against the page's address. */
export function nextLink(link: string | string[] | undefined, page: string): URL | undefined {
  const value = Array.isArray(link) ? link.join(', ') : link ?? ''
  for (const match of value.matchAll(/<([^>]*)>([^,<]*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2])
    if (!rel || !(rel[1] ?? rel[2]).toLowerCase().split(/\s+/).includes('next')) continue
    try {
      return new URL(match[1], page)
    } catch {
      return undefined
    }
  }
  return undefined
}

export async function paginate<T>(first: string, maxItems: number, origin: string, get: (url: string) => Promise<Reply>): Promise<Listing<T>> {
  const items: T[] = []
  const seen = new Set<string>()
  const pages = Math.ceil(maxItems / PER_PAGE)
  let url = first
  for (let page = 1; ; page++) {
    seen.add(url)
    const reply = await get(url)
    const batch = JSON.parse(reply.text || '[]') as unknown
    if (!Array.isArray(batch)) throw new Error(`GET ${new URL(url).pathname}: the reply is not a list`)
    items.push(...(batch as T[]))
    const next = nextLink(reply.headers.link, url)
    if (batch.length === 0 || !next) return {items, complete: true}
    if (items.length >= maxItems) return {items: items.slice(0, maxItems), complete: false, note: `more than ${maxItems} items`}
    if (next.origin !== origin) return {items, complete: false, note: `the next page is at another origin (${next.origin}), not followed`}
    if (seen.has(next.href)) return {items, complete: false, note: 'the next page is one already read'}
    if (page >= pages) return {items, complete: false, note: `more than ${pages} pages`}
    url = next.href
  }
}
