/**
 * The article's headline, shared by `repeated-headline` (which reports its
 * repeats) and `duplicate-paragraph` (which leaves them alone), so that one
 * defect is never reported by both rules.
 */
import type {Point} from 'unist'
import type {ArticleInfo, Block} from './types.ts'
import {looksLikeHeadline, normalize} from './normalize.ts'
import {headline as settings} from './data/thresholds.ts'

export interface Headline {
  text: string
  key: string
  start: Point
  end: Point
  /** Where it comes from: front matter `title`, the first heading, or a headline-like line. */
  origin: 'title' | 'heading' | 'line'
  block?: Block
}

/** Comparison key: normalized, with trailing punctuation dropped. */
export function headlineKey(text: string): string {
  let key = keys.get(text)
  if (key === undefined) {
    if (keys.size >= 4096) keys.clear()
    keys.set(text, (key = toKey(text)))
  }
  return key
}

/** Memoized (bounded): both headline rules and `duplicate-paragraph` key every block. */
const keys = new Map<string, string>()

function toKey(text: string): string {
  return normalize(text).replace(/[\s.:;,!?"'-]+$/, '').replace(/^["'\s]+/, '')
}

/** Headings, bold-only paragraphs and (in plain text) short unpunctuated lines. */
export function isHeadlineLike(block: Block, info: ArticleInfo): boolean {
  if (block.kind === 'heading' || block.strong) return true
  return info.format === 'text' && looksLikeHeadline(block.text, settings.maxWords)
}

const cache = new WeakMap<ArticleInfo, Headline | null>()

export function findHeadline(info: ArticleInfo): Headline | undefined {
  let found = cache.get(info)
  if (found === undefined) {
    found = compute(info) ?? null
    cache.set(info, found)
  }
  return found ?? undefined
}

function compute(info: ArticleInfo): Headline | undefined {
  const title = info.frontMatter.title
  if (title && typeof title.value === 'string' && title.value.trim()) {
    return {text: title.value, key: headlineKey(title.value), start: title.start, end: title.end, origin: 'title'}
  }
  if (info.format === 'markdown') {
    const heading = info.blocks.find((block) => block.kind === 'heading')
    if (heading) return fromBlock(heading, 'heading')
  }
  const top = info.blocks.slice(0, settings.nearTop)
  const line = top.find((block) => block.strong || (info.format === 'text' && looksLikeHeadline(block.text, settings.maxWords)))
  return line ? fromBlock(line, 'line') : undefined
}

function fromBlock(block: Block, origin: Headline['origin']): Headline | undefined {
  const key = headlineKey(block.text)
  if (!key) return undefined
  return {text: block.text, key, start: block.start, end: block.end, origin, block}
}
