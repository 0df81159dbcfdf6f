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
import type {Block} from '../types.ts'
import {mapText, offsetOf, pointOf, textLength, type MappedText} from '../bridge/mapped-text.ts'
import {excerpt, wordCount} from '../text/normalize.ts'
import {opensWithQuote, scanQuotes, type QuoteScan} from '../text/quotes.ts'
import {defineRule, type Report} from './define.ts'
import examples from './examples/unattributed-quote.ts'
import {mentionCues, sentenceStarters as startersList, sourcePhrases, speechVerbs} from './data/attribution.ts'
import {quote as defaults} from './data/thresholds.ts'
import {mayHold, paragraphs} from '../bridge/paragraphs.ts'
import {firstIndex} from '../text/search.ts'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
const cues = new RegExp(`(?<![\\p{L}])(?:${[...speechVerbs, ...sourcePhrases].map(escape).join("|")})(?![\\p{L}])`, "giu")
/** The same cues, not global: for `test` (a global regex keeps `lastIndex` between calls). */
const cue = new RegExp(cues.source, 'iu')
/** The same cues where a letter may come before them: true of a text whenever `cue` is of a part of it that ends it. */
const cueInText = new RegExp(cues.source.replace('(?<![\\p{L}])', ''), 'iu')
const mention = new RegExp(`(?<![\\p{L}])(?:${mentionCues.map(escape).join('|')})[\\s,:]{0,3}$`, 'iu')
/** Capitalized because they start a sentence, not because they name anyone. */
const sentenceStarters = new Set(startersList)
const credit = /^\s*[*_]*[\u2014\u2013\u2015-]{1,2}\s*[*_]*\p{Lu}/u
const url = /:\/\/|www\.|\.(?:gov|com|org)\//i
const linkReference = /^\s*\[[^\]]+\]:/
/** The quote marks `scanQuotes` reads. */
const quoteMark = /["\u201C\u201D]/u

/** `compute`, run at most once and only when asked. */
function once(compute: () => boolean): () => boolean {
  let value: boolean | undefined
  return () => (value ??= compute())
}

interface Para {
  mapped: MappedText
  scan: QuoteScan
  /** Where each sentence starts and ends in the text; read (and so tokenized) only for a quotation that needs them. */
  sentences: () => Array<[number, number]>
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
  /** Paragraphs without any quote mark after the opening one (the quotation may run through them). */
  bare: number
  /** One of those is prose, not a list item. */
  prose: boolean
}

export default defineRule({
  id: 'unattributed-quote',
  level: 'warning',
  summary: 'quotations of 5+ words with no speaker; unbalanced quote marks',
  fix: 'Name the speaker or source next to the quotation; add the missing closing mark or paragraph break.',
  options: {
    minWords: {type: 'integer', default: defaults.minWords, min: 1, description: 'Quotations shorter than this are scare quotes or partial quotes.'}
  },
  examples
}, function (tree, file, options, report) {
  const blocks = file.data.copydesk?.blocks ?? []
  const links = file.data.copydesk?.links ?? []
  let chain: Chain | undefined
  /** The previous block introduces what follows: it ends with a colon, or asks a question (Q&A layout). */
  let introduced: () => boolean = () => false
  /** A list whose quoted items a colon or a question introduced: its later quoted items are too. */
  let introducedList = -1

  const groups = paragraphs(tree, blocks)
  for (const [index, group] of groups.entries()) {
    const {node, block} = group
    const previous = introduced
    // No quote mark and no quotation running on: nothing to report here, and nothing to map unless
    // a quotation follows; a speaker it names, or a colon or question it ends with, introduces that one.
    if (!chain && !block?.strong && block?.kind !== 'heading' && !mayHold(group, quoteMark)) {
      introduced = once(() => {
        const {text} = mapText(node)
        return leadsIn(node, text) || (!linkReference.test(text) && cue.test(text))
      })
      continue
    }
    const mapped = mapText(node)
    // The paragraph before ends with a colon, a question (Q&A), or a sentence that names a speaker (`…, he said.`).
    // A heading that names where the words come from (`### Tip from Dan Williams`) introduces them too.
    // Computed only when a quotation follows: most paragraphs hold none.
    introduced = once(() => leadsIn(node, mapped.text) || (block?.kind === 'heading' && /(?:^|\s)(?:from|by)\s+\p{Lu}/u.test(mapped.text)))
    const leadsWithQuote = opensWithQuote(mapped.text)
    if (leadsWithQuote && block?.inList && (block.container === introducedList || previous())) introducedList = block.container
    // Headings and bold-only lines (interview questions, subheads) are not where quotations are reported,
    // nor link reference definitions (`[id]: url "Title"`) whose address a template tag filled.
    if (block?.kind === 'heading' || block?.strong || linkReference.test(mapped.text)) continue
    let wasIntroduced = previous() || (block !== undefined && block.inList && block.container === introducedList && leadsWithQuote)
    // A credit line under a quotation (`– Jane Doe, Director`) attributes it.
    const next = groups[index + 1]?.node
    if (next && credit.test(mapText(next).text.slice(0, 12))) wasIntroduced = true
    const continuing = chain !== undefined && opensWithQuote(mapped.text)
    // A quotation left open may run on through paragraphs without quote marks and close in a later one:
    // through a list (`…we have come to value:`, the items, `…the left more.”`) that is how it must be
    // written; through prose, the later paragraphs should each open with a quote mark (one finding).
    let closesSpan = false
    if (chain && !continuing) {
      const marks = scanQuotes(mapped.text)
      if (marks.quotes.length === 0 && marks.tail === undefined && marks.stray.length === 0 && chain.bare < 8) {
        chain.bare++
        if (!block?.inList) chain.prose = true
        continue
      }
      const first = marks.stray[0]
      closesSpan = first !== undefined && first < (marks.quotes[0]?.open ?? Infinity) && first < (marks.tail ?? Infinity)
      if (closesSpan) {
        if (chain.bare === 0 || chain.prose) {
          const count = chain.bare + 2
          report({
            reason: `This quotation runs over ${count} paragraphs, but only the first opens with a quote mark; open each paragraph of a multi-paragraph quotation with one`,
            ...at(file, chain.members[0], chain.open, chain.open + 1),
            tier: 'secondary'
          })
        }
        chain = undefined
      }
    }
    if (chain && !continuing) chain = finish(chain, false)
    const para = read(node, mapped, continuing)
    const {scan} = para
    if (closesSpan) scan.stray.shift()

    /** A series of quotes after a mention cue (`questions like “…”, “…”, or “…”`) are all mentions. */
    let mentionUntil = -1
    /** A quotation attributed by a cue, a colon or a dash: its speaker carries to later quotations in the paragraph. */
    let speaker = false
    const series = inSeries(mapped.text, scan.quotes)
    for (const [k, quote] of scan.quotes.entries()) {
      const content = mapped.text.slice(quote.open + 1, quote.close)
      const lead = mapped.text.slice(Math.max(0, quote.open - 40), quote.open)
      const afterMention = mentionUntil !== -1 && /^[\s,;]*(?:(?:and|or)\s+)?$/.test(mapped.text.slice(mentionUntil + 1, quote.open))
      if (afterMention || mention.test(lead)) {
        mentionUntil = quote.close
        continue
      }
      mentionUntil = -1
      if (!isQuotation(content, lead)) continue
      // An answer after a question in the same paragraph (`What advice does Aaron have? "Choose…"`).
      if (/\?[\s*_"'”’]*$/.test(mapped.text.slice(Math.max(0, quote.open - 8), quote.open))) continue
      if (attributed(para, quote.open, quote.close)) {
        speaker = true
        continue
      }
      // A speaker named earlier in the paragraph carries (`…, Townsend shares. … “…”`).
      if (speaker || para.cueAt[0] < quote.open || series[k] || block?.field) continue
      // In a list, a quotation that opens the item or follows its label is an example (`Unacceptable – “…”`).
      if (block?.inList && /^[\s*_]*(?:[^.!?“”"]{0,40}[:\u2013\u2014-][\s*_]*)?$/u.test(mapped.text.slice(0, quote.open))) continue
      if (linked(para, quote.open, quote.close)) continue
      if (nounPhrase(mapped.text, quote.open, quote.close, content)) continue
      const whole = wholeParagraph(mapped.text, quote.open, quote.close)
      if (wasIntroduced && quote.open === firstMark(para.mapped.text)) continue
      // Layout quotations: a pull quote or testimonial filling a blockquote, a list item, an italic line.
      if (whole && (block?.inQuote || block?.inList || block?.emphasis)) continue
      // A quotation standing alone, attributed at the start of the next paragraph (`That was how Smith put it.`).
      if (whole && next && creditedNext(next, groups[index + 1]?.block)) continue
      report({
        reason: `Quotation “${excerpt(content, 50)}” has no attribution; name the speaker or source in this sentence or the next`,
        ...at(file, para, quote.open, quote.close + 1),
        actual: content
      })
    }
    // A paragraph that names a speaker introduces a quotation opening the next one (`Beirne said her work…`
    // then `“…”`), and a quotation the previous paragraph introduced passes its speaker on.
    if (speaker || para.cueAt.length > 0 || (wasIntroduced && leadsWithQuote)) introduced = () => true

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
      chain = {members: [para], open: scan.tail, introduced: wasIntroduced && scan.tail === firstMark(mapped.text), bare: 0, prose: false}
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

  /** The next paragraph opens by naming the source: a cue (outside quotation marks) in its first sentence, or a link to the document. */
  function creditedNext(node: Paragraph, block: Block | undefined): boolean {
    const first = node.children.find((child) => child.type === 'SentenceNode')
    if (first && cue.test(blankQuoted(toString(first)))) return true
    const start = block?.start.offset
    if (start === undefined) return false
    const index = firstIndex(links.length, (i) => links[i][0] >= start)
    return index < links.length && links[index][0] - start <= 2
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
    // A fragment in lower case is part of the writer's sentence (`taking it “one step at a time.”`).
    if (/^[\s*_.\u2026[]*\p{Ll}/u.test(content)) return false
    if (url.test(content) || isTitle(content)) return false
    // Inside raw markup (`<img alt="…"`): an attribute, not a quotation; a caption is layout, like an italic line.
    return !mention.test(lead) && !/<[a-z][^<>]*$/i.test(lead) && !/<figcaption>[\s*_]*$/i.test(lead)
  }
})

function at(file: VFile, para: Para, from: number, to: number): Pick<Report, 'start' | 'end'> {
  return {start: pointOf(file, para.mapped, from), end: pointOf(file, para.mapped, to)}
}

function read(node: Paragraph, mapped: MappedText, continuing: boolean): Para {
  const scan = scanQuotes(mapped.text, continuing)
  let sentences: Array<[number, number]> | undefined
  const outside = blankQuoted(mapped.text, scan)
  const cueAt = [...outside.matchAll(cues)].map((match) => match.index)
  return {mapped, scan, sentences: () => (sentences ??= sentenceSpans(node)), outside, cueAt}
}

function sentenceSpans(node: Paragraph): Array<[number, number]> {
  const sentences: Array<[number, number]> = []
  let offset = 0
  for (const child of node.children) {
    const length = textLength(child)
    if (child.type === 'SentenceNode') sentences.push([offset, offset + length])
    offset += length
  }
  return sentences
}

/**
 * The text with what is quoted blanked (complete quotations, the continued head, the running tail):
 * a cue inside quotation marks is the quoted person's words, not attribution.
 */
function blankQuoted(text: string, scan: QuoteScan = scanQuotes(text)): string {
  const spans = scan.quotes.map((q) => [q.open + 1, q.close] as const)
  if (scan.head) spans.push([scan.head.open + 1, scan.head.close ?? text.length])
  if (scan.tail !== undefined && scan.tail !== scan.head?.open) spans.push([scan.tail + 1, text.length])
  spans.sort((a, b) => a[0] - b[0])
  const parts: string[] = []
  let last = 0
  for (const [from, to] of spans) {
    parts.push(text.slice(last, from), ' '.repeat(Math.max(0, to - from)))
    last = Math.max(last, to)
  }
  parts.push(text.slice(last))
  return parts.join('')
}

/** Attribution outside the quote, in its sentence(s), the one before or the one after. */
function attributed(para: Para, open: number, close: number): boolean {
  const {outside, mapped, cueAt} = para
  const sentences = para.sentences()
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
  const after = mapped.text.slice(close + 1, close + 80)
  // A citation after the quotation: `“…” (p. 15)`, `(Smith, 2019)`.
  if (/^[\s,*_]*\((?:pp?\.|page|[^()]{0,40}\d{4}\))/u.test(after)) return true
  if (/^[\s,*_]*(?:—|–|―|--|-)\s*(?:[*_[]*\p{Lu}|[*_[]*via\s|\s*$)/u.test(after)) return true
  // An epigraph's credit, a name after the quotation that ends the paragraph: `“…” Harold S. Geneen`.
  return close + 80 >= mapped.text.length && /^[\s*_]*(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]*(?:,[^.!?]{0,60})?[\s*_.]*$/u.test(after)
}

/** The paragraph ends with a colon or a question, or its last sentence names a speaker: it leads into what follows. */
function leadsIn(node: Paragraph, text: string): boolean {
  return /[:?]["'”’*_\s]*$/.test(text) || cueInLastSentence(node, text)
}

function cueInLastSentence(node: Paragraph, text: string): boolean {
  // The last sentence ends the text: without a cue anywhere in the text (its start aside) there is none in it.
  if (!cueInText.test(text)) return false
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
  const trimmed = content.trim().replace(/[,.]$/, '').replace(/[?!]$/, '')
  if (/[.!?;…]/.test(trimmed)) return false
  const all = trimmed.match(/\p{L}[\p{L}'’-]*/gu) ?? []
  if (all.length === 0) return false
  const capitalized = all.filter((w) => /^\p{Lu}/u.test(w))
  const long = all.filter((w) => w.length > 3)
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.75 && capitalized.length * 2 >= all.length
}

/** Two or more quotations separated only by commas, `or`, `and`, slashes: a list of examples, not speech. */
function inSeries(text: string, quotes: QuoteScan['quotes']): boolean[] {
  const result = quotes.map(() => false)
  for (let k = 1; k < quotes.length; k++) {
    const between = text.slice(quotes[k - 1].close + 1, quotes[k].open)
    if (/^[\s,;/*_]*(?:(?:and|or|-or-|vs\.?|to|then)[\s*_]*)?$/i.test(between)) result[k - 1] = result[k] = true
  }
  return result
}

/**
 * A quotation used as a noun phrase, the thing talked about rather than speech:
 * the sentence goes on in lower case (`“If it’s not broke, don’t fix it” doesn’t work`,
 * `“What does a PM do?” is a question I get a lot`), or a preposition or article
 * leads into a fragment (`shifting from “trying to look after all the work” to …`).
 */
function nounPhrase(text: string, open: number, close: number, content: string): boolean {
  // The sentence goes on in lower case, or the writer asks about the quoted words (`what “…”?`).
  if (/^[*_)\]]*(?:\s*\p{Ll}|\?)/u.test(text.slice(close + 1, close + 8))) return true
  const lead = text.slice(Math.max(0, open - 12), open)
  // In parentheses: an example or a survey item (`team dynamics (“I feel like I belong”)`).
  const before = text.slice(Math.max(0, open - 200), open)
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return true
  // After a copula: a definition or an example (`a functional mission is “deliver food to people.”`).
  if (/(?:^|\s)(?:is|are|was|were|be|means|mean)[\s*_]*$/i.test(lead)) return true
  // A fragment led in by a preposition or an article: ends without a full stop, or starts in lower case.
  if (/[.!?\u2026]\s*$/.test(content) && !/^\s*\p{Ll}/u.test(content)) return false
  return /(?:^|\s)(?:from|to|between|as|of|the|a|an|our|your|their|into|with|for|about|that)[\s*_]*$/i.test(lead)
}

/** The quotation is the whole paragraph (markup and blanked template tags aside). */
function wholeParagraph(text: string, open: number, close: number): boolean {
  return open === firstMark(text) && /^[\s*_.,]*$/.test(text.slice(close + 1))
}

/** Index of the first non-space, non-markup character: where a leading quote mark would be. */
function firstMark(text: string): number {
  const match = /[^\s*_>]/u.exec(text)
  return match ? match.index : -1
}
