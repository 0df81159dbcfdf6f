/**
 * The article's headline, shared by `repeated-headline` (which reports its
 * repeats) and `duplicate-paragraph` (which leaves them alone), so that one
 * defect is never reported by both rules.
 */
import type {Point} from 'unist'
import type {ArticleInfo, Block} from '../types.ts'
import {letterHash, looksLikeHeadline, normalize, wordCount} from '../text/normalize.ts'
import {memoize} from '../text/memo.ts'

/** What counts as a headline, as data (`repeated-headline` and `duplicate-paragraph` both read it). */
export const headlineThresholds = {
  /** A headline-like line has at most this many words… */
  maxWords: 20,
  /** …and, in plain text, is one of the first blocks of the article. */
  nearTop: 3,
  /**
   * A bold-only line of at most this many words is a subhead (`repeated-headline`);
   * longer ones are paragraphs (`duplicate-paragraph`, whose `minWords` is 8).
   */
  subheadMaxWords: 7
}

export interface Headline {
  text: string
  key: string
  start: Point
  end: Point
  /** Where it comes from: front matter `title`, the first heading, or a headline-like line. */
  origin: 'title' | 'heading' | 'line'
  block?: Block
}

/** Comparison key: normalized, with trailing punctuation dropped. Memoized per article: both headline rules and `duplicate-paragraph` key every block. */
export const headlineKey = memoize(toKey)

function toKey(text: string): string {
  return normalize(text).replace(/[\s.:;,!?"'-]+$/, '').replace(/^["'\s]+/, '')
}

/** Headings, bold-only paragraphs and (in plain text) short unpunctuated lines. */
export function isHeadlineLike(block: Block, info: ArticleInfo): boolean {
  if (block.kind === 'heading' || block.strong) return true
  return info.format === 'text' && looksLikeHeadline(block.text, headlineThresholds.maxWords)
}

/*
 * Who owns a repeat (one defect, one rule): the headline's repeats and headings are
 * `repeated-headline`'s, and so are bold subheads (bold-only lines shorter than a paragraph);
 * every other block, bold or headline-like or not, is `duplicate-paragraph`'s.
 * Bold interview questions repeat by design (the same questions put to each interviewee).
 */

/** A bold-only line of fewer than `subheadMaxWords + 1` words: a subhead, not a paragraph. */
export function isBoldSubhead(block: Block): boolean {
  return block.strong && block.kind === 'paragraph' && wordCount(block.text) <= headlineThresholds.subheadMaxWords
}

/** A bold-only question (`**What were you doing before?**`): an interview question of a Q&A layout. */
export function isBoldQuestion(block: Block): boolean {
  return block.strong && /\?[\s*_"'\u201D\u2019)]*$/u.test(block.text)
}

/** Every word capitalised (`U.S. Environmental Protection Agency`, `Question`, `Jane Doe`): a label naming an entry. */
export function isNameLabel(text: string): boolean {
  const found = text.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*/gu) ?? []
  return found.length > 0 && found.every((word) => /^[\p{Lu}\p{N}]/u.test(word))
}

/** The text repeats the headline (`headlineKey`s equal), decided without folding when their letters differ. */
export function isHeadline(text: string, headline: Headline | undefined): boolean {
  return headline !== undefined && letterHash(text) === letterHash(headline.text) && headlineKey(text) === headline.key
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
  const top = info.blocks.slice(0, headlineThresholds.nearTop)
  const line = top.find((block) => block.strong || (info.format === 'text' && looksLikeHeadline(block.text, headlineThresholds.maxWords)))
  return line ? fromBlock(line, 'line') : undefined
}

function fromBlock(block: Block, origin: Headline['origin']): Headline | undefined {
  const key = headlineKey(block.text)
  if (!key) return undefined
  return {text: block.text, key, start: block.start, end: block.end, origin, block}
}
