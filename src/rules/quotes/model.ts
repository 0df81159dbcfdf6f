/**
 * The article's quotation model, computed once per article and kept on the
 * file (`file.data.quotes`): every direct quotation with its span, its words,
 * what kind of quoted words it is, and its attribution (speaker as written,
 * cue, where they stand); and every unbalanced quote mark.
 *
 * Only paragraphs that hold a quote mark are read (and tokenized, by
 * ./tokens.ts, never by the nlcst tree); a paragraph without one is read only
 * when a quotation after it asks whether it introduces it.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Block} from '../../types.ts'
import {mapText, offsetOf, pointOf, type MappedText} from '../../bridge/mapped-text.ts'
import {mayHold, paragraphs} from '../../bridge/paragraphs.ts'
import {wordCount} from '../../text/normalize.ts'
import {closesAt, opensWithQuote, scanQuotes, type QuoteScan} from '../../text/quotes.ts'
import {firstIndex} from '../../text/search.ts'
import {withoutCode} from './code.ts'
import {framesIn, isName, sentenceSubject, type Frame} from './frames.ts'
import {inSeries, kindOf, nounPhrase} from './kind.ts'
import {compile, type Extra, type Lists} from './lists.ts'
import {tokenize, type Segment, type Token} from './tokens.ts'
import type {Attribution, Place, QuoteModel, Quotation, UnbalancedMark} from './types.ts'

export type {Attribution, QuoteModel, Quotation, UnbalancedMark} from './types.ts'

declare module 'vfile' {
  interface DataMap {
    quotes: QuoteModel
  }
}

export interface ModelOptions extends Extra {
  /** Quotations shorter than this are scare quotes or partial quotes. */
  minWords: number
}

/** Pronouns that stand for someone named before (`I`, `we`, `you` stand for the writer or the reader). */
const thirdPerson = /^(?:he|she|they|it)$/i
const phrasePatterns = new WeakMap<Lists, {before: RegExp; after: RegExp}>()
function patternsOf(lists: Lists) {
  let patterns = phrasePatterns.get(lists)
  if (!patterns) {
    patterns = {
      before: new RegExp(`(?:^|[.!?]["'”’]?\\s+)(?:The|Our|Their|His|Her|Its|This|An?)\\s+${lists.phrase}\\b[^.!?“”"]*$`, 'u'),
      // `this (trademarked) slogan`, `that old saying`, `it’s a motto`, `is the campaign’s tagline`.
      after: new RegExp(`(?:\\b(?:this|that|these|those)\\s+|\\b(?:it|this|that)(?:['’]s|\\s+(?:is|was))\\s+(?:a|an|the|their|our|its)\\s+)(?:[\\p{L}'’-]+\\s+){0,2}?${lists.phrase}\\b`, 'iu')
    }
    phrasePatterns.set(lists, patterns)
  }
  return patterns
}
/** A sentence about a set phrase, ending where the quotation starts (`The mantra that we use at Census, “…”`). */
const phraseBefore = (lists: Lists) => patternsOf(lists).before
/** A phrase pointing back at the quotation as a set phrase. */
const phraseAfter = (lists: Lists) => patternsOf(lists).after

