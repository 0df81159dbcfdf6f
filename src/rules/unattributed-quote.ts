/**
 * `unattributed-quote`: a direct quotation of five or more words with no
 * speaker or source in its sentence, the sentence before or the sentence
 * after (same paragraph). Multi-paragraph quotations (each paragraph opens
 * with a quote mark, only the last one closes) count as one, and attribution
 * in any of their paragraphs covers them. Unbalanced quote marks that no such
 * chain explains are reported too.
 */
import type {Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {mapText, offsetOf, pointOf, textLength, type MappedText} from '../nlcst-text.ts'
import {excerpt, wordCount} from '../normalize.ts'
import {opensWithQuote, scanQuotes, type QuoteScan} from '../quotes.ts'
import {defineRule, type Report} from '../rule.ts'
import {mentionCues, sentenceStarters as startersList, sourcePhrases, speechVerbs} from '../data/attribution.ts'
import {quote as defaults} from '../data/thresholds.ts'
import {paragraphs} from '../paragraphs.ts'
import {firstIndex} from '../search.ts'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
const cues = new RegExp(`(?<![\\p{L}])(?:${[...speechVerbs, ...sourcePhrases].map(escape).join("|")})(?![\\p{L}])`, "giu")
/** The same cues, not global: for `test` (a global regex keeps `lastIndex` between calls). */
const cue = new RegExp(cues.source, 'iu')
const mention = new RegExp(`(?<![\\p{L}])(?:${mentionCues.map(escape).join('|')})[\\s,:]{0,3}$`, 'iu')
/** Capitalized because they start a sentence, not because they name anyone. */
const sentenceStarters = new Set(startersList)
const credit = /^\s*[*_]*[\u2014\u2013\u2015-]{1,2}\s*[*_]*\p{Lu}/u
const url = /:\/\/|www\.|\.(?:gov|com|org)\//i

interface Para {
  mapped: MappedText
  scan: QuoteScan
  sentences: Array<[number, number]>
  /** The text with the content of every quotation blanked: what is said around the quotes. */
  outside: string
  /** Where attribution cues stand in `outside`, in order. */
  cueAt: number[]
}

interface Chain {
  members: Para[]
  open: number
  /** The paragraph before the chain introduced it (a colon, a question). */
  introduced: boolean
}

export default defineRule({id: 'unattributed-quote', level: 'warning', defaults}, function (tree, file, options, report) {
  const blocks = file.data.copydesk?.blocks ?? []
  const links = file.data.copydesk?.links ?? []
  let chain: Chain | undefined
  /** The previous block introduces what follows: it ends with a colon, or asks a question (Q&A layout). */
  let introduced = false
  /** A list whose quoted items a colon or a question introduced: its later quoted items are too. */
  let introducedList = -1

  const groups = paragraphs(tree, blocks)
  for (const [index, {node, block}] of groups.entries()) {
    const mapped = mapText(node)
    const leadsWithQuote = opensWithQuote(mapped.text)
    let wasIntroduced = introduced || (block !== undefined && block.inList && block.container === introducedList && leadsWithQuote)
    if (wasIntroduced && leadsWithQuote && block?.inList) introducedList = block.container
    // The paragraph before ends with a colon, a question (Q&A), or a sentence that names a speaker (`…, he said.`).
    introduced = /[:?]["'”’*_\s]*$/.test(mapped.text) || cueInLastSentence(node, mapped.text)
    // A credit line under a quotation (`– Jane Doe, Director`) attributes it.
    const next = groups[index + 1]?.node
    if (next && credit.test(toString(next).slice(0, 12))) wasIntroduced = true
    // Headings and bold-only lines (interview questions, subheads) are not where quotations are reported.
    if (block?.kind === 'heading' || block?.strong) continue
    const continuing = chain !== undefined && opensWithQuote(mapped.text)
    if (chain && !continuing) chain = finish(chain, false)
    const para = read(node, mapped, continuing)
    const {scan} = para

    /** A series of quotes after a mention cue (`questions like “…”, “…”, or “…”`) are all mentions. */
    let mentionUntil = -1
    for (const quote of scan.quotes) {
      const content = mapped.text.slice(quote.open + 1, quote.close)
      const lead = mapped.text.slice(Math.max(0, quote.open - 40), quote.open)
      const inSeries = mentionUntil !== -1 && /^[\s,;]*(?:(?:and|or)\s+)?$/.test(mapped.text.slice(mentionUntil + 1, quote.open))
      if (inSeries || mention.test(lead)) {
        mentionUntil = quote.close
        continue
      }
      mentionUntil = -1
      if (!isQuotation(content, lead)) continue
      if (attributed(para, quote.open, quote.close)) continue
      if (linked(para, quote.open, quote.close)) continue
      if (wasIntroduced && quote.open === firstMark(para.mapped.text)) continue
      report({
        reason: `Quotation “${excerpt(content, 50)}” has no attribution; name the speaker or source in this sentence or the next`,
        ...at(file, para, quote.open, quote.close + 1),
        actual: content
      })
    }

    if (scan.stray.length > 0) {
      const first = scan.stray[0]
      const more = scan.stray.length > 1 ? ` (${scan.stray.length} unbalanced marks in this paragraph)` : ''
      report({
        reason: `This quote mark has no partner${more}; add the missing mark or remove this one`,
        ...at(file, para, first, first + 1),
        tier: 'secondary'
      })
    }

    if (chain && continuing) {
      chain.members.push(para)
      if (scan.head?.close !== undefined) chain = finish(chain, true)
    }
    if (scan.tail !== undefined && !(chain && scan.head && scan.head.close === undefined)) {
      chain = {members: [para], open: scan.tail, introduced: wasIntroduced && scan.tail === firstMark(mapped.text)}
    }
  }
  if (chain) finish(chain, false)

  /** Report a finished chain; returns undefined so callers can reset. */
  function finish(done: Chain, closed: boolean): undefined {
    const [first] = done.members
    const last = done.members.at(-1)!
    if (!closed) {
      report({
        reason: 'This quote mark is never closed; close the quotation or, if it runs on, open the next paragraph with a quote mark',
        ...at(file, first, done.open, done.open + 1),
        tier: 'secondary'
      })
      if (done.members.length === 1) return undefined
    }
    const parts = done.members.map((member, index) => {
      const from = index === 0 ? done.open + 1 : (member.scan.head?.open ?? -1) + 1
      const to = index === done.members.length - 1 && closed ? member.scan.head!.close! : member.mapped.text.length
      return member.mapped.text.slice(from, to)
    })
    const text = parts.join(' ')
    if (wordCount(text) < options.minWords) return undefined
    const lead = first.mapped.text.slice(Math.max(0, done.open - 40), done.open)
    if (done.members.some((member) => member.cueAt.length > 0) || /:\s*$/.test(lead) || done.introduced) return undefined
    const end = closed ? last.scan.head!.close! + 1 : last.mapped.text.length
    report({
      reason: `Quotation “${excerpt(text, 50)}”, over ${done.members.length} paragraphs, has no attribution; name the speaker or source in one of them`,
      start: pointOf(file, first.mapped, done.open),
      end: pointOf(file, last.mapped, end),
      actual: text
    })
    return undefined
  }

  /** A quotation that links to its source (`“[…](https://…)”`) is attributed by the link. */
  function linked(para: Para, open: number, close: number): boolean {
    const from = offsetOf(para.mapped, open)
    const to = offsetOf(para.mapped, close) + 2
    const index = firstIndex(links.length, (i) => links[i][1] >= from)
    return index < links.length && links[index][0] <= to
  }

  function isQuotation(content: string, lead: string): boolean {
    if (wordCount(content) < options.minWords) return false
    if (url.test(content) || isTitle(content)) return false
    // Inside raw markup (`<img alt="…"`): an attribute, not a quotation.
    return !mention.test(lead) && !/<[a-z][^<>]*$/i.test(lead)
  }
})

function at(file: VFile, para: Para, from: number, to: number): Pick<Report, 'start' | 'end'> {
  return {start: pointOf(file, para.mapped, from), end: pointOf(file, para.mapped, to)}
}

function read(node: Paragraph, mapped: MappedText, continuing: boolean): Para {
  const scan = scanQuotes(mapped.text, continuing)
  const sentences: Array<[number, number]> = []
  let offset = 0
  for (const child of node.children) {
    const length = textLength(child)
    if (child.type === 'SentenceNode') sentences.push([offset, offset + length])
    offset += length
  }
  // Blank what is quoted: complete quotations, the continued head, the running tail.
  const spans = scan.quotes.map((q) => [q.open + 1, q.close] as const)
  if (scan.head) spans.push([scan.head.open + 1, scan.head.close ?? mapped.text.length])
  if (scan.tail !== undefined && scan.tail !== scan.head?.open) spans.push([scan.tail + 1, mapped.text.length])
  spans.sort((a, b) => a[0] - b[0])
  const parts: string[] = []
  let last = 0
  for (const [from, to] of spans) {
    parts.push(mapped.text.slice(last, from), ' '.repeat(Math.max(0, to - from)))
    last = Math.max(last, to)
  }
  parts.push(mapped.text.slice(last))
  const outside = parts.join('')
  const cueAt = [...outside.matchAll(cues)].map((match) => match.index)
  return {mapped, scan, sentences, outside, cueAt}
}

/** Attribution outside the quote, in its sentence(s), the one before or the one after. */
function attributed(para: Para, open: number, close: number): boolean {
  const {sentences, outside, mapped, cueAt} = para
  const first = Math.min(firstIndex(sentences.length, (i) => sentences[i][1] > open), sentences.length - 1)
  const last = Math.min(firstIndex(sentences.length, (i) => sentences[i][1] > close), sentences.length - 1)
  const from = sentences[Math.max(0, first - 1)]?.[0] ?? 0
  const to = sentences[Math.min(sentences.length - 1, last + 1)]?.[1] ?? mapped.text.length
  const cueIndex = firstIndex(cueAt.length, (i) => cueAt[i] >= from)
  if (cueIndex < cueAt.length && cueAt[cueIndex] < to) return true
  // A partial quotation after a named source in its own sentence:
  // `Executive Order 13571 directs agencies to “…”`, `We agree with Gov.UK that “…”`.
  if (namesSource(outside.slice(sentences[first]?.[0] ?? 0, open))) return true
  // A speaker introduced with a colon: `Smith: “…”`, `As she put it: “…”`.
  if (/:\s*$/.test(outside.slice(Math.max(0, open - 5), open))) return true
  // A dash attribution after the quotation: `“…” — Jane Doe`, `“…” - **Jane Doe**`
  // (or a name filled in by a template tag, blanked before parsing).
  return /^[\s,*_]*(?:—|–|―|--|-)\s*(?:[*_]*\p{Lu}|\s*$)/u.test(mapped.text.slice(close + 1, close + 12))
}

function cueInLastSentence(node: Paragraph, text: string): boolean {
  const sentences = node.children.filter((child) => child.type === 'SentenceNode')
  const last = sentences.at(-1)
  if (!last) return false
  const sentence = toString(last)
  const scan = scanQuotes(sentence)
  if (scan.quotes.length > 0 || scan.tail !== undefined) return false
  return cue.test(sentence) && text.trimEnd().endsWith(sentence.trimEnd())
}

/** The words before a quotation, in its sentence, name a person, body or document. */
function namesSource(lead: string): boolean {
  const found = lead.match(/\p{L}[\p{L}\p{N}'’.&-]*/gu) ?? []
  if (found.length < 2) return false
  return found.some((word, index) => /^\p{Lu}/u.test(word) && word !== 'I' && (index > 0 || !sentenceStarters.has(word)))
}

/** Titles of works: Title Case and no sentence punctuation. */
function isTitle(content: string): boolean {
  const trimmed = content.trim().replace(/[,.]$/, '')
  if (/[.!?;…]/.test(trimmed)) return false
  const all = trimmed.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  if (all.length === 0) return false
  const capitalized = all.filter((w) => /^\p{Lu}/u.test(w))
  const long = all.filter((w) => w.length > 3)
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.75 && capitalized.length * 2 >= all.length
}

/** Index of the first non-space, non-markup character: where a leading quote mark would be. */
function firstMark(text: string): number {
  const match = /[^\s*_>]/u.exec(text)
  return match ? match.index : -1
}