/** The text after the quotation closing at `close` to the end of the next sentence (the rest of its own first, if the quoted words did not end it). */
function nextSentence(text: string, close: number): string {
  const rest = text.slice(close + 1, close + 300)
  let wanted = /[.!?\u2026][\s*_]*$/u.test(text.slice(Math.max(0, close - 3), close)) ? 1 : 2
  for (const match of rest.matchAll(/[.!?](?=["'”’]?(?:\s|$))/gu)) if (--wanted === 0) return rest.slice(0, match.index + 1)
  return rest
}

/** A paragraph that ends like an item of a series (`Working software over documentation,`). */
const listLine = /[,;][\s*_]*$/u
/** A template tag that opens a block (`{{< box >}}`, `{% callout %}`), on the quotation's line or the line before… */
const boxOpen = /\{(?:\{[<%]|%)\s*(?!\/|end)[\w-]+[^{}\n]*(?:[>%]\}\}|%\})[ \t]*\n?[ \t>*_]*$/u
/** …and the tag that closes it, right after the quotation. */
const boxClose = /^[*_.,]*[ \t]*\n?[ \t>]*\{(?:\{[<%]|%)\s*(?:\/|end)[\w-]+\s*(?:[>%]\}\}|%\})/u
const quoteMark = /["\u201C\u201D]/u
const linkReference = /^\s*\[[^\]]+\]:/
const credit = /^[\s*_]*([\u2014\u2013\u2015~-]{1,2})\s*[*_]*(\p{Lu}[^,;.()]{0,60})/u
const keys = new WeakMap<QuoteModel, string>()
/** A paragraph's text as the model reads it: the quote marks of code left in it blanked (./code.ts). */
const textOf = (node: Parameters<typeof mapText>[0]) => withoutCode(mapText(node))

/** One paragraph that holds a quote mark, read. */
interface Para {
  index: number
  block?: Block
  mapped: MappedText
  scan: QuoteScan
  tokens: Token[]
  frames: Array<Frame & {at: number}>
  firstQuote?: number
  firstWord?: number
  series?: {quotes: Seg[]; series: boolean[]; at: Map<number, number>}
  bySentence?: Map<number, Array<Frame & {at: number}>>
}

/** A piece of a quotation in one paragraph. */
interface Piece {
  para: Para
  open: number
  /** Index of the closing mark, or the end of the words when not closed by a mark. */
  close: number
  closed: boolean
  /** Its token in `para.tokens`. */
  token: number
}

interface Building {
  pieces: Piece[]
  kind: Quotation['kind']
  attribution?: Attribution
  /** Paragraphs with no quote mark that the quotation ran through (a list, or prose: a finding). */
  bare: number
  prose: boolean
  closed: boolean
  /** Where a quotation that ran through paragraphs without marks closed: the paragraph and the index after its mark. */
  closing?: {index: number; mapped: MappedText; after: number}
}

/** The article's quotation model (computed on the first call, then read from `file.data.quotes`). */
export function quoteModel(tree: Root, file: VFile, options: ModelOptions): QuoteModel {
  const key = JSON.stringify(options)
  const kept = file.data.quotes
  if (kept && keys.get(kept) === key) return kept
  const model = build(tree, file, options)
  keys.set(model, key)
  file.data.quotes = model
  return model
}

function build(tree: Root, file: VFile, options: ModelOptions): QuoteModel {
  const lists = compile(options)
  const blocks = file.data.copydesk?.blocks ?? []
  const links = file.data.copydesk?.links ?? []
  const groups = paragraphs(tree, blocks)
  const quotations: Building[] = []
  const unbalanced: UnbalancedMark[] = []
  /** A quotation left open at the end of the paragraph before (a multi-paragraph chain, or a missing mark). */
  let open: Building | undefined
  /** The paragraph before (for introductions and continuations). */
  let before: {index: number; para?: Para} | undefined
  /** A list whose quoted items a paragraph naming the speaker introduced: its later quoted items are too. */
  let introducedList = -1
  /** Index of the article's first paragraph of body text (computed when a quotation lede is asked about). */
  let lede: number | undefined

  for (const [index, group] of groups.entries()) {
    const {node, block} = group
    const previous = before
    before = {index}
    if (!open && !block?.strong && block?.kind !== 'heading' && !mayHold(group, quoteMark)) continue
    const mapped = textOf(node)
    if (block?.kind === 'heading' || block?.strong || linkReference.test(mapped.text)) continue
    // Only the paragraph right after continues a quotation (a paragraph without marks between ends the chain).
    const continuing = open !== undefined && open.bare === 0 && opensWithQuote(mapped.text)
    // A quotation left open may run on through paragraphs without quote marks and close in a later one:
    // through a list that is how it must be written; through prose, each paragraph should reopen it.
    let scan = scanQuotes(mapped.text, continuing)
    if (open && !continuing) {
      if (scan.quotes.length === 0 && scan.tail === undefined && scan.stray.length === 0 && open.bare < 8) {
        // A credit line (`— Anil Chaudry, Centers of Excellence`) ends the quotation, its closing mark missing.
        const line = credit.exec(mapped.text.slice(0, 80))
        if (line) {
          open.attribution = creditOf(mapped, line.index, line, 'paragraph-after')
          unclosed(open)
          open = undefined
          continue
        }
        open.bare++
        // (Items of a list written as paragraphs, each ending in a comma or a semicolon, are a list too.)
        if (!block?.inList && !listLine.test(mapped.text)) open.prose = true
        continue
      }
      const first = scan.stray[0]
      const closesRun = first !== undefined && first < (scan.quotes[0]?.open ?? Infinity) && first < (scan.tail ?? Infinity)
      if (closesRun) {
        if (open.bare === 0 || open.prose) {
          const start = open.pieces[0]
          unbalanced.push({kind: 'run-on', count: open.bare + 2, ...place(file, start.para.mapped, start.open, start.open + 1)})
        }
        open.closed = true
        open.closing = {index, mapped, after: first + 1}
        scan = {...scan, stray: scan.stray.slice(1)}
      } else {
        unclosed(open)
      }
      open = undefined
    }
    const para = read(index, block, mapped, scan, lists)
    before.para = para

    // The quotation pieces of this paragraph, in order, joined into quotations.
    let current: Building | undefined
    for (const [k, token] of para.tokens.entries()) {
      if (token.kind !== 'quote') continue
      const segment = segmentsOf(scan)[token.segment]
      const piece: Piece = {para, open: segment.open, close: segment.close, closed: segment.closed, token: k}
      if (segment.head && open) {
        current = open
        open = undefined
      } else if (segment.head) {
        current = undefined
      } else if (!segment.continues || !current) {
        current = {pieces: [], kind: 'speech', bare: 0, prose: false, closed: false}
        quotations.push(current)
      }
      if (!current) {
        current = {pieces: [], kind: 'speech', bare: 0, prose: false, closed: false}
        quotations.push(current)
      }
      current.pieces.push(piece)
      current.closed = segment.closed
      if (segment.tail) open = current
    }
    if (scan.reopened.length > 0) {
      const at = scan.reopened[0]
      unbalanced.push({kind: 'reopened', count: scan.reopened.length, ...place(file, mapped, at, at + 1)})
    }
    // A closing mark whose opening stands in raw HTML before the paragraph (a pull quote in a `<blockquote>`
    // whose first paragraph is HTML): this paragraph cannot tell.
    if (scan.stray.length > 0 && !(closesAt(mapped.text, scan.stray[0]) && insideHtml(offsetOf(mapped, 0)))) {
      const at = scan.stray[0]
      unbalanced.push({kind: 'stray', count: scan.stray.length, ...place(file, mapped, at, at + 1)})
    }
    if (block?.inList && opensWithQuote(mapped.text) && (block.container === introducedList || introduces(previous))) introducedList = block.container
  }
  if (open) unclosed(open)

  /** Only quotations that closed, or that run over several paragraphs, are quotations; an unclosed mark is a finding of its own. */
  function unclosed(building: Building) {
    const [first] = building.pieces
    unbalanced.push({kind: 'unclosed', count: 1, ...place(file, first.para.mapped, first.open, first.open + 1)})
    if (building.pieces.length === 1 && building.pieces[0].para === first.para) building.kind = 'markup'
  }

  // Attribution, quotation by quotation, in order (a continuation reads the one before).
  let last: Speaking | undefined
  const result: Quotation[] = []
  for (const building of quotations) {
    const [first] = building.pieces
    const end = building.pieces.at(-1)!
    const text = building.pieces.map((piece) => piece.para.mapped.text.slice(piece.open + 1, piece.close)).join(' ')
    if (building.kind === 'speech') {
      const lead = first.para.mapped.text.slice(Math.max(0, first.open - 40), first.open)
      const follow = first.para.mapped.text.slice(first.close + 1, first.close + 4)
      building.kind = building.pieces.length > 1 ? (wordCount(text) < options.minWords ? 'short' : 'speech') : kindOf(text, lead, follow, options.minWords, lists.mention)
    }
    building.attribution = attribute(building, last)
    if (building.kind === 'speech' && !building.attribution && building.pieces.length === 1 && isMention(first)) building.kind = 'mention'
    // A partial quotation attributed (`Fox said Labour was "terrified of scrutiny"`) passes its speaker on too.
    if (building.attribution && building.kind !== 'title' && building.kind !== 'mention' && building.kind !== 'markup') {
      const {speaker, frame} = building.attribution
      // Who a pronoun stands for (`“…,” he told the radio` after `Mr Raynsford said …`), so that naming them again does not end the chain.
      const named = frame === 'continuation' ? last?.named : speaker && thirdPerson.test(speaker) ? antecedent(first, last) : undefined
      last = {building, speaker, ...(named ? {named} : {})}
    } else if (building.kind === 'speech') last = {building}
    const paragraphCount = new Set(building.pieces.map((piece) => piece.para.index)).size + building.bare
    const endIndex = end.closed ? end.close + 1 : end.close
    result.push({
      text,
      words: wordCount(text),
      start: pointOf(file, first.para.mapped, first.open),
      end: pointOf(file, end.para.mapped, endIndex),
      paragraphs: Math.max(paragraphCount, building.pieces.length),
      closed: building.closed,
      kind: building.kind,
      ...(building.attribution ? {attribution: building.attribution} : {})
    })
  }
  unbalanced.sort((a, b) => (a.start.offset ?? 0) - (b.start.offset ?? 0))
  return {quotations: result, unbalanced}

  /**
   * The name a pronoun speaker stands for: the nearest name before the quotation in its paragraph that
   * opens a sentence or speaks in a frame (`Mr Raynsford said …. And he confirmed …. “…,” he told …`),
   * else the name the chain before it carried.
   */
  function antecedent(piece: Piece, previous: Speaking | undefined): string | undefined {
    const {tokens, frames, mapped} = piece.para
    const text = (span: [number, number]) => mapped.text.slice(tokens[span[0]].start, tokens[span[1]].end)
    const name = (span: [number, number] | undefined) => span !== undefined && isName(tokens[span[1]], lists) && !lists.pronouns.has(tokens[span[1]].lower)
    // Before the quotation's own sentence (in `Ministers had to … “…”, he added`, he is not the ministers).
    const own = tokens[piece.token].sentence
    let best: [number, number] | undefined
    for (const frame of frames) if (tokens[frame.at].sentence < own && name(frame.speaker)) best = frame.speaker
    for (let k = piece.token - 1; k >= 0 && (!best || k > best[1]); k--) {
      if (tokens[k].sentence === own || (k > 0 && tokens[k - 1].sentence === tokens[k].sentence)) continue
      const subject = sentenceSubject(tokens, k, piece.token, lists, true, true)
      if (name(subject)) {
        best = subject
        break
      }
    }
    if (best) return text(best)
    const before = previous?.speaker
    return before && isName(tokenize(before, []).at(-1), lists) && !lists.pronouns.has(before.toLowerCase()) ? before : previous?.named
  }

  function attribute(building: Building, previous: Speaking | undefined): Attribution | undefined {
    if (building.attribution) return building.attribution
    // A frame next to any piece: its sentence, then the sentence before, then the sentence after.
    for (const where of ['sentence', 'sentence-before', 'sentence-after'] as const) {
      for (const piece of building.pieces) {
        const found = frameNear(piece, where)
        if (found) return describe(piece.para, found, building.pieces.length > 1 && piece !== building.pieces[0] ? 'within' : where)
      }
    }
    // A closing mark missing after the frame (`"… the new forms he said. "The wage earner…"`): the frame ends a piece.
    for (const piece of building.pieces) {
      const inner = frameInside(piece)
      if (inner) return inner
    }
    const first = building.pieces[0]
    const end = building.pieces.at(-1)!
    const {para} = first
    // A credit after the quotation: `“…” — Jane Doe`, or a line under it: `– Jane Doe, Director`.
    const closing = building.closing
    const after = closing ? closing.mapped.text.slice(closing.after, closing.after + 80) : end.para.mapped.text.slice(end.close + 1, end.close + 80)
    const inline = credit.exec(after)
    // (A dash and a sentence is no credit: `“…” — The plan failed`; `— From a designer` is.)
    if (inline && (/^(?:From|By|Via)\s/.test(inline[2]) || !/^[\s*_]*[\u2014\u2013\u2015-]{1,2}\s*[*_]*\p{Lu}[\p{L}]*\s+\p{Ll}/u.test(after))) {
      return creditOf(closing?.mapped ?? end.para.mapped, (closing ? closing.after : end.close + 1) + inline.index, inline, 'sentence')
    }
    if (/^[\s,*_]*(?:—|–|―|--|-)\s*(?:[*_[]*via\s|\s*$)/u.test(after)) return {cue: '—', frame: 'credit', where: 'sentence'}
    const next = groups[(closing?.index ?? end.para.index) + 1]
    if (next && (end.closed || closing) && /^[\s*_.,]*$/.test(after)) {
      const nextText = textOf(next.node).text
      const line = credit.exec(nextText.slice(0, 80))
      if (line) return creditOf(textOf(next.node), line.index, line, 'paragraph-after')
      // A source line under it: the next paragraph opens with a link to the document (`[OMB M-20-19, …](…) (PDF)`).
      if (sourceLine(textOf(next.node))) return {cue: 'link', frame: 'credit', where: 'paragraph-after'}
    }
    // A quotation lede: the article opens with a quotation that fills its paragraph, its speaker named in the next one.
    const whole = first.token === firstQuoteToken(para) && tokensBefore(para, first.token) === 0 && /^[\s*_.,]*$/.test(after) && end.closed
    if (whole && next && isLede(para.index)) {
      const nextMapped = textOf(next.node)
      const nextPara = read(end.para.index + 1, next.block, nextMapped, scanQuotes(nextMapped.text), lists)
      const named = nextPara.tokens.find((t) => t.sentence === 0 && isName(t, lists))
      if (named) return {speaker: named.text, speakerAt: place(file, nextMapped, named.start, named.end), cue: '', frame: 'layout', where: 'paragraph-after'}
    }
    // A citation (`“…” (p. 15)`, `(Smith, 2019)`) or an epigraph's credit (`“…” Harold S. Geneen`).
    if (/^[\s,*_]*\((?:pp?\.|page|[^()]{0,40}\d{4}\))/u.test(after)) return {cue: '(', frame: 'citation', where: 'sentence'}
    if (end.close + 80 >= end.para.mapped.text.length && /^[\s*_]*(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]*(?:,[^.!?]{0,60})?[\s*_.]*$/u.test(after)) {
      return {cue: '', frame: 'credit', where: 'sentence', speaker: after.trim().replace(/[*_.]+$/, '').split(',')[0].trim()}
    }
    if (linked(first, end)) return {cue: 'link', frame: 'link', where: 'sentence'}
    // The quotation opens its paragraph: the paragraph before may introduce it (a colon after a speaker),
    // or its speaker's quotation may carry on (newsroom style), or a layout names the speaker.
    const opening = first.token === firstQuoteToken(para) && tokensBefore(para, first.token) === 0
    if (opening) {
      const introduced = introduction(para.index)
      if (introduced) return introduced
      if (para.block?.inList && para.block.container === introducedList) return {cue: ':', frame: 'introduction', where: 'paragraph-before'}
    }
    // The quotation right after an attributed one (same paragraph, or the paragraph before), with no other source named between.
    if (previous?.building.attribution && continues(previous.building, first, [previous.speaker, previous.named])) {
      return {...(previous.speaker ? {speaker: previous.speaker} : {}), cue: previous.building.attribution.cue, frame: 'continuation', where: previous.building.pieces.at(-1)!.para === para ? 'sentence-before' : 'paragraph-before'}
    }
    const floor = tookTheFloor(first)
    if (floor) return floor
    return layout(building)
  }

  /** The paragraph is the article's first of body text (after the headline and front matter). */
  function isLede(index: number): boolean {
    lede ??= groups.findIndex(({block}, k) => block !== undefined && block.kind !== 'heading' && !block.strong && !(k === 0 && file.data.copydesk?.format === 'text'))
    return index <= lede
  }

  /** A frame that ends a piece closed by the next piece's opening mark: the closing mark went missing after it. */
  function frameInside(piece: Piece): Attribution | undefined {
    if (piece.closed) return undefined
    const implied = piece.close < piece.para.mapped.text.length
    const from = piece.open + 1
    const text = piece.para.mapped.text.slice(from, piece.close)
    const tokens = tokenize(text, [])
    const frames = framesIn(tokens, 0, tokens.length - 1, lists)
    // A piece closed by the next one's mark: a frame that ends it. One never closed: a frame after a comma
    // (`“It’s a great way to keep our emails, said Kasia Galica, …`): the closing mark went missing before it.
    const comma = tokens.findIndex((t, k) => t.text === ',' && /^(?:said|says)$/.test(tokens[k + 1]?.lower ?? '') && isName(tokens[k + 2], lists))
    const last = frames.at(-1)
    const frame = frames.find((f) => f.speaker && f.cue[0] === comma + 1) ?? (implied && last && last.cue[1] >= tokens.length - 2 ? last : undefined)
    if (!frame?.speaker) return undefined
    const at = (k: number) => from + tokens[k].start
    const atEnd = (k: number) => from + tokens[k].end
    const {mapped} = piece.para
    return {
      speaker: mapped.text.slice(at(frame.speaker[0]), atEnd(frame.speaker[1])), speakerAt: place(file, mapped, at(frame.speaker[0]), atEnd(frame.speaker[1])),
      cue: mapped.text.slice(at(frame.cue[0]), atEnd(frame.cue[1])), cueAt: place(file, mapped, at(frame.cue[0]), atEnd(frame.cue[1])),
      frame: frame.kind, where: 'within'
    }
  }

  /** The frame nearest to a piece in its sentence, or in the sentence before or after it (same paragraph). */
  function frameNear(piece: Piece, where: 'sentence' | 'sentence-before' | 'sentence-after'): (Frame & {at: number}) | undefined {
    const {tokens} = piece.para
    const own = tokens[piece.token].sentence
    const wanted = where === 'sentence' ? own : where === 'sentence-before' ? own - 1 : own + 1
    let best: (Frame & {at: number}) | undefined
    const frames = framesOf(piece.para, wanted)
    for (const frame of frames) {
      if (!best || Math.abs(frame.at - piece.token) < Math.abs(best.at - piece.token)) best = frame
    }
    // `Spokeswoman Kelly Marsh said the figures showed “…”`: the nearest verb took the sentence's subject,
    // whose own verb stands between them; that verb is the frame, with the speaker as written beside it.
    // Only a verb of another sense (`showed`, `found`) gives way, and only to a plain reporting verb (`said`)…
    const subject = best?.speaker
    const strict = (frame: Frame) => lists.verbs.get(piece.para.tokens[frame.cue[0]].lower) === true
    if (best && subject && strict(best)) {
      // …when its subject is the fuller phrase the shorter one was cut from (`White House` of `White House spokeswoman Kelly Marsh`).
      const own = frames.find((frame) => frame !== best && frame.speaker && !strict(frame) && frame.at > subject[1] && frame.at < best!.at &&
        frame.speaker[0] <= subject[0] && frame.speaker[1] >= subject[1] && frame.speaker[1] - frame.speaker[0] > subject[1] - subject[0])
      if (own) best = own
    }
    return best
  }

  function describe(para: Para, frame: Frame, where: Attribution['where']): Attribution {
    const {tokens, mapped} = para
    const cue = mapped.text.slice(tokens[frame.cue[0]].start, tokens[frame.cue[1]].end)
    const attribution: Attribution = {cue, cueAt: place(file, mapped, tokens[frame.cue[0]].start, tokens[frame.cue[1]].end), frame: frame.kind, where}
    if (frame.speaker) {
      const [from, to] = frame.speaker
      attribution.speaker = mapped.text.slice(tokens[from].start, tokens[to].end)
      attribution.speakerAt = place(file, mapped, tokens[from].start, tokens[to].end)
    }
    return attribution
  }

  function creditOf(mapped: MappedText, at: number, match: RegExpExecArray, where: Attribution['where']): Attribution {
    const dash = at + match[0].indexOf(match[1])
    const name = match[2].replace(/[*_\s]+$/, '')
    const from = at + match[0].lastIndexOf(match[2])
    return {
      speaker: name, speakerAt: place(file, mapped, from, from + name.length),
      cue: match[1], cueAt: place(file, mapped, dash, dash + match[1].length), frame: 'credit', where
    }
  }

  /** The paragraph before ends with a colon (or a question, in a Q&A layout) and names the speaker. */
  function introduction(index: number): Attribution | undefined {
    // An image between them (`The pupils wrote this note:`, the note's picture, then its words) does not part them.
    // (A paragraph with no text of its own, only an image's alt text, has no block: see src/document/index.ts.)
    if (index > 1 && groups[index - 1] && !groups[index - 1].block && file.data.copydesk?.format === 'markdown') index--
    const group = groups[index - 1]
    if (!group) return undefined
    const text = textOf(group.node).text.trimEnd()
    // A heading that names where the words come from (`### Tip from Dan Williams`).
    if (group.block?.kind === 'heading' && /(?:^|\s)(?:from|by)\s+\p{Lu}/u.test(text)) return {cue: 'from', frame: 'layout', where: 'paragraph-before'}
    // An answer after an interview question (a heading, a bold line, a paragraph ending in a question mark).
    if (/\?["'”’*_\s]*$/.test(text)) return {cue: '?', frame: 'layout', where: 'paragraph-before'}
    if (!/:["'”’*_\s]*$/.test(text)) return undefined
    const para = before?.index === index - 1 && before.para ? before.para : read(index - 1, group.block, textOf(group.node), scanQuotes(text), lists)
    const {tokens, frames} = para
    const lastSentence = tokens.at(-1)?.sentence
    const frame = [...frames].reverse().find((f) => tokens[f.at].sentence === lastSentence)
    return frame ? describe(para, frame, 'paragraph-before') : undefined
  }

  /** Whether the previous paragraph (index - 1) introduces what follows (for list items). */
  function introduces(previous: {index: number; para?: Para} | undefined): boolean {
    return previous !== undefined && introduction(previous.index + 1) !== undefined
  }

  /**
   * The quotation continues the previous one's speaker: it follows it in the same paragraph or opens
   * the paragraph right after, and no other source is named between them.
   */
  function continues(previous: Building, piece: Piece, speaker: Array<string | undefined>): boolean {
    const end = previous.pieces.at(-1)!
    const sameParagraph = end.para === piece.para
    if (!sameParagraph && end.para.index !== piece.para.index - 1) return false
    if (!sameParagraph && tokensBefore(piece.para, piece.token) > 0 && piece.token !== firstQuoteToken(piece.para)) return false
    const between: Array<[Para, number, number]> = sameParagraph
      ? [[piece.para, end.token + 1, piece.token - 1]]
      : [[end.para, end.token + 1, end.para.tokens.length - 1], [piece.para, 0, piece.token - 1]]
    const text = (para: Para, span: [number, number]) => para.mapped.text.slice(para.tokens[span[0]].start, para.tokens[span[1]].end)
    for (const [para, from, to] of between) {
      if (to - from > 400) return false
      for (let f = firstIndex(para.frames.length, (i) => para.frames[i].at >= from); f < para.frames.length && para.frames[f].at <= to; f++) {
        const frame = para.frames[f]
        if (!frame.speaker) continue
        if (!sameSpeaker(text(para, frame.speaker), speaker, lists)) return false
      }
      // A sentence about someone else (`Patel, whose program…, highlighted the value of…`) names another source too.
      const {tokens} = para
      for (let k = from; k <= to; k++) {
        if (k > 0 && tokens[k - 1].sentence === tokens[k].sentence && k !== from) continue
        if (k === from && k > 0 && tokens[k - 1].sentence === tokens[k].sentence) continue
        const subject = sentenceSubject(tokens, k, to + 1, lists, true, true)
        if (subject && !lists.pronouns.has(tokens[subject[1]].lower) && !sameSpeaker(text(para, subject), speaker, lists)) return false
      }
    }
    return true
  }

  /**
   * A speaker takes the floor in the sentence right before (`The second team got up. “We present…”`):
   * the sentence is a speaker and a phrase of taking the floor, and the quotation opens the next one.
   */
  function tookTheFloor(piece: Piece): Attribution | undefined {
    const {tokens} = piece.para
    const own = tokens[piece.token].sentence
    if (piece.token === 0 || tokens[piece.token - 1].sentence === own) return undefined
    let start = piece.token - 1
    while (start > 0 && tokens[start - 1].sentence === own - 1) start--
    const end = tokens[piece.token - 1].kind === 'punct' ? piece.token - 2 : piece.token - 1
    const subject = sentenceSubject(tokens, start, end + 1, lists, true, true)
    if (!subject) return undefined
    const phrase = lists.floor.find((words) => end - subject[1] === words.length && words.every((word, n) => tokens[subject[1] + 1 + n].lower === word))
    if (!phrase) return undefined
    return {...describe(piece.para, {kind: 'verb', cue: [subject[1] + 1, end], speaker: subject}, 'sentence-before'), frame: 'introduction'}
  }

  /** Layouts that name the speaker elsewhere: a pull quote or testimonial filling a blockquote, list item or italic line. */
  function layout(building: Building): Attribution | undefined {
    const [first] = building.pieces
    const {para} = first
    const text = para.mapped.text
    const whole = first.open === firstMark(text) && /^[\s*_.,]*$/.test(text.slice(first.close + 1))
    if (whole && building.pieces.length === 1 && (para.block?.inQuote || para.block?.inList || para.block?.emphasis || italicLine(first) || boxed(first))) return {cue: '', frame: 'layout', where: 'sentence'}
    // An answer after a question in the same paragraph (`What advice does Aaron have? "Choose…"`).
    if (/\?[\s*_"'”’]*$/.test(text.slice(Math.max(0, first.open - 8), first.open))) return {cue: '?', frame: 'layout', where: 'sentence-before'}
    return undefined
  }

  /**
   * The quotation fills a box that a template opens and closes around it (`{{< box >}}“…”{{< /box >}}`,
   * `{% callout %}…{% endcallout %}`): set off like a pull quote in a blockquote. Read from the file:
   * the template tags are not prose.
   */
  function boxed(piece: Piece): boolean {
    // (The source as written: while the rules run, `file.value` has its template tags blanked.)
    const raw = file.data.source ?? String(file.value ?? '')
    const open = offsetOf(piece.para.mapped, piece.open)
    const close = offsetOf(piece.para.mapped, piece.close)
    return boxOpen.test(raw.slice(Math.max(0, open - 120), open)) && boxClose.test(raw.slice(close + 1, close + 120))
  }

  /** The quotation is an italic line in the source (`_"…"_`), read from the file: the block a template tag opens may not say so. */
  function italicLine(piece: Piece): boolean {
    const raw = String(file.value ?? '')
    const open = offsetOf(piece.para.mapped, piece.open)
    const close = offsetOf(piece.para.mapped, piece.close)
    const lineStart = raw.lastIndexOf('\n', open) + 1
    const lineEnd = raw.indexOf('\n', close)
    return /^[\s>]*(?:\{\{[^}]*\}\}\s*)?[*_]+$/.test(raw.slice(lineStart, open)) && /^.[*_]+\s*$/.test(raw.slice(close, lineEnd === -1 ? raw.length : lineEnd))
  }

  /** Not speech: a mention, an example, a noun phrase (read only for a quotation no frame attributes). */
  function isMention(piece: Piece): boolean {
    const {para} = piece
    const text = para.mapped.text
    const {quotes, series, at} = seriesOf(para)
    const position = at.get(piece.open) ?? -1
    if (series[position]) return true
    // After a mention cue and a series of quotes (`questions like “…”, “…”, or “…”`).
    for (let k = position - 1; k >= 0 && k >= position - 20; k--) {
      if (!/^[\s,;]*(?:(?:and|or)\s+)?$/.test(text.slice(quotes[k].close + 1, quotes[k + 1].open))) break
      if (lists.mention.test(text.slice(Math.max(0, quotes[k].open - 40), quotes[k].open))) return true
    }
    if (para.block?.field || para.block?.table) return true
    // A caption in raw HTML (`<figcaption>“…”`): layout, like an italic line.
    const raw = String(file.value ?? '')
    const offset = offsetOf(para.mapped, piece.open)
    if (/<figcaption>[\s*_]*$/i.test(raw.slice(Math.max(0, offset - 20), offset))) return true

    // `The mantra that we use at Census, “…”`: the sentence is about a phrase.
    if (phraseBefore(lists).test(text.slice(Math.max(0, piece.open - 80), piece.open))) return true
    if (questionForReader(piece)) return true
    // `“…” New data shows users took this trademarked slogan to heart`: the next sentence points back at a set phrase.
    if (phraseAfter(lists).test(nextSentence(text, piece.close))) return true
    // `For example:` ending the paragraph before: the quotation opening this one is an example.
    const previous = groups[para.index - 1]
    if (piece.token === firstQuoteToken(para) && tokensBefore(para, piece.token) === 0 && previous) {
      const ending = textOf(previous.node).text.trimEnd()
      if (/:$/.test(ending) && lists.mention.test(ending.slice(-40))) return true
    }
    // In a list, a quotation that opens the item or follows its label is an example (`Unacceptable – “…”`).
    if (para.block?.inList && /^[\s*_]*(?:[^.!?“”"]{0,40}[:\u2013\u2014-][\s*_]*)?$/u.test(text.slice(0, piece.open))) return true
    return nounPhrase(text, piece.open, piece.close, text.slice(piece.open + 1, piece.close))
  }

  /**
   * Questions for the reader to ask, after a sentence that speaks to the reader (how-to writing: `…try
   * to get a commitment from your customer. “If it works, what are your next steps?”`): the quotation
   * is only questions, opens its sentence, and the sentence before says `you` outside quote marks.
   */
  function questionForReader(piece: Piece): boolean {
    const {tokens, mapped} = piece.para
    const words = mapped.text.slice(piece.open + 1, piece.close)
    if (!/\?[\s*_]*$/.test(words) || /[.!](?:\s|$)/.test(words)) return false
    const own = tokens[piece.token].sentence
    if (piece.token > 0 && tokens[piece.token - 1].sentence === own) return false
    for (let k = piece.token - 1; k >= 0 && tokens[k].sentence === own - 1; k--) if (tokens[k].lower === 'you' || tokens[k].lower === 'your') return true
    return false
  }

  /** A quotation that links to its source (`“[…](https://…)”`) is attributed by the link. */
  /** Whether `offset` lies inside a raw HTML block element opened before it (and not closed yet). */
  function insideHtml(offset: number): boolean {
    const raw = file.data.source ?? String(file.value ?? '')
    const before = raw.slice(Math.max(0, offset - 20_000), offset)
    let depth = 0
    for (const match of before.matchAll(htmlBlockTag)) depth = Math.max(0, depth + (match[1] ? -1 : 1))
    return depth > 0
  }

  /**
   * The paragraph is a link and at most a note in brackets: a source line (`[OMB M-20-19, …](…) (PDF, 5 pages)`),
   * not a sentence with a link (`[Watch the webinar](…), first shown in May.`).
   */
  function sourceLine(mapped: MappedText): boolean {
    const first = mapped.text.search(/\S/)
    if (first === -1) return false
    const at = offsetOf(mapped, first)
    const k = firstIndex(links.length, (i) => links[i][1] > at)
    if (k >= links.length || links[k][0] > at) return false
    const raw = file.data.source ?? String(file.value ?? '')
    const end = offsetOf(mapped, mapped.text.trimEnd().length - 1) + 1
    return /^[\s*_]*(?:\([^()]{0,120}\))?[\s*_.]*$/.test(raw.slice(links[k][1], Math.max(links[k][1], end)))
  }

  function linked(first: Piece, end: Piece): boolean {
    // A link to the document right before the quotation: `In [Connecting Americans…](https://…), “…”`.
    if (/\S/.test(first.para.mapped.text.slice(Math.max(0, first.open - 3), first.open))) {
      const before = offsetOf(first.para.mapped, first.open)
      const k = firstIndex(links.length, (i) => links[i][1] >= before - 3)
      if (k < links.length && links[k][1] <= before) return true
      // The same in raw HTML (`points <a href="…">to local resources</a>: “…”`), read from the source.
      const raw = file.data.source ?? String(file.value ?? '')
      if (/<\/a>[\s*_]*[:,]?[\s*_]*$/i.test(raw.slice(Math.max(0, before - 12), before))) return true
    }
    const from = offsetOf(first.para.mapped, first.open)
    const to = offsetOf(end.para.mapped, end.close) + 2
    const index = firstIndex(links.length, (i) => links[i][1] >= from)
    return index < links.length && links[index][0] <= to
  }
}

/** The quotation a continuation would carry on from, its speaker as written and, for a pronoun, the name it stands for. */
interface Speaking {
  building: Building
  speaker?: string
  named?: string
}

interface Seg extends Segment {
  closed: boolean
  head?: boolean
  tail?: boolean
  continues?: boolean
}

const segmentCache = new WeakMap<QuoteScan, Seg[]>()

/** The scan's quotation segments in order: the continued head, the closed (or reopened) ones, the tail. */
function segmentsOf(scan: QuoteScan): Seg[] {
  let segments = segmentCache.get(scan)
  if (segments) return segments
  segments = scan.quotes.map((q) => ({open: q.open, close: q.close, closed: !q.implied, continues: q.continues}))
  if (scan.head) segments.push({open: scan.head.open, close: scan.head.close ?? Infinity, closed: scan.head.close !== undefined, head: true})
  if (scan.tail !== undefined && scan.tail !== scan.head?.open) segments.push({open: scan.tail, close: Infinity, closed: false, tail: true, continues: scan.tailContinues})
  if (scan.head && scan.head.close === undefined) segments.at(-1)!.tail = true
  segments.sort((a, b) => a.open - b.open)
  segmentCache.set(scan, segments)
  return segments
}

/** The paragraph's frames in one sentence (indexed once per paragraph). */
function framesOf(para: Para, sentence: number): Array<Frame & {at: number}> {
  if (!para.bySentence) {
    para.bySentence = new Map()
    for (const frame of para.frames) {
      const key = para.tokens[frame.at].sentence
      const list = para.bySentence.get(key)
      if (list) list.push(frame)
      else para.bySentence.set(key, [frame])
    }
  }
  return para.bySentence.get(sentence) ?? []
}

function read(index: number, block: Block | undefined, mapped: MappedText, scan: QuoteScan, lists: Lists): Para {
  const segments = segmentsOf(scan)
  for (const segment of segments) if (segment.close === Infinity) segment.close = mapped.text.length
  const tokens = tokenize(mapped.text, segments)
  return {index, block, mapped, scan, tokens, frames: framesIn(tokens, 0, tokens.length - 1, lists)}
}

function place(file: VFile, mapped: MappedText, from: number, to: number): Place {
  return {start: pointOf(file, mapped, from), end: pointOf(file, mapped, to)}
}

function firstQuoteToken(para: Para): number {
  return (para.firstQuote ??= para.tokens.findIndex((t) => t.kind === 'quote'))
}

/** Whether words stand before token `k` in the paragraph (markup aside): 0 or 1. Constant time (found once per paragraph). */
function tokensBefore(para: Para, k: number): number {
  para.firstWord ??= para.tokens.findIndex((t) => t.kind === 'word')
  return para.firstWord !== -1 && para.firstWord < k ? 1 : 0
}

/** The paragraph's quotation segments in token order, and which of them stand in a series (found once per paragraph). */
function seriesOf(para: Para): {quotes: Seg[]; series: boolean[]; at: Map<number, number>} {
  if (!para.series) {
    const quotes = para.tokens.filter((t) => t.kind === 'quote').map((t) => segmentsOf(para.scan)[t.segment])
    para.series = {quotes, series: inSeries(para.mapped.text, quotes), at: new Map(quotes.map((q, k) => [q.open, k]))}
  }
  return para.series
}

/** Opening and closing tags of the HTML elements a pull quote is set in. */
const htmlBlockTag = /<(\/)?(?:blockquote|div|aside|figure|section)\b[^>]*>/gi

/** Index of the first non-space, non-markup character: where a leading quote mark would be. */
function firstMark(text: string): number {
  const match = /[^\s*_>]/u.exec(text)
  return match ? match.index : -1
}

/** A pronoun, or the same name (a surname repeated: `Jane Smith` … `Smith`), names the same speaker (given as written, and as the name a pronoun stands for). */
function sameSpeaker(named: string, speaker: Array<string | undefined>, lists: Lists): boolean {
  const lower = named.toLowerCase()
  if (lists.pronouns.has(lower)) return true
  if (!speaker.some(Boolean)) return false
  const words = new Set(speaker.filter(Boolean).join(' ').toLowerCase().split(/\s+/))
  // A word of three letters or more, apostrophes aside (`O'Connor`, `D’Souza`): not `Mr`, `of`.
  return lower.split(/\s+/).some((word) => words.has(word) && word.replace(/['’-]/g, '').length >= 3 && /^\p{L}/u.test(word) && !['the', 'and'].includes(word))
}
